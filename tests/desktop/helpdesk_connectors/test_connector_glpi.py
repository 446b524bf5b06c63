"""Contract of the GLPI connector: sessions, tickets, Document uploads and Document_Item links."""

from __future__ import annotations

import json
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
from desktop.helpdesk.connectors.glpi import GlpiConnector
from desktop.helpdesk.triage import Triage
from tests.desktop.helpdesk_connectors.conftest import Seen, capture
from tests.desktop.helpdesk_connectors.payloads import (
    BODY_HTML,
    DIAGNOSTICS,
    PNG_BYTES,
    make_payload,
)

APP = {"App-Token": "glpi-app"}
SESSION = {**APP, "Session-Token": "83af7e620c83a50a18d3eac2f6ed05a3"}


@pytest.fixture
def glpi(contract: HTTPServer, session: requests.Session) -> GlpiConnector:
    return GlpiConnector(session, contract.url_for("/apirest.php"), lambda: "glpi-app",
                         lambda: "glpi-user")


def _login(contract: HTTPServer) -> None:
    contract.expect_ordered_request(
        "/apirest.php/initSession", method="GET",
        headers={**APP, "Authorization": "user_token glpi-user"},
    ).respond_with_json({"session_token": SESSION["Session-Token"]})


def _logout(contract: HTTPServer) -> None:
    contract.expect_ordered_request("/apirest.php/killSession", method="GET",
                                    headers=SESSION).respond_with_json([])


def _expect_document(contract: HTTPServer, seen: list[Seen], doc_id: int, ticket: int) -> None:
    contract.expect_ordered_request("/apirest.php/Document", method="POST", headers=SESSION) \
        .respond_with_handler(capture(seen, {"id": doc_id, "message": "Document move succeeded.",
                                             "upload_result": {}}, status=201))
    contract.expect_ordered_request(
        "/apirest.php/Document_Item", method="POST", headers=SESSION,
        json={"input": {"documents_id": doc_id, "itemtype": "Ticket", "items_id": ticket}},
    ).respond_with_json({"id": 300 + doc_id, "message": ""}, status=201)


def _manifest(seen: Seen) -> object:
    return json.loads(seen.form["uploadManifest"][0])


def test_submit_logs_in_searches_creates_uploads_links_and_logs_out(
    contract: HTTPServer, glpi: GlpiConnector
) -> None:
    payload = make_payload()
    documents: list[Seen] = []
    _login(contract)
    contract.expect_ordered_request(
        "/apirest.php/Ticket", method="GET", headers=SESSION,
        query_string={"searchText[externalid]": payload.idempotency_key, "range": "0-0"},
    ).respond_with_json([])
    contract.expect_ordered_request(
        "/apirest.php/Ticket", method="POST", headers=SESSION,
        json={"input": {"name": payload.subject, "content": BODY_HTML, "type": 1,  # rich text
                        "urgency": 4, "externalid": payload.idempotency_key}},
    ).respond_with_json({"id": 15, "message": ""}, status=201)
    _expect_document(contract, documents, 21, 15)
    _expect_document(contract, documents, 22, 15)
    _logout(contract)

    result = glpi.submit(payload)

    assert result.remote_id == "15"
    assert result.url == contract.url_for("/front/ticket.form.php?id=15")
    assert [_manifest(d) for d in documents] == [
        {"input": {"name": "diagnostics.json", "_filename": ["diagnostics.json"]}},
        {"input": {"name": "screenshot.png", "_filename": ["screenshot.png"]}},
    ]
    assert [d.files for d in documents] == [
        [("filename[0]", "diagnostics.json", "application/json", DIAGNOSTICS)],
        [("filename[0]", "screenshot.png", "image/png", PNG_BYTES)],
    ]
    assert b'name="uploadManifest"\r\nContent-Type: application/json' in documents[0].body


def test_retry_finds_ticket_and_uploads_only_missing_documents(
    contract: HTTPServer, glpi: GlpiConnector
) -> None:
    payload = make_payload()
    documents: list[Seen] = []
    _login(contract)
    contract.expect_ordered_request("/apirest.php/Ticket", method="GET").respond_with_json(
        [{"id": 15, "name": payload.subject, "externalid": payload.idempotency_key,
          "status": 1}])
    contract.expect_ordered_request(
        "/apirest.php/Ticket/15/Document_Item", method="GET", headers=SESSION,
        query_string={"expand_dropdowns": "true"},
    ).respond_with_json([{"id": 321, "documents_id": "diagnostics.json", "items_id": 15,
                          "itemtype": "Ticket"}])
    _expect_document(contract, documents, 22, 15)
    _logout(contract)

    assert glpi.submit(payload).remote_id == "15"
    assert [d.files[0][1] for d in documents] == ["screenshot.png"]


