"""Where a required app stands against IT's deadline, for the Apps page's detail pane: the open
round (when it is due, how many deferrals are left) and every deferral and enforced action,
in this round and in past ones, read from the deadline ledger.

Expected failures are the ledger's (``desktop.deadlines.ledger.DeadlineLedgerError``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from desktop.catalogue.model import CatalogueApp, Deadline
from desktop.deadlines.ledger import EventKind
from desktop.deadlines.obligation import Obligation
from desktop.deadlines.service import DeadlineService, Duty
from desktop.deadlines.update import update_duty

log = logging.getLogger(__name__)

# What the person is shown of the record: their deferrals and what the deadline did.
SHOWN = (EventKind.DEFERRED, EventKind.ENFORCED, EventKind.BECAME_PROBLEM)


@dataclass(frozen=True)
class PastEvent:
    at: datetime
    kind: EventKind
    update: bool  # of the app's update round, not its install


@dataclass(frozen=True)
class Standing:
    deadline: Deadline
    open_round: Obligation | None  # a missing or outdated app's round; None: nothing open
    open_is_update: bool
    history: tuple[PastEvent, ...]  # oldest first
    now: datetime  # when it was read, so the pane can say "Tuesday" or a date


def standing(service: DeadlineService, app: CatalogueApp) -> Standing | None:
    """``app``'s standing, or None for an app without a required deadline. Reads only: a round
    the deadline check has not opened yet is not opened here."""
    update = update_duty(app)
    if app.deadline is None or update is None:
        return None
    open_duty = _open_duty(service, (app, update))
    history = sorted(
        (PastEvent(e.at, e.kind, duty is update)
         for duty in (app, update) for e in service.ledger.history(duty.id) if e.kind in SHOWN),
        key=lambda e: e.at)
    return Standing(app.deadline, service.obligation(open_duty) if open_duty else None,
                    open_duty is update, tuple(history), service.now())


def _open_duty(service: DeadlineService, duties: tuple[Duty, ...]) -> Duty | None:
    return next((d for d in duties if service.ledger.seen(d.id)), None)
