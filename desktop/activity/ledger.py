"""The append-only, hash-chained activity ledger in the profile (SQLite, WAL).

Several processes may write at once (the app and its ``deskmate … --json`` workers): each
append is one ``BEGIN IMMEDIATE`` transaction that reads the previous entry's hash and
inserts the new entry, so the chain never forks. Pruning after the retention period leaves
one :attr:`~desktop.activity.entry.ActivityKind.PRUNED` entry whose ``chain_head`` is the
hash of the last pruned entry, so :meth:`Ledger.verify` can still check what is left.

Exceptions::

    LedgerError     the ledger file cannot be opened, read or written
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.activity.entry import ActivityEntry, ActivityKind, NewEntry, chain_hash

log = logging.getLogger(__name__)
Clock = Callable[[], float]
DAY = 86400.0
_SCHEMA = """
CREATE TABLE IF NOT EXISTS activity (
    id INTEGER PRIMARY KEY,
    at REAL NOT NULL,
    kind TEXT NOT NULL,
    purpose TEXT NOT NULL,
    host TEXT NOT NULL,
    summary TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS activity_at ON activity (at);
"""
_COLUMNS = "id, at, kind, purpose, host, summary, detail, prev_hash, hash"


class LedgerError(Exception):
    """The ledger file cannot be opened, read or written."""


@dataclass(frozen=True)
class Verdict:
    """What :meth:`Ledger.verify` found: ``bad_row`` is the first entry that breaks the chain."""

    checked: int
    bad_row: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.bad_row is None


class Ledger:
    """Appends, lists, verifies and prunes entries; a short connection per operation."""

    def __init__(self, database: Path, clock: Clock = time.time) -> None:
        self._database = database
        self._clock = clock
        self._ready = False  # the schema is made on first use: opening never fails

    @property
    def database(self) -> Path:
        return self._database

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            with closing(self._open()) as db:
                db.execute("BEGIN IMMEDIATE")  # the writer lock, before reading the head
                try:
                    yield db
                except BaseException:
                    db.rollback()
                    raise
                db.commit()
        except sqlite3.Error as exc:
            raise LedgerError(f"the activity ledger cannot be used: {exc}") from exc

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self._database, timeout=10.0, isolation_level=None)
        if not self._ready:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)
            self._ready = True
        db.execute("PRAGMA synchronous=FULL")
        return db

    def append(self, entry: NewEntry) -> ActivityEntry:
        """Add ``entry`` at the end of the chain; raises :class:`LedgerError`."""
        with self._transaction() as db:
            return _insert(db, entry, self._clock())

    def record(self, entry: NewEntry) -> None:
        """Like :meth:`append`, but a ledger that cannot be written never stops the work."""
        try:
            self.append(entry)
        except LedgerError as exc:
            log.error("Activity not recorded", extra={"error": str(exc), "purpose": entry.purpose})

    def entries(self, since: float = 0.0, kind: ActivityKind | None = None) -> tuple[
            ActivityEntry, ...]:
        """Entries from ``since`` (a Unix time), oldest first, of one ``kind`` if given."""
        query = f"SELECT {_COLUMNS} FROM activity WHERE at >= ?"
        params: list[Any] = [since]
        if kind is not None:
            query += " AND kind = ?"
            params.append(kind.value)
        with self._transaction() as db:
            rows = db.execute(query + " ORDER BY id", params).fetchall()
        return tuple(_entry(row) for row in rows)

    def verify(self) -> Verdict:
        """Recompute every hash; name the first entry that was edited or does not follow."""
        with self._transaction() as db:
            rows = db.execute(f"SELECT {_COLUMNS} FROM activity ORDER BY id").fetchall()
            anchor = _anchor(db)
        return check_chain([_entry(row) for row in rows], anchor)

    def prune(self, keep_days: float) -> int:
        """Remove entries older than ``keep_days``; one summary entry keeps the chain head."""
        now = self._clock()
        with self._transaction() as db:
            last = db.execute("SELECT id, hash FROM activity WHERE id = "
                              "(SELECT max(id) FROM activity WHERE at < ?)",
                              (now - keep_days * DAY,)).fetchone()
            if last is None:
                return 0
            tail = _tail(db)
            count = db.execute("DELETE FROM activity WHERE id <= ?", (last[0],)).rowcount
            _insert(db, _pruned(count, now - keep_days * DAY, last[1]), now, tail)
        log.info("Activity pruned", extra={"count": count})
        return int(count)


def check_chain(entries: list[ActivityEntry], anchor: str) -> Verdict:
    """The first entry whose hash is wrong or whose link does not match the one before."""
    expected_prev = anchor
    for index, entry in enumerate(entries):
        if entry.prev_hash != expected_prev:
            return Verdict(index, entry.row_id,
                           "it does not follow the entry before it (one is missing or changed)")
        if chain_hash(entry.prev_hash, entry.row_id, entry.at, entry) != entry.entry_hash:
            return Verdict(index, entry.row_id, "its content does not match its hash")
        expected_prev = entry.entry_hash
    return Verdict(len(entries))


def _tail(db: sqlite3.Connection) -> tuple[int, str]:
    """The last entry's id and hash; ``(0, "")`` for a new ledger."""
    row = db.execute("SELECT id, hash FROM activity ORDER BY id DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, "")


def _insert(db: sqlite3.Connection, entry: NewEntry, at: float,
            tail: tuple[int, str] | None = None) -> ActivityEntry:
    last_id, prev = tail or _tail(db)
    row_id = last_id + 1
    detail = json.loads(json.dumps(entry.detail))  # hash exactly what a reader gets back
    stored = ActivityEntry(row_id, at, entry.kind, entry.purpose, entry.host, entry.summary,
                           detail, prev, "")
    digest = chain_hash(prev, row_id, at, stored)
    db.execute(f"INSERT INTO activity ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (row_id, at, entry.kind.value, entry.purpose, entry.host, entry.summary,
                json.dumps(detail, ensure_ascii=False), prev, digest))
    return ActivityEntry(row_id, at, entry.kind, entry.purpose, entry.host, entry.summary,
                         detail, prev, digest)


def _anchor(db: sqlite3.Connection) -> str:
    """The chain head left by the newest prune ('' while nothing was pruned)."""
    row = db.execute("SELECT detail FROM activity WHERE kind = ? ORDER BY id DESC LIMIT 1",
                     (ActivityKind.PRUNED.value,)).fetchone()
    return str(json.loads(row[0]).get("chain_head", "")) if row else ""


def _pruned(count: int, before: float, head: str) -> NewEntry:
    return NewEntry(ActivityKind.PRUNED, "retention",
                    f"{count} older entries removed after their retention",
                    detail={"count": count, "before": before, "chain_head": head})


def _entry(row: tuple[Any, ...]) -> ActivityEntry:
    return ActivityEntry(row[0], row[1], ActivityKind(row[2]), row[3], row[4], row[5],
                         json.loads(row[6]), row[7], row[8])
