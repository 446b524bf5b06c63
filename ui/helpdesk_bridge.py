"""Delivers queued help requests and follows their status, on timers, off the GUI thread."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.commands.outbox import change_of
from desktop.helpdesk.outbox import FlushReport, StatusChange
from desktop.helpdesk.service import HelpdeskService
from desktop.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.shell.process_runner import ProcessTaskRunner

log = logging.getLogger(__name__)
RETRY_CHECK_MS = 60_000  # also catches "the network is back" without any OS hook


class HelpdeskBridge(QObject):
    """Flushes the outbox now, when a retry falls due, and every minute while anything waits;
    polls the helpdesk only while requests are open. Neither runs twice at once: a slow
    helpdesk must not collect a queue of polls behind it.

    With ``workers``, delivery and polls run as ``deskmate outbox flush|poll --json`` worker
    processes (the network stack never stays loaded here); this process reads the outbox."""

    requests_changed = Signal()  # the list of requests or their states changed
    status_changed = Signal(object)  # StatusChange, for a tray notification

    def __init__(
        self,
        service: HelpdeskService,
        runner: TaskRunner,
        poll_minutes: int,
        parent: QObject | None = None,
        workers: ProcessTaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._workers = workers
        self._flushing = False
        self._polling = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.flush)
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(poll_minutes * 60_000)
        self._poll_timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Resume delivery of whatever an earlier run (or a crash) left in the outbox; an
        outbox that cannot be written has nothing to deliver (the Health page says why)."""
        if not self._service.usable:
            return
        self.flush()
        self._poll_timer.start()

    def flush(self) -> None:
        if self._flushing or not self._service.usable:
            return
        self._flushing = True
        if self._workers is None:
            self._runner.submit(self._flush_and_next, self._flushed, self._failed)
            return
        self._workers.run("outbox-flush", ["outbox", "flush"], self._worker_flushed,
                          self._failed, ok_codes=(0, 1))  # 1: some failed, recorded in the outbox

    def poll(self) -> None:
        if self._polling or not self._service.usable:
            return
        self._polling = True
        if self._workers is None:
            self._runner.submit(self._poll_if_open, self._polled, self._poll_failed)
            return
        self._runner.submit(self._service.has_open_requests, self._poll_in_worker,
                            self._poll_failed)

    def _poll_in_worker(self, open_requests: bool) -> None:
        if not open_requests or self._workers is None:
            self._polled(())
            return
        self._workers.run("outbox-poll", ["outbox", "poll"],
                          lambda data: self._polled(tuple(change_of(c) for c in data)),
                          self._poll_failed)

    def _worker_flushed(self, counts: Any) -> None:
        report = FlushReport(**counts)
        self._runner.submit(lambda: (report, self._service.next_due()), self._flushed,
                            self._failed)

    def _flush_and_next(self) -> tuple[FlushReport, float | None]:
        return self._service.flush(), self._service.next_due()

    def _poll_if_open(self) -> tuple[StatusChange, ...]:
        return self._service.poll() if self._service.has_open_requests() else ()

    def _flushed(self, outcome: tuple[FlushReport, float | None]) -> None:
        self._flushing = False
        report, next_due = outcome
        self.requests_changed.emit()
        if report.sent:
            self.poll()
        if next_due is not None:
            wait_ms = int(max(0.0, next_due - time.time()) * 1000)
            self._flush_timer.start(min(max(wait_ms, 1000), RETRY_CHECK_MS))

    def _failed(self, exc: BaseException) -> None:
        self._flushing = False
        log.warning("Outbox flush failed", extra={"error": type(exc).__name__})
        self.requests_changed.emit()
        self._flush_timer.start(RETRY_CHECK_MS)

    def _poll_failed(self, exc: BaseException) -> None:
        self._polling = False
        log.warning("Status poll failed", exc_info=exc)

    def _polled(self, changes: tuple[StatusChange, ...]) -> None:
        self._polling = False
        for change in changes:
            self.status_changed.emit(change)
        if changes:
            self.requests_changed.emit()
