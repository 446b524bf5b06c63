"""ServiceNow connector: incidents through the Table API, files through the Attachment API.

API: https://www.servicenow.com/docs/r/zurich/api-reference/rest-apis/c_TableAPI.html,
https://www.servicenow.com/docs/r/zurich/api-reference/rest-apis/c_AttachmentAPI.html
(``POST /api/now/attachment/file?table_name=&table_sys_id=&file_name=``, raw body).

Settings: ``helpdesk.servicenow.url`` (instance URL), ``helpdesk.servicenow.username``
(integration account for basic auth; empty sends the secret as a Bearer OAuth token).
Secret: ``helpdesk.servicenow.password`` — the account's password (or OAuth token).

Idempotency: the incident's ``correlation_id`` is the key; ``submit`` first queries
``correlation_id=<key>`` and, for a found incident, uploads only the files it lacks.
The remote id is the incident number (INC…), which people recognise.
"""

from __future__ import annotations

import logging
import re
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
from desktop.helpdesk.connectors.answers import (
    expect_mapping,
    field,
    names,
    parse_time,
    urgency_level,
)
from desktop.helpdesk.connectors.http import HttpClient, basic_auth
from desktop.helpdesk.connectors.setup import required_setting, secret_reader, setting_text
from desktop.helpdesk.remote_thread import RemoteMessage, replies
from desktop.helpdesk.rich_body import body_html
from desktop.helpdesk.triage import Triage, pairs
from desktop.secrets import SecretStore
from desktop.settings import Settings
from desktop.settings_defs import core as core_settings
from desktop.settings_defs import helpdesk as keys

log = logging.getLogger(__name__)

PASSWORD_SECRET = "helpdesk.servicenow.password"
SECRET_NAMES = (PASSWORD_SECRET,)
HELPDESK = "ServiceNow"
_TABLE = "/api/now/table/incident"
_NUMBER = re.compile(r"[A-Z]{2,10}[0-9]{4,12}")
_AWAITING_CALLER = "1"  # incident.hold_reason choice "Awaiting Caller"
# incident.state choices of the base system.
STATUS_MAP = {
    "1": RemoteStatus.OPEN,  # New
    "2": RemoteStatus.IN_PROGRESS,  # In Progress
    "3": RemoteStatus.IN_PROGRESS,  # On Hold (Awaiting Caller -> waiting for you, below)
    "6": RemoteStatus.RESOLVED,  # Resolved
    "7": RemoteStatus.CLOSED,  # Closed
    "8": RemoteStatus.CLOSED,  # Canceled
}
_FIELDS = "sys_id,number,state,hold_reason,sys_updated_on"
_JOURNAL = "/api/now/table/sys_journal_field"
_JOURNAL_FIELDS = "sys_id,value,sys_created_by,sys_created_on"


def _message(row: Mapping[str, Any]) -> RemoteMessage:
    writer = str(row.get("sys_created_by"))
    return RemoteMessage(str(row.get("sys_id")), writer, writer,
                         parse_time(row.get("sys_created_on")), str(row.get("value") or ""))


