"""A call's deadline cuts only that call's connections, and never outlives it."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import requests
from pytest_httpserver import HTTPServer

from desktop.network.client import Limits, NetworkClient
from desktop.network.session import ensure_watched


@pytest.fixture
def client() -> Iterator[NetworkClient]:
    with requests.Session() as session:
        yield NetworkClient(session, timeout=2)


def test_an_abandoned_stream_leaves_no_deadline_behind(
    httpserver: HTTPServer, client: NetworkClient
) -> None:
    httpserver.expect_request("/big").respond_with_data(b"x" * 200_000)
    httpserver.expect_request("/ping").respond_with_data("pong")

    def chunks() -> Iterator[bytes]:  # as the TUF fetcher streams a file
        with client.open("test", "GET", httpserver.url_for("/big"), Limits(0.2, 1 << 20)) as s:
            yield from s.chunks(1024)

    suspended = chunks()
    next(suspended)  # TUF stops reading mid-file when a length check fails
    time.sleep(0.4)  # the abandoned call's deadline passes
    with requests.Session() as other:
        ensure_watched(other)
        assert other.get(httpserver.url_for("/ping"), timeout=5).text == "pong"
    suspended.close()
