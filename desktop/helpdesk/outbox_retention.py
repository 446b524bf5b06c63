"""How long sent payloads stay in the outbox: ``helpdesk.keep_sent_days`` after the ticket closes.

A purged payload (screenshots and logs included) is replaced by its SHA-256 and size; the row
stays, so "what did I send on Tuesday" remains answerable by hash. A ticket whose status
cannot be read (webhook, e-mail, file drop) counts from its delivery; a reply or rating
follows its request.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop.sha256 import sha256_hex

DAY = 86_400.0


@dataclass(frozen=True)
class PurgedPayload:
    """What is left of a payload after its retention ended."""

    sha256: str
    size: int  # bytes of the stored payload (UTF-8 JSON)
    purged_at: datetime


def fingerprint(stored: str) -> str:
    """The JSON kept in place of a stored payload."""
    data = stored.encode("utf-8")
    return json.dumps({"sha256": sha256_hex(data), "size": len(data)})


def read_fingerprint(kept: str, purged_at: float) -> PurgedPayload:
    data = json.loads(kept)
    return PurgedPayload(str(data["sha256"]), int(data["size"]),
                         datetime.fromtimestamp(purged_at, UTC))


def closed_at(row: Mapping[str, Any]) -> float | None:
    """When the retention clock of a sent row starts (None: the ticket is still open)."""
    if row["remote_status"] == "closed":
        return float(row["status_updated_at"] or row["updated_at"])
    if not row["status_supported"]:
        return float(row["updated_at"])
    return None


def due_keys(rows: Iterable[Mapping[str, Any]], keep_days: float, now: float) -> list[str]:
    """Keys of sent, unpurged rows whose retention has ended; follow-ups go with their request."""
    rows = list(rows)
    started = {r["key"]: closed_at(r) for r in rows}
    cutoff = now - keep_days * DAY
    due = []
    for row in rows:
        start = started.get(row["parent_key"]) if row["parent_key"] else started[row["key"]]
        if start is not None and start <= cutoff and row["purged_at"] is None:
            due.append(str(row["key"]))
    return due
