"""QtTaskRunner runs work on the pool and hands results back on the GUI thread, in order."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from desktop.shell.task_runner import QtTaskRunner
from desktop.tasks import InlineTaskRunner, Report


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = QtTaskRunner()
    gui = QThread.currentThread()
    worker_threads: list[int] = []
    progress: list[tuple[int, bool]] = []
    results: list[tuple[str, bool]] = []

    def work(report: Report) -> str:
        worker_threads.append(threading.get_ident())
        for i in range(3):
            report(i)
        return "done"

    runner.submit_with_progress(
        work,
        lambda item: progress.append((item, QThread.currentThread() is gui)),
        lambda result: results.append((result, QThread.currentThread() is gui)),
    )
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert worker_threads[0] != threading.get_ident()
    assert progress == [(0, True), (1, True), (2, True)]
    assert results == [("done", True)]


def test_exception_reaches_on_error(qtbot: QtBot) -> None:
    runner = QtTaskRunner()
    errors: list[BaseException] = []

    def boom() -> None:
        raise OSError("disk on fire")

    runner.submit(boom, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0]) == "disk on fire"


def test_inline_runner_is_synchronous() -> None:
    seen: list[object] = []
    InlineTaskRunner().submit(lambda: 41 + 1, seen.append)
    InlineTaskRunner().submit(lambda: 1 / 0, on_error=seen.append)
    assert seen[0] == 42
    assert isinstance(seen[1], ZeroDivisionError)


@pytest.mark.allow_log_warnings  # the failure is logged as well as reported
def test_a_failure_without_on_error_reaches_the_default_reporter(qtbot: QtBot) -> None:
    runner = QtTaskRunner()
    reported: list[tuple[BaseException, bool]] = []
    gui = QThread.currentThread()
    runner.set_error_reporter(lambda exc: reported.append((exc, QThread.currentThread() is gui)))

    def boom() -> None:
        raise OSError("outbox locked")

    runner.submit(boom)  # nobody waits on it: the composition root's reporter says so
    qtbot.waitUntil(lambda: bool(reported), timeout=5000)
    assert str(reported[0][0]) == "outbox locked"
    assert reported[0][1]  # on the GUI thread, where a tray message can be shown
