"""What the Activity page shows: the entries and whether the chain is intact, read at once."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.activity.entry import ActivityEntry
from desktop.activity.ledger import Ledger, Verdict


@dataclass(frozen=True)
class ActivityReport:
    entries: tuple[ActivityEntry, ...]
    verdict: Verdict


def read_activity(ledger: Ledger, keep_days: float) -> ActivityReport:
    """Prune what is past its retention, then read every entry and check the chain."""
    ledger.prune(keep_days)
    return ActivityReport(ledger.entries(), ledger.verify())
