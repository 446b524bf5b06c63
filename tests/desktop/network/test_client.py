"""The one network client: redirect policy, credential headers, limits and byte counts."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import requests
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from desktop.network.client import Limits, NetworkClient, without_credentials
from desktop.network.errors import BadAnswer, DeadlineExceeded, Redirected, TooLarge
from tests.fakes.http_peers import endless_body, fixed, other_origin, raw_peer, trickle_head

LIMITS = Limits(deadline_s=5, max_bytes=1 << 20)
SECRETS = {"Authorization": "Bearer a", "App-Token": "b", "Session-Token": "c",
           "Cookie": "d=e", "X-Api-Key": "f", "Private-Token": "g"}


@pytest.fixture
def client() -> Iterator[NetworkClient]:
    with requests.Session() as session:
        yield NetworkClient(session, timeout=2)


def _recorder(server: HTTPServer, path: str) -> list[dict[str, str]]:
    seen: list[dict[str, str]] = []

    def record(request: Request) -> Response:
        seen.append(dict(request.headers.items()))
        return Response("landed", 200)

    server.expect_request(path).respond_with_handler(record)
    return seen


def test_a_followed_redirect_to_another_origin_carries_no_credential(
    httpserver: HTTPServer, client: NetworkClient
) -> None:
    seen = _recorder(httpserver, "/there")
    there = other_origin(httpserver.url_for("/there"))
    httpserver.expect_request("/here").respond_with_data("", 302, headers={"Location": there})
    reply = client.fetch("test", "GET", httpserver.url_for("/here"), LIMITS, follow=True,
                         headers={**SECRETS, "Accept": "text/plain"})
    assert (reply.status, reply.body, reply.url) == (200, b"landed", there)
    assert seen[0]["Accept"] == "text/plain"
    assert not set(SECRETS) & set(seen[0]), "a credential header crossed origins"


def test_a_same_origin_redirect_keeps_the_headers(
    httpserver: HTTPServer, client: NetworkClient
) -> None:
    seen = _recorder(httpserver, "/there")
    httpserver.expect_request("/here").respond_with_data("", 301, headers={"Location": "/there"})
    client.fetch("test", "GET", httpserver.url_for("/here"), LIMITS, follow=True,
                 headers={"App-Token": "b"})
    assert seen[0]["App-Token"] == "b"


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH"])
def test_a_request_with_a_body_never_follows(
    httpserver: HTTPServer, client: NetworkClient, method: str
) -> None:
    seen = _recorder(httpserver, "/there")
    httpserver.expect_request("/here").respond_with_data("", 307, headers={"Location": "/there"})
    with pytest.raises(Redirected) as caught:
        client.fetch("test", method, httpserver.url_for("/here"), LIMITS, follow=True,
                     data=b"ticket")
    assert caught.value.location == httpserver.url_for("/there")
    assert caught.value.status == 307
    assert seen == []


def test_a_change_of_scheme_is_not_followed(httpserver: HTTPServer, client: NetworkClient) -> None:
    target = httpserver.url_for("/there").replace("http://", "https://")
    httpserver.expect_request("/here").respond_with_data("", 302, headers={"Location": target})
    with pytest.raises(Redirected, match="redirects to https://"):
        client.fetch("test", "GET", httpserver.url_for("/here"), LIMITS, follow=True)


def test_without_follow_even_a_get_is_not_followed(
    httpserver: HTTPServer, client: NetworkClient
) -> None:
    seen = _recorder(httpserver, "/there")
    httpserver.expect_request("/here").respond_with_data("", 302, headers={"Location": "/there"})
    with pytest.raises(Redirected):
        client.fetch("test", "GET", httpserver.url_for("/here"), LIMITS)
    assert seen == []


def test_a_redirect_loop_stops_at_the_hop_limit(
    httpserver: HTTPServer, client: NetworkClient
) -> None:
    httpserver.expect_request("/loop").respond_with_data("", 302, headers={"Location": "/loop"})
    with pytest.raises(Redirected, match="more than 5 redirects"):
        client.fetch("test", "GET", httpserver.url_for("/loop"), LIMITS, follow=True)
    assert len(httpserver.log) == 6


def test_byte_counts_are_returned(httpserver: HTTPServer, client: NetworkClient) -> None:
    httpserver.expect_request("/x", method="POST").respond_with_data(b"y" * 1000)
    reply = client.fetch("test", "POST", httpserver.url_for("/x"), LIMITS, data=b"z" * 500)
    assert reply.bytes_received == 1000
    assert 500 < reply.bytes_sent < 1000  # the body plus the request line and headers


def test_the_deadline_covers_a_trickled_head(client: NetworkClient) -> None:
    started = time.monotonic()
    with raw_peer(trickle_head()) as peer, pytest.raises(DeadlineExceeded, match="1 seconds"):
        client.fetch("test", "GET", peer.url(), Limits(deadline_s=1, max_bytes=1 << 20))
    assert time.monotonic() - started < 2.5


def test_the_cap_holds_without_a_content_length(client: NetworkClient) -> None:
    with raw_peer(endless_body()) as peer, pytest.raises(TooLarge, match="larger than 1 MiB"):
        client.fetch("test", "GET", peer.url(), LIMITS)


@pytest.mark.parametrize("length", ["abc", "-5", "12, 13", "0x10", ""])
def test_a_malformed_content_length_is_a_bad_answer(client: NetworkClient, length: str) -> None:
    with (raw_peer(fixed("200 OK", {"Content-Length": length}, b"{}")) as peer,
          pytest.raises(BadAnswer, match="Content-Length")):
        client.fetch("test", "GET", peer.url(), LIMITS)


def test_a_repeated_equal_content_length_is_accepted(client: NetworkClient) -> None:
    with raw_peer(fixed("200 OK", {"Content-Length": "2, 2"}, b"{}")) as peer:
        assert client.fetch("test", "GET", peer.url(), LIMITS).body == b"{}"


def test_credential_headers_are_recognised_by_name() -> None:
    kept = without_credentials({**SECRETS, "Content-Type": "a", "webhook-id": "b",
                                "Proxy-Authorization": "c", "X-Auth-Email": "d"})
    assert kept == {"Content-Type": "a", "webhook-id": "b"}
