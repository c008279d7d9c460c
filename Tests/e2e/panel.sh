#!/usr/bin/env bash
# The terminal core and the national panel, as a person meets them.
BIN=${1:?usage: panel.sh path/to/alianzas}
source "$(dirname "$0")/lib.sh"
make_store 0.1

for lang in "" "C.UTF-8"; do
  start_shell 100 30
  type_line "LANG=$lang $BIN --store $STORE; echo EXIT=\$?"
  wait_for "Alianzas — Panel nacional"
  # Accented words drawn whole, with or without LANG.
  wait_for "3. Preinversión"
  wait_for "Boyacá"
  wait_for "7. Instalación CDA"
  expect_row 0 "corte 2014-06-30"
  expect_row 29 "? ayuda"

  T send-keys -t e2e '?'
  wait_for "Ayuda: teclas de esta pantalla"
  T send-keys -t e2e Escape
  wait_gone "Ayuda: teclas de esta pantalla"

  T resize-window -t e2e -x 80 -y 24
  size_is 80x24
  wait_for "Inseg. moderada"
  expect_row 23 "? ayuda  Tab pantalla  i English  q salir"
  [ "$(screen | wc -l)" -eq 24 ] || fail "the screen is not 24 rows"

  T resize-window -t e2e -x 40 -y 12
  wait_for "Terminal muy pequeña: 40×12"
  T resize-window -t e2e -x 100 -y 30
  wait_for "3. Preinversión"

  T send-keys -t e2e i
  wait_for "Alianzas — National panel"
  T send-keys -t e2e i
  wait_for "Alianzas — Panel nacional"

  T send-keys -t e2e q
  wait_for "EXIT=0"
  # The terminal is back in line mode with echo: typed text shows and runs.
  type_line "echo restored-\$((40+2))"
  wait_for "restored-42"
  screen | contains 'echo restored-$((40+2))' || fail "typed text was not echoed: terminal not restored"
  T kill-session -t e2e
done

# NO_COLOR: emphasis by attributes only, no color codes.
start_shell 100 30
type_line "NO_COLOR=1 LANG=C.UTF-8 $BIN --store $STORE"
wait_for "3. Preinversión"
if T capture-pane -p -e -t e2e | matches $'\e\\[(3|4)[0-7]m|\e\\[[0-9;]*;(3|4)[0-7](;|m)'; then
  fail "color codes on screen with NO_COLOR"
fi
T capture-pane -p -e -t e2e | matches $'\e\\[[0-9;]*7m' || fail "no reverse video for the header with NO_COLOR"
T send-keys -t e2e q
wait_gone "3. Preinversión"
T kill-session -t e2e

# A signal restores the terminal too.
start_shell 100 30
type_line "LANG=C.UTF-8 $BIN --store $STORE; echo EXIT=\$?"
wait_for "3. Preinversión"
pkill -TERM -f "$BIN --store $STORE" || fail "could not signal the application"
wait_for "EXIT=143"
type_line "echo after-signal"
wait_for "after-signal"
echo "E2E PASS: panel"
