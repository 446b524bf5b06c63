"""Ledger entries for policy changes: each setting IT's policy set, changed or removed."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop.activity.entry import ActivityKind, NewEntry
from desktop.activity.ledger import Ledger
from desktop.atomic_file import write_atomic

log = logging.getLogger(__name__)


def record_policy_changes(ledger: Ledger, seen_file: Path, values: Mapping[str, Any],
                          origin: str) -> int:
    """Compare ``values`` with the policy seen last time; one entry per changed setting."""
    now = json.loads(json.dumps(dict(values), default=str))
    before = _read(seen_file)
    changed = sorted(name for name in {*before, *now} if before.get(name) != now.get(name))
    for name in changed:
        ledger.record(NewEntry(ActivityKind.POLICY, "policy", f"IT's policy changed {name}",
                               detail={"setting": name, "before": before.get(name),
                                       "after": now.get(name), "origin": origin}))
    if changed:
        try:
            write_atomic(seen_file, json.dumps(now, sort_keys=True).encode("utf-8"))
        except OSError as exc:
            log.error("Policy seen not saved", extra={"error": str(exc)})
    return len(changed)


def _read(seen_file: Path) -> dict[str, Any]:
    try:
        data = json.loads(seen_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
