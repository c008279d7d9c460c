# Helpers for driving the real binary under tmux and reading the screen as a person would.
# Each script sources this with BIN set to the alianzas binary.
set -euo pipefail
SOCK="alianzas-e2e-$$"
T() { tmux -L "$SOCK" -f /dev/null "$@"; }
WORK=$(mktemp -d)
cleanup() { T kill-server 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

# Pipe filters that read all of their input: `grep -q` stops at the first match, and under
# pipefail the writer's SIGPIPE would then fail the pipeline at random.
contains() { local text; text=$(cat); [[ "$text" == *"$1"* ]]; }
matches() { local text; text=$(cat); grep -qE -- "$1" <<<"$text"; }

screen() { T capture-pane -p -t e2e; }
fail() { echo "FAIL: $*"; echo "---- screen ----"; screen || true; exit 1; }
# Waits up to ~15 s (the first open of a debug build can be slow) for text to appear.
wait_for() {
  local i
  for i in $(seq 300); do screen | contains "$1" && return 0; sleep 0.05; done
  fail "timed out waiting for: $1"
}
# Text a box wraps over several lines: the box's rows joined with one space, frames removed.
wrapped() { sed -E 's/^[^┃]*┃ ?//; s/ *┃.*$//' | tr '\n' ' ' | tr -s ' '; }
wait_wrapped() {
  local i
  for i in $(seq 300); do screen | wrapped | contains "$1" && return 0; sleep 0.05; done
  fail "timed out waiting for (wrapped): $1"
}
# The same for a regular expression (grep -E).
wait_match() {
  local i
  for i in $(seq 300); do screen | matches "$1" && return 0; sleep 0.05; done
  fail "timed out waiting for: $1"
}
wait_gone() {
  local i
  for i in $(seq 200); do screen | contains "$1" || return 0; sleep 0.05; done
  fail "still showing: $1"
}
expect_row() { screen | sed -n "$(($1 + 1))p" | contains "$2" || fail "row $1 lacks: $2"; }
size_is() { [ "$(T display -p -t e2e '#{window_width}x#{window_height}')" = "$1" ] || fail "size is not $1"; }

# Starts an interactive shell in a detached session; commands are typed into it, so what the
# application leaves behind (echo, line mode) shows when it exits.
# A server whose last session was just killed exits on its own; a new session started in that
# moment meets a dying server ("server exited unexpectedly"), so starting is tried again.
start_shell() {
  local i
  for i in 1 2 3 4 5 6 7 8 9 10; do
    T new-session -d -s e2e -x "${1:-100}" -y "${2:-30}" \
      "env -i HOME=$WORK PATH=/usr/bin:/bin TERM=xterm-256color ${OFFICER_ENV-ALIANZAS_OFFICER=Prueba} PS1='$ ' sh" 2>/dev/null && break
    [ "$i" = 10 ] && { echo "FAIL: tmux would not start a session"; exit 1; }
    sleep 0.3
  done
  sleep 0.2
}
type_line() { T send-keys -t e2e -l -- "$1"; T send-keys -t e2e Enter; }

# A small demo store, made once per script.
make_store() {
  STORE="$WORK/store"
  "$BIN" demo --store "$STORE" --scale "${1:-0.1}" --no-open >/dev/null
}
