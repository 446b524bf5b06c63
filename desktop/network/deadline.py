"""The overall deadline of one call: when it passes, the call's sockets are shut down.

A per-read time-out never stops a peer that sends one byte per second, neither in the
head nor in the body. A :class:`Deadline` is entered for the whole call (its timer runs
until the body is read); while the request is being sent, :meth:`Deadline.registering`
makes it the active deadline, and every connection the call opens or reuses (see
:mod:`desktop.network.session`) registers its socket with it. When the timer fires, those
sockets are shut down, which ends any blocked read. The registered socket is a duplicate of
the connection's descriptor: shutting it down stops the shared connection, and closing it
never closes a descriptor someone else reuses.

The active deadline is set only around synchronous code, never across a ``yield``: a body
streamed by a generator that is abandoned must not leave its (expired) deadline active for
whatever this thread does next.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from types import TracebackType

log = logging.getLogger(__name__)

# A context variable, not a global: each thread (and each nested call) sees its own deadline.
_ACTIVE: ContextVar[Deadline | None] = ContextVar("deskmate_network_deadline", default=None)


class Deadline:
    """Shuts down every socket of the enclosed call ``seconds`` after it was entered."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._closed = False
        self._ends = time.monotonic() + seconds
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def remaining(self) -> float:
        return max(0.0, self._ends - time.monotonic())

    def __enter__(self) -> Deadline:
        self._timer.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._timer.cancel()
        with self._lock:
            self._closed = True
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()

    @contextmanager
    def registering(self) -> Iterator[None]:
        """Connections opened or reused in this block register with this deadline."""
        token = _ACTIVE.set(self)
        try:
            yield
        finally:
            _ACTIVE.reset(token)

    def watch(self, sock: socket.socket) -> None:
        """Cut ``sock`` when the deadline passes (at once if it already has)."""
        try:
            duplicate = socket.fromfd(sock.fileno(), sock.family, sock.type)
        except OSError:
            return  # already closed: nothing left to cut
        with self._lock:
            if self._closed:
                duplicate.close()
                return
            self._sockets.append(duplicate)
            if self.expired:
                _cut(duplicate)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _cut(sock)
        log.info("Network call cut at its deadline", extra={"seconds": self.seconds})


def watch_socket(sock: socket.socket | None) -> None:
    """Register ``sock`` with the deadline of the call running in this context, if any."""
    deadline = _ACTIVE.get()
    if deadline is not None and sock is not None:
        deadline.watch(sock)


def _cut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
