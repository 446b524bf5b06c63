"""A request in the outbox as callers see it: its delivery state, the helpdesk's status, and
the thread; plus the reports of a flush and of a poll. Plain data, read from a row."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from desktop.helpdesk.connector import FailureKind, RemoteStatus, ThreadMessage


class DeliveryState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


@dataclass(frozen=True)
class OutboxEntry:
    """One request as the UI and ``deskmate outbox list`` show it."""

    key: str
    kind: str
    subject: str
    state: DeliveryState
    attempts: int
    created_at: datetime
    updated_at: datetime
    next_attempt_at: datetime | None
    last_error: str | None
    remote_id: str | None
    remote_url: str | None
    remote_status: RemoteStatus | None
    status_updated_at: datetime | None
    last_message: str | None
    rating_offered: bool
    rating_sent: bool
    thread: tuple[ThreadMessage, ...] = ()  # public messages, oldest first, where fetched
    last_error_kind: FailureKind | None = None  # why last_error happened, for the panel

    @property
    def last_update(self) -> datetime | None:
        """The helpdesk's own time of the newest change it told us about (never a poll time)."""
        times = [m.at for m in self.thread]
        times += [self.status_updated_at] if self.status_updated_at else []
        return max(times) if times else None

    @property
    def shown_status(self) -> RemoteStatus | None:
        """queued until delivered, then the helpdesk's mapped status (None when unknown)."""
        if self.state is not DeliveryState.SENT:
            return RemoteStatus.QUEUED if self.state is not DeliveryState.FAILED else None
        return self.remote_status or RemoteStatus.OPEN


@dataclass(frozen=True)
class FlushReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    remaining: int = 0  # queued and not yet due


@dataclass(frozen=True)
class StatusChange:
    key: str
    subject: str
    old: RemoteStatus | None
    new: RemoteStatus
    last_message: str | None


def _when(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


def entry_from_row(row: sqlite3.Row) -> OutboxEntry:
    state = DeliveryState(row["state"])
    return OutboxEntry(
        key=row["key"], kind=row["kind"], subject=row["subject"], state=state,
        attempts=int(row["attempts"]),
        created_at=datetime.fromtimestamp(row["created_at"], UTC),
        updated_at=datetime.fromtimestamp(row["updated_at"], UTC),
        next_attempt_at=_when(row["next_attempt_at"]) if state is DeliveryState.QUEUED else None,
        last_error=row["last_error"], remote_id=row["remote_id"], remote_url=row["remote_url"],
        remote_status=RemoteStatus(row["remote_status"]) if row["remote_status"] else None,
        status_updated_at=_when(row["status_updated_at"]), last_message=row["last_message"],
        rating_offered=bool(row["rating_offered"]), rating_sent=bool(row["rating_sent"]),
        thread=_thread(row["thread"]), last_error_kind=_kind(row["last_error_kind"]),
    )


def _kind(value: str | None) -> FailureKind | None:
    """The stored failure kind; an unknown one (from a newer version) is just unknown."""
    try:
        return FailureKind(value) if value else None
    except ValueError:
        return None


def _thread(text: str | None) -> tuple[ThreadMessage, ...]:
    if not text:
        return ()
    return tuple(ThreadMessage.from_json(m) for m in json.loads(text))
