"""Real servers on 127.0.0.1 that answer fast, answer slowly, refuse, or hang."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Handler(BaseHTTPRequestHandler):
    skew_s = 0.0

    def do_GET(self) -> None:  # http.server's naming
        if self.path.startswith("/slow"):
            time.sleep(float(self.path.rsplit("/", 1)[-1]))
        if self.path.startswith("/portal"):
            self.send_response(302)
            self.send_header("Location", "http://login.hotel.example/")
            self.end_headers()
            return
        code = 204 if self.path.startswith(("/generate_204", "/slow")) else 200
        self.send_response(code)
        if code == 200:
            body = b"Microsoft Connect Test" if self.path == "/connecttest.txt" else b"<html>"
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.end_headers()

    def date_time_string(self, timestamp: float | None = None) -> str:
        return formatdate(time.time() + self.skew_s, usegmt=True)

    def log_message(self, format: str, *args: object) -> None:  # base signature
        pass


@contextmanager
def http_server(skew_s: float = 0.0) -> Iterator[str]:
    handler = type("Handler", (_Handler,), {"skew_s": skew_s})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def hanging_server() -> Iterator[int]:
    """Accepts TCP connections (the kernel does) and never says a word."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    try:
        yield sock.getsockname()[1]
    finally:
        sock.close()


def refused_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port: int = sock.getsockname()[1]
    sock.close()
    return port
