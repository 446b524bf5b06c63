"""The help-request service the GUI and the CLI share: gather, preview, queue, deliver, follow.

Every method blocks (files, SQLite, network): the GUI calls them through its TaskRunner.
Failures are the trees of :mod:`desktop.helpdesk.connector` and
:mod:`desktop.helpdesk.outbox`, plus ``InvalidRequestError`` for an incomplete form.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Mapping, Sequence
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
    ThreadReader,
    TicketPayload,
)
from desktop.helpdesk.connectors.registry import (
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
from desktop.helpdesk.outbox import (
    DeliveryState,
    FlushReport,
    Outbox,
    OutboxEntry,
    OutboxHealth,
    PurgedPayload,
    StatusChange,
)
from desktop.helpdesk.payload import PayloadLimits, build_payload, new_key
from desktop.helpdesk.plain_text import multi_line
from desktop.helpdesk.reachability import helpdesk_reachable
from desktop.helpdesk.redact import Redactor
from desktop.helpdesk.request_form import RequestForm
from desktop.helpdesk.request_thread import RequestView, request_view, request_views
from desktop.helpdesk.requester_fill import WithRequester
from desktop.helpdesk.ticket_names import CatalogueNames, NoNames, in_ticket_language
from desktop.helpdesk.ticket_wording import TicketWording
from desktop.requester import OsDirectory, requester_email
from desktop.settings_defs import helpdesk as keys

log = logging.getLogger(__name__)


class HelpdeskService:
    """Built once by the composition root (or a CLI command) around the shared Core."""

    def __init__(
        self, core: Core, sources: ContextSources | None = None,
        environ: Mapping[str, str] | None = None, connector: Connector | None = None,
        outbox: Outbox | None = None, directory: Callable[[str], str] | None = None,
        names: CatalogueNames | None = None,
        known_secrets: Callable[[], Sequence[str]] | None = None,
    ) -> None:
        """``known_secrets`` gives the stored secrets' values for the redactor; by default read
        from ``core.secrets`` in this process (the tray reads them in a worker instead)."""
        self._core = core
        self._names = names or NoNames()  # catalogue words in the ticket's language
        self._known_secrets = known_secrets or (
            lambda: known_secret_values(core.settings, core.secrets))
        self._directory = directory or OsDirectory().email
        self._sources = sources or ContextSources()
        self._environ = os.environ if environ is None else environ
        self._connector = connector
        self._outbox = outbox or Outbox(core.paths.database_file)
        self._device: dict[str, Any] | None = None
        # one busy guard: flush, retry and poll never run twice at once, whoever asks
        # (the page, the Health fix, the timers, a CLI in a worker process of this profile
        # has its own service; the outbox's leases keep those apart)
        self._busy = threading.RLock()

    @property
    def health(self) -> OutboxHealth:
        """Whether requests can be saved (the outbox was replaced, or cannot be written)."""
        return self._outbox.health

    @property
    def usable(self) -> bool:
        return self._outbox.usable

    def close(self) -> None:
        self._outbox.close()

    def entry(self, key: str) -> OutboxEntry:
        """Request ``key`` as it stands; UnknownRequestError when there is none."""
        return self._outbox.get(key)

    def sent_payload(self, key: str) -> TicketPayload:
        """Exactly what request ``key`` carries (PayloadPurgedError after its retention)."""
        return self._outbox.payload(key)

    def purged_payload(self, key: str) -> PurgedPayload | None:
        """What is left of request ``key`` once its content was purged (None while kept)."""
        return self._outbox.purged(key)

    def next_due(self) -> float | None:
        return self._outbox.next_due()

    def retry(self, key: str) -> FlushReport:
        """Make request ``key`` due now (also when it was refused), then deliver."""
        with self._busy:
            self.make_due(key)
            return self.flush()

    def make_due(self, key: str) -> None:
        """Make request ``key`` due now (also when it was refused); the next flush sends it."""
        self._outbox.retry_now(key)

    def retry_waiting(self, include_failed: bool = True) -> FlushReport:
        """Make every waiting request due now (and refused ones, unless told not to)."""
        states = (DeliveryState.QUEUED, DeliveryState.FAILED) if include_failed else (
            DeliveryState.QUEUED,)
        with self._busy:
            for entry in self._outbox.list():
                if entry.state in states:
                    self._outbox.retry_now(entry.key)
            return self.flush()

    def dismiss_rating(self, key: str) -> None:
        """The person declined to rate request ``key``: do not ask again."""
        self._outbox.mark_rating_offered(key)

    def redactor(self) -> Redactor:
        return Redactor.from_sources(self._known_secrets(), self._environ)

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
        language = self._core.settings.value(keys.LANGUAGE)
        form = in_ticket_language(form, self._names, language)
        return build_payload(form, items, device, self.redactor(), limits, key,
                             TicketWording(language))

    def submit(self, payload: TicketPayload) -> OutboxEntry:
        """Queue durably; the caller then asks for :meth:`flush` (nothing is lost offline)."""
        return self._outbox.enqueue(payload)

    def drop_folder(self) -> Path:
        """Where the file-drop connector writes ticket bundles."""
        configured = self._core.settings.value(keys.FILE_FOLDER)
        default = self._core.paths.data_dir / "tickets"
        return Path(configured).expanduser() if configured else default

    def reachable(self) -> bool:
        """Whether the configured helpdesk answers (blocking, a few seconds at most)."""
        core = self._core
        return helpdesk_reachable(core.settings, core.http_session, self.drop_folder(),
                                  recorder=core.call_recorder())

    def connector(self) -> Connector:
        if self._connector is None:
            self._connector = build_connector(
                self._core.settings, self._core.secrets, self._core.http_session,
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
        with self._busy:
            report = self._outbox.flush(WithRequester(self.connector(), self.requester_email))
            self._outbox.purge_sent(self._core.settings.value(keys.KEEP_SENT_DAYS))
            return report

    def poll(self) -> tuple[StatusChange, ...]:
        """Status and thread of every open request; the changes (a new reply is one)."""
        with self._busy:
            return self._outbox.poll(self.connector())

    def requests(self) -> tuple[OutboxEntry, ...]:
        return self._outbox.list()

    def request_views(self) -> tuple[RequestView, ...]:
        """Every request with its thread, the most recently updated first."""
        return request_views(self._outbox, *self._thread_capability(), self._hostname())

    def request_view(self, key: str) -> RequestView:
        """One request with its thread; UnknownRequestError when there is no such key."""
        return request_view(self._outbox, self._outbox.get(key), *self._thread_capability(),
                            self._hostname())

    def _thread_capability(self) -> tuple[str, bool]:
        try:
            connector = self.connector()
        except ConnectorError:
            return "", False
        return connector.name, isinstance(connector, ThreadReader)

    def _hostname(self) -> str:
        return str(self.device().get("hostname", ""))

    def has_open_requests(self) -> bool:
        """Whether the status timer should run at all."""
        return bool(self._outbox.pollable())

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
        self._outbox.mark_rating_sent(key)
        return entry

    def _follow_up(self, key: str, kind: RequestKind, text: str, fields: dict[str, Any],
                   attachments: tuple[Attachment, ...] = ()) -> TicketPayload:
        parent = self._outbox.get(key)
        return TicketPayload(
            idempotency_key=new_key(), kind=kind, subject=f"Re: {parent.subject}",
            body=multi_line(self.redactor().text(text)), category="", urgency="", requester={},
            fields={"parent_key": key, **fields}, attachments=attachments)
