#!/usr/bin/env bash
# R on the panel writes the national report, and on the alliance list filtered to a department
# that department's; each file parses as strict HTML and its alliances figure is the one the
# screen shows. At 80×24, NO_COLOR, in Spanish and in English.
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

run() {
  local L=$1
  if [ "$L" = es ]; then
    PANEL="Panel"; TITLE="Escribir un informe"; DONE="Informe escrito en"; LIST="Alianzas:"; FILTER="Filtrar por"
    OF="de"; NATIONAL="informe-nacional"; DEPARTMENT="informe-antioquia"
  else
    PANEL="Panel"; TITLE="Write a report"; DONE="Report written to"; LIST="Alliances:"; FILTER="Filter by"
    OF="of"; NATIONAL="national-report"; DEPARTMENT="report-antioquia"
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
  T send-keys -t e2e q
  wait_for "EXIT=0"
  T kill-server 2>/dev/null || true
  sleep 0.3
}

run es
run en
echo "E2E PASS: reports from the interface"
