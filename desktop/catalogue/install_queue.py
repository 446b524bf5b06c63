"""The install queue: one install at a time, with progress, cancel and a log file per app.

It starts no threads: the GUI submits :meth:`InstallQueue.run_next` to its task runner
(``submit_with_progress``) once per :meth:`InstallQueue.enqueue`, and the queue's own lock
keeps installs one at a time, in order. Expected failures come back as a failed
:class:`InstallResult`, never as an exception.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop.catalogue.install_outcome import (
    InstallProgress,
    InstallResult,
    install_log_path,
    read_install_log,
)
from desktop.catalogue.installed_state import InstallState, StateDetector
from desktop.catalogue.installer_commands import InstallerError, install_command, update_command
from desktop.catalogue.installer_download import DownloadCancelledError, download_verified
from desktop.catalogue.installer_process import InstallCancelledError, ProcessRunner, parse_percent
from desktop.catalogue.model import CatalogueApp

if TYPE_CHECKING:  # requests loads only when a download starts
    import requests

log = logging.getLogger(__name__)
_PRESENT = (InstallState.INSTALLED, InstallState.UPDATE_AVAILABLE, InstallState.UNKNOWN)
_EXIT_HINTS = {
    ("pkexec", 126): "You closed the password prompt, so nothing was installed.",
    ("pkexec", 127): "Your account is not allowed to install system packages.",
    ("osascript", 1): "You closed the password prompt, or the installer failed.",
}


@dataclass(frozen=True)
class InstallRun:
    """One installer command that ran: which app, install or update, argv, exit code."""

    app_id: str
    action: str  # "install" or "update"
    argv: tuple[str, ...]
    returncode: int


class InstallQueue:
    """FIFO of apps to install; safe to call from the GUI thread and one worker at a time."""

    def __init__(
        self,
        platform: str,
        detector: StateDetector,
        session_factory: Callable[[], requests.Session],
        download_dir: Path,
        log_dir: Path,
        runner: ProcessRunner | None = None,
        on_ran: Callable[[InstallRun], None] | None = None,
    ) -> None:
        """``on_ran`` hears of every installer command run (the activity ledger)."""
        self._platform = platform
        self._on_ran = on_ran
        self._detector = detector
        self._session_factory = session_factory
        self._download_dir = download_dir
        self._log_dir = log_dir
        self._runner = runner or ProcessRunner()
        self._pending: deque[CatalogueApp] = deque()
        self._updates: set[str] = set()
        self._lock = threading.Lock()
        self._serial = threading.Lock()
        self._active: str | None = None
        self._cancel = threading.Event()

    def enqueue(self, app: CatalogueApp, update: bool = False) -> bool:
        """Add ``app`` (to install, or to update) unless already queued or running."""
        with self._lock:
            if app.id == self._active or any(a.id == app.id for a in self._pending):
                return False
            self._pending.append(app)
            if update:
                self._updates.add(app.id)
        return True

    def queued(self) -> tuple[str, ...]:
        with self._lock:
            return tuple(a.id for a in self._pending)

    def active(self) -> str | None:
        with self._lock:
            return self._active

    def cancel(self, app_id: str) -> bool:
        """Drop a queued app, or stop the running install; True if anything was cancelled."""
        with self._lock:
            for app in self._pending:
                if app.id == app_id:
                    self._pending.remove(app)
                    return True
            if self._active != app_id:
                return False
            self._cancel.set()
        self._runner.cancel()
        return True

    def log_path(self, app_id: str) -> Path:
        return install_log_path(self._log_dir, app_id)

    def read_log(self, app_id: str) -> str:
        """The last install log for ``app_id``, or an empty string."""
        return read_install_log(self._log_dir, app_id)

    def run_next(self, report: Callable[[Any], None]) -> InstallResult | None:
        """Install the next queued app (blocking; call it off the GUI thread)."""
        with self._serial:
            with self._lock:
                if not self._pending:
                    return None
                app = self._pending.popleft()
                update = app.id in self._updates
                self._updates.discard(app.id)
                self._active = app.id
                self._cancel.clear()
            try:
                return self._install(app, report, update)
            finally:
                with self._lock:
                    self._active = None

    def _install(
        self, app: CatalogueApp, report: Callable[[Any], None], update: bool
    ) -> InstallResult:
        path = self.log_path(app.id)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as install_log:
            verb = "Updating" if update else "Installing"
            _write(install_log, f"{verb} {app.name} ({app.id}) on {self._platform}")
            try:
                result = self._attempt(app, report, install_log, update)
            except (DownloadCancelledError, InstallCancelledError) as exc:
                result = self._ended(app, "cancelled", str(exc))
            except InstallerError as exc:
                result = self._ended(app, "failed", str(exc))
            _write(install_log, f"Result: {result.outcome}: {result.message}")
        log.info("Install finished", extra={"app": app.id, "outcome": result.outcome})
        return result

    def _attempt(
        self, app: CatalogueApp, report: Callable[[Any], None], install_log: TextIO, update: bool
    ) -> InstallResult:
        method = app.method_for(self._platform)
        if method is None or method.method == "open_url":
            raise InstallerError(f"{app.name} has nothing to install on this computer")
        downloaded = None
        if method.is_download:
            downloaded = self._download(app, report, install_log)
        command = (update_command if update else install_command)(method, downloaded)
        _write(install_log, "Command: " + " ".join(command.argv))
        if command.elevation != "none":
            _write(install_log, f"Asking for administrator rights via {command.elevation}")

        def on_line(line: str) -> None:
            _write(install_log, line)
            report(InstallProgress(app.id, "installing", parse_percent(line), line))

        report(InstallProgress(app.id, "installing"))
        outcome = self._runner.run(command.argv, on_line, self._cancel)
        if self._on_ran is not None:
            self._on_ran(InstallRun(app.id, "update" if update else "install",
                                    tuple(command.argv), outcome.returncode))
        if outcome.returncode != 0:
            return self._ended(app, "failed", _exit_message(command.argv[0], outcome.returncode))
        report(InstallProgress(app.id, "checking", 100))
        state = self._detector.detect(app)
        if state not in _PRESENT:
            return self._ended(
                app, "failed", f"The installer finished, but {app.name} was not found after.",
                state,
            )
        return self._ended(app, "installed", f"{app.name} is installed.", state)

    def _download(
        self, app: CatalogueApp, report: Callable[[Any], None], install_log: TextIO
    ) -> Path:
        method = app.method_for(self._platform)
        if method is None:
            raise InstallerError(f"{app.name} has nothing to install on this computer")
        _write(install_log, f"Downloading {method.value}")
        report(InstallProgress(app.id, "downloading", 0))
        path = download_verified(
            self._session_factory(), method.value, method.sha256 or "", self._download_dir,
            lambda pct: report(InstallProgress(app.id, "downloading", pct)), self._cancel,
        )
        _write(install_log, f"Verified sha256 {method.sha256}")
        if method.method == "exe":
            path.chmod(0o700)  # the verified installer itself is the program to run
        return path

    def _ended(
        self, app: CatalogueApp, outcome: str, message: str,
        state: InstallState | None = None,
    ) -> InstallResult:
        if state is None:
            state = self._detector.detect(app)
        return InstallResult(app.id, outcome, state, message, self.log_path(app.id))


def _write(handle: TextIO, line: str) -> None:
    stamp = datetime.now(UTC).strftime("%H:%M:%S")
    handle.write(f"{stamp} {line}\n")
    handle.flush()


def _exit_message(program: str, code: int) -> str:
    name = Path(program).name
    hint = _EXIT_HINTS.get((name, code), "")
    return f"{name} stopped with exit code {code}. {hint}".strip()
