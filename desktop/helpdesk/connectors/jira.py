"""Jira Service Management (Cloud) connector over the Service Desk REST API.

API: https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/
(create request, comment, feedback), .../api-group-servicedesk/ (attachTemporaryFile),
https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/ (JQL).

Settings: ``helpdesk.jira.url``, ``helpdesk.jira.service_desk_id``,
``helpdesk.jira.request_type_id``, ``helpdesk.jira.email`` (account for basic auth; empty sends
the secret as a Bearer token, e.g. an OAuth or Data Center personal access token).
Secret: ``helpdesk.jira.token`` — the account's API token.

Attachments are two steps: upload them as temporary files to the service desk (multipart part
``file``, header ``X-Atlassian-Token: no-check``), then attach their ids to the request.

Idempotency: the request is created with the label ``deskmate-<key>`` (the request type must
offer the Labels field); ``submit`` first searches ``labels = "deskmate-<key>"`` and, for a found
request, attaches only the files it does not have yet.
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
from desktop.helpdesk.connectors.answers import expect_mapping, field, names, parse_time
from desktop.helpdesk.connectors.http import HttpClient, basic_auth
from desktop.helpdesk.connectors.setup import required_setting, secret_reader, setting_text
from desktop.helpdesk.remote_thread import RemoteMessage, replies
from desktop.helpdesk.rich_body import body_adf, check_tags
from desktop.helpdesk.triage import Triage, pairs
from desktop.secrets import SecretStore
from desktop.settings import Settings
from desktop.settings_defs import core as core_settings
from desktop.settings_defs import helpdesk as keys

log = logging.getLogger(__name__)

TOKEN_SECRET = "helpdesk.jira.token"
SECRET_NAMES = (TOKEN_SECRET,)
HELPDESK = "Jira Service Management"
_API = "/rest/servicedeskapi"
_WAITING = frozenset({"waiting for customer", "pending customer"})
_CLOSED = frozenset({"closed", "canceled", "cancelled", "declined", "rejected"})
_ISSUE_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_]*-[0-9]+")
_CATEGORY = {"NEW": RemoteStatus.OPEN, "INDETERMINATE": RemoteStatus.IN_PROGRESS,
             "DONE": RemoteStatus.RESOLVED}


class JiraConnector:
    """Raises and follows customer requests of one service desk and request type."""

    name = "jira"

    def __init__(self, session: requests.Session, url: str, service_desk_id: str,
                 request_type_id: str, auth: Callable[[], Mapping[str, str]],
                 timeout: float = 15.0, triage: Triage | None = None) -> None:
        self._http = HttpClient(session, url, HELPDESK, timeout, auth=auth)
        self._triage = triage or Triage()
        self._desk = service_desk_id
        self._request_type = request_type_id

    def submit(self, payload: TicketPayload) -> SubmitResult:
        existing = self.find(payload.idempotency_key)
        if existing is not None:
            log.info("Ticket already exists", extra={"helpdesk": self.name, "remote_id": existing})
            self._attach_missing(existing, payload.attachments)
            return self._result(existing, self._request(existing))
        body = {
            "serviceDeskId": self._desk,
            "requestTypeId": self._triage.route(payload.category, self._request_type),
            "isAdfRequest": True,  # the description is an ADF document: Jira renders it
            "requestFieldValues": {"summary": payload.subject,
                                   "description": body_adf(payload.body),
                                   "labels": [_label(payload.idempotency_key),
                                              *check_tags(payload)]},
        }
        created = expect_mapping(self._http.json("POST", f"{_API}/request", json=body),
                                 HELPDESK, "the new request")
        key = str(field(created, "issueKey", HELPDESK))
        self._attach(key, payload.attachments)
        return self._result(key, created)

    def find(self, key: str) -> str | None:
        found = expect_mapping(self._http.json(
            "GET", "/rest/api/3/search/jql",
            params={"jql": f'labels = "{_label(key)}"', "fields": "key", "maxResults": "1"},
        ), HELPDESK, "the search result")
        issues = found.get("issues") or []
        return str(issues[0]["key"]) if issues else None

    def status(self, remote_id: str) -> StatusResult:
        current = expect_mapping(self._request(_key(remote_id)).get("currentStatus"),
                                 HELPDESK, "the request's status")
        raw = str(field(current, "status", HELPDESK))
        date = current.get("statusDate")
        return StatusResult(_map_status(raw, str(current.get("statusCategory", ""))), raw,
                            updated_at=parse_time(date.get("iso8601") if date else None))

    def reply(self, remote_id: str, text: str, attachments: tuple[Attachment, ...] = (),
              key: str = "") -> None:
        self._http.call("POST", f"{_API}/request/{_key(remote_id)}/comment",
                        json={"body": text, "public": True})
        self._attach(_key(remote_id), attachments)

    def rate(self, remote_id: str, rating: int, comment: str, key: str = "") -> None:
        if not 1 <= rating <= 5:
            raise NotSupported("A rating must be between 1 and 5.")
        body: dict[str, Any] = {"type": "csat", "rating": rating}
        if comment:
            body["comment"] = {"body": comment}
        self._http.call("POST", f"{_API}/request/{_key(remote_id)}/feedback", json=body)

    def thread(self, remote_id: str) -> tuple[ThreadMessage, ...]:
        """The request's public comments; the reporter is Deskmate's account, so theirs are
        the employee's replies."""
        key = _key(remote_id)
        reporter = self._request(key).get("reporter")
        deskmate = str(reporter.get("accountId")) if isinstance(reporter, Mapping) else ""
        found = expect_mapping(self._http.json(
            "GET", f"{_API}/request/{key}/comment",
            params={"public": "true", "internal": "false", "limit": "100"}),
            HELPDESK, "the comments")
        return replies([_message(c) for c in found.get("values") or []
                        if isinstance(c, Mapping)], deskmate)

    def _request(self, key: str) -> Mapping[str, Any]:
        return expect_mapping(self._http.json("GET", f"{_API}/request/{key}"),
                              HELPDESK, "the request")

    def _attach(self, key: str, attachments: tuple[Attachment, ...]) -> None:
        """Upload the files as temporary attachments, then attach them to request ``key``."""
        if not attachments:
            return
        files = [("file", (a.name, a.data, a.content_type)) for a in attachments]
        uploaded = expect_mapping(self._http.json(
            "POST", f"{_API}/servicedesk/{self._desk}/attachTemporaryFile", files=files,
            headers={"X-Atlassian-Token": "no-check"},
        ), HELPDESK, "the uploaded files")
        ids = [str(t["temporaryAttachmentId"]) for t in uploaded.get("temporaryAttachments", [])]
        self._http.call("POST", f"{_API}/request/{key}/attachment",
                        json={"temporaryAttachmentIds": ids, "public": True})

    def _attach_missing(self, key: str, attachments: tuple[Attachment, ...]) -> None:
        if not attachments:
            return
        listed = expect_mapping(self._http.json("GET", f"{_API}/request/{key}/attachment"),
                                HELPDESK, "the attachment list")
        present = names(listed.get("values") or [], "filename")
        self._attach(key, tuple(a for a in attachments if a.name not in present))

    def _result(self, key: str, request: Mapping[str, Any]) -> SubmitResult:
        links = request.get("_links") or {}
        return SubmitResult(key, links.get("web") or f"{self._http.base_url}/browse/{key}")


