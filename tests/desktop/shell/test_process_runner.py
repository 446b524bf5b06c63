"""ProcessTaskRunner: real worker processes; results, failures and time-outs reach the GUI
thread in the thread runner's shape."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest
from pytestqt.qtbot import QtBot

from desktop.shell.process_runner import (
    ProcessTaskRunner,
    WorkerFailed,
    WorkerTimedOut,
    WorkerUnreadable,
    worker_command,
)
from tests.fakes.tools import running

# A fake ``deskmate``: prints its arguments as JSON, or misbehaves as the first one says.
FAKE = """
import json, sys, time
args = sys.argv[1:]
action = args[args.index("--profile-dir") + 2] if "--demo" not in args else args[3]
if action == "sleep":
    time.sleep(30)
elif action == "crash":
    sys.stderr.write("Traceback: boom\\n")
    sys.exit(3)
elif action == "text":
    print("not json")
elif action == "stream":
    for pct in (10, 50):
        print(json.dumps({"progress": pct}), flush=True)
    print(json.dumps({"result": "done"}))
elif action == "stream-garbage":
    print(json.dumps({"progress": 10}), flush=True)
    print("Traceback (most recent call last):", flush=True)
    time.sleep(30)
elif action in ("spawn", "spawn-and-exit"):  # a child, its pid written to the next argument
    import os, subprocess
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    pidfile = args[args.index(action) + 1]
    with open(pidfile + ".tmp", "w") as handle:
        handle.write(str(child.pid))
    os.replace(pidfile + ".tmp", pidfile)
    if action == "spawn":
        time.sleep(30)
    print(json.dumps({"child": child.pid}))
elif action == "echo-stdin":
    print(json.dumps({"progress": "ready"}), flush=True)
    print(json.dumps({"heard": sys.stdin.readline().strip()}))
else:
    print(json.dumps({"argv": args}))
    sys.exit(int(action) if action.isdigit() else 0)
"""


class Outcome:
    def __init__(self) -> None:
        self.results: list[Any] = []
        self.errors: list[BaseException] = []

    @property
    def done(self) -> bool:
        return bool(self.results or self.errors)


MakeRunner = Callable[..., ProcessTaskRunner]


@pytest.fixture
def make_runner(qtbot: QtBot) -> Iterator[MakeRunner]:
    """Runners that live until the test's events are processed (as the app's lives all day):
    dropping one right after its worker finished, with the worker's end still queued, could
    crash Qt in pytest-qt's event processing after the test."""
    made: list[ProcessTaskRunner] = []

    def make(*args: Any, **kwargs: Any) -> ProcessTaskRunner:
        made.append(ProcessTaskRunner(*args, **kwargs))
        return made[-1]

    yield make
    for runner in made:
        runner.stop_all()
    qtbot.wait(50)  # let each finished job's deleteLater run while its runner still exists


@pytest.fixture
def runner(tmp_path: Path, make_runner: MakeRunner) -> ProcessTaskRunner:
    script = tmp_path / "fake_deskmate.py"
    script.write_text(FAKE, encoding="utf-8")
    return make_runner(tmp_path / "profile", demo=False, command=[sys.executable, str(script)])


def _run(qtbot: QtBot, runner: ProcessTaskRunner, *args: str, **kw: Any) -> Outcome:
    outcome = Outcome()
    assert runner.run("job", args, outcome.results.append, outcome.errors.append, **kw)
    qtbot.waitUntil(lambda: outcome.done, timeout=15_000)
    return outcome


def test_json_output_is_the_result(qtbot: QtBot, runner: ProcessTaskRunner,
                                   tmp_path: Path) -> None:
    outcome = _run(qtbot, runner, "ok", "x")
    assert outcome.results == [
        {"argv": ["--profile-dir", str(tmp_path / "profile"), "ok", "x", "--json"]}
    ]
    assert not runner.busy("job")


