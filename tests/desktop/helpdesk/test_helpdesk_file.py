"""File-drop connector on a real folder: atomic bundles, idempotency, status.json, replies."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.helpdesk.connector import (
    Attachment,
    PermanentFailure,
    RemoteStatus,
    TemporaryFailure,
    TicketPayload,
)
from desktop.helpdesk.connectors.file import FileDropConnector


def test_bundle_holds_ticket_and_attachments(tmp_path: Path,
                                             make_payload: Callable[..., TicketPayload]) -> None:
    payload = make_payload()
    result = FileDropConnector(tmp_path).submit(payload)
    bundle = tmp_path / f"deskmate-{payload.idempotency_key}"
    assert result.remote_id == f"DM-{payload.idempotency_key[:8]}"
    assert result.url == bundle.as_uri()
    ticket = json.loads((bundle / "ticket.json").read_text(encoding="utf-8"))
    assert ticket["subject"] == payload.subject
    assert [a["name"] for a in ticket["attachments"]] == ["screenshot.png", "deskmate.log"]
    for a in payload.attachments:
        assert (bundle / "attachments" / a.name).read_bytes() == a.data
    assert [p.name for p in tmp_path.iterdir()] == [bundle.name]  # no temp folder left


def test_submit_twice_writes_once(tmp_path: Path,
                                  make_payload: Callable[..., TicketPayload]) -> None:
    payload = make_payload()
    drop = FileDropConnector(tmp_path)
    first = drop.submit(payload)
    (tmp_path / f"deskmate-{payload.idempotency_key}" / "marker").write_text("x")
    assert drop.submit(payload) == first
    assert (tmp_path / f"deskmate-{payload.idempotency_key}" / "marker").exists()


def test_hostile_attachment_name_stays_inside(tmp_path: Path,
                                              make_payload: Callable[..., TicketPayload]) -> None:
    payload = make_payload(attachments=(Attachment("../../evil.sh", "text/plain", b"x"),))
    FileDropConnector(tmp_path / "drop").submit(payload)
    assert not (tmp_path / "evil.sh").exists()
    assert (tmp_path / "drop" / f"deskmate-{payload.idempotency_key}" / "attachments"
            / "evil.sh").read_bytes() == b"x"


def test_status_from_status_json(tmp_path: Path,
                                 make_payload: Callable[..., TicketPayload]) -> None:
    drop = FileDropConnector(tmp_path)
    result = drop.submit(make_payload())
    assert drop.status(result.remote_id).status is RemoteStatus.QUEUED
    bundle = drop.bundle(result.remote_id)
    assert bundle is not None
    (bundle / "status.json").write_text(json.dumps(
        {"status": "waiting_for_you", "updated_at": "2026-05-01T10:00:00Z",
         "message": "Which VPN?"}))
    status = drop.status(result.remote_id)
    assert status.status is RemoteStatus.WAITING_FOR_YOU
    assert status.last_message == "Which VPN?"
    assert status.updated_at is not None
    assert status.updated_at.year == 2026
    (bundle / "status.json").write_text("{not json")
    with pytest.raises(TemporaryFailure):
        drop.status(result.remote_id)


def test_reply_and_rating_land_in_the_bundle(tmp_path: Path,
                                             make_payload: Callable[..., TicketPayload]) -> None:
    drop = FileDropConnector(tmp_path)
    result = drop.submit(make_payload())
    extra = (Attachment("new.json", "application/json", b"{}"),)
    drop.reply(result.remote_id, "Still broken", extra)
    drop.rate(result.remote_id, 4, "Thanks")
    bundle = drop.bundle(result.remote_id)
    assert bundle is not None
    replies = sorted((bundle / "replies").glob("*.json"))
    texts = [json.loads(p.read_text())["text"] for p in replies if "new" not in p.name]
    assert texts == ["Still broken"]
    assert json.loads((bundle / "rating.json").read_text())["rating"] == 4
    with pytest.raises(PermanentFailure):
        drop.status("DM-00000000")


def test_unwritable_folder_is_temporary(tmp_path: Path,
                                        make_payload: Callable[..., TicketPayload]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(TemporaryFailure):
        FileDropConnector(blocker / "sub").submit(make_payload())


def test_a_queued_request_with_a_nul_is_delivered_not_retried_forever(
    tmp_path: Path, make_payload: Callable[..., TicketPayload]
) -> None:
    """A NUL in a name raised ValueError ("embedded null byte") on every attempt."""
    from desktop.helpdesk.outbox import DeliveryState, Outbox

    payload = make_payload(subject="[Deskmate] Disk\x00 full",
                           attachments=(Attachment("deskmate\x00.log", "text/plain", b"x"),))
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    outbox.enqueue(payload)
    report = outbox.flush(FileDropConnector(tmp_path / "drop"))
    assert (report.sent, report.retrying) == (1, 0)
    assert outbox.get(payload.idempotency_key).state is DeliveryState.SENT
    bundle = tmp_path / "drop" / f"deskmate-{payload.idempotency_key}"
    ticket = json.loads((bundle / "ticket.json").read_text(encoding="utf-8"))
    assert ticket["subject"] == "[Deskmate] Disk full"
    assert (bundle / "attachments" / "deskmate.log").read_bytes() == b"x"
    outbox.close()


def test_a_nul_in_an_attachment_name_is_dropped_from_the_file_name(
    tmp_path: Path, make_payload: Callable[..., TicketPayload]
) -> None:
    payload = make_payload(attachments=(Attachment("a\x00b.txt", "text/plain", b"x"),))
    FileDropConnector(tmp_path).submit(payload)
    assert (tmp_path / f"deskmate-{payload.idempotency_key}" / "attachments"
            / "ab.txt").read_bytes() == b"x"
