"""Runs one installer child process, streaming its output lines, with cancel from any thread.

Exceptions (all :class:`~desktop.catalogue.installer_commands.InstallerError`)::

    ToolMissingError           the package manager is not on this computer
    InstallCancelledError      the child was terminated on request
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.catalogue.installer_commands import InstallerError
from desktop.process_tree import ProcessTree

log = logging.getLogger(__name__)
_PERCENT = re.compile(r"(?<![\d.])(\d{1,3})(?:\.\d+)?\s*%")
_TERMINATE_GRACE = 5.0


class ToolMissingError(InstallerError):
    """The program an install method needs is not installed or not on PATH."""


class InstallCancelledError(InstallerError):
    """The install was cancelled and its process stopped."""


@dataclass(frozen=True)
class ProcessOutcome:
    """Exit code and full output of one finished child process."""

    returncode: int
    output: str


def parse_percent(line: str) -> int | None:
    """The last percentage a progress line shows (winget, flatpak, apt), if any."""
    found = [int(m) for m in _PERCENT.findall(line) if int(m) <= 100]
    return found[-1] if found else None


class ProcessRunner:
    """Starts children with an explicit PATH lookup; one child at a time per runner."""

    def __init__(self, env: Mapping[str, str] | None = None) -> None:
        self._env = dict(env) if env is not None else None
        self._lock = threading.Lock()
        self._child: subprocess.Popen[str] | None = None
        self._cancelled = threading.Event()
        self._spawned: list[subprocess.Popen[bytes]] = []

    def resolve(self, program: str) -> str:
        """The full path of ``program``; absolute paths are used as given."""
        if os.path.isabs(program):
            if not os.path.exists(program):
                raise ToolMissingError(f"{program} does not exist")
            return program
        path = (self._env or os.environ).get("PATH")
        found = shutil.which(program, path=path)
        if found is None:
            raise ToolMissingError(f"{program} is not installed on this computer")
        return found

    def run(self, argv: Sequence[str], on_line: Callable[[str], None],
            cancelled: threading.Event | None = None) -> ProcessOutcome:
        """Run ``argv`` (never through a shell), calling ``on_line`` for each output line.
        If ``cancelled`` is set before the child starts, nothing starts."""
        full = [self.resolve(argv[0]), *argv[1:]]
        self._cancelled.clear()
        child = self._start(full, cancelled)
        lines: list[str] = []
        with child:
            assert child.stdout is not None  # we asked for a pipe
            for raw in child.stdout:
                line = raw.rstrip()
                if line:
                    lines.append(line)
                    on_line(line)
            returncode = child.wait()
        with self._lock:
            self._child = None
        if self._cancelled.is_set():
            raise InstallCancelledError("the install was cancelled")
        return ProcessOutcome(returncode, "\n".join(lines))

    def capture(self, argv: Sequence[str], timeout: float = 30.0) -> ProcessOutcome:
        """Run a short query command and return its exit code and output."""
        full = [self.resolve(argv[0]), *argv[1:]]
        result = subprocess.run(  # argv list built from checked fields
            full, capture_output=True, text=True, timeout=timeout, env=self._env,
            stdin=subprocess.DEVNULL, creationflags=_creation_flags(), check=False,
            encoding="utf-8", errors="replace",
        )
        return ProcessOutcome(result.returncode, result.stdout)

    def spawn(self, argv: Sequence[str]) -> None:
        """Start ``argv`` detached, without waiting (opening an app or a web address)."""
        full = [self.resolve(argv[0]), *argv[1:]]
        try:
            child = subprocess.Popen(  # argv list built from checked fields
                full, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, env=self._env, start_new_session=True,
                creationflags=_creation_flags(),
            )
        except OSError as exc:
            raise InstallerError(f"{argv[0]} could not be started: {exc}") from exc
        with self._lock:
            # Kept until they exit, so finished children are reaped rather than left as zombies.
            self._spawned = [c for c in self._spawned if c.poll() is None] + [child]

    def cancel(self) -> bool:
        """Stop the running child, if any; True if there was one and it could be stopped."""
        with self._lock:
            child = self._child
            if child is None:
                return False
            self._cancelled.set()
        under = ProcessTree.below(child.pid)  # looked up now: once it has ended, they are lost
        try:
            child.terminate()
        except PermissionError:  # it runs as root now (after pkexec): only root may stop it
            self._cancelled.clear()  # so the install that finishes is not called cancelled
            log.info("Install process not ours to stop", extra={"pid": child.pid})
            return False
        try:
            child.wait(_TERMINATE_GRACE)
        except subprocess.TimeoutExpired:
            child.kill()
        under.kill()  # what it started and left running (an installer winget launched, say)
        log.info("Install process stopped", extra={"pid": child.pid})
        return True

    def _start(self, argv: list[str], cancelled: threading.Event | None) -> subprocess.Popen[str]:
        with self._lock:
            # Under the lock cancel() takes: a cancel set before this either is seen here or
            # finds the child to stop, never neither.
            if cancelled is not None and cancelled.is_set():
                raise InstallCancelledError("the install was cancelled")
            try:
                # Text mode's universal newlines split winget's carriage-return progress lines.
                self._child = subprocess.Popen(  # argv list built from checked fields
                    argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL, text=True, encoding="utf-8", errors="replace",
                    env=self._env, creationflags=_creation_flags(),
                )
            except OSError as exc:
                raise InstallerError(f"{Path(argv[0]).name} could not be started: {exc}") from exc
            return self._child


def _creation_flags() -> int:
    """No console window flashes up on Windows."""
    return getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
