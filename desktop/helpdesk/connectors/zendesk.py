"""Zendesk Support connector: uploads, then a ticket whose first comment carries them.

API: https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/,
https://developer.zendesk.com/api-reference/ticketing/tickets/ticket-attachments/#upload-files
(``POST /api/v2/uploads?filename=`` raw body -> token),
https://developer.zendesk.com/api-reference/ticketing/introduction/#idempotency.

Settings: ``helpdesk.zendesk.url`` (https://<subdomain>.zendesk.com), ``helpdesk.zendesk.email``
(agent for API-token auth ``{email}/token:{token}``; empty sends the secret as a Bearer OAuth
token). Secret: ``helpdesk.zendesk.token``.

Idempotency: the create call carries ``Idempotency-Key: <key>`` (Zendesk replays the first answer
for two hours) and ``external_id = <key>``; ``submit`` first lists tickets by that external id, so
a retry after the two hours finds the ticket too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

import requests

from desktop.helpdesk.connector import (
    Attachment,
    NotSupported,
    RemoteStatus,
    StatusResult,
    SubmitResult,
    ThreadMessage,
    TicketPayload,
)
from desktop.helpdesk.connectors.answers import (
    expect_mapping,
    field,
    numeric_id,
    parse_time,
    urgency_level,
)
from desktop.helpdesk.connectors.http import HttpClient, basic_auth
from desktop.helpdesk.connectors.setup import required_setting, secret_reader, setting_text
from desktop.helpdesk.remote_thread import RemoteMessage, replies
from desktop.helpdesk.rich_body import body_html, check_tags
from desktop.helpdesk.triage import Triage, pairs
from desktop.secrets import SecretStore
from desktop.settings import Settings
from desktop.settings_defs import core as core_settings
from desktop.settings_defs import helpdesk as keys

log = logging.getLogger(__name__)

TOKEN_SECRET = "helpdesk.zendesk.token"
SECRET_NAMES = (TOKEN_SECRET,)
HELPDESK = "Zendesk"
STATUS_MAP = {
    "new": RemoteStatus.OPEN,
    "open": RemoteStatus.IN_PROGRESS,
    "pending": RemoteStatus.WAITING_FOR_YOU,
    "hold": RemoteStatus.IN_PROGRESS,
    "solved": RemoteStatus.RESOLVED,
    "closed": RemoteStatus.CLOSED,
}
_PRIORITY = {1: "low", 2: "normal", 3: "high", 4: "urgent"}


class ZendeskConnector:
    """Creates and follows Zendesk tickets."""

    name = "zendesk"

    def __init__(self, session: requests.Session, url: str,
                 auth: Callable[[], Mapping[str, str]], timeout: float = 15.0,
                 triage: Triage | None = None) -> None:
        self._http = HttpClient(session, url, HELPDESK, timeout, auth=auth)
        self._triage = triage or Triage()

    def submit(self, payload: TicketPayload) -> SubmitResult:
        existing = self.find(payload.idempotency_key)
        if existing is not None:
            log.info("Ticket already exists", extra={"helpdesk": self.name, "remote_id": existing})
            return self._result(existing)
        ticket: dict[str, Any] = {
            "subject": payload.subject,
            "comment": self._comment(payload.body, payload.attachments, rich=True),
            "priority": self._triage.priority(payload.urgency,
                                              _PRIORITY[urgency_level(payload.urgency)]),
            "external_id": payload.idempotency_key,
            "tags": ["deskmate", f"deskmate_{payload.category}", *check_tags(payload)],
        }
        group = self._triage.route(payload.category, "")
        if group.isdigit():
            ticket["group_id"] = int(group)
        if payload.requester.get("email"):
            ticket["requester"] = {"name": payload.requester.get("name") or
                                   payload.requester["email"],
                                   "email": payload.requester["email"]}
        created = expect_mapping(self._http.json(
            "POST", "/api/v2/tickets", json={"ticket": ticket},
            headers={"Idempotency-Key": payload.idempotency_key},
        ), HELPDESK, "the new ticket")
        record = expect_mapping(created.get("ticket"), HELPDESK, "the new ticket")
        return self._result(str(field(record, "id", HELPDESK)))

    def find(self, key: str) -> str | None:
        found = expect_mapping(self._http.json("GET", "/api/v2/tickets",
                                               params={"external_id": key}),
                               HELPDESK, "the ticket list")
        tickets = found.get("tickets") or []
        return str(tickets[0]["id"]) if tickets else None

    def status(self, remote_id: str) -> StatusResult:
        answer = expect_mapping(self._http.json("GET", f"/api/v2/tickets/{_tid(remote_id)}"),
                                HELPDESK, "the ticket")
        ticket = expect_mapping(answer.get("ticket"), HELPDESK, "the ticket")
        raw = str(field(ticket, "status", HELPDESK))
        return StatusResult(STATUS_MAP.get(raw, RemoteStatus.IN_PROGRESS), raw,
                            updated_at=parse_time(ticket.get("updated_at")))

    def thread(self, remote_id: str) -> tuple[ThreadMessage, ...]:
        """The ticket's public comments after the first, writers named from the sideloaded
        users (``include=users``); the first page of 100 is plenty for one request."""
        answer = expect_mapping(self._http.json(
            "GET", f"/api/v2/tickets/{_tid(remote_id)}/comments",
            params={"include": "users", "per_page": "100"}), HELPDESK, "the comments")
        names = {str(u.get("id")): str(u.get("name") or "") for u in answer.get("users") or []
                 if isinstance(u, Mapping)}
        return replies([_message(c, names) for c in answer.get("comments") or []
                        if isinstance(c, Mapping)])

    def reply(self, remote_id: str, text: str, attachments: tuple[Attachment, ...] = (),
              key: str = "") -> None:
        body = {"ticket": {"comment": {**self._comment(text, attachments), "public": True}}}
        self._http.call("PUT", f"/api/v2/tickets/{_tid(remote_id)}", json=body)

    def rate(self, remote_id: str, rating: int, comment: str, key: str = "") -> None:
        raise NotSupported("Zendesk satisfaction ratings can only be given by the requester "
                           "through Zendesk itself.")

    def _comment(self, text: str, attachments: tuple[Attachment, ...], rich: bool = False
                 ) -> dict[str, Any]:
        """A comment; ``rich``: the ticket's first, as ``html_body`` (Zendesk renders it)."""
        comment: dict[str, Any] = {"html_body": body_html(text)} if rich else {"body": text}
        if attachments:
            comment["uploads"] = self._upload(attachments)
        return comment

    def _upload(self, attachments: tuple[Attachment, ...]) -> list[str]:
        """Upload each file; later files join the first upload's token, as Zendesk documents."""
        token: str | None = None
        tokens: list[str] = []
        for attachment in attachments:
            params = {"filename": attachment.name, **({"token": token} if token else {})}
            answer = expect_mapping(self._http.json(
                "POST", "/api/v2/uploads", params=params, data=attachment.data,
                headers={"Content-Type": attachment.content_type},
            ), HELPDESK, "the upload")
            upload = expect_mapping(answer.get("upload"), HELPDESK, "the upload")
            token = str(field(upload, "token", HELPDESK))
            tokens.append(token)
        return list(dict.fromkeys(tokens))

    def _result(self, remote_id: str) -> SubmitResult:
        return SubmitResult(remote_id, f"{self._http.base_url}/hc/requests/{remote_id}")


