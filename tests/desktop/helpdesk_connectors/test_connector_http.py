"""The shared HTTP plumbing: every network fault and HTTP status becomes the right failure."""

from __future__ import annotations

import socket
import time
from datetime import UTC, datetime

import pytest
import requests
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from desktop.helpdesk.connector import PermanentFailure, TemporaryFailure
from desktop.helpdesk.connectors.answers import urgency_level
from desktop.helpdesk.connectors.http import HttpClient, parse_retry_after
from desktop.helpdesk.connectors.setup import secret_reader
from desktop.secrets import MemorySecretStore


def _client(server: HTTPServer, session: requests.Session, timeout: float = 5.0) -> HttpClient:
    return HttpClient(session, server.url_for("/").rstrip("/"), "Helpdesk", timeout,
                      auth=lambda: {"Authorization": "token t"})


def test_success_returns_decoded_json_and_sends_auth(
    contract: HTTPServer, session: requests.Session
) -> None:
    contract.expect_ordered_request("/x", headers={"Authorization": "token t"}) \
        .respond_with_json({"ok": True})

    assert _client(contract, session).json("GET", "/x") == {"ok": True}


@pytest.mark.parametrize(
    ("value", "expected"),
    [("30", 30.0), ("0", 0.0), ("1.5", 1.5), ("-4", 0.0),
     ("Mon, 02 Mar 2026 10:00:30 GMT", 30.0), ("Mon, 02 Mar 2026 09:00:00 GMT", 0.0),
     ("soon", None), ("", None), (None, None)],
)
def test_retry_after_is_seconds_or_an_http_date(value: str | None, expected: float | None) -> None:
    now = datetime(2026, 3, 2, 10, 0, 0, tzinfo=UTC)

    assert parse_retry_after(value, now=now) == expected


@pytest.mark.parametrize("code", [429, 503])
def test_busy_answers_are_temporary_with_retry_after(
    contract: HTTPServer, session: requests.Session, code: int
) -> None:
    contract.expect_ordered_request("/x").respond_with_json(
        {"error": "RateLimited", "description": "Slow down"}, status=code,
        headers={"Retry-After": "42"})

    with pytest.raises(TemporaryFailure, match=rf"HTTP {code}\): Slow down") as caught:
        _client(contract, session).call("GET", "/x")
    assert caught.value.retry_after == 42.0


def test_server_error_is_temporary_without_retry_after(
    contract: HTTPServer, session: requests.Session
) -> None:
    contract.expect_ordered_request("/x").respond_with_data("<html>boom</html>", status=500)

    with pytest.raises(TemporaryFailure, match=r"HTTP 500\)\.$") as caught:
        _client(contract, session).call("GET", "/x")
    assert caught.value.retry_after is None


_INVALID = "rejected the request as invalid"


@pytest.mark.parametrize(
    ("code", "body", "words"),
    [(401, {"error": "Couldn't authenticate you"}, "refused the credentials.*Couldn't auth"),
     (403, {"errorMessages": ["No permission"], "errors": {}}, "does not allow.*No permission"),
     (404, ["ERROR_ITEM_NOT_FOUND", "Item not found"], "does not know.*Item not found"),
     (422, {"error": {"message": "Invalid", "detail": "urgency"}},
      rf"{_INVALID} \(HTTP 422\): Invalid"),
     (400, {"errors": {"summary": "Field is required"}},
      rf"{_INVALID} \(HTTP 400\): summary: Field is required")],
)
def test_client_errors_are_permanent_with_the_helpdesks_reason(
    contract: HTTPServer, session: requests.Session, code: int, body: object, words: str
) -> None:
    contract.expect_ordered_request("/x").respond_with_json(body, status=code)

    with pytest.raises(PermanentFailure, match=f"^Helpdesk {words}"):
        _client(contract, session).call("POST", "/x")


def test_a_body_that_is_not_json_is_a_clear_permanent_failure(
    contract: HTTPServer, session: requests.Session
) -> None:
    contract.expect_ordered_request("/x").respond_with_data(
        "<html>Sign in</html>", content_type="text/html")

    with pytest.raises(PermanentFailure, match=r"not JSON.*text/html.*login portal"):
        _client(contract, session).json("GET", "/x")


def test_a_hang_past_the_timeout_is_temporary(
    contract: HTTPServer, session: requests.Session
) -> None:
    def slow(request: Request) -> Response:
        time.sleep(3.0)
        return Response("{}", content_type="application/json")

    contract.expect_ordered_request("/x").respond_with_handler(slow)
    started = time.monotonic()

    with pytest.raises(TemporaryFailure, match=r"did not answer within 0\.3 seconds"):
        _client(contract, session, timeout=0.3).call("GET", "/x")
    assert time.monotonic() - started < 2.5  # it gave up before the helpdesk answered


def test_connection_refused_is_temporary(session: requests.Session) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again before the call: nobody listens there
    client = HttpClient(session, f"http://127.0.0.1:{port}", "Helpdesk", 2.0)

    with pytest.raises(TemporaryFailure, match="cannot be reached"):
        client.call("GET", "/x")


@pytest.mark.allow_log_warnings  # the plain server logs the TLS hello as a bad request
def test_tls_failure_is_temporary_and_says_what_to_check(
    httpserver: HTTPServer, session: requests.Session
) -> None:
    httpserver.expect_request("/x").respond_with_json({})
    https_url = httpserver.url_for("/").replace("http://", "https://").rstrip("/")
    client = HttpClient(session, https_url, "Helpdesk", 5.0)

    with pytest.raises(TemporaryFailure, match=r"secure connection.*certificate"):
        client.call("GET", "/x")


def test_a_url_without_scheme_is_refused_at_once(session: requests.Session) -> None:
    with pytest.raises(PermanentFailure, match="not an http"):
        HttpClient(session, "rt.example.com", "Helpdesk")


def test_missing_secret_says_how_to_store_it() -> None:
    read = secret_reader(MemorySecretStore())

    with pytest.raises(PermanentFailure, match=r"deskmate secret set helpdesk\.rt\.token"):
        read("helpdesk.rt.token")


def test_stored_secret_is_read_at_call_time() -> None:
    store = MemorySecretStore()
    read = secret_reader(store)
    store.set("helpdesk.rt.token", "late")

    assert read("helpdesk.rt.token") == "late"


@pytest.mark.parametrize(("word", "level"), [("low", 1), ("Normal", 2), ("high", 3),
                                             ("critical", 4), ("whenever", 2)])
def test_urgency_words_map_to_levels(word: str, level: int) -> None:
    assert urgency_level(word) == level
