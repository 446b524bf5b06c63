"""The ways the Activity page and ``deskmate activity list --kind`` narrow the ledger."""

from __future__ import annotations

from enum import StrEnum

from desktop.activity.entry import ActivityEntry, ActivityKind

SENT_TO_IT = frozenset({"delivery", "reply", "rating"})


class ActivityFilter(StrEnum):
    """Groups of entries as a person thinks of them."""

    ALL = "all"
    SENT_TO_IT = "sent"  # requests, replies and ratings delivered to IT
    INSTALLS = "installs"  # installs, updates, removals, installer downloads, deadlines
    FIXES = "fixes"
    BACKGROUND = "background"  # refreshes, polls, checks, retention, what the gate decided

    def matches(self, entry: ActivityEntry) -> bool:
        return self is ActivityFilter.ALL or group_of(entry) is self


def group_of(entry: ActivityEntry) -> ActivityFilter:
    """The one group an entry belongs to."""
    if entry.kind is ActivityKind.FIX:
        return ActivityFilter.FIXES
    if entry.kind in (ActivityKind.INSTALL, ActivityKind.DEADLINE) or entry.purpose == "installer":
        return ActivityFilter.INSTALLS
    if entry.kind is ActivityKind.NETWORK and entry.purpose in SENT_TO_IT:
        return ActivityFilter.SENT_TO_IT
    return ActivityFilter.BACKGROUND
