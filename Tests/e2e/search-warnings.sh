#!/usr/bin/env bash
# The first start asks who is typing and signs with it; "/" where a screen has no search keeps a
# typed code out of the screen keys; pick lists filter as you type (a milk alliance created in
# Cauca through the wizard); "leche cauca" finds it and the demo's Cauca milk alliances, and
# neither Caucasia's nor Valle del Cauca's;
# a plausibility warning is shown next to its field, confirmed with "!", and recorded. At 80×24,
# NO_COLOR, in Spanish and in English.
BIN=${1:?usage: search-warnings.sh path/to/alianzas}
source "$(dirname "$0")/lib.sh"
make_store 0.3
BASE="$STORE"
# The store has milk alliances in Caucasia (Antioquia) and in Valle del Cauca, and in Cauca
# the impact evaluation's milk alliance (which the search must find too).
python3 -c "
import json,glob
a=[json.load(open(f)) for f in glob.glob('$BASE/alliances/*.json')]
assert any(x['product']=='leche' and x['municipality']['name']=='Caucasia' for x in a)
assert any(x['product']=='leche' and x['departmentCode']=='76' for x in a)
assert any(x['product']=='leche' and x['departmentCode']=='19' for x in a)
" || fail "the demo no longer has the alliances this test needs"
CAUCA_MILK=$(python3 -c "
import json,glob
print(' '.join(sorted(x['code'] for x in map(lambda f: json.load(open(f)), glob.glob('$BASE/alliances/*.json'))
       if x['departmentCode']=='19' and x['product']=='leche')))")

# The search finds the demo's Cauca milk alliances and the new one.
FOUND=$(( $(echo $CAUCA_MILK | wc -w) + 1 ))

run() {
  local L=$1
  if [ "$L" = es ]; then
    WHO="Quién trabaja en este equipo"; PANEL="Panel nacional"; FIND="Buscar alianzas y hogares"
    NEWALLIANCE="Nueva alianza"; CREATED="creada y guardada"; LIST="Alianzas: $FOUND de"; MILK="leche"
    GENERAL="Datos de la alianza"; WARN="más que las iniciales menos las renuncias"; CONFIRMED="Aviso confirmado"
    BY="por Luz Mery Ortiz el 2014"
  else
    WHO="Who works on this machine"; PANEL="National panel"; FIND="Find alliances and households"
    NEWALLIANCE="New alliance"; CREATED="created and saved"; LIST="Alliances: $FOUND of"; MILK="milk"
    GENERAL="Alliance data"; WARN="more than the initial ones minus resignations"; CONFIRMED="Warning confirmed"
    BY="by Luz Mery Ortiz on"
  fi
  STORE="$WORK/store-$L"
  rm -rf "$STORE" "$WORK/.config"; cp -r "$BASE" "$STORE"
  # No ALIANZAS_OFFICER and a new home: the first start on this machine.
  OFFICER_ENV="" start_shell 80 24
  type_line "LANG=C.UTF-8 NO_COLOR=1 $BIN --store $STORE --lang $L; echo EXIT=\$?"
  wait_for "$WHO"
  T send-keys -t e2e -l "Luz Mery Ortiz"; T send-keys -t e2e Enter
  T send-keys -t e2e -l "Fundación Agro"; T send-keys -t e2e Enter
  wait_for "Luz Mery Ortiz ·"
  grep -q '"name" : "Luz Mery Ortiz"' "$WORK/.config/alianzas/officer.json" || fail "$L: the officer was not kept"

  # "/" on the panel: the code goes into the search, never to the screen keys.
  T send-keys -t e2e /; T send-keys -t e2e -l "AMA-2013-001"
  wait_for "$FIND"
  expect_row 0 "$PANEL"
  T send-keys -t e2e Escape
  wait_gone "$FIND"
  expect_row 0 "$PANEL"

  # A milk alliance in Cauca, through the wizard: each list filtered by typing.
  T send-keys -t e2e 2 n
  wait_for "$NEWALLIANCE"
  T send-keys -t e2e Enter; T send-keys -t e2e -l "cauca"; sleep 0.3; T send-keys -t e2e Enter
  T send-keys -t e2e Down Enter; sleep 0.3; T send-keys -t e2e Enter
  T send-keys -t e2e Down Down Down Enter; T send-keys -t e2e -l "Alianza lechera de Popayán"; T send-keys -t e2e Enter
  T send-keys -t e2e Down Enter; T send-keys -t e2e -l "$MILK"; sleep 0.3; T send-keys -t e2e Enter
  T send-keys -t e2e Down Enter; T send-keys -t e2e -l "Asociación Lechera del Cauca"; T send-keys -t e2e Enter
  T send-keys -t e2e Down Enter; T send-keys -t e2e -l "40"; T send-keys -t e2e Enter
  T send-keys -t e2e Down Down Enter
  wait_for "$CREATED"
  # The new one: the Cauca milk alliance that was not in the demo.
  CODE=$(python3 -c "
import json,glob
before=set('$CAUCA_MILK'.split())
print([x['code'] for x in map(lambda f: json.load(open(f)), glob.glob('$STORE/alliances/*.json'))
       if x['departmentCode']=='19' and x['product']=='leche' and x['code'] not in before][0])")
  T send-keys -t e2e Escape Escape
  T send-keys -t e2e /; T send-keys -t e2e -l "leche cauca"; T send-keys -t e2e Enter
  wait_for "$LIST"
  screen | contains "$CODE" || fail "$L: leche cauca does not find $CODE"
  for OLD in $CAUCA_MILK; do screen | contains "$OLD" || fail "$L: leche cauca does not find $OLD"; done
  screen | matches "ANT-|VAC-" && fail "$L: leche cauca finds alliances outside Cauca"

  # A plausibility warning next to its field, confirmed and recorded: on the new alliance, the
  # last of the list (its call year, 2014, comes after the demo's).
  T send-keys -t e2e End Enter e
  wait_for "$GENERAL"
  for _ in 1 2 3 4 5 6 7; do T send-keys -t e2e Down; done
  T send-keys -t e2e Enter C-u; T send-keys -t e2e -l "500"; T send-keys -t e2e Enter
  wait_for "⚠"
  wait_for "$WARN"
  T send-keys -t e2e '!'
  wait_for "$CONFIRMED"
  T send-keys -t e2e Escape
  wait_for "$BY"
  python3 -c "
import json
a=json.load(open('$STORE/alliances/$CODE.json'))
c=a['plausibilityConfirmed'][-1]
assert c['rule']=='familiesAboveMembers' and c['by']=='Luz Mery Ortiz', c
assert a['organization']['members']==500
" || fail "$L: the confirmation is not in the file"
  T send-keys -t e2e q
  wait_for "EXIT=0"
  "$BIN" validate --store "$STORE" >/dev/null || { "$BIN" validate --store "$STORE"; fail "$L: validate is not clean"; }
  T kill-server 2>/dev/null || true
  sleep 0.3
}

run es
run en
echo "E2E PASS: search and warnings"
