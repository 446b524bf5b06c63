"""The one path from "something wants attention" to the tray: asks the gate, holds, summarises.

The busy signals are sampled on the task runner (the probes run small tools); the gate decides
on the GUI thread. Held messages mark the tray icon and come back as one quiet tray message
when the person is free. Nothing here raises or focuses a window.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.attention.gate import AttentionGate, HeldSummary, Message, Verdict
from desktop.attention.quiet_hours import QuietHours, QuietHoursDetector
from desktop.attention.signals import BusySignal, Detector, SignalName, sample
from desktop.tasks import TaskRunner
from ui.tray import TrayIcon

log = logging.getLogger(__name__)

RECHECK_MS = 15_000  # how often a held message looks whether the person is free
_MEETING = frozenset({SignalName.CAMERA, SignalName.MICROPHONE, SignalName.SCREEN_SHARING})


class AttentionBridge(QObject):
    summary_shown = Signal(object)  # the HeldSummary just shown

    def __init__(
        self,
        gate: AttentionGate,
        detectors: Sequence[Detector],
        runner: TaskRunner,
        tray: TrayIcon,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.gate = gate
        self._detectors = tuple(detectors)
        self._runner = runner
        self._tray = tray
        self._pending: list[Message] = []  # offered, waiting for a sample, in order
        self._timer = QTimer(self)
        self._timer.setInterval(RECHECK_MS)
        self._timer.timeout.connect(self.recheck)

    @property
    def detectors(self) -> tuple[Detector, ...]:
        return self._detectors

    def set_quiet_hours(self, quiet: QuietHours) -> None:
        """New quiet hours (changed in Settings): the gate and its detector use them now."""
        self.gate.quiet = quiet
        for detector in self._detectors:
            if isinstance(detector, QuietHoursDetector):
                detector.quiet = quiet
        self.recheck()

    def offer(self, message: Message) -> None:
        """Show ``message`` as a tray message now, or hold it until the person is free.
        Messages are decided in the order offered, whichever sample comes back first."""
        self._pending.append(message)
        self._runner.submit(self._sample, self._decided)

    def recheck(self) -> None:
        """Look again whether the person is free; if so, show the held summary."""
        self._runner.submit(self._sample, self._maybe_release)

    def _sample(self) -> tuple[BusySignal, ...]:
        return sample(self._detectors)

    def _decided(self, signals: tuple[BusySignal, ...]) -> None:
        message = self._pending.pop(0)
        decision = self.gate.offer(message, signals)
        if decision.verdict is Verdict.SHOW:
            self._tray.notify(message.title, message.text, problem=message.problem)
        elif decision.verdict is Verdict.HOLD:
            self._tray.set_waiting(len(self.gate.held))
            self._timer.start()

    def _maybe_release(self, signals: tuple[BusySignal, ...]) -> None:
        summary = self.gate.release(signals)
        if summary is None:
            return
        self._timer.stop()
        self._tray.set_waiting(0)
        problem = any(m.problem for m in summary.messages)
        self._tray.notify(self.summary_title(summary), self.summary_text(summary), problem)
        log.info("Held messages shown", extra={"count": len(summary.messages),
                                                "held_for": ",".join(sorted(summary.held_for))})
        self.summary_shown.emit(summary)

    def summary_title(self, summary: HeldSummary) -> str:
        """One busy reason: "While you were in a meeting"; several: the count and each."""
        held_for = summary.held_for
        reasons = self._reasons(held_for)
        if len(reasons) > 1:
            listed = self.tr("{0} and {1}").format(", ".join(reasons[:-1]), reasons[-1])
            return self.tr("{count} messages held during your {reasons}").format(
                count=len(summary.messages), reasons=listed)
        if held_for & _MEETING:
            return self.tr("While you were in a meeting")
        if SignalName.FULLSCREEN in held_for:
            return self.tr("While you were in full screen")
        if SignalName.DO_NOT_DISTURB in held_for:
            return self.tr("While do not disturb was on")
        return self.tr("During your quiet hours")

    def _reasons(self, held_for: frozenset[SignalName]) -> list[str]:
        """What held the messages, as nouns, a meeting first; camera and microphone are one."""
        nouns = (
            (_MEETING, self.tr("meeting")),
            ({SignalName.FULLSCREEN}, self.tr("presentation")),
            ({SignalName.DO_NOT_DISTURB}, self.tr("do not disturb")),
            ({SignalName.QUIET_HOURS}, self.tr("quiet hours")),
        )
        return [noun for signals, noun in nouns if held_for & signals]

    @staticmethod
    def summary_text(summary: HeldSummary) -> str:
        """One line of what happened: "IT answered your request; Zoom has an update" (the
        details are one click away, on the page the message is about)."""
        return "; ".join(m.headline or m.title for m in summary.messages)
