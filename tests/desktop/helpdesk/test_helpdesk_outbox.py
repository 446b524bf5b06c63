"""The outbox state machine on a real SQLite file: queue, deliver, back off, fail, recover."""

from __future__ import annotations

import base64
import hashlib
import random
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.helpdesk.connector import (
    Attachment,
    FailureKind,
    NotSupported,
    PermanentFailure,
    RemoteStatus,
    StatusResult,
    SubmitResult,
    TemporaryFailure,
    TicketPayload,
)
from desktop.helpdesk.outbox import (
    Backoff,
    DeliveryState,
    Outbox,
    PayloadPurgedError,
    UnknownRequestError,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class ScriptedConnector:
    """Answers submit() from a script of outcomes; records every key it was given."""

    name = "scripted"

    def __init__(self, *outcomes: Exception | None) -> None:
        self.outcomes = list(outcomes)
        self.submitted: list[str] = []
        self.statuses: dict[str, StatusResult | Exception] = {}

    def submit(self, payload: TicketPayload) -> SubmitResult:
        self.submitted.append(payload.idempotency_key)
        outcome = self.outcomes.pop(0) if self.outcomes else None
        if outcome is not None:
            raise outcome
        return SubmitResult(f"T{len(self.submitted)}", f"https://help.example.com/{len(self.submitted)}")

    def status(self, remote_id: str) -> StatusResult:
        result = self.statuses[remote_id]
        if isinstance(result, Exception):
            raise result
        return result

    def reply(self, remote_id: str, text: str, attachments: tuple[Attachment, ...] = (),
              key: str = "") -> None:
        raise NotSupported("no")

    def rate(self, remote_id: str, rating: int, comment: str, key: str = "") -> None:
        raise NotSupported("no")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def outbox(tmp_path: Path, clock: Clock) -> Outbox:
    return Outbox(tmp_path / "db.sqlite3", Backoff(base_seconds=10, max_seconds=100), clock,
                  random.Random(1))


def test_enqueue_is_durable_and_idempotent(
    outbox: Outbox, tmp_path: Path, clock: Clock, make_payload: Callable[..., TicketPayload]
) -> None:
    payload = make_payload()
    outbox.enqueue(payload)
    outbox.enqueue(payload)
    reopened = Outbox(tmp_path / "db.sqlite3", clock=clock)
    assert [e.key for e in reopened.list()] == [payload.idempotency_key]
    assert reopened.payload(payload.idempotency_key) == payload  # attachments byte for byte
    mode = sqlite3.connect(tmp_path / "db.sqlite3").execute("PRAGMA journal_mode").fetchone()
    assert mode == ("wal",)


def test_flush_delivers_in_order(outbox: Outbox, clock: Clock,
                                 make_payload: Callable[..., TicketPayload]) -> None:
    keys = []
    for _ in range(3):
        keys.append(outbox.enqueue(make_payload()).key)
        clock.now += 1
    connector = ScriptedConnector()
    report = outbox.flush(connector)
    assert (report.sent, report.retrying, report.failed, report.remaining) == (3, 0, 0, 0)
    assert connector.submitted == keys
    entry = outbox.get(keys[0])
    assert entry.state is DeliveryState.SENT
    assert entry.remote_id == "T1"
    assert entry.shown_status is RemoteStatus.OPEN
    assert outbox.flush(connector).sent == 0  # nothing twice


def test_temporary_failure_backs_off_with_jitter(
    outbox: Outbox, clock: Clock, make_payload: Callable[..., TicketPayload]
) -> None:
    key = outbox.enqueue(make_payload()).key
    connector = ScriptedConnector(TemporaryFailure("down"), TemporaryFailure("down"))
    assert outbox.flush(connector).retrying == 1
    first = outbox.get(key)
    assert first.state is DeliveryState.QUEUED
    assert first.last_error == "down"
    assert first.next_attempt_at is not None
    delay = first.next_attempt_at.timestamp() - clock.now
    assert 5 <= delay <= 10  # attempt 1: jitter in [base/2, base]
    assert outbox.flush(connector).retrying == 0  # not due yet: not tried
    clock.now += delay + 0.01
    outbox.flush(connector)
    second = outbox.get(key)
    assert second.next_attempt_at is not None
    assert 10 <= second.next_attempt_at.timestamp() - clock.now <= 20  # doubled
    clock.now += 20
    assert outbox.flush(connector).sent == 1
    assert len(connector.submitted) == 3


def test_retry_after_is_honoured(outbox: Outbox, clock: Clock,
                                 make_payload: Callable[..., TicketPayload]) -> None:
    key = outbox.enqueue(make_payload()).key
    outbox.flush(ScriptedConnector(TemporaryFailure("busy", retry_after=42)))
    due = outbox.get(key).next_attempt_at
    assert due is not None
    assert due.timestamp() == pytest.approx(clock.now + 42)


@pytest.mark.allow_log_warnings
def test_permanent_failure_is_not_retried_and_says_why(
    outbox: Outbox, clock: Clock, make_payload: Callable[..., TicketPayload]
) -> None:
    key = outbox.enqueue(make_payload()).key
    connector = ScriptedConnector(PermanentFailure("The helpdesk refused it (403): no access"))
    assert outbox.flush(connector).failed == 1
    clock.now += 10_000
    assert outbox.flush(connector).failed == 0
    entry = outbox.get(key)
    assert entry.state is DeliveryState.FAILED
    assert "403" in (entry.last_error or "")
    assert connector.submitted == [key]
    outbox.retry_now(key)  # after IT fixed the configuration
    assert outbox.flush(connector).sent == 1


@pytest.mark.allow_log_warnings
def test_connector_bug_does_not_lose_the_request(
    outbox: Outbox, make_payload: Callable[..., TicketPayload]
) -> None:
    key = outbox.enqueue(make_payload()).key
    outbox.flush(ScriptedConnector(RuntimeError("boom")))
    assert outbox.get(key).state is DeliveryState.QUEUED


def test_row_left_sending_by_dead_process_is_requeued(
    tmp_path: Path, clock: Clock, make_payload: Callable[..., TicketPayload]
) -> None:
    outbox = Outbox(tmp_path / "db.sqlite3", clock=clock)
    key = outbox.enqueue(make_payload()).key
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:  # as a kill -9 mid-send leaves it
        db.execute("UPDATE helpdesk_outbox SET state='sending', owner_pid=999999999")
    assert Outbox(tmp_path / "db.sqlite3", clock=clock).get(key).state is DeliveryState.QUEUED


def test_status_polling_bookkeeping(outbox: Outbox, clock: Clock,
                                    make_payload: Callable[..., TicketPayload]) -> None:
    key = outbox.enqueue(make_payload()).key
    connector = ScriptedConnector()
    outbox.flush(connector)
    when = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
    connector.statuses["T1"] = StatusResult(RemoteStatus.IN_PROGRESS, "open", when, "On it")
    changes = outbox.poll(connector)
    assert [(c.key, c.old, c.new) for c in changes] == [(key, None, RemoteStatus.IN_PROGRESS)]
    assert outbox.poll(connector) == ()  # unchanged: no notification
    connector.statuses["T1"] = StatusResult(RemoteStatus.RESOLVED, "resolved")
    assert outbox.poll(connector)[0].new is RemoteStatus.RESOLVED
    entry = outbox.get(key)
    assert entry.last_message == "On it"
    assert [e.key for e in outbox.rating_due()] == [key]
    outbox.mark_rating_offered(key)
    assert outbox.rating_due() == ()  # offered once
    connector.statuses["T1"] = StatusResult(RemoteStatus.CLOSED, "closed")
    outbox.poll(connector)
    assert outbox.pollable() == ()  # closed: polling stops


def test_status_not_supported_stops_polling(outbox: Outbox,
                                            make_payload: Callable[..., TicketPayload]) -> None:
    outbox.enqueue(make_payload())
    connector = ScriptedConnector()
    outbox.flush(connector)
    connector.statuses["T1"] = NotSupported("webhook")
    assert outbox.poll(connector) == ()
    assert outbox.pollable() == ()


def test_unknown_key(outbox: Outbox) -> None:
    with pytest.raises(UnknownRequestError):
        outbox.get("nope")
    with pytest.raises(UnknownRequestError):
        outbox.mark_rating_offered("nope")


def test_a_flush_pass_stops_at_the_first_temporary_failure(
    outbox: Outbox, clock: Clock, make_payload: Callable[..., TicketPayload]
) -> None:
    for _ in range(3):
        outbox.enqueue(make_payload())
        clock.now += 1
    connector = ScriptedConnector(TemporaryFailure("down"))
    report = outbox.flush(connector)
    assert (report.sent, report.retrying, report.remaining) == (0, 1, 3)
    assert len(connector.submitted) == 1  # the others did not wait for the same time-out
    assert outbox.flush(connector).sent == 2  # still due: the next pass takes them


DAY = 86_400.0


def _delivered(outbox: Outbox, clock: Clock, payload: TicketPayload,
               connector: ScriptedConnector) -> str:
    outbox.enqueue(payload)
    outbox.flush(connector)
    return payload.idempotency_key


def test_sent_payloads_are_purged_to_their_hash_after_the_ticket_closes(
    outbox: Outbox, clock: Clock, tmp_path: Path, make_payload: Callable[..., TicketPayload]
) -> None:
    connector = ScriptedConnector()
    shot = bytes(range(255, -1, -1)) * 8
    closed = make_payload(attachments=(Attachment("screenshot.png", "image/png", shot),))
    still_open = make_payload()
    for payload in (closed, still_open):
        _delivered(outbox, clock, payload, connector)
    stored = sqlite3.connect(tmp_path / "db.sqlite3").execute(
        "SELECT payload FROM helpdesk_outbox WHERE key = ?", (closed.idempotency_key,)
    ).fetchone()[0].encode("utf-8")
    clock.now += 5 * DAY
    outbox.record_status(closed.idempotency_key,
                         StatusResult(RemoteStatus.CLOSED, "closed",
                                      datetime.fromtimestamp(clock.now, UTC)))
    outbox.record_status(still_open.idempotency_key, StatusResult(RemoteStatus.OPEN, "open"))
    clock.now += 30 * DAY - 60
    assert outbox.purge_sent(keep_days=30) == 0  # a minute short of 30 days after closing
    clock.now += 120
    assert outbox.purge_sent(keep_days=30) == 1
    assert outbox.payload(still_open.idempotency_key) == still_open  # open: kept
    with pytest.raises(PayloadPurgedError):
        outbox.payload(closed.idempotency_key)
    row = outbox.get(closed.idempotency_key)  # the row stays, answerable by hash
    assert row.state is DeliveryState.SENT
    kept = outbox.purged(closed.idempotency_key)
    assert kept is not None
    assert (kept.sha256, kept.size) == (hashlib.sha256(stored).hexdigest(), len(stored))
    raw = (tmp_path / "db.sqlite3").read_bytes() + (tmp_path / "db.sqlite3-wal").read_bytes()
    screenshot = base64.b64encode(shot)[:400]  # as the payload JSON holds it
    assert screenshot in stored
    assert screenshot not in raw  # gone from the file on disk, not just unlinked
    assert outbox.purge_sent(keep_days=30) == 0  # once


def test_without_a_status_to_read_the_clock_starts_at_delivery(
    outbox: Outbox, clock: Clock, make_payload: Callable[..., TicketPayload]
) -> None:
    connector = ScriptedConnector()
    key = _delivered(outbox, clock, make_payload(), connector)
    connector.statuses["T1"] = NotSupported("a webhook has no status")
    outbox.poll(connector)
    clock.now += 31 * DAY
    assert outbox.purge_sent(keep_days=30) == 1
    assert outbox.purged(key) is not None


def test_short_lived_threads_do_not_each_keep_a_connection(
    outbox: Outbox, make_payload: Callable[..., TicketPayload]
) -> None:
    """The GUI's pool threads come and go (and Qt's pool threads get a fresh Python thread
    state per task): a connection per thread, kept until close(), grew the tray ~0.15 MiB a
    task all day. Connections are reused once their thread's call is done."""
    outbox.enqueue(make_payload())
    for _ in range(20):
        worker = threading.Thread(target=outbox.list)
        worker.start()
        worker.join()
    assert len(outbox._connections) <= 2
    assert len(outbox.list()) == 1


def test_a_call_inside_a_transaction_uses_the_same_connection(
    outbox: Outbox, make_payload: Callable[..., TicketPayload]
) -> None:
    payload = make_payload()
    with outbox._connect() as db, outbox._connect() as inner:
        assert inner is db
    outbox.enqueue(payload)  # enqueue reads back inside its own call chain
    assert [e.key for e in outbox.list()] == [payload.idempotency_key]


@pytest.mark.allow_log_warnings  # the refusal is logged at ERROR
def test_a_failure_keeps_its_kind_for_the_panel_and_success_clears_it(
    outbox: Outbox, clock: Clock, make_payload: Callable[..., TicketPayload]
) -> None:
    waiting, refused = make_payload(), make_payload()
    outbox.enqueue(waiting)
    outbox.flush(ScriptedConnector(TemporaryFailure("Zammad did not answer within 15 seconds.",
                                                    kind=FailureKind.TIMEOUT)))
    outbox.enqueue(refused)
    clock.now += 1000
    outbox.flush(ScriptedConnector(None, PermanentFailure("Zammad refused the request.")))
    assert outbox.get(waiting.idempotency_key).last_error_kind is None  # delivered
    entry = outbox.get(refused.idempotency_key)
    assert (entry.last_error, entry.last_error_kind) == ("Zammad refused the request.",
                                                         FailureKind.REFUSED)


def test_an_older_outbox_gets_the_failure_kind_column(
    tmp_path: Path, clock: Clock, make_payload: Callable[..., TicketPayload]
) -> None:
    first = Outbox(tmp_path / "db.sqlite3", clock=clock)
    first.enqueue(make_payload())
    first.close()
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:
        db.execute("ALTER TABLE helpdesk_outbox DROP COLUMN last_error_kind")
    reopened = Outbox(tmp_path / "db.sqlite3", clock=clock)
    reopened.flush(ScriptedConnector(TemporaryFailure("down", kind=FailureKind.UNREACHABLE)))
    assert reopened.list()[0].last_error_kind is FailureKind.UNREACHABLE
    reopened.close()
