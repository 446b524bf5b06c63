"""The one client every outbound HTTP call goes through: deadline, size cap, redirect policy.

Each call names its purpose and its :class:`Limits`. The client never lets requests follow
a redirect: a 3xx is :class:`~desktop.network.errors.Redirected` naming its Location, unless
the caller asks to ``follow`` it, which only a GET without a body may do, on the same
scheme, for at most ``MAX_HOPS`` hops, with every credential header dropped once the origin
changes. The body is streamed; the cap is enforced while reading (and up front from a valid
``Content-Length``), and the deadline covers connect, head and body together. Failures are
the tree in :mod:`desktop.network.errors`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests

from desktop.network.call_record import CallRecord, current_reason
from desktop.network.deadline import Deadline
from desktop.network.errors import (
    BadAnswer,
    DeadlineExceeded,
    NetworkError,
    Redirected,
    RefusedUrl,
    TimedOut,
    TlsFailure,
    TooLarge,
    Unreachable,
    size_words,
)
from desktop.network.session import RecordedSession, ensure_watched

log = logging.getLogger(__name__)

MAX_HOPS = 5
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
_LENGTH = re.compile(r"\d+")
# Header names that carry a credential: these never follow a redirect to another origin.
_CREDENTIAL_WORDS = ("auth", "token", "cookie", "secret", "api-key", "apikey", "api_key",
                     "password", "session")


@dataclass(frozen=True)
class Limits:
    """How long a whole call may take and how large its answer may be."""

    deadline_s: float
    max_bytes: int


@dataclass(frozen=True)
class Reply:
    """A complete answer: status, headers, body, and the bytes that crossed the wire."""

    status: int
    headers: Mapping[str, str]
    body: bytes
    url: str
    bytes_sent: int
    bytes_received: int

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self) -> Any:
        """The body as JSON; ``ValueError`` if it is not."""
        return json.loads(self.body)


class Stream:
    """An answer whose body is read in chunks, within the call's cap and deadline."""

    def __init__(self, response: requests.Response, limits: Limits, deadline: Deadline,
                 timeout: float) -> None:
        self.status = response.status_code
        self.headers: Mapping[str, str] = response.headers
        self.url = response.url
        self.bytes_sent = _request_size(response.request)
        self.body_sha256, self.body_bytes = _body_hash(response.request)
        self.bytes_received = 0
        head = response.request.method == "HEAD"  # its Content-Length is the GET's
        self.length = None if head else declared_length(response.headers, limits.max_bytes)
        self._response = response
        self._limits = limits
        self._deadline = deadline
        self._timeout = timeout

    def chunks(self, size: int = _CHUNK) -> Iterator[bytes]:
        try:
            for chunk in self._response.iter_content(size):
                self.bytes_received += len(chunk)
                if self.bytes_received > self._limits.max_bytes:
                    raise _too_large(self._limits.max_bytes)
                yield chunk
        except requests.RequestException as exc:
            raise _failure(exc, self._deadline, self._timeout) from exc
        if self._deadline.expired:  # a cut read-until-close body looks like a clean end
            raise _deadline_exceeded(self._deadline)

    def read(self) -> bytes:
        body = bytearray()
        for chunk in self.chunks():
            body += chunk
        return bytes(body)


class NetworkClient:
    """Sends every outbound HTTP request of the app through one session."""

    def __init__(self, session: requests.Session, timeout: float = 15.0) -> None:
        ensure_watched(session)
        self._session = session
        self._timeout = timeout
        self._recorder = session.recorder if isinstance(session, RecordedSession) else None

    @property
    def timeout(self) -> float:
        return self._timeout

    def fetch(self, purpose: str, method: str, url: str, limits: Limits, *,
              follow: bool = False, **kwargs: Any) -> Reply:
        """Send one request and read its whole answer (any status) within ``limits``."""
        with self.open(purpose, method, url, limits, follow=follow, **kwargs) as stream:
            body = stream.read()
        return Reply(stream.status, stream.headers, body, stream.url, stream.bytes_sent,
                     stream.bytes_received)

    @contextmanager
    def open(self, purpose: str, method: str, url: str, limits: Limits, *,
             follow: bool = False, **kwargs: Any) -> Iterator[Stream]:
        """Send one request; the body of the answer is read from the yielded stream."""
        started = time.monotonic()
        stream: Stream | None = None
        try:
            with Deadline(limits.deadline_s) as deadline:
                response = self._send(method, url, deadline, follow, kwargs)
                try:
                    stream = Stream(response, limits, deadline, self._timeout)
                    yield stream
                finally:
                    response.close()
        except NetworkError as exc:
            self._record(_record(purpose, method, url, stream, started, type(exc).__name__))
            raise
        self._record(_record(purpose, method, url, stream, started, "answered"))

    def _record(self, record: CallRecord) -> None:
        """One log line per call, and the entry in the activity ledger."""
        log.info("Network call", extra={
            "purpose": record.purpose, "method": record.method, "host": record.host,
            "result": record.result, "status": record.status, "bytes_sent": record.bytes_sent,
            "bytes_received": record.bytes_received, "seconds": record.seconds})
        if self._recorder is not None:
            self._recorder(record)

    def _send(self, method: str, url: str, deadline: Deadline, follow: bool,
              kwargs: dict[str, Any]) -> requests.Response:
        headers = dict(kwargs.pop("headers", None) or {})
        for _hop in range(MAX_HOPS + 1):
            response = self._request(method, url, headers, deadline, kwargs)
            if response.status_code not in REDIRECT_CODES:
                return response
            response.close()
            target = urljoin(url, response.headers.get("Location", ""))
            _check_follow(follow and method == "GET" and not kwargs, url, target,
                          response.status_code)
            if _origin(target) != _origin(url):
                headers = without_credentials(headers)
            url = target
        raise Redirected(f"more than {MAX_HOPS} redirects, the last to {url}", url, 310)

    def _request(self, method: str, url: str, headers: dict[str, str], deadline: Deadline,
                 kwargs: dict[str, Any]) -> requests.Response:
        if urlsplit(url).scheme not in ("http", "https"):
            raise RefusedUrl(f"{url!r} is not an http(s) address")
        connect = max(0.05, min(self._timeout, deadline.remaining()))
        try:
            with deadline.registering():
                return self._session.request(method, url, headers=headers, stream=True,
                                             allow_redirects=False,
                                             timeout=(connect, self._timeout), **kwargs)
        except requests.RequestException as exc:
            raise _failure(exc, deadline, self._timeout) from exc


