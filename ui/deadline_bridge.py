"""Runs deadlines of required apps in the app: prompts through the attention gate, the deadline
bar, the countdown, and the install through the Apps page's queue.

Every minute (every 5 s during a countdown) the task runner looks which required apps with a
deadline are missing here and what is due; the GUI thread only shows the answer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.attention.gate import Message, MessageKind, Urgency
from desktop.attention.signals import Detector, sample
from desktop.catalogue.installed_state import InstallState
from desktop.catalogue.model import Catalogue, CatalogueApp
from desktop.deadlines.ledger import DeadlineLedger, DeadlineLedgerError, EventKind
from desktop.deadlines.obligation import Countdown, Deferral, Obligation, Stage
from desktop.deadlines.restart import RestartDuty
from desktop.deadlines.service import DeadlineService, Duty, DutyAction, Step, Tick, action_of
from desktop.deadlines.update import UPDATE_SUFFIX, UpdateDuty, update_duty
from desktop.tasks import TaskRunner
from ui.attention_bridge import AttentionBridge
from ui.deadline_bar import DeadlineBar

log = logging.getLogger(__name__)

CHECK_MS = 60_000
COUNTDOWN_MS = 5_000


@dataclass(frozen=True)
class Seen:
    app: Duty
    obligation: Obligation
    tick: Tick
    now: datetime
    last_prompt: datetime | None = None  # from the ledger: survives a restart
    deferred: tuple[datetime, ...] = ()  # when the person put it off, oldest first


class DeadlineBridge(QObject):
    install_due = Signal(object)  # CatalogueApp: install it now (emitted from any thread)
    restart_due = Signal(object)  # RestartDuty: restart now, as IT requires (any thread)
    update_due = Signal(object)  # CatalogueApp: update it now (emitted from any thread)
    last_day_changed = Signal(object)  # ((title, text), ...): Home banners, due within a day
    recorded = Signal()  # the record may have changed: a deferral, "Do it now", a check

    def __init__(
        self,
        ledger: DeadlineLedger,
        clock: Callable[[], datetime],
        catalogue: Callable[[], Catalogue | None],
        detect_all: Callable[[Iterable[CatalogueApp]], Mapping[str, InstallState]],
        detectors: Sequence[Detector],
        attention: AttentionBridge,
        bar: DeadlineBar,
        runner: TaskRunner,
        parent: QObject | None = None,
        os_restart: Callable[[], RestartDuty | None] | None = None,
    ) -> None:
        """``os_restart`` looks for a pending restart under IT's deadline (off the GUI
        thread); None: restarts have no deadline here."""
        super().__init__(parent)
        self._os_restart = os_restart
        self.service = DeadlineService(ledger, clock, self._hand_to_queue)
        self._clock = clock
        self._catalogue = catalogue
        self._detect_all = detect_all
        self._detectors = tuple(detectors)
        self._attention = attention
        self._bar = bar
        self._runner = runner
        self._busy = False
        self._ledger_failed = False
        self._countdowns: dict[str, Countdown] = {}
        self._last_prompt: dict[str, datetime] = {}
        self._overdue: tuple[str, ...] = ()
        self._restart: RestartDuty | None = None  # the pending restart last seen
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        bar.deferral_chosen.connect(self._defer)
        bar.install_now_requested.connect(self._install_now)

    def start(self) -> None:
        self._timer.start(CHECK_MS)
        self.check()

    def check(self) -> None:
        if self._busy:
            return
        self._busy = True
        countdowns = dict(self._countdowns)
        self._runner.submit(lambda: self._look(countdowns), self._looked, self._failed)

    def _hand_to_queue(self, duty: Duty) -> bool:
        if isinstance(duty, RestartDuty):
            self.restart_due.emit(duty)
        elif isinstance(duty, UpdateDuty):
            self.update_due.emit(duty.app)
        else:
            self.install_due.emit(duty)  # queued to the GUI thread, where the Apps page lives
        return True

    def _due_duties(self) -> list[Duty]:
        """Required apps with a deadline that are not installed, and a pending restart."""
        catalogue = self._catalogue()
        apps = [a for a in (catalogue.apps if catalogue else ()) if a.required and a.deadline]
        states = self._detect_all(apps) if apps else {}
        duties = [d for a in apps if (d := self._duty(a, states.get(a.id))) is not None]
        restart = self._os_restart() if self._os_restart is not None else None
        return duties + ([restart] if restart is not None else [])

    def _duty(self, app: CatalogueApp, state: InstallState | None) -> Duty | None:
        """The install of a missing app, the update of an outdated one; an installed one closes
        its install and update rounds."""
        if state is InstallState.UPDATE_AVAILABLE:
            return update_duty(app)
        if state is InstallState.INSTALLED:
            self.service.installed(app)
            if (update := update_duty(app)) is not None:
                self.service.done(update)
            return None
        return app

    def _look(self, countdowns: Mapping[str, Countdown]) -> list[Seen]:
        duties = self._due_duties()
        if not duties:
            return []
        busy = any(s.active for s in sample(self._detectors))
        found = []
        for app in duties:
            obligation = self.service.obligation(app)
            if obligation is not None:
                tick = self.service.tick(app, busy, countdowns.get(app.id))
                found.append(self._seen(app, obligation, tick))
        return found

    def _seen(self, app: Duty, obligation: Obligation, tick: Tick) -> Seen:
        events = self.service.ledger.events(app.id)
        prompts = [e.at for e in events if e.kind is EventKind.PROMPTED]
        deferred = tuple(e.at for e in events if e.kind is EventKind.DEFERRED)
        return Seen(app, obligation, tick, self._clock(), prompts[-1] if prompts else None,
                    deferred)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        if not isinstance(exc, DeadlineLedgerError):
            log.error("Deadline check failed", exc_info=exc)
        elif not self._ledger_failed:  # e.g. a read-only profile: say it once
            self._ledger_failed = True
            log.warning("Deadline ledger unusable", extra={"error": str(exc)})

    def overdue(self) -> tuple[str, ...]:
        """Names of required apps past a deadline IT does not enforce (the Health check's)."""
        return self._overdue

    def _looked(self, seen: list[Seen]) -> None:
        self._busy = False
        self._overdue = tuple(i.app.name for i in seen if i.tick.step is Step.PROBLEM)
        self._restart = next((i.app for i in seen if isinstance(i.app, RestartDuty)), None)
        if self._bar.app_id not in {i.app.id for i in seen}:
            self._bar.hide()  # done another way (the Apps page, a restart): nothing to ask
        self.last_day_changed.emit(tuple(self._banner(i) for i in seen
                                         if i.obligation.stage(i.now) is Stage.LAST_DAY))
        counting = False
        for item in seen:
            counting = self._show(item) or counting
        self._timer.setInterval(COUNTDOWN_MS if counting else CHECK_MS)
        self.recorded.emit()  # a check records escalations, enforced installs and problems

    def _show(self, item: Seen) -> bool:
        """Show one app's state; True while its countdown runs."""
        app, tick, action = item.app, item.tick, action_of(item.app)
        if tick.step is Step.COUNTDOWN and tick.countdown is not None:
            self._countdowns[app.id] = tick.countdown
            self._bar.show_countdown(app.id, app.name, tick.countdown.left(item.now), action)
            return True
        self._countdowns.pop(app.id, None)
        if tick.step is Step.INSTALLING:
            self._bar.hide()
        elif tick.step is Step.PROBLEM:
            self._bar.show_overdue(app.id, app.name, item.obligation.due, action)
        elif tick.step is Step.NOTHING and item.obligation.should_prompt(
                item.now, self._last_prompt.get(app.id, item.last_prompt)):
            self._prompt(item)
        return False

    def _banner(self, item: Seen) -> tuple[str, str]:
        """A banner that stays on Home through the last 24 hours."""
        action = action_of(item.app)
        title = {
            DutyAction.INSTALL: self.tr("IT needs {app} within a day"),
            DutyAction.UPDATE: self.tr("IT needs {app} updated within a day"),
            DutyAction.RESTART: self.tr("IT needs this computer restarted within a day"),
        }[action].format(app=item.app.name)
        return title, self._bar.when_sentence(item.obligation, action)

    def _prompt(self, item: Seen) -> None:
        app, due = item.app, item.obligation
        self._last_prompt[app.id] = item.now
        self._runner.submit(lambda: self.service.prompted(app, item.now), None, self._failed)
        action = action_of(app)
        self._bar.show_prompt(app.id, app.name, due, item.now, item.deferred, action)
        urgency = Urgency.LAST_HOUR if due.in_last_hour(item.now) else None
        kind, title = {
            DutyAction.INSTALL: (MessageKind.REQUIRED_INSTALL,
                                 self.tr("IT needs {app} on this computer")),
            DutyAction.UPDATE: (MessageKind.UPDATE_PROMPT, self.tr("IT needs {app} updated")),
            DutyAction.RESTART: (MessageKind.RESTART_PROMPT,
                                 self.tr("IT needs this computer restarted")),
        }[action]
        self._attention.offer(Message(kind, title.format(app=app.name),
                                      self._bar.when_sentence(due, action), urgency,
                                      headline=self._headline(action).format(app=app.name)))

    def _headline(self, action: DutyAction) -> str:
        """The prompt as one item of a held summary: "Zoom has an update"."""
        return {
            DutyAction.INSTALL: self.tr("IT needs {app} installed"),
            DutyAction.UPDATE: self.tr("{app} has an update"),
            DutyAction.RESTART: self.tr("A restart is needed"),
        }[action]

    def _refused(self, exc: BaseException) -> None:
        log.info("Deferral not recorded", extra={"error": type(exc).__name__})

    def _app(self, app_id: str) -> Duty | None:
        if self._restart is not None and self._restart.id == app_id:
            return self._restart
        catalogue = self._catalogue()
        if app_id.endswith(UPDATE_SUFFIX) and catalogue:
            found = catalogue.app(app_id.removesuffix(UPDATE_SUFFIX))
            return update_duty(found) if found else None
        return catalogue.app(app_id) if catalogue else None

    def _defer(self, app_id: str, choice: Deferral) -> None:
        if (app := self._app(app_id)) is not None:
            self._runner.submit(lambda: self.service.defer(app, choice),
                                lambda _: self.recorded.emit(), self._refused)

    def _install_now(self, app_id: str) -> None:
        self._countdowns.pop(app_id, None)
        self._bar.hide()
        if (app := self._app(app_id)) is not None:
            self._runner.submit(lambda: self.service.start_now(app),
                                lambda _: self.recorded.emit(), self._failed)
