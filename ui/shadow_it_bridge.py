"""Looks for tools IT has approved alternatives for, on a slow timer, only on this computer."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.catalogue.shadow_it import Nudge, ShadowItWatch, running_process_names
from desktop.tasks import TaskRunner

log = logging.getLogger(__name__)


class ShadowItBridge(QObject):
    nudged = Signal(object)  # Nudge: show one friendly notification

    def __init__(
        self, watch: ShadowItWatch, runner: TaskRunner, minutes: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._watch = watch
        self._runner = runner
        self._timer = QTimer(self)
        self._timer.setInterval(minutes * 60_000)
        self._timer.timeout.connect(self.scan)

    def start(self) -> None:
        self._timer.start()

    def scan(self) -> None:
        self._runner.submit(
            lambda: self._watch.scan(running_process_names(), datetime.now(UTC)),
            self._found,
            lambda exc: log.error("Shadow-IT scan failed", exc_info=exc),
        )

    def dismiss(self, nudge: Nudge) -> None:
        self._runner.submit(lambda: self._watch.dismiss(nudge.tool, datetime.now(UTC)))

    def silence(self, nudge: Nudge) -> None:
        self._runner.submit(lambda: self._watch.silence(nudge.tool))

    def _found(self, nudges: tuple[Nudge, ...]) -> None:
        for nudge in nudges:
            self.nudged.emit(nudge)
