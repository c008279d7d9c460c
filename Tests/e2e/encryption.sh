#!/usr/bin/env bash
# Encryption at rest as an officer meets it at 80×24: the passphrase asked without echo when a
# store is made and each time it is opened, a wrong one named as wrong, the panel behind the
# right one; a supervisor opens the store with the organization's recovery key; two encrypted
# laptops sync by git with a conflict, and the shared repository holds no household name.
BIN=${1:?usage: encryption.sh path/to/alianzas}
source "$(dirname "$0")/lib.sh"
PASS="una frase de paso de campo"
"$BIN" keys recovery --out "$WORK/org.key" > "$WORK/recovery.txt"
contains "Huella:" < "$WORK/recovery.txt" || fail "no fingerprint printed"
A="$WORK/laptopA"

start_shell 80 24
type_line "$BIN demo --store $A --scale 0.02 --no-open --encrypt --recovery-public $WORK/org.key.pub; echo EXIT=\$?"
wait_for "Nueva frase de paso (10 caracteres o más):"
T send-keys -t e2e -l "$PASS"; T send-keys -t e2e Enter
wait_for "Repítala:"
T send-keys -t e2e -l "$PASS"; T send-keys -t e2e Enter
wait_for "EXIT=0"
screen | contains "$PASS" && fail "the passphrase was echoed"
[ -f "$A/keys.json" ] || fail "no key file"

# A wrong passphrase is named as wrong; nothing opens.
type_line "clear; $BIN --store $A; echo EXIT=\$?"
wait_for "Frase de paso de $A:"
T send-keys -t e2e -l "no es la frase"; T send-keys -t e2e Enter
wait_for "EXIT=2"
screen | contains "la frase de paso no es la de este almacén" || fail "a wrong passphrase is not named"
# The right one opens the panel.
type_line "clear; $BIN --store $A; echo EXIT=\$?"
wait_for "Frase de paso de $A:"
T send-keys -t e2e -l "$PASS"; T send-keys -t e2e Enter
wait_for "Panel nacional"
T send-keys -t e2e q
wait_for "EXIT=0"
# In English too, and the recovery key opens it without the passphrase.
type_line "clear; $BIN summary --store $A --recovery-key $WORK/org.key --lang en | head -3; echo EXIT=\$?"
wait_for "EXIT=0"
screen | contains "Alliances" || fail "the recovery key did not open the store"
type_line "clear; $BIN keys status --store $A --lang en; echo EXIT=\$?"
wait_for "EXIT=0"
screen | contains "is encrypted with ChaCha20-Poly1305" || fail "keys status"

# Two encrypted laptops, one bare repository, the same alliance renamed on both.
command -v git >/dev/null || { echo "E2E PASS: encryption (git part skipped: no git)"; exit 0; }
export ALIANZAS_PASSPHRASE="$PASS" ALIANZAS_OFFICER=ana
B="$WORK/laptopB"; HUB="$WORK/hub.git"
git init -q --bare "$HUB"
ALIANZAS_DEVICE=laptopA "$BIN" sync git --store "$A" --remote "$HUB" > "$WORK/a1.txt" || { cat "$WORK/a1.txt"; fail "push"; }
ALIANZAS_DEVICE=laptopB "$BIN" sync git --store "$B" --remote "$HUB" > "$WORK/b1.txt" || { cat "$WORK/b1.txt"; fail "clone"; }
CODE=$(ls "$A/alliances" | head -1 | sed 's/\.json$//')
T kill-server 2>/dev/null || true
sleep 0.3
start_shell 80 24
rename() { # store device new-name
  type_line "clear; ALIANZAS_PASSPHRASE='$PASS' ALIANZAS_DEVICE=$2 $BIN --store $1; echo EXIT=\$?"
  wait_for "Panel nacional"
  T send-keys -t e2e 2 / ; T send-keys -t e2e -l "$CODE"; T send-keys -t e2e Enter Enter
  wait_for "Resumen │ Ciclo de vida"
  T send-keys -t e2e e
  wait_for "Nombre de la alianza"
  T send-keys -t e2e Enter C-u; T send-keys -t e2e -l "$3"; T send-keys -t e2e Enter Escape
  wait_for "$3"
  T send-keys -t e2e Escape Escape q
  wait_for "EXIT=0"
}
rename "$A" laptopA "Alianza cifrada A"
rename "$B" laptopB "Alianza cifrada B"
ALIANZAS_DEVICE=laptopA "$BIN" sync git --store "$A" > "$WORK/a2.txt" || { cat "$WORK/a2.txt"; fail "A sync"; }
ALIANZAS_DEVICE=laptopB "$BIN" sync git --store "$B" > "$WORK/b2.txt" || { cat "$WORK/b2.txt"; fail "B sync"; }
contains "Conflictos abiertos: 1" < "$WORK/b2.txt" || { cat "$WORK/b2.txt"; fail "B does not see the conflict"; }
ALIANZAS_DEVICE=laptopA "$BIN" sync git --store "$A" > "$WORK/a3.txt" || { cat "$WORK/a3.txt"; fail "A second sync"; }
contains "Conflictos abiertos: 1" < "$WORK/a3.txt" || { cat "$WORK/a3.txt"; fail "A does not see the conflict"; }
for s in "$A" "$B"; do "$BIN" validate --store "$s" >/dev/null || { "$BIN" validate --store "$s"; fail "validate $s"; }; done
# What git carries is ciphertext: no household name, no field name, in any object of the hub.
git -C "$HUB" cat-file --batch-all-objects --batch > "$WORK/objects.bin"
for needle in headName documentNumber "Alianza cifrada"; do
  grep -q -a "$needle" "$WORK/objects.bin" && fail "the shared repository holds «$needle» in plain"
done

# The titular asks for erasure on A; git carries it to B, and neither keeps anything of them.
HH="$CODE-H002"
"$BIN" privacy show "$HH" --store "$A" --out "$WORK/titular.json" > /dev/null || fail "privacy show"
NAME=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['record']['headName'])" "$WORK/titular.json")
DOC=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['record']['documentNumber'])" "$WORK/titular.json")
[ -n "$NAME" ] && [ -n "$DOC" ] || fail "the report names no one"
ALIANZAS_DEVICE=laptopA "$BIN" privacy erase "$HH" --store "$A" --reason "Solicitud 2026-01" > "$WORK/erase.txt" || { cat "$WORK/erase.txt"; fail "erase"; }
ALIANZAS_DEVICE=laptopA "$BIN" sync git --store "$A" > "$WORK/a4.txt" || { cat "$WORK/a4.txt"; fail "A sync after erasure"; }
ALIANZAS_DEVICE=laptopB "$BIN" sync git --store "$B" > "$WORK/b4.txt" || { cat "$WORK/b4.txt"; fail "B sync after erasure"; }
for s in "$A" "$B"; do
  if "$BIN" privacy show "$HH" --store "$s" > /dev/null 2>&1; then fail "$s still holds $HH"; fi
  rm -rf "$WORK/x"
  "$BIN" export --store "$s" --out "$WORK/x" > /dev/null || fail "export $s"
  if grep -rqa -e "$DOC" "$WORK/x"; then fail "$s still exports the erased household"; fi
  "$BIN" validate --store "$s" > /dev/null || { "$BIN" validate --store "$s"; fail "validate after erasure"; }
done
echo "E2E PASS: encryption"
