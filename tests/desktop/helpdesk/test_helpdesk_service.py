"""The service the GUI and CLI share: follow-ups through a real webhook, rating fallback."""

from __future__ import annotations

import base64
import json
import threading
import time
from pathlib import Path

from pytest_httpserver import HTTPServer

from desktop.core import Core
from desktop.helpdesk.connector import RequestKind, SubmitResult, TicketPayload
from desktop.helpdesk.context import ContextSources
from desktop.helpdesk.outbox import DeliveryState
from desktop.helpdesk.request_form import RequestForm
from desktop.helpdesk.service import HelpdeskService
from desktop.settings_defs import helpdesk as keys

CHECKS = [{"id": "vpn", "title": "VPN connection", "status": "fail"}]


def _service(core: Core) -> HelpdeskService:
    sources = ContextSources(diagnostics=lambda: CHECKS,
                             device=lambda: {"hostname": "laptop-042", "account": "alex"})
    return HelpdeskService(core, sources)


def test_webhook_request_reply_and_rating_fallback(core: Core, httpserver: HTTPServer) -> None:
    core.settings.set_user(keys.CONNECTOR, "webhook")
    core.settings.set_user(keys.WEBHOOK_URL, httpserver.url_for("/hook"))
    core.secrets.set("helpdesk.webhook.secret", "whsec_" + base64.b64encode(b"k" * 24).decode())
    httpserver.expect_request("/hook").respond_with_json({"id": "HD-1"})
    service = _service(core)
    form = RequestForm(RequestKind.REQUEST, "network", "VPN fails")
    entry = service.submit(service.build(form, service.gather()))
    report = service.flush()
    assert (report.sent, report.failed) == (1, 0)
    assert service.entry(entry.key).remote_id == "HD-1"
    assert service.poll() == ()  # a webhook has no status: polling stops
    assert not service.has_open_requests()
    service.submit(service.build_reply(entry.key, "More info", attach_diagnostics=True))
    service.rate(entry.key, 5, "Great")  # the webhook has rate(); it is sent as a rating event
    assert service.flush().sent == 2
    bodies = [json.loads(request.get_data()) for request, _response in httpserver.log]
    assert [b["type"] for b in bodies] == ["deskmate.request", "deskmate.reply",
                                           "deskmate.rating"]
    reply = bodies[1]["payload"]
    assert [a["name"] for a in reply["attachments"]] == ["diagnostics.json", "device.json"]
    assert bodies[2]["payload"]["rating"] == 5
    assert service.entry(entry.key).rating_sent


def test_rating_becomes_a_reply_where_ratings_are_not_supported(
    core: Core, profile_dir: Path
) -> None:
    from desktop.helpdesk.connectors.email import EmailConnector

    sent: list[str] = []

    class Mail(EmailConnector):
        def _send(self, msg: object) -> None:  # the SMTP path is tested against aiosmtpd
            sent.append(str(msg))

    mail = Mail("127.0.0.1", 25, "none", "d@example.com", "h@example.com")
    mail.rate = _not_supported  # type: ignore[method-assign]
    service = HelpdeskService(core, ContextSources(device=lambda: {"hostname": "h"}),
                              connector=mail)
    entry = service.submit(service.build(RequestForm(RequestKind.REQUEST, "x", "y"), ()))
    service.flush()
    assert service.entry(entry.key).state is DeliveryState.SENT
    rating = service.rate(entry.key, 3, "ok")
    service.flush()
    assert "Rating: 3 of 5" in sent[-1]
    assert f"<deskmate-{rating.key}@deskmate>" in sent[-1]  # its own Message-ID


def _not_supported(remote_id: str, rating: int, comment: str, key: str = "") -> None:
    from desktop.helpdesk.connector import NotSupported

    raise NotSupported("no ratings")


def test_me_too_and_feedback_carry_no_attachments(core: Core) -> None:
    service = _service(core)
    items = service.gather()
    assert items
    payload = service.build(RequestForm(RequestKind.FEEDBACK, "feedback", "Dark mode"), items)
    assert payload.attachments == ()
    assert payload.subject == "[Deskmate] Feedback: Dark mode"


def test_install_log_is_added_on_request(core: Core) -> None:
    service = _service(core)
    assert "install.log" not in [i.attachment_name for i in service.gather()]
    items = service.gather(install_log="winget: 0x8A15000F\npassword=hunter2hunter2\n")
    log = next(i for i in items if i.attachment_name == "install.log")
    assert b"0x8A15000F" in log.data
    assert b"hunter2hunter2" not in log.data


