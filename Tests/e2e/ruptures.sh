#!/usr/bin/env bash
# Buyer ruptures in the real binary: record a rupture and a re-link, see the re-link table change,
# quit, reopen, validate.
BIN=${1:?usage: ruptures.sh path/to/alianzas}
source "$(dirname "$0")/lib.sh"
make_store 0.1
CODE=$(python3 -c "
import json,glob
for f in sorted(glob.glob('$STORE/alliances/*.json')):
    a=json.load(open(f))
    if a['status']=='activa' and len(a['agreements'])==1 and 'rupture' not in a['agreements'][0]: print(a['code']); break")
[ -n "$CODE" ] || fail "no alliance with its first agreement in force"
title() { screen | grep -o '[0-9]* rupturas, [0-9]* con nuevo aliado, [0-9]* buscando' || true; }
first_row() { screen | grep -o '1 semestre *[0-9]*' | grep -o '[0-9]*$' || true; }
open_history() {
  T send-keys -t e2e / Escape /; T send-keys -t e2e -l "$CODE"; T send-keys -t e2e Enter Enter
  wait_for "Acuerdos de $CODE"
}

start_shell 100 30
type_line "LANG=C.UTF-8 ALIANZAS_OFFICER='Ana Muñoz' $BIN --store $STORE; echo EXIT=\$?"
wait_for "Panel nacional"
T send-keys -t e2e 3
wait_for "Acuerdos comerciales:"
T send-keys -t e2e Right Right
wait_for "Tiempo hasta un nuevo comprador"
before=$(title); row_before=$(first_row)
T send-keys -t e2e Left Left
wait_for "Acuerdos comerciales:"

# The rupture.
open_history
T send-keys -t e2e r
wait_for "Ruptura con"
T send-keys -t e2e Enter C-u; T send-keys -t e2e -l "2014-05-02"; T send-keys -t e2e Enter
# Enter on a closed question opens its options; a second Enter takes the first (Precio, La OP).
T send-keys -t e2e Down Enter; sleep 0.2; T send-keys -t e2e Enter Down Down Enter; sleep 0.2
T send-keys -t e2e Enter Down Down Enter
wait_for "Ruptura registrada; $CODE queda en ruptura comercial."
wait_for "Buscando comprador desde hace 59 días"

# The re-link table counts it at once.
T send-keys -t e2e Escape Right Right
wait_for "Tiempo hasta un nuevo comprador"
after_rupture=$(title)
[ "$before" != "$after_rupture" ] || fail "the re-link table did not count the rupture: $before"

# The re-link, within a semester.
T send-keys -t e2e Left Left
open_history
T send-keys -t e2e v
wait_for "Nuevo aliado comercial · $CODE"
T send-keys -t e2e Down Enter; T send-keys -t e2e -l "Frutas del Ñambí S.A.S."; T send-keys -t e2e Enter
T send-keys -t e2e Down Down Down Down Enter
wait_for "Nuevo aliado a los 59 días de la ruptura: Frutas del Ñambí S.A.S."
T send-keys -t e2e Escape Right Right
wait_for "Tiempo hasta un nuevo comprador"
row_after=$(first_row)
[ "$row_after" = "$((row_before + 1))" ] || fail "the first row went from $row_before to $row_after"

T send-keys -t e2e q
wait_for "EXIT=0"
type_line "LANG=C.UTF-8 $BIN --store $STORE; echo EXIT=\$?"
wait_for "Panel nacional"
T send-keys -t e2e 3
wait_for "Acuerdos comerciales:"
open_history
wait_for "Frutas del Ñambí S.A.S."
wait_for "Nuevo aliado 59 días después de la ruptura"
T send-keys -t e2e q
wait_for "EXIT=0"
"$BIN" validate --store "$STORE" >/dev/null || { "$BIN" validate --store "$STORE"; fail "validate is not clean"; }
echo "E2E PASS: ruptures"