def _message(comment: Mapping[str, Any], names: Mapping[str, str]) -> RemoteMessage:
    writer = str(comment.get("author_id"))
    plain = comment.get("plain_body")
    return RemoteMessage(
        str(comment.get("id")), writer, names.get(writer, writer), parse_time(
            comment.get("created_at")), str(plain if plain is not None else comment.get(
            "body") or ""), public=bool(comment.get("public", True)))


def _tid(remote_id: str) -> int:
    return numeric_id(remote_id, HELPDESK)


def build(settings: Settings, secrets: SecretStore, session: requests.Session) -> ZendeskConnector:
    read = secret_reader(secrets)
    email = setting_text(settings, keys.ZENDESK_EMAIL)

    def auth() -> Mapping[str, str]:
        token = read(TOKEN_SECRET)
        return basic_auth(f"{email}/token", token) if email else {
            "Authorization": f"Bearer {token}"}

    return ZendeskConnector(
        session,
        required_setting(settings, keys.ZENDESK_URL, HELPDESK),
        auth,
        timeout=settings.value(core_settings.HTTP_TIMEOUT),
        triage=Triage(pairs(settings.value(keys.ZENDESK_GROUPS), keys.ZENDESK_GROUPS.name),
                      pairs(settings.value(keys.ZENDESK_PRIORITIES),
                            keys.ZENDESK_PRIORITIES.name)),
    )
