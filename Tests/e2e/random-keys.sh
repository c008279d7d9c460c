#!/usr/bin/env bash
# Random keys in the real binary under tmux: the application must still be drawing its screen
# afterwards, quit cleanly, and leave a store that validates. ALIANZAS_TMUX_KEYS sets the count.
BIN=${1:?usage: random-keys.sh path/to/alianzas}
source "$(dirname "$0")/lib.sh"
make_store 0.02
COUNT=${ALIANZAS_TMUX_KEYS:-1500}
start_shell 100 30
type_line "LANG=C.UTF-8 ALIANZAS_OFFICER='Ana Muñoz' $BIN --store $STORE; echo EXIT=\$?"
wait_for "Panel nacional"
# No q and no Ctrl-C: the run is about surviving keys, not quitting early.
KEYS=(a b c d e f g h i j k l m n o p r s t u v w x y z H L N S Y 1 2 3 4 5 / + ? Up Down Left Right \
  Enter Escape Tab BTab BSpace Space PageUp PageDown Home End 0 7 9 -)
RANDOM=2015
sent=0
while [ "$sent" -lt "$COUNT" ]; do
  batch=()
  for _ in $(seq 25); do batch+=("${KEYS[RANDOM % ${#KEYS[@]}]}"); done
  T send-keys -t e2e "${batch[@]}"
  sent=$((sent + 25))
  # Now and then a resize, as a window manager would.
  [ $((sent % 500)) -eq 0 ] && T resize-window -t e2e -x $((80 + RANDOM % 60)) -y $((24 + RANDOM % 16))
done
sleep 1
T resize-window -t e2e -x 100 -y 30
# A resize clears the screen until the application draws it again: give it the usual wait.
wait_for "Alianzas —"
# Leave every form and box, then quit (answering the unsaved-changes question if it comes).
for _ in 1 2 3 4 5 6; do T send-keys -t e2e Escape; sleep 0.1; done
T send-keys -t e2e q
sleep 0.5
screen | contains "EXIT=" || T send-keys -t e2e s
wait_for "EXIT=0"
"$BIN" validate --store "$STORE" >/dev/null || { "$BIN" validate --store "$STORE"; fail "validate is not clean"; }
echo "E2E PASS: random keys ($COUNT keys)"
