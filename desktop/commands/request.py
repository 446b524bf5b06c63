"""``deskmate request``: write a help request from the command line, preview it, queue it."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from desktop.commands.outbox import report_health, waiting_words
from desktop.core import Core
from desktop.helpdesk.connector import ConnectorError, RequestKind, TicketPayload
from desktop.helpdesk.context import ContextSources
from desktop.helpdesk.outbox import DeliveryState, OutboxError
from desktop.helpdesk.payload_json import payload_to_json
from desktop.helpdesk.request_form import (
    AccessPeriod,
    AccessRequest,
    Approval,
    Frequency,
    InvalidRequestError,
    RequestForm,
    Urgency,
)
from desktop.helpdesk.service import HelpdeskService
from diagnostics.timeline import Timeline, timeline_rows

DIAGNOSE_TIMEOUT = 120


def register(sub: Any) -> None:
    parser = sub.add_parser("request", help="ask IT for help (preview with --dry-run)")
    parser.add_argument("--category", required=True, help="e.g. hardware, software, network")
    parser.add_argument("--summary", default="",
                        help="the problem in one line (required unless --kind access)")
    parser.add_argument("--details", default="", help="what happened, in your words")
    parser.add_argument("--urgency", choices=[u.value for u in Urgency], default="normal")
    parser.add_argument("--kind", choices=[k.value for k in RequestKind], default="request",
                        help="request (default) or access (with the options below)")
    parser.add_argument("--attach-diagnostics", action="store_true",
                        help="run the health checks and attach their results")
    parser.add_argument("--diagnostics-file", type=Path, metavar="JSON",
                        help="attach saved `deskmate diagnose --json` output instead")
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help="attach this screenshot")
    parser.add_argument("--no-log", action="store_true", help="do not attach the Deskmate log")
    parser.add_argument("--dry-run", action="store_true", help="show what would be sent only")
    parser.add_argument("--json", action="store_true", help="print the payload as JSON")
    parser.add_argument("--yes", action="store_true", help="send without asking")
    _access_arguments(parser.add_argument_group("access requests (--kind access)"))
    parser.set_defaults(handler=run)


def _access_arguments(group: Any) -> None:
    group.add_argument("--app", default="", help="the app you need access to, or ask for")
    group.add_argument("--app-id", default="", help="its catalogue id (empty: not in it yet)")
    group.add_argument("--why", default="", help="what you will use it for")
    group.add_argument("--how-often", choices=[f.value for f in Frequency], default="daily")
    group.add_argument("--approval", choices=[a.value for a in Approval], default="it",
                       help="who must agree (the catalogue says; default: it)")
    group.add_argument("--manager", default="", help="your manager, when they must agree")
    period = group.add_mutually_exclusive_group()
    period.add_argument("--for-days", type=int, metavar="N", help="for N days")
    period.add_argument("--until", type=_date, metavar="YYYY-MM-DD",
                        help="until this date (included); neither: permanently")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-24") from None


def _form(args: argparse.Namespace) -> RequestForm:
    kind = RequestKind(args.kind)
    access = None
    if kind is RequestKind.ACCESS:
        access = AccessRequest(args.app_id, args.app, Approval(args.approval), args.why,
                               Frequency(args.how_often), args.manager,
                               AccessPeriod(args.for_days, args.until))
    return RequestForm(kind, args.category, args.summary, args.details, Urgency(args.urgency),
                       access=access)


def run(args: argparse.Namespace, core_factory: Callable[[], Core]) -> int:
    core = core_factory()
    try:
        sources = _sources(args, core)
        service = HelpdeskService(core, sources)
        report_health(service.health)
        items = service.gather()
        if args.no_log:
            items = tuple(i.with_included(i.kind.value != "log") for i in items)
        form = _form(args)
        payload = service.build(form, items)
    except (InvalidRequestError, OSError, ValueError) as exc:
        print(f"deskmate: {exc}", file=sys.stderr)
        return 2
    _show(payload, args.json)
    if args.dry_run:
        return 0
    if not args.yes and not _confirm():
        print("Nothing was sent.", file=sys.stderr)
        return 1
    return _send(service, payload, form)


def _sources(args: argparse.Namespace, core: Core) -> ContextSources:
    diagnostics = timeline = None
    if args.diagnostics_file:
        rows = _diagnostic_rows(json.loads(args.diagnostics_file.read_text(encoding="utf-8")))
        diagnostics = lambda: rows  # noqa: E731  # a constant source
    elif args.attach_diagnostics:
        rows = _diagnostic_rows(_run_diagnose(getattr(args, "profile_dir", None)))
        diagnostics = lambda: rows  # noqa: E731  # a constant source
        database = core.paths.database_file  # opened by the source: a failure leaves it out
        timeline = lambda: timeline_rows(Timeline(database), sample=True)  # noqa: E731
    screenshot = None
    if args.screenshot:
        png = args.screenshot.read_bytes()
        screenshot = lambda: png  # noqa: E731  # a constant source
    return ContextSources(diagnostics=diagnostics, timeline=timeline, screenshot=screenshot)


def _run_diagnose(profile_dir: str | None) -> Any:
    """``deskmate diagnose --json`` in a child process: its CLI output is the stable contract.
    ``--no-refresh``: no detached refresher may outlive this command."""
    profile = ["--profile-dir", profile_dir] if profile_dir else []
    command = [sys.executable, "-m", "desktop.cli", *profile, "diagnose", "--json", "--no-refresh"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=DIAGNOSE_TIMEOUT,
                          check=False)
    try:
        return json.loads(done.stdout)
    except ValueError as exc:
        raise ValueError("the health checks did not produce results to attach") from exc


def _diagnostic_rows(data: Any) -> list[Mapping[str, Any]]:
    rows = data.get("results", []) if isinstance(data, dict) else data
    if not isinstance(rows, list):
        raise ValueError("diagnostics JSON has no list of results")
    return [r for r in rows if isinstance(r, dict)]


def _show(payload: TicketPayload, as_json: bool) -> None:
    if as_json:
        print(json.dumps(payload_to_json(payload), indent=2, ensure_ascii=False))
        return
    print(f"Subject: {payload.subject}\n\n{payload.body}")


def _confirm() -> bool:
    if not sys.stdin.isatty():
        print("deskmate: add --yes to send without a terminal to confirm", file=sys.stderr)
        return False
    answer = input("Send this to IT? [y/N] ").strip().lower()
    return answer in ("y", "yes")


def _send(service: HelpdeskService, payload: TicketPayload, form: RequestForm) -> int:
    try:
        service.submit(payload)
    except OutboxError as exc:
        print(f"deskmate: the request could not be saved: {exc}", file=sys.stderr)
        print("Nothing was sent. Your text, to copy into an e-mail or a later request:",
              file=sys.stderr)
        print(f"\n{form.summary}\n\n{form.details}".rstrip())
        return 1
    try:
        service.flush()
    except ConnectorError as exc:
        print(f"Queued, not sent yet: {exc}", file=sys.stderr)
        return 0
    entry = service.entry(payload.idempotency_key)
    if entry.state is DeliveryState.FAILED:
        print(f"deskmate: the helpdesk refused the request: {entry.last_error}", file=sys.stderr)
        return 1
    where = f"sent as #{entry.remote_id}" if entry.state is DeliveryState.SENT else "queued"
    waiting = waiting_words(entry)
    print(f"Request {entry.key} {where}" + (f" ({waiting})." if waiting else "."),
          file=sys.stderr)
    return 0
