"""What one outbound call was, and why: the record every call leaves for the activity ledger.

The caller names the call's ``purpose`` (``catalogue``, ``helpdesk:rt``, ``installer``); work
that knows more says *why* around it with :func:`reason`, e.g. the outbox around a delivery
(``delivery`` of request ``K-1``), so the record can name the request it carried.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from desktop.sha256 import sha256_hex


@dataclass(frozen=True)
class Why:
    """Why a call is made (``delivery``, ``status poll``…) and what it is about (a key)."""

    what: str
    about: str = ""


@dataclass(frozen=True)
class CallRecord:
    """One outbound call: where, why, how many bytes each way, and how it ended."""

    purpose: str
    why: Why | None
    method: str
    host: str
    port: int | None
    result: str  # "answered" or the NetworkError class name
    status: int | None
    bytes_sent: int
    bytes_received: int
    seconds: float
    body_sha256: str  # of the request body as it crossed the wire ("" without a body)
    body_bytes: int  # the request body's size (bytes_sent adds the request line and headers)


CallRecorder = Callable[[CallRecord], None]

# A context variable rather than a parameter: the connectors between the outbox and the
# network client need not know about it, and each thread (task) has its own.
_WHY: ContextVar[Why | None] = ContextVar("deskmate_call_why", default=None)


@contextmanager
def reason(what: str, about: str = "") -> Iterator[None]:
    """Calls made inside this block are recorded as made for ``what`` (about ``about``)."""
    token = _WHY.set(Why(what, about))
    try:
        yield
    finally:
        _WHY.reset(token)


def current_reason() -> Why | None:
    return _WHY.get()


def recorder_of(session: object) -> CallRecorder | None:
    """The recorder a session carries (``None`` for a plain one, in tools and tests)."""
    recorder = getattr(session, "recorder", None)
    return recorder if callable(recorder) else None


def raw_record(purpose: str, method: str, host: str, port: int, result: str, started: float,
               body: bytes = b"") -> CallRecord:
    """The record of a call made without HTTP (SMTP, a TCP probe); ``body`` is what was sent."""
    digest = sha256_hex(body) if body else ""
    return CallRecord(purpose, current_reason(), method, host, port, result, None, len(body),
                      0, round(time.monotonic() - started, 3), digest, len(body))
