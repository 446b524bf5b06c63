"""Contract of the ServiceNow connector: Table API incidents and Attachment API raw uploads."""

from __future__ import annotations

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
from desktop.helpdesk.connectors.http import basic_auth
from desktop.helpdesk.connectors.servicenow import ServiceNowConnector
from desktop.helpdesk.triage import Triage
from tests.desktop.helpdesk_connectors.conftest import Seen, capture
from tests.desktop.helpdesk_connectors.payloads import (
    BODY_HTML,
    DIAGNOSTICS,
    PNG_BYTES,
    make_payload,
)

AUTH = {**basic_auth("deskmate.integration", "sn-password"), "Accept": "application/json"}
SYS_ID = "9d385017c611228701d22104cc95c371"
FIELDS = "sys_id,number,state,hold_reason,sys_updated_on"


def _incident(state: str = "1", hold_reason: str = "") -> dict[str, str]:
    """A row of /api/now/table/incident with the fields the connector asks for."""
    return {"sys_id": SYS_ID, "number": "INC0010042", "state": state,
            "hold_reason": hold_reason, "sys_updated_on": "2026-03-02 12:34:56"}


def _attachment_record(name: str, size: int) -> dict[str, object]:
    return {"result": {"sys_id": "a1" * 16, "file_name": name, "table_name": "incident",
                       "table_sys_id": SYS_ID, "size_bytes": str(size),
                       "download_link": f"https://example.service-now.com/api/now/attachment/{name}/file"}}


@pytest.fixture
def servicenow(contract: HTTPServer, session: requests.Session) -> ServiceNowConnector:
    return ServiceNowConnector(session, contract.url_for("/").rstrip("/"),
                               lambda: basic_auth("deskmate.integration", "sn-password"))


def _expect_upload(contract: HTTPServer, seen: list[Seen], name: str, ctype: str,
                   size: int) -> None:
    contract.expect_ordered_request(
        "/api/now/attachment/file", method="POST", headers={**AUTH, "Content-Type": ctype},
        query_string={"table_name": "incident", "table_sys_id": SYS_ID, "file_name": name},
    ).respond_with_handler(capture(seen, _attachment_record(name, size), status=201))


def test_submit_queries_correlation_id_creates_incident_then_uploads_raw_files(
    contract: HTTPServer, servicenow: ServiceNowConnector
) -> None:
    payload = make_payload()
    uploads: list[Seen] = []
    contract.expect_ordered_request(
        "/api/now/table/incident", method="GET", headers=AUTH,
        query_string={"sysparm_query": f"correlation_id={payload.idempotency_key}",
                      "sysparm_fields": FIELDS, "sysparm_limit": "1"},
    ).respond_with_json({"result": []})
    contract.expect_ordered_request(
        "/api/now/table/incident", method="POST", headers=AUTH,
        json={"short_description": payload.subject, "description": payload.body,
              "correlation_id": payload.idempotency_key, "correlation_display": "Deskmate",
              "urgency": "1", "category": "network", "contact_type": "self-service",
              "work_notes": f"[code]{BODY_HTML}[/code]"},  # the agents' rich view
    ).respond_with_json({"result": {**_incident(), "short_description": payload.subject}},
                        status=201)
    _expect_upload(contract, uploads, "diagnostics.json", "application/json", len(DIAGNOSTICS))
    _expect_upload(contract, uploads, "screenshot.png", "image/png", len(PNG_BYTES))

    result = servicenow.submit(payload)

    assert result.remote_id == "INC0010042"
    assert result.url == contract.url_for(f"/nav_to.do?uri=incident.do?sys_id={SYS_ID}")
    assert [seen.body for seen in uploads] == [DIAGNOSTICS, PNG_BYTES]


def test_retry_finds_incident_and_uploads_only_missing_files(
    contract: HTTPServer, servicenow: ServiceNowConnector
) -> None:
    payload = make_payload()
    uploads: list[Seen] = []
    contract.expect_ordered_request("/api/now/table/incident", method="GET").respond_with_json(
        {"result": [_incident()]})
    contract.expect_ordered_request(
        "/api/now/attachment", method="GET", headers=AUTH,
        query_string={"sysparm_query": f"table_name=incident^table_sys_id={SYS_ID}"},
    ).respond_with_json({"result": [_attachment_record("diagnostics.json", 10)["result"]]})
    _expect_upload(contract, uploads, "screenshot.png", "image/png", len(PNG_BYTES))

    assert servicenow.submit(payload).remote_id == "INC0010042"
    assert [seen.body for seen in uploads] == [PNG_BYTES]


