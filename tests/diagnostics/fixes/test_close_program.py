""""Close program…" only ever targets your own desktop programs: real child processes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

import psutil
import pytest

from diagnostics.fixes.attempts import AttemptLog
from diagnostics.fixes.base import FixNotPossibleError
from diagnostics.fixes.closable import closable
from diagnostics.fixes.process_fix import CloseProcessFix
from diagnostics.fixes.service import FixService
from diagnostics.result import Category, CheckResult, FactValue, Status, freeze
from diagnostics.system import ProcessUse

SLEEP = [sys.executable, "-c", "import time; time.sleep(60)"]
DESKTOP_ENV = {**os.environ, "DISPLAY": ":99"}


@pytest.fixture
def children() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for child in started:
        child.kill()
        child.wait()


def _start(children: list[subprocess.Popen[bytes]], argv: list[str],
           env: dict[str, str] | None = None) -> int:
    child = subprocess.Popen(argv, env=env)
    children.append(child)
    return child.pid


def _apt_get(tmp_path: Path) -> list[str]:
    """A program called apt-get (a package manager mid-install) run from the desktop."""
    script = tmp_path / "apt-get"
    script.write_text("#!/bin/sh\nsleep 60\n")
    script.chmod(0o755)
    return [str(script)]


def _other_account() -> list[str]:
    if os.getuid() != 0 or shutil.which("runuser") is None:
        pytest.skip("needs root and runuser to start a process of another account")
    return ["runuser", "-u", "nobody", "--", "sleep", "60"]


def _wait_for_child_of(pid: int) -> int:
    """runuser forks the program as nobody; that child is the other account's process."""
    for _ in range(100):
        kids = psutil.Process(pid).children()
        if kids:
            return kids[0].pid
        time.sleep(0.05)
    raise AssertionError("runuser started nothing")


def test_only_your_own_desktop_programs_are_closable(
    tmp_path: Path, children: list[subprocess.Popen[bytes]]
) -> None:
    mine = _start(children, SLEEP, DESKTOP_ENV)
    background = _start(children, SLEEP, {k: v for k, v in os.environ.items()
                                           if k not in ("DISPLAY", "WAYLAND_DISPLAY")})
    apt = _start(children, _apt_get(tmp_path), DESKTOP_ENV)
    other = _wait_for_child_of(_start(children, _other_account(), DESKTOP_ENV))
    assert closable(mine)
    assert not closable(background)  # a job without the desktop is no "program" of yours
    assert not closable(apt)
    assert not closable(other)
    assert not closable(os.getpid())
    assert not closable(os.getppid())
    assert not closable(1)


def test_the_busiest_program_offered_is_yours_not_a_busier_system_process(
    tmp_path: Path, children: list[subprocess.Popen[bytes]]
) -> None:
    mine = _start(children, SLEEP, DESKTOP_ENV)
    apt = _start(children, _apt_get(tmp_path), DESKTOP_ENV)
    other = _wait_for_child_of(_start(children, _other_account(), DESKTOP_ENV))
    sample = [ProcessUse(apt, "apt-get", 80.0, 1.0), ProcessUse(other, "sleep", 70.0, 1.0),
              ProcessUse(mine, "python", 30.0, 1.0)]
    plan = CloseProcessFix(sample=lambda: sample).plan()
    assert plan.facts["pid"] == mine
    for pid in (apt, other):
        with pytest.raises(FixNotPossibleError):
            CloseProcessFix().for_pid(pid).plan()


def test_close_program_aims_at_the_program_the_row_named(
    tmp_path: Path, children: list[subprocess.Popen[bytes]]
) -> None:
    named = _start(children, SLEEP, DESKTOP_ENV)
    busier = _start(children, SLEEP, DESKTOP_ENV)
    sample = [ProcessUse(busier, "python", 90.0, 1.0), ProcessUse(named, "python", 50.0, 1.0)]
    fixes = FixService([CloseProcessFix(sample=lambda: sample)],
                       rerun=lambda _id: _result({}), attempts=AttemptLog(tmp_path / "a.db"))
    row = _result({"hog": {"pid": named, "name": "python"}})
    assert fixes.plan("process.close", row).facts["pid"] == named
    assert fixes.plan("process.close", _result({})).facts["pid"] == busier


def _result(facts: Mapping[str, FactValue]) -> CheckResult:
    return CheckResult("system.processes", Category.SYSTEM, Status.WARN, freeze(facts),
                       "process.close", 0.0)