def _map_status(raw: str, category: str) -> RemoteStatus:
    word = raw.strip().lower()
    if word in _WAITING:
        return RemoteStatus.WAITING_FOR_YOU
    if word in _CLOSED:
        return RemoteStatus.CLOSED
    return _CATEGORY.get(category.upper(), RemoteStatus.OPEN)


def _message(comment: Mapping[str, Any]) -> RemoteMessage:
    author = comment.get("author") if isinstance(comment.get("author"), Mapping) else {}
    assert isinstance(author, Mapping)
    created = comment.get("created") if isinstance(comment.get("created"), Mapping) else {}
    assert isinstance(created, Mapping)
    return RemoteMessage(str(comment.get("id")), str(author.get("accountId")),
                         str(author.get("displayName") or ""), parse_time(created.get("iso8601")),
                         str(comment.get("body") or ""), public=bool(comment.get("public", True)))


def _key(remote_id: str) -> str:
    if not _ISSUE_KEY.fullmatch(remote_id):
        raise PermanentFailure(f"{remote_id!r} is not a Jira issue key.")
    return remote_id


def _label(key: str) -> str:
    return f"deskmate-{key}"


def build(settings: Settings, secrets: SecretStore, session: requests.Session) -> JiraConnector:
    read = secret_reader(secrets)
    email = setting_text(settings, keys.JIRA_EMAIL)

    def auth() -> Mapping[str, str]:
        token = read(TOKEN_SECRET)
        return basic_auth(email, token) if email else {"Authorization": f"Bearer {token}"}

    return JiraConnector(
        session,
        required_setting(settings, keys.JIRA_URL, HELPDESK),
        required_setting(settings, keys.JIRA_SERVICE_DESK, HELPDESK),
        required_setting(settings, keys.JIRA_REQUEST_TYPE, HELPDESK),
        auth,
        timeout=settings.value(core_settings.HTTP_TIMEOUT),
        triage=Triage(pairs(settings.value(keys.JIRA_REQUEST_TYPES),
                            keys.JIRA_REQUEST_TYPES.name)),
    )
