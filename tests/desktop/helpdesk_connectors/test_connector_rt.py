"""The RT connector against the real Request Tracker 5 started by ``.ci/rt5 up``."""

from __future__ import annotations

import base64
import logging
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
import requests

from desktop.helpdesk.connector import (
    Attachment,
    PermanentFailure,
    RemoteStatus,
)
from desktop.helpdesk.connectors.rt import RtConnector
from desktop.helpdesk.triage import Triage
from tests.conftest import require
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


# Creates a queue the bot may use, without applying the ticket custom field ClientRequestId
# to it (RT then drops the value silently), as .ci/rt5 creates General with the field applied.
_QUEUE_WITHOUT_KEY_FIELD = r"""
use strict; use warnings;
use lib '/usr/share/request-tracker5/lib';
use RT; RT::LoadConfig(); RT::Init();
my $q = RT::Queue->new(RT->SystemUser); $q->Load($ARGV[0]);
unless ($q->Id) { my ($ok, $msg) = $q->Create(Name => $ARGV[0]); die "queue: $msg\n" unless $ok }
my $u = RT::User->new(RT->SystemUser); $u->Load('helpdesk-bot'); die "no bot\n" unless $u->Id;
$u->PrincipalObj->GrantRight(Right => $_, Object => $q) for qw(
  CreateTicket ShowTicket SeeQueue ModifyTicket ReplyToTicket CommentOnTicket ShowTicketComments);
"""


def _queue_without_key_field(name: str) -> None:
    require(os.geteuid() == 0, "creating an RT queue through RT's Perl API needs root")
    done = subprocess.run(["perl", "-", name], input=_QUEUE_WITHOUT_KEY_FIELD, text=True,
                          capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]


def test_the_queue_with_client_request_id_applied_has_no_setup_problem(
    connector: RtConnector,
) -> None:
    assert connector.setup_problems() == ()


def test_a_queue_without_client_request_id_is_reported_when_connecting(
    rt_server: RtServer, session: requests.Session, caplog: pytest.LogCaptureFixture
) -> None:
    queue = "Deskmate no key field"  # a space, as real queue names have
    _queue_without_key_field(queue)
    connector = RtConnector(session, rt_server.url, queue, lambda: rt_server.token, timeout=30)

    (problem,) = connector.setup_problems()
    assert f"ClientRequestId is not applied to the queue '{queue}'" in problem
    assert "duplicate" in problem
    first = connector.submit(make_payload())  # the request still goes out
    connector.submit(make_payload())
    assert first.remote_id.isdigit()
    warned = [r for r in caplog.records if r.getMessage() == "RT queue without ClientRequestId"]
    assert len(warned) == 1  # once per connection, not per request
    assert warned[0].levelno == logging.WARNING


def test_health_shows_the_queue_without_client_request_id(
    rt_server: RtServer, profile_dir: Path
) -> None:
    from desktop.core import build_core
    from desktop.helpdesk.service import HelpdeskService
    from desktop.policy import TomlPolicyFile
    from desktop.secrets import MemorySecretStore

    queue = "Deskmate no key field"
    _queue_without_key_field(queue)
    profile_dir.mkdir(exist_ok=True)
    policy = profile_dir / "policy.toml"
    policy.write_text(f'[helpdesk]\nconnector = "rt"\n\n[helpdesk.rt]\nurl = "{rt_server.url}"\n'
                      f'queue = "{queue}"\n', encoding="utf-8")
    core = build_core(profile_dir, policy_source=TomlPolicyFile(policy),
                      secrets=MemorySecretStore())
    core.secrets.set("helpdesk.rt.token", rt_server.token)
    service = HelpdeskService(core)
    (problem,) = service.setup_problems()
    assert f"ClientRequestId is not applied to the queue '{queue}'" in problem
    service.close()


def test_urgency_becomes_rts_priority(rt_server: RtServer, session: requests.Session) -> None:
    """helpdesk.rt.priorities: the payload's 'high' urgency files the ticket at RT's High."""
    connector = RtConnector(session, rt_server.url, "General", lambda: rt_server.token,
                            timeout=30, triage=Triage(priorities={"high": "100"}))

    remote_id = connector.submit(make_payload(attachments=False)).remote_id

    assert str(_rest(rt_server, "GET", f"/ticket/{remote_id}")["Priority"]) in ("100", "High")