def test_exit_code_the_job_accepts_still_gives_the_result(
        qtbot: QtBot, runner: ProcessTaskRunner) -> None:
    assert _run(qtbot, runner, "1", ok_codes=(0, 1)).results
    assert isinstance(_run(qtbot, runner, "1").errors[0], WorkerFailed)


def test_crash_is_an_error_with_the_stderr_tail(qtbot: QtBot, runner: ProcessTaskRunner) -> None:
    (error,) = _run(qtbot, runner, "crash").errors
    assert isinstance(error, WorkerFailed)
    assert "exited with 3" in str(error)
    assert "boom" in str(error)


def test_output_that_is_not_json_is_an_error(qtbot: QtBot, runner: ProcessTaskRunner) -> None:
    assert isinstance(_run(qtbot, runner, "text").errors[0], WorkerUnreadable)


def test_a_worker_past_its_time_out_is_killed(qtbot: QtBot, runner: ProcessTaskRunner) -> None:
    (error,) = _run(qtbot, runner, "sleep", timeout_ms=300).errors
    assert isinstance(error, WorkerTimedOut)


def test_one_job_of_a_kind_at_a_time(qtbot: QtBot, runner: ProcessTaskRunner) -> None:
    outcome = Outcome()
    assert runner.run("job", ["sleep"], outcome.results.append, outcome.errors.append,
                      timeout_ms=2000)
    assert runner.busy("job")
    assert not runner.run("job", ["ok"], outcome.results.append)
    assert runner.run("other", ["ok"], outcome.results.append)
    qtbot.waitUntil(lambda: len(outcome.results) == 1 and len(outcome.errors) == 1,
                    timeout=15_000)
    assert not runner.busy("job")


def test_a_missing_executable_is_an_error(qtbot: QtBot, tmp_path: Path,
                                         make_runner: MakeRunner) -> None:
    runner = make_runner(tmp_path, demo=False, command=[str(tmp_path / "nope")])
    (error,) = _run(qtbot, runner, "ok").errors
    assert isinstance(error, WorkerFailed)


@pytest.mark.allow_log_warnings
def test_a_job_without_on_error_reaches_the_log(
        qtbot: QtBot, runner: ProcessTaskRunner, caplog: pytest.LogCaptureFixture) -> None:
    runner.run("job", ["crash"], lambda _r: None)
    qtbot.waitUntil(lambda: not runner.busy("job"), timeout=15_000)
    (record,) = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert record.getMessage() == "Worker failed"
    assert record.kind == "job"  # type: ignore[attr-defined]  # from extra


def test_stop_all_kills_and_tells_nobody(qtbot: QtBot, runner: ProcessTaskRunner) -> None:
    outcome = Outcome()
    runner.run("job", ["sleep"], outcome.results.append, outcome.errors.append)
    runner.stop_all()
    qtbot.wait(100)
    assert not outcome.done
    assert not runner.busy("job")


def _child_of(qtbot: QtBot, runner: ProcessTaskRunner, action: str, pidfile: Path,
              **kw: Any) -> tuple[Outcome, int]:
    """Start a worker that starts a child; the child's process id, once it runs."""
    outcome = Outcome()
    runner.run("job", [action, str(pidfile)], outcome.results.append, outcome.errors.append,
               **kw)
    qtbot.waitUntil(pidfile.exists, timeout=15_000)
    return outcome, int(pidfile.read_text())


def test_stop_all_ends_what_the_worker_started(
        qtbot: QtBot, runner: ProcessTaskRunner, tmp_path: Path) -> None:
    outcome, child = _child_of(qtbot, runner, "spawn", tmp_path / "child")
    runner.stop_all()
    qtbot.waitUntil(lambda: not running(child), timeout=3000)
    assert not outcome.done


