"""Generic webhook connector: a signed JSON (or multipart) POST per request.

Body: ``{"type": "deskmate.request", "payload": {…}}`` where the payload is
:func:`desktop.helpdesk.payload.payload_to_json`; attachments ride inline as
``data_base64`` while their total is at most ``helpdesk.webhook.inline_limit_bytes``.
Above it the body is ``multipart/form-data``: a ``payload`` part (the JSON without data)
and one ``attachment`` file part per attachment.

Signing follows Standard Webhooks: ``webhook-id`` (the idempotency key, so receivers
drop duplicates), ``webhook-timestamp`` and ``webhook-signature: v1,<base64 HMAC-SHA256
of "id.timestamp.body">``, keyed with the keychain secret ``helpdesk.webhook.secret``
(``whsec_<base64>``). ``helpdesk.webhook.token``, if stored, goes as a Bearer token.
Replies and ratings are posted the same way with types ``deskmate.reply`` and
``deskmate.rating``; their ``webhook-id`` is the follow-up's own outbox key, so two replies
to one ticket are two messages and a retried one is the same message. A webhook has no
status to read: ``status`` raises NotSupported.
A 2xx response may return ``{"id": "…", "url": "…"}`` to name the ticket; only a 2xx is a
delivery. A redirect is never followed (it would turn the POST into a GET and could carry the
token elsewhere): it is a ``TemporaryFailure`` naming where it points, and the request stays
in the outbox. The answer is read within the deadline and size cap of ``connectors.http``.
"""

from __future__ import annotations

import base64
import json
import logging
import uuid
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import requests

from desktop.helpdesk.connector import (
    Attachment,
    FailureKind,
    NotSupported,
    PermanentFailure,
    StatusResult,
    SubmitResult,
    TemporaryFailure,
    TicketPayload,
)
from desktop.helpdesk.connectors.http import DEADLINE_READS, network_failure
from desktop.helpdesk.payload_json import payload_to_json
from desktop.helpdesk.secret_rules import signing_key, usable
from desktop.network.client import Limits, NetworkClient, Reply
from desktop.network.errors import NetworkError
from desktop.secrets import SecretStore, SecretStoreUnavailable
from desktop.settings import Settings
from desktop.settings_defs import core as core_keys
from desktop.settings_defs import helpdesk as keys

log = logging.getLogger(__name__)
SIGNING_SECRET = "helpdesk.webhook.secret"
BEARER_SECRET = "helpdesk.webhook.token"
SECRET_NAMES = (SIGNING_SECRET, BEARER_SECRET)
_TEMPORARY_CODES = frozenset({408, 425, 429})
MAX_ANSWER_BYTES = 1024 * 1024  # an acknowledgement, at most a small JSON object


class WebhookConnector:
    name = "webhook"

    def __init__(
        self, url: str, session: requests.Session, signing_secret: str | None = None,
        bearer_token: str | None = None, inline_limit: int = 1_000_000, timeout: float = 15.0,
    ) -> None:
        if not url.startswith(("http://", "https://")):
            raise PermanentFailure("The webhook address (helpdesk.webhook.url) is not set.",
                                   kind=FailureKind.NOT_SET_UP)
        self._url = url
        self._client = NetworkClient(session, timeout)
        self._limits = Limits(timeout * DEADLINE_READS, MAX_ANSWER_BYTES)
        self._signer = signing_key(usable(SIGNING_SECRET, signing_secret)) if signing_secret \
            else None
        self._signing_key = _secret_bytes(signing_secret) if signing_secret else b""
        self._bearer = usable(BEARER_SECRET, bearer_token) if bearer_token else None
        self._inline_limit = inline_limit

    def submit(self, payload: TicketPayload) -> SubmitResult:
        data = payload_to_json(payload, with_data=True)
        total = sum(len(a.data) for a in payload.attachments)
        if total <= self._inline_limit:
            body, content_type = _json_body("deskmate.request", data), "application/json"
        else:
            body, content_type = _multipart(payload)
        response = self._post(payload.idempotency_key, body, content_type)
        remote_id, url = _ticket_ref(response, payload.idempotency_key)
        return SubmitResult(remote_id=remote_id, url=url)

    def status(self, remote_id: str) -> StatusResult:
        raise NotSupported("A webhook has no ticket status to read.")

    def reply(self, remote_id: str, text: str, attachments: tuple[Attachment, ...] = (),
              key: str = "") -> None:
        event = {"remote_id": remote_id, "text": text, "attachments": [
            {"name": a.name, "content_type": a.content_type,
             "data_base64": base64.b64encode(a.data).decode("ascii")} for a in attachments]}
        self._post(key or str(uuid.uuid4()), _json_body("deskmate.reply", event),
                   "application/json")

    def rate(self, remote_id: str, rating: int, comment: str, key: str = "") -> None:
        event = {"remote_id": remote_id, "rating": rating, "comment": comment}
        self._post(key or str(uuid.uuid4()), _json_body("deskmate.rating", event),
                   "application/json")

    def _post(self, message_id: str, body: bytes, content_type: str) -> Reply:
        headers = {"Content-Type": content_type, **self._signature(message_id, body)}
        if self._bearer:
            headers["Authorization"] = f"Bearer {self._bearer}"
        try:
            reply = self._client.fetch("helpdesk:webhook", "POST", self._url, self._limits,
                                       data=body, headers=headers)
        except NetworkError as exc:
            raise network_failure(exc, "Webhook") from exc
        _check(reply)
        return reply

    def _signature(self, message_id: str, body: bytes) -> dict[str, str]:
        now = datetime.now(UTC)
        stamp = str(int(now.timestamp()))
        headers = {"webhook-id": message_id, "webhook-timestamp": stamp}
        if self._signer is None:
            return headers
        try:
            signature = self._signer.sign(message_id, now, body.decode("utf-8"))
        except UnicodeDecodeError:  # binary multipart: the same HMAC over the raw bytes
            from standardwebhooks.webhooks import hmac_data  # only while signing: not resident

            digest = hmac_data(self._signing_key, f"{message_id}.{stamp}.".encode() + body)
            signature = f"v1,{base64.b64encode(digest).decode('ascii')}"
        return {**headers, "webhook-signature": signature}


