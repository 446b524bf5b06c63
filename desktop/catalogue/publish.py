"""IT's side of the signed repository: sign targets into a static folder of TUF metadata.

The site folder uses consistent snapshots, so it can be uploaded to any HTTPS host, CDN or
file share while clients read it::

    SITE/metadata/1.root.json ...   every root version (clients walk the chain)
    SITE/metadata/timestamp.json    the only file that changes name-in-place; upload it last
    SITE/metadata/N.snapshot.json, SITE/metadata/N.targets.json
    SITE/targets/<sha256>.catalogue.json, SITE/targets/<sha256>.announcements.json
    SITE/targets/icons/<sha256>.firefox.svg   each app's icon, named as catalogue.yaml names it

Exceptions::

    PublishError          the site folder cannot be read or written, or holds another root chain
    KeyStoreError         (from keys) the key folder is unusable
    CatalogueInvalid      (from validation) the catalogue does not validate
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tuf.api.metadata import (  # type: ignore[attr-defined]  # tuf re-exports without __all__
    Metadata,
    MetaFile,
    Snapshot,
    TargetFile,
    Targets,
    Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

from desktop.atomic_file import write_atomic
from desktop.catalogue import keys
from desktop.catalogue.model import CATALOGUE_TARGET
from desktop.catalogue.validation import CatalogueInvalid, validate_yaml

log = logging.getLogger(__name__)

DEFAULT_EXPIRY_DAYS = 30
_SERIALIZER = JSONSerializer(compact=True)


class PublishError(Exception):
    """The site folder is unreadable, inconsistent or cannot be written."""


@dataclass(frozen=True)
class PublishResult:
    """Versions and expiry of what was just signed."""

    repo: Path
    targets_version: int
    snapshot_version: int
    timestamp_version: int
    expires: datetime
    targets: tuple[str, ...]


def publish_catalogue_file(yaml_path: Path, keydir: Path, repo: Path,
                           expires_days: int = DEFAULT_EXPIRY_DAYS,
                           now: datetime | None = None) -> PublishResult:
    """Validate ``catalogue.yaml`` and publish it as the signed ``catalogue.json`` target, with
    each app's icon file (read from beside the YAML) as a target of its own."""
    try:
        text = yaml_path.read_bytes()
    except OSError as exc:
        raise PublishError(f"cannot read {yaml_path}: {exc.strerror or exc}") from exc
    result = validate_yaml(text, str(yaml_path), icon_base=yaml_path.parent)
    if result.issues or result.catalogue is None:
        raise CatalogueInvalid(result.issues)
    files = {CATALOGUE_TARGET: _catalogue_json(result.document)}
    for app in result.catalogue.apps:
        if app.icon is not None:
            files[app.icon] = (yaml_path.parent / app.icon).read_bytes()  # validated just now
    return publish_targets(repo, keydir, files, expires_days, now)


def publish_targets(repo: Path, keydir: Path, files: Mapping[str, bytes],
                    expires_days: int = DEFAULT_EXPIRY_DAYS,
                    now: datetime | None = None) -> PublishResult:
    """Add or replace ``files`` as targets, keep the others, and re-sign every top-level role.

    Nothing here checks the content of ``files``: callers validate first.
    """
    root = keys.load_root(keydir)
    signers = {role: keys.load_signer(keydir, role, root.signed) for role in keys.ONLINE_ROLES}
    signed_at = (now or datetime.now(UTC)).replace(microsecond=0)
    expires = signed_at + timedelta(days=expires_days)
    meta_dir, targets_dir = repo / "metadata", repo / "targets"
    current = read_state(repo)
    history = keys.root_history(keydir)
    _check_root_chain(meta_dir, history, keydir)
    try:
        for version, data in history.items():
            write_atomic(meta_dir / f"{version}.root.json", data, mode=0o644)
        write_atomic(meta_dir / "root.json", root.to_bytes(_SERIALIZER), mode=0o644)
        target_files = dict(current.targets)
        for name, data in files.items():
            info = TargetFile.from_data(name, data, ["sha256"])
            info.unrecognized_fields["custom"] = {"published": signed_at.isoformat()}
            write_atomic(_target_file(targets_dir, name, info.hashes["sha256"]), data, mode=0o644)
            target_files[name] = info
        targets = Metadata(
            Targets(current.targets_version + 1, expires=expires, targets=target_files)
        )
        targets.sign(signers["targets"])
        targets_meta = _write(meta_dir, targets, f"{targets.signed.version}.targets.json")
        snapshot = Metadata(Snapshot(current.snapshot_version + 1, expires=expires,
                                     meta={"targets.json": targets_meta}))
        snapshot.sign(signers["snapshot"])
        snapshot_meta = _write(meta_dir, snapshot, f"{snapshot.signed.version}.snapshot.json")
        timestamp = Metadata(Timestamp(current.timestamp_version + 1, expires=expires,
                                       snapshot_meta=snapshot_meta))
        timestamp.sign(signers["timestamp"])
        _write(meta_dir, timestamp, "timestamp.json")
    except OSError as exc:
        raise PublishError(f"cannot write to {repo}: {exc.strerror or exc}") from exc
    log.info("Catalogue repository signed",
             extra={"repo": str(repo), "version": targets.signed.version})
    return PublishResult(repo, targets.signed.version, snapshot.signed.version,
                         timestamp.signed.version, expires, tuple(sorted(target_files)))


