"""The line of apps waiting to install, as the Apps page drives it: in this process or not.

:class:`InstallLine` is what the page needs; :class:`ThreadInstallLine` runs the
:class:`~desktop.catalogue.install_queue.InstallQueue` on the task runner (tests, no worker),
and ``desktop.shell.install_workers.WorkerInstallLine`` runs each install as a
``deskmate apps install`` worker process.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from desktop.catalogue.install_outcome import InstallProgress, InstallResult
from desktop.catalogue.model import CatalogueApp
from desktop.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.catalogue.install_queue import InstallQueue

OnProgress = Callable[[InstallProgress], None]
OnResult = Callable[[InstallResult | None], None]
OnError = Callable[[BaseException], None]


class InstallLine(Protocol):
    def enqueue(self, app: CatalogueApp, update: bool = False) -> bool:
        """Add ``app`` unless it is queued or installing already."""

    def queued(self) -> tuple[str, ...]: ...

    def active(self) -> str | None: ...

    def start(self, on_progress: OnProgress, on_result: OnResult, on_error: OnError) -> None:
        """Install what was enqueued last, after what is ahead of it; returns at once."""

    def cancel(self, app_id: str) -> None:
        """Drop a queued app or stop its running install; returns at once."""

    def read_log(self, app_id: str) -> str:
        """The last install log of ``app_id`` (file I/O: not on the GUI thread)."""


class ThreadInstallLine:
    """The install queue, run in this process through the task runner."""

    def __init__(self, queue: InstallQueue, runner: TaskRunner) -> None:
        self._queue = queue
        self._runner = runner

    def enqueue(self, app: CatalogueApp, update: bool = False) -> bool:
        return self._queue.enqueue(app, update=update)

    def queued(self) -> tuple[str, ...]:
        return self._queue.queued()

    def active(self) -> str | None:
        return self._queue.active()

    def start(self, on_progress: OnProgress, on_result: OnResult, on_error: OnError) -> None:
        self._runner.submit_with_progress(self._queue.run_next, on_progress, on_result, on_error)

    def cancel(self, app_id: str) -> None:
        queue = self._queue
        self._runner.submit(lambda: queue.cancel(app_id))

    def read_log(self, app_id: str) -> str:
        return self._queue.read_log(app_id)
