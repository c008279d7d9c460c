#!/usr/bin/env bash
# Alliance lifecycle in the real binary: create an alliance, try a stage it cannot reach yet,
# move it forward, record a visit with a delivery and watch the IDAP, quit, reopen, validate.
BIN=${1:?usage: lifecycle.sh path/to/alianzas}
source "$(dirname "$0")/lib.sh"
make_store 0.05
# An alliance selling to its buyer, for the delivery.
SELLING=$(python3 -c "
import json,glob,sys
for f in sorted(glob.glob('$STORE/alliances/*.json')):
    a=json.load(open(f))
    if a['stage']=='comercializacion' and a['status']=='activa': print(a['code']); break")
[ -n "$SELLING" ] || fail "the demo has no alliance in Comercialización"
header() { screen | sed -n 3p | grep -o "IDAP [0-9.]*" || true; }

start_shell 100 30
type_line "LANG=C.UTF-8 ALIANZAS_OFFICER='Ana Muñoz' $BIN --store $STORE; echo EXIT=\$?"
wait_for "Panel nacional"
T send-keys -t e2e 2
wait_for "Alianzas: "

# New alliance: Nariño, Pasto, cacao.
T send-keys -t e2e n
wait_for "Nueva alianza"
# A letter on a long list opens it filtered; typing narrows it, Enter takes the first match.
T send-keys -t e2e n; T send-keys -t e2e -l "arino"; sleep 0.2; T send-keys -t e2e Enter
T send-keys -t e2e Down p; T send-keys -t e2e -l "asto"; sleep 0.2; T send-keys -t e2e Enter Down Down
wait_for "NAR-2014-001"
T send-keys -t e2e Down Enter; T send-keys -t e2e -l "Alianza cacao de prueba en Pasto"; T send-keys -t e2e Enter
T send-keys -t e2e Down c; T send-keys -t e2e -l "acao"; sleep 0.2; T send-keys -t e2e Enter
T send-keys -t e2e Down Enter; T send-keys -t e2e -l "Asociación Cacaotera Ñambí"; T send-keys -t e2e Enter
T send-keys -t e2e Down Enter; T send-keys -t e2e -l "40"; T send-keys -t e2e Enter
T send-keys -t e2e Down Down Enter
wait_for "Alianza NAR-2014-001 creada y guardada."
wait_for "NAR-2014-001"

# Its next stage needs the profile's registration date: refused, with the reason.
T send-keys -t e2e Right
wait_for "Documentos para Perfil"
T send-keys -t e2e a
wait_for "no puede pasar a Perfil: falta la fecha de registro del perfil"
# Record the document, then the step goes through.
T send-keys -t e2e m
wait_for "Documentos y fechas"
T send-keys -t e2e Enter; T send-keys -t e2e -l "2014-03-01"; T send-keys -t e2e Enter Escape
wait_for "✓ La fecha de registro del perfil"
T send-keys -t e2e a
wait_for "Paso a Perfil"
T send-keys -t e2e Down Down Down Enter
wait_for "Etapa registrada: Perfil (2014-06-30)."
wait_for "▶ 2. Perfil"

# A visit with a delivery moves the IDAP of an alliance that sells.
T send-keys -t e2e Escape / ; T send-keys -t e2e -l "$SELLING"; T send-keys -t e2e Enter Enter
# The tabs were on screen already (the new alliance's): wait for this alliance's header itself.
for i in $(seq 300); do screen | sed -n 3p | contains " $SELLING " && [ -n "$(header)" ] && break; sleep 0.05; done
before=$(header)
T send-keys -t e2e Right Right n
wait_for "Visita · $SELLING"
T send-keys -t e2e Down Down Down Enter; T send-keys -t e2e -l "250000"; T send-keys -t e2e Enter
wait_for "250.000"
after=$(header)
[ -n "$before" ] && [ "$before" != "$after" ] || fail "IDAP did not change: '$before' → '$after'"
T send-keys -t e2e Escape
wait_for "Ana Muñoz"

T send-keys -t e2e q
wait_for "EXIT=0"

# Reopen: everything is there.
type_line "LANG=C.UTF-8 $BIN --store $STORE; echo EXIT=\$?"
wait_for "Panel nacional"
T send-keys -t e2e 2 / ; T send-keys -t e2e -l "NAR-2014-001"; T send-keys -t e2e Enter Enter Right
wait_for "▶ 2. Perfil"
T send-keys -t e2e Escape Escape / ; T send-keys -t e2e -l "$SELLING"; T send-keys -t e2e Enter Enter
wait_for "$after"
T send-keys -t e2e Right Right
wait_for "250.000"
T send-keys -t e2e q
wait_for "EXIT=0"
"$BIN" validate --store "$STORE" >/dev/null || { "$BIN" validate --store "$STORE"; fail "validate is not clean"; }
echo "E2E PASS: lifecycle"
