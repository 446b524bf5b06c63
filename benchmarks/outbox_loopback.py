"""Outbox throughput benchmark: N requests through the webhook connector to a loopback receiver.

``run_outbox_benchmark(1000)`` is what ``make bench`` calls. The receiver de-duplicates on
``webhook-id`` as Standard Webhooks receivers should, and counts raw deliveries too, so
zero loss and zero duplicates are checked, not assumed.
"""

from __future__ import annotations

import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import requests

from desktop.helpdesk.connector import Attachment, RequestKind, TicketPayload
from desktop.helpdesk.connectors.webhook import WebhookConnector
from desktop.helpdesk.outbox import Outbox


@dataclass
class ReceiverLog:
    """What a :class:`LoopbackReceiver` saw; guarded by ``lock``."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    deliveries: list[str] = field(default_factory=list)  # webhook-id of every POST, repeats kept
    bodies: dict[str, bytes] = field(default_factory=dict)  # first body per webhook-id

    def unique(self) -> set[str]:
        with self.lock:
            return set(self.deliveries)


class LoopbackReceiver:
    """A tiny threaded HTTP webhook receiver on 127.0.0.1, optionally slow or failing."""

    def __init__(self, delay: float = 0.0, status: int = 200, port: int = 0) -> None:
        self.log = ReceiverLog()
        self.delay = delay
        self.status = status
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/hook"

    def __enter__(self) -> LoopbackReceiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # http.server's naming
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if receiver.delay:
                    time.sleep(receiver.delay)
                message_id = self.headers.get("webhook-id", "")
                with receiver.log.lock:
                    receiver.log.deliveries.append(message_id)
                    receiver.log.bodies.setdefault(message_id, body)
                self.send_response(receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:  # base name
                return  # keep the benchmark's output clean

        return Handler


def bench_payload(index: int) -> TicketPayload:
    return TicketPayload(
        idempotency_key=str(uuid.uuid4()), kind=RequestKind.REQUEST,
        subject=f"[Deskmate] Benchmark request {index}",
        body="Who: bench\nDevice: bench-host\nWhat is failing: nothing\nWhat was tried: -\n"
             "Urgency: Low", category="other", urgency="low", requester={"account": "bench"},
        attachments=(Attachment("deskmate.log", "text/plain", b"line\n" * 200),),
    )


def run_outbox_benchmark(count: int = 1000, folder: Path | None = None) -> dict[str, Any]:
    """Queue ``count`` requests, flush them to a loopback webhook, and check nothing was lost."""
    with tempfile.TemporaryDirectory() as temp, LoopbackReceiver() as receiver:
        outbox = Outbox((folder or Path(temp)) / "bench-outbox.sqlite3")
        keys = {outbox.enqueue(bench_payload(i)).key for i in range(count)}
        with requests.Session() as session:
            connector = WebhookConnector(receiver.url, session, "whsec_" + "A" * 32)
            started = time.perf_counter()
            report = outbox.flush(connector)
            elapsed = time.perf_counter() - started
        outbox.close()
        received = receiver.log.unique()
        return {
            "requests": count, "seconds": round(elapsed, 3),
            "per_second": round(count / elapsed, 1) if elapsed else None,
            "sent": report.sent, "lost": len(keys - received),
            "duplicates": len(receiver.log.deliveries) - len(received),
        }
