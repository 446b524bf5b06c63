"""Deadlines of required apps and restarts: what to offer, what was chosen, and what runs at the
deadline.

DeadlineError
 ├── NoDeferralLeft      the person has used every deferral IT allows, or the choice is gone
 └── DeadlineLedgerError the local record cannot be read or written (desktop.deadlines.ledger)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Protocol

from desktop.catalogue.model import Deadline
from desktop.deadlines.ledger import DeadlineEvent, DeadlineLedger, EventKind
from desktop.deadlines.obligation import Countdown, Deferral, Obligation, Stage

log = logging.getLogger(__name__)


# A required app removed after it was here is due no sooner than this after the removal was
# seen: the badge, a daily prompt and the last day's banner again, never a countdown at once.
REMOVED_GRACE = timedelta(days=3)

_ESCALATIONS = {Stage.DAILY_PROMPT: EventKind.DAILY_PROMPT, Stage.LAST_DAY: EventKind.LAST_DAY}


class Duty(Protocol):
    """Something IT needs done by a deadline: a required app (``CatalogueApp``) or a pending
    restart (``desktop.deadlines.restart.RestartDuty``)."""

    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def required(self) -> bool: ...

    @property
    def deadline(self) -> Deadline | None: ...


class DutyAction(StrEnum):
    """What doing the duty means: the bar, prompt and banner word it."""

    INSTALL = "install"
    UPDATE = "update"
    RESTART = "restart"


def action_of(duty: Duty) -> DutyAction:
    from desktop.deadlines.restart import RestartDuty
    from desktop.deadlines.update import UpdateDuty

    if isinstance(duty, RestartDuty):
        return DutyAction.RESTART
    return DutyAction.UPDATE if isinstance(duty, UpdateDuty) else DutyAction.INSTALL


class DeadlineError(Exception):
    """An expected failure of a deadline action."""


class NoDeferralLeft(DeadlineError):
    """The install cannot be put off (again, or to that time)."""


class Step(StrEnum):
    NOTHING = "nothing"  # before the deadline
    WAIT = "wait"  # due, but the person is busy: the countdown waits for a free moment
    COUNTDOWN = "countdown"  # due and free: five minutes, with "Do it now"
    INSTALLING = "installing"  # the countdown ran out: handed to the install queue
    PROBLEM = "problem"  # due and IT does not enforce: a Health problem


@dataclass(frozen=True)
class Tick:
    step: Step
    countdown: Countdown | None = None


class DeadlineService:
    """Qt-free; the clock and the install queue's ``enqueue`` are handed in."""

    def __init__(
        self,
        ledger: DeadlineLedger,
        clock: Callable[[], datetime],
        enqueue: Callable[[Duty], bool],
    ) -> None:
        self.ledger = ledger
        self._clock = clock
        self._enqueue = enqueue

    def now(self) -> datetime:
        """The service's clock (faked in tests)."""
        return self._clock()

    def obligation(self, app: Duty) -> Obligation | None:
        """Where ``app`` stands, for a required app with a deadline (installed or not: the
        caller asks only for apps that are missing)."""
        deadline = app.deadline
        if deadline is None or not app.required:
            return None
        first_seen = self.ledger.first_seen(app.id, self._clock())
        due = deadline.due(first_seen)
        if self.ledger.was_installed(app.id):  # removed since: a fresh grace period
            due = max(due, first_seen + REMOVED_GRACE)
        deferrals = [e for e in self.ledger.events(app.id) if e.kind is EventKind.DEFERRED]
        return Obligation(app.id, first_seen, due, deadline.max_deferrals, len(deferrals),
                          deadline.enforce, deferrals[-1].until if deferrals else None)

    def defer(self, app: Duty, choice: Deferral) -> Obligation:
        """Record the person's choice; only a choice still on offer is accepted."""
        now = self._clock()
        current = self.obligation(app)
        if current is None or choice not in current.options(now):
            raise NoDeferralLeft(app.id)
        self.ledger.record(DeadlineEvent(app.id, now, EventKind.DEFERRED, choice.until, app.name))
        updated = self.obligation(app)
        assert updated is not None  # it had a deadline a moment ago
        return updated

    def done(self, duty: Duty) -> None:
        """The duty was done (the app is installed, its update too): close its open round."""
        if self.ledger.seen(duty.id):
            self.ledger.close(duty.id, self._clock(), duty.name)

    def installed(self, app: Duty) -> None:
        """``app`` is on this computer: its open round closes, and a later removal gets a fresh
        grace period (``REMOVED_GRACE``) instead of the deadline already passed."""
        self.ledger.installed(app.id, self._clock())
        self.done(app)

    def prompted(self, app: Duty, at: datetime) -> None:
        self.ledger.record(DeadlineEvent(app.id, at, EventKind.PROMPTED, name=app.name))

    def start_now(self, app: Duty) -> bool:
        """"Install now" or "Do it now": through the install queue, recorded."""
        queued = self._enqueue(app)
        if queued:
            self.ledger.record(DeadlineEvent(app.id, self._clock(), EventKind.STARTED_NOW,
                                             name=app.name))
        return queued

    def tick(self, app: Duty, busy: bool, countdown: Countdown | None) -> Tick:
        """What happens now: nothing, wait for a free moment, count down, install, or a
        Health problem. A busy moment stops a countdown; it starts again when free."""
        current = self.obligation(app)
        now = self._clock()
        if current is None:
            return Tick(Step.NOTHING)
        if now < current.due:
            self._record_escalation(app, current.stage(now))
            return Tick(Step.NOTHING)
        if not current.enforce:
            self._record_once(app, EventKind.BECAME_PROBLEM)
            return Tick(Step.PROBLEM)
        if busy:
            return Tick(Step.WAIT)
        if countdown is None or not countdown.finished(now):
            return Tick(Step.COUNTDOWN, countdown or Countdown(now))
        if self._enqueue(app):
            self.ledger.record(DeadlineEvent(app.id, now, EventKind.ENFORCED, name=app.name))
        return Tick(Step.INSTALLING)

    def _record_escalation(self, app: Duty, stage: Stage) -> None:
        """The first tick in a stronger stage is recorded once: the prompt, the last day."""
        kind = _ESCALATIONS.get(stage)
        if kind is not None:
            self._record_once(app, kind)

    def _record_once(self, app: Duty, kind: EventKind) -> None:
        if not any(e.kind is kind for e in self.ledger.events(app.id)):
            self.ledger.record(DeadlineEvent(app.id, self._clock(), kind, name=app.name))
