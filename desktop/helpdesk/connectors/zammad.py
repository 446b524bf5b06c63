"""Zammad connector over its REST API (tickets with base64 article attachments).

API: https://docs.zammad.org/en/latest/api/ticket/index.html,
https://docs.zammad.org/en/latest/api/ticket/articles.html,
https://docs.zammad.org/en/latest/api/intro.html (``Authorization: Token token=…``).

Settings: ``helpdesk.zammad.url``, ``helpdesk.zammad.group``.
Secret: ``helpdesk.zammad.token`` — a Zammad access token with ``ticket.agent``.

Idempotency: Zammad has no idempotency key, so the ticket is created with the tag
``deskmate-<key>`` and ``submit`` first searches ``tags:deskmate-<key>``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

import requests

from desktop.helpdesk.connector import (
    Attachment,
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
from desktop.helpdesk.remote_thread import RemoteMessage, replies
from desktop.helpdesk.rich_body import body_html, check_tags
from desktop.helpdesk.triage import Triage, pairs
from desktop.secrets import SecretStore
from desktop.settings import Settings
from desktop.settings_defs import core as core_settings
from desktop.settings_defs import helpdesk as keys

log = logging.getLogger(__name__)

TOKEN_SECRET = "helpdesk.zammad.token"
SECRET_NAMES = (TOKEN_SECRET,)
HELPDESK = "Zammad"
STATUS_MAP = {
    "new": RemoteStatus.OPEN,
    "open": RemoteStatus.IN_PROGRESS,
    "pending reminder": RemoteStatus.IN_PROGRESS,
    "pending close": RemoteStatus.RESOLVED,
    "closed": RemoteStatus.CLOSED,
    "merged": RemoteStatus.CLOSED,
    "removed": RemoteStatus.CLOSED,
}


_DEFAULT_PRIORITY = "2 normal"  # Zammad's own default


class ZammadConnector:
    """Creates and follows tickets in one Zammad group."""

    name = "zammad"

    def __init__(self, session: requests.Session, url: str, group: str,
                 token: Callable[[], str], timeout: float = 15.0,
                 triage: Triage | None = None) -> None:
        self._triage = triage or Triage()
        self._http = HttpClient(session, url, HELPDESK, timeout,
                                auth=lambda: {"Authorization": f"Token token={token()}"})
        self._group = group

    def submit(self, payload: TicketPayload) -> SubmitResult:
        existing = self.find(payload.idempotency_key)
        if existing is not None:
            log.info("Ticket already exists", extra={"helpdesk": self.name, "remote_id": existing})
            return self._result(existing)
        body: dict[str, Any] = {
            "title": payload.subject,
            "group": self._triage.route(payload.category, self._group),
            "priority": self._triage.priority(payload.urgency, _DEFAULT_PRIORITY),
            "tags": ",".join((_tag(payload.idempotency_key), *check_tags(payload))),
            "article": {**_article(payload.subject, payload.body, payload.attachments),
                        "body": body_html(payload.body), "content_type": "text/html"},
        }
        if payload.requester.get("email"):
            body["customer_id"] = f"guess:{payload.requester['email']}"
        created = expect_mapping(self._http.json("POST", "/api/v1/tickets", json=body),
                                 HELPDESK, "the new ticket")
        return self._result(str(field(created, "id", HELPDESK)))

    def find(self, key: str) -> str | None:
        found = self._http.json("GET", "/api/v1/tickets/search",
                                params={"query": f"tags:{_tag(key)}", "limit": "1"})
        if isinstance(found, list):  # older Zammad versions answer with a plain list
            return str(found[0]["id"]) if found else None
        ids = expect_mapping(found, HELPDESK, "the search result").get("tickets") or []
        return str(ids[0]) if ids else None

    def status(self, remote_id: str) -> StatusResult:
        ticket = expect_mapping(
            self._http.json("GET", f"/api/v1/tickets/{_tid(remote_id)}", params={"expand": "true"}),
            HELPDESK, "the ticket")
        raw = str(field(ticket, "state", HELPDESK))
        return StatusResult(STATUS_MAP.get(raw, RemoteStatus.IN_PROGRESS), raw,
                            updated_at=parse_time(ticket.get("updated_at")))

    def thread(self, remote_id: str) -> tuple[ThreadMessage, ...]:
        """The ticket's public articles after the first (``internal`` ones are notes)."""
        articles = self._http.json("GET", f"/api/v1/ticket_articles/by_ticket/{_tid(remote_id)}")
        if not isinstance(articles, list):
            raise PermanentFailure("Zammad sent something other than a list of articles.")
        return replies([_message(a) for a in articles if isinstance(a, Mapping)])

    def reply(self, remote_id: str, text: str, attachments: tuple[Attachment, ...] = (),
              key: str = "") -> None:
        body = {"ticket_id": _tid(remote_id), **_article("", text, attachments)}
        self._http.call("POST", "/api/v1/ticket_articles", json=body)

    def rate(self, remote_id: str, rating: int, comment: str, key: str = "") -> None:
        raise NotSupported("Zammad has no ticket ratings.")

    def _result(self, remote_id: str) -> SubmitResult:
        return SubmitResult(remote_id, f"{self._http.base_url}/#ticket/zoom/{remote_id}")


def _message(article: Mapping[str, Any]) -> RemoteMessage:
    return RemoteMessage(
        str(article.get("id")), str(article.get("created_by_id")),
        str(article.get("from") or article.get("created_by") or ""),
        parse_time(article.get("created_at")), str(article.get("body") or ""),
        html=article.get("content_type") == "text/html", public=not article.get("internal"))


def _article(subject: str, text: str, attachments: tuple[Attachment, ...]) -> dict[str, Any]:
    article: dict[str, Any] = {"body": text, "type": "web", "internal": False,
                               "content_type": "text/plain"}
    if subject:
        article["subject"] = subject
    if attachments:
        article["attachments"] = [_attachment(a) for a in attachments]
    return article


def _attachment(attachment: Attachment) -> Mapping[str, str]:
    return {"filename": attachment.name, "data": b64(attachment.data),
            "mime-type": attachment.content_type}


def _tag(key: str) -> str:
    return f"deskmate-{key}"


def _tid(remote_id: str) -> int:
    return numeric_id(remote_id, HELPDESK)


def build(settings: Settings, secrets: SecretStore, session: requests.Session) -> ZammadConnector:
    read = secret_reader(secrets)
    return ZammadConnector(
        session,
        required_setting(settings, keys.ZAMMAD_URL, HELPDESK),
        setting_text(settings, keys.ZAMMAD_GROUP) or "Users",
        lambda: read(TOKEN_SECRET),
        timeout=settings.value(core_settings.HTTP_TIMEOUT),
        triage=Triage(pairs(settings.value(keys.ZAMMAD_GROUPS), keys.ZAMMAD_GROUPS.name),
                      pairs(settings.value(keys.ZAMMAD_PRIORITIES), keys.ZAMMAD_PRIORITIES.name)),
    )
