"""ProcessTree: the processes under a worker, looked up while it runs, killed after."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from desktop.process_tree import ProcessTree
from tests.fakes.tools import running

PARENT = """
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
print(child.pid, flush=True)
time.sleep(30)
"""


@pytest.fixture
def parent(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], int]]:
    """A process with a child of its own; its pid and the child's."""
    script = tmp_path / "parent.py"
    script.write_text(PARENT, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    child = int(proc.stdout.readline())
    yield proc, child
    for process in (child, proc.pid):
        if running(process):
            psutil.Process(process).kill()
    proc.wait(10)
    proc.stdout.close()


def test_kill_ends_the_processes_under_it_not_itself(
        parent: tuple[subprocess.Popen[str], int]) -> None:
    proc, child = parent
    ProcessTree.below(proc.pid).kill()
    deadline = time.monotonic() + 5
    while running(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not running(child)
    assert proc.poll() is None


def test_a_process_that_ended_is_left_alone(parent: tuple[subprocess.Popen[str], int]) -> None:
    proc, child = parent
    tree = ProcessTree.below(proc.pid)
    psutil.Process(child).kill()
    proc.kill()
    proc.wait(10)
    tree.kill()  # no NoSuchProcess escapes


def test_nothing_is_under_pid_0(monkeypatch: pytest.MonkeyPatch) -> None:
    """A QProcess not started yet has pid 0: stopping it must not kill the whole system, which
    is what Windows and macOS put under pid 0 (System Idle Process, kernel_task)."""
    killed: list[int] = []

    class Everyone:  # psutil as those systems answer
        def __init__(self, pid: int) -> None:
            self.pid = pid

        def children(self, recursive: bool = False) -> list[Everyone]:
            return [Everyone(1), Everyone(os.getpid())]

        def kill(self) -> None:
            killed.append(self.pid)

    monkeypatch.setattr(psutil, "Process", Everyone)
    ProcessTree.below(0).kill()
    assert killed == []
