"""HTTP plumbing shared by the REST helpdesk connectors: one call, its time-out and its failures.

Every network problem and HTTP status becomes an exception of the connector tree
(:mod:`desktop.helpdesk.connector`); nothing here defines new ones:

- time-out, a call past its deadline, refused or dropped connection, TLS failure, an invalid
  answer (``Content-Length: abc``), 408/409/425/429, 5xx -> ``TemporaryFailure``
  (``retry_after`` from a ``Retry-After`` header in seconds or as an HTTP date). A TLS
  failure is temporary because captive portals and inspecting proxies cause it until the
  network is fixed; its message says what to check.
- a redirect -> ``TemporaryFailure`` "not delivered: the … address redirects to …": it is
  never followed (a POST would turn into a GET, credentials would reach another origin),
  and the request stays in the outbox until IT fixes the URL.
- any other 3xx or 4xx, an answer larger than ``MAX_ANSWER_BYTES``, a body that is not
  JSON -> ``PermanentFailure`` with a sentence a person can act on (settings and secrets:
  :mod:`.setup`; reading answers: :mod:`.answers`).

Every call goes through :class:`desktop.network.client.NetworkClient`, with a deadline of
``DEADLINE_READS`` read time-outs and an answer of at most ``MAX_ANSWER_BYTES``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import requests

from desktop.helpdesk.connector import FailureKind, PermanentFailure, TemporaryFailure
from desktop.helpdesk.connectors.answers import b64
from desktop.network.client import Limits, NetworkClient, Reply
from desktop.network.errors import (
    BadAnswer,
    DeadlineExceeded,
    NetworkError,
    Redirected,
    RefusedUrl,
    TimedOut,
    TlsFailure,
    TooLarge,
)

log = logging.getLogger(__name__)

_TEMPORARY_CODES = frozenset({408, 409, 425, 429})
DEADLINE_READS = 8  # a whole call may take eight read time-outs (15 s -> 2 minutes)
MAX_ANSWER_BYTES = 16 * 1024 * 1024  # JSON answers; far above any real ticket or list
# Most specific first: Zendesk pairs a code ("error") with a sentence ("description").
_REASON_KEYS = ("message", "errorMessage", "errorMessages", "description", "detail", "error",
                "errors", "details")
_STATUS_WORDS = {
    400: "rejected the request as invalid",
    401: "refused the credentials (check the stored token or password)",
    403: "does not allow this account to do that",
    404: "does not know this address or ticket (check the URL setting)",
    413: "refused the request as too large",
    422: "rejected the request as invalid",
}

AuthHeaders = Callable[[], Mapping[str, str]]


class HttpClient:
    """Calls one helpdesk's REST API below ``base_url`` and maps failures to the connector tree."""

    def __init__(
        self,
        session: requests.Session,
        base_url: str,
        helpdesk: str,
        timeout: float = 15.0,
        auth: AuthHeaders | None = None,
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise PermanentFailure(f"The {helpdesk} address {base_url!r} is not an http(s) URL.")
        self.base_url = base_url.rstrip("/")
        self.helpdesk = helpdesk
        self._client = NetworkClient(session, timeout)
        self._limits = Limits(timeout * DEADLINE_READS, MAX_ANSWER_BYTES)
        self._auth = auth or dict

    def url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else f"{self.base_url}{path}"

    def call(self, method: str, path: str, **kwargs: Any) -> Reply:
        """Send one request; return the 2xx answer or raise a connector failure."""
        headers = {**self._auth(), **kwargs.pop("headers", {})}
        try:
            reply = self._client.fetch(f"helpdesk:{self.helpdesk}", method, self.url(path),
                                       self._limits, headers=headers, **kwargs)
        except NetworkError as exc:
            raise network_failure(exc, self.helpdesk) from exc
        if not 200 <= reply.status < 300:
            raise http_failure(reply, self.helpdesk)
        return reply

    def json(self, method: str, path: str, **kwargs: Any) -> Any:
        """Like :meth:`call`, and decode the JSON body (``None`` for an empty body)."""
        return decode_json(self.call(method, path, **kwargs), self.helpdesk)


def network_failure(exc: NetworkError, helpdesk: str) -> Exception:
    """The connector failure for a request that got no usable HTTP answer."""
    if isinstance(exc, TlsFailure):
        return TemporaryFailure(
            f"The secure connection to {helpdesk} failed: its certificate could not be verified "
            "or the connection was intercepted. Check the network, proxy and the URL setting.",
            kind=FailureKind.INSECURE)
    if isinstance(exc, Redirected):
        return TemporaryFailure(redirect_words(helpdesk, exc), kind=FailureKind.NOT_SET_UP)
    if isinstance(exc, DeadlineExceeded):
        return TemporaryFailure(f"{helpdesk} did not finish within {exc.seconds:g} seconds.",
                                kind=FailureKind.TIMEOUT)
    if isinstance(exc, TimedOut):
        return TemporaryFailure(f"{helpdesk} did not answer within {exc.seconds:g} seconds.",
                                kind=FailureKind.TIMEOUT)
    if isinstance(exc, TooLarge):
        return PermanentFailure(f"{helpdesk} sent an answer larger than the limit: {exc}.",
                                kind=FailureKind.BAD_ANSWER)
    if isinstance(exc, BadAnswer):
        return TemporaryFailure(f"{helpdesk} sent a broken answer: {exc}.",
                                kind=FailureKind.BAD_ANSWER)
    if isinstance(exc, RefusedUrl):
        return PermanentFailure(f"The {helpdesk} address is not a valid URL.",
                                kind=FailureKind.NOT_SET_UP)
    return TemporaryFailure(f"{helpdesk} cannot be reached right now: {exc}.",
                            kind=FailureKind.UNREACHABLE)


def redirect_words(helpdesk: str, exc: Redirected) -> str:
    """The words for a helpdesk address that redirects: nothing was delivered."""
    return (f"Not delivered: the {helpdesk} address redirects to {exc.location or 'nowhere'} "
            f"(HTTP {exc.status}); IT must fix the helpdesk URL.")


def http_failure(response: Reply, helpdesk: str) -> Exception:
    """The connector failure for a non-2xx answer, with the helpdesk's own reason if it gave one."""
    code = response.status
    reason = error_reason(response)
    suffix = f": {reason}" if reason else "."
    if code in _TEMPORARY_CODES or code >= 500:
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        return TemporaryFailure(f"{helpdesk} is busy or unavailable (HTTP {code}){suffix}",
                                retry_after=retry_after, kind=FailureKind.BUSY)
    words = _STATUS_WORDS.get(code, "refused the request")
    kind = FailureKind.SIGN_IN if code in (401, 403) else FailureKind.REFUSED
    return PermanentFailure(f"{helpdesk} {words} (HTTP {code}){suffix}", kind=kind)


def error_reason(response: Reply, limit: int = 300) -> str:
    """A short reason from an error body: the JSON message fields, else the first text line."""
    try:
        body = response.json()
    except ValueError:
        text = response.text.strip().splitlines()
        return text[0][:limit] if text and not text[0].lstrip().startswith("<") else ""
    return _reason_from(body)[:limit]


def _reason_from(body: Any) -> str:
    if isinstance(body, str):
        return body
    if isinstance(body, list):
        return "; ".join(filter(None, (_reason_from(item) for item in body)))
    if isinstance(body, Mapping):
        for key in _REASON_KEYS:
            if body.get(key):
                return _reason_from(body[key])
        parts = [f"{k}: {_reason_from(v)}" for k, v in body.items() if isinstance(v, str | list)]
        return "; ".join(parts)
    return ""


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def decode_json(response: Reply, helpdesk: str) -> Any:
    if not response.body:
        return None
    try:
        return response.json()
    except ValueError as exc:
        raise PermanentFailure(
            f"{helpdesk} answered with something that is not JSON "
            f"(HTTP {response.status}, {response.headers.get('Content-Type', 'no type')}). "
            "Check the URL setting: it may point at a web page or a login portal."
        ) from exc


def basic_auth(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + b64(f"{user}:{password}".encode())}


