"""``deskmate fix ID [--yes] [--json]``: show what a self-fix would do, then run it after a yes."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from desktop.core import Core
from diagnostics.fixes.base import FixError, FixPlan, FixReport

EXIT_UNKNOWN_FIX = 3


def register(sub: Any) -> None:
    parser = sub.add_parser("fix", help="run one self-fix by id (the fix ids are in diagnose)")
    parser.add_argument("fix_id", metavar="ID", help="e.g. deskmate.retry_outbox")
    parser.add_argument("--yes", action="store_true", help="do not ask before running it")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, core_factory: Callable[[], Core]) -> int:
    from desktop.commands.diagnose import self_check_hooks
    from desktop.health_service import HealthService

    core = core_factory()
    fixes = HealthService(core.settings, core.paths, hooks=self_check_hooks(core)).fixes
    if args.fix_id not in fixes.ids():
        print(f"deskmate: unknown fix id: {args.fix_id} (known: {', '.join(fixes.ids())})",
              file=sys.stderr)
        return EXIT_UNKNOWN_FIX
    try:
        plan = fixes.plan(args.fix_id)
    except FixError as exc:
        print(f"deskmate: this fix cannot run now: {exc}", file=sys.stderr)
        return 1
    print(_plan_words(plan), file=sys.stderr)
    if not args.yes and not _confirmed():
        print("Nothing was changed.", file=sys.stderr)
        return 1
    report = fixes.apply(plan)
    print(json.dumps(_report_json(report), indent=2) if args.json else _report_words(report))
    return 0 if report.outcome.succeeded else 1


def _plan_words(plan: FixPlan) -> str:
    lines = [f"The fix {plan.fix_id} will:"]
    lines += [f"  - {item.kind} {item.target}" for item in plan.items] or ["  - run once"]
    return "\n".join(lines)


def _confirmed() -> bool:
    if not sys.stdin.isatty():
        print("deskmate: add --yes to run the fix without a terminal to confirm in",
              file=sys.stderr)
        return False
    return input("Run it? [y/N] ").strip().lower() in ("y", "yes")


def _report_json(report: FixReport) -> dict[str, Any]:
    return {"fix_id": report.fix_id, "check_id": report.check_id,
            "succeeded": report.outcome.succeeded, "reason": report.outcome.reason,
            "after": None if report.after is None else report.after.status.value}


def _report_words(report: FixReport) -> str:
    if report.outcome.succeeded:
        return f"Done: {report.fix_id}."
    return f"The fix {report.fix_id} did not work ({report.outcome.reason or 'failed'})."
