"""GLPI connector over the legacy REST API (``apirest.php``) with a session per operation.

API: https://github.com/glpi-project/glpi/blob/10.0/bugfixes/apirest.md (initSession with
``App-Token`` and ``Authorization: user_token …``, ``Session-Token`` header, ``POST /Ticket``,
``POST /Document`` multipart with ``uploadManifest`` and ``filename[0]``, ``POST /Document_Item``,
``POST /ITILFollowup``, ``killSession``).

Settings: ``helpdesk.glpi.url`` (the API base, e.g. https://glpi.example.com/apirest.php).
Secrets: ``helpdesk.glpi.app_token`` (the API client's App-Token) and
``helpdesk.glpi.user_token`` (the integration account's remote access key).

Idempotency: the ticket's ``externalid`` is the key; ``submit`` first lists tickets with
``searchText[externalid]`` and, for a found ticket, uploads only the documents it lacks.

Body and triage: ``content`` is HTML (GLPI's rich text; the summary as a table).
``helpdesk.glpi.categories`` picks ``itilcategories_id`` per category and
``helpdesk.glpi.urgencies`` the ``urgency`` (1 very low .. 5 very high) per urgency; GLPI
works out the priority from urgency and impact itself.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from html import unescape
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
    names,
    numeric_id,
    parse_time,
    urgency_level,
)
from desktop.helpdesk.connectors.http import HttpClient
from desktop.helpdesk.connectors.setup import required_setting, secret_reader
from desktop.helpdesk.remote_thread import RemoteMessage, replies
from desktop.helpdesk.rich_body import body_html
from desktop.helpdesk.triage import Triage, pairs
from desktop.secrets import SecretStore
from desktop.settings import Settings
from desktop.settings_defs import core as core_settings
from desktop.settings_defs import helpdesk as keys

log = logging.getLogger(__name__)

APP_TOKEN_SECRET = "helpdesk.glpi.app_token"
USER_TOKEN_SECRET = "helpdesk.glpi.user_token"
SECRET_NAMES = (APP_TOKEN_SECRET, USER_TOKEN_SECRET)
HELPDESK = "GLPI"
STATUS_MAP = {
    "1": RemoteStatus.OPEN,  # New
    "2": RemoteStatus.IN_PROGRESS,  # Processing (assigned)
    "3": RemoteStatus.IN_PROGRESS,  # Processing (planned)
    "4": RemoteStatus.WAITING_FOR_YOU,  # Pending
    "5": RemoteStatus.RESOLVED,  # Solved
    "6": RemoteStatus.CLOSED,  # Closed
}
_INCIDENT = 1
_URGENCY = {1: 2, 2: 3, 3: 4, 4: 5}  # ours 1..4 -> GLPI 1 (very low) .. 5 (very high)


def _message(followup: Mapping[str, Any]) -> RemoteMessage:
    """GLPI stores a followup's HTML entity-encoded (``&lt;p&gt;``): decoded once, then read."""
    writer = str(followup.get("users_id"))
    return RemoteMessage(str(followup.get("id")), writer, writer,
                         parse_time(followup.get("date_creation") or followup.get("date")),
                         unescape(str(followup.get("content") or "")), html=True,
                         public=not followup.get("is_private"))