def _secret_bytes(secret: str) -> bytes:
    """The key's bytes, decoded as the library does (the secret was checked with it)."""
    return base64.b64decode(secret.removeprefix("whsec_") + "==")


def _json_body(event_type: str, data: dict[str, Any]) -> bytes:
    return json.dumps({"type": event_type, "payload": data}, ensure_ascii=False).encode("utf-8")


def _multipart(payload: TicketPayload) -> tuple[bytes, str]:
    boundary = f"deskmate-{uuid.uuid4().hex}"
    meta = _json_body("deskmate.request", payload_to_json(payload, with_data=False))
    parts = [_part(boundary, 'name="payload"', "application/json", meta)]
    parts += [_part(boundary, f'name="attachment"; filename="{_quoted(a.name)}"',
                    a.content_type, a.data) for a in payload.attachments]
    body = b"".join(parts) + f"--{boundary}--\r\n".encode("ascii")
    return body, f"multipart/form-data; boundary={boundary}"


def _part(boundary: str, disposition: str, content_type: str, data: bytes) -> bytes:
    head = (f"--{boundary}\r\nContent-Disposition: form-data; {disposition}\r\n"
            f"Content-Type: {content_type}\r\n\r\n")
    return head.encode("utf-8") + data + b"\r\n"


def _quoted(name: str) -> str:
    return name.replace("\\", "_").replace('"', "_").replace("\r", "").replace("\n", "")


def _check(response: Reply) -> None:
    code = response.status
    if 200 <= code < 300:
        return
    if code < 400:
        raise TemporaryFailure(f"Not delivered: the webhook answered HTTP {code}, which is not "
                               "a delivery; IT must fix the helpdesk URL.",
                               kind=FailureKind.NOT_SET_UP)
    if code >= 500 or code in _TEMPORARY_CODES:
        raise TemporaryFailure(f"The webhook answered {code}; it will be tried again.",
                               retry_after=retry_after(response.headers.get("Retry-After")),
                               kind=FailureKind.BUSY)
    reason = response.text.strip().splitlines()[0][:200] if response.text.strip() else ""
    raise PermanentFailure(f"The webhook refused the request (HTTP {code})"
                           + (f": {reason}" if reason else "."),
                           kind=FailureKind.SIGN_IN if code in (401, 403) else None)


def retry_after(header: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date)."""
    if not header:
        return None
    try:
        return max(0.0, float(header))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _ticket_ref(response: Reply, key: str) -> tuple[str, str | None]:
    try:
        data = response.json()
    except ValueError:
        data = None
    if isinstance(data, dict) and data.get("id"):
        url = data.get("url")
        return str(data["id"]), str(url) if url else None
    return key[:8], None


def build(settings: Settings, secrets: SecretStore, session: requests.Session) -> WebhookConnector:
    return WebhookConnector(
        settings.value(keys.WEBHOOK_URL), session, _optional(secrets, SIGNING_SECRET),
        _optional(secrets, BEARER_SECRET), settings.value(keys.WEBHOOK_INLINE_LIMIT),
        settings.value(core_keys.HTTP_TIMEOUT),
    )


def _optional(secrets: SecretStore, name: str) -> str | None:
    """Both webhook secrets are optional: without a keychain the request still goes out,
    unsigned, and a receiver that insists on a signature refuses it with a clear reason."""
    try:
        return secrets.get(name)
    except SecretStoreUnavailable:
        log.warning("No keychain: webhook secret not available", extra={"secret": name})
        return None
