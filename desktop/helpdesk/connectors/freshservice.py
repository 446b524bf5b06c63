"""Freshservice connector over the v2 REST API (multipart tickets with ``attachments[]``).

API: https://api.freshservice.com/#create_ticket, https://api.freshservice.com/#view_a_ticket,
https://api.freshservice.com/#filter_tickets, its Notes and Conversations sections;
auth is basic with the API key as user name and ``X`` as password.

Settings: ``helpdesk.freshservice.url`` (https://<domain>.freshservice.com).
Secret: ``helpdesk.freshservice.api_key``.

Idempotency: the ticket gets the tag ``deskmate-<key>``; ``submit`` first filters tickets by
``tag:'deskmate-<key>'``. Files go in the same multipart create call, so a ticket never exists
without them. The requester is the person's e-mail address, which Freshservice requires.

Thread: the ticket's conversations (replies and notes), private notes left out. The employee's
replies go in as public notes marked ``incoming`` (from the requester's side), so incoming
conversations are theirs and every other public one is IT's, named from ``/api/v2/agents``.

Body and triage: the description is HTML (the summary as a table); failing check ids go in
the tags. ``helpdesk.freshservice.groups`` picks ``group_id`` per category and
``helpdesk.freshservice.priorities`` the ``priority`` (1 low .. 4 urgent) per urgency; the
``urgency`` field (1 low .. 3 high) follows the request's urgency.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from html import escape
from typing import Any

import requests

from desktop.helpdesk.connector import (
    Attachment,
    ConnectorError,
    NotSupported,
    PermanentFailure,
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
from desktop.helpdesk.connectors.setup import required_setting, secret_reader
from desktop.helpdesk.remote_thread import RemoteMessage, replies
from desktop.helpdesk.rich_body import body_html, check_tags
from desktop.helpdesk.triage import Triage, pairs
from desktop.secrets import SecretStore
from desktop.settings import Settings
from desktop.settings_defs import core as core_settings
from desktop.settings_defs import helpdesk as keys

log = logging.getLogger(__name__)

API_KEY_SECRET = "helpdesk.freshservice.api_key"
SECRET_NAMES = (API_KEY_SECRET,)
HELPDESK = "Freshservice"
STATUS_MAP = {
    "2": RemoteStatus.OPEN,
    "3": RemoteStatus.WAITING_FOR_YOU,  # Pending
    "4": RemoteStatus.RESOLVED,
    "5": RemoteStatus.CLOSED,
}
_OPEN = 2
_SOURCE_PORTAL = 2
_YOU = ""  # the writer of the employee's (incoming) conversations


class FreshserviceConnector:
    """Creates and follows Freshservice incident tickets."""

    name = "freshservice"

    def __init__(self, session: requests.Session, url: str, api_key: Callable[[], str],
                 timeout: float = 15.0, triage: Triage | None = None) -> None:
        self._http = HttpClient(session, url, HELPDESK, timeout,
                                auth=lambda: basic_auth(api_key(), "X"))
        self._triage = triage or Triage()

    def submit(self, payload: TicketPayload) -> SubmitResult:
        email = payload.requester.get("email")
        if not email:
            raise PermanentFailure(
                "Freshservice needs your work e-mail address as the requester, and Deskmate "
                "does not know it yet. Type it under Settings (Your work e-mail), then send "
                "the request again; IT can also set helpdesk.requester_email_template.")
        existing = self.find(payload.idempotency_key)
        if existing is not None:
            log.info("Ticket already exists", extra={"helpdesk": self.name, "remote_id": existing})
            return self._result(existing)
        created = self._post("/api/v2/tickets", self._fields(payload, email),
                             payload.attachments)
        ticket = expect_mapping(created.get("ticket"), HELPDESK, "the new ticket")
        return self._result(str(field(ticket, "id", HELPDESK)))

    def _fields(self, payload: TicketPayload, email: str) -> list[tuple[str, str]]:
        level = urgency_level(payload.urgency)
        fields: list[tuple[str, str]] = [
            ("email", email),
            ("subject", payload.subject),
            ("description", body_html(payload.body)),
            ("status", str(_OPEN)),
            ("priority", self._triage.priority(payload.urgency, str(level))),
            ("urgency", str(min(level, 3))),
            ("source", str(_SOURCE_PORTAL)),
        ]
        fields += [("tags[]", tag) for tag in (_tag(payload.idempotency_key),
                                               *check_tags(payload))]
        group = self._triage.route(payload.category, "")
        return [*fields, ("group_id", group)] if group.isdigit() else fields

    def find(self, key: str) -> str | None:
        found = expect_mapping(self._http.json(
            "GET", "/api/v2/tickets/filter", params={"query": f"\"tag:'{_tag(key)}'\""},
        ), HELPDESK, "the filter result")
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
        """The ticket's public conversations, oldest first (the first 100: plenty for one
        request); the ticket's own description is not among them."""
        answer = expect_mapping(self._http.json(
            "GET", f"/api/v2/tickets/{_tid(remote_id)}/conversations",
            params={"per_page": "100"}), HELPDESK, "the conversations")
        listed = answer.get("conversations")
        if not isinstance(listed, list):
            raise PermanentFailure("Freshservice sent something other than a list of "
                                   "conversations.")
        public = [c for c in listed if isinstance(c, Mapping) and not c.get("private")]
        names: dict[str, str] = {}
        return replies([_message(c, self._agent_name(c, names)) for c in public], _YOU)

    def _agent_name(self, conversation: Mapping[str, Any], names: dict[str, str]) -> str:
        """The writer's name, asked once per agent; "IT" when this key may not read agents."""
        if conversation.get("incoming"):
            return ""
        agent = str(conversation.get("user_id"))
        if agent not in names:
            names[agent] = self._read_agent_name(agent)
        return names[agent]

    def _read_agent_name(self, agent: str) -> str:
        try:
            answer = expect_mapping(self._http.json("GET", f"/api/v2/agents/{_tid(agent)}"),
                                    HELPDESK, "the agent")
        except ConnectorError:
            log.info("Agent name not readable", extra={"helpdesk": self.name})
            return "IT"
        found = answer.get("agent")
        record: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
        name = f"{record.get('first_name') or ''} {record.get('last_name') or ''}".strip()
        return name or "IT"

    def reply(self, remote_id: str, text: str, attachments: tuple[Attachment, ...] = (),
              key: str = "") -> None:
        fields = [("body", _html(text)), ("private", "false"), ("incoming", "true")]
        self._post(f"/api/v2/tickets/{_tid(remote_id)}/notes", fields, attachments)

    def rate(self, remote_id: str, rating: int, comment: str, key: str = "") -> None:
        raise NotSupported("Freshservice takes satisfaction ratings only through its surveys.")

    def _post(self, path: str, fields: list[tuple[str, str]],
              attachments: tuple[Attachment, ...]) -> Mapping[str, Any]:
        """POST as JSON, or as multipart with ``attachments[]`` parts when there are files."""
        if not attachments:
            body: dict[str, Any] = {}
            for name, value in fields:
                if name.endswith("[]"):
                    body.setdefault(name[:-2], []).append(value)
                else:
                    body[name] = _typed(name, value)
            answer = self._http.json("POST", path, json=body)
        else:
            files = [("attachments[]", (a.name, a.data, a.content_type)) for a in attachments]
            answer = self._http.json("POST", path, data=fields, files=files)
        return expect_mapping(answer, HELPDESK, "the answer")

    def _result(self, remote_id: str) -> SubmitResult:
        return SubmitResult(remote_id, f"{self._http.base_url}/support/tickets/{remote_id}")


