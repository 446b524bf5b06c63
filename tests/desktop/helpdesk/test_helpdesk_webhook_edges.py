"""Webhook at the edges: redirects, trickling and oversized peers, and broken headers."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from desktop.helpdesk.connector import PermanentFailure, TemporaryFailure, TicketPayload
from desktop.helpdesk.connectors.webhook import WebhookConnector
from desktop.helpdesk.outbox import Backoff, DeliveryState, Outbox
from tests.fakes.http_peers import (
    endless_body,
    fixed,
    other_origin,
    raw_peer,
    trickle_body,
    trickle_head,
)

Payloads = Callable[..., TicketPayload]


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


def _login_page(httpserver: HTTPServer, status: int) -> tuple[list[str], str]:
    """``/hook`` redirects to a login page on another origin, which records what reaches it."""
    reached: list[str] = []

    def login(request: Request) -> Response:
        reached.append(f"{request.method} {request.headers.get('Authorization')}")
        return Response("<html>Sign in</html>", 200, content_type="text/html")

    login_url = other_origin(httpserver.url_for("/login"))
    httpserver.expect_request("/hook", method="POST").respond_with_data(
        "", status, headers={"Location": login_url})
    httpserver.expect_request("/login").respond_with_handler(login)
    return reached, login_url


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_not_a_delivery_and_is_not_followed(
    httpserver: HTTPServer, session: requests.Session, make_payload: Payloads, status: int
) -> None:
    reached, login_url = _login_page(httpserver, status)
    hook = WebhookConnector(httpserver.url_for("/hook"), session, bearer_token="tok-1")
    with pytest.raises(TemporaryFailure) as caught:
        hook.submit(make_payload())
    assert "not delivered" in str(caught.value).lower()
    assert f"redirects to {login_url}" in str(caught.value)
    assert "IT must fix the helpdesk URL" in str(caught.value)
    assert reached == []  # neither the body (as GET) nor the token went to the login page


def test_a_redirected_request_stays_in_the_outbox(
    httpserver: HTTPServer, session: requests.Session, make_payload: Payloads, tmp_path: Path
) -> None:
    _login_page(httpserver, 302)
    outbox = Outbox(tmp_path / "db.sqlite3", Backoff(base_seconds=60, max_seconds=60))
    key = outbox.enqueue(make_payload()).key
    report = outbox.flush(WebhookConnector(httpserver.url_for("/hook"), session))
    entry = outbox.get(key)
    assert report.sent == 0
    assert entry.state is DeliveryState.QUEUED
    assert "redirects to" in (entry.last_error or "")
    outbox.close()


@pytest.mark.parametrize("status", [300, 304])
def test_any_other_3xx_is_not_a_delivery(
    httpserver: HTTPServer, session: requests.Session, make_payload: Payloads, status: int
) -> None:
    httpserver.expect_request("/hook", method="POST").respond_with_data("", status)
    with pytest.raises(TemporaryFailure, match=r"(?i)not delivered"):
        WebhookConnector(httpserver.url_for("/hook"), session).submit(make_payload())


@pytest.mark.parametrize("answer", [trickle_body(), trickle_head()], ids=["body", "head"])
def test_a_trickling_peer_is_cut_off_at_the_deadline(
    session: requests.Session, make_payload: Payloads,
    answer: Callable[..., None],
) -> None:
    with raw_peer(answer) as peer:
        hook = WebhookConnector(peer.url("/hook"), session, timeout=0.25)  # deadline 2 s
        started = time.monotonic()
        with pytest.raises(TemporaryFailure, match="did not finish within"):
            hook.submit(make_payload())
        assert time.monotonic() - started < 4


def test_an_oversized_answer_is_refused_without_holding_it(
    session: requests.Session, make_payload: Payloads
) -> None:
    with raw_peer(endless_body()) as peer:
        hook = WebhookConnector(peer.url("/hook"), session)
        tracemalloc.start()
        try:
            with pytest.raises(PermanentFailure, match="answer is larger than"):
                hook.submit(make_payload())
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 8 * 1024 * 1024  # the cap is 1 MiB; the stream never piles up


@pytest.mark.parametrize("length", ["abc", "-1", "1e3", "99999999999999999999"])
def test_a_broken_content_length_is_a_clean_failure(
    session: requests.Session, make_payload: Payloads, length: str
) -> None:
    with (raw_peer(fixed("200 OK", {"Content-Length": length}, b"{}")) as peer,
          pytest.raises((TemporaryFailure, PermanentFailure), match="Content-Length")):
        WebhookConnector(peer.url("/hook"), session).submit(make_payload())
