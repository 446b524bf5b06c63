"""Installs from the Apps page, each run as a ``deskmate apps install ID --json`` worker.

The installer modules (downloads, package-manager runs, the install log, the ledger entry)
load only in the worker; this process keeps the line of apps waiting, one worker at a time,
in order, and turns the worker's JSON lines back into progress and results. Cancel writes
``cancel`` to the worker's stdin; a worker past its time-out is killed.

Worker failures reach ``on_error`` as :class:`~desktop.shell.process_runner.WorkerError`
(its subclasses say whether it crashed, ran too long, or printed something unreadable).
"""

from __future__ import annotations

import logging
from collections import deque
from pathlib import Path
from typing import Any

from desktop.catalogue.install_line import OnError, OnProgress, OnResult
from desktop.catalogue.install_outcome import InstallProgress, InstallResult, read_install_log
from desktop.catalogue.installed_state import InstallState
from desktop.catalogue.model import CatalogueApp
from desktop.shell.process_runner import ProcessTaskRunner

log = logging.getLogger(__name__)
KIND = "install"
INSTALL_TIMEOUT_MS = 30 * 60 * 1000  # a large download on a slow line, or a slow installer
_EXIT_CODES = (0, 1, 130)  # installed, failed, cancelled: each prints its result


class WorkerInstallLine:
    """Apps waiting to install, each installed by a worker process when its turn comes."""

    def __init__(self, workers: ProcessTaskRunner, log_dir: Path,
                 timeout_ms: int = INSTALL_TIMEOUT_MS) -> None:
        self._workers = workers
        self._log_dir = log_dir
        self._timeout_ms = timeout_ms
        self._pending: deque[tuple[CatalogueApp, bool]] = deque()
        self._active: str | None = None

    def enqueue(self, app: CatalogueApp, update: bool = False) -> bool:
        if app.id == self._active or app.id in self.queued():
            return False
        self._pending.append((app, update))
        return True

    def queued(self) -> tuple[str, ...]:
        return tuple(app.id for app, _update in self._pending)

    def active(self) -> str | None:
        return self._active

    def start(self, on_progress: OnProgress, on_result: OnResult, on_error: OnError) -> None:
        """Start the next install unless one is running (its end starts the next)."""
        if self._active is not None or not self._pending:
            return
        app, update = self._pending.popleft()
        self._active = app.id
        args = ["apps", "install", app.id, "--yes", *(["--update"] if update else [])]

        def ended(output: Any) -> None:
            result = _result(output)  # unreadable output goes to failed(), below
            self._next(on_progress, on_result, on_error)
            on_result(result)

        def failed(error: BaseException) -> None:
            log.info("Install worker failed", extra={"app": app.id, "error": str(error)})
            self._next(on_progress, on_result, on_error)
            on_error(error)

        self._workers.run(KIND, args, ended, failed, ok_codes=_EXIT_CODES,
                          timeout_ms=self._timeout_ms,
                          on_progress=lambda item: on_progress(_progress(item)))

    def _next(self, on_progress: OnProgress, on_result: OnResult, on_error: OnError) -> None:
        self._active = None
        self.start(on_progress, on_result, on_error)

    def cancel(self, app_id: str) -> None:
        for entry in self._pending:
            if entry[0].id == app_id:
                self._pending.remove(entry)
                return
        if app_id == self._active:
            self._workers.tell(KIND, "cancel")

    def read_log(self, app_id: str) -> str:
        return read_install_log(self._log_dir, app_id)


def _progress(item: Any) -> InstallProgress:
    """A worker's progress line; KeyError, TypeError or ValueError if it is not one."""
    percent = item["percent"]
    return InstallProgress(str(item["app_id"]), str(item["phase"]),
                           None if percent is None else int(percent), str(item["line"]))


def _result(item: Any) -> InstallResult:
    """A worker's ``{"result": ...}`` line; KeyError, TypeError or ValueError if not one."""
    result = item["result"]
    return InstallResult(str(result["app_id"]), str(result["outcome"]),
                         InstallState(result["state"]), str(result["message"]),
                         Path(result["log_path"]))
