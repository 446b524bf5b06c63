"""A :class:`desktop.tasks.TaskRunner` on ``QThreadPool``; results return on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from desktop.tasks import Report, SubmitWithoutProgress

log = logging.getLogger(__name__)
T = TypeVar("T")
MIN_THREADS = 6


class _Relay(QObject):
    """Lives on the GUI thread. The worker emits its signals; because the receiving slots
    belong to this GUI-thread object, Qt queues them, so callbacks run on the GUI thread."""

    progressed = Signal(object)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        runner: QtTaskRunner,
        on_progress: Callable[[Any], None],
        on_result: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__(runner)
        self._runner = runner
        self._on_progress = on_progress
        self._on_result = on_result
        self._on_error = on_error
        self.progressed.connect(self._deliver_progress)
        self.finished.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_progress(self, item: Any) -> None:
        self._on_progress(item)

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        self._runner.release(self)
        if self._on_result is not None:
            self._on_result(result)

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        self._runner.release(self)
        if self._on_error is None:
            log.error("Background task failed", exc_info=exc)
        else:
            self._on_error(exc)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Report], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn(self._relay.progressed.emit)
        except Exception as exc:  # delivered to on_error on the GUI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


class QtTaskRunner(SubmitWithoutProgress, QObject):
    """Runs plain callables on a thread pool. Nothing sleeps in a thread: periodic work is a
    ``QTimer`` that calls :meth:`submit`."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if pool is None:
            # Our own pool: installs and checks must never queue behind each other, even on
            # a two-core machine where Qt's global pool would allow only two threads.
            pool = QThreadPool(self)
            pool.setMaxThreadCount(max(MIN_THREADS, QThread.idealThreadCount()))
        self._pool = pool
        self._relays: set[_Relay] = set()

    def submit_with_progress(
        self,
        fn: Callable[[Report], T],
        on_progress: Callable[[Any], None],
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        relay = _Relay(self, on_progress, on_result, on_error)
        self._relays.add(relay)
        self._pool.start(_Job(fn, relay))

    def wait_for_done(self, msecs: int = 5000) -> bool:
        """Block until every task has finished; for shutdown and tests."""
        return bool(self._pool.waitForDone(msecs))

    def release(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
