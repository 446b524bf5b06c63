"""Ledger entries for policy changes: each setting IT's policy set, changed or removed.

The policy is compared with a copy of the one seen last time (``policy-seen.json``), so the
ledger (SQLite, and hashlib for its chain) is opened only when something changed: at start-up
this runs before the tray icon shows.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.atomic_file import write_atomic

if TYPE_CHECKING:
    from desktop.activity.ledger import Ledger

log = logging.getLogger(__name__)


def record_policy_changes(ledger: Callable[[], Ledger], seen_file: Path,
                          values: Mapping[str, Any], origin: str) -> int:
    """Compare ``values`` with the policy seen last time; one entry per changed setting.
    ``ledger`` is called only when there is something to record."""
    now = json.loads(json.dumps(dict(values), default=str))
    before = _read(seen_file)
    changed = sorted(name for name in {*before, *now} if before.get(name) != now.get(name))
    if changed:
        _record(ledger(), changed, before, now, origin)
        try:
            write_atomic(seen_file, json.dumps(now, sort_keys=True).encode("utf-8"))
        except OSError as exc:
            log.error("Policy seen not saved", extra={"error": str(exc)})
    return len(changed)


def _record(ledger: Ledger, changed: list[str], before: Mapping[str, Any],
            now: Mapping[str, Any], origin: str) -> None:
    from desktop.activity.entry import ActivityKind, NewEntry  # hashlib: only when needed

    for name in changed:
        ledger.record(NewEntry(ActivityKind.POLICY, "policy", f"IT's policy changed {name}",
                               detail={"setting": name, "before": before.get(name),
                                       "after": now.get(name), "origin": origin}))


def _read(seen_file: Path) -> dict[str, Any]:
    try:
        data = json.loads(seen_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
