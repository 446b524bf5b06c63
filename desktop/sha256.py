"""SHA-256 for the short things the tray hashes, without loading OpenSSL.

``hashlib`` loads OpenSSL's libcrypto when it is imported: about 3 MiB that stay resident all
day, although the tray hashes only a few short strings (ledger entries, a catalogue's folder
name). CPython carries its own SHA-256, the one ``hashlib`` falls back to without OpenSSL; it
gives the same digests. Large files (installers) still go through ``hashlib``, which is faster.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def _builtin_sha256() -> Callable[[bytes], Any]:
    for name in ("_sha2", "_sha256"):  # Python 3.12+, then 3.11
        try:
            constructor: Callable[[bytes], Any] = importlib.import_module(name).sha256
        except (ImportError, AttributeError):
            continue
        return constructor
    import hashlib  # an interpreter built without its own: OpenSSL's then

    return hashlib.sha256


_SHA256 = _builtin_sha256()


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` as 64 hexadecimal digits, as ``hashlib.sha256(data).hexdigest()``."""
    return str(_SHA256(data).hexdigest())
