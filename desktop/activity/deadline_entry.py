"""Ledger entries for deadlines: escalations, deferrals, "do it now", enforced installs."""

from __future__ import annotations

from desktop.activity.entry import ActivityKind, NewEntry
from desktop.activity.ledger import Ledger
from desktop.deadlines.ledger import DeadlineEvent


class DeadlineActivity:
    """The deadline ledger's ``on_event`` that writes the activity ledger."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger

    def __call__(self, event: DeadlineEvent) -> None:
        until = event.until.isoformat() if event.until else None
        words = f"Deadline of {event.app_id}: {event.kind.value}"
        self._ledger.record(NewEntry(
            ActivityKind.DEADLINE, event.kind.value, words + (f" until {until}" if until else ""),
            detail={"app_id": event.app_id, "until": until}))
