"""No connector follows a redirect: no credential header crosses to another origin, a 3xx is
never a delivery, and the helpdesk's answers are bounded in time and size."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
import requests
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from desktop.helpdesk.connector import PermanentFailure, TemporaryFailure
from desktop.helpdesk.connectors.http import HttpClient
from desktop.helpdesk.connectors.registry import build_connector
from desktop.policy import PolicyLoad
from desktop.secrets import MemorySecretStore
from desktop.settings import Settings
from desktop.settings_defs import build_registry
from tests.desktop.helpdesk_connectors.payloads import make_payload
from tests.desktop.helpdesk_connectors.test_connector_build import CASES, _build
from tests.fakes.http_peers import (
    endless_body,
    fixed,
    other_origin,
    raw_peer,
    trickle_body,
    trickle_head,
)

_CREDENTIALS = ("authorization", "app-token", "session-token", "cookie", "x-api-key")


def _other_origin(server: HTTPServer) -> tuple[str, list[dict[str, str]]]:
    """A URL on the same server under another origin (``localhost`` for 127.0.0.1)
    and the headers of every request that reached it."""
    reached: list[dict[str, str]] = []

    def record(request: Request) -> Response:
        reached.append({k.lower(): v for k, v in request.headers.items()})
        return Response("{}", 200, content_type="application/json")

    server.expect_request(re.compile("^/elsewhere.*")).respond_with_handler(record)
    return other_origin(server.url_for("/elsewhere")), reached


@pytest.mark.parametrize("name", sorted(CASES))
def test_no_connector_follows_a_redirect_or_leaks_credentials(
    httpserver: HTTPServer, session: requests.Session, tmp_path: Path, name: str
) -> None:
    elsewhere, reached = _other_origin(httpserver)
    httpserver.expect_request(re.compile("^/(?!elsewhere).*")).respond_with_data(
        "", 302, headers={"Location": elsewhere})
    base = httpserver.url_for("/apirest.php" if name == "glpi" else "/").rstrip("/")
    connector = _build(name, base, tmp_path, session)
    with pytest.raises(TemporaryFailure, match=f"redirects to {re.escape(elsewhere)}"):
        connector.submit(make_payload())
    leaked = [{k: v for k, v in h.items() if k in _CREDENTIALS} for h in reached]
    assert reached == [], f"followed a redirect to another origin with {leaked}"


def _client(url: str, session: requests.Session, timeout: float = 5.0) -> HttpClient:
    return HttpClient(session, url, "Helpdesk", timeout, auth=lambda: {"App-Token": "t"})


@pytest.mark.parametrize("answer", [trickle_body(), trickle_head()], ids=["body", "head"])
def test_a_trickling_helpdesk_is_cut_off_at_the_deadline(
    session: requests.Session, answer: object
) -> None:
    with raw_peer(answer) as peer:  # type: ignore[arg-type]  # an Answer, parametrized
        started = time.monotonic()
        with pytest.raises(TemporaryFailure, match="did not finish within 2 seconds"):
            _client(peer.url(), session, timeout=0.25).json("GET", "/x")
        assert time.monotonic() - started < 4


def test_an_oversized_helpdesk_answer_is_refused(session: requests.Session) -> None:
    with (raw_peer(endless_body()) as peer,
          pytest.raises(PermanentFailure, match="larger than 16 MiB")):
        _client(peer.url(), session).json("GET", "/x")


def test_a_declared_oversized_answer_is_refused_before_reading(session: requests.Session) -> None:
    with (raw_peer(endless_body(content_length=300 * 1024 * 1024)) as peer,
          pytest.raises(PermanentFailure, match="larger than 16 MiB")):
        _client(peer.url(), session).json("GET", "/x")


def test_content_length_abc_is_a_clean_failure(session: requests.Session) -> None:
    with (raw_peer(fixed("200 OK", {"Content-Length": "abc"}, b"{}")) as peer,
          pytest.raises(TemporaryFailure, match="invalid Content-Length")):
        _client(peer.url(), session).json("GET", "/x")


def _settings(tmp_path: Path, **values: object) -> Settings:
    policy = PolicyLoad(values={"helpdesk.connector": "glpi", **values}, origin="test")
    settings = Settings(build_registry(), tmp_path / "settings.toml", policy)
    assert settings.problems == ()
    return settings


def test_plain_http_with_credentials_is_refused(
    tmp_path: Path, session: requests.Session
) -> None:
    settings = _settings(tmp_path, **{"helpdesk.glpi.url": "http://glpi.example.com/apirest.php"})
    with pytest.raises(PermanentFailure, match="would not be encrypted"):
        build_connector(settings, _secrets(), lambda: session, tmp_path)


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "localhost", "[::1]"])
def test_plain_http_to_this_computer_is_allowed(
    tmp_path: Path, session: requests.Session, host: str
) -> None:
    settings = _settings(tmp_path, **{"helpdesk.glpi.url": f"http://{host}:8080/apirest.php"})
    assert build_connector(settings, _secrets(), lambda: session, tmp_path).name == "glpi"


def test_policy_may_allow_plain_http_for_a_lab(tmp_path: Path, session: requests.Session) -> None:
    settings = _settings(tmp_path, **{"helpdesk.glpi.url": "http://glpi.lab/apirest.php",
                                      "helpdesk.allow_insecure_http": True})
    assert build_connector(settings, _secrets(), lambda: session, tmp_path).name == "glpi"


def _secrets() -> MemorySecretStore:
    store = MemorySecretStore()
    store.set("helpdesk.glpi.app_token", "a")
    store.set("helpdesk.glpi.user_token", "u")
    return store


def _mail_settings(tmp_path: Path, host: str, security: str, **values: object) -> Settings:
    policy = PolicyLoad(values={
        "helpdesk.connector": "email", "helpdesk.email.smtp_host": host,
        "helpdesk.email.security": security, "helpdesk.email.username": "bot",
        "helpdesk.email.from": "bot@example.com", "helpdesk.email.to": "it@example.com",
        **values}, origin="test")
    return Settings(build_registry(), tmp_path / "settings.toml", policy)


def _mail_secrets() -> MemorySecretStore:
    store = MemorySecretStore()
    store.set("helpdesk.email.password", "p")
    return store


def test_smtp_without_tls_is_refused_when_it_would_send_a_password(
    tmp_path: Path, session: requests.Session
) -> None:
    settings = _mail_settings(tmp_path, "mail.example.com", "none")
    with pytest.raises(PermanentFailure, match="would not be encrypted"):
        build_connector(settings, _mail_secrets(), lambda: session, tmp_path)


@pytest.mark.parametrize(("host", "security", "allowed"), [
    ("mail.example.com", "starttls", False), ("mail.example.com", "tls", False),
    ("127.0.0.1", "none", False), ("mail.lab", "none", True),
])
def test_smtp_with_tls_locally_or_allowed_by_policy_builds(
    tmp_path: Path, session: requests.Session, host: str, security: str, allowed: bool
) -> None:
    settings = _mail_settings(tmp_path, host, security,
                              **{"helpdesk.allow_insecure_http": allowed})
    assert build_connector(settings, _mail_secrets(), lambda: session, tmp_path).name == "email"