@pytest.mark.parametrize(
    ("status", "expected"),
    [(1, RemoteStatus.OPEN), (2, RemoteStatus.IN_PROGRESS), (3, RemoteStatus.IN_PROGRESS),
     (4, RemoteStatus.WAITING_FOR_YOU), (5, RemoteStatus.RESOLVED), (6, RemoteStatus.CLOSED)],
)
def test_status_maps_glpi_status_numbers(
    contract: HTTPServer, glpi: GlpiConnector, status: int, expected: RemoteStatus
) -> None:
    _login(contract)
    contract.expect_ordered_request("/apirest.php/Ticket/15", method="GET", headers=SESSION) \
        .respond_with_json({"id": 15, "status": status, "date_mod": "2026-03-02 14:15:16"})
    _logout(contract)

    result = glpi.status("15")

    assert (result.status, result.raw_status) == (expected, str(status))
    assert result.updated_at is not None
    assert result.updated_at.minute == 15


def test_reply_adds_followup_and_linked_documents(
    contract: HTTPServer, glpi: GlpiConnector
) -> None:
    documents: list[Seen] = []
    _login(contract)
    contract.expect_ordered_request(
        "/apirest.php/ITILFollowup", method="POST", headers=SESSION,
        json={"input": {"itemtype": "Ticket", "items_id": 15, "content": "Still broken."}},
    ).respond_with_json({"id": 77, "message": ""}, status=201)
    _expect_document(contract, documents, 23, 15)
    _logout(contract)

    glpi.reply("15", "Still broken.", (Attachment("deskmate.log", "text/plain", b"log\n"),))

    assert documents[0].files == [("filename[0]", "deskmate.log", "text/plain", b"log\n")]


def test_session_is_closed_even_when_the_call_fails(
    contract: HTTPServer, glpi: GlpiConnector
) -> None:
    _login(contract)
    contract.expect_ordered_request("/apirest.php/Ticket/15", method="GET").respond_with_json(
        ["ERROR_ITEM_NOT_FOUND", "Item not found"], status=404)
    _logout(contract)

    with pytest.raises(PermanentFailure, match="Item not found"):
        glpi.status("15")


def test_rate_is_not_supported(glpi: GlpiConnector) -> None:
    with pytest.raises(NotSupported):
        glpi.rate("15", 5, "")


def test_thread_reads_public_followups_by_name(contract: HTTPServer, glpi: GlpiConnector) -> None:
    names = {"expand_dropdowns": "true"}
    _login(contract)
    contract.expect_ordered_request(
        "/apirest.php/Ticket/15", method="GET", headers=SESSION, query_string=names,
    ).respond_with_json({"id": 15, "status": 2, "users_id_recipient": "deskmate"})
    contract.expect_ordered_request(
        "/apirest.php/Ticket/15/ITILFollowup", method="GET", headers=SESSION,
        query_string=names,
    ).respond_with_json([
        {"id": 7, "itemtype": "Ticket", "items_id": 15, "users_id": "tech", "is_private": 0,
         "content": "&lt;p&gt;Please plug in the &lt;b&gt;dock&lt;/b&gt;.&lt;/p&gt;",
         "date_creation": "2026-03-02 14:15:16"},
        {"id": 8, "itemtype": "Ticket", "items_id": 15, "users_id": "tech", "is_private": 1,
         "content": "&lt;p&gt;internal&lt;/p&gt;", "date_creation": "2026-03-02 14:16:00"},
        {"id": 9, "itemtype": "Ticket", "items_id": 15, "users_id": "deskmate",
         "is_private": 0, "content": "Done.", "date_creation": "2026-03-02 14:30:00"},
    ])
    _logout(contract)

    thread = glpi.thread("15")

    assert [(m.remote_id, m.author, m.author_name, m.text) for m in thread] == [
        ("7", Author.IT, "tech", "Please plug in the dock."),
        ("9", Author.YOU, "deskmate", "Done."),
    ]
    assert thread[0].at == datetime(2026, 3, 2, 14, 15, 16, tzinfo=UTC)


def test_triage_picks_category_and_urgency_by_policy(
    contract: HTTPServer, session: requests.Session
) -> None:
    """helpdesk.glpi.categories / .urgencies: category -> itilcategories_id, urgency -> urgency
    (1 very low .. 5 very high)."""
    glpi = GlpiConnector(session, contract.url_for("/apirest.php"), lambda: "glpi-app",
                         lambda: "glpi-user", triage=Triage({"network": "12"}, {"high": "5"}))
    payload = make_payload(attachments=False)
    _login(contract)
    contract.expect_ordered_request("/apirest.php/Ticket", method="GET").respond_with_json([])
    seen: list[Seen] = []
    contract.expect_ordered_request("/apirest.php/Ticket", method="POST", headers=SESSION) \
        .respond_with_handler(capture(seen, {"id": 15, "message": ""}, status=201))
    _logout(contract)

    glpi.submit(payload)

    ticket = seen[0].json()["input"]
    assert (ticket["itilcategories_id"], ticket["urgency"]) == (12, 5)
