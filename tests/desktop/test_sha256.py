"""The tray's SHA-256 gives hashlib's digests without loading OpenSSL."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from desktop.sha256 import sha256_hex


@pytest.mark.parametrize("data", [b"", b"abc", "Grüße\0ledger".encode(), bytes(range(256)) * 300])
def test_same_digest_as_hashlib(data: bytes) -> None:
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_hashing_does_not_load_openssl() -> None:
    code = ("import sys; from desktop.sha256 import sha256_hex; sha256_hex(b'x'); "
            "print(sorted(m for m in ('hashlib', '_hashlib', 'ssl', '_ssl') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "[]"
