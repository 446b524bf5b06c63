"""Contract of the Freshservice connector: multipart tickets with ``attachments[]``."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
import requests
from pytest_httpserver import HTTPServer

from desktop.helpdesk.connector import (
    Attachment,
    Author,
    NotSupported,
    PermanentFailure,
    RemoteStatus,
)
from desktop.helpdesk.connectors.freshservice import FreshserviceConnector
from desktop.helpdesk.connectors.http import basic_auth
from desktop.helpdesk.triage import Triage
from tests.desktop.helpdesk_connectors.conftest import Seen, capture
from tests.desktop.helpdesk_connectors.payloads import (
    BODY_HTML,
    DIAGNOSTICS,
    PNG_BYTES,
    make_payload,
)

AUTH = basic_auth("fs-api-key", "X")


def _ticket(status: int = 2) -> dict[str, object]:
    return {"ticket": {"id": 512, "subject": "s", "status": status, "priority": 3,
                       "source": 2, "requester_id": 1000, "type": "Incident",
                       "tags": [], "attachments": [],
                       "created_at": "2026-03-02T09:00:00Z", "updated_at": "2026-03-02T13:14:15Z"}}


@pytest.fixture
def freshservice(contract: HTTPServer, session: requests.Session) -> FreshserviceConnector:
    return FreshserviceConnector(session, contract.url_for("/").rstrip("/"), lambda: "fs-api-key")


def test_submit_filters_by_tag_then_creates_multipart_ticket_with_attachments(
    contract: HTTPServer, freshservice: FreshserviceConnector
) -> None:
    payload = make_payload()
    tag = f"deskmate-{payload.idempotency_key}"
    created: list[Seen] = []
    contract.expect_ordered_request(
        "/api/v2/tickets/filter", method="GET", headers=AUTH,
        query_string={"query": f"\"tag:'{tag}'\""},
    ).respond_with_json({"tickets": [], "total": 0})
    contract.expect_ordered_request("/api/v2/tickets", method="POST", headers=AUTH) \
        .respond_with_handler(capture(created, _ticket(), status=201))

    result = freshservice.submit(payload)

    assert (result.remote_id, result.url) == ("512", contract.url_for("/support/tickets/512"))
    seen = created[0]
    assert seen.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert seen.form == {
        "email": ["ada@example.com"], "subject": [payload.subject],
        "description": [BODY_HTML],  # Freshservice renders the description as HTML
        "status": ["2"], "priority": ["3"], "urgency": ["3"], "source": ["2"],
        "tags[]": [tag, "deskmate_check_network_vpn"],
    }
    assert seen.files == [
        ("attachments[]", "diagnostics.json", "application/json", DIAGNOSTICS),
        ("attachments[]", "screenshot.png", "image/png", PNG_BYTES),
    ]


def test_submit_without_files_sends_json(
    contract: HTTPServer, freshservice: FreshserviceConnector
) -> None:
    payload = make_payload(attachments=False)
    contract.expect_ordered_request("/api/v2/tickets/filter", method="GET").respond_with_json(
        {"tickets": [], "total": 0})
    contract.expect_ordered_request(
        "/api/v2/tickets", method="POST", headers=AUTH,
        json={"email": "ada@example.com", "subject": payload.subject,
              "description": BODY_HTML, "status": 2, "priority": 3, "urgency": 3, "source": 2,
              "tags": [f"deskmate-{payload.idempotency_key}", "deskmate_check_network_vpn"]},
    ).respond_with_json(_ticket(), status=201)

    assert freshservice.submit(payload).remote_id == "512"


def test_retry_finds_tagged_ticket(
    contract: HTTPServer, freshservice: FreshserviceConnector
) -> None:
    contract.expect_ordered_request("/api/v2/tickets/filter", method="GET").respond_with_json(
        {"tickets": [_ticket()["ticket"]], "total": 1})

    assert freshservice.submit(make_payload()).remote_id == "512"


def test_submit_without_email_is_refused_before_any_call(
    freshservice: FreshserviceConnector,
) -> None:
    with pytest.raises(PermanentFailure, match="e-mail address"):
        freshservice.submit(make_payload(email=""))


@pytest.mark.parametrize(
    ("status", "expected"),
    [(2, RemoteStatus.OPEN), (3, RemoteStatus.WAITING_FOR_YOU), (4, RemoteStatus.RESOLVED),
     (5, RemoteStatus.CLOSED), (6, RemoteStatus.IN_PROGRESS)],
)
def test_status_maps_status_numbers(
    contract: HTTPServer, freshservice: FreshserviceConnector, status: int,
    expected: RemoteStatus,
) -> None:
    contract.expect_ordered_request("/api/v2/tickets/512", method="GET",
                                    headers=AUTH).respond_with_json(_ticket(status))

    result = freshservice.status("512")

    assert (result.status, result.raw_status) == (expected, str(status))
    assert result.updated_at is not None
    assert result.updated_at.second == 15


def test_reply_adds_public_note_with_attachments(
    contract: HTTPServer, freshservice: FreshserviceConnector
) -> None:
    notes: list[Seen] = []
    contract.expect_ordered_request("/api/v2/tickets/512/notes", method="POST", headers=AUTH) \
        .respond_with_handler(capture(notes, {"conversation": {"id": 9, "private": False}},
                                      status=201))

    freshservice.reply("512", "Still <broken>.",
                       (Attachment("deskmate.log", "text/plain", b"log\n"),))

    # incoming: Freshservice files it as from the requester's side, which the thread reads back
    assert notes[0].form == {"body": ["Still &lt;broken&gt;."], "private": ["false"],
                             "incoming": ["true"]}
    assert notes[0].files == [("attachments[]", "deskmate.log", "text/plain", b"log\n")]


def test_rate_is_not_supported(freshservice: FreshserviceConnector) -> None:
    with pytest.raises(NotSupported):
        freshservice.rate("512", 5, "")


def test_triage_picks_group_and_priority_by_policy(
    contract: HTTPServer, session: requests.Session
) -> None:
    """helpdesk.freshservice.groups / .priorities: category -> group_id, urgency -> priority
    (1 low .. 4 urgent); urgency stays on Freshservice's 1..3 scale."""
    freshservice = FreshserviceConnector(
        session, contract.url_for("/").rstrip("/"), lambda: "fs-api-key",
        triage=Triage({"network": "12000345"}, {"high": "4"}))
    contract.expect_ordered_request("/api/v2/tickets/filter", method="GET").respond_with_json(
        {"tickets": [], "total": 0})
    seen: list[Seen] = []
    contract.expect_ordered_request("/api/v2/tickets", method="POST", headers=AUTH) \
        .respond_with_handler(capture(seen, _ticket(), status=201))

    freshservice.submit(make_payload(attachments=False))

    ticket = seen[0].json()
    assert (ticket["group_id"], ticket["priority"], ticket["urgency"]) == (12000345, 4, 3)


