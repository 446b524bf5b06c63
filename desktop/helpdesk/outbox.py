"""The durable outbox: help requests wait in SQLite (WAL) until a connector delivers them.

States: ``queued`` -> ``sending`` -> ``sent`` | ``failed`` (a 4xx: not retried) | back to
``queued`` with exponential backoff and jitter, honouring ``Retry-After``. A row left in
``sending`` by a process that died (``kill -9``) is queued again on the next open; the
connector's idempotency on the key keeps the helpdesk free of duplicates.

Replies and ratings (kinds in ``FOLLOW_UPS``) are entries of their own, with their own key
and ``parent_key``; they go out by the same flush, after their request was delivered, through
``Connector.reply``/``rate`` with their key. ``list()`` shows requests only. Sent payloads
are purged to their hash as :mod:`desktop.helpdesk.outbox_retention` says.

Opening the file (a damaged one is moved aside, a read-only profile is reported, every
commit is fsynced) is :mod:`desktop.helpdesk.outbox_database`; ``Outbox.health`` says how it
went.

Exceptions::

    OutboxError             the database cannot be opened or written (disk full, corrupt)
     ├── UnknownRequestError no request has that key
     ├── OutboxUnavailable   nothing can be saved in this profile (see ``Outbox.health``)
     └── PayloadPurgedError  the payload was purged after its retention; its hash remains
"""

from __future__ import annotations

import json
import logging
import os
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop.helpdesk.connector import (
    FOLLOW_UPS,
    Connector,
    FailureKind,
    NotSupported,
    PermanentFailure,
    RequestKind,
    SubmitResult,
    TemporaryFailure,
    TicketPayload,
)
from desktop.helpdesk.outbox_database import OutboxCondition, connect, prepare
from desktop.helpdesk.outbox_database import OutboxError as OutboxError
from desktop.helpdesk.outbox_database import OutboxHealth as OutboxHealth
from desktop.helpdesk.outbox_database import OutboxUnavailable as OutboxUnavailable
from desktop.helpdesk.outbox_database import UnknownRequestError as UnknownRequestError
from desktop.helpdesk.outbox_entry import DeliveryState as DeliveryState
from desktop.helpdesk.outbox_entry import FlushReport as FlushReport
from desktop.helpdesk.outbox_entry import OutboxEntry as OutboxEntry
from desktop.helpdesk.outbox_entry import StatusChange as StatusChange
from desktop.helpdesk.outbox_entry import entry_from_row
from desktop.helpdesk.outbox_retention import PurgedPayload as PurgedPayload
from desktop.helpdesk.outbox_retention import (
    due_keys,
    fingerprint,
    read_fingerprint,
)
from desktop.helpdesk.outbox_tracking import RequestTracking
from desktop.helpdesk.payload_json import payload_from_json, payload_to_json
from desktop.network.call_record import reason

log = logging.getLogger(__name__)
Clock = Callable[[], float]
SENDING_LEASE = 900.0  # seconds; guards against a recycled process id keeping a row stuck
# What the activity ledger says each delivery was for.
_REASONS = {RequestKind.REPLY: "reply", RequestKind.RATING: "rating"}
_SCHEMA = """
CREATE TABLE IF NOT EXISTS helpdesk_outbox (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    owner_pid INTEGER,
    last_error TEXT,
    remote_id TEXT,
    remote_url TEXT,
    remote_status TEXT,
    raw_status TEXT,
    status_updated_at REAL,
    last_message TEXT,
    polled_at REAL,
    status_supported INTEGER NOT NULL DEFAULT 1,
    rating_offered INTEGER NOT NULL DEFAULT 0,
    rating_sent INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS helpdesk_outbox_due ON helpdesk_outbox (state, next_attempt_at);
"""
# columns newer than the first schema
_ADDED_COLUMNS = {"parent_key": "TEXT", "purged_at": "REAL", "thread": "TEXT",
                  "last_error_kind": "TEXT"}  # a FailureKind, for the panel to word


def _create_schema(db: sqlite3.Connection) -> None:
    """The table as this version wants it: created, or given the columns it lacks."""
    db.executescript(_SCHEMA)
    have = {row["name"] for row in db.execute("PRAGMA table_info(helpdesk_outbox)")}
    for name, kind in _ADDED_COLUMNS.items():
        if name not in have:
            db.execute(f"ALTER TABLE helpdesk_outbox ADD COLUMN {name} {kind}")


