"""A delivery to the real RT 5 is in the activity ledger as RT received it: through a
loopback recording proxy in front of RT, the host, bytes and body hash are the proxy's."""

from __future__ import annotations

import hashlib
import http.client
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from desktop.activity.ledger import Ledger
from desktop.activity.network_entry import NetworkLedger
from desktop.helpdesk.connectors.rt import RtConnector
from desktop.helpdesk.outbox import Outbox
from desktop.network.session import RecordedSession
from tests.desktop.helpdesk_connectors.conftest import RtServer
from tests.desktop.helpdesk_connectors.payloads import make_payload

pytestmark = [pytest.mark.rt, pytest.mark.slow]


class _Seen:
    def __init__(self) -> None:
        self.calls: list[tuple[str, bytes, bytes]] = []  # method, request body, answer body


def _proxy_handler(target: str, seen: _Seen) -> type[http.server.BaseHTTPRequestHandler]:
    parts = urlsplit(target)

    class Proxy(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _forward(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            upstream = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
            headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
            upstream.request(self.command, self.path, body or None, headers)
            answer = upstream.getresponse()
            data = answer.read()
            upstream.close()
            seen.calls.append((self.command, body, data))
            self.send_response(answer.status)
            for name, value in answer.getheaders():
                if name.lower() not in ("transfer-encoding", "content-length", "connection"):
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = _forward  # noqa: N815  # http.server's names

        def log_message(self, format: str, *args: Any) -> None:  # stdlib signature
            """Quiet."""

    return Proxy


@pytest.fixture
def proxy(rt_server: RtServer) -> Iterator[tuple[str, _Seen]]:
    seen = _Seen()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             _proxy_handler(rt_server.url, seen))
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_an_rt_ticket_is_in_the_ledger_as_rt_received_it(
        rt_server: RtServer, proxy: tuple[str, _Seen], tmp_path: Path) -> None:
    url, seen = proxy
    ledger = Ledger(tmp_path / "activity.sqlite3")
    session = RecordedSession(NetworkLedger(ledger))
    connector = RtConnector(session, url, "General", lambda: rt_server.token, timeout=30)
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    payload = make_payload()
    outbox.enqueue(payload)
    assert outbox.flush(connector).sent == 1
    outbox.close()
    entries = [e for e in ledger.entries() if e.purpose == "delivery"]
    assert len(entries) == len(seen.calls) >= 2  # the look-up by key, then the new ticket
    for entry, (method, body, answer) in zip(entries, seen.calls, strict=True):
        assert (entry.host, entry.detail["port"]) == ("127.0.0.1", int(url.rsplit(":", 1)[1]))
        assert entry.detail["method"] == method
        assert entry.detail["request_key"] == payload.idempotency_key
        assert entry.detail["bytes_received"] == len(answer)
        assert entry.detail.get("body_sha256", "") == (
            hashlib.sha256(body).hexdigest() if body else "")
    assert any(e.detail["method"] == "POST" and e.detail["body_bytes"] > 1000 for e in entries)
    assert ledger.verify().ok
