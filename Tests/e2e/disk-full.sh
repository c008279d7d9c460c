#!/usr/bin/env bash
# A real full disk: the store lives on a small tmpfs that is filled to the last byte. Renaming an
# alliance fails with the reason on screen, the typed name stays, no file changes; once there is
# room, w saves it. Mounting needs root or a user namespace; where neither is allowed the script
# says so and stops (DiskFullTests covers the same paths through an injected file system).
BIN=${1:?usage: disk-full.sh path/to/alianzas}
if [ -z "${ALIANZAS_E2E_NAMESPACE:-}" ]; then
  if [ "$(id -u)" = 0 ]; then set -- unshare --mount; else set -- unshare --user --map-root-user --mount; fi
  if "$@" true 2>/dev/null; then exec env ALIANZAS_E2E_NAMESPACE=1 "$@" bash "$0" "$BIN"; fi
  echo "SKIP: no mount namespace here (unshare refused)"; exit 0
fi
source "$(dirname "$0")/lib.sh"
# Inside a user namespace the usual /tmp/tmux-<uid> may belong to someone else.
export TMUX_TMPDIR="$WORK"
make_store 0.02
DISK="$WORK/disk"
mkdir -p "$DISK"
mount -t tmpfs -o size=4m,mode=0700 tmpfs "$DISK" 2>/dev/null || { echo "SKIP: cannot mount a tmpfs here"; exit 0; }
trap 'T kill-server 2>/dev/null; umount "$DISK" 2>/dev/null; cleanup' EXIT
cp -a "$STORE" "$DISK/store"
STORE="$DISK/store"
CODE=$(ls "$STORE/alliances" | head -1 | sed 's/\.json$//')
"$BIN" validate --store "$STORE" >/dev/null || fail "the copied store does not validate"

checksum() { (cd "$STORE" && find alliances households $([ -d history ] && echo history) -type f | sort | xargs -r sha256sum); }
dd if=/dev/zero of="$DISK/filler" bs=4k 2>/dev/null || true
[ "$(df --output=avail -k "$DISK" | tail -1 | tr -d ' ')" -le 4 ] || fail "the tmpfs is not full"
BEFORE=$(checksum)

start_shell 100 30
type_line "LANG=C.UTF-8 $BIN --store $STORE; echo EXIT=\$?"
wait_for "Panel nacional"
T send-keys -t e2e 2 / ; T send-keys -t e2e -l "$CODE"; T send-keys -t e2e Enter Enter
wait_for "Resumen │ Ciclo de vida"
T send-keys -t e2e e
wait_for "Nombre de la alianza"
T send-keys -t e2e Enter C-u; T send-keys -t e2e -l "Alianza del disco lleno Ñ"; T send-keys -t e2e Enter
wait_for "el disco está lleno"
wait_for "Alianza del disco lleno Ñ"
wait_for "SIN GUARDAR"
[ "$(checksum)" = "$BEFORE" ] || fail "a file changed although the save failed"
ls -a "$STORE/alliances" | contains ".tmp" && fail "a temporary file was left behind"

rm "$DISK/filler"
T send-keys -t e2e Escape w
wait_gone "SIN GUARDAR"
T send-keys -t e2e Escape Escape q
wait_for "EXIT=0"
contains "Alianza del disco lleno Ñ" < "$STORE/alliances/$CODE.json" || fail "the name was not saved once there was room"
"$BIN" validate --store "$STORE" >/dev/null || { "$BIN" validate --store "$STORE"; fail "validate after the full disk"; }
echo "E2E PASS: disk-full"
