"""Keeps the signed catalogue fresh on a jittered timer and announces each new state."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.catalogue.service import CatalogueService, CatalogueStatus
from desktop.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.shell.process_runner import ProcessTaskRunner

log = logging.getLogger(__name__)


class CatalogueBridge(QObject):
    """Turns :class:`CatalogueService` work into signals on the GUI thread. Nothing sleeps
    in a thread: a single-shot ``QTimer`` schedules each refresh through the runner.

    With ``workers``, each refresh (python-tuf, cryptography, the network) runs in a
    ``deskmate catalogue refresh`` worker process, and this process only reads the verified
    copy it left on disk; without, it runs on the thread runner (tests, no worker)."""

    status_changed = Signal(object)  # CatalogueStatus; the service holds the catalogue itself

    def __init__(
        self, service: CatalogueService, runner: TaskRunner, parent: QObject | None = None,
        workers: ProcessTaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._workers = workers
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)

    @property
    def service(self) -> CatalogueService:
        return self._service

    def start(self) -> None:
        """Show the last good copy at once, then check for a newer one."""
        self._runner.submit(self._service.load_cached, self._loaded, self._failed)

    def refresh(self) -> None:
        """Refresh now (the timer, or "Refresh the catalogue" on the Health page)."""
        if self._busy:
            return
        self._busy = True
        if self._workers is None:
            self._runner.submit(self._service.refresh, self._refreshed, self._failed)
            return
        self._workers.run("catalogue-refresh", ["catalogue", "refresh"], self._worker_done,
                          self._failed, ok_codes=(0, 1))  # 1: refused, recorded on disk

    def _worker_done(self, _status: Any) -> None:
        self._runner.submit(self._service.reload, self._refreshed, self._failed)

    def _loaded(self, status: CatalogueStatus) -> None:
        self.status_changed.emit(status)
        self.refresh()

    def _refreshed(self, status: CatalogueStatus) -> None:
        self._busy = False
        if status.error and status.error_kind != "CatalogueNotConfigured":
            log.warning("Catalogue refresh refused", extra={"kind": status.error_kind})
        self.status_changed.emit(status)
        self._schedule()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        log.error("Catalogue refresh crashed", exc_info=exc)
        self.status_changed.emit(self._service.status())
        self._schedule()

    def _schedule(self) -> None:
        self._timer.start(int(self._service.next_refresh_delay() * 1000))
