"""The platform command runner: real subprocesses, argv lists, time-outs."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest

from diagnostics.command import (
    CommandError,
    CommandNotFoundError,
    CommandTimeoutError,
    RunningCommands,
    run_command,
)
from tests.fakes.tools import running


def test_runs_argv_without_a_shell() -> None:
    out = run_command([sys.executable, "-c", "import sys; print(sys.argv[1])", "$HOME; ls"], 5)
    assert out.returncode == 0
    assert out.stdout.strip() == "$HOME; ls"


def test_missing_program() -> None:
    with pytest.raises(CommandNotFoundError):
        run_command(["deskmate-no-such-tool"], 1)


def test_timeout_kills() -> None:
    started = time.perf_counter()
    with pytest.raises(CommandTimeoutError):
        run_command([sys.executable, "-c", "import time; time.sleep(10)"], 0.3)
    assert time.perf_counter() - started < 2


def test_stop_ends_the_commands_running_and_refuses_new_ones(tmp_path: Path) -> None:
    """A fix's command (a password prompt, say) must not outlive the app that started it."""
    commands = RunningCommands()
    pidfile = tmp_path / "pid"
    script = f"import os, time; open({str(pidfile)!r}, 'w').write(str(os.getpid())); time.sleep(30)"
    failed: list[BaseException] = []

    def fix() -> None:
        try:
            commands([sys.executable, "-c", script], 60)
        except CommandError as exc:  # pragma: no cover - the test fails on it below
            failed.append(exc)

    thread = threading.Thread(target=fix)
    thread.start()
    deadline = time.monotonic() + 10
    while not (pidfile.exists() and pidfile.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    started = time.perf_counter()
    commands.stop()
    thread.join(10)
    assert not thread.is_alive()
    assert time.perf_counter() - started < 5
    assert not running(int(pidfile.read_text()))
    assert failed == []  # the command ended (terminated): its exit code says so
    with pytest.raises(CommandError):
        commands([sys.executable, "-c", "pass"], 5)


def test_running_commands_run_as_run_command_does() -> None:
    commands = RunningCommands()
    out = commands([sys.executable, "-c", "import sys; print(sys.argv[1])", "$HOME; ls"], 5)
    assert (out.returncode, out.stdout.strip()) == (0, "$HOME; ls")
    with pytest.raises(CommandTimeoutError):
        commands([sys.executable, "-c", "import time; time.sleep(10)"], 0.3)
    with pytest.raises(CommandNotFoundError):
        commands(["deskmate-no-such-tool"], 1)
