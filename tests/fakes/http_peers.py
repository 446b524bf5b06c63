"""Misbehaving HTTP peers on 127.0.0.1: tricklers, endless bodies, broken headers, redirects.

A peer is a listening socket served by daemon threads; each connection reads the request,
then runs an ``answer`` that writes raw bytes. Every answer is bounded: it stops by itself
after ``GIVE_UP_S`` seconds or when the peer is closed, so a client without a deadline makes
its test fail instead of hanging the suite.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

GIVE_UP_S = 20.0
Answer = Callable[[socket.socket, threading.Event], None]


@dataclass
class RawPeer:
    """One listening socket; ``heads`` collects the raw request heads it received."""

    answer: Answer
    heads: list[bytes] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    served_s: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.port = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._accept, daemon=True, name="raw-peer")
        self._thread.start()

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def close(self) -> None:
        self.stop.set()
        self._thread.join(5)
        self._listener.close()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        started = time.monotonic()
        with conn, contextlib.suppress(OSError):
            conn.settimeout(GIVE_UP_S)
            self.heads.append(_read_head(conn))
            self.answer(conn, self.stop)
        self.served_s.append(time.monotonic() - started)


@contextlib.contextmanager
def raw_peer(answer: Answer) -> Iterator[RawPeer]:
    peer = RawPeer(answer)
    try:
        yield peer
    finally:
        peer.close()


def _read_head(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), 0)
    while len(body) < length:  # drain the body so the client is not reset mid-send
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head


def _bounded(stop: threading.Event) -> Iterator[None]:
    end = time.monotonic() + GIVE_UP_S
    while not stop.is_set() and time.monotonic() < end:
        yield None


def trickle_body(interval: float = 0.05) -> Answer:
    """Promises 100 kB, then sends one byte per ``interval``."""

    def answer(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 100000\r\n\r\n")
        for _ in _bounded(stop):
            conn.sendall(b" ")
            time.sleep(interval)

    return answer


def trickle_head(interval: float = 0.05) -> Answer:
    """Sends the status line and an endless header one byte per ``interval``."""

    def answer(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        for _ in _bounded(stop):
            conn.sendall(b"a")
            time.sleep(interval)

    return answer


def endless_body(content_length: int | None = None, limit: int = 48 * 1024 * 1024) -> Answer:
    """Streams zeros until the client hangs up, ``limit`` bytes or ``GIVE_UP_S``, with an
    optional declared length; nothing large is ever held in memory here."""

    def answer(conn: socket.socket, stop: threading.Event) -> None:
        declared = f"Content-Length: {content_length}\r\n" if content_length else ""
        conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                     f"{declared}Connection: close\r\n\r\n".encode())
        zeros = bytes(64 * 1024)
        for _, _sent in zip(_bounded(stop), range(0, limit, len(zeros)), strict=False):
            conn.sendall(zeros)

    return answer


def fixed(status: str, headers: dict[str, str], body: bytes = b"") -> Answer:
    """One literal answer, headers exactly as given (``Content-Length: abc`` included)."""

    def answer(conn: socket.socket, stop: threading.Event) -> None:
        lines = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        conn.sendall(f"HTTP/1.1 {status}\r\n{lines}Connection: close\r\n\r\n".encode() + body)

    return answer


def other_origin(url: str) -> str:
    """The same loopback server under another origin: ``localhost`` <-> ``127.0.0.1``."""
    if "://127.0.0.1" in url:
        return url.replace("://127.0.0.1", "://localhost", 1)
    return url.replace("://localhost", "://127.0.0.1", 1)


def header_value(head: bytes, name: str) -> str | None:
    """The value of header ``name`` in a raw request head, or ``None``."""
    for line in head.split(b"\r\n")[1:]:
        key, _, value = line.decode("latin-1").partition(":")
        if key.strip().lower() == name.lower():
            return value.strip()
    return None
