"""Keeps the tray and Home in step with the health checks: runs, timers and the timeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.health_state import OverallState
from desktop.tasks import TaskRunner
from diagnostics.result import RunSummary
from diagnostics.timeline import Timeline
from ui.health_wording import HealthCounts, explain
from ui.locale_format import time_of_day
from ui.tray import TrayIcon

if TYPE_CHECKING:
    from desktop.health_service import HealthService

SAMPLE_INTERVAL_MS = 60_000  # the health timeline's sampler
RECHECK_INTERVAL_MS = 30 * 60_000  # keeps the tray's state current without anyone asking
# Starts a background run somewhere else and hands its summary to the callback when done.
RunElsewhere = Callable[[Callable[[RunSummary], None]], None]


class HealthShown(Protocol):
    """Where Home's health line goes: the page, or the feed that keeps it until it is built."""

    def set_health(self, state: OverallState, summary: str, detail: str = "") -> None: ...


class HealthLines(QObject):
    """The health line of Home and the tray. A QObject for ``self.tr``, whose counts lupdate
    turns into plural forms."""

    def state(self, problems: int) -> str:
        """"2 things need a look", or that all is fine."""
        return HealthCounts().need_a_look(problems) if problems else self.tr(
            "Your computer looks fine")

    def detail(self, summary: RunSummary) -> str:
        """The top one or two problems and when the check ran."""
        worst = sorted((r for r in summary.results if r.status.is_problem),
                       key=lambda r: -r.status.rank)
        names = [explain(r).title for r in worst[:2]]
        when = self.tr("Checked at {time}").format(
            time=time_of_day(datetime.fromtimestamp(summary.started_at)))
        if not names:
            return when
        listed = names[0] if len(names) == 1 else self.tr("{first} and {second}").format(
            first=names[0], second=names[1])
        if more := len(worst) - len(names):
            listed = self.tr("{things}, and %n more", "", more).format(things=listed)
        return f"{listed} · {when}"


def home_detail(summary: RunSummary) -> str:
    """Under Home's health line: the top one or two problems and when the check ran."""
    return HealthLines().detail(summary)


class HealthController(QObject):
    """Owns the sampler and re-check timers; ``problems_found`` asks for a notification."""

    problems_found = Signal(str, str)  # title, text: "click to see what is wrong"

    def __init__(self, service: Callable[[], HealthService], timeline: Timeline,
                 runner: TaskRunner, tray: TrayIcon, home: HealthShown,
                 major_outage: Callable[[], bool], parent: QObject | None = None,
                 run_elsewhere: RunElsewhere | None = None) -> None:
        """``service`` gives the checks and fixes, which may be built only when first asked
        for; the timeline is sampled every minute without them."""
        super().__init__(parent)
        self._service, self._timeline, self._runner = service, timeline, runner
        self._run_elsewhere = run_elsewhere  # background runs in a worker process
        self._tray, self._home, self._major_outage = tray, home, major_outage
        self.last_summary: RunSummary | None = None
        self._sampler = QTimer(self)
        self._sampler.setInterval(SAMPLE_INTERVAL_MS)
        self._sampler.timeout.connect(lambda: runner.submit(timeline.sample_once))
        self._recheck = QTimer(self)
        self._recheck.setInterval(RECHECK_INTERVAL_MS)
        self._recheck.timeout.connect(lambda: self.check_in_background(notify=False))

    def start(self) -> None:
        self._sampler.start()
        self._recheck.start()
        self._runner.submit(self._timeline.sample_once)
        self.check_in_background(notify=False)

    def check_in_background(self, notify: bool) -> None:
        """Run every check off the GUI thread (in a worker process when there is one); update
        the tray, and say if something is wrong."""
        if self._run_elsewhere is not None:
            self._run_elsewhere(lambda summary: self.show(summary, notify))
            return
        self._runner.submit(lambda: self._service().run(),
                            lambda summary: self.show(summary, notify))

    def show(self, summary: RunSummary, notify: bool = False) -> None:
        """A finished run (from here or the Health page) sets the tray and Home."""
        self.last_summary = summary
        problems = [r for r in summary.results if r.status.is_problem]
        state = OverallState.from_worst_status(summary.worst.value, outage=self._major_outage())
        lines = HealthLines()
        text = lines.state(len(problems))
        self._tray.set_state(state, self.tr("Deskmate: {state}").format(state=text))
        self._home.set_health(state, text, lines.detail(summary))
        if notify and problems:
            self.problems_found.emit(self.tr("Deskmate: {state}").format(state=text),
                                     self.tr("Click to see what is wrong and how to fix it."))

    # -- help-request context; these run on the task runner ----------------------------------
    def diagnostics_rows(self) -> list[dict[str, object]]:
        """The latest results, failing first, or a fresh run if there are none."""
        summary = self.last_summary or self._service().run()
        ordered = sorted(summary.results, key=lambda r: -r.status.rank)
        return [r.to_json() for r in ordered]

    def timeline_rows(self) -> list[dict[str, object]]:
        data = self._timeline.to_json()
        facts, events = data.get("facts", []), data.get("events", [])
        assert isinstance(facts, list)
        assert isinstance(events, list)
        return [{"type": "fact", **f} for f in facts] + [{"type": "event", **e} for e in events]

    def fixes_rows(self) -> list[dict[str, object]]:
        return [attempt.to_json() for attempt in self._service().recent_attempts()]
