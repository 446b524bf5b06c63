"""Every call through the client leaves a record: host, bytes each way, body hash, reason."""

from __future__ import annotations

import hashlib

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from desktop.network.call_record import CallRecord, reason
from desktop.network.client import Limits, NetworkClient
from desktop.network.errors import Unreachable
from desktop.network.session import RecordedSession

_LIMITS = Limits(deadline_s=5, max_bytes=1 << 20)


def test_a_post_is_recorded_with_the_bytes_and_hash_the_server_saw(
        httpserver: HTTPServer) -> None:
    seen: list[bytes] = []

    def handler(request: Request) -> Response:
        seen.append(request.get_data())
        return Response(b"x" * 321)

    httpserver.expect_request("/hook", method="POST").respond_with_handler(handler)
    records: list[CallRecord] = []
    client = NetworkClient(RecordedSession(records.append))
    with reason("delivery", "K-1"):
        client.fetch("helpdesk:webhook", "POST", httpserver.url_for("/hook"), _LIMITS,
                     data=b'{"subject": "VPN"}')
    (record,) = records
    assert (record.host, record.port) == (httpserver.host, httpserver.port)
    assert record.body_sha256 == hashlib.sha256(seen[0]).hexdigest()
    assert record.bytes_sent > len(seen[0])  # request line and headers too
    assert (record.bytes_received, record.status, record.result) == (321, 200, "answered")
    assert (record.why and record.why.what, record.why and record.why.about) == (
        "delivery", "K-1")


def test_a_failed_call_is_recorded_too() -> None:
    records: list[CallRecord] = []
    client = NetworkClient(RecordedSession(records.append))
    with pytest.raises(Unreachable):
        client.fetch("catalogue", "GET", "http://127.0.0.1:9/", _LIMITS)
    assert [(r.purpose, r.result, r.why) for r in records] == [
        ("catalogue", "Unreachable", None)]
