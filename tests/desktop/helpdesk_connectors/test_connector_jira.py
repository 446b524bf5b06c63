"""Contract of the Jira Service Management connector: servicedeskapi shapes, two-step uploads."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import requests
from pytest_httpserver import HTTPServer

from desktop.helpdesk.connector import Attachment, Author, PermanentFailure, RemoteStatus
from desktop.helpdesk.connectors.http import basic_auth
from desktop.helpdesk.connectors.jira import JiraConnector
from desktop.helpdesk.triage import Triage
from tests.desktop.helpdesk_connectors.conftest import Seen, capture
from tests.desktop.helpdesk_connectors.payloads import DIAGNOSTICS, PNG_BYTES, make_payload

AUTH = basic_auth("it-bot@example.com", "jira-token")
WEB = "https://example.atlassian.net/servicedesk/customer/portal/3/IT-17"


def _request(status: str = "Waiting for support", category: str = "NEW") -> dict[str, object]:
    """The shape of POST/GET /rest/servicedeskapi/request."""
    return {
        "_expands": ["participant", "status", "sla", "requestType", "serviceDesk"],
        "issueId": "10017", "issueKey": "IT-17", "requestTypeId": "25", "serviceDeskId": "3",
        "createdDate": {"iso8601": "2026-03-02T10:00:00+0000", "epochMillis": 1772445600000},
        "currentStatus": {"status": status, "statusCategory": category,
                          "statusDate": {"iso8601": "2026-03-02T11:30:00+0000",
                                         "epochMillis": 1772451000000}},
        "_links": {"jiraRest": "https://example.atlassian.net/rest/api/2/issue/10017",
                   "web": WEB, "self": "https://example.atlassian.net/rest/servicedeskapi/request/10017"},
    }


@pytest.fixture
def jira(contract: HTTPServer, session: requests.Session) -> JiraConnector:
    return JiraConnector(session, contract.url_for("/").rstrip("/"), "3", "25", lambda: AUTH)


def _temporary(names: list[str]) -> dict[str, object]:
    return {"temporaryAttachments": [{"temporaryAttachmentId": f"temp{i}", "fileName": name}
                                     for i, name in enumerate(names)]}


BODY_ADF = {"type": "doc", "version": 1, "content": [  # Atlassian Document Format
    {"type": "paragraph", "content": [
        {"type": "text", "text": f"{q}: ", "marks": [{"type": "strong"}]},
        {"type": "text", "text": a}]}
    for q, a in (("Who", "Ada Lovelace"), ("Device", "laptop-042"), ("Failing", "VPN"),
                 ("Tried", "restart"), ("Urgency", "high"))]}


def test_submit_searches_label_creates_request_then_uploads_and_attaches_in_order(
    contract: HTTPServer, jira: JiraConnector
) -> None:
    payload = make_payload()
    label = f"deskmate-{payload.idempotency_key}"
    uploads: list[Seen] = []
    contract.expect_ordered_request(
        "/rest/api/3/search/jql", method="GET", headers=AUTH,
        query_string={"jql": f'labels = "{label}"', "fields": "key", "maxResults": "1"},
    ).respond_with_json({"issues": [], "isLast": True})
    contract.expect_ordered_request(
        "/rest/servicedeskapi/request", method="POST", headers=AUTH,
        json={"serviceDeskId": "3", "requestTypeId": "25", "isAdfRequest": True,
              "requestFieldValues": {"summary": payload.subject, "description": BODY_ADF,
                                     "labels": [label, "deskmate_check_network_vpn"]}},
    ).respond_with_json(_request(), status=201)
    contract.expect_ordered_request(
        "/rest/servicedeskapi/servicedesk/3/attachTemporaryFile", method="POST",
        headers={**AUTH, "X-Atlassian-Token": "no-check"},
    ).respond_with_handler(capture(uploads, _temporary(["diagnostics.json", "screenshot.png"]),
                                   status=201))
    contract.expect_ordered_request(
        "/rest/servicedeskapi/request/IT-17/attachment", method="POST", headers=AUTH,
        json={"temporaryAttachmentIds": ["temp0", "temp1"], "public": True},
    ).respond_with_json({"attachments": {"values": []}}, status=201)

    result = jira.submit(payload)

    assert (result.remote_id, result.url) == ("IT-17", WEB)
    assert uploads[0].headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert uploads[0].files == [
        ("file", "diagnostics.json", "application/json", DIAGNOSTICS),
        ("file", "screenshot.png", "image/png", PNG_BYTES),
    ]


def test_retry_finds_request_by_label_and_attaches_only_missing_files(
    contract: HTTPServer, jira: JiraConnector
) -> None:
    payload = make_payload()
    uploads: list[Seen] = []
    contract.expect_ordered_request("/rest/api/3/search/jql", method="GET").respond_with_json(
        {"issues": [{"id": "10017", "key": "IT-17"}], "isLast": True})
    contract.expect_ordered_request(
        "/rest/servicedeskapi/request/IT-17/attachment", method="GET", headers=AUTH,
    ).respond_with_json({"size": 1, "isLastPage": True, "values": [
        {"filename": "diagnostics.json", "size": len(DIAGNOSTICS),
         "mimeType": "application/json"}]})
    contract.expect_ordered_request(
        "/rest/servicedeskapi/servicedesk/3/attachTemporaryFile", method="POST",
    ).respond_with_handler(capture(uploads, _temporary(["screenshot.png"]), status=201))
    contract.expect_ordered_request(
        "/rest/servicedeskapi/request/IT-17/attachment", method="POST",
        json={"temporaryAttachmentIds": ["temp0"], "public": True},
    ).respond_with_json({"attachments": {"values": []}}, status=201)
    contract.expect_ordered_request(
        "/rest/servicedeskapi/request/IT-17", method="GET").respond_with_json(_request())

    result = jira.submit(payload)

    assert (result.remote_id, result.url) == ("IT-17", WEB)
    assert [f[1] for f in uploads[0].files] == ["screenshot.png"]


@pytest.mark.parametrize(
    ("status", "category", "expected"),
    [("Waiting for support", "NEW", RemoteStatus.OPEN),
     ("In progress", "INDETERMINATE", RemoteStatus.IN_PROGRESS),
     ("Waiting for customer", "INDETERMINATE", RemoteStatus.WAITING_FOR_YOU),
     ("Resolved", "DONE", RemoteStatus.RESOLVED),
     ("Canceled", "DONE", RemoteStatus.CLOSED)],
)
def test_status_maps_status_and_category(
    contract: HTTPServer, jira: JiraConnector, status: str, category: str,
    expected: RemoteStatus,
) -> None:
    contract.expect_ordered_request("/rest/servicedeskapi/request/IT-17", method="GET",
                                    headers=AUTH).respond_with_json(_request(status, category))

    result = jira.status("IT-17")

    assert (result.status, result.raw_status) == (expected, status)
    assert result.updated_at is not None
    assert result.updated_at.hour == 11


def test_reply_comments_then_uploads_and_attaches(
    contract: HTTPServer, jira: JiraConnector
) -> None:
    uploads: list[Seen] = []
    contract.expect_ordered_request(
        "/rest/servicedeskapi/request/IT-17/comment", method="POST", headers=AUTH,
        json={"body": "Still broken.", "public": True},
    ).respond_with_json({"id": "1000", "body": "Still broken.", "public": True}, status=201)
    contract.expect_ordered_request(
        "/rest/servicedeskapi/servicedesk/3/attachTemporaryFile", method="POST",
        headers={"X-Atlassian-Token": "no-check"},
    ).respond_with_handler(capture(uploads, _temporary(["deskmate.log"]), status=201))
    contract.expect_ordered_request(
        "/rest/servicedeskapi/request/IT-17/attachment", method="POST",
        json={"temporaryAttachmentIds": ["temp0"], "public": True},
    ).respond_with_json({"attachments": {"values": []}}, status=201)

    jira.reply("IT-17", "Still broken.", (Attachment("deskmate.log", "text/plain", b"x\n"),))

    assert uploads[0].files == [("file", "deskmate.log", "text/plain", b"x\n")]


def test_rate_posts_csat_feedback(contract: HTTPServer, jira: JiraConnector) -> None:
    contract.expect_ordered_request(
        "/rest/servicedeskapi/request/IT-17/feedback", method="POST", headers=AUTH,
        json={"type": "csat", "rating": 4, "comment": {"body": "Thanks!"}},
    ).respond_with_json({"type": "csat", "rating": 4, "comment": {"body": "Thanks!"}})

    jira.rate("IT-17", 4, "Thanks!")


def test_a_malformed_issue_key_never_reaches_the_server(jira: JiraConnector) -> None:
    with pytest.raises(PermanentFailure, match="not a Jira issue key"):
        jira.status("../../admin")


def _comment(cid: str, account: str, name: str, body: str, minute: int,
             public: bool = True) -> dict[str, object]:
    """The shape of a value of GET /rest/servicedeskapi/request/{key}/comment."""
    return {"id": cid, "body": body, "public": public,
            "author": {"accountId": account, "displayName": name, "active": True},
            "created": {"iso8601": f"2026-03-02T10:{minute:02d}:00+0000",
                        "epochMillis": 1772445600000 + minute * 60000}}


def test_thread_reads_public_comments_and_knows_the_reporter_is_deskmate(
    contract: HTTPServer, jira: JiraConnector
) -> None:
    reporter = {"accountId": "557058:bot", "displayName": "IT bot", "active": True}
    contract.expect_ordered_request(
        "/rest/servicedeskapi/request/IT-17", method="GET", headers=AUTH,
    ).respond_with_json({**_request(), "reporter": reporter})
    contract.expect_ordered_request(
        "/rest/servicedeskapi/request/IT-17/comment", method="GET", headers=AUTH,
        query_string={"public": "true", "internal": "false", "limit": "100"},
    ).respond_with_json({"size": 2, "start": 0, "limit": 100, "isLastPage": True, "values": [
        _comment("30", "5b10:agent", "Jo Agent", "Try *restarting* the VPN.", 5),
        _comment("31", "557058:bot", "IT bot", "Restarted, still broken.", 9),
    ]})

    thread = jira.thread("IT-17")

    assert [(m.remote_id, m.author, m.author_name, m.text) for m in thread] == [
        ("30", Author.IT, "Jo Agent", "Try *restarting* the VPN."),
        ("31", Author.YOU, "IT bot", "Restarted, still broken."),
    ]
    assert thread[0].at == datetime(2026, 3, 2, 10, 5, tzinfo=UTC)


def test_triage_picks_the_request_type_by_category(
    contract: HTTPServer, session: requests.Session
) -> None:
    """helpdesk.jira.request_types: category -> request type id (urgency stays with Jira)."""
    jira = JiraConnector(session, contract.url_for("/").rstrip("/"), "3", "25", lambda: AUTH,
                         triage=Triage({"network": "31"}))
    contract.expect_ordered_request("/rest/api/3/search/jql", method="GET") \
        .respond_with_json({"issues": [], "isLast": True})
    seen: list[Seen] = []
    contract.expect_ordered_request("/rest/servicedeskapi/request", method="POST") \
        .respond_with_handler(capture(seen, _request(), status=201))

    jira.submit(make_payload(attachments=False))

    assert seen[0].json()["requestTypeId"] == "31"
