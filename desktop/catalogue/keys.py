"""IT's signing keys for the catalogue repository: creation, loading and rotation.

A key folder holds one Ed25519 private key per TUF role (``root.pem``, ``targets.pem``,
``snapshot.pem``, ``timestamp.pem``), the current ``root.json`` clients trust, and every root
version in ``root_history/`` (clients walk that chain after a rotation).

Exceptions::

    KeyStoreError          the key folder is missing, incomplete or does not match root.json
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.serialization import load_pem_private_key
from securesystemslib.signer import CryptoSigner  # type: ignore[attr-defined]  # re-export
from tuf.api.metadata import Metadata, Root  # type: ignore[attr-defined]  # re-export
from tuf.api.serialization.json import JSONSerializer

from desktop.atomic_file import write_atomic

log = logging.getLogger(__name__)

ROLES = ("root", "targets", "snapshot", "timestamp")
ONLINE_ROLES = ("targets", "snapshot", "timestamp")
DEFAULT_ROOT_EXPIRY_DAYS = 365
_SERIALIZER = JSONSerializer(compact=False)


class KeyStoreError(Exception):
    """The key folder cannot be used as asked; the message says what to do."""


@dataclass(frozen=True)
class KeyInit:
    """What ``keys init`` created."""

    keydir: Path
    root_file: Path
    keyids: dict[str, str]


def init_keys(keydir: Path, root_expires_days: int = DEFAULT_ROOT_EXPIRY_DAYS,
              now: datetime | None = None) -> KeyInit:
    """Create keys for all four roles and a version-1 root signed by the root key."""
    if any(keydir.glob("*.pem")) or (keydir / "root.json").exists():
        raise KeyStoreError(f"{keydir} already holds keys; choose an empty folder")
    keydir.mkdir(parents=True, exist_ok=True, mode=0o700)
    signers = {role: CryptoSigner.generate_ed25519() for role in ROLES}
    root = Root(expires=_expiry(now, root_expires_days), consistent_snapshot=True)
    for role, signer in signers.items():
        root.add_key(signer.public_key, role)
        write_atomic(keydir / f"{role}.pem", signer.private_bytes, mode=0o600)
    metadata = Metadata(root)
    metadata.sign(signers["root"])
    _store_root(keydir, metadata)
    log.info("Catalogue keys created", extra={"keydir": str(keydir)})
    keyids = {role: signer.public_key.keyid for role, signer in signers.items()}
    return KeyInit(keydir, keydir / "root.json", keyids)


def load_root(keydir: Path) -> Metadata[Root]:
    """The current root metadata from the key folder."""
    try:
        return Metadata[Root].from_bytes((keydir / "root.json").read_bytes())
    except FileNotFoundError as exc:
        raise KeyStoreError(
            f"{keydir}/root.json is missing; run 'deskmate-admin keys init'"
        ) from exc
    except Exception as exc:  # tuf raises DeserializationError and ValueError subclasses
        raise KeyStoreError(f"{keydir}/root.json is not valid root metadata: {exc}") from exc


def root_history(keydir: Path) -> dict[int, bytes]:
    """Every root version by number, for upload next to the other metadata."""
    history: dict[int, bytes] = {}
    for path in (keydir / "root_history").glob("*.root.json"):
        version = path.name.split(".", 1)[0]
        if version.isdigit():
            history[int(version)] = path.read_bytes()
    return history


def load_signer(keydir: Path, role: str, root: Root) -> CryptoSigner:
    """The private key for ``role``, checked against the keys root.json names for it."""
    path = keydir / f"{role}.pem"
    try:
        private = load_pem_private_key(path.read_bytes(), password=None)
    except FileNotFoundError as exc:
        raise KeyStoreError(f"the {role} key {path} is missing") from exc
    except (ValueError, TypeError) as exc:
        raise KeyStoreError(f"{path} is not an unencrypted PEM private key: {exc}") from exc
    signer = CryptoSigner(private)
    if signer.public_key.keyid not in root.roles[role].keyids:
        raise KeyStoreError(f"{path} is not a {role} key listed in {keydir}/root.json")
    return signer


def rotate_key(keydir: Path, role: str, root_expires_days: int = DEFAULT_ROOT_EXPIRY_DAYS,
               now: datetime | None = None) -> Metadata[Root]:
    """Replace ``role``'s key; the new root is signed by the old root key (and the new one).

    The old private key is kept as ``retired/<role>-v<N>.pem`` until you destroy it.
    """
    if role not in ROLES:
        raise KeyStoreError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    current = load_root(keydir)
    old_root_signer = load_signer(keydir, "root", current.signed)
    old_signer = load_signer(keydir, role, current.signed)
    new_signer = CryptoSigner.generate_ed25519()
    signed = current.signed
    signed.revoke_key(old_signer.public_key.keyid, role)
    signed.add_key(new_signer.public_key, role)
    signed.version += 1
    signed.expires = _expiry(now, root_expires_days)
    metadata = Metadata(signed)
    metadata.sign(old_root_signer, append=True)
    if role == "root":
        metadata.sign(new_signer, append=True)
    retired = keydir / "retired" / f"{role}-v{signed.version - 1}.pem"
    write_atomic(retired, old_signer.private_bytes, mode=0o600)
    write_atomic(keydir / f"{role}.pem", new_signer.private_bytes, mode=0o600)
    _store_root(keydir, metadata)
    log.info("Catalogue key rotated", extra={"role": role, "root_version": signed.version})
    return metadata


def _store_root(keydir: Path, metadata: Metadata[Root]) -> None:
    data = metadata.to_bytes(_SERIALIZER)
    write_atomic(keydir / "root_history" / f"{metadata.signed.version}.root.json", data, mode=0o644)
    write_atomic(keydir / "root.json", data, mode=0o644)


def _expiry(now: datetime | None, days: int) -> datetime:
    start = now or datetime.now(UTC)
    return (start + timedelta(days=days)).replace(microsecond=0)
