"""``deskmate outbox list|flush|poll``: queued help requests, delivery and status polls.

The tray runs ``flush --json`` and ``poll --json`` as worker processes, so the network stack
(requests, the trust store, the connectors) never stays loaded in it. ``outbox poll`` is the
documented alias of ``requests poll``: both run :func:`poll`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from desktop.core import Core
from desktop.helpdesk.connector import ConnectorError, RemoteStatus
from desktop.helpdesk.outbox import DeliveryState, OutboxEntry, OutboxError, StatusChange
from desktop.helpdesk.outbox_database import OutboxCondition, OutboxHealth
from desktop.helpdesk.service import HelpdeskService


def register(sub: Any) -> None:
    parser = sub.add_parser("outbox", help="list or deliver queued help requests")
    actions = parser.add_subparsers(dest="outbox_action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="every request and its delivery state")
    listing.add_argument("--json", action="store_true", help="print JSON")
    flush = actions.add_parser("flush", help="deliver every request that is due now")
    flush.add_argument("--all", action="store_true",
                       help="also retry requests that are waiting for their back-off")
    flush.add_argument("--json", action="store_true", help="print the counts as JSON")
    poll = actions.add_parser("poll", help="the same as 'deskmate requests poll'")
    poll.add_argument("--json", action="store_true", help="print the changes as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, core_factory: Callable[[], Core]) -> int:
    service = HelpdeskService(core_factory())  # the only way in, as for the GUI
    try:
        report_health(service.health)
        if args.outbox_action == "list":
            _print_list(service.requests(), args.json)
            return 0
        if args.outbox_action == "poll":
            return poll(service, args.json)
        return _flush(service, args.all, args.json)
    except OutboxError as exc:
        print(f"deskmate: {exc}", file=sys.stderr)
        return 1


def report_health(health: OutboxHealth) -> None:
    """Say on stderr when the outbox was replaced or cannot be written (silent when healthy)."""
    if health.condition is OutboxCondition.REPLACED:
        print(f"deskmate: the request outbox was damaged and moved aside to {health.moved_to}; "
              "a fresh one was started.", file=sys.stderr)
    elif health.condition is OutboxCondition.UNWRITABLE:
        print("deskmate: Deskmate cannot save requests: the profile folder "
              f"{health.database.parent if health.database else ''} is read-only or full "
              f"({health.reason}).", file=sys.stderr)


def _flush(service: HelpdeskService, everything: bool, as_json: bool) -> int:
    try:
        report = service.retry_waiting(include_failed=False) if everything else service.flush()
    except ConnectorError as exc:
        print(f"deskmate: cannot deliver: {exc}", file=sys.stderr)
        return 1
    if as_json:
        print(json.dumps(asdict(report)))
    else:
        print(f"sent {report.sent}, retrying later {report.retrying}, failed {report.failed}, "
              f"still queued {report.remaining}")
    return 1 if report.failed else 0


def poll(service: HelpdeskService, as_json: bool) -> int:
    """``requests poll`` and its alias ``outbox poll``: one status-and-thread round for the
    open requests (none open: no helpdesk is asked); exit 0 also when nothing changed."""
    try:
        changes = service.poll() if service.has_open_requests() else ()
    except ConnectorError as exc:
        print(f"deskmate: cannot ask the helpdesk: {exc}", file=sys.stderr)
        return 1
    if as_json:
        print(json.dumps([change_json(c) for c in changes], ensure_ascii=False))
        return 0
    for c in changes:
        print(f"{c.key}  {c.old.value if c.old else 'sent'} -> {c.new.value}  {c.subject}")
    return 0


def change_json(change: StatusChange) -> dict[str, Any]:
    """A status change as ``poll --json`` prints it; :func:`change_of` reads it back."""
    return {**asdict(change), "old": change.old.value if change.old else None,
            "new": change.new.value}


def change_of(data: dict[str, Any]) -> StatusChange:
    old = data.get("old")
    return StatusChange(str(data["key"]), str(data["subject"]),
                        RemoteStatus(old) if old else None, RemoteStatus(data["new"]),
                        data.get("last_message"))


def _print_list(entries: tuple[OutboxEntry, ...], as_json: bool) -> None:
    if as_json:
        print(json.dumps([_json(e) for e in entries], indent=2, ensure_ascii=False))
        return
    if not entries:
        print("The outbox is empty.")
    for e in entries:
        print(f"{e.key}  {_state(e):<24}  {e.created_at:%Y-%m-%d %H:%M}  {e.subject}")
        if e.last_error:
            print(f"    {waiting_words(e) or e.last_error}")


def waiting_words(entry: OutboxEntry) -> str:
    """Why a queued request waits and when it is tried next ("" when it is not waiting)."""
    if entry.state is not DeliveryState.QUEUED or not entry.last_error:
        return ""
    when = entry.next_attempt_at.astimezone() if entry.next_attempt_at else None
    return f"waiting: {entry.last_error.rstrip('.')}" + (
        f"; next try at {when:%H:%M}" if when else "")


def _state(entry: OutboxEntry) -> str:
    if entry.state is DeliveryState.SENT:
        status = entry.remote_status.value if entry.remote_status else "sent"
        return f"{status} #{entry.remote_id}"
    if entry.state is DeliveryState.QUEUED and entry.attempts and entry.next_attempt_at:
        return f"queued (retry {entry.next_attempt_at.astimezone():%H:%M:%S})"
    return entry.state.value


def _json(entry: OutboxEntry) -> dict[str, Any]:
    return {
        "key": entry.key, "kind": entry.kind, "subject": entry.subject,
        "state": entry.state.value, "attempts": entry.attempts,
        "created_at": entry.created_at.isoformat(), "updated_at": entry.updated_at.isoformat(),
        "next_attempt_at": entry.next_attempt_at.isoformat() if entry.next_attempt_at else None,
        "last_error": entry.last_error, "remote_id": entry.remote_id,
        "remote_url": entry.remote_url,
        "remote_status": entry.remote_status.value if entry.remote_status else None,
        "last_message": entry.last_message,
    }
