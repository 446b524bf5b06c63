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
ErrorReporter = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread. The worker emits its signals; because the receiving slots
    belong to this GUI-thread object, Qt queues them, so callbacks run on the GUI thread."""

    progressed = Signal(object)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        runner: QtTaskRunner,
        fn: Callable[[Report], Any],
        on_progress: Callable[[Any], None],
        on_result: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__(runner)
        self._runner: QtTaskRunner | None = runner
        # The relay, not the worker, keeps the work and the callbacks: they are dropped here
        # on the GUI thread, so a Qt object they hold last is never destroyed on a pool thread.
        self.fn: Callable[[Report], Any] | None = fn
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
        on_result = self._release()
        if on_result is not None:
            on_result(result)

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        on_error, runner = self._on_error, self._runner
        self._release()
        if on_error is not None:
            on_error(exc)
        elif runner is not None:
            runner.report_unhandled(exc)
        else:
            log.error("Background task failed", exc_info=exc)

    def _release(self) -> Callable[[Any], None] | None:
        """Drop every reference this relay holds, on the GUI thread; returns ``on_result``."""
        on_result = self._on_result
        if self._runner is not None:
            self._runner.release(self)
        self._runner = self.fn = self._on_result = self._on_error = None
        self._on_progress = _ignore
        return on_result


def _ignore(_item: Any) -> None:
    """Progress that arrives after the result has nowhere to go."""


class _Job(QRunnable):
    def __init__(self, relay: _Relay) -> None:
        super().__init__()
        self._relay: _Relay | None = relay

    def run(self) -> None:
        relay, self._relay = self._relay, None
        assert relay is not None  # each job runs once
        assert relay.fn is not None
        try:
            result = relay.fn(relay.progressed.emit)
        except Exception as exc:  # delivered to on_error on the GUI thread
            relay.failed.emit(exc)
        else:
            relay.finished.emit(result)


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
        self._error_reporter: ErrorReporter | None = None

    def set_error_reporter(self, reporter: ErrorReporter) -> None:
        """Where a failure goes when its ``submit`` named no ``on_error``: the composition
        root sets one (a tray message), so no background failure passes unseen."""
        self._error_reporter = reporter

    def report_unhandled(self, exc: BaseException) -> None:
        log.error("Background task failed", exc_info=exc)
        if self._error_reporter is not None:
            self._error_reporter(exc)

    def submit_with_progress(
        self,
        fn: Callable[[Report], T],
        on_progress: Callable[[Any], None],
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        relay = _Relay(self, fn, on_progress, on_result, on_error)
        self._relays.add(relay)
        self._pool.start(_Job(relay))

    @property
    def busy(self) -> bool:
        """Whether a task's result or error is still to be delivered."""
        return bool(self._relays)

    def wait_for_done(self, msecs: int = 5000) -> bool:
        """Block until every task has finished; for shutdown and tests."""
        return bool(self._pool.waitForDone(msecs))

    def release(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
