#!/usr/bin/env bash
# A git round trip through a bare repository (as on a USB stick): laptop A publishes its store,
# laptop B clones it, both rename one alliance differently and B also answers a survey question;
# after syncing both ways the stores are equal, the disagreement is a conflict on both, and
# validate is clean.
BIN=${1:?usage: git-sync.sh path/to/alianzas}
source "$(dirname "$0")/lib.sh"
command -v git >/dev/null || { echo "SKIP: git is not installed"; exit 0; }
make_store 0.05
A="$STORE"; B="$WORK/laptopB"; HUB="$WORK/hub.git"
git init -q --bare "$HUB"
export ALIANZAS_OFFICER=ana ALIANZAS_DEVICE=laptopA
"$BIN" sync git --store "$A" --remote "$HUB" > "$WORK/a1.txt" || { cat "$WORK/a1.txt"; fail "first push"; }
# Cloned under the most permissive umask, the store still ends up its owner's alone.
(umask 000; ALIANZAS_DEVICE=laptopB "$BIN" sync git --store "$B" --remote "$HUB") > "$WORK/b1.txt" || { cat "$WORK/b1.txt"; fail "clone"; }
[ -f "$B/store.json" ] || fail "B was not cloned"
open_to_others=$(find "$B" ! -type l -perm /077 | head -5)
[ -z "$open_to_others" ] || fail "files open to other users after a clone: $open_to_others"
CODE=$(ls "$A/alliances" | head -1 | sed 's/\.json$//')

rename() { # store device new-name
  type_line "LANG=C.UTF-8 ALIANZAS_DEVICE=$2 $BIN --store $1; echo EXIT=\$?"
  wait_for "Panel nacional"
  T send-keys -t e2e 2 / ; T send-keys -t e2e -l "$CODE"; T send-keys -t e2e Enter Enter
  wait_for "Resumen │ Ciclo de vida"
  T send-keys -t e2e e
  wait_for "Nombre de la alianza"
  T send-keys -t e2e Enter C-u; T send-keys -t e2e -l "$3"; T send-keys -t e2e Enter Escape
  wait_for "$3"
  T send-keys -t e2e Down Enter C-u; T send-keys -t e2e -l "OGA $2"; T send-keys -t e2e Enter Escape
  T send-keys -t e2e Escape Escape q
  wait_for "EXIT=0"
}
start_shell 100 30
rename "$A" laptopA "Alianza Ñame del Río (A)"
rename "$B" laptopB "Alianza Ñame del Río (B)"

"$BIN" sync git --store "$A" > "$WORK/a2.txt" || { cat "$WORK/a2.txt"; fail "A sync"; }
ALIANZAS_DEVICE=laptopB "$BIN" sync git --store "$B" > "$WORK/b2.txt" || { cat "$WORK/b2.txt"; fail "B sync"; }
grep -q "Conflictos abiertos: 1" "$WORK/b2.txt" || { cat "$WORK/b2.txt"; fail "B does not see the conflict"; }
"$BIN" sync git --store "$A" > "$WORK/a3.txt" || { cat "$WORK/a3.txt"; fail "A second sync"; }
grep -q "Conflictos abiertos: 1" "$WORK/a3.txt" || { cat "$WORK/a3.txt"; fail "A does not see the conflict"; }
diff -r "$A/alliances" "$B/alliances" >/dev/null || fail "alliances differ after the round trip"
diff -r "$A/households" "$B/households" >/dev/null || fail "households differ after the round trip"
for s in "$A" "$B"; do "$BIN" validate --store "$s" >/dev/null || { "$BIN" validate --store "$s"; fail "validate"; }; done
git -C "$A" log --format=%s | contains "Alianzas: cambios de ana en laptopA" || fail "no readable commit message"

# A damaged file on B is moved aside; the next sync puts back the last synced version instead of
# pushing its absence to every laptop.
printf '{ "code" : ' > "$B/alliances/$CODE.json"
if ALIANZAS_DEVICE=laptopB "$BIN" validate --quarantine --store "$B" > "$WORK/q.txt"; then fail "validate --quarantine passed"; fi
contains "apartado en quarantine/" < "$WORK/q.txt" || { cat "$WORK/q.txt"; fail "nothing set aside"; }
[ -f "$B/alliances/$CODE.json" ] && fail "the damaged file is still in place"
ALIANZAS_DEVICE=laptopB "$BIN" sync git --store "$B" > "$WORK/b3.txt" || { cat "$WORK/b3.txt"; fail "B sync after quarantine"; }
contains "se restauró la última versión enviada" < "$WORK/b3.txt" || { cat "$WORK/b3.txt"; fail "not restored"; }
"$BIN" sync git --store "$A" > "$WORK/a4.txt" || { cat "$WORK/a4.txt"; fail "A sync after B's quarantine"; }
[ -f "$A/alliances/$CODE.json" ] || fail "the quarantine on B deleted the alliance on A"
diff -r "$A/alliances" "$B/alliances" >/dev/null || fail "alliances differ after the restore"
"$BIN" validate --store "$B" >/dev/null || { "$BIN" validate --store "$B"; fail "validate after the restore"; }
echo "E2E PASS: git-sync"
