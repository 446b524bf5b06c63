"""The platform command runner: real subprocesses, argv lists, time-outs."""

from __future__ import annotations

import sys
import time

import pytest

from diagnostics.command import CommandNotFoundError, CommandTimeoutError, run_command


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
