#!/usr/bin/env bash
# Ctrl-\ and a crash give the terminal back: the shell echoes typed text again, no backtrace is
# left waiting for a key, and the store's lock is free for the next session.
BIN=${1:?usage: crash.sh path/to/alianzas}
source "$(dirname "$0")/lib.sh"
make_store 0.02

start_shell 80 24
# SIGQUIT (Ctrl-\ in a terminal that sends it) stops the program cleanly.
type_line "LANG=C.UTF-8 $BIN --store $STORE; echo EXIT=\$?"
wait_for "Panel nacional"
pkill -QUIT -f "$BIN --store $STORE" || fail "could not signal the application"
wait_for "EXIT=131"
type_line "echo after-quit-\$((40+2))"
wait_for "after-quit-42"

# A crash (a fatal signal, as a trap or a bad access raises) restores the terminal and exits.
type_line "clear; LANG=C.UTF-8 $BIN --store $STORE; echo EXIT=\$?"
wait_for "Panel nacional"
pkill -SEGV -f "$BIN --store $STORE" || fail "could not signal the application"
wait_for "EXIT=139"
wait_for "error interno"
screen | contains "Panel nacional" && fail "the interface was left on screen"
type_line "echo after-crash-\$((40+2))"
wait_for "after-crash-42"
# The lock went with the process: a writer opens the store at once.
"$BIN" validate --quarantine --store "$STORE" > "$WORK/validate.txt" 2>&1 || { cat "$WORK/validate.txt"; fail "the store is still locked"; }
T kill-session -t e2e
echo "E2E PASS: crash"