def _record(purpose: str, method: str, url: str, stream: Stream | None, started: float,
            result: str) -> CallRecord:
    parts = urlsplit(url)
    return CallRecord(
        purpose, current_reason(), method, parts.hostname or "", parts.port, result,
        stream.status if stream else None, stream.bytes_sent if stream else 0,
        stream.bytes_received if stream else 0, round(time.monotonic() - started, 3),
        stream.body_sha256 if stream else "", stream.body_bytes if stream else 0)


def declared_length(headers: Mapping[str, str], cap: int) -> int | None:
    """The answer's ``Content-Length``, checked: a number, one value, within ``cap``."""
    raw = headers.get("Content-Length")
    if raw is None:
        return None
    values = {value.strip() for value in raw.split(",")}
    if len(values) != 1 or not _LENGTH.fullmatch(next(iter(values))):
        raise BadAnswer(f"the answer has an invalid Content-Length ({raw[:40]!r})")
    length = int(next(iter(values)))
    if length > cap:
        raise TooLarge(f"the answer is larger than {size_words(cap)} "
                       f"(its Content-Length says {length} bytes)", cap)
    return length


def without_credentials(headers: Mapping[str, str]) -> dict[str, str]:
    """``headers`` without any that could carry a credential (Authorization, App-Token, …)."""
    return {name: value for name, value in headers.items()
            if not any(word in name.lower() for word in _CREDENTIAL_WORDS)}


def _check_follow(allowed: bool, url: str, target: str, status: int) -> None:
    same_scheme = urlsplit(target).scheme == urlsplit(url).scheme
    if not (allowed and same_scheme) or not urlsplit(target).hostname:
        raise Redirected(f"the address redirects to {target or 'nowhere'} (HTTP {status})",
                         target, status)


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme, (parts.hostname or "").lower(), parts.port


def _request_size(request: requests.PreparedRequest) -> int:
    head = sum(len(k) + len(str(v)) + 4 for k, v in request.headers.items())
    body = request.body
    size = len(body) if isinstance(body, bytes | str) else 0
    return len(request.method or "") + len(request.url or "") + 12 + head + size


def _body_hash(request: requests.PreparedRequest) -> tuple[str, int]:
    """The request body's SHA-256 and size as it crosses the wire (``""``, 0 without one)."""
    body = request.body
    if isinstance(body, str):
        body = body.encode("utf-8")
    if not isinstance(body, bytes) or not body:
        return "", 0
    return hashlib.sha256(body).hexdigest(), len(body)


def _too_large(cap: int) -> TooLarge:
    return TooLarge(f"the answer is larger than {size_words(cap)}", cap)


def _deadline_exceeded(deadline: Deadline) -> DeadlineExceeded:
    return DeadlineExceeded(f"the call did not finish within {deadline.seconds:g} seconds",
                            deadline.seconds)


def _failure(exc: requests.RequestException, deadline: Deadline, timeout: float) -> NetworkError:
    """The network error for a requests failure; anything after the deadline is the deadline."""
    if deadline.expired:
        return _deadline_exceeded(deadline)
    if isinstance(exc, requests.exceptions.SSLError):
        return TlsFailure(f"the secure connection failed ({type(exc).__name__})")
    if isinstance(exc, requests.exceptions.InvalidHeader
                  | requests.exceptions.ContentDecodingError):
        return BadAnswer(f"the answer is not valid HTTP ({exc})")
    if isinstance(exc, requests.exceptions.Timeout):
        return TimedOut(f"no answer within {timeout:g} seconds", timeout)
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema
                  | requests.exceptions.InvalidSchema):
        return RefusedUrl(f"not a valid address ({type(exc).__name__})")
    return Unreachable(_unreachable_words(exc))


def _unreachable_words(exc: requests.RequestException) -> str:
    """Why no connection was made, in words: refused, unknown name, or simply failed."""
    chain = repr(exc)
    if "NameResolution" in chain or "getaddrinfo" in chain or "Name or service" in chain:
        return "its name could not be found (DNS)"
    if "ConnectionRefused" in chain or "Connection refused" in chain:
        return "the connection was refused"
    return "the connection failed"
