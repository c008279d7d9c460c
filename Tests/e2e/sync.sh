#!/usr/bin/env bash
# Two laptops with copies of one store: each answers a survey question and both rename the same
# alliance differently. They exchange bundles; the conflict waits in the review screen with both
# values; one is chosen; after one more exchange both stores are equal and validate cleanly.
BIN=${1:?usage: sync.sh path/to/alianzas}
source "$(dirname "$0")/lib.sh"
make_store 0.05
A="$STORE"; B="$WORK/laptopB"
cp -a "$A" "$B"
read -r CODE ROW1 ROW2 < <(python3 -c "
import json,glob
for f in sorted(glob.glob('$A/households/*.json')):
    r=json.load(open(f))
    hs=sorted(r['households'], key=lambda h:(0 if h['group']=='beneficiary' else 1, h['code']))
    if len(hs) >= 2: print(r['allianceCode'], 0, 1); raise SystemExit")
run_on() { # store device officer
  type_line "LANG=C.UTF-8 ALIANZAS_DEVICE=$2 ALIANZAS_OFFICER='$3' $BIN --store $1; echo EXIT=\$?"
  wait_for "Panel nacional"
}
rename() { # new name
  T send-keys -t e2e 2 / ; T send-keys -t e2e -l "$CODE"; T send-keys -t e2e Enter Enter
  wait_for "Resumen │ Ciclo de vida"
  T send-keys -t e2e e
  wait_for "Nombre de la alianza"
  T send-keys -t e2e Enter C-u; T send-keys -t e2e -l "$1"; T send-keys -t e2e Enter Escape
  wait_for "$1"
  T send-keys -t e2e Escape Escape
}
answer() { # row key
  T send-keys -t e2e 4
  wait_for "Alianzas con hogares"
  T send-keys -t e2e / ; T send-keys -t e2e -l "$CODE"; T send-keys -t e2e Enter Enter
  wait_for "Hogares de $CODE"
  for _ in $(seq "$1"); do T send-keys -t e2e Down; done
  T send-keys -t e2e +
  wait_for "Nueva"
  T send-keys -t e2e "$2"
  wait_for "Respuestas"
  T send-keys -t e2e Escape
}

start_shell 100 30
run_on "$A" laptopA "Ana Muñoz"
answer "$ROW1" s
rename "Alianza Café Peñol (versión A)"
T send-keys -t e2e q; wait_for "EXIT=0"
run_on "$B" laptopB "Íñigo Pérez"
answer "$ROW2" n
rename "Alianza Café Peñol (versión B)"
T send-keys -t e2e q; wait_for "EXIT=0"

# Exchange bundles both ways.
"$BIN" sync export --store "$A" --out "$WORK/a.bundle" >/dev/null
"$BIN" sync export --store "$B" --out "$WORK/b.bundle" >/dev/null
"$BIN" sync import --store "$A" "$WORK/b.bundle" | tee "$WORK/import-a.txt" | contains "conflictos 1" \
  || { cat "$WORK/import-a.txt"; fail "A did not report one conflict"; }
"$BIN" sync import --store "$B" "$WORK/a.bundle" | contains "conflictos 1" || fail "B did not report one conflict"
# Importing the same bundle again changes nothing.
"$BIN" sync import --store "$A" "$WORK/b.bundle" | contains "añadidos 0, actualizados 0" || fail "import is not idempotent"

# The review screen on A: both values, who and where; choose A's.
run_on "$A" laptopA "Ana Muñoz"
T send-keys -t e2e 5
wait_for "Alianzas — Revisión"
wait_for "conflicto"
wait_for "Alianza Café Peñol (versión A)"
wait_for "Alianza Café Peñol (versión B)"
wait_for "Íñigo Pérez en laptopB"
screen | matches "a .*versión B" && CHOICE=a || CHOICE=b
T send-keys -t e2e "$CHOICE"
wait_for "Decisión registrada"
# Settled: the conflict is no longer in the list (the field records under review remain).
wait_gone "conflicto"
# The alliance's history shows the choice and both renames.
T send-keys -t e2e 2 / ; T send-keys -t e2e -l "$CODE"; T send-keys -t e2e Enter Enter
wait_for "Resumen │ Ciclo de vida"
T send-keys -t e2e H
wait_for "Historial de $CODE"
wait_for "Íñigo Pérez en laptopB"
T send-keys -t e2e Escape q; wait_for "EXIT=0"

# The choice travels: after one more exchange both stores are equal and clean.
"$BIN" sync export --store "$A" --out "$WORK/a2.bundle" >/dev/null
"$BIN" sync import --store "$B" "$WORK/a2.bundle" >/dev/null
diff -r "$A/alliances" "$B/alliances" >/dev/null || fail "alliances differ after the exchange"
diff -r "$A/households" "$B/households" >/dev/null || fail "households differ after the exchange"
grep -q "versión B" "$A/alliances/$CODE.json" || fail "the chosen name is not in the file"
for s in "$A" "$B"; do "$BIN" validate --store "$s" >/dev/null || { "$BIN" validate --store "$s"; fail "validate is not clean"; }; done
# A damaged bundle is refused and changes nothing.
head -c 5000 "$WORK/a2.bundle" > "$WORK/bad.bundle"
if "$BIN" sync import --store "$B" "$WORK/bad.bundle" 2> "$WORK/err.txt"; then fail "a damaged bundle was accepted"; fi
grep -q "dañado" "$WORK/err.txt" || fail "no reason for the refusal: $(cat "$WORK/err.txt")"
diff -r "$A/alliances" "$B/alliances" >/dev/null || fail "a refused bundle changed the store"
echo "E2E PASS: sync"