@dataclass(frozen=True)
class RepoState:
    """The versions and targets currently in a site folder (all 0 and empty when new)."""

    targets_version: int = 0
    snapshot_version: int = 0
    timestamp_version: int = 0
    targets: Mapping[str, TargetFile] = field(default_factory=dict)


def read_state(repo: Path) -> RepoState:
    """Follow timestamp -> snapshot -> targets in the site folder."""
    meta_dir = repo / "metadata"
    if not (meta_dir / "timestamp.json").exists():
        return RepoState()
    try:
        timestamp = Metadata[Timestamp].from_file(str(meta_dir / "timestamp.json"))
        snap_version = timestamp.signed.snapshot_meta.version
        snapshot = Metadata[Snapshot].from_file(str(meta_dir / f"{snap_version}.snapshot.json"))
        targets_version = snapshot.signed.meta["targets.json"].version
        targets = Metadata[Targets].from_file(str(meta_dir / f"{targets_version}.targets.json"))
    except Exception as exc:  # tuf raises OSError, KeyError and DeserializationError here
        raise PublishError(f"{repo} is not a readable catalogue repository: {exc}") from exc
    return RepoState(
        targets_version, snap_version, timestamp.signed.version, targets.signed.targets
    )


def read_target(repo: Path, name: str) -> bytes | None:
    """The current content of target ``name`` in the site folder, if it has one."""
    info = read_state(repo).targets.get(name)
    if info is None:
        return None
    try:
        return _target_file(repo / "targets", name, info.hashes["sha256"]).read_bytes()
    except OSError as exc:
        raise PublishError(f"target {name} is missing from {repo}: {exc}") from exc


def _target_file(targets_dir: Path, name: str, sha256: str) -> Path:
    """Where a consistent-snapshot client looks for target ``name``: the hash goes before the
    file's own name, inside its folder ("icons/<sha256>.firefox.svg")."""
    folder, _, base = name.rpartition("/")
    return targets_dir / folder / f"{sha256}.{base}"


def _check_root_chain(meta_dir: Path, history: Mapping[int, bytes], keydir: Path) -> None:
    """Refuse to sign over a site whose root versions are not this key folder's.

    Clients walk every ``N.root.json`` they find; one left from other keys (or newer than a
    stale copy of the key folder) would make every client refuse the repository.
    """
    for version, path in sorted(_site_roots(meta_dir).items()):
        try:
            same = path.read_bytes() == history.get(version)
        except OSError as exc:
            raise PublishError(f"cannot read {path}: {exc.strerror or exc}") from exc
        if not same:
            raise PublishError(
                f"{path} is not a root from {keydir}: the site was signed with other keys, or "
                "this key folder is out of date. Use the key folder that signed the site, or "
                "publish into an empty folder and replace the whole site with it."
            )


def _site_roots(meta_dir: Path) -> dict[int, Path]:
    names = ((p.name.split(".", 1)[0], p) for p in meta_dir.glob("*.root.json"))
    return {int(version): path for version, path in names if version.isdigit()}


def _write(meta_dir: Path, metadata: Metadata[Targets] | Metadata[Snapshot] | Metadata[Timestamp],
           filename: str) -> MetaFile:
    data = metadata.to_bytes(_SERIALIZER)
    write_atomic(meta_dir / filename, data, mode=0o644)
    return MetaFile.from_data(metadata.signed.version, data, ["sha256"])


def _catalogue_json(document: object) -> bytes:
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
