"""Opening the outbox's SQLite file so that whatever is on disk, the app still starts.

A damaged file ("file is not a database", a truncated or malformed image) is renamed to
``<name>.damaged-<UTC time>`` beside itself, with its ``-wal``/``-shm`` companions, and a
fresh outbox starts; the old file is kept for IT, never deleted. Where nothing can be
written (a read-only profile, a full or failing disk), the outbox says so instead of
pretending to queue. The health history shares the file, so it starts afresh too.

Every connection commits with ``synchronous=FULL``: "queued" means it survives power loss;
``secure_delete`` zeroes what a purge removes.

Exceptions::

    OutboxError             the database cannot be opened or written (disk full, corrupt)
     ├── UnknownRequestError no request has that key
     └── OutboxUnavailable   nothing can be saved in this profile (see OutboxHealth)
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

log = logging.getLogger(__name__)
_COMPANIONS = ("", "-wal", "-shm", "-journal")


class OutboxError(Exception):
    """The outbox database cannot be opened or written."""


class UnknownRequestError(OutboxError):
    """No request in the outbox has that key."""


class OutboxUnavailable(OutboxError):
    """Nothing can be saved: the outbox could not be opened for writing."""


class OutboxCondition(StrEnum):
    HEALTHY = "healthy"
    REPLACED = "replaced"  # a damaged file was moved aside and a fresh outbox started
    UNWRITABLE = "unwritable"  # nothing can be saved in this profile


@dataclass(frozen=True)
class OutboxHealth:
    """How the outbox came up; the Health page and the CLI put it in words."""

    condition: OutboxCondition = OutboxCondition.HEALTHY
    database: Path | None = None
    moved_to: Path | None = None
    reason: str = ""


def connect(database: Path) -> sqlite3.Connection:
    """A connection in WAL mode that fsyncs every commit."""
    database.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(database, timeout=30, check_same_thread=False)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA secure_delete=ON")  # purged payloads are overwritten, not just unlinked
    return db


def prepare(database: Path, schema: Callable[[sqlite3.Connection], object]) -> OutboxHealth:
    """Make ``database`` usable with ``schema`` applied; move a damaged file aside first."""
    try:
        _apply(database, schema)
        return OutboxHealth(database=database)
    except sqlite3.OperationalError as exc:
        return _unwritable(database, exc)
    except (sqlite3.DatabaseError, OSError) as exc:
        damage = exc
    log.warning("Outbox database damaged", extra={"database": str(database),
                                                  "error": str(damage)})
    try:
        moved = _move_aside(database)
        _apply(database, schema)
    except (sqlite3.Error, OSError) as exc:
        return _unwritable(database, exc)
    log.warning("Damaged outbox moved aside", extra={"moved_to": str(moved)})
    return OutboxHealth(OutboxCondition.REPLACED, database, moved, str(damage))


def _apply(database: Path, schema: Callable[[sqlite3.Connection], object]) -> None:
    """Open, check the whole image, and apply the schema; raises what SQLite raises."""
    with closing(connect(database)) as db:
        verdict = db.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise sqlite3.DatabaseError(f"integrity check: {verdict}")
        with db:
            schema(db)


def _unwritable(database: Path, exc: BaseException) -> OutboxHealth:
    log.warning("Outbox cannot be written", extra={"database": str(database),
                                                   "error": str(exc)})
    return OutboxHealth(OutboxCondition.UNWRITABLE, database, None, str(exc))


def _move_aside(database: Path) -> Path:
    """Rename the file and its companions; returns the new name of the main file."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.name}.damaged-{stamp}")
    for suffix in _COMPANIONS:
        source = database.with_name(database.name + suffix)
        if source.exists():
            source.rename(target.with_name(target.name + suffix))
    return target