def test_triage_group_goes_as_a_number_in_multipart_too(
    contract: HTTPServer, session: requests.Session
) -> None:
    freshservice = FreshserviceConnector(
        session, contract.url_for("/").rstrip("/"), lambda: "fs-api-key",
        triage=Triage({"network": "12000345"}))
    contract.expect_ordered_request("/api/v2/tickets/filter", method="GET").respond_with_json(
        {"tickets": [], "total": 0})
    seen: list[Seen] = []
    contract.expect_ordered_request("/api/v2/tickets", method="POST", headers=AUTH) \
        .respond_with_handler(capture(seen, _ticket(), status=201))

    freshservice.submit(make_payload())

    assert seen[0].form["group_id"] == ["12000345"]


def _conversation(cid: int, user: int, text: str, *, incoming: bool = False,
                  private: bool = False) -> dict[str, object]:
    """A conversation as ``GET /api/v2/tickets/{id}/conversations`` lists it."""
    return {"id": cid, "user_id": user, "body": f"<div>{text}</div>",
            "body_text": re.sub("<[^>]+>", "", text),
            "ticket_id": 512, "incoming": incoming, "private": private, "source": 2,
            "from_email": None, "to_emails": [], "cc_emails": [], "bcc_emails": None,
            "attachments": [], "created_at": f"2026-03-02T09:{cid:02d}:00Z",
            "updated_at": f"2026-03-02T09:{cid:02d}:00Z"}


CONVERSATIONS = {"conversations": [
    _conversation(10, 7001, "Internal: check the VPN gateway logs.", private=True),
    _conversation(11, 7001, "Please reinstall the VPN profile."),
    _conversation(12, 7002, "Done, it still fails.", incoming=True),
    _conversation(13, 7001, "Thanks, <b>escalated</b>."),
]}


def test_thread_reads_public_conversations_with_agent_names(
    contract: HTTPServer, freshservice: FreshserviceConnector
) -> None:
    """Private notes are left out; ``incoming`` ones are the employee's (Deskmate's replies
    go in as incoming notes); anyone else's public reply or note is IT's, named once each."""
    contract.expect_ordered_request(
        "/api/v2/tickets/512/conversations", method="GET", headers=AUTH,
        query_string={"per_page": "100"}).respond_with_json(CONVERSATIONS)
    contract.expect_ordered_request("/api/v2/agents/7001", method="GET", headers=AUTH) \
        .respond_with_json({"agent": {"id": 7001, "first_name": "Sam", "last_name": "Agent"}})

    thread = freshservice.thread("512")

    assert [(m.remote_id, m.author, m.author_name, m.text) for m in thread] == [
        ("11", Author.IT, "Sam Agent", "Please reinstall the VPN profile."),
        ("12", Author.YOU, "", "Done, it still fails."),
        ("13", Author.IT, "Sam Agent", "Thanks, escalated."),
    ]
    assert thread[0].at == datetime(2026, 3, 2, 9, 11, tzinfo=UTC)


def test_thread_without_the_right_to_read_agents_names_them_it(
    contract: HTTPServer, freshservice: FreshserviceConnector
) -> None:
    contract.expect_ordered_request("/api/v2/tickets/512/conversations", method="GET") \
        .respond_with_json({"conversations": [_conversation(11, 7001, "Reinstall it.")]})
    contract.expect_ordered_request("/api/v2/agents/7001", method="GET").respond_with_json(
        {"code": "access_denied", "message": "You are not authorized to perform this action."},
        status=403)

    (reply,) = freshservice.thread("512")

    assert (reply.author, reply.author_name, reply.text) == (Author.IT, "IT", "Reinstall it.")


def test_thread_answer_that_is_not_a_conversation_list_is_permanent(
    contract: HTTPServer, freshservice: FreshserviceConnector
) -> None:
    contract.expect_ordered_request("/api/v2/tickets/512/conversations", method="GET") \
        .respond_with_json({"conversations": "nope"})

    with pytest.raises(PermanentFailure, match="conversations"):
        freshservice.thread("512")
