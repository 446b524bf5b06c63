"""The TUF fetcher at the edges: trickling, oversized and broken peers, and redirects."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import requests
from pytest_httpserver import HTTPServer
from tuf.api import exceptions

from desktop.catalogue.fetchers import SessionFetcher
from tests.fakes.http_peers import endless_body, fixed, raw_peer, trickle_body, trickle_head


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


@pytest.mark.parametrize("answer", [trickle_body(), trickle_head()], ids=["body", "head"])
def test_a_trickling_repository_is_cut_off_at_the_deadline(
    session: requests.Session, answer: object
) -> None:
    fetcher = SessionFetcher(session, timeout=0.25)  # the deadline is 2 s
    with raw_peer(answer) as peer:  # type: ignore[arg-type]  # an Answer, parametrized
        started = time.monotonic()
        with pytest.raises(exceptions.SlowRetrievalError):
            b"".join(fetcher.fetch(peer.url("/metadata/1.root.json")))
        assert time.monotonic() - started < 4


def test_an_endless_file_stops_at_the_cap(session: requests.Session) -> None:
    fetcher = SessionFetcher(session, max_bytes=1024 * 1024)
    with raw_peer(endless_body()) as peer, pytest.raises(exceptions.DownloadLengthMismatchError):
        for _chunk in fetcher.fetch(peer.url("/targets/catalogue.json")):
            pass


def test_a_broken_content_length_is_a_download_error(session: requests.Session) -> None:
    fetcher = SessionFetcher(session)
    with (raw_peer(fixed("200 OK", {"Content-Length": "abc"}, b"{}")) as peer,
          pytest.raises(exceptions.DownloadError)):
        b"".join(fetcher.fetch(peer.url("/metadata/timestamp.json")))


def test_a_refused_connection_is_a_download_error(session: requests.Session) -> None:
    with raw_peer(fixed("200 OK", {})) as peer:
        url = peer.url("/metadata/timestamp.json")
    with pytest.raises(exceptions.DownloadError):
        b"".join(SessionFetcher(session, timeout=1).fetch(url))


def test_a_cdn_redirect_is_followed_but_a_loop_is_not(
    httpserver: HTTPServer, session: requests.Session
) -> None:
    httpserver.expect_request("/metadata/2.root.json").respond_with_data(
        "", 302, headers={"Location": "/cdn/2.root.json"})
    httpserver.expect_request("/cdn/2.root.json").respond_with_data("{}")
    httpserver.expect_request("/metadata/loop.json").respond_with_data(
        "", 302, headers={"Location": "/metadata/loop.json"})
    fetcher = SessionFetcher(session)
    assert b"".join(fetcher.fetch(httpserver.url_for("/metadata/2.root.json"))) == b"{}"
    with pytest.raises(exceptions.DownloadError):
        b"".join(fetcher.fetch(httpserver.url_for("/metadata/loop.json")))
