#!/usr/bin/env bash
# Damaged files as a person meets them: the interface opens anyway, says how many files it set
# aside and where, and the damaged bytes wait in quarantine/ with a note; validate points at them.
BIN=${1:?usage: quarantine.sh path/to/alianzas}
source "$(dirname "$0")/lib.sh"
make_store 0.05
CODE=$(ls "$STORE/alliances" | head -1 | sed 's/\.json$//')
OTHER=$(ls "$STORE/households" | tail -1 | sed 's/\.json$//')
printf '{ "code" : "%s", "name" : ' "$CODE" > "$STORE/alliances/$CODE.json"
printf '\377\376 basura' > "$STORE/households/$OTHER.json"
cp "$STORE/alliances/$CODE.json" "$WORK/damaged-alliance"

start_shell 100 30
type_line "LANG=C.UTF-8 $BIN --store $STORE; echo EXIT=\$?"
wait_for "2 archivos con problemas (p para verlos)"
T send-keys -t e2e p
wait_for "Archivos que no se pudieron abrir"
wait_for "alliances/$CODE.json:1:"
wait_for "apartado en quarantine/"
T send-keys -t e2e Escape q
wait_for "EXIT=0"
T kill-session -t e2e

[ -f "$STORE/alliances/$CODE.json" ] && fail "the damaged alliance is still in place"
COPY=$(ls "$STORE/quarantine" | grep -- "-alliances-$CODE.json$") || fail "no copy in quarantine/"
cmp -s "$STORE/quarantine/$COPY" "$WORK/damaged-alliance" || fail "the quarantined copy is not byte-identical"
NOTE="$STORE/quarantine/${COPY%.json}.note.txt"
contains "alliances/$CODE.json" < "$NOTE" || fail "the note does not name the file"
contains "Motivo:" < "$NOTE" || fail "the note gives no reason"
ls "$STORE/quarantine" | contains "-households-$OTHER.json" || fail "the household file was not set aside"

# The next open is clean of those two; the households of the missing alliance point at it.
if "$BIN" validate --store "$STORE" > "$WORK/validate.txt"; then fail "validate passed with an alliance aside"; fi
contains "apartada en quarantine/" < "$WORK/validate.txt" || { cat "$WORK/validate.txt"; fail "validate does not say where"; }
start_shell 100 30
type_line "LANG=C.UTF-8 $BIN --store $STORE; echo EXIT=\$?"
wait_for "Panel nacional"
screen | contains "archivos con problemas" && fail "files reported again after quarantine"
T send-keys -t e2e q
wait_for "EXIT=0"
echo "E2E PASS: quarantine"
