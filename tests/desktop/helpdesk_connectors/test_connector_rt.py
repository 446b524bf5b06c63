"""The RT connector against the real Request Tracker 5 started by ``.ci/rt5 up``."""

from __future__ import annotations

import base64
from typing import Any

import pytest
import requests

from desktop.helpdesk.connector import (
    Attachment,
    PermanentFailure,
    RemoteStatus,
)
from desktop.helpdesk.connector_rt import RtConnector
from tests.desktop.helpdesk_connectors.conftest import RtServer
from tests.desktop.helpdesk_connectors.payloads import DIAGNOSTICS, PNG_BYTES, make_payload

pytestmark = [pytest.mark.rt, pytest.mark.slow]


def _rest(rt: RtServer, method: str, path: str, **kwargs: Any) -> Any:
    """An independent REST2 call, to check what the connector left in RT."""
    response = requests.request(method, f"{rt.url}/REST/2.0{path}", timeout=30,
                                headers={"Authorization": f"token {rt.token}"}, **kwargs)
    response.raise_for_status()
    return response.json()


def _attachment_bytes(rt: RtServer, ticket: str, filename: str) -> list[bytes]:
    """Every attachment of ``ticket`` called ``filename``, decoded from REST2's base64."""
    found = _rest(rt, "POST", f"/ticket/{ticket}/attachments",
                  json=[{"field": "Filename", "operator": "=", "value": filename}])
    return [base64.b64decode(_rest(rt, "GET", f"/attachment/{item['id']}")["Content"])
            for item in found["items"]]


@pytest.fixture
def connector(rt_server: RtServer, session: requests.Session) -> RtConnector:
    return RtConnector(session, rt_server.url, "General", lambda: rt_server.token, timeout=30)


def test_submit_creates_ticket_with_attachments_readable_byte_for_byte(
    rt_server: RtServer, connector: RtConnector
) -> None:
    payload = make_payload()

    result = connector.submit(payload)

    ticket = _rest(rt_server, "GET", f"/ticket/{result.remote_id}")
    assert ticket["Subject"] == payload.subject
    assert ticket["Queue"]["id"] == "1"
    values = {cf["name"]: cf["values"] for cf in ticket["CustomFields"]}
    assert values["ClientRequestId"] == [payload.idempotency_key]
    assert _attachment_bytes(rt_server, result.remote_id, "screenshot.png") == [PNG_BYTES]
    assert _attachment_bytes(rt_server, result.remote_id, "diagnostics.json") == [DIAGNOSTICS]
    assert result.url == f"{rt_server.url}/Ticket/Display.html?id={result.remote_id}"


def test_submitting_the_same_payload_twice_makes_one_ticket(
    rt_server: RtServer, connector: RtConnector
) -> None:
    payload = make_payload(attachments=False)

    first = connector.submit(payload)
    second = connector.submit(payload)

    assert second.remote_id == first.remote_id
    query = f"'CF.{{ClientRequestId}}' = '{payload.idempotency_key}'"
    assert _rest(rt_server, "GET", "/tickets", params={"query": query})["count"] == 1


@pytest.mark.parametrize(
    ("rt_status", "expected"),
    [
        ("open", RemoteStatus.IN_PROGRESS),
        ("stalled", RemoteStatus.WAITING_FOR_YOU),
        ("resolved", RemoteStatus.RESOLVED),
        ("rejected", RemoteStatus.CLOSED),
    ],
)
def test_status_follows_changes_made_in_rt(
    rt_server: RtServer, connector: RtConnector, rt_status: str, expected: RemoteStatus
) -> None:
    remote_id = connector.submit(make_payload(attachments=False)).remote_id
    assert connector.status(remote_id).status is RemoteStatus.OPEN

    _rest(rt_server, "PUT", f"/ticket/{remote_id}", json={"Status": rt_status})

    result = connector.status(remote_id)
    assert (result.status, result.raw_status) == (expected, rt_status)
    assert result.updated_at is not None


def test_reply_adds_correspondence_with_attachment(
    rt_server: RtServer, connector: RtConnector
) -> None:
    remote_id = connector.submit(make_payload(attachments=False)).remote_id
    log_bytes = b"line 1\nline 2 \xe2\x9c\x93\n"

    connector.reply(remote_id, "It still fails after the update.",
                    (Attachment("deskmate.log", "text/plain", log_bytes),))

    assert _attachment_bytes(rt_server, remote_id, "deskmate.log") == [log_bytes]
    history = _rest(rt_server, "GET", f"/ticket/{remote_id}/history", params={"fields": "Type"})
    assert "Correspond" in [item["Type"] for item in history["items"]]


def test_rate_is_an_internal_comment(rt_server: RtServer, connector: RtConnector) -> None:
    remote_id = connector.submit(make_payload(attachments=False)).remote_id

    connector.rate(remote_id, 4, "Quick and friendly.")

    history = _rest(rt_server, "GET", f"/ticket/{remote_id}/history", params={"fields": "Type"})
    assert "Comment" in [item["Type"] for item in history["items"]]


def test_unknown_queue_is_a_permanent_failure(
    rt_server: RtServer, session: requests.Session
) -> None:
    connector = RtConnector(session, rt_server.url, "No Such Queue", lambda: rt_server.token)

    with pytest.raises(PermanentFailure, match=r"HTTP 403.*No permission to create tickets"):
        connector.submit(make_payload(attachments=False))


def test_wrong_token_is_a_permanent_failure(
    rt_server: RtServer, session: requests.Session
) -> None:
    connector = RtConnector(session, rt_server.url, "General", lambda: "1-2-not-a-token")

    with pytest.raises(PermanentFailure, match="HTTP 401"):
        connector.submit(make_payload(attachments=False))
