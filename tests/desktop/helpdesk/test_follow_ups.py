"""Replies and ratings are outbox entries of their own: durable, retried, own idempotency key."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from desktop.core import Core
from desktop.helpdesk.connector import RequestKind
from desktop.helpdesk.context import ContextSources
from desktop.helpdesk.outbox import Backoff, DeliveryState, Outbox, PayloadPurgedError
from desktop.helpdesk.request_form import RequestForm
from desktop.helpdesk.service import HelpdeskService
from desktop.settings_defs import helpdesk as keys


class Clock:
    now = 2_000_000.0

    def __call__(self) -> float:
        return self.now


class Helpdesk:
    """A webhook receiver that can be down (503) and records what it accepted."""

    def __init__(self) -> None:
        self.up = True
        self.accepted: list[tuple[str, dict[str, object]]] = []

    def __call__(self, request: Request) -> Response:
        if not self.up:
            return Response("maintenance", status=503)
        self.accepted.append((request.headers["webhook-id"], json.loads(request.get_data())))
        return Response(json.dumps({"id": "HD-7"}), content_type="application/json")


def _service(core: Core, server: HTTPServer, helpdesk: Helpdesk, clock: Clock,
             tmp_path: Path) -> HelpdeskService:
    core.settings.set_user(keys.CONNECTOR, "webhook")
    core.settings.set_user(keys.WEBHOOK_URL, server.url_for("/hook"))
    core.secrets.set("helpdesk.webhook.secret", "whsec_" + base64.b64encode(b"k" * 24).decode())
    server.expect_request("/hook").respond_with_handler(helpdesk)
    outbox = Outbox(tmp_path / "outbox.sqlite3", Backoff(base_seconds=10, max_seconds=60), clock)
    sources = ContextSources(diagnostics=lambda: [{"id": "vpn", "status": "fail"}],
                             device=lambda: {"hostname": "laptop-042", "account": "alex"})
    return HelpdeskService(core, sources, outbox=outbox)


def _delivered_request(service: HelpdeskService) -> str:
    form = RequestForm(RequestKind.REQUEST, "network", "VPN fails")
    entry = service.submit(service.build(form, ()))
    assert service.flush().sent == 1
    return entry.key


def test_two_replies_to_one_webhook_ticket_carry_distinct_webhook_ids(
    core: Core, httpserver: HTTPServer, tmp_path: Path
) -> None:
    helpdesk = Helpdesk()
    service = _service(core, httpserver, helpdesk, Clock(), tmp_path)
    parent = _delivered_request(service)
    first = service.reply(parent, "Any news?")
    second = service.reply(parent, "Any news?")
    service.flush()
    replies = [(wid, body) for wid, body in helpdesk.accepted if body["type"] == "deskmate.reply"]
    assert [wid for wid, _body in replies] == [first.key, second.key]
    assert first.key != second.key != parent


def test_replies_and_ratings_wait_while_the_helpdesk_is_down(
    core: Core, httpserver: HTTPServer, tmp_path: Path
) -> None:
    helpdesk, clock = Helpdesk(), Clock()
    service = _service(core, httpserver, helpdesk, clock, tmp_path)
    parent = _delivered_request(service)
    helpdesk.up = False
    reply = service.reply(parent, "It fails again since the update.")
    rating = service.rate(parent, 4, "Quick, thanks")
    assert service.flush().retrying == 1
    for follow_up in (reply, rating):
        assert service.entry(follow_up.key).state is DeliveryState.QUEUED
    assert service.entry(parent).rating_sent  # not offered again while it waits
    assert [e.key for e in service.requests()] == [parent]  # follow-ups are not requests
    reopened = HelpdeskService(core, outbox=Outbox(tmp_path / "outbox.sqlite3", clock=clock))
    helpdesk.up = True
    clock.now += 3600
    assert reopened.flush().sent == 2  # after a restart, too
    kinds = [(wid, body["type"]) for wid, body in helpdesk.accepted]
    assert kinds[1:] == [(reply.key, "deskmate.reply"), (rating.key, "deskmate.rating")]
    body = helpdesk.accepted[1][1]["payload"]
    assert isinstance(body, dict)
    assert body["remote_id"] == "HD-7"


def test_a_reply_waits_for_its_request_to_be_delivered(
    core: Core, httpserver: HTTPServer, tmp_path: Path
) -> None:
    helpdesk, clock = Helpdesk(), Clock()
    service = _service(core, httpserver, helpdesk, clock, tmp_path)
    helpdesk.up = False
    parent = service.submit(service.build(RequestForm(RequestKind.REQUEST, "x", "Dock"), ()))
    reply = service.reply(parent.key, "Also the second screen.")
    assert service.flush().retrying == 1
    helpdesk.up = True
    clock.now += 3600
    assert service.flush().sent == 2
    assert [wid for wid, _body in helpdesk.accepted] == [parent.key, reply.key]


def test_a_reply_with_fresh_diagnostics_is_built_for_the_preview_first(
    core: Core, httpserver: HTTPServer, tmp_path: Path
) -> None:
    helpdesk = Helpdesk()
    service = _service(core, httpserver, helpdesk, Clock(), tmp_path)
    parent = _delivered_request(service)
    shown = service.build_reply(parent, "Here are fresh results", attach_diagnostics=True)
    assert [a.name for a in shown.attachments] == ["diagnostics.json", "device.json"]
    assert shown.kind is RequestKind.REPLY
    assert len(helpdesk.accepted) == 1  # building sends nothing
    assert service.entry(parent).key == parent
    queued = service.submit(shown)
    service.flush()
    assert helpdesk.accepted[-1][0] == queued.key == shown.idempotency_key


def test_flush_purges_sent_payloads_as_the_policy_says(
    core: Core, httpserver: HTTPServer, tmp_path: Path
) -> None:
    helpdesk, clock = Helpdesk(), Clock()
    service = _service(core, httpserver, helpdesk, clock, tmp_path)
    core.settings.set_user(keys.KEEP_SENT_DAYS, 2)
    parent = _delivered_request(service)
    service.poll()  # a webhook has no status: the clock runs from delivery
    clock.now += 1.5 * 86_400
    service.flush()
    assert service.sent_payload(parent).idempotency_key == parent  # still kept
    clock.now += 86_400
    service.flush()
    with pytest.raises(PayloadPurgedError):
        service.sent_payload(parent)
