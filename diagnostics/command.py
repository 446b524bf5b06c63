"""Run a platform command as a real subprocess: an argv list, a time-out, never a shell."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

log = logging.getLogger(__name__)
_TERMINATE_GRACE = 2.0


class CommandError(Exception):
    """A platform command could not give an answer.

    CommandError
     ├── CommandNotFoundError   the program is not installed
     └── CommandTimeoutError   it ran longer than its time-out and was killed

    (CommandError itself: :class:`RunningCommands` was stopped, the app is quitting.)
    """


class CommandNotFoundError(CommandError):
    pass


class CommandTimeoutError(CommandError):
    pass


@dataclass(frozen=True)
class CommandOutput:
    argv: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str


RunCommand = Callable[[Sequence[str], float], CommandOutput]


def run_command(argv: Sequence[str], timeout: float) -> CommandOutput:
    """Run ``argv`` and return its output; raises :class:`CommandError` subclasses."""
    return _finish(_start(argv), argv, timeout)


class RunningCommands:
    """A :data:`RunCommand` that knows its commands while they run, so that :meth:`stop` can
    end them when the app quits: a fix's command (a password prompt, say) must not outlive the
    app that started it. Asked to run one after that, it raises :class:`CommandError`."""

    def __init__(self, grace_s: float = _TERMINATE_GRACE) -> None:
        self._grace_s = grace_s
        self._lock = threading.Lock()
        self._running: set[subprocess.Popen[str]] = set()
        self._stopped = False

    def __call__(self, argv: Sequence[str], timeout: float) -> CommandOutput:
        with self._lock:
            if self._stopped:
                raise CommandError(f"{argv[0]}: not started, the app is quitting")
            child = _start(argv)
            self._running.add(child)
        try:
            return _finish(child, argv, timeout)
        finally:
            with self._lock:
                self._running.discard(child)

    def stop(self) -> None:
        """Terminate every command running now, kill it if it has not ended after the grace
        period, and refuse new ones."""
        with self._lock:
            self._stopped = True
            children = tuple(self._running)
        for child in children:
            _signal(child, child.terminate)
        deadline = time.monotonic() + self._grace_s
        for child in children:
            try:
                child.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                _signal(child, child.kill)


def _signal(child: subprocess.Popen[str], send: Callable[[], None]) -> None:
    try:
        send()
    except OSError:  # it runs as root now (after pkexec): not ours to stop
        log.info("Command not stopped", extra={"pid": child.pid})


def _start(argv: Sequence[str]) -> subprocess.Popen[str]:
    program = shutil.which(argv[0])
    if program is None:
        raise CommandNotFoundError(argv[0])
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}  # parsers expect untranslated output
    try:
        return subprocess.Popen(  # argv list, no shell
            [program, *argv[1:]], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=env, stdin=subprocess.DEVNULL, errors="replace",
        )
    except OSError as exc:
        raise CommandNotFoundError(f"{argv[0]}: {exc}") from exc


def _finish(child: subprocess.Popen[str], argv: Sequence[str], timeout: float) -> CommandOutput:
    """Wait for ``child`` and read its output, as ``subprocess.run`` does."""
    with child:
        try:
            stdout, stderr = child.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            child.kill()
            child.communicate()
            log.info("Command timed out", extra={"argv": list(argv), "timeout": timeout})
            raise CommandTimeoutError(argv[0]) from exc
    return CommandOutput(tuple(argv), child.returncode, stdout, stderr)
