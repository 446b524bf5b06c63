"""Probes tell their recorder about every fetch and connection, answered or not."""

from __future__ import annotations

import socket

import pytest
from pytest_httpserver import HTTPServer

from diagnostics.http_probe import ProbeError, make_fetch, make_tcp_connect
from diagnostics.probe_record import ProbeRecord


def test_a_fetch_is_recorded_with_its_host_and_bytes(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/").respond_with_data(b"hello", headers={"Date": "x"})
    records: list[ProbeRecord] = []
    make_fetch(recorder=records.append, purpose="clock check")(httpserver.url_for("/"), 5)
    (record,) = records
    assert (record.purpose, record.method, record.host, record.port) == (
        "clock check", "GET", httpserver.host, httpserver.port)
    assert (record.result, record.status, record.bytes_received) == ("answered", 200, 5)


def test_a_refused_connection_is_recorded() -> None:
    records: list[ProbeRecord] = []
    connect = make_tcp_connect(records.append)
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        port = spare.getsockname()[1]
    with pytest.raises(ProbeError):
        connect("127.0.0.1", port, 2)
    assert [(r.method, r.port, r.result) for r in records] == [("TCP", port, "refused")]
