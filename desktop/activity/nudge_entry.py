"""Ledger entries for nudges: which tool was seen, and what the person chose."""

from __future__ import annotations

from desktop.activity.entry import ActivityKind, NewEntry
from desktop.activity.ledger import Ledger


class NudgeLedger:
    """The shadow-IT watch's ``on_event`` that writes the ledger."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger

    def __call__(self, tool: str, what: str) -> None:
        words = (f"Suggested IT's alternative to {tool}" if what == "shown"
                 else f"You chose '{what}' for the suggestion about {tool}")
        self._ledger.record(NewEntry(ActivityKind.NUDGE, what, words,
                                     detail={"tool": tool, "choice": what}))
