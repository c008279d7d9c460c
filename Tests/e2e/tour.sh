#!/usr/bin/env bash
# The trainers' tour at 80×24 with NO_COLOR, as a trainer would run it: start it, go forward
# three steps and back one, leave it and carry on by hand, reset the practice; every screen says
# it is practice, and the sandbox's folder is gone once the tour is closed. Then in English.
BIN=${1:?usage: tour.sh path/to/alianzas}
source "$(dirname "$0")/lib.sh"
mkdir -p "$WORK/tmp"
start_shell 80 24
type_line "LANG=C.UTF-8 NO_COLOR=1 TMPDIR=$WORK/tmp $BIN tour --lang es; echo EXIT=\$?"
wait_for "Recorrido 1/"
wait_for "▣ PRÁCTICA"
wait_for "El panel nacional"
T send-keys -t e2e Right; wait_for "Recorrido 2/"
T send-keys -t e2e Right; wait_for "Recorrido 3/"
T send-keys -t e2e Right; wait_for "Recorrido 4/"
wait_for "Una alianza y su IDAP"
# The step's alliance is open on its summary, its code on the first line under the tabs.
screen | sed -n 3p | matches "^ [A-Z]{3}-[0-9]{4}-[0-9]{3} " || fail "step 4 shows no alliance"
T send-keys -t e2e Left; wait_for "Recorrido 3/"
wait_for "La lista de alianzas"
screen | contains "Alliances" && fail "an English word on the Spanish tour"
# Esc: the tour steps aside and the list takes the keys again.
T send-keys -t e2e Escape; wait_gone "Recorrido 3/"
wait_for "Recorrido en pausa"
T send-keys -t e2e Down; sleep 0.2
screen | contains "▣ PRÁCTICA" || fail "the practice mark went away"
# Ctrl-R: the practice starts again as the demo was.
T send-keys -t e2e C-r
wait_for "Práctica reiniciada"
wait_for "Alianzas por etapa"
# On the panel, = explains the IDAP and G opens the glossary, whole at 80×24.
T send-keys -t e2e =; wait_for "IDAP: cómo se calcula"
wait_wrapped "El IDAP va de 0 a 100."
T send-keys -t e2e End; wait_for "desplazar · Esc cerrar"
T send-keys -t e2e Escape; wait_gone "cómo se calcula"
T send-keys -t e2e G; wait_for "Glosario del programa"
wait_for "Alianza productiva"
T send-keys -t e2e Escape; wait_gone "Glosario del programa"
T send-keys -t e2e T; wait_for "Recorrido 1/"
T send-keys -t e2e q; wait_for "EXIT=0"
[ -z "$(ls -A "$WORK/tmp")" ] || { ls -la "$WORK/tmp"; fail "the sandbox was left behind"; }

type_line "clear; LANG=C.UTF-8 NO_COLOR=1 TMPDIR=$WORK/tmp $BIN tour --lang en --step 9; echo EXIT=\$?"
wait_for "Tour 9/"
wait_for "▣ PRACTICE"
wait_for "A rupture and the re-link"
screen | contains "Recorrido" && fail "a Spanish word on the English tour"
T send-keys -t e2e Right; wait_for "Tour 10/"
T send-keys -t e2e q; wait_for "EXIT=0"
[ -z "$(ls -A "$WORK/tmp")" ] || fail "the sandbox was left behind"
# From a demo store's panel, T opens the tour on a copy; leaving it comes back to the store.
make_store 0.05
type_line "clear; LANG=C.UTF-8 NO_COLOR=1 TMPDIR=$WORK/tmp $BIN --store $STORE --lang es; echo EXIT=\$?"
wait_for "Alianzas por etapa"
T send-keys -t e2e T; wait_for "Recorrido 1/"
T send-keys -t e2e q; wait_gone "▣ PRÁCTICA"
wait_for "Alianzas por etapa"
T send-keys -t e2e q; wait_for "EXIT=0"
[ -z "$(ls -A "$WORK/tmp")" ] || fail "the sandbox was left behind"
echo "E2E PASS: tour"