def test_a_worker_past_its_time_out_ends_with_what_it_started(
        qtbot: QtBot, runner: ProcessTaskRunner, tmp_path: Path) -> None:
    outcome, child = _child_of(qtbot, runner, "spawn", tmp_path / "child", timeout_ms=2000)
    qtbot.waitUntil(lambda: outcome.done, timeout=15_000)
    assert isinstance(outcome.errors[0], WorkerTimedOut)
    qtbot.waitUntil(lambda: not running(child), timeout=3000)


def test_a_worker_that_ends_by_itself_leaves_what_it_started_alone(
        qtbot: QtBot, runner: ProcessTaskRunner, tmp_path: Path) -> None:
    outcome, child = _child_of(qtbot, runner, "spawn-and-exit", tmp_path / "child")
    try:
        qtbot.waitUntil(lambda: outcome.done, timeout=15_000)
        assert outcome.results == [{"child": child}]
        runner.stop_all()
        qtbot.wait(200)
        assert running(child)
    finally:
        psutil.Process(child).kill()


def test_the_worker_is_this_python_running_the_cli() -> None:
    assert worker_command() == [sys.executable, "-m", "desktop.cli"]


def test_demo_mode_reaches_the_worker(qtbot: QtBot, tmp_path: Path,
                                     make_runner: MakeRunner) -> None:
    script = tmp_path / "fake.py"
    script.write_text(FAKE, encoding="utf-8")
    runner = make_runner(tmp_path, demo=True, command=[sys.executable, str(script)])
    assert "--demo" in _run(qtbot, runner, "ok").results[0]["argv"]


def test_json_of_another_shape_is_an_unreadable_worker_not_a_crash(
        qtbot: QtBot, runner: ProcessTaskRunner) -> None:
    outcome = Outcome()

    def read(data: Any) -> None:
        outcome.results.append(data["sent"])  # what the job expects; the worker printed argv

    assert runner.run("job", ["ok"], read, outcome.errors.append)
    qtbot.waitUntil(lambda: outcome.done, timeout=15_000)
    (error,) = outcome.errors
    assert isinstance(error, WorkerUnreadable)
    assert "not in the shape" in str(error)
    assert not runner.busy("job")


def _stream(qtbot: QtBot, runner: ProcessTaskRunner, action: str,
            progress: Callable[[Any], None]) -> Outcome:
    outcome = Outcome()
    assert runner.run("job", [action], outcome.results.append, outcome.errors.append,
                      on_progress=progress)
    qtbot.waitUntil(lambda: outcome.done, timeout=15_000)
    return outcome


def test_streamed_progress_lines_arrive_in_order_before_the_last_line_as_result(
        qtbot: QtBot, runner: ProcessTaskRunner) -> None:
    seen: list[Any] = []
    outcome = _stream(qtbot, runner, "stream", seen.append)
    assert seen == [10, 50]
    assert outcome.results == [{"result": "done"}]


def test_a_streamed_line_that_is_not_json_stops_the_worker_with_words(
        qtbot: QtBot, runner: ProcessTaskRunner) -> None:
    seen: list[Any] = []
    outcome = _stream(qtbot, runner, "stream-garbage", seen.append)
    (error,) = outcome.errors
    assert isinstance(error, WorkerUnreadable)
    assert "Traceback" not in str(error)
    assert seen == [10]
    assert not runner.busy("job")  # killed at once, not left to run its 30 s


def test_progress_of_another_shape_is_an_unreadable_worker(
        qtbot: QtBot, runner: ProcessTaskRunner) -> None:
    def read(item: Any) -> None:
        item["percent"]  # the worker printed a bare number

    (error,) = _stream(qtbot, runner, "stream", read).errors
    assert isinstance(error, WorkerUnreadable)


def test_tell_writes_a_line_to_the_running_worker(
        qtbot: QtBot, runner: ProcessTaskRunner) -> None:
    assert not runner.tell("job", "cancel")  # nothing runs yet
    outcome = _stream(qtbot, runner, "echo-stdin", lambda _item: runner.tell("job", "cancel"))
    assert outcome.results == [{"heard": "cancel"}]
