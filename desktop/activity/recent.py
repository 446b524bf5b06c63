"""The recent activity record as rows a person may add to a help request by hand."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from desktop.activity.entry import ActivityEntry
from desktop.activity.ledger import Ledger

RECENT_HOURS = 24
_AMOUNTS = ("bytes_sent", "bytes_received", "result", "exit_code")


def recent_activity(ledger: Ledger, hours: float = RECENT_HOURS,
                    now: float | None = None) -> list[dict[str, Any]]:
    """The last ``hours`` of the ledger, oldest first: when, what, where, bytes and result.
    Stored payloads and their hashes stay out: the request itself says what it is about."""
    since = (time.time() if now is None else now) - hours * 3600
    return [_row(entry) for entry in ledger.entries(since)]


def _row(entry: ActivityEntry) -> dict[str, Any]:
    row: dict[str, Any] = {
        "at": datetime.fromtimestamp(entry.at).astimezone().isoformat(timespec="seconds"),
        "kind": entry.kind.value, "what": entry.summary, "host": entry.host}
    row.update({key: entry.detail[key] for key in _AMOUNTS if key in entry.detail})
    return row
