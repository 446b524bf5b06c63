"""Small, time-limited HTTP and TCP probes that never follow redirects."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from typing import NamedTuple
from urllib.parse import urlsplit

from diagnostics.probe_record import ProbeRecord, ProbeRecorder


class HttpAnswer(NamedTuple):
    status: int
    headers: dict[str, str]
    body: str  # at most the first few kilobytes
    elapsed_ms: float


class ProbeError(Exception):
    """The server could not be reached (refused, no route, timed out, bad name)."""


Fetch = Callable[[str, float], HttpAnswer]


def make_fetch(proxy: str = "", recorder: ProbeRecorder | None = None,
               purpose: str = "health probe") -> Fetch:
    """A fetcher using ``proxy`` if given, else the environment's proxy settings; each
    fetch is passed to ``recorder`` as made for ``purpose``."""
    fetch = _urllib_fetch(proxy)
    return fetch if recorder is None else _recorded_fetch(fetch, recorder, purpose)


def _recorded_fetch(fetch: Fetch, recorder: ProbeRecorder, purpose: str) -> Fetch:
    def recorded(url: str, timeout: float) -> HttpAnswer:
        parts, started = urlsplit(url), time.perf_counter()
        try:
            answer = fetch(url, timeout)
        except ProbeError as exc:
            recorder(ProbeRecord(purpose, "GET", parts.hostname or "", parts.port, str(exc),
                                 None, 0, round(time.perf_counter() - started, 3)))
            raise
        recorder(ProbeRecord(purpose, "GET", parts.hostname or "", parts.port, "answered",
                             answer.status, len(answer.body.encode()),
                             round(answer.elapsed_ms / 1000, 3)))
        return answer

    return recorded


def _urllib_fetch(proxy: str) -> Fetch:
    # urllib brings http.client, ssl and email: loaded when a check fetches, so a process
    # that only builds the checks (the tray) does not keep them
    import urllib.error
    import urllib.request

    class _NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None  # a redirect is itself the answer (captive portals redirect)

    handlers: list[urllib.request.BaseHandler] = [_NoRedirect()]
    if proxy:
        handlers.append(urllib.request.ProxyHandler({"http": proxy, "https": proxy}))
    opener = urllib.request.build_opener(*handlers)

    def fetch(url: str, timeout: float) -> HttpAnswer:
        started = time.perf_counter()
        request = urllib.request.Request(url, headers={"User-Agent": "Deskmate-health"})
        try:
            with opener.open(request, timeout=timeout) as response:
                body = response.read(4096).decode("utf-8", "replace")
                return HttpAnswer(response.status, dict(response.headers), body,
                                  (time.perf_counter() - started) * 1000)
        except urllib.error.HTTPError as exc:
            return HttpAnswer(exc.code, dict(exc.headers or {}), "",
                              (time.perf_counter() - started) * 1000)
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise ProbeError(_reason(exc)) from exc

    return fetch


def _reason(exc: BaseException) -> str:
    inner = getattr(exc, "reason", exc)
    if isinstance(inner, TimeoutError | socket.timeout):
        return "timed out"
    if isinstance(inner, ConnectionRefusedError):
        return "refused"
    if isinstance(inner, socket.gaierror):
        return "name not resolved"
    return type(inner).__name__


def tcp_connect(host: str, port: int, timeout: float) -> float:
    """Milliseconds to open a TCP connection; raises :class:`ProbeError`."""
    started = time.perf_counter()
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return (time.perf_counter() - started) * 1000
    except OSError as exc:
        raise ProbeError(_reason(exc)) from exc


def make_tcp_connect(recorder: ProbeRecorder) -> Callable[[str, int, float], float]:
    """:func:`tcp_connect` that passes each attempt to ``recorder``."""
    def recorded(host: str, port: int, timeout: float) -> float:
        started = time.perf_counter()
        try:
            millis = tcp_connect(host, port, timeout)
        except ProbeError as exc:
            recorder(ProbeRecord("health probe", "TCP", host, port, str(exc), None, 0,
                                 round(time.perf_counter() - started, 3)))
            raise
        recorder(ProbeRecord("health probe", "TCP", host, port, "connected", None, 0,
                             round(millis / 1000, 3)))
        return millis

    return recorded


def resolve(host: str, timeout: float) -> tuple[str, ...]:
    """Addresses for ``host``; getaddrinfo has no time-out, so it runs in a daemon thread."""
    box: list[tuple[str, ...] | BaseException] = []

    def work() -> None:
        try:
            box.append(tuple(sorted({str(info[4][0]) for info in socket.getaddrinfo(host, None)})))
        except OSError as exc:
            box.append(exc)

    thread = threading.Thread(target=work, daemon=True, name="resolve")
    thread.start()
    thread.join(timeout)
    if not box:
        raise ProbeError("timed out")
    if isinstance(box[0], BaseException):
        raise ProbeError(_reason(box[0]))
    return box[0]
