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
        words = f"Deadline of {event.name or event.app_id}: {event.kind.value}"
        detail: dict[str, object] = {"app_id": event.app_id, "until": until}
        if event.name:  # the name as the catalogue showed it then, in the person's language
            detail["name"] = event.name
        self._ledger.record(NewEntry(
            ActivityKind.DEADLINE, event.kind.value, words + (f" until {until}" if until else ""),
            detail=detail))
