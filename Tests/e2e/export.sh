#!/usr/bin/env bash
# From the alliance list, filtered to one department, "E" exports what is shown to an Excel
# workbook in the documents folder; openpyxl reads it back with the same alliances in the same
# order as the screen. A second export to the same name is refused with its reason and the first
# file is untouched. A household roster exports its households as CSV for Excel. At 80×24,
# NO_COLOR, in Spanish and in English.
BIN=${1:?usage: export.sh path/to/alianzas}
source "$(dirname "$0")/lib.sh"
make_store 0.1
PY="$(cd "$(dirname "$0")/../.." && pwd)/.venv/bin/python3"
[ -x "$PY" ] || fail "no .venv with openpyxl: run scripts/setup --tests"

run() {
  local L=$1
  if [ "$L" = es ]; then
    LIST="Alianzas:"; FILTER="Filtrar por"; DEPARTMENT="Departamento"; SHOWN="8 de 78"; PICK="Exportar 8 alianzas como"
    PROMPT="Exportar lo que se ve"; DONE="Exportación lista: 8 alianzas en"; EXISTS="Ya hay un archivo con ese nombre; elija otro"
    HOUSEHOLDS="Hogares de"; HPICK="hogares como"; HDONE="hogares en"
    AGREEMENTS="Acuerdos comerciales:"; INFORCE="· vigentes"; APICK="acuerdos como"; ADONE="acuerdos en"; NO="No"
  else
    LIST="Alliances:"; FILTER="Filter by"; DEPARTMENT="Department"; SHOWN="8 of 78"; PICK="Export 8 alliances as"
    PROMPT="Export what is shown"; DONE="Exported 8 alliances to"; EXISTS="A file of that name exists; choose another"
    HOUSEHOLDS="Households of"; HPICK="households as"; HDONE="households to"
    AGREEMENTS="Buyer agreements:"; INFORCE="· in force"; APICK="agreements as"; ADONE="agreements to"; NO="No"
  fi
  DOCS="$WORK/docs-$L"
  rm -rf "$DOCS"; mkdir -p "$DOCS"
  start_shell 80 24
  type_line "LANG=C.UTF-8 NO_COLOR=1 XDG_DOCUMENTS_DIR=$DOCS $BIN --store $STORE --lang $L; echo EXIT=\$?"
  wait_for "Panel"
  T send-keys -t e2e 2
  wait_for "$LIST"
  T send-keys -t e2e f
  wait_for "$FILTER"
  T send-keys -t e2e Enter
  wait_for "Amazonas"
  T send-keys -t e2e -l "Antioquia"; T send-keys -t e2e Enter
  wait_for "$SHOWN"
  # The codes on screen, in their order, once the list is drawn whole (the pick box gone).
  for i in $(seq 100); do
    SCREEN_CODES=$(screen | grep -oE "^│ANT-[0-9]{4}-[0-9]{3}" | tr -d '│' | tr '\n' ' ')
    [ "$(wc -w <<<"$SCREEN_CODES")" = 8 ] && break
    sleep 0.05
  done
  T send-keys -t e2e E
  wait_for "$PICK"
  T send-keys -t e2e Enter
  wait_for "$PROMPT"
  wait_for "$DOCS/alliances-2014-06-30.xlsx"
  T send-keys -t e2e Enter
  wait_for "$DONE"
  FILE="$DOCS/alliances-2014-06-30.xlsx"
  [ -f "$FILE" ] || fail "$L: no file at $FILE"
  FILE_CODES=$("$PY" -c "
import openpyxl, sys
book = openpyxl.load_workbook('$FILE', read_only=True)
assert book.sheetnames == ['alliances', 'codebook'], book.sheetnames
rows = list(book['alliances'].iter_rows(values_only=True))
assert rows[0][0] == 'alliance_code'
print(' '.join(r[0] for r in rows[1:]) + ' ')
") || fail "$L: openpyxl could not read $FILE"
  [ "$FILE_CODES" = "$SCREEN_CODES" ] || fail "$L: the file has «$FILE_CODES», the screen «$SCREEN_CODES»"
  BEFORE=$(sha256sum "$FILE")
  T send-keys -t e2e E
  wait_for "$PICK"
  T send-keys -t e2e Enter
  wait_for "$PROMPT"
  T send-keys -t e2e Enter
  wait_for "$EXISTS"
  [ "$(sha256sum "$FILE")" = "$BEFORE" ] || fail "$L: the first export was changed"
  [ "$(ls -A "$DOCS" | wc -l)" = 1 ] || fail "$L: stray files in $DOCS: $(ls -A "$DOCS")"
  # A roster: its households, as CSV for a Spanish Excel.
  T send-keys -t e2e 4
  wait_for "ANT-"
  T send-keys -t e2e Enter
  wait_for "$HOUSEHOLDS"
  T send-keys -t e2e E
  wait_for "$HPICK"
  COUNT=$(screen | grep -oE "[0-9]+ $HPICK" | grep -oE "^[0-9]+")
  T send-keys -t e2e Down Enter
  wait_for "$PROMPT"
  T send-keys -t e2e Enter
  wait_for "$HDONE"
  CSV=$(ls "$DOCS"/households-*.csv) || fail "$L: no roster file in $DOCS"
  "$PY" -c "
import csv, sys
rows = list(csv.reader(open('$CSV', encoding='utf-8-sig', newline=''), delimiter=';'))
assert rows[0][:2] == ['alliance_code', 'household_code'], rows[0]
assert len(rows) - 1 == int('$COUNT'), (len(rows) - 1, '$COUNT')
" || fail "$L: the roster file does not hold the $COUNT households shown"
  # The buyer agreements in force: the count the title shows, each one unbroken, in a workbook.
  T send-keys -t e2e 3
  wait_for "$AGREEMENTS"
  T send-keys -t e2e v
  wait_for "$INFORCE"
  SHOWN_AGREEMENTS=$(screen | grep -oE "$AGREEMENTS [0-9]+" | grep -oE "[0-9]+$")
  T send-keys -t e2e E
  wait_for "$SHOWN_AGREEMENTS $APICK"
  T send-keys -t e2e Enter
  wait_for "$PROMPT"
  wait_for "$DOCS/agreements-2014-06-30.xlsx"
  T send-keys -t e2e Enter
  wait_for "$SHOWN_AGREEMENTS $ADONE"
  "$PY" -c "
import openpyxl
book = openpyxl.load_workbook('$DOCS/agreements-2014-06-30.xlsx', read_only=True)
rows = list(book['agreements'].iter_rows(values_only=True))
ruptured = rows[0].index('ruptured')
assert len(rows) - 1 == int('$SHOWN_AGREEMENTS'), (len(rows) - 1, '$SHOWN_AGREEMENTS')
assert all(r[ruptured] == '$NO' for r in rows[1:]), set(r[ruptured] for r in rows[1:])
" || fail "$L: the agreements file does not hold the $SHOWN_AGREEMENTS agreements in force shown"
  T send-keys -t e2e q
  wait_for "EXIT=0"
  T kill-server 2>/dev/null || true
  sleep 0.3
}

run es
run en
echo "E2E PASS: export from the list"
