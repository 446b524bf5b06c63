"""Ledger entries for the attention gate: which kind of message, the verdict, and why.

The message's own words are never recorded: a request update's title can quote a ticket.
"""

from __future__ import annotations

from desktop.activity.entry import ActivityKind, NewEntry
from desktop.activity.ledger import Ledger
from desktop.attention.gate import Decision, HeldSummary, Message


class AttentionLedger:
    """The gate's ``on_decision`` and ``on_summary`` that write the ledger."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger

    def decided(self, message: Message, decision: Decision) -> None:
        verdict = decision.verdict.value
        self._ledger.record(NewEntry(
            ActivityKind.ATTENTION, verdict,
            f"A {message.kind.value} message: {verdict} ({'; '.join(decision.reasons)})",
            detail={"message_kind": message.kind.value, "reasons": list(decision.reasons),
                    "busy": sorted(decision.busy),
                    "until": decision.until.isoformat() if decision.until else None}))

    def summarised(self, summary: HeldSummary) -> None:
        kinds = [m.kind.value for m in summary.messages]
        held_for = sorted(summary.held_for)
        self._ledger.record(NewEntry(
            ActivityKind.ATTENTION, "summary",
            f"{len(kinds)} held messages shown as one summary (held for {', '.join(held_for)})",
            detail={"message_kind": ",".join(dict.fromkeys(kinds)), "count": len(kinds),
                    "kinds": kinds, "held_for": held_for}))
