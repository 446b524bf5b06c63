"""The outbox's second job, tracking: after delivery, the helpdesk's status, the thread of
replies, and whether a rating was asked for. The first job, delivery (enqueue, claim,
deliver, back off), is :class:`desktop.helpdesk.outbox.Outbox`'s own; it mixes this in, so
both share one database and its damage handling.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager

from desktop.helpdesk.connector import (
    Author,
    Connector,
    ConnectorError,
    NotSupported,
    RemoteStatus,
    StatusResult,
    ThreadMessage,
    ThreadReader,
)
from desktop.helpdesk.outbox_database import UnknownRequestError
from desktop.helpdesk.outbox_entry import DeliveryState, OutboxEntry, StatusChange
from desktop.network.call_record import reason

log = logging.getLogger(__name__)
_OPEN_STATUSES = (RemoteStatus.QUEUED, RemoteStatus.OPEN, RemoteStatus.IN_PROGRESS,
                  RemoteStatus.WAITING_FOR_YOU, RemoteStatus.RESOLVED)


class RequestTracking:
    """Status, thread and rating of delivered requests (a mixin of the Outbox)."""

    _clock: Callable[[], float]
    _connect: Callable[[], AbstractContextManager[sqlite3.Connection]]

    def get(self, key: str) -> OutboxEntry:
        raise NotImplementedError

    def list(self) -> tuple[OutboxEntry, ...]:
        raise NotImplementedError

    def pollable(self) -> tuple[OutboxEntry, ...]:
        """Delivered requests whose helpdesk status may still change."""
        return tuple(e for e in self.list() if e.state is DeliveryState.SENT and e.remote_id
                     and self._status_supported(e.key)
                     and (e.remote_status is None or e.remote_status in _OPEN_STATUSES))

    def poll(self, connector: Connector) -> tuple[StatusChange, ...]:
        """Ask the helpdesk about every pollable request; return the ones that changed."""
        changes = []
        for entry in self.pollable():
            assert entry.remote_id is not None  # pollable() guarantees it
            try:
                with reason("status poll", entry.key):
                    result = connector.status(entry.remote_id)
            except NotSupported:
                self._mark_status_unsupported(entry.key)
                continue
            except ConnectorError as exc:
                log.info("Status check failed", extra={"key": entry.key, "error": str(exc)})
                continue
            change = self.record_status(entry.key, result)
            replied = self._refresh_thread(connector, entry)
            if replied is not None:  # a new reply from IT is news even when the status is not
                change = StatusChange(entry.key, entry.subject, entry.remote_status,
                                      result.status, replied)
            if change is not None:
                changes.append(change)
        return tuple(changes)

    def _refresh_thread(self, connector: Connector, entry: OutboxEntry) -> str | None:
        """Store the ticket's thread; the newest new reply from IT, if one came."""
        if not isinstance(connector, ThreadReader) or entry.remote_id is None:
            return None
        try:
            with reason("status poll", entry.key):
                thread = connector.thread(entry.remote_id)
        except ConnectorError as exc:
            log.info("Thread fetch failed", extra={"key": entry.key, "error": str(exc)})
            return None
        self.record_thread(entry.key, thread)
        known = {m.remote_id for m in entry.thread}
        new = [m for m in thread if m.author is Author.IT and m.remote_id not in known]
        return new[-1].text if new else None

    def record_thread(self, key: str, thread: tuple[ThreadMessage, ...]) -> None:
        text = json.dumps([m.to_json() for m in thread], ensure_ascii=False)
        with self._connect() as db:
            db.execute("UPDATE helpdesk_outbox SET thread = ? WHERE key = ?", (text, key))

    def record_status(self, key: str, result: StatusResult) -> StatusChange | None:
        entry = self.get(key)
        updated = result.updated_at.timestamp() if result.updated_at else None
        with self._connect() as db:
            db.execute(
                "UPDATE helpdesk_outbox SET remote_status = ?, raw_status = ?,"
                " status_updated_at = COALESCE(?, status_updated_at),"
                " last_message = COALESCE(?, last_message), polled_at = ?"
                " WHERE key = ?",
                (result.status.value, result.raw_status, updated, result.last_message,
                 self._clock(), key),
            )
        if entry.remote_status is result.status:
            return None
        return StatusChange(key, entry.subject, entry.remote_status, result.status,
                            result.last_message)

    def _status_supported(self, key: str) -> bool:
        with self._connect() as db:
            row = db.execute("SELECT status_supported FROM helpdesk_outbox WHERE key = ?",
                             (key,)).fetchone()
        return bool(row and row["status_supported"])

    def _mark_status_unsupported(self, key: str) -> None:
        with self._connect() as db:
            db.execute("UPDATE helpdesk_outbox SET status_supported = 0 WHERE key = ?", (key,))

    def rating_due(self) -> tuple[OutboxEntry, ...]:
        """Resolved requests whose rating has not been offered yet (offer it once)."""
        return tuple(e for e in self.list() if e.remote_status is RemoteStatus.RESOLVED
                     and not e.rating_offered)

    def mark_rating_offered(self, key: str) -> None:
        self._set_flag(key, "rating_offered")

    def mark_rating_sent(self, key: str) -> None:
        self._set_flag(key, "rating_sent")

    def _set_flag(self, key: str, column: str) -> None:
        with self._connect() as db:
            cursor = db.execute(f"UPDATE helpdesk_outbox SET {column} = 1 WHERE key = ?", (key,))
        if cursor.rowcount == 0:
            raise UnknownRequestError(key)
