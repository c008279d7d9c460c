#!/usr/bin/env bash
# R on the panel writes the national report, on the alliance list filtered to a department that
# department's, on an alliance's detail its committee report; each file parses as strict HTML and
# says what the screen shows (the alliances counted, the alliance's code). At 80×24, NO_COLOR, in Spanish and in English.
BIN=${1:?usage: report.sh path/to/alianzas}
source "$(dirname "$0")/lib.sh"
make_store 0.1
PY="$(cd "$(dirname "$0")/../.." && pwd)/.venv/bin/python3"
[ -x "$PY" ] || fail "no .venv with html5lib: run scripts/setup --tests"

# The figure named `alliances` in a report, after a strict parse.
alliances_in() {
  "$PY" -c "
import html5lib, sys
doc = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(open(sys.argv[1], 'rb'))
print(next(''.join(e.itertext()) for e in doc.iter() if e.get('data-figure') == 'alliances'))
" "$1"
}

# The page's main heading up to its colon ("Alianza ANT-2009-001"), after a strict parse.
heading_of() {
  "$PY" -c "
import html5lib, sys
doc = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(open(sys.argv[1], 'rb'))
print(''.join(next(e for e in doc.iter() if e.tag == 'h1').itertext()).split(':')[0])
" "$1"
}

run() {
  local L=$1
  if [ "$L" = es ]; then
    PANEL="Panel"; TITLE="Escribir un informe"; DONE="Informe escrito en"; LIST="Alianzas:"; FILTER="Filtrar por"
    OF="de"; NATIONAL="informe-nacional"; DEPARTMENT="informe-antioquia"; PREFIX="informe"; ALLIANCE="Alianza"
  else
    PANEL="Panel"; TITLE="Write a report"; DONE="Report written to"; LIST="Alliances:"; FILTER="Filter by"
    OF="of"; NATIONAL="national-report"; DEPARTMENT="report-antioquia"; PREFIX="report"; ALLIANCE="Alliance"
  fi
  DOCS="$WORK/docs-$L"
  mkdir -p "$DOCS"
  start_shell 80 24
  type_line "LANG=C.UTF-8 NO_COLOR=1 XDG_DOCUMENTS_DIR=$DOCS $BIN --store $STORE --lang $L; echo EXIT=\$?"
  wait_for "$PANEL"
  TOTAL=$(screen | grep -oE "(por etapa|by stage) · [0-9.,]+" | grep -oE "[0-9.,]+$")
  T send-keys -t e2e R
  wait_for "$TITLE"
  wait_for "$DOCS/$NATIONAL-2014-06-30.html"
  T send-keys -t e2e Enter
  wait_for "$DONE"
  [ "$(alliances_in "$DOCS/$NATIONAL-2014-06-30.html")" = "$TOTAL" ] || fail "$L: the national report does not say $TOTAL alliances"
  # The list filtered to Antioquia: its report holds the alliances the list shows.
  T send-keys -t e2e 2
  wait_for "$LIST"
  T send-keys -t e2e f
  wait_for "$FILTER"
  T send-keys -t e2e Enter
  wait_for "Amazonas"
  T send-keys -t e2e -l "Antioquia"; T send-keys -t e2e Enter
  wait_for "· Antioquia"
  SHOWN=$(screen | grep -oE "$LIST [0-9]+ $OF" | grep -oE "[0-9]+")
  T send-keys -t e2e R
  wait_for "$DEPARTMENT-2014-06-30.html"
  T send-keys -t e2e Enter
  wait_for "$DONE"
  [ "$(alliances_in "$DOCS/$DEPARTMENT-2014-06-30.html")" = "$SHOWN" ] || fail "$L: the Antioquia report does not say $SHOWN alliances"
  # An alliance's detail: its committee report, titled with the code the screen shows.
  T send-keys -t e2e Enter
  wait_for "ANT-"
  CODE=$(screen | grep -oE "ANT-[0-9]{4}-[0-9]{3}" | head -1)
  LOWER=$(echo "$CODE" | tr 'A-Z' 'a-z')
  T send-keys -t e2e R
  wait_for "$PREFIX-$LOWER-2014-06-30.html"
  T send-keys -t e2e Enter
  wait_for "$DONE"
  [ "$(heading_of "$DOCS/$PREFIX-$LOWER-2014-06-30.html")" = "$ALLIANCE $CODE" ] || fail "$L: the committee report of $CODE is titled otherwise"
  T send-keys -t e2e Escape
  T send-keys -t e2e q
  wait_for "EXIT=0"
  T kill-server 2>/dev/null || true
  sleep 0.3
}

run es
run en
echo "E2E PASS: reports from the interface"