def _typed(name: str, value: str) -> Any:
    """JSON bodies carry Freshservice's numeric and boolean fields as such."""
    if name in ("status", "priority", "urgency", "source", "group_id"):
        return int(value)
    if name in ("private", "incoming"):
        return value == "true"
    return value


def _message(conversation: Mapping[str, Any], name: str) -> RemoteMessage:
    incoming = bool(conversation.get("incoming"))
    writer = _YOU if incoming else str(conversation.get("user_id"))
    body = conversation.get("body")  # HTML; body_text flattens its line breaks
    return RemoteMessage(
        str(conversation.get("id")), writer, name, parse_time(conversation.get("created_at")),
        str(body if body is not None else conversation.get("body_text") or ""),
        html=body is not None)


def _html(text: str) -> str:
    """Freshservice descriptions are HTML: escape the text and keep its line breaks."""
    return "<br>".join(escape(line) for line in text.splitlines()) or escape(text)


def _tag(key: str) -> str:
    return f"deskmate-{key}"


def _tid(remote_id: str) -> int:
    return numeric_id(remote_id, HELPDESK)


def build(settings: Settings, secrets: SecretStore,
          session: requests.Session) -> FreshserviceConnector:
    read = secret_reader(secrets)
    return FreshserviceConnector(
        session,
        required_setting(settings, keys.FRESHSERVICE_URL, HELPDESK),
        lambda: read(API_KEY_SECRET),
        timeout=settings.value(core_settings.HTTP_TIMEOUT),
        triage=Triage(pairs(settings.value(keys.FRESHSERVICE_GROUPS),
                            keys.FRESHSERVICE_GROUPS.name),
                      pairs(settings.value(keys.FRESHSERVICE_PRIORITIES),
                            keys.FRESHSERVICE_PRIORITIES.name)),
    )
