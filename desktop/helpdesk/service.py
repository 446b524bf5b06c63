"""The help-request service the GUI and the CLI share: gather, preview, queue, deliver, follow.

Every method blocks (files, SQLite, network): the GUI calls them through its TaskRunner.
Failures are the trees of :mod:`desktop.helpdesk.connector` and
:mod:`desktop.helpdesk.outbox`, plus ``InvalidRequestError`` for an incomplete form.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.core import Core
from desktop.helpdesk.connector import (
    Attachment,
    Connector,
    ConnectorError,
    PermanentFailure,
    RequestKind,
    TicketPayload,
)
from desktop.helpdesk.connector_factory import (
    build_connector,
    known_secret_values,
    secret_problems,
)
from desktop.helpdesk.context import (
    ContextItem,
    ContextKind,
    ContextSources,
    device_facts,
    gather_context,
)
from desktop.helpdesk.outbox import FlushReport, Outbox, OutboxEntry, StatusChange
from desktop.helpdesk.payload import PayloadLimits, build_payload
from desktop.helpdesk.plain_text import multi_line
from desktop.helpdesk.reachability import helpdesk_reachable
from desktop.helpdesk.redact import Redactor
from desktop.helpdesk.request_form import RequestForm
from desktop.helpdesk.requester_fill import WithRequester
from desktop.requester import OsDirectory, requester_email
from desktop.settings_defs import helpdesk as keys

log = logging.getLogger(__name__)


class HelpdeskService:
    """Built once by the composition root (or a CLI command) around the shared Core."""

    def __init__(
        self, core: Core, sources: ContextSources | None = None,
        environ: Mapping[str, str] | None = None, connector: Connector | None = None,
        outbox: Outbox | None = None, directory: Callable[[str], str] | None = None,
    ) -> None:
        self._core = core
        self._directory = directory or OsDirectory().email
        self._sources = sources or ContextSources()
        self._environ = os.environ if environ is None else environ
        self._connector = connector
        self.outbox = outbox or Outbox(core.paths.database_file)
        self._device: dict[str, Any] | None = None

    def redactor(self) -> Redactor:
        known = known_secret_values(self._core.settings, self._core.secrets)
        return Redactor.from_sources(known, self._environ)

    def device(self) -> Mapping[str, Any]:
        if self._device is None:
            self._device = device_facts() if self._sources.device is None else dict(
                self._sources.device())
        return self._device

    def requester_email(self) -> str:
        """The person's work address (policy template, OS directory, typed), or ``""``."""
        settings = self._core.settings
        return requester_email(settings.value(keys.REQUESTER_EMAIL_TEMPLATE),
                               str(self.device().get("account", "")), self._directory,
                               settings.value(keys.WORK_EMAIL))

    def categories(self) -> tuple[str, ...]:
        return self._core.settings.value(keys.CATEGORIES)

    def gather(
        self, sources: ContextSources | None = None, install_log: str | None = None
    ) -> tuple[ContextItem, ...]:
        """Context items for the form; ``sources`` overrides the defaults, ``install_log`` adds
        a failed install's log (for "Still not working?" after an install)."""
        chosen = sources or self._sources
        chosen = replace(chosen, log_file=chosen.log_file or self._core.paths.log_file,
                         log_lines=self._core.settings.value(keys.LOG_LINES))
        if install_log is not None:
            chosen = replace(chosen, install_log=lambda: install_log)
        return gather_context(chosen, self.redactor())

    def build(
        self, form: RequestForm, items: tuple[ContextItem, ...], key: str | None = None
    ) -> TicketPayload:
        """Exactly what would be sent; the preview renders this very object."""
        limits = PayloadLimits(self._core.settings.value(keys.MAX_ATTACHMENT_BYTES),
                               self._core.settings.value(keys.MAX_TOTAL_BYTES))
        if form.kind in (RequestKind.ME_TOO, RequestKind.FEEDBACK):
            items = ()  # a +1 or an idea is lightweight: no attachments
        device = {**self.device(), "email": self.requester_email()}
        return build_payload(form, items, device, self.redactor(), limits, key)

    def submit(self, payload: TicketPayload) -> OutboxEntry:
        """Queue durably; the caller then asks for :meth:`flush` (nothing is lost offline)."""
        return self.outbox.enqueue(payload)

    def drop_folder(self) -> Path:
        """Where the file-drop connector writes ticket bundles."""
        configured = self._core.settings.value(keys.FILE_FOLDER)
        default = self._core.paths.data_dir / "tickets"
        return Path(configured).expanduser() if configured else default

    def reachable(self) -> bool:
        """Whether the configured helpdesk answers (blocking, a few seconds at most)."""
        core = self._core
        return helpdesk_reachable(core.settings, core.http_session, self.drop_folder())

    def connector(self) -> Connector:
        if self._connector is None:
            self._connector = build_connector(
                self._core.settings, self._core.secrets, self._core.http_session(),
                self.drop_folder(),
            )
        return self._connector

    def setup_problems(self) -> tuple[str, ...]:
        """What IT must fix before requests can go out, in sentences for the Health page:
        malformed secrets, and what the connector itself finds (blocking: it may ask the
        helpdesk). An unreachable helpdesk is the reachability check's business."""
        problems = [*secret_problems(self._core.settings, self._core.secrets)]
        try:
            check = getattr(self.connector(), "setup_problems", None)
            problems += check() if check is not None else ()
        except PermanentFailure as exc:
            problems.append(str(exc))
        except ConnectorError:
            pass
        return tuple(dict.fromkeys(problems))

    def flush(self) -> FlushReport:
        """Deliver what is due (a request queued before the address was known gets it now),
        then purge sent payloads whose retention ended."""
        report = self.outbox.flush(WithRequester(self.connector(), self.requester_email))
        self.outbox.purge_sent(self._core.settings.value(keys.KEEP_SENT_DAYS))
        return report

    def poll(self) -> tuple[StatusChange, ...]:
        return self.outbox.poll(self.connector())

    def requests(self) -> tuple[OutboxEntry, ...]:
        return self.outbox.list()

    def has_open_requests(self) -> bool:
        """Whether the status timer should run at all."""
        return bool(self.outbox.pollable())

    def build_reply(self, key: str, text: str, attach_diagnostics: bool = False
                    ) -> TicketPayload:
        """Exactly the reply that would be queued, optionally with a fresh diagnostics
        snapshot and device facts: those must be shown in the preview before :meth:`submit`."""
        attachments: tuple[Attachment, ...] = ()
        if attach_diagnostics:
            attachments = tuple(
                Attachment(i.attachment_name, i.content_type, i.data) for i in self.gather()
                if i.kind in (ContextKind.DIAGNOSTICS, ContextKind.DEVICE))
        return self._follow_up(key, RequestKind.REPLY, text, {}, attachments)

    def reply(self, key: str, text: str) -> OutboxEntry:
        """Queue a typed reply (nothing beyond the text: no preview needed); then flush."""
        return self.submit(self.build_reply(key, text))

    def rate(self, key: str, rating: int, comment: str) -> OutboxEntry:
        """Queue a 1–5 rating; the request is not asked about again."""
        if not 1 <= rating <= 5:
            raise ValueError("rating must be 1 to 5")
        entry = self.submit(self._follow_up(key, RequestKind.RATING, comment,
                                            {"rating": rating}))
        self.outbox.mark_rating_sent(key)
        return entry

    def _follow_up(self, key: str, kind: RequestKind, text: str, fields: dict[str, Any],
                   attachments: tuple[Attachment, ...] = ()) -> TicketPayload:
        parent = self.outbox.get(key)
        return TicketPayload(
            idempotency_key=str(uuid.uuid4()), kind=kind, subject=f"Re: {parent.subject}",
            body=multi_line(self.redactor().text(text)), category="", urgency="", requester={},
            fields={"parent_key": key, **fields}, attachments=attachments)
