"""Webhook connector against real loopback servers: signature, layouts, and injected faults."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import socket
import time
from collections.abc import Callable, Iterator
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path

import pytest
import requests
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from benchmarks.outbox_loopback import LoopbackReceiver
from desktop.core import Core
from desktop.helpdesk.connector import (
    NotSupported,
    PermanentFailure,
    TemporaryFailure,
    TicketPayload,
)
from desktop.helpdesk.connectors.webhook import WebhookConnector
from desktop.helpdesk.outbox import Backoff, DeliveryState, Outbox

WEBHOOK_KEY = b"0123456789abcdef0123456789abcdef"
WEBHOOK_SECRET = "whsec_" + base64.b64encode(WEBHOOK_KEY).decode()


def verify_signature(headers: dict[str, str], body: bytes) -> bool:
    """Standard Webhooks, computed by hand: v1,base64(HMAC-SHA256(key, id.timestamp.body))."""
    to_sign = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
    expected = base64.b64encode(hmac.new(WEBHOOK_KEY, to_sign, hashlib.sha256).digest()).decode()
    signatures = headers["webhook-signature"].split()
    offered = [s.split(",", 1)[1] for s in signatures if s.startswith("v1,")]
    fresh = abs(time.time() - int(headers["webhook-timestamp"])) < 300
    return fresh and any(hmac.compare_digest(expected, o) for o in offered)


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


def connector(url: str, session: requests.Session, **kwargs: object) -> WebhookConnector:
    return WebhookConnector(url, session, WEBHOOK_SECRET, **kwargs)  # type: ignore[arg-type]


def test_inline_json_is_signed_and_carries_attachments(
    httpserver: HTTPServer, session: requests.Session, make_payload: Callable[..., TicketPayload]
) -> None:
    seen: list[Request] = []

    def handle(request: Request) -> Response:
        seen.append(request)
        return Response(json.dumps({"id": "HD-7", "url": "https://hd/7"}), 201,
                        content_type="application/json")

    httpserver.expect_request("/hook", method="POST").respond_with_handler(handle)
    payload = make_payload()
    hook = WebhookConnector(httpserver.url_for("/hook"), session, WEBHOOK_SECRET, "tok-123")
    result = hook.submit(payload)
    assert (result.remote_id, result.url) == ("HD-7", "https://hd/7")
    request = seen[0]
    headers = {k.lower(): v for k, v in request.headers.items()}
    body = request.get_data()
    assert headers["webhook-id"] == payload.idempotency_key
    assert headers["authorization"] == "Bearer tok-123"
    assert verify_signature(headers, body)
    assert not verify_signature(headers, body + b" ")  # the verifier can fail
    data = json.loads(body)
    assert data["type"] == "deskmate.request"
    got = {a["name"]: base64.b64decode(a["data_base64"]) for a in data["payload"]["attachments"]}
    assert got == {a.name: a.data for a in payload.attachments}


def test_multipart_above_the_inline_limit(
    httpserver: HTTPServer, session: requests.Session, make_payload: Callable[..., TicketPayload]
) -> None:
    seen: list[Request] = []
    httpserver.expect_request("/hook").respond_with_handler(
        lambda r: seen.append(r) or Response("", 202))  # type: ignore[func-returns-value]
    payload = make_payload()
    connector(httpserver.url_for("/hook"), session, inline_limit=100).submit(payload)
    request = seen[0]
    body = request.get_data()
    headers = {k.lower(): v for k, v in request.headers.items()}
    assert verify_signature(headers, body)  # over the raw binary body
    assert headers["content-type"].startswith("multipart/form-data")
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {headers['content-type']}\r\n\r\n".encode() + body)
    parts = list(message.iter_parts())
    meta = json.loads(parts[0].get_content())
    assert "data_base64" not in meta["payload"]["attachments"][0]
    files = {p.get_filename(): p.get_payload(decode=True) for p in parts[1:]}
    assert files == {a.name: a.data for a in payload.attachments}


def test_status_is_not_supported(session: requests.Session) -> None:
    with pytest.raises(NotSupported):
        connector("http://127.0.0.1:9/hook", session).status("x")


def test_500_is_temporary(httpserver: HTTPServer, session: requests.Session,
                          make_payload: Callable[..., TicketPayload]) -> None:
    httpserver.expect_request("/hook").respond_with_data("oops", status=500)
    with pytest.raises(TemporaryFailure) as caught:
        connector(httpserver.url_for("/hook"), session).submit(make_payload())
    assert caught.value.retry_after is None


def test_429_carries_retry_after(httpserver: HTTPServer, session: requests.Session,
                                 make_payload: Callable[..., TicketPayload]) -> None:
    httpserver.expect_request("/hook").respond_with_data("", status=429,
                                                         headers={"Retry-After": "17"})
    with pytest.raises(TemporaryFailure) as caught:
        connector(httpserver.url_for("/hook"), session).submit(make_payload())
    assert caught.value.retry_after == 17


def test_4xx_is_permanent_with_the_reason(httpserver: HTTPServer, session: requests.Session,
                                          make_payload: Callable[..., TicketPayload]) -> None:
    httpserver.expect_request("/hook").respond_with_data("queue 'X' does not exist", status=422)
    with pytest.raises(PermanentFailure, match=r"422.*queue 'X' does not exist"):
        connector(httpserver.url_for("/hook"), session).submit(make_payload())


def test_hang_past_the_time_out(httpserver: HTTPServer, session: requests.Session,
                                make_payload: Callable[..., TicketPayload]) -> None:
    httpserver.expect_request("/hook").respond_with_handler(
        lambda _r: time.sleep(3.0) or Response("", 200))  # type: ignore[func-returns-value]
    started = time.monotonic()
    with pytest.raises(TemporaryFailure, match=r"did not answer within 0\.3 seconds"):
        connector(httpserver.url_for("/hook"), session, timeout=0.3).submit(make_payload())
    assert time.monotonic() - started < 2.5  # it gave up before the webhook answered


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_connection_refused(session: requests.Session,
                            make_payload: Callable[..., TicketPayload]) -> None:
    with pytest.raises(TemporaryFailure, match="cannot be reached"):
        connector(f"http://127.0.0.1:{_free_port()}/hook", session).submit(make_payload())


@pytest.mark.allow_log_warnings  # the plain server logs the TLS hello as a bad request
def test_tls_failure_against_a_plain_http_server(
    httpserver: HTTPServer, session: requests.Session, make_payload: Callable[..., TicketPayload]
) -> None:
    url = httpserver.url_for("/hook").replace("http://", "https://")
    with pytest.raises(TemporaryFailure, match="secure connection"):
        connector(url, session, timeout=3).submit(make_payload())


def test_backend_down_then_up_loses_and_duplicates_nothing(
    tmp_path: object, session: requests.Session, make_payload: Callable[..., TicketPayload]
) -> None:
    from pathlib import Path

    port = _free_port()
    outbox = Outbox(Path(str(tmp_path)) / "db.sqlite3", Backoff(base_seconds=0.05, max_seconds=0.2))
    keys = {outbox.enqueue(make_payload()).key for _ in range(20)}
    hook = connector(f"http://127.0.0.1:{port}/hook", session)
    for _ in range(3):  # down for a while: every attempt is refused
        outbox.flush(hook)
        time.sleep(0.25)
    entries = outbox.list()
    assert all(e.state is DeliveryState.QUEUED for e in entries)
    assert sum(e.attempts for e in entries) >= 3  # one try per pass: the pass stops early
    with LoopbackReceiver(port=port) as receiver:
        deadline = time.monotonic() + 10
        while any(e.state is not DeliveryState.SENT for e in outbox.list()):
            assert time.monotonic() < deadline, "not everything was delivered"
            outbox.flush(hook)
            time.sleep(0.05)
    assert receiver.log.unique() == keys
    assert len(receiver.log.deliveries) == len(keys)  # not one duplicate
    outbox.close()



def test_without_a_keychain_the_webhook_still_delivers_unsigned(
    httpserver: HTTPServer, tmp_path: Path, caplog: pytest.LogCaptureFixture,
    make_payload: Callable[..., TicketPayload],
) -> None:
    from keyring.backends.fail import Keyring as NoKeyring

    from desktop.helpdesk.connectors import webhook as connector_webhook
    from desktop.policy import PolicyLoad
    from desktop.secrets import KeyringSecretStore
    from desktop.settings import Settings
    from desktop.settings_defs import build_registry

    httpserver.expect_request("/hook", method="POST").respond_with_json({"id": "42"})
    settings = Settings(build_registry(), tmp_path / "s.toml",
                        PolicyLoad({"helpdesk.webhook.url": httpserver.url_for("/hook")}))
    with requests.Session() as session:
        connector = connector_webhook.build(settings, KeyringSecretStore(backend=NoKeyring()),
                                            session)
        payload = make_payload()
        result = connector.submit(payload)
    assert result.remote_id == "42"
    request, _response = httpserver.log[0]
    assert "webhook-signature" not in request.headers
    assert request.headers["webhook-id"] == payload.idempotency_key
    assert any("No keychain" in r.getMessage() for r in caplog.records)


@pytest.mark.allow_log_warnings  # the malformed secret is logged (never its value)
@pytest.mark.parametrize(("name", "value"), [
    ("helpdesk.webhook.secret", "whsec_abcde"),  # the library's base64 decoding raised binascii
    ("helpdesk.webhook.secret", "whsec_"),  # the library raised EmptyWebhookSecretError
    ("helpdesk.webhook.token", "tok\nInjected: yes"),  # requests refused the header: retried
])
def test_a_malformed_secret_keeps_the_request_and_says_what_it_must_fix(
    httpserver: HTTPServer, core: Core, make_payload: Callable[..., TicketPayload],
    name: str, value: str,
) -> None:
    from desktop.helpdesk.service import HelpdeskService
    from desktop.settings_defs import helpdesk as keys

    core.settings.set_user(keys.CONNECTOR, "webhook")
    core.settings.set_user(keys.WEBHOOK_URL, httpserver.url_for("/hook"))
    core.secrets.set(name, value)
    service = HelpdeskService(core)
    payload = make_payload()
    service.submit(payload)

    with pytest.raises(PermanentFailure, match=f"deskmate secret set {name}"):
        service.flush()

    assert service.entry(payload.idempotency_key).state is DeliveryState.QUEUED
    assert httpserver.log == []
    problems = service.setup_problems()
    assert any(f"deskmate secret set {name}" in problem for problem in problems)
    service.close()
