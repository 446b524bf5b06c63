"""The suite's guard sees a connection made outside the network client, and only that."""

from __future__ import annotations

import socket

from pytest_httpserver import HTTPServer

from desktop.network.client import Limits, NetworkClient
from desktop.network.session import RecordedSession


def test_a_raw_connection_is_caught_and_the_client_is_not(
        httpserver: HTTPServer, no_connection_escapes_the_ledger: list[str]) -> None:
    httpserver.expect_request("/").respond_with_data(b"ok")
    NetworkClient(RecordedSession()).fetch("test", "GET", httpserver.url_for("/"),
                                           Limits(5, 1000))
    assert no_connection_escapes_the_ledger == []
    with socket.create_connection((httpserver.host, httpserver.port), timeout=5):
        pass
    assert len(no_connection_escapes_the_ledger) == 1
    assert "tests.test_network_guard" in no_connection_escapes_the_ledger[0]
    no_connection_escapes_the_ledger.clear()  # seen: this test is the guard's own
