"""An independent reader of an encrypted Alianzas store, written from docs/store-format.md with
Python's hashlib (scrypt) and the `cryptography` package (ChaCha20-Poly1305, X25519, HKDF): it
proves the format is the standard primitives it says, and nothing of our own.

usage: open_sealed.py STORE FILE...        passphrase from ALIANZAS_PASSPHRASE
       open_sealed.py --recovery KEYFILE STORE FILE...
Prints each file's plaintext (frames joined) to standard output."""
import base64, hashlib, json, os, struct, sys, unicodedata
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives import hashes


def store_key(root, recovery=None):
    keys = json.load(open(os.path.join(root, "keys.json")))
    key_id = keys["keyID"].encode()
    if recovery:
        lines = open(recovery).read().split()
        private = X25519PrivateKey.from_private_bytes(base64.b64decode(lines[1]))
        ephemeral = base64.b64decode(keys["recovery"]["ephemeralKey"])
        mine = base64.b64decode(keys["recovery"]["publicKey"])
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        kek = HKDF(hashes.SHA256(), 32, ephemeral + mine, b"alianzas-recovery-wrap").derive(shared)
        sealed = base64.b64decode(keys["recovery"]["sealed"])
    else:
        wrap = keys["passphrase"]
        phrase = unicodedata.normalize("NFC", os.environ["ALIANZAS_PASSPHRASE"]).encode()
        kek = hashlib.scrypt(phrase, salt=base64.b64decode(wrap["salt"]), n=1 << wrap["logN"], r=wrap["r"],
                             p=wrap["p"], maxmem=1 << 30, dklen=32)
        sealed = base64.b64decode(wrap["sealed"])
    return ChaCha20Poly1305(kek).decrypt(sealed[:12], sealed[12:], key_id)


def open_frames(data, key):
    out, at, aead = b"", 0, ChaCha20Poly1305(key)
    while at < len(data):
        assert data[at:at + 4] == b"ALZ1", "not a frame"
        (length,) = struct.unpack(">I", data[at + 4:at + 8])
        header, body = data[at:at + 8], data[at + 8:at + 8 + length]
        out += aead.decrypt(body[:12], body[12:], header)
        at += 8 + length
    return out


if __name__ == "__main__":
    args = sys.argv[1:]
    recovery = None
    if args[0] == "--recovery":
        recovery, args = args[1], args[2:]
    key = store_key(args[0], recovery)
    for name in args[1:]:
        sys.stdout.buffer.write(open_frames(open(name, "rb").read(), key))
