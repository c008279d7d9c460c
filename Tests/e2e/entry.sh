#!/usr/bin/env bash
# Data entry a field officer can trust, in the real binary at 80×24 with NO_COLOR, in Spanish and
# in English: whole questions and every option on screen, Enter that never answers by itself, a
# complete survey locked until unlocked with a reason (which shows in the history), Esc on a new
# household leaving nothing, archive and restore, "12.5" refused where a whole number is asked, a
# combining tilde kept, a two-line paste kept in its field, a household found by its document.
BIN=${1:?usage: entry.sh path/to/alianzas}
source "$(dirname "$0")/lib.sh"
make_store 0.05
BASE="$STORE"

# The left column of the screen (the survey form and its question panel), as one line of text.
left_text() { screen | python3 -c "
import sys
rows=[l[:48].strip(' │┃') for l in sys.stdin.read().split('\n')]
print(' '.join(r.strip() for r in rows if r.strip()))"; }
households() { "$BIN" summary --store "$STORE" --json | python3 -c "import json,sys; print(json.load(sys.stdin)['households'])"; }
digest() { find "$STORE/alliances" "$STORE/households" -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum; }

# A beneficiary with minors whose latest survey is complete, and another household's document.
read -r CODE HCODE DOC DCODE < <(python3 -c "
import json,glob
files=sorted(glob.glob('$BASE/households/*.json'))
pick=None
for f in files:
    r=json.load(open(f))
    for h in r['households']:
        s=sorted(h['surveys'],key=lambda s:s['date'])
        if h['group']=='beneficiary' and h['minors']>0 and s and s[-1]['status']=='complete':
            pick=(r['allianceCode'],h['code']); break
    if pick: break
r=json.load(open(files[-1])); h=r['households'][-1]
print(pick[0],pick[1],h['documentNumber'],h['code'])")
[ -n "$DCODE" ] || fail "no households to work with"

run() {
  local L=$1
  if [ "$L" = es ]; then
    PANEL="Panel nacional"; ITEM1="acabaran en su hogar?"; ITEM15="durante todo un día?"
    PPI5="tarifa de energía eléctrica?"; OPTA="a) Sin estrato o cero"; OPTC="c) Cuatro, cinco o seis"
    NEW="Nueva( \(se crea con la primera respuesta\))? ·"; LOCKED="U la desbloquea"; COMPLETE="Completa"
    DRAFT="Borrador"; UNLOCK="Desbloquear la encuesta completa"; REASON="Corrige la pregunta 3"
    HISTORY="Historial de"; NEEDS="El hogar se crea al confirmar"; DECIMAL="Se pide un número entero"
    ARCHIVED="Hogares archivados de"; ROSTER="Hogares de"; COUNT="de 3"
  else
    PANEL="National panel"; ITEM1="food would run out in your home?"; ITEM15="go a whole day without eating?"
    PPI5="rate class for electricity?"; OPTA="a) No class or zero"; OPTC="c) Four, five, or six"
    NEW="New( \(created by the first answer\))? ·"; LOCKED="U unlocks it"; COMPLETE="Complete"
    DRAFT="Draft"; UNLOCK="Unlock the complete survey"; REASON="Fixes question 3"
    HISTORY="History of"; NEEDS="The household is created once"; DECIMAL="A whole number is asked"
    ARCHIVED="Archived households of"; ROSTER="Households of"; COUNT="of 3"
  fi
  STORE="$WORK/store-$L"
  rm -rf "$STORE"; cp -r "$BASE" "$STORE"
  start_shell 80 24
  type_line "LANG=C.UTF-8 NO_COLOR=1 $BIN --store $STORE --lang $L; echo EXIT=\$?"
  wait_for "$PANEL"
  size_is 80x24

  # Find the household anywhere by its code: "/" on the panel searches everything.
  T send-keys -t e2e /; T send-keys -t e2e -l "$HCODE"; sleep 0.5; T send-keys -t e2e Enter
  wait_for "$ROSTER $CODE"
  # A new round: ELCSA item 1 whole, with its four options; item 15 whole.
  T send-keys -t e2e +
  # A new survey's header says so (in short when the household's figures need the room).
  wait_match "$NEW"
  left_text | contains "$ITEM1" || fail "$L: ELCSA item 1 is not whole"
  left_text | contains "r) " || fail "$L: the ELCSA options are not listed"
  for _ in $(seq 14); do T send-keys -t e2e Down; done
  sleep 0.3
  left_text | contains "$ITEM15" || fail "$L: ELCSA item 15 is not whole"
  # PPI 5: the whole question and all three options; Enter shows them and records nothing.
  for _ in $(seq 5); do T send-keys -t e2e Down; done
  sleep 0.3
  left_text | contains "$PPI5" || fail "$L: PPI 5 is not whole"
  screen | contains "$OPTA" || fail "$L: PPI option a is not shown"
  screen | contains "$OPTC" || fail "$L: PPI option c is not shown"
  T send-keys -t e2e Enter
  wait_for "$COUNT"
  T send-keys -t e2e Escape
  wait_gone "$COUNT"
  screen | matches "$NEW" || fail "$L: Enter answered a question"
  T send-keys -t e2e Escape

  # The complete survey: keys refused until unlocked with a reason; the reason in the history.
  T send-keys -t e2e Enter
  wait_for "$HCODE  $COMPLETE"
  T send-keys -t e2e Home s n y
  wait_for "$LOCKED"
  screen | contains "$HCODE  $COMPLETE" || fail "$L: a key changed a complete survey"
  T send-keys -t e2e U
  wait_for "$UNLOCK"
  T send-keys -t e2e -l "$REASON"; T send-keys -t e2e Enter
  wait_for "$HCODE  $DRAFT"
  T send-keys -t e2e Escape
  wait_for "$ROSTER $CODE"
  T send-keys -t e2e H
  wait_for "$HISTORY"
  # The unlock's reason, inside the history box (which may wrap it).
  wait_wrapped "$REASON"
  T send-keys -t e2e Escape

  # Esc on a new household: the group changed, a village typed, then Esc: nothing anywhere.
  count=$(households); sum=$(digest)
  T send-keys -t e2e n
  T send-keys -t e2e Enter; sleep 0.3; T send-keys -t e2e Down Enter
  T send-keys -t e2e Down Down Down Enter; T send-keys -t e2e -l "La Esperanza"; T send-keys -t e2e Enter
  wait_for "$NEEDS"
  T send-keys -t e2e Escape
  wait_for "$ROSTER $CODE"
  [ "$(households)" = "$count" ] || fail "$L: Esc on a new household changed the summary"
  [ "$(digest)" = "$sum" ] || fail "$L: Esc on a new household changed the files"

  # A new household typed as people type: a combining tilde, a two-line paste, "12.5".
  T send-keys -t e2e n Down Enter
  T send-keys -t e2e -l "$(printf 'Rosa Narin\xcc\x83o')"
  T set-buffer -- "$(printf ' Pérez\nGómez')"; T paste-buffer -p -t e2e
  sleep 0.3
  T send-keys -t e2e Enter
  T send-keys -t e2e Down Down Down Enter; T send-keys -t e2e -l "12.5"; T send-keys -t e2e Enter
  wait_for "$DECIMAL"
  T send-keys -t e2e C-u; T send-keys -t e2e -l "4"; T send-keys -t e2e Enter
  sleep 0.5
  T send-keys -t e2e Escape
  wait_for "$ROSTER $CODE"
  python3 - "$STORE/households/$CODE.json" <<'PY' || fail "$L: the new household is not what was typed"
import json, sys, unicodedata
r = json.load(open(sys.argv[1]))
h = [h for h in r['households'] if h['headName'].startswith('Rosa Nari')]
assert len(h) == 1, [x['headName'] for x in h]
h = h[0]
assert h['headName'] == 'Rosa Nariño Pérez Gómez', repr(h['headName'])
assert unicodedata.is_normalized('NFC', h['headName'])
assert h['members'] == 4 and h['village'] == '' and h['documentNumber'] == '', h
PY
  [ "$(households)" = "$((count + 1))" ] || fail "$L: the new household does not count"

  # Archive the selected household: out of the totals; restored: back.
  count=$(households)
  T send-keys -t e2e Home X
  wait_for "$REASON_ARCHIVE_TITLE"
  T send-keys -t e2e -l "Registrada dos veces"; T send-keys -t e2e Enter
  sleep 0.5
  [ "$(households)" = "$((count - 1))" ] || fail "$L: an archived household still counts"
  T send-keys -t e2e A
  wait_for "$ARCHIVED $CODE (1)"
  T send-keys -t e2e R
  sleep 0.5
  [ "$(households)" = "$count" ] || fail "$L: a restored household does not count"

  # A household found by its document number, in another alliance.
  T send-keys -t e2e 1
  wait_for "$PANEL"
  T send-keys -t e2e /; T send-keys -t e2e -l "$DOC"; sleep 0.5
  wait_for "$DCODE"
  T send-keys -t e2e Enter
  wait_for "$ROSTER"
  screen | contains "$DCODE" || fail "$L: the household found by document is not shown"

  screen | matches "Panel nacional|Hogares y encuestas" && [ "$L" = en ] && fail "en: Spanish on an English screen"
  T send-keys -t e2e Escape Escape q
  wait_for "EXIT=0"
  "$BIN" validate --store "$STORE" >/dev/null || { "$BIN" validate --store "$STORE"; fail "$L: validate is not clean"; }
  T kill-server 2>/dev/null || true
  sleep 0.3
}

REASON_ARCHIVE_TITLE="Archivar el hogar"
run es
REASON_ARCHIVE_TITLE="Archive household"
run en
echo "E2E PASS: entry"
