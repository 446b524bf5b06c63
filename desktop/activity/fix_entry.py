"""Ledger entries for self-fixes: which fix, and the check before and after it."""

from __future__ import annotations

from desktop.activity.entry import ActivityKind, NewEntry
from desktop.activity.ledger import Ledger
from diagnostics.fixes.base import FixReport


def fix_entry(report: FixReport) -> NewEntry:
    words = "Ran a fix" if report.outcome.succeeded else "Tried a fix; it did not work"
    return NewEntry(ActivityKind.FIX, report.fix_id, words, detail={
        "fix_id": report.fix_id, "check_id": report.check_id,
        "succeeded": report.outcome.succeeded, "reason": report.outcome.reason,
        "before": report.before.status.value if report.before else None,
        "after": report.after.status.value if report.after else None,
        "facts": {k: str(v) for k, v in report.outcome.facts.items()}})


class FixLedger:
    """The fix service's ``on_applied`` that writes the ledger."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger

    def __call__(self, report: FixReport) -> None:
        self._ledger.record(fix_entry(report))
