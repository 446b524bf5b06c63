"""One ledger entry: what Deskmate did, when, and why, as plain data."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.sha256 import sha256_hex


class ActivityKind(StrEnum):
    """What kind of thing Deskmate did; the Activity page filters on these."""

    NETWORK = "network"  # an outbound call: host, purpose, bytes, result
    FIX = "fix"  # a self-fix ran, with its check before and after
    INSTALL = "install"  # an install, update or removal: command line and exit code
    NUDGE = "nudge"  # a nudge was shown, and what the person chose
    POLICY = "policy"  # a policy change altered a setting
    ATTENTION = "attention"  # a message was shown, badged, held or summarised: kind and why
    DEADLINE = "deadline"  # a deadline escalated, was put off, enforced or became a problem
    PRUNED = "pruned"  # older entries were removed after their retention


@dataclass(frozen=True)
class NewEntry:
    """An entry before the ledger gives it a place in the chain."""

    kind: ActivityKind
    purpose: str
    summary: str
    host: str = ""
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ActivityEntry:
    """A stored entry; ``entry_hash`` covers every field and the previous entry's hash."""

    row_id: int
    at: float
    kind: ActivityKind
    purpose: str
    host: str
    summary: str
    detail: dict[str, Any]
    prev_hash: str
    entry_hash: str

    def as_json(self) -> dict[str, Any]:
        return {"id": self.row_id, "at": self.at, "kind": self.kind.value,
                "purpose": self.purpose, "host": self.host, "summary": self.summary,
                "detail": self.detail, "prev_hash": self.prev_hash, "hash": self.entry_hash}


def chain_hash(prev_hash: str, row_id: int, at: float, entry: NewEntry | ActivityEntry) -> str:
    """The hash that links an entry to the one before it."""
    content = json.dumps([prev_hash, row_id, repr(at), str(entry.kind), entry.purpose,
                          entry.host, entry.summary, entry.detail],
                         sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return sha256_hex(content.encode("utf-8"))
