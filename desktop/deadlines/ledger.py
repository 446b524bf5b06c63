"""The local record of deadlines: when each was first seen, every deferral and enforced action.

DeadlineLedgerError
 └── (sqlite3.Error is wrapped)  the ledger file cannot be read or written
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS first_seen (app_id TEXT PRIMARY KEY, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS installed_seen (app_id TEXT PRIMARY KEY, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY, app_id TEXT NOT NULL, at TEXT NOT NULL, kind TEXT NOT NULL,
    until TEXT
);
"""


class DeadlineLedgerError(Exception):
    """The deadline ledger cannot be read or written."""


class EventKind(StrEnum):
    DEFERRED = "deferred"  # the person chose a concrete later time
    STARTED_NOW = "started_now"  # "Do it now" or "Install now"
    ENFORCED = "enforced"  # the countdown ran out: installed because IT enforces it
    BECAME_PROBLEM = "became_problem"  # deadline passed, not enforced: a Health problem
    DAILY_PROMPT = "daily_prompt"  # escalated from a badge to a prompt once a day
    LAST_DAY = "last_day"  # escalated to the last 24 hours: the Home banner stays
    PROMPTED = "prompted"  # the person was reminded (remembered so it stays once a day)
    DONE = "done"  # an update round was installed: the next update starts afresh


@dataclass(frozen=True)
class DeadlineEvent:
    app_id: str
    at: datetime
    kind: EventKind
    until: datetime | None = None
    name: str = ""  # the duty's name as shown then, for the activity ledger; not stored here


class DeadlineLedger:
    """One SQLite file; a short-lived connection per call, so any thread may use it."""

    def __init__(self, path: Path,
                 on_event: Callable[[DeadlineEvent], None] | None = None) -> None:
        """``on_event`` hears of every event recorded (the activity ledger)."""
        self._path = path  # opened on first use: a read-only profile fails there, not at start
        self._on_event = on_event

    @property
    def path(self) -> Path:
        return self._path

    def first_seen(self, app_id: str, now: datetime) -> datetime:
        """When this computer first saw ``app_id``'s deadline (``now`` the first time)."""
        with self._db() as db:
            db.execute("INSERT OR IGNORE INTO first_seen VALUES (?, ?)", (app_id, now.isoformat()))
            row = db.execute("SELECT at FROM first_seen WHERE app_id = ?", (app_id,)).fetchone()
        return datetime.fromisoformat(row[0])

    def record(self, event: DeadlineEvent) -> None:
        until = event.until.isoformat() if event.until else None
        with self._db() as db:
            db.execute("INSERT INTO events (app_id, at, kind, until) VALUES (?, ?, ?, ?)",
                       (event.app_id, event.at.isoformat(), event.kind.value, until))
        log.info("Deadline event", extra={"app": event.app_id, "kind": event.kind.value})
        if self._on_event is not None:
            self._on_event(event)

    def events(self, app_id: str | None = None) -> tuple[DeadlineEvent, ...]:
        """Every event, oldest first; for the Apps and Health pages."""
        query = "SELECT app_id, at, kind, until FROM events"
        args: tuple[str, ...] = ()
        if app_id is not None:
            query, args = query + " WHERE app_id = ?", (app_id,)
        with self._db() as db:
            rows = db.execute(query + " ORDER BY id", args).fetchall()
        return tuple(DeadlineEvent(a, datetime.fromisoformat(t), EventKind(k),
                                   datetime.fromisoformat(u) if u else None)
                     for a, t, k, u in rows)

    def history(self, app_id: str) -> tuple[DeadlineEvent, ...]:
        """Every event of ``app_id``, its open round and its closed ones (``app_id@<time>``),
        oldest first; each event keeps ``app_id`` without the round's time."""
        query = ("SELECT at, kind, until FROM events WHERE app_id = ? "
                 "OR substr(app_id, 1, ?) = ? ORDER BY id")
        closed = app_id + "@"
        with self._db() as db:
            rows = db.execute(query, (app_id, len(closed), closed)).fetchall()
        return tuple(DeadlineEvent(app_id, datetime.fromisoformat(t), EventKind(k),
                                   datetime.fromisoformat(u) if u else None)
                     for t, k, u in rows)

    def seen(self, app_id: str) -> bool:
        """Whether a deadline round for ``app_id`` is open (it was seen and not closed)."""
        with self._db() as db:
            row = db.execute("SELECT 1 FROM first_seen WHERE app_id = ?", (app_id,)).fetchone()
        return row is not None

    def close(self, app_id: str, at: datetime, name: str = "") -> None:
        """End this round: a DONE event, then the round's events are kept under
        ``app_id@<time>`` as history, and the next round is seen afresh."""
        self.record(DeadlineEvent(app_id, at, EventKind.DONE, name=name))
        with self._db() as db:
            db.execute("UPDATE events SET app_id = ? WHERE app_id = ?",
                       (f"{app_id}@{at.isoformat()}", app_id))
            db.execute("DELETE FROM first_seen WHERE app_id = ?", (app_id,))

    def installed(self, app_id: str, at: datetime) -> None:
        """``app_id`` was seen on this computer (the first time is kept)."""
        with self._db() as db:
            db.execute("INSERT OR IGNORE INTO installed_seen VALUES (?, ?)",
                       (app_id, at.isoformat()))

    def was_installed(self, app_id: str) -> bool:
        """Whether ``app_id`` was ever seen on this computer: missing now means removed."""
        with self._db() as db:
            row = db.execute("SELECT 1 FROM installed_seen WHERE app_id = ?",
                             (app_id,)).fetchone()
        return row is not None

    def deferrals_used(self, app_id: str) -> int:
        return sum(1 for e in self.events(app_id) if e.kind is EventKind.DEFERRED)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        try:
            with closing(sqlite3.connect(self._path, timeout=5)) as db, db:
                db.executescript(_SCHEMA)
                yield db
        except sqlite3.Error as exc:
            raise DeadlineLedgerError(str(exc)) from exc
