"""Contract of the Zendesk connector: uploads with one token, tickets with Idempotency-Key."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import requests
from pytest_httpserver import HTTPServer

from desktop.helpdesk.connector import Attachment, Author, NotSupported, RemoteStatus
from desktop.helpdesk.connectors.http import basic_auth
from desktop.helpdesk.connectors.zendesk import ZendeskConnector
from desktop.helpdesk.triage import Triage
from tests.desktop.helpdesk_connectors.conftest import Seen, capture
from tests.desktop.helpdesk_connectors.payloads import (
    BODY_HTML,
    DIAGNOSTICS,
    PNG_BYTES,
    make_payload,
)

AUTH = basic_auth("agent@example.com/token", "zd-token")
TOKEN = "6bk3gql82em5nmf"


def _ticket(status: str = "new") -> dict[str, object]:
    return {"id": 35436, "url": "https://example.zendesk.com/api/v2/tickets/35436.json",
            "external_id": "x", "subject": "s", "status": status, "priority": "high",
            "requester_id": 20978392, "tags": ["deskmate"],
            "created_at": "2026-03-02T09:00:00Z", "updated_at": "2026-03-02T10:11:12Z"}


def _upload(name: str, size: int) -> dict[str, object]:
    return {"upload": {"token": TOKEN, "expires_at": "2026-03-05T09:00:00Z",
                       "attachment": {"id": 498483, "file_name": name, "size": size},
                       "attachments": []}}


@pytest.fixture
def zendesk(contract: HTTPServer, session: requests.Session) -> ZendeskConnector:
    return ZendeskConnector(session, contract.url_for("/").rstrip("/"), lambda: AUTH)


def test_submit_uploads_files_then_creates_ticket_with_idempotency_key(
    contract: HTTPServer, zendesk: ZendeskConnector
) -> None:
    payload = make_payload()
    uploads: list[Seen] = []
    contract.expect_ordered_request(
        "/api/v2/tickets", method="GET", headers=AUTH,
        query_string={"external_id": payload.idempotency_key},
    ).respond_with_json({"tickets": [], "count": 0, "next_page": None, "previous_page": None})
    contract.expect_ordered_request(
        "/api/v2/uploads", method="POST",
        headers={**AUTH, "Content-Type": "application/json"},
        query_string={"filename": "diagnostics.json"},
    ).respond_with_handler(capture(uploads, _upload("diagnostics.json", 1), status=201))
    contract.expect_ordered_request(
        "/api/v2/uploads", method="POST", headers={**AUTH, "Content-Type": "image/png"},
        query_string={"filename": "screenshot.png", "token": TOKEN},
    ).respond_with_handler(capture(uploads, _upload("screenshot.png", 2), status=201))
    contract.expect_ordered_request(
        "/api/v2/tickets", method="POST",
        headers={**AUTH, "Idempotency-Key": payload.idempotency_key},
        json={"ticket": {
            "subject": payload.subject,
            "comment": {"html_body": BODY_HTML, "uploads": [TOKEN]},  # Zendesk renders it
            "priority": "high",
            "external_id": payload.idempotency_key,
            "tags": ["deskmate", "deskmate_network", "deskmate_check_network_vpn"],
            "requester": {"name": "Ada Lovelace", "email": "ada@example.com"},
        }},
    ).respond_with_json({"ticket": _ticket(), "audit": {"id": 1}}, status=201,
                        headers={"x-idempotency-lookup": "miss"})

    result = zendesk.submit(payload)

    assert result.remote_id == "35436"
    assert result.url == contract.url_for("/hc/requests/35436")
    assert [seen.body for seen in uploads] == [DIAGNOSTICS, PNG_BYTES]


def test_retry_finds_ticket_by_external_id(
    contract: HTTPServer, zendesk: ZendeskConnector
) -> None:
    contract.expect_ordered_request("/api/v2/tickets", method="GET").respond_with_json(
        {"tickets": [_ticket("open")], "count": 1})

    assert zendesk.submit(make_payload()).remote_id == "35436"


@pytest.mark.parametrize(
    ("status", "expected"),
    [("new", RemoteStatus.OPEN), ("open", RemoteStatus.IN_PROGRESS),
     ("pending", RemoteStatus.WAITING_FOR_YOU), ("hold", RemoteStatus.IN_PROGRESS),
     ("solved", RemoteStatus.RESOLVED), ("closed", RemoteStatus.CLOSED)],
)
def test_status_maps_zendesk_statuses(
    contract: HTTPServer, zendesk: ZendeskConnector, status: str, expected: RemoteStatus
) -> None:
    contract.expect_ordered_request("/api/v2/tickets/35436", method="GET",
                                    headers=AUTH).respond_with_json({"ticket": _ticket(status)})

    result = zendesk.status("35436")

    assert (result.status, result.raw_status) == (expected, status)
    assert result.updated_at is not None
    assert result.updated_at.minute == 11


def test_reply_uploads_then_adds_public_comment(
    contract: HTTPServer, zendesk: ZendeskConnector
) -> None:
    uploads: list[Seen] = []
    contract.expect_ordered_request(
        "/api/v2/uploads", method="POST", headers={"Content-Type": "text/plain"},
        query_string={"filename": "deskmate.log"},
    ).respond_with_handler(capture(uploads, _upload("deskmate.log", 4), status=201))
    contract.expect_ordered_request(
        "/api/v2/tickets/35436", method="PUT", headers=AUTH,
        json={"ticket": {"comment": {"body": "Still broken.", "uploads": [TOKEN],
                                     "public": True}}},
    ).respond_with_json({"ticket": _ticket("open"), "audit": {"id": 2}})

    zendesk.reply("35436", "Still broken.", (Attachment("deskmate.log", "text/plain", b"log\n"),))

    assert uploads[0].body == b"log\n"


def test_rate_is_not_supported(zendesk: ZendeskConnector) -> None:
    with pytest.raises(NotSupported):
        zendesk.rate("35436", 5, "")


COMMENTS = {  # shape of GET /api/v2/tickets/{id}/comments?include=users
    "comments": [
        {"id": 1274, "type": "Comment", "author_id": 123123, "public": True,
         "body": "Who: Ada", "html_body": "<table>…</table>", "plain_body": "Who: Ada",
         "created_at": "2026-03-02T09:15:01Z"},
        {"id": 1275, "type": "Comment", "author_id": 555, "public": False,
         "body": "Internal: check the VPN concentrator.", "plain_body": "Internal: check.",
         "created_at": "2026-03-02T09:20:00Z"},
        {"id": 1276, "type": "Comment", "author_id": 555, "public": True,
         "body": "Please reinstall the **VPN profile**.",
         "html_body": "<div class=\"zd-comment\"><p>Please reinstall the <strong>VPN "
                      "profile</strong>.</p></div>",
         "plain_body": "Please reinstall the VPN profile.", "created_at": "2026-03-02T09:25:00Z"},
    ],
    "users": [{"id": 123123, "name": "Deskmate"}, {"id": 555, "name": "Sam Agent"}],
    "next_page": None, "previous_page": None, "count": 3,
}


def test_thread_reads_public_comments_with_sideloaded_names(
    contract: HTTPServer, zendesk: ZendeskConnector
) -> None:
    contract.expect_ordered_request(
        "/api/v2/tickets/35436/comments", method="GET", headers=AUTH,
        query_string={"include": "users", "per_page": "100"},
    ).respond_with_json(COMMENTS)

    (reply,) = zendesk.thread("35436")

    assert (reply.remote_id, reply.author, reply.author_name, reply.text) == (
        "1276", Author.IT, "Sam Agent", "Please reinstall the VPN profile.")
    assert reply.at == datetime(2026, 3, 2, 9, 25, tzinfo=UTC)


def test_triage_picks_group_and_priority_by_policy(
    contract: HTTPServer, session: requests.Session
) -> None:
    """helpdesk.zendesk.groups / .priorities: category -> group_id, urgency -> priority."""
    zendesk = ZendeskConnector(session, contract.url_for("/").rstrip("/"), lambda: AUTH,
                               triage=Triage({"network": "360001234"}, {"high": "urgent"}))
    contract.expect_ordered_request("/api/v2/tickets", method="GET") \
        .respond_with_json({"tickets": [], "count": 0})
    seen: list[Seen] = []
    contract.expect_ordered_request("/api/v2/tickets", method="POST", headers=AUTH) \
        .respond_with_handler(capture(seen, {"ticket": {"id": 35436}}, status=201))

    zendesk.submit(make_payload(attachments=False))

    ticket = seen[0].json()["ticket"]
    assert (ticket["group_id"], ticket["priority"]) == (360001234, "urgent")
