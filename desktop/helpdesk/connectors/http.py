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
  JSON, a missing setting or secret -> ``PermanentFailure`` with a sentence a person can act on.

Every call goes through :class:`desktop.network.client.NetworkClient`, with a deadline of
``DEADLINE_READS`` read time-outs and an answer of at most ``MAX_ANSWER_BYTES``.
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import requests

from desktop.helpdesk.connector import PermanentFailure, TemporaryFailure
from desktop.helpdesk.secret_rules import usable
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
from desktop.secrets import SecretStore, SecretStoreError, SecretStoreUnavailable
from desktop.settings import Settings

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
_URGENCY = {"low": 1, "normal": 2, "medium": 2, "high": 3, "critical": 4, "urgent": 4}

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
            "or the connection was intercepted. Check the network, proxy and the URL setting."
        )
    if isinstance(exc, Redirected):
        return TemporaryFailure(redirect_words(helpdesk, exc))
    if isinstance(exc, DeadlineExceeded):
        return TemporaryFailure(f"{helpdesk} did not finish within {exc.seconds:g} seconds.")
    if isinstance(exc, TimedOut):
        return TemporaryFailure(f"{helpdesk} did not answer within {exc.seconds:g} seconds.")
    if isinstance(exc, TooLarge):
        return PermanentFailure(f"{helpdesk} sent an answer larger than the limit: {exc}.")
    if isinstance(exc, BadAnswer):
        return TemporaryFailure(f"{helpdesk} sent a broken answer: {exc}.")
    if isinstance(exc, RefusedUrl):
        return PermanentFailure(f"The {helpdesk} address is not a valid URL.")
    return TemporaryFailure(f"{helpdesk} cannot be reached right now: {exc}.")


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
                                retry_after=retry_after)
    words = _STATUS_WORDS.get(code, "refused the request")
    return PermanentFailure(f"{helpdesk} {words} (HTTP {code}){suffix}")


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


def expect_mapping(value: Any, helpdesk: str, what: str) -> Mapping[str, Any]:
    """``value`` if it is a JSON object, else a clear failure naming what was expected."""
    if not isinstance(value, Mapping):
        raise PermanentFailure(f"{helpdesk} sent an unexpected answer: {what} is missing.")
    return value


def field(data: Mapping[str, Any], key: str, helpdesk: str) -> Any:
    """``data[key]``, or a clear failure when the helpdesk's answer lacks it."""
    if key not in data or data[key] is None:
        raise PermanentFailure(f"{helpdesk} sent an unexpected answer without {key!r}.")
    return data[key]


def numeric_id(remote_id: str, helpdesk: str) -> int:
    """A ticket number from a stored remote id, or a clear failure for anything else."""
    if not remote_id.strip().isdigit():
        raise PermanentFailure(f"{remote_id!r} is not a {helpdesk} ticket number.")
    return int(remote_id)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def urgency_level(urgency: str) -> int:
    """1 (low) to 4 (urgent) from the form's urgency word; unknown words count as normal."""
    return _URGENCY.get(urgency.strip().lower(), 2)


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 or ``YYYY-MM-DD HH:MM:SS`` (UTC) timestamp, or ``None``."""
    if not isinstance(value, str) or not value or value.startswith("1970-01-01"):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def setting_text(settings: Settings, name: str, default: str = "") -> str:
    """A connector setting by dotted name; ``default`` when it is not declared (yet)."""
    setting = settings.registry.get(name)
    if setting is None:
        return default
    value = settings.value(setting)
    return value.strip() if isinstance(value, str) else str(value)


def required_setting(settings: Settings, name: str, helpdesk: str) -> str:
    value = setting_text(settings, name)
    if not value:
        raise PermanentFailure(f"{helpdesk} is not set up: the setting {name} is empty.")
    return value


def secret_reader(secrets: SecretStore) -> Callable[[str], str]:
    """A function reading one secret by name at call time, raising connector failures."""

    def read(name: str) -> str:
        try:
            value = secrets.get(name)
        except SecretStoreUnavailable as exc:
            raise PermanentFailure(f"The keychain is not available, so {name} cannot be read: "
                                   f"{exc}") from exc
        except SecretStoreError as exc:
            raise TemporaryFailure(f"The keychain did not give {name}: {exc}") from exc
        if not value:
            raise PermanentFailure(f"No secret {name} is stored on this computer. "
                                   f"IT can store it with: deskmate secret set {name}")
        return usable(name, value)

    return read


def basic_auth(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + b64(f"{user}:{password}".encode())}


def json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def names(items: Iterable[Mapping[str, Any]], key: str) -> set[str]:
    """The set of ``item[key]`` strings, e.g. file names already attached to a ticket."""
    return {str(item[key]) for item in items if isinstance(item, Mapping) and key in item}
