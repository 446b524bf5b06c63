"""``deskmate apps list|install``: approved apps and their state, and installing one.

``apps install ID --yes --json`` is the tray's install worker: it prints one JSON line per
step, ``{"progress": {"app_id", "phase", "percent", "line"}}``, then the result,
``{"result": {"app_id", "outcome", "state", "message", "log_path"}}``, and stops the install
when it reads ``cancel`` on stdin or gets SIGTERM (the tray stopping it).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.catalogue.install_outcome import InstallProgress, InstallResult
from desktop.catalogue.install_queue import InstallQueue
from desktop.catalogue.installed_state import InstallState
from desktop.catalogue.installer_commands import InstallerError, install_command
from desktop.catalogue.installer_services import InstallServices, build_install_services
from desktop.catalogue.model import CatalogueApp, InstallMethod
from desktop.catalogue.service import CatalogueService
from desktop.core import Core

EXIT_FAILED, EXIT_USAGE, EXIT_CANCELLED = 1, 2, 130


def register(sub: Any) -> None:
    parser = sub.add_parser("apps", help="list approved apps, or install one")
    # Hidden: pretend to be another OS, so a demo on Linux can show winget command lines.
    parser.add_argument("--platform", choices=("windows", "macos", "linux"),
                        help=argparse.SUPPRESS)
    actions = parser.add_subparsers(dest="apps_action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="every approved app and whether it is installed")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    install = actions.add_parser("install", help="install an approved app")
    install.add_argument("app_id", metavar="ID", help="the app's id, see `deskmate apps list`")
    install.add_argument("--yes", action="store_true", help="do not ask before installing")
    install.add_argument("--update", action="store_true",
                         help="update the installed app instead of installing it")
    install.add_argument("--json", action="store_true",
                         help="progress and result as JSON lines; 'cancel' on stdin stops it")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, core_factory: Callable[[], Core]) -> int:
    core = core_factory()
    service = CatalogueService.from_core(core)
    status = service.load_cached()
    if status.version is None:
        status = service.refresh()
    catalogue = service.catalogue()
    if catalogue is None:
        print(f"deskmate: no app catalogue. {status.error or ''}".strip(), file=sys.stderr)
        return EXIT_FAILED
    tools = build_install_services(core.paths, core.http_session, args.platform)
    if args.apps_action == "list":
        return _list(tools, catalogue.apps, args.json)
    app = catalogue.app(args.app_id)
    if app is None:
        print(f"deskmate: no app {args.app_id!r} in the catalogue; "
              "try `deskmate catalogue search`", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        return _install_json(tools, app, args.update)
    return _install(tools, app, args.yes, args.update)


def _list(tools: InstallServices, apps: tuple[CatalogueApp, ...], as_json: bool) -> int:
    states = tools.detector.detect_all(apps)
    if as_json:
        rows = [{"id": a.id, "name": a.name, "category": a.category, "state": states[a.id].value,
                 "required": a.required, "approval": a.approval} for a in apps]
        print(json.dumps(rows, indent=2))
        return 0
    for app in apps:
        required = "  (required)" if app.required else ""
        print(f"{app.id:<24} {states[app.id].value:<16} {app.name}{required}")
    return 0


def _install(tools: InstallServices, app: CatalogueApp, yes: bool, update: bool) -> int:
    method = app.method_for(tools.platform)
    refusal = _refusal(app, method)
    if refusal or method is None:
        print(f"deskmate: {refusal}", file=sys.stderr)
        return EXIT_FAILED
    if method.method == "open_url":
        print(f"{app.name} is a web app; it opens in your browser: {method.value}")
        try:
            tools.launcher.launch(app)
        except InstallerError as exc:
            print(f"deskmate: {exc}", file=sys.stderr)
            return EXIT_FAILED
        return 0
    if not yes and not _confirmed(app, method):
        print("Nothing installed.")
        return EXIT_FAILED
    tools.queue.enqueue(app, update=update)
    _cancel_on_sigterm(tools.queue, app.id)
    try:
        result = tools.queue.run_next(_print_progress)
    except KeyboardInterrupt:
        tools.queue.cancel(app.id)
        print("\ndeskmate: install cancelled", file=sys.stderr)
        return EXIT_CANCELLED
    if result is None:
        return EXIT_FAILED
    stream = sys.stdout if result.ok else sys.stderr
    print(result.message, file=stream)
    print(f"Install log: {result.log_path}", file=stream)
    return _exit_code(result)


def _exit_code(result: InstallResult) -> int:
    return 0 if result.ok else EXIT_CANCELLED if result.outcome == "cancelled" else EXIT_FAILED


def _install_json(tools: InstallServices, app: CatalogueApp, update: bool) -> int:
    """The worker's install: JSON lines out, ``cancel`` in; a refusal is a failed result."""
    method = app.method_for(tools.platform)
    refusal = _refusal(app, method)
    if not refusal and method is not None and method.method == "open_url":
        refusal = f"{app.name} is a web app; there is nothing to install"
    if refusal:
        state = tools.detector.detect(app)
        result = InstallResult(app.id, "failed", state, refusal, tools.queue.log_path(app.id))
    else:
        tools.queue.enqueue(app, update=update)
        _listen_for_cancel(tools.queue, app.id)
        _cancel_on_sigterm(tools.queue, app.id)
        result = tools.queue.run_next(_print_json_progress) or InstallResult(
            app.id, "failed", InstallState.UNKNOWN, "Nothing was installed.",
            tools.queue.log_path(app.id))
    _print_line({"result": {"app_id": result.app_id, "outcome": result.outcome,
                            "state": result.state.value, "message": result.message,
                            "log_path": str(result.log_path)}})
    return _exit_code(result)


