"""Old activity entries are pruned in the background: at start-up, then every few hours."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from desktop.tasks import TaskRunner

log = logging.getLogger(__name__)

RETENTION_MS = 6 * 3600 * 1000  # entries past their keeping period go within a few hours


class ActivityRetention(QObject):
    """A timer that hands ``prune`` (the ledger's, with the policy's keep_days) to the runner,
    so retention holds even when nobody opens the Activity page."""

    def __init__(self, prune: Callable[[], int], runner: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prune = prune
        self._runner = runner
        self.timer = QTimer(self)
        self.timer.setInterval(RETENTION_MS)
        self.timer.timeout.connect(self.prune_now)

    def start(self) -> None:
        self.timer.start()
        self.prune_now()

    def stop(self) -> None:
        self.timer.stop()

    def prune_now(self) -> None:
        self._runner.submit(self._prune)