@pytest.mark.parametrize(
    ("state", "hold_reason", "expected"),
    [("1", "", RemoteStatus.OPEN), ("2", "", RemoteStatus.IN_PROGRESS),
     ("3", "1", RemoteStatus.WAITING_FOR_YOU), ("3", "4", RemoteStatus.IN_PROGRESS),
     ("6", "", RemoteStatus.RESOLVED), ("7", "", RemoteStatus.CLOSED),
     ("8", "", RemoteStatus.CLOSED)],
)
def test_status_maps_incident_state_and_hold_reason(
    contract: HTTPServer, servicenow: ServiceNowConnector, state: str, hold_reason: str,
    expected: RemoteStatus,
) -> None:
    contract.expect_ordered_request(
        "/api/now/table/incident", method="GET", headers=AUTH,
        query_string={"sysparm_query": "number=INC0010042", "sysparm_fields": FIELDS,
                      "sysparm_limit": "1"},
    ).respond_with_json({"result": [_incident(state, hold_reason)]})

    result = servicenow.status("INC0010042")

    assert (result.status, result.raw_status) == (expected, state)
    assert result.updated_at is not None
    assert result.updated_at.second == 56


def test_reply_patches_comments_then_uploads(
    contract: HTTPServer, servicenow: ServiceNowConnector
) -> None:
    uploads: list[Seen] = []
    contract.expect_ordered_request("/api/now/table/incident", method="GET").respond_with_json(
        {"result": [_incident("2")]})
    contract.expect_ordered_request(
        f"/api/now/table/incident/{SYS_ID}", method="PATCH", headers=AUTH,
        json={"comments": "Still broken."},
    ).respond_with_json({"result": _incident("2")})
    _expect_upload(contract, uploads, "deskmate.log", "text/plain", 4)

    servicenow.reply("INC0010042", "Still broken.",
                     (Attachment("deskmate.log", "text/plain", b"log\n"),))

    assert uploads[0].body == b"log\n"


def test_unknown_incident_is_a_permanent_failure(
    contract: HTTPServer, servicenow: ServiceNowConnector
) -> None:
    contract.expect_ordered_request("/api/now/table/incident", method="GET").respond_with_json(
        {"result": []})

    with pytest.raises(PermanentFailure, match="no incident INC0010099"):
        servicenow.status("INC0010099")


def test_rate_is_not_supported(servicenow: ServiceNowConnector) -> None:
    with pytest.raises(NotSupported):
        servicenow.rate("INC0010042", 5, "")


def test_thread_reads_the_incidents_comments_from_the_journal(
    contract: HTTPServer, servicenow: ServiceNowConnector
) -> None:
    contract.expect_ordered_request(
        "/api/now/table/incident", method="GET", headers=AUTH,
        query_string={"sysparm_query": "number=INC0010042",
                      "sysparm_fields": "sys_id,sys_created_by", "sysparm_limit": "1"},
    ).respond_with_json({"result": [{"sys_id": SYS_ID,
                                     "sys_created_by": "deskmate.integration"}]})
    contract.expect_ordered_request(
        "/api/now/table/sys_journal_field", method="GET", headers=AUTH,
        query_string={"sysparm_query": f"element_id={SYS_ID}^element=comments^name=incident"
                                       "^ORDERBYsys_created_on",
                      "sysparm_fields": "sys_id,value,sys_created_by,sys_created_on",
                      "sysparm_limit": "100"},
    ).respond_with_json({"result": [
        {"sys_id": "j1", "value": "Please restart the laptop.", "sys_created_by": "beth.anglin",
         "sys_created_on": "2026-03-02 10:05:00"},
        {"sys_id": "j2", "value": "Restarted; fine now.", "sys_created_by": "deskmate.integration",
         "sys_created_on": "2026-03-02 10:20:00"},
    ]})

    thread = servicenow.thread("INC0010042")

    assert [(m.remote_id, m.author, m.author_name, m.text) for m in thread] == [
        ("j1", Author.IT, "beth.anglin", "Please restart the laptop."),
        ("j2", Author.YOU, "deskmate.integration", "Restarted; fine now."),
    ]
    assert thread[0].at == datetime(2026, 3, 2, 10, 5, tzinfo=UTC)


def test_triage_picks_assignment_group_and_urgency_by_policy(
    contract: HTTPServer, session: requests.Session
) -> None:
    """helpdesk.servicenow.assignment_groups / .urgencies."""
    servicenow = ServiceNowConnector(
        session, contract.url_for("/").rstrip("/"), lambda: basic_auth(
            "deskmate.integration", "sn-password"),
        triage=Triage({"network": "Network Operations"}, {"high": "2"}))
    contract.expect_ordered_request("/api/now/table/incident", method="GET") \
        .respond_with_json({"result": []})
    seen: list[Seen] = []
    contract.expect_ordered_request("/api/now/table/incident", method="POST") \
        .respond_with_handler(capture(seen, {"result": _incident()}, status=201))

    servicenow.submit(make_payload(attachments=False))

    sent = seen[0].json()
    assert (sent["assignment_group"], sent["urgency"]) == ("Network Operations", "2")