def _listen_for_cancel(queue: InstallQueue, app_id: str) -> None:
    """A ``cancel`` line on stdin stops the install (the tray's Cancel button)."""
    def listen() -> None:
        for line in sys.stdin:
            if line.strip() == "cancel":
                queue.cancel(app_id)
                return

    threading.Thread(target=listen, name="cancel-listener", daemon=True).start()


def _cancel_on_sigterm(queue: InstallQueue, app_id: str) -> None:
    """SIGTERM cancels as ``cancel`` does: the package manager is stopped, not orphaned
    holding its lock, and the result and the log say cancelled."""
    def stop(_signum: int, _frame: object) -> None:
        # On a thread: the handler runs between two bytecodes of the main thread, which may
        # hold the queue's lock that cancel() takes.
        threading.Thread(target=queue.cancel, args=(app_id,), name="sigterm-cancel",
                         daemon=True).start()

    signal.signal(signal.SIGTERM, stop)


def _print_json_progress(item: InstallProgress) -> None:
    _print_line({"progress": {"app_id": item.app_id, "phase": item.phase,
                              "percent": item.percent, "line": item.line}})


def _print_line(item: dict[str, Any]) -> None:
    print(json.dumps(item), flush=True)


def _refusal(app: CatalogueApp, method: InstallMethod | None) -> str:
    if app.approval != "none":
        who = "your manager" if app.approval == "manager" else "IT"
        return (f"{app.name} needs approval from {who}; "
                "use Request access in the Deskmate window")
    if method is None:
        return f"{app.name} is not available for this computer"
    return ""


def _confirmed(app: CatalogueApp, method: InstallMethod) -> bool:
    print(f"{app.name} by {app.publisher} will be installed with:")
    print("  " + _preview(method))
    if not sys.stdin.isatty():
        print("deskmate: add --yes to install without a terminal to confirm in", file=sys.stderr)
        return False
    return input("Install it? [y/N] ").strip().lower() in ("y", "yes")


def _preview(method: InstallMethod) -> str:
    try:
        if method.is_download:
            placeholder = Path("/verified-download")
            argv = install_command(method, placeholder).argv
            text = " ".join(argv).replace(str(placeholder), "<download>")
            return f"{text}   (after downloading {method.value} and checking its sha256)"
        return " ".join(install_command(method).argv)
    except InstallerError as exc:
        return f"(cannot be installed: {exc})"


def _print_progress(item: InstallProgress) -> None:
    if item.line:
        print(item.line, flush=True)
    elif item.phase == "checking":
        print("Checking the result…", flush=True)
