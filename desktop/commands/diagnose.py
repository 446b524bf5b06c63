"""``deskmate diagnose [--json] [--only ID,...]``: run the health checks and exit by status."""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from desktop.core import Core
from desktop.health_service import DeskmateHooks, HealthService
from diagnostics.result import CheckResult, RunSummary, Status

log = logging.getLogger(__name__)
SCHEMA_VERSION = 1
EXIT_UNKNOWN_CHECK = 3
_SLOW_CHECKS = frozenset({"security.updates"})


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "diagnose",
        help="check this computer; exit 0 when all is well, 1 on warnings, 2 on failures")
    parser.add_argument("--json", action="store_true",
                        help="print JSON (resources/schemas/diagnostics.schema.json)")
    parser.add_argument("--only", metavar="ID,...", help="run only these checks, e.g. system.disk")
    parser.add_argument("--no-refresh", action="store_true",
                        help="report slow checks from their cache; start no background refresh")
    parser.add_argument("--overdue-deadlines", metavar="JSON", type=_names,
                        help='required apps past a deadline, as a JSON list (the tray passes '
                             'what it knows), e.g. ["Zoom"]; without it that check is skipped')
    parser.set_defaults(handler=run)


def _names(text: str) -> tuple[str, ...]:
    """``--overdue-deadlines``: a JSON list of names."""
    value = json.loads(text)
    if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
        raise ValueError("not a JSON list of names")
    return tuple(value)


def exit_code(status: Status) -> int:
    if status is Status.FAIL:
        return 2
    return 1 if status in (Status.WARN, Status.ERROR) else 0


def to_json(summary: RunSummary) -> dict[str, object]:
    return {"schema_version": SCHEMA_VERSION, **summary.to_json(),
            "exit_code": exit_code(summary.worst)}


def _facts_line(result: CheckResult) -> str:
    parts = [f"{key}={value}" for key, value in result.facts.items()
             if not isinstance(value, tuple | dict) and value not in (None, "")]
    if result.reason:
        parts.insert(0, result.reason)
    return ", ".join(parts)[:90]


def render_text(summary: RunSummary) -> str:
    ordered = sorted(summary.results, key=lambda r: (-r.status.rank, r.id))
    lines = [f"{len(summary.results)} checks in {summary.duration_s:.2f} s; "
             f"worst: {summary.worst.value}; score {summary.score}/100"]
    lines += [f"{r.status.value.upper():8} {r.id:22} {_facts_line(r)}".rstrip() for r in ordered]
    return "\n".join(lines)


def refresh_in_background(profile_dir: str | None) -> Callable[[], None]:
    """Start ``deskmate diagnose --only security.updates`` detached: it waits for the package
    manager and fills the cache this short-lived process could not wait for."""
    frozen = getattr(sys, "frozen", False)
    me = [sys.executable] if frozen else [sys.executable, "-m", "desktop.cli"]
    profile = ["--profile-dir", profile_dir] if profile_dir else []
    argv = [*me, *profile, "diagnose", "--only", "security.updates"]

    def spawn() -> None:
        try:
            subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, start_new_session=True)
        except OSError as exc:
            log.info("Updates refresh not started", extra={"error": str(exc)})

    return spawn


def _cache_only() -> None:
    """``--no-refresh``: a caller that must not outlive its children (``deskmate request``)."""


def self_check_hooks(core: Core) -> DeskmateHooks:
    """The Deskmate self-checks read the catalogue's last good copy and the outbox on disk."""
    from desktop.catalogue.service import CatalogueService
    from desktop.health_hooks import deskmate_hooks
    from desktop.helpdesk.service import HelpdeskService

    catalogue = CatalogueService.from_core(core)
    catalogue.load_cached()
    helpdesk = HelpdeskService(core)
    return deskmate_hooks(catalogue, helpdesk, helpdesk.reachable)


def run(args: argparse.Namespace, core_factory: Callable[[], Core]) -> int:
    core = core_factory()
    only = None if not args.only else [part.strip() for part in args.only.split(",") if part]
    wait = only is not None and bool(_SLOW_CHECKS & set(only))
    spawn = None if wait else _cache_only if args.no_refresh else refresh_in_background(
        args.profile_dir)
    hooks = self_check_hooks(core)
    if args.overdue_deadlines is not None:
        overdue: tuple[str, ...] = args.overdue_deadlines
        hooks = replace(hooks, overdue_deadlines=lambda: overdue)
    service = HealthService(core.settings, core.paths, hooks=hooks, spawn_updates=spawn)
    try:
        service.checks(only)  # validates the ids before anything runs
    except KeyError as exc:
        print(f"deskmate: unknown check id: {exc.args[0]}", file=sys.stderr)
        return EXIT_UNKNOWN_CHECK
    summary = service.run(only=only, wait_for_slow=wait)
    print(json.dumps(to_json(summary), indent=2) if args.json else render_text(summary))
    return exit_code(summary.worst)