class PayloadPurgedError(OutboxError):
    """The payload was purged after its retention ended; ``Outbox.purged`` has its hash."""


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with full jitter in [delay/2, delay]; Retry-After wins when given."""

    base_seconds: float = 30.0
    max_seconds: float = 3600.0
    max_retry_after: float = 86_400.0

    def delay(self, attempts: int, retry_after: float | None, rng: random.Random) -> float:
        if retry_after is not None and retry_after >= 0:
            return min(retry_after, self.max_retry_after)
        ceiling = min(self.max_seconds, self.base_seconds * 2 ** max(attempts - 1, 0))
        return rng.uniform(ceiling / 2, ceiling)


class Outbox(RequestTracking):
    """Opens a short-lived connection per operation, so any thread (or process) may use it."""

    def __init__(
        self, database: Path, backoff: Backoff = Backoff(), clock: Clock = time.time,
        rng: random.Random | None = None,
    ) -> None:
        self._database = database
        self._backoff = backoff
        self._clock = clock
        self._rng = rng or random.Random()
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []  # every one opened, for close()
        self._idle: list[sqlite3.Connection] = []  # open, and no call is using them
        self.health: OutboxHealth = prepare(database, _create_schema)
        if self.usable:
            self.recover()

    @property
    def usable(self) -> bool:
        """False when nothing can be saved (``health`` says why); reads then find nothing."""
        return self.health.condition is not OutboxCondition.UNWRITABLE

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A transaction on a connection this thread holds for the call (a call made inside
        it gets the same one). Connections stay open and are reused by the next call on any
        thread: closing the last connection to a WAL database checkpoints it, which made every
        operation ~1 ms slower, and one per thread grew without end (Qt's pool threads come
        and go, and get a fresh Python thread state per task)."""
        if not self.usable:
            raise OutboxUnavailable(
                "Deskmate cannot save requests: your profile folder is read-only or full.")
        outer = getattr(self._local, "db", None)
        db = outer or self._borrow()
        self._local.db = db
        try:
            with db:
                yield db
        except sqlite3.Error as exc:
            log.error("Outbox database error", extra={"error": str(exc)})
            raise OutboxError(f"The request outbox cannot be used: {exc}") from exc
        finally:
            if outer is None:
                self._local.db = None
                with self._lock:
                    self._idle.append(db)

    def _borrow(self) -> sqlite3.Connection:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        db = connect(self._database)
        with self._lock:
            self._connections.append(db)
        return db

    def close(self) -> None:
        """Close every connection this outbox opened (on any thread)."""
        with self._lock:
            connections, self._connections, self._idle = self._connections, [], []
        for db in connections:
            db.close()
        self._local = threading.local()

    def enqueue(self, payload: TicketPayload) -> OutboxEntry:
        """Store ``payload`` durably; enqueuing the same key twice keeps the first."""
        now = self._clock()
        data = json.dumps(payload_to_json(payload, with_data=True), ensure_ascii=False)
        with self._connect() as db:
            db.execute(
                "INSERT OR IGNORE INTO helpdesk_outbox (key, kind, subject, payload, state,"
                " next_attempt_at, created_at, updated_at, parent_key)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (payload.idempotency_key, payload.kind.value, payload.subject, data,
                 DeliveryState.QUEUED.value, now, now, now, _parent_key(payload)),
            )
        log.info("Request queued", extra={"key": payload.idempotency_key})
        return self.get(payload.idempotency_key)

    def recover(self) -> int:
        """Queue again rows whose sending process is gone; returns how many."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT key, owner_pid, updated_at FROM helpdesk_outbox WHERE state = ?",
                (DeliveryState.SENDING.value,),
            ).fetchall()
            now = self._clock()
            stale = [r["key"] for r in rows
                     if not _alive(r["owner_pid"]) or now - r["updated_at"] > SENDING_LEASE]
            db.executemany(
                "UPDATE helpdesk_outbox SET state = ?, owner_pid = NULL WHERE key = ?"
                " AND state = ?",
                [(DeliveryState.QUEUED.value, k, DeliveryState.SENDING.value) for k in stale],
            )
        if stale:
            log.info("Interrupted deliveries queued again", extra={"count": len(stale)})
        return len(stale)

    def get(self, key: str) -> OutboxEntry:
        with self._connect() as db:
            row = db.execute("SELECT * FROM helpdesk_outbox WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise UnknownRequestError(key)
        return entry_from_row(row)

    def list(self) -> tuple[OutboxEntry, ...]:
        """Every request, newest first (none when the outbox cannot be opened)."""
        if not self.usable:
            return ()
        with self._connect() as db:
            rows = db.execute("SELECT * FROM helpdesk_outbox WHERE parent_key IS NULL"
                              " ORDER BY created_at DESC").fetchall()
        return tuple(entry_from_row(r) for r in rows)

    def follow_ups(self, key: str) -> tuple[OutboxEntry, ...]:
        """The replies and ratings queued for request ``key``, oldest first."""
        with self._connect() as db:
            rows = db.execute("SELECT * FROM helpdesk_outbox WHERE parent_key = ?"
                              " ORDER BY created_at", (key,)).fetchall()
        return tuple(entry_from_row(r) for r in rows)

    def payload(self, key: str) -> TicketPayload:
        with self._connect() as db:
            row = db.execute("SELECT payload, purged_at FROM helpdesk_outbox WHERE key = ?",
                             (key,)).fetchone()
        if row is None:
            raise UnknownRequestError(key)
        if row["purged_at"] is not None:
            raise PayloadPurgedError(key)
        return payload_from_json(json.loads(row["payload"]))

    def purged(self, key: str) -> PurgedPayload | None:
        """The hash and size left of a purged payload (None while it is still kept)."""
        with self._connect() as db:
            row = db.execute("SELECT payload, purged_at FROM helpdesk_outbox WHERE key = ?",
                             (key,)).fetchone()
        if row is None:
            raise UnknownRequestError(key)
        return None if row["purged_at"] is None else read_fingerprint(row["payload"],
                                                                     row["purged_at"])

    def purge_sent(self, keep_days: float) -> int:
        """Replace payloads whose retention ended by their hash; returns how many."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT key, parent_key, remote_status, status_updated_at, status_supported,"
                " updated_at, purged_at FROM helpdesk_outbox WHERE state = ?",
                (DeliveryState.SENT.value,)).fetchall()
            due = due_keys(rows, keep_days, self._clock())
            for key in due:
                stored = db.execute("SELECT payload FROM helpdesk_outbox WHERE key = ?",
                                    (key,)).fetchone()["payload"]
                db.execute("UPDATE helpdesk_outbox SET payload = ?, purged_at = ? WHERE key = ?",
                           (fingerprint(stored), self._clock(), key))
        if due:
            self._checkpoint()
            log.info("Sent payloads purged", extra={"count": len(due)})
        return len(due)

    def _checkpoint(self) -> None:
        """Copy the purge into the main file and empty the WAL, so the old bytes (zeroed by
        secure_delete) do not linger on disk; best effort while others read."""
        with self._connect() as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def retry_now(self, key: str) -> None:
        """Queue a failed or waiting request for the next flush (after a fixed setting)."""
        with self._connect() as db:
            cursor = db.execute(
                "UPDATE helpdesk_outbox SET state = ?, next_attempt_at = ?, last_error = NULL,"
                " last_error_kind = NULL WHERE key = ? AND state IN (?, ?)",
                (DeliveryState.QUEUED.value, self._clock(), key, DeliveryState.QUEUED.value,
                 DeliveryState.FAILED.value),
            )
            if cursor.rowcount == 0:
                self.get(key)  # raises UnknownRequestError when missing

    def discard(self, key: str) -> None:
        """Forget a request that was never delivered (queued or failed)."""
        with self._connect() as db:
            db.execute("DELETE FROM helpdesk_outbox WHERE key = ? AND state IN (?, ?)",
                       (key, DeliveryState.QUEUED.value, DeliveryState.FAILED.value))

    def flush(self, connector: Connector, limit: int | None = None) -> FlushReport:
        """Deliver every due request through ``connector``, one at a time, in order.

        The pass stops at the first temporary failure: when the helpdesk is down or asks us
        to slow down, the rest would only wait for the same time-out (they stay due)."""
        sent = retrying = failed = 0
        while limit is None or sent + retrying + failed < limit:
            claimed = self._claim()
            if claimed is None:
                break
            outcome = self._deliver(connector, claimed)
            sent += outcome == DeliveryState.SENT
            failed += outcome == DeliveryState.FAILED
            if outcome == DeliveryState.QUEUED:
                retrying += 1
                break
        return FlushReport(sent, retrying, failed, self._count_queued())

    def _claim(self) -> TicketPayload | None:
        with self._connect() as db:
            row = db.execute(
                "UPDATE helpdesk_outbox SET state = ?, owner_pid = ?, updated_at = ?"
                " WHERE key = (SELECT key FROM helpdesk_outbox AS o WHERE state = ?"
                " AND next_attempt_at <= ? AND (parent_key IS NULL OR EXISTS (SELECT 1 FROM"
                " helpdesk_outbox AS p WHERE p.key = o.parent_key AND p.state = ?))"
                " ORDER BY created_at, rowid LIMIT 1) RETURNING payload",
                (DeliveryState.SENDING.value, os.getpid(), self._clock(),
                 DeliveryState.QUEUED.value, self._clock(), DeliveryState.SENT.value),
            ).fetchone()
        return None if row is None else payload_from_json(json.loads(row["payload"]))

    def _deliver(self, connector: Connector, payload: TicketPayload) -> DeliveryState:
        key = payload.idempotency_key
        try:
            with reason(_REASONS.get(payload.kind, "delivery"), key):
                result = self._send(connector, payload)
        except PermanentFailure as exc:
            log.error("Request refused by the helpdesk", extra={"key": key, "error": str(exc)})
            self._finish_failed(key, str(exc), exc.kind)
            return DeliveryState.FAILED
        except TemporaryFailure as exc:
            self._reschedule(key, str(exc), exc.retry_after, exc.kind)
            return DeliveryState.QUEUED
        except Exception as exc:  # a connector bug must not lose a request
            log.error("Connector failed unexpectedly", extra={"key": key, "error": repr(exc)})
            self._reschedule(key, f"Unexpected error: {exc}", None, FailureKind.UNEXPECTED)
            return DeliveryState.QUEUED
        self._finish_sent(key, result)
        return DeliveryState.SENT

    def _send(self, connector: Connector, payload: TicketPayload) -> SubmitResult:
        """A request is submitted; a follow-up goes to its request's ticket."""
        if payload.kind not in FOLLOW_UPS:
            return connector.submit(payload)
        parent = self.get(str(payload.fields["parent_key"]))
        remote_id = parent.remote_id or parent.key
        if payload.kind is RequestKind.RATING:
            _rate(connector, remote_id, payload)
        else:
            connector.reply(remote_id, payload.body, payload.attachments,
                            key=payload.idempotency_key)
        return SubmitResult(remote_id=remote_id, url=parent.remote_url)

    def _finish_sent(self, key: str, result: SubmitResult) -> None:
        with self._connect() as db:
            db.execute(
                "UPDATE helpdesk_outbox SET state = ?, owner_pid = NULL, updated_at = ?,"
                " attempts = attempts + 1, last_error = NULL, last_error_kind = NULL,"
                " remote_id = ?, remote_url = ? WHERE key = ?",
                (DeliveryState.SENT.value, self._clock(), result.remote_id, result.url, key),
            )
        log.info("Request delivered", extra={"key": key, "remote_id": result.remote_id})

    def _finish_failed(self, key: str, reason: str, kind: FailureKind) -> None:
        with self._connect() as db:
            db.execute(
                "UPDATE helpdesk_outbox SET state = ?, owner_pid = NULL, updated_at = ?,"
                " attempts = attempts + 1, last_error = ?, last_error_kind = ? WHERE key = ?",
                (DeliveryState.FAILED.value, self._clock(), reason, kind.value, key),
            )

    def _reschedule(self, key: str, reason: str, retry_after: float | None,
                    kind: FailureKind) -> None:
        with self._connect() as db:
            row = db.execute("SELECT attempts FROM helpdesk_outbox WHERE key = ?",
                             (key,)).fetchone()
            attempts = int(row["attempts"]) + 1
            delay = self._backoff.delay(attempts, retry_after, self._rng)
            db.execute(
                "UPDATE helpdesk_outbox SET state = ?, owner_pid = NULL, updated_at = ?,"
                " attempts = ?, last_error = ?, last_error_kind = ?, next_attempt_at = ?"
                " WHERE key = ?",
                (DeliveryState.QUEUED.value, self._clock(), attempts, reason, kind.value,
                 self._clock() + delay, key),
            )
        log.info("Delivery postponed", extra={"key": key, "delay": round(delay, 1),
                                                "reason": reason})

    def _count_queued(self) -> int:
        with self._connect() as db:
            row = db.execute("SELECT COUNT(*) AS n FROM helpdesk_outbox WHERE state = ?",
                             (DeliveryState.QUEUED.value,)).fetchone()
        return int(row["n"])

    def next_due(self) -> float | None:
        """When the next queued request becomes due (epoch seconds), for the flush timer."""
        with self._connect() as db:
            row = db.execute("SELECT MIN(next_attempt_at) AS t FROM helpdesk_outbox"
                             " WHERE state = ?", (DeliveryState.QUEUED.value,)).fetchone()
        return None if row["t"] is None else float(row["t"])

    # Status polling bookkeeping ---------------------------------------------------------

def _parent_key(payload: TicketPayload) -> str | None:
    return str(payload.fields["parent_key"]) if payload.kind in FOLLOW_UPS else None


def _rate(connector: Connector, remote_id: str, payload: TicketPayload) -> None:
    """A rating; helpdesks without ratings get it as a reply (same key)."""
    rating, key = int(payload.fields["rating"]), payload.idempotency_key
    try:
        connector.rate(remote_id, rating, payload.body, key=key)
    except NotSupported:
        text = f"Rating: {rating} of 5\n\n{payload.body}".rstrip()
        connector.reply(remote_id, text, key=key)


def _alive(pid: int | None) -> bool:
    if pid is None or pid == os.getpid():
        return False  # a fresh Outbox in this process: nothing of ours is mid-flight yet
    import psutil  # os.kill(pid, 0) would terminate the process on Windows

    return bool(psutil.pid_exists(pid))


