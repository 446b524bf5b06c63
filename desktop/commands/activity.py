"""``deskmate activity list|verify``: the employee's own record of what Deskmate did."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any

from desktop.activity.entry import ActivityEntry, ActivityKind
from desktop.activity.filters import ActivityFilter
from desktop.activity.ledger import Ledger, LedgerError
from desktop.core import Core
from desktop.settings_defs import activity as keys

_KINDS = sorted({*(k.value for k in ActivityKind), *(f.value for f in ActivityFilter)})


def register(sub: Any) -> None:
    parser = sub.add_parser("activity", help="what Deskmate did, and every byte it sent")
    actions = parser.add_subparsers(dest="activity_action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="the entries, oldest first")
    listing.add_argument("--since", type=_date, metavar="DATE",
                         help="only entries from DATE (YYYY-MM-DD or an ISO time) on")
    listing.add_argument("--kind", choices=_KINDS, help="only entries of this kind or group")
    listing.add_argument("--json", action="store_true", help="print JSON")
    verify = actions.add_parser("verify", help="check that no entry was changed or removed")
    verify.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, core_factory: Callable[[], Core]) -> int:
    core = core_factory()
    ledger = core.ledger()
    try:
        if args.activity_action == "verify":
            return _verify(ledger, args.json)
        ledger.prune(core.settings.value(keys.KEEP_DAYS))
        _print(_chosen(ledger, args.since or 0.0, args.kind), args.json)
        return 0
    except LedgerError as exc:
        print(f"deskmate: {exc}", file=sys.stderr)
        return 1


def _chosen(ledger: Ledger, since: float, kind: str | None) -> tuple[ActivityEntry, ...]:
    if kind in {k.value for k in ActivityKind}:
        return ledger.entries(since, ActivityKind(kind))
    group = ActivityFilter(kind or ActivityFilter.ALL)
    return tuple(e for e in ledger.entries(since) if group.matches(e))


def _verify(ledger: Ledger, as_json: bool) -> int:
    verdict = ledger.verify()
    if as_json:
        print(json.dumps({"ok": verdict.ok, "checked": verdict.checked,
                          "bad_row": verdict.bad_row, "reason": verdict.reason}))
    elif verdict.ok:
        print(f"The activity record is intact ({verdict.checked} entries checked).")
    else:
        print(f"Entry {verdict.bad_row} was changed or does not follow the one before: "
              f"{verdict.reason}.")
    return 0 if verdict.ok else 1


def _print(entries: tuple[ActivityEntry, ...], as_json: bool) -> None:
    if as_json:
        print(json.dumps([e.as_json() for e in entries], indent=2, ensure_ascii=False))
        return
    for entry in entries:
        when = datetime.fromtimestamp(entry.at).strftime("%Y-%m-%d %H:%M:%S")
        host = f" ({entry.host})" if entry.host else ""
        print(f"{entry.row_id:>6}  {when}  {entry.summary}{host}")


def _date(text: str) -> float:
    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from exc