class GlpiConnector:
    """Creates and follows GLPI tickets; every operation opens and closes its own session."""

    name = "glpi"

    def __init__(self, session: requests.Session, url: str, app_token: Callable[[], str],
                 user_token: Callable[[], str], timeout: float = 15.0,
                 triage: Triage | None = None) -> None:
        self._session_token = ""
        self._triage = triage or Triage()
        self._app_token = app_token
        self._http = HttpClient(session, url, HELPDESK, timeout, auth=self._headers)
        self._user_token = user_token

    def submit(self, payload: TicketPayload) -> SubmitResult:
        with self._logged_in():
            existing = self._find(payload.idempotency_key)
            if existing is not None:
                log.info("Ticket already exists", extra={"helpdesk": self.name,
                                                         "remote_id": existing})
                self._upload_missing(existing, payload.attachments)
                return self._result(existing)
            created = expect_mapping(self._http.json("POST", "/Ticket",
                                                     json={"input": self._ticket(payload)}),
                                     HELPDESK, "the new ticket")
            remote_id = str(field(created, "id", HELPDESK))
            self._upload(remote_id, payload.attachments)
            return self._result(remote_id)

    def _ticket(self, payload: TicketPayload) -> dict[str, Any]:
        default = str(_URGENCY[urgency_level(payload.urgency)])
        urgency = self._triage.priority(payload.urgency, default)
        ticket: dict[str, Any] = {
            "name": payload.subject, "content": body_html(payload.body), "type": _INCIDENT,
            "urgency": int(urgency) if urgency.isdigit() else int(default),
            "externalid": payload.idempotency_key}
        category = self._triage.route(payload.category, "")
        if category.isdigit():
            ticket["itilcategories_id"] = int(category)
        return ticket

    def status(self, remote_id: str) -> StatusResult:
        with self._logged_in():
            ticket = expect_mapping(self._http.json("GET", f"/Ticket/{_tid(remote_id)}"),
                                    HELPDESK, "the ticket")
        raw = str(field(ticket, "status", HELPDESK))
        return StatusResult(STATUS_MAP.get(raw, RemoteStatus.IN_PROGRESS), raw,
                            updated_at=parse_time(ticket.get("date_mod")))

    def thread(self, remote_id: str) -> tuple[ThreadMessage, ...]:
        """The ticket's public followups; the ticket's writer (``users_id_recipient``) is
        Deskmate's account. ``expand_dropdowns`` gives names instead of user ids."""
        names = {"expand_dropdowns": "true"}
        with self._logged_in():
            ticket = expect_mapping(self._http.json(
                "GET", f"/Ticket/{_tid(remote_id)}", params=names), HELPDESK, "the ticket")
            followups = self._http.json("GET", f"/Ticket/{_tid(remote_id)}/ITILFollowup",
                                        params=names)
        if not isinstance(followups, list):
            raise PermanentFailure("GLPI sent something other than a list of followups.")
        return replies([_message(f) for f in followups if isinstance(f, Mapping)],
                       str(ticket.get("users_id_recipient")))

    def reply(self, remote_id: str, text: str, attachments: tuple[Attachment, ...] = (),
              key: str = "") -> None:
        followup = {"itemtype": "Ticket", "items_id": _tid(remote_id), "content": text}
        with self._logged_in():
            self._http.call("POST", "/ITILFollowup", json={"input": followup})
            self._upload(remote_id, attachments)

    def rate(self, remote_id: str, rating: int, comment: str, key: str = "") -> None:
        raise NotSupported("GLPI takes satisfaction ratings only through its own surveys.")

    def _headers(self) -> dict[str, str]:
        headers = {"App-Token": self._app_token()}
        if self._session_token:
            headers["Session-Token"] = self._session_token
        return headers

    @contextmanager
    def _logged_in(self) -> Iterator[None]:
        answer = expect_mapping(self._http.json(
            "GET", "/initSession", headers={"Authorization": f"user_token {self._user_token()}"},
        ), HELPDESK, "the session")
        self._session_token = str(field(answer, "session_token", HELPDESK))
        try:
            yield
        finally:
            with suppress(ConnectorError):  # the session expires on its own anyway
                self._http.call("GET", "/killSession")
            self._session_token = ""

    def _find(self, key: str) -> str | None:
        found = self._http.json("GET", "/Ticket", params={"searchText[externalid]": key,
                                                          "range": "0-0"})
        rows = [row for row in found if isinstance(row, Mapping)
                and str(row.get("externalid")) == key] if isinstance(found, list) else []
        return str(rows[0]["id"]) if rows else None

    def _upload(self, remote_id: str, attachments: tuple[Attachment, ...]) -> None:
        for attachment in attachments:
            manifest = {"input": {"name": attachment.name, "_filename": [attachment.name]}}
            files = {
                "uploadManifest": (None, json.dumps(manifest), "application/json"),
                "filename[0]": (attachment.name, attachment.data, attachment.content_type),
            }
            document = expect_mapping(self._http.json("POST", "/Document", files=files),
                                      HELPDESK, "the new document")
            link = {"documents_id": field(document, "id", HELPDESK), "itemtype": "Ticket",
                    "items_id": _tid(remote_id)}
            self._http.call("POST", "/Document_Item", json={"input": link})

    def _upload_missing(self, remote_id: str, attachments: tuple[Attachment, ...]) -> None:
        if not attachments:
            return
        linked = self._http.json("GET", f"/Ticket/{_tid(remote_id)}/Document_Item",
                                 params={"expand_dropdowns": "true"})
        present = names(linked or [], "documents_id")  # expanded to the documents' names
        self._upload(remote_id, tuple(a for a in attachments if a.name not in present))

    def _result(self, remote_id: str) -> SubmitResult:
        web = self._http.base_url.removesuffix("/apirest.php")
        return SubmitResult(remote_id, f"{web}/front/ticket.form.php?id={remote_id}")


def _tid(remote_id: str) -> int:
    return numeric_id(remote_id, HELPDESK)


def build(settings: Settings, secrets: SecretStore, session: requests.Session) -> GlpiConnector:
    read = secret_reader(secrets)
    return GlpiConnector(
        session,
        required_setting(settings, keys.GLPI_URL, HELPDESK),
        lambda: read(APP_TOKEN_SECRET),
        lambda: read(USER_TOKEN_SECRET),
        timeout=settings.value(core_settings.HTTP_TIMEOUT),
        triage=Triage(pairs(settings.value(keys.GLPI_CATEGORIES), keys.GLPI_CATEGORIES.name),
                      pairs(settings.value(keys.GLPI_URGENCIES), keys.GLPI_URGENCIES.name)),
    )
