#!/usr/bin/env bash
# The survival tab at 80×24 without colour, in Spanish and English: two curves told apart by
# their marks (solid and dashed, the legend showing the same), and the log-rank p whole in the
# title, which gives way first.
BIN=${1:?usage: survival-nocolor.sh path/to/alianzas}
source "$(dirname "$0")/lib.sh"
make_store 0.1
for L in es en; do
  start_shell 80 24
  type_line "LANG=C.UTF-8 NO_COLOR=1 $BIN --store $STORE --lang $L; echo EXIT=\$?"
  [ "$L" = es ] && wait_for "Panel nacional" || wait_for "National panel"
  T send-keys -t e2e 3 Right
  wait_for "log-rank p = "
  screen | matches "log-rank p = (<)?[0-9]+[,.][0-9]{3} " || fail "$L: the log-rank p is not whole"
  screen | contains "⠒⠒⠒⠒ " || fail "$L: no solid legend mark"
  screen | contains "⠒ ⠒  " || fail "$L: no dashed legend mark"
  # The curves themselves carry the marks: a dashed row alternates drawn and empty cells.
  screen | matches "⠉ ⠉ ⠉|⣀ ⣀ ⣀|⠒ ⠒ ⠒|⠤ ⠤ ⠤" || fail "$L: no dashed curve on screen"
  T send-keys -t e2e q
  wait_for "EXIT=0"
  T kill-server 2>/dev/null || true
  sleep 0.3
done
echo "E2E PASS: survival without colour"