class ServiceNowConnector:
    """Opens and follows incidents on one ServiceNow instance."""

    name = "servicenow"

    def __init__(self, session: requests.Session, url: str,
                 auth: Callable[[], Mapping[str, str]], timeout: float = 15.0,
                 triage: Triage | None = None) -> None:
        self._triage = triage or Triage()
        self._http = HttpClient(session, url, HELPDESK, timeout,
                                auth=lambda: {**auth(), "Accept": "application/json"})

    def submit(self, payload: TicketPayload) -> SubmitResult:
        existing = self._query(f"correlation_id={payload.idempotency_key}")
        if existing is not None:
            log.info("Ticket already exists", extra={"helpdesk": self.name,
                                                     "remote_id": existing["number"]})
            self._upload_missing(str(existing["sys_id"]), payload.attachments)
            return self._result(existing)
        level = min(urgency_level(payload.urgency), 3)  # 1 high .. 3 low in ServiceNow
        body = {
            "short_description": payload.subject,
            "description": payload.body,
            "correlation_id": payload.idempotency_key,
            "correlation_display": "Deskmate",
            "urgency": self._triage.priority(payload.urgency, str(4 - level)),
            "category": payload.category,
            "contact_type": "self-service",
            # agents' view: the summary as a table; journal fields render HTML inside [code]
            "work_notes": f"[code]{body_html(payload.body)}[/code]",
        }
        group = self._triage.route(payload.category, "")
        if group:
            body["assignment_group"] = group  # a name or a sys_id; ServiceNow takes either
        created = expect_mapping(self._http.json("POST", _TABLE, json=body), HELPDESK,
                                 "the new incident")
        record = expect_mapping(created.get("result"), HELPDESK, "the new incident")
        self._upload(str(field(record, "sys_id", HELPDESK)), payload.attachments)
        return self._result(record)

    def status(self, remote_id: str) -> StatusResult:
        record = self._incident(remote_id)
        raw = str(record.get("state", ""))
        mapped = STATUS_MAP.get(raw, RemoteStatus.IN_PROGRESS)
        if raw == "3" and str(record.get("hold_reason", "")) == _AWAITING_CALLER:
            mapped = RemoteStatus.WAITING_FOR_YOU
        return StatusResult(mapped, raw, updated_at=parse_time(record.get("sys_updated_on")))

    def reply(self, remote_id: str, text: str, attachments: tuple[Attachment, ...] = (),
              key: str = "") -> None:
        sys_id = str(self._incident(remote_id)["sys_id"])
        self._http.call("PATCH", f"{_TABLE}/{sys_id}", json={"comments": text})
        self._upload(sys_id, attachments)

    def thread(self, remote_id: str) -> tuple[ThreadMessage, ...]:
        """The incident's additional comments (customer-visible; work notes are internal) from
        ``sys_journal_field``; the incident's creator is Deskmate's account. The account
        needs read access to ``sys_journal_field`` (the itil role has it)."""
        incident = self._incident(remote_id, "sys_id,sys_created_by")
        query = (f"element_id={incident['sys_id']}^element=comments^name=incident"
                 "^ORDERBYsys_created_on")
        found = expect_mapping(self._http.json("GET", _JOURNAL, params={
            "sysparm_query": query, "sysparm_fields": _JOURNAL_FIELDS, "sysparm_limit": "100"}),
            HELPDESK, "the comments")
        return replies([_message(row) for row in found.get("result") or []
                        if isinstance(row, Mapping)], str(incident.get("sys_created_by")))

    def rate(self, remote_id: str, rating: int, comment: str, key: str = "") -> None:
        raise NotSupported("ServiceNow takes ratings only through its own surveys.")

    def _incident(self, number: str, fields: str = "") -> Mapping[str, Any]:
        if not _NUMBER.fullmatch(number):
            raise PermanentFailure(f"{number!r} is not a ServiceNow incident number.")
        record = self._query(f"number={number}", fields or _FIELDS)
        if record is None:
            raise PermanentFailure(f"ServiceNow has no incident {number}.")
        return record

    def _query(self, query: str, fields: str = _FIELDS) -> Mapping[str, Any] | None:
        found = expect_mapping(self._http.json(
            "GET", _TABLE,
            params={"sysparm_query": query, "sysparm_fields": fields, "sysparm_limit": "1"},
        ), HELPDESK, "the query result")
        rows = found.get("result") or []
        return expect_mapping(rows[0], HELPDESK, "the incident") if rows else None

    def _upload(self, sys_id: str, attachments: tuple[Attachment, ...]) -> None:
        for attachment in attachments:
            params = {"table_name": "incident", "table_sys_id": sys_id,
                      "file_name": attachment.name}
            self._http.call("POST", "/api/now/attachment/file", params=params,
                            data=attachment.data,
                            headers={"Content-Type": attachment.content_type})

    def _upload_missing(self, sys_id: str, attachments: tuple[Attachment, ...]) -> None:
        if not attachments:
            return
        listed = expect_mapping(self._http.json(
            "GET", "/api/now/attachment",
            params={"sysparm_query": f"table_name=incident^table_sys_id={sys_id}"},
        ), HELPDESK, "the attachment list")
        present = names(listed.get("result") or [], "file_name")
        self._upload(sys_id, tuple(a for a in attachments if a.name not in present))

    def _result(self, record: Mapping[str, Any]) -> SubmitResult:
        sys_id = field(record, "sys_id", HELPDESK)
        return SubmitResult(str(field(record, "number", HELPDESK)),
                            f"{self._http.base_url}/nav_to.do?uri=incident.do?sys_id={sys_id}")


def build(settings: Settings, secrets: SecretStore,
          session: requests.Session) -> ServiceNowConnector:
    read = secret_reader(secrets)
    username = setting_text(settings, keys.SERVICENOW_USERNAME)

    def auth() -> Mapping[str, str]:
        secret = read(PASSWORD_SECRET)
        return basic_auth(username, secret) if username else {"Authorization": f"Bearer {secret}"}

    return ServiceNowConnector(
        session,
        required_setting(settings, keys.SERVICENOW_URL, HELPDESK),
        auth,
        timeout=settings.value(core_settings.HTTP_TIMEOUT),
        triage=Triage(pairs(settings.value(keys.SERVICENOW_GROUPS), keys.SERVICENOW_GROUPS.name),
                      pairs(settings.value(keys.SERVICENOW_URGENCIES),
                            keys.SERVICENOW_URGENCIES.name)),
    )