def test_outbox_benchmark_loses_nothing(tmp_path: Path) -> None:
    from benchmarks.outbox_loopback import run_outbox_benchmark

    result = run_outbox_benchmark(50, tmp_path)
    assert (result["sent"], result["lost"], result["duplicates"]) == (50, 0, 0)


def test_replies_and_ratings_are_cleaned_of_control_characters(
    core: Core, httpserver: HTTPServer
) -> None:
    core.settings.set_user(keys.CONNECTOR, "webhook")
    core.settings.set_user(keys.WEBHOOK_URL, httpserver.url_for("/hook"))
    httpserver.expect_request("/hook").respond_with_json({"id": "HD-2"})
    service = _service(core)
    entry = service.submit(service.build(RequestForm(RequestKind.REQUEST, "network", "VPN"), ()))
    service.flush()
    service.reply(entry.key, "still\x00 down\r\nsince 9")
    service.rate(entry.key, 4, "ok\x1b[2J")
    service.flush()
    bodies = [json.loads(request.get_data()) for request, _response in httpserver.log]
    assert bodies[1]["payload"]["text"] == "still down\nsince 9"
    assert bodies[2]["payload"]["comment"] == "ok[2J"
    service.close()


class _SlowHelpdesk:
    """A helpdesk that takes a moment per ticket and notes how many it handled at once."""

    name = "slow"

    def __init__(self) -> None:
        self.lock, self.now, self.most = threading.Lock(), 0, 0

    def submit(self, payload: TicketPayload) -> SubmitResult:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
        time.sleep(0.2)
        with self.lock:
            self.now -= 1
        return SubmitResult(payload.idempotency_key[:8])


def test_flushes_asked_for_at_once_run_one_after_the_other(core: Core) -> None:
    """The page's "Try again", the Health fix and the timer may all ask together."""
    helpdesk = _SlowHelpdesk()
    service = HelpdeskService(core, ContextSources(device=lambda: {"hostname": "h"}),
                              connector=helpdesk)  # type: ignore[arg-type]  # submit is enough
    for summary in ("VPN fails", "Printer jams"):
        service.submit(service.build(RequestForm(RequestKind.REQUEST, "network", summary), ()))
    flushes = [threading.Thread(target=service.flush) for _ in range(2)]
    for flush in flushes:
        flush.start()
    for flush in flushes:
        flush.join()
    assert helpdesk.most == 1
    assert all(e.state is DeliveryState.SENT for e in service.requests())
    service.close()


def test_an_agents_freshservice_reply_reaches_the_requests_thread(
    core: Core, httpserver: HTTPServer
) -> None:
    """Submit, flush and poll through the service against a Freshservice stand-in: the agent's
    public reply is in the request's thread with its name and Freshservice's time; the
    private note is not."""
    core.settings.set_user(keys.CONNECTOR, "freshservice")
    core.settings.set_user(keys.FRESHSERVICE_URL, httpserver.url_for("/").rstrip("/"))
    core.settings.set_user(keys.WORK_EMAIL, "alex@example.com")
    core.secrets.set("helpdesk.freshservice.api_key", "fs-key")
    httpserver.expect_request("/api/v2/tickets/filter").respond_with_json({"tickets": []})
    httpserver.expect_request("/api/v2/tickets", method="POST").respond_with_json(
        {"ticket": {"id": 77}}, status=201)
    httpserver.expect_request("/api/v2/tickets/77").respond_with_json(
        {"ticket": {"id": 77, "status": 3, "updated_at": "2026-03-02T10:00:00Z"}})
    httpserver.expect_request("/api/v2/tickets/77/conversations").respond_with_json(
        {"conversations": [
            {"id": 1, "user_id": 9, "incoming": False, "private": True, "body": "<p>hm</p>",
             "created_at": "2026-03-02T09:30:00Z"},
            {"id": 2, "user_id": 9, "incoming": False, "private": False,
             "body": "<p>Please restart.</p>", "created_at": "2026-03-02T09:45:00Z"}]})
    httpserver.expect_request("/api/v2/agents/9").respond_with_json(
        {"agent": {"first_name": "Sam", "last_name": "Agent"}})
    service = _service(core)
    entry = service.submit(service.build(RequestForm(RequestKind.REQUEST, "network", "VPN"), ()))
    assert service.flush().sent == 1

    service.poll()

    *_, reply = service.request_view(entry.key).messages
    assert (reply.author_name, reply.text, reply.at.hour, reply.at.minute) == (
        "Sam Agent", "Please restart.", 9, 45)
    service.close()
