#!/usr/bin/env bash
# The supervisor's verdict reaches the field laptop, at 80×24 with NO_COLOR: the supervisor (in
# Spanish) finds a survey in the queue and returns it with a reason and a comment; a bundle
# carries it; on the officer's laptop (in English) it heads the queue as the to-do, with the
# reason; the officer sends it back corrected and a git remote carries that; the supervisor
# approves it, and git carries the approval back. Both stores end with the same records and no
# conflict.
BIN=${1:?usage: supervision.sh path/to/alianzas}
source "$(dirname "$0")/lib.sh"
make_store 0.05
FIELD="$STORE"; SUPERVISOR="$WORK/supervisor"; HUB="$WORK/hub.git"
# The supervisor's copy is a clone through a shared git remote, as an OGA would set it up.
git init -q --bare "$HUB"
"$BIN" sync git --store "$FIELD" --remote "$HUB" > "$WORK/git.txt" || { cat "$WORK/git.txt"; fail "first push"; }
ALIANZAS_DEVICE=supervisor "$BIN" sync git --store "$SUPERVISOR" --remote "$HUB" > "$WORK/git.txt" \
  || { cat "$WORK/git.txt"; fail "clone"; }

run_on() { # store device officer language
  type_line "LANG=C.UTF-8 NO_COLOR=1 ALIANZAS_DEVICE=$2 ALIANZAS_OFFICER='$3' $BIN --store $1 --lang $4; echo EXIT=\$?"
  wait_for "$3"
}
exchange() { # from to: by bundle
  "$BIN" sync export --store "$1" --out "$WORK/x.bundle" >/dev/null || fail "sync export"
  "$BIN" sync import --store "$2" "$WORK/x.bundle" > "$WORK/import.txt" || fail "sync import"
  grep -qE "(conflictos|conflicts) 0" "$WORK/import.txt" || { cat "$WORK/import.txt"; fail "the import met a conflict"; }
}
by_git() { # from to: the sender syncs (commits, pushes), then the receiver (pulls, merges)
  "$BIN" sync git --store "$1" > "$WORK/git1.txt" || { cat "$WORK/git1.txt"; fail "sync git from $1"; }
  "$BIN" sync git --store "$2" > "$WORK/git2.txt" || { cat "$WORK/git2.txt"; fail "sync git into $2"; }
  "$BIN" validate --store "$2" >/dev/null || fail "$2 does not validate after git"
  ! grep -qiE "conflict[oa]s? [1-9]" "$WORK/git1.txt" "$WORK/git2.txt" || { cat "$WORK/git2.txt"; fail "git met a conflict"; }
}

start_shell 80 24
# The supervisor: the queue, then a survey returned with a reason and a comment.
run_on "$SUPERVISOR" supervisor "Sara Supervisora" es
T send-keys -t e2e 5
wait_for "Mostrando: por atender"
wait_for "Por revisar"
T send-keys -t e2e /; T send-keys -t e2e -l "encuesta"; T send-keys -t e2e Enter
wait_for "Encuesta de "
SURVEY=$(screen | grep -oE "Encuesta de [A-Z]{3}-[0-9]{4}-[0-9]{3}, [A-Z0-9-]+" | head -1 | sed 's/.*, //')
[ -n "$SURVEY" ] || fail "no survey in the queue"
T send-keys -t e2e d
wait_for "¿Por qué se devuelve?"
wait_for "Un valor poco creíble"
T send-keys -t e2e -l "creible"; T send-keys -t e2e Enter
wait_for "Comentario"
T send-keys -t e2e -l "Ingreso total muy bajo para 5 personas"; T send-keys -t e2e Enter
wait_for "Revisión guardada: Devuelto"
wait_for "Motivos: Un valor poco creíble"
T send-keys -t e2e q; wait_for "EXIT=0"
exchange "$SUPERVISOR" "$FIELD"

# The officer, in English: the returned survey heads the queue with the reason and the comment.
run_on "$FIELD" field "Ana Muñoz" en
T send-keys -t e2e 5
wait_for "Showing: to attend to"
expect_row 4 "Returned"
expect_row 4 "$SURVEY"
wait_for "Returned by Sara Supervisora on 2014-06-30"
wait_for "Reasons: An implausible value"
wait_for "Comment: Ingreso total muy bajo para 5 personas"
screen | grep -q "Devuelto" && fail "a Spanish word on the English screen"
T send-keys -t e2e r
wait_for "Send Survey"
T send-keys -t e2e -l "Corrected with the household"; T send-keys -t e2e Enter
wait_for "Review saved: Pending"
wait_for "Sent back corrected by Ana Muñoz"
T send-keys -t e2e q; wait_for "EXIT=0"
by_git "$FIELD" "$SUPERVISOR"

# The supervisor sees the correction and approves.
run_on "$SUPERVISOR" supervisor "Sara Supervisora" es
T send-keys -t e2e 5
wait_for "Mostrando: por atender"
T send-keys -t e2e /; T send-keys -t e2e -l "$SURVEY"; T send-keys -t e2e Enter
wait_for "Reenviado corregido por Ana Muñoz"
T send-keys -t e2e a
wait_for "Revisión guardada: Aprobado"
T send-keys -t e2e q; wait_for "EXIT=0"
by_git "$SUPERVISOR" "$FIELD"
diff -r "$FIELD/households" "$SUPERVISOR/households" >/dev/null || fail "the two laptops hold different households"
diff -r "$FIELD/alliances" "$SUPERVISOR/alliances" >/dev/null || fail "the two laptops hold different alliances"
"$BIN" validate --store "$FIELD" >/dev/null || fail "the field store does not validate"
echo "E2E PASS: supervision"
