"""Request Tracker 5 connector over the REST2 API.

API: https://docs.bestpractical.com/rt/5.0.7/RT/REST2.html (also in the Debian package
request-tracker5, ``/usr/share/request-tracker5/lib/RT/REST2.pm``).

Settings: ``helpdesk.rt.url`` (base URL, e.g. https://rt.example.com), ``helpdesk.rt.queue``.
Secret: ``helpdesk.rt.token`` — an RT auth token (``Authorization: token …``); the account needs
CreateTicket, ShowTicket, ModifyTicket, ReplyToTicket, CommentOnTicket on the queue and
SeeCustomField/ModifyCustomField on the ticket custom field ``ClientRequestId``.

Idempotency: the payload's key goes into the custom field ``ClientRequestId``; ``submit`` first
searches ``'CF.{ClientRequestId}' = 'key'`` and returns the existing ticket when there is one.
RT silently drops a value for a field that is not applied to the queue (or that the account
cannot see), which turns de-duplication off: :meth:`RtConnector.setup_problems` reads the
queue's ``TicketCustomFields`` to say so on the Health page, and the first ``submit`` of a
connection logs a warning.

Triage: ``helpdesk.rt.queues`` picks the queue per category (default ``helpdesk.rt.queue``) and
``helpdesk.rt.priorities`` the numeric ``Priority`` per urgency (RT 5's Low 0, Medium 50,
High 100 by default).

Requester: the person's e-mail address, when known, becomes the ticket's ``Requestor``, so agent
replies reach them.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import requests

from desktop.helpdesk.connector import (
    Attachment,
    Author,
    ConnectorError,
    NotSupported,
    PermanentFailure,
    RemoteStatus,
    StatusResult,
    SubmitResult,
    ThreadMessage,
    TicketPayload,
)
from desktop.helpdesk.connectors.answers import b64, expect_mapping, field, numeric_id, parse_time
from desktop.helpdesk.connectors.http import HttpClient
from desktop.helpdesk.connectors.setup import required_setting, secret_reader, setting_text
from desktop.helpdesk.html_text import html_text
from desktop.helpdesk.rich_body import body_html
from desktop.helpdesk.triage import Triage, pairs
from desktop.secrets import SecretStore
from desktop.settings import Settings
from desktop.settings_defs import core as core_settings
from desktop.settings_defs import helpdesk as keys

log = logging.getLogger(__name__)
_TEXT_TYPES = ("text/plain", "text/html")
_PER_PAGE = 100
_MAX_PAGES = 20

TOKEN_SECRET = "helpdesk.rt.token"
SECRET_NAMES = (TOKEN_SECRET,)
KEY_FIELD = "ClientRequestId"
# RT's default lifecycle; other active statuses of custom lifecycles count as in progress.
STATUS_MAP = {
    "new": RemoteStatus.OPEN,  # nobody has touched it yet
    "open": RemoteStatus.IN_PROGRESS,  # RT opens a ticket when an agent starts on it
    "stalled": RemoteStatus.WAITING_FOR_YOU,  # parked until the requester answers
    "resolved": RemoteStatus.RESOLVED,
    "rejected": RemoteStatus.CLOSED,
    "deleted": RemoteStatus.CLOSED,
}


class RtConnector:
    """Creates and follows tickets in one RT queue."""

    name = "rt"

    def __init__(self, session: requests.Session, url: str, queue: str,
                 token: Callable[[], str], timeout: float = 15.0,
                 triage: Triage | None = None) -> None:
        self._http = HttpClient(session, url, "Request Tracker", timeout,
                                auth=lambda: {"Authorization": f"token {token()}"})
        self._queue = queue
        self._triage = triage or Triage()
        self._key_field_checked: set[str] = set()  # queues

    def setup_problems(self) -> tuple[str, ...]:
        """What IT must fix in RT for Deskmate: every queue triage can pick readable, with
        ``ClientRequestId``."""
        queues = dict.fromkeys((self._queue, *self._triage.routes.values()))
        return tuple(p for queue in queues for p in self._queue_problems(queue))

    def _queue_problems(self, queue: str) -> tuple[str, ...]:
        try:
            fields = self._queue_fields(queue)
        except PermanentFailure as exc:
            return (f"Request Tracker: the queue '{queue}' cannot be read: {exc}",)
        if KEY_FIELD in fields:
            return ()
        return (f"Request Tracker: the custom field {KEY_FIELD} is not applied to the queue "
                f"'{queue}' (or this account may not see it), so a resent request can "
                "become a duplicate ticket. IT must apply the field to the queue and grant "
                "SeeCustomField and ModifyCustomField on it.",)

    def submit(self, payload: TicketPayload) -> SubmitResult:
        result = self._submit(payload)
        # after: a refused login or queue fails in its own words first
        self._check_key_field(self._triage.route(payload.category, self._queue))
        return result

    def _submit(self, payload: TicketPayload) -> SubmitResult:
        existing = self.find(payload.idempotency_key)
        if existing is not None:
            log.info("Ticket already exists", extra={"helpdesk": self.name, "remote_id": existing})
            return self._result(existing)
        queue = self._triage.route(payload.category, self._queue)
        body: dict[str, Any] = {
            "Queue": queue,
            "Subject": payload.subject,
            "Content": body_html(payload.body),  # RT shows HTML as it is; replies stay plain
            "ContentType": "text/html",
            "CustomFields": {KEY_FIELD: payload.idempotency_key},
        }
        priority = self._triage.priority(payload.urgency, "")
        if priority.isdigit():
            body["Priority"] = int(priority)
        if payload.requester.get("email"):
            body["Requestor"] = payload.requester["email"]
        if payload.attachments:
            body["Attachments"] = _attachments(payload.attachments)
        created = expect_mapping(self._http.json("POST", "/REST/2.0/ticket", json=body),
                                 "Request Tracker", "the new ticket")
        return self._result(str(field(created, "id", "Request Tracker")))

    def _queue_fields(self, queue: str) -> set[str]:
        found = expect_mapping(self._http.json("GET", f"/REST/2.0/queue/{quote(queue)}"),
                               "Request Tracker", "the queue")
        fields = found.get("TicketCustomFields") or []
        return {str(f.get("name")) for f in fields if isinstance(f, Mapping)}

    def _check_key_field(self, queue: str) -> None:
        """Once per queue and connection: warn when duplicates are possible (delivery goes
        on)."""
        if queue in self._key_field_checked:
            return
        try:
            fields = self._queue_fields(queue)
        except ConnectorError:
            return  # the ticket went out; the Health page asks again
        self._key_field_checked.add(queue)
        if KEY_FIELD not in fields:
            log.warning("RT queue without ClientRequestId",
                        extra={"helpdesk": self.name, "queue": queue})

    def find(self, key: str) -> str | None:
        """The id of the ticket carrying idempotency ``key``, if one exists."""
        query = f"'CF.{{{KEY_FIELD}}}' = '{_quote(key)}'"
        found = expect_mapping(
            self._http.json("GET", "/REST/2.0/tickets", params={"query": query, "fields": "id"}),
            "Request Tracker", "the search result")
        items = found.get("items") or []
        return str(items[0]["id"]) if items else None

    def status(self, remote_id: str) -> StatusResult:
        ticket = expect_mapping(self._http.json("GET", f"/REST/2.0/ticket/{_tid(remote_id)}"),
                                "Request Tracker", "the ticket")
        raw = str(field(ticket, "Status", "Request Tracker"))
        return StatusResult(STATUS_MAP.get(raw, RemoteStatus.IN_PROGRESS), raw,
                            updated_at=parse_time(ticket.get("LastUpdated")))

    def reply(self, remote_id: str, text: str, attachments: tuple[Attachment, ...] = (),
              key: str = "") -> None:
        self._post_message(remote_id, "correspond", text, attachments)

    def rate(self, remote_id: str, rating: int, comment: str, key: str = "") -> None:
        """Adds the rating as an internal comment, which agents see and the requester is not
        mailed about (RT has no rating of its own)."""
        if not 1 <= rating <= 5:
            raise NotSupported("A rating must be between 1 and 5.")
        text = f"Rating from Deskmate: {rating}/5" + (f"\n\n{comment}" if comment else "")
        self._post_message(remote_id, "comment", text, ())

    def thread(self, remote_id: str) -> tuple[ThreadMessage, ...]:
        """The Correspond transactions after the ticket's creation (comments are internal),
        each with its text part. Messages by the account that created the ticket (Deskmate's)
        are the employee's."""
        tid = _tid(remote_id)
        history = self._page_items(f"/REST/2.0/ticket/{tid}/history",
                                   {"fields": "Type,Creator,Created"})
        public = [t for t in history if t.get("Type") == "Correspond"]
        creator = next((_user(t) for t in history if t.get("Type") == "Create"), "")
        texts = self._texts(tid)
        return tuple(ThreadMessage(
            str(t["id"]), Author.YOU if _user(t) == creator else Author.IT, _user(t),
            parse_time(t.get("Created")) or datetime.fromtimestamp(0, UTC),
            self._content(texts.get(str(t["id"])))) for t in public)

    def _page_items(self, path: str, params: Mapping[str, str]) -> list[Mapping[str, Any]]:
        items: list[Mapping[str, Any]] = []
        for page in range(1, _MAX_PAGES + 1):
            found = expect_mapping(self._http.json(
                "GET", path, params={**params, "per_page": str(_PER_PAGE), "page": str(page)}),
                "Request Tracker", "the ticket history")
            batch = [i for i in found.get("items") or [] if isinstance(i, Mapping)]
            items += batch
            if len(batch) < _PER_PAGE:
                break
        return items

    def _texts(self, tid: int) -> dict[str, tuple[str, str]]:
        """Per transaction id: the id and type of its message part (plain text preferred)."""
        listed = expect_mapping(self._http.json(
            "POST", f"/REST/2.0/ticket/{tid}/attachments",
            params={"per_page": "100", "fields": "TransactionId,ContentType,Filename"},
            json=[{"field": "id", "operator": ">", "value": "0"}]),
            "Request Tracker", "the ticket's attachments")
        texts: dict[str, tuple[str, str]] = {}
        for part in listed.get("items") or []:
            kind, txn = str(part.get("ContentType")), _ref(part.get("TransactionId"))
            if part.get("Filename") or kind not in _TEXT_TYPES:
                continue
            if txn not in texts or kind == "text/plain" != texts[txn][1]:
                texts[txn] = (str(part["id"]), kind)
        return texts

    def _content(self, part: tuple[str, str] | None) -> str:
        if part is None:
            return ""
        found = expect_mapping(self._http.json("GET", f"/REST/2.0/attachment/{part[0]}"),
                               "Request Tracker", "a message")
        text = base64.b64decode(str(found.get("Content") or "")).decode("utf-8", "replace")
        return html_text(text) if part[1] == "text/html" else text.strip()

    def ticket_url(self, remote_id: str) -> str:
        return f"{self._http.base_url}/Ticket/Display.html?id={_tid(remote_id)}"

    def _post_message(self, remote_id: str, kind: str, text: str,
                      attachments: tuple[Attachment, ...]) -> None:
        body: dict[str, Any] = {"Content": text, "ContentType": "text/plain"}
        if attachments:
            body["Attachments"] = _attachments(attachments)
        self._http.call("POST", f"/REST/2.0/ticket/{_tid(remote_id)}/{kind}", json=body)

    def _result(self, remote_id: str) -> SubmitResult:
        return SubmitResult(remote_id, self.ticket_url(remote_id))


def _attachments(attachments: tuple[Attachment, ...]) -> list[Mapping[str, str]]:
    return [{"FileName": a.name, "FileType": a.content_type, "FileContent": b64(a.data)}
            for a in attachments]


def _user(transaction: Mapping[str, Any]) -> str:
    return _ref(transaction.get("Creator"))


def _ref(value: Any) -> str:
    """RT gives a linked record as ``{"id": …, "_url": …}`` or as a bare id."""
    return str(value.get("id", "")) if isinstance(value, Mapping) else str(value or "")


def _tid(remote_id: str) -> int:
    return numeric_id(remote_id, "Request Tracker")


def _quote(value: str) -> str:
    """Escape a value for a single-quoted TicketSQL string."""
    return value.replace("\\", "\\\\").replace("'", "\\'")


def build(settings: Settings, secrets: SecretStore, session: requests.Session) -> RtConnector:
    read = secret_reader(secrets)
    return RtConnector(
        session,
        required_setting(settings, keys.RT_URL, "Request Tracker"),
        setting_text(settings, keys.RT_QUEUE) or "General",
        lambda: read(TOKEN_SECRET),
        timeout=settings.value(core_settings.HTTP_TIMEOUT),
        triage=Triage(pairs(settings.value(keys.RT_QUEUES), keys.RT_QUEUES.name),
                      pairs(settings.value(keys.RT_PRIORITIES), keys.RT_PRIORITIES.name)),
    )
