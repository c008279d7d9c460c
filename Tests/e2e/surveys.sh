#!/usr/bin/env bash
# A household survey in the real binary: answer ELCSA and see the category change, leave
# mid-survey, quit, reopen and find every answer, then complete it and validate the store.
BIN=${1:?usage: surveys.sh path/to/alianzas}
source "$(dirname "$0")/lib.sh"
make_store 0.05
# A beneficiary household with minors: its alliance and its row in the roster.
read -r CODE ROW HCODE < <(python3 -c "
import json,glob
for f in sorted(glob.glob('$STORE/households/*.json')):
    r=json.load(open(f))
    hs=sorted(r['households'], key=lambda h:(0 if h['group']=='beneficiary' else 1, h['code']))
    for i,h in enumerate(hs):
        if h['group']=='beneficiary' and h['minors']>0:
            print(r['allianceCode'], i, h['code']); raise SystemExit")
[ -n "$HCODE" ] || fail "no household with minors"
open_household() {
  T send-keys -t e2e 4
  wait_for "Alianzas con hogares"
  T send-keys -t e2e / ; T send-keys -t e2e -l "$CODE"; T send-keys -t e2e Enter Enter
  wait_for "Hogares de $CODE"
  for _ in $(seq "$ROW"); do T send-keys -t e2e Down; done
}

start_shell 100 30
type_line "LANG=C.UTF-8 ALIANZAS_OFFICER='Ana Muñoz' $BIN --store $STORE; echo EXIT=\$?"
wait_for "Panel nacional"
open_household
T send-keys -t e2e +
wait_for "$HCODE  Nueva"
# Six Sí and nine No: moderate insecurity for a household with minors.
for _ in 1 2 3 4 5 6; do T send-keys -t e2e s; done
wait_for "Respuestas «Sí» 6/15"
for _ in 1 2 3 4 5 6 7 8 9; do T send-keys -t e2e n; done
wait_for "Inseguridad alimentaria moderada"
wait_for "$HCODE  Borrador"
# One answer changes: mild, at once.
T send-keys -t e2e Up Up Up Up Up Up Up Up Up Up n
wait_for "Inseguridad alimentaria leve"
# Leave mid-survey and quit.
T send-keys -t e2e Escape q
wait_for "EXIT=0"

# Reopen: the draft resumes with every answer kept, at the first question without one.
type_line "LANG=C.UTF-8 ALIANZAS_OFFICER='Ana Muñoz' $BIN --store $STORE; echo EXIT=\$?"
wait_for "Panel nacional"
open_household
T send-keys -t e2e Enter
wait_for "$HCODE  Borrador"
wait_for "Respuestas «Sí» 5/15"
wait_for "Inseguridad alimentaria leve"
wait_for "faltan 10 indicadores"
# The PPI, then incomes, then complete.
for k in c b b a a b a b a b; do T send-keys -t e2e "$k"; done
wait_for "Puntaje PPI 31 (30–34)"
wait_for "Probabilidad de pobreza 60,9 %"
T send-keys -t e2e Enter; T send-keys -t e2e -l "12000000"; T send-keys -t e2e Enter
T send-keys -t e2e Down Enter; T send-keys -t e2e -l "7000000"; T send-keys -t e2e Enter
T send-keys -t e2e Down Enter
wait_for "Encuesta de $HCODE completa y guardada."
T send-keys -t e2e q
wait_for "EXIT=0"
"$BIN" validate --store "$STORE" >/dev/null || { "$BIN" validate --store "$STORE"; fail "validate is not clean"; }
python3 -c "
import json
r=json.load(open('$STORE/households/$CODE.json'))
h=[h for h in r['households'] if h['code']=='$HCODE'][0]
s=h['surveys'][-1]
assert s['status']=='complete', s['status']
assert s['elcsa'].count('si')==5 and s['elcsa'].count('no')==10, s['elcsa']
assert s['ppi']==['C','B','B','A','A','B','A','B','A','B'], s['ppi']
assert s['incomeTotal']==12000000 and s['incomeFromProduct']==7000000
" || fail "the saved survey is not what was typed"
echo "E2E PASS: surveys"
