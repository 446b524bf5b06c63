"""Contract of the Zammad connector: the request shapes of docs.zammad.org, answered in kind."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import requests
from pytest_httpserver import HTTPServer

from desktop.helpdesk.connector import Attachment, Author, NotSupported, RemoteStatus
from desktop.helpdesk.connectors.answers import b64
from desktop.helpdesk.connectors.zammad import ZammadConnector
from desktop.helpdesk.triage import Triage
from tests.desktop.helpdesk_connectors.conftest import Seen, capture
from tests.desktop.helpdesk_connectors.payloads import (
    BODY_HTML,
    DIAGNOSTICS,
    PNG_BYTES,
    make_payload,
)

AUTH = {"Authorization": "Token token=zammad-secret"}
TICKET = {  # shape of POST /api/v1/tickets and GET /api/v1/tickets/{id}?expand=true
    "id": 42, "group_id": 1, "priority_id": 2, "state_id": 1, "organization_id": None,
    "number": "31042", "title": "[Deskmate] VPN fails to connect", "owner_id": 1,
    "customer_id": 7, "article_count": 1, "state": "new", "group": "Users",
    "updated_at": "2026-03-02T09:15:01.553Z", "created_at": "2026-03-02T09:15:01.510Z",
}


@pytest.fixture
def zammad(contract: HTTPServer, session: requests.Session) -> ZammadConnector:
    return ZammadConnector(session, contract.url_for("/").rstrip("/"), "Users",
                           lambda: "zammad-secret")


def test_submit_searches_the_tag_then_creates_ticket_with_base64_article_attachments(
    contract: HTTPServer, zammad: ZammadConnector
) -> None:
    payload = make_payload()
    tag = f"deskmate-{payload.idempotency_key}"
    contract.expect_ordered_request(
        "/api/v1/tickets/search", method="GET", headers=AUTH,
        query_string={"query": f"tags:{tag}", "limit": "1"},
    ).respond_with_json({"tickets": [], "tickets_count": 0, "assets": {}})
    contract.expect_ordered_request(
        "/api/v1/tickets", method="POST", headers=AUTH,
        json={
            "title": payload.subject,
            "group": "Users",
            "priority": "2 normal",  # Zammad's default when no policy maps the urgency
            "tags": f"{tag},deskmate_check_network_vpn",
            "customer_id": "guess:ada@example.com",
            "article": {
                "subject": payload.subject, "body": BODY_HTML, "type": "web",
                "internal": False, "content_type": "text/html",
                "attachments": [
                    {"filename": "diagnostics.json", "data": b64(DIAGNOSTICS),
                     "mime-type": "application/json"},
                    {"filename": "screenshot.png", "data": b64(PNG_BYTES),
                     "mime-type": "image/png"},
                ],
            },
        },
    ).respond_with_json(TICKET, status=201)

    result = zammad.submit(payload)

    assert result.remote_id == "42"
    assert result.url == contract.url_for("/#ticket/zoom/42")


def test_retry_finds_the_tagged_ticket_and_creates_nothing(
    contract: HTTPServer, zammad: ZammadConnector
) -> None:
    payload = make_payload()
    contract.expect_ordered_request("/api/v1/tickets/search", method="GET").respond_with_json(
        {"tickets": [42], "tickets_count": 1, "assets": {"Ticket": {"42": TICKET}}})

    assert zammad.submit(payload).remote_id == "42"


@pytest.mark.parametrize(
    ("state", "expected"),
    [("new", RemoteStatus.OPEN), ("open", RemoteStatus.IN_PROGRESS),
     ("pending reminder", RemoteStatus.IN_PROGRESS), ("pending close", RemoteStatus.RESOLVED),
     ("closed", RemoteStatus.CLOSED), ("merged", RemoteStatus.CLOSED)],
)
def test_status_maps_zammad_states(
    contract: HTTPServer, zammad: ZammadConnector, state: str, expected: RemoteStatus
) -> None:
    contract.expect_ordered_request(
        "/api/v1/tickets/42", method="GET", headers=AUTH, query_string={"expand": "true"},
    ).respond_with_json({**TICKET, "state": state})

    result = zammad.status("42")

    assert (result.status, result.raw_status) == (expected, state)
    assert result.updated_at is not None
    assert result.updated_at.year == 2026


def test_reply_posts_an_article_with_attachments(
    contract: HTTPServer, zammad: ZammadConnector
) -> None:
    contract.expect_ordered_request(
        "/api/v1/ticket_articles", method="POST", headers=AUTH,
        json={"ticket_id": 42, "body": "Still broken.", "type": "web", "internal": False,
              "content_type": "text/plain",
              "attachments": [{"filename": "deskmate.log", "data": b64(b"log\n"),
                               "mime-type": "text/plain"}]},
    ).respond_with_json({"id": 99, "ticket_id": 42, "type": "web"}, status=201)

    zammad.reply("42", "Still broken.", (Attachment("deskmate.log", "text/plain", b"log\n"),))


def test_rate_is_not_supported(zammad: ZammadConnector) -> None:
    with pytest.raises(NotSupported):
        zammad.rate("42", 5, "")


ARTICLES = [  # shape of GET /api/v1/ticket_articles/by_ticket/{ticket_id}
    {"id": 101, "ticket_id": 42, "from": "Deskmate", "created_by_id": 3, "sender": "Customer",
     "internal": False, "content_type": "text/html", "body": "<table>…</table>",
     "created_at": "2026-03-02T09:15:01.510Z"},
    {"id": 102, "ticket_id": 42, "from": "Nicole Braun", "created_by_id": 9, "sender": "Agent",
     "internal": True, "content_type": "text/plain", "body": "Looks like the VPN profile.",
     "created_at": "2026-03-02T09:20:00.000Z"},
    {"id": 103, "ticket_id": 42, "from": "Nicole Braun", "created_by_id": 9, "sender": "Agent",
     "internal": False, "content_type": "text/html",
     "body": "<p>Please reinstall the <b>VPN profile</b>.</p>",
     "created_at": "2026-03-02T09:25:00.000Z"},
    {"id": 104, "ticket_id": 42, "from": "Deskmate", "created_by_id": 3, "sender": "Customer",
     "internal": False, "content_type": "text/plain", "body": "Done, it works.\n",
     "created_at": "2026-03-02T09:40:00.000Z"},
]


def test_thread_reads_public_articles_after_the_request(
    contract: HTTPServer, zammad: ZammadConnector
) -> None:
    contract.expect_ordered_request(
        "/api/v1/ticket_articles/by_ticket/42", method="GET", headers=AUTH,
    ).respond_with_json(ARTICLES)

    thread = zammad.thread("42")

    assert [(m.remote_id, m.author, m.author_name, m.text) for m in thread] == [
        ("103", Author.IT, "Nicole Braun", "Please reinstall the VPN profile."),
        ("104", Author.YOU, "Deskmate", "Done, it works."),
    ]
    assert thread[0].at == datetime(2026, 3, 2, 9, 25, tzinfo=UTC)


def test_triage_picks_group_and_priority_by_policy(
    contract: HTTPServer, session: requests.Session
) -> None:
    """helpdesk.zammad.groups / .priorities: category -> group, urgency -> priority name."""
    zammad = ZammadConnector(session, contract.url_for("/").rstrip("/"), "Users",
                             lambda: "zammad-secret",
                             triage=Triage({"network": "Network"}, {"high": "3 high"}))
    payload = make_payload(attachments=False)
    contract.expect_ordered_request("/api/v1/tickets/search", method="GET") \
        .respond_with_json({"tickets": [], "tickets_count": 0})
    seen: list[Seen] = []
    contract.expect_ordered_request("/api/v1/tickets", method="POST", headers=AUTH) \
        .respond_with_handler(capture(seen, TICKET, status=201))

    zammad.submit(payload)

    sent = seen[0].json()
    assert (sent["group"], sent["priority"]) == ("Network", "3 high")
