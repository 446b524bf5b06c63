"""Runs ``deskmate`` subcommands as short-lived worker processes; results return on the GUI thread.

Heavy, occasional work (catalogue verification, delivery) runs in a worker that exits and gives
its memory back, so the tray stays small; a crash or a hostile response kills the worker, not
the tray. Each job is ``deskmate --profile-dir DIR [--demo] SUBCOMMAND ... --json``; its stdout
is parsed as JSON and handed to ``on_result``, in the same shape as the thread runner.

A job run with ``on_progress`` streams JSON lines instead: each ``{"progress": ...}`` line goes
to ``on_progress`` as it arrives, and the last other line is the result. :meth:`tell` writes a
line to a running job's stdin (an install's "cancel").

A worker is stopped (its time-out, unreadable output, :meth:`ProcessTaskRunner.stop_all`) with
everything it started: it is asked to end (SIGTERM: an install stops its package manager
cleanly), killed after a grace period, and what it leaves running under it is killed then.
Windows has no such ask for a console process, so there the grace period is skipped.

Exceptions (handed to ``on_error``, or to the default reporter, the log)::

    WorkerError
    ├── WorkerFailed        the worker could not start, or exited with an unexpected code
    ├── WorkerTimedOut      it ran past its time-out and was killed
    └── WorkerUnreadable    its output is not JSON, or not JSON of the shape ``on_result``
                            reads (it raised KeyError, TypeError or ValueError)
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QTimer

from desktop.process_tree import ProcessTree

log = logging.getLogger(__name__)
DEFAULT_TIMEOUT_MS = 5 * 60 * 1000
# Longer than an install worker gives its package manager (installer_process._TERMINATE_GRACE)
STOP_GRACE_MS = 0 if sys.platform == "win32" else 6000
_KILL_WAIT_MS = 2000
_STDERR_TAIL = 2000


class WorkerError(Exception):
    """Base of every way a worker job can fail."""


class WorkerFailed(WorkerError):
    """The worker could not start, or exited with a code the job does not accept."""


class WorkerTimedOut(WorkerError):
    """The worker ran past its time-out and was killed."""


class WorkerUnreadable(WorkerError):
    """The worker's output is not the JSON its ``--json`` promises."""


def worker_command() -> list[str]:
    """How to start ``deskmate``: the frozen executable itself, or this Python on the module."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "desktop.cli"]


class _Job(QObject):
    """One worker process, its time-out and its callbacks."""

    def __init__(self, runner: ProcessTaskRunner, kind: str, ok_codes: Collection[int],
                 on_result: Callable[[Any], None],
                 on_error: Callable[[BaseException], None] | None,
                 on_progress: Callable[[Any], None] | None = None) -> None:
        super().__init__(runner)
        self.kind = kind
        self._runner = runner
        self._ok_codes = ok_codes
        self._on_result = on_result
        self._on_error = on_error
        self._on_progress = on_progress
        self._pending = b""  # an unfinished streamed line
        self._last = b""  # the last streamed line that was not progress: the result
        self.process = QProcess(self)
        if on_progress is not None:
            self.process.readyReadStandardOutput.connect(self._read_lines)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._error_occurred)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._time_out)
        self._grace = QTimer(self)
        self._grace.setSingleShot(True)
        self._grace.timeout.connect(self._kill)
        self._tree = ProcessTree()  # what it had started when asked to stop
        self._done = False

    def start(self, argv: Sequence[str], timeout_ms: int) -> None:
        self._timer.start(timeout_ms)
        self.process.start(argv[0], list(argv[1:]))

    def stop(self, grace_ms: int = STOP_GRACE_MS) -> None:
        """Ask the worker to end; kill it and what it started if it has not after ``grace_ms``."""
        if self.process.state() == QProcess.ProcessState.NotRunning or self._grace.isActive():
            return
        self._tree = ProcessTree.below(self.process.processId())
        self.process.terminate()
        self._grace.start(grace_ms)

    def _kill(self) -> None:
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self._tree |= ProcessTree.below(self.process.processId())  # started since
            self.process.kill()
        self._tree.kill()

    def wait_stopped(self, grace_ms: int = STOP_GRACE_MS) -> None:
        """Block until a worker asked to stop has ended, killing it after ``grace_ms``."""
        if self.process.state() == QProcess.ProcessState.NotRunning:
            return
        if not self.process.waitForFinished(grace_ms):
            self._kill()
            self.process.waitForFinished(_KILL_WAIT_MS)

    def close(self) -> None:
        """Delete the job once its worker has ended (deleting a running QProcess kills it
        at once, with no grace and not what it started)."""
        if self.process.state() == QProcess.ProcessState.NotRunning:
            self.deleteLater()
        else:
            self.process.finished.connect(self._delete_soon)

    def _delete_soon(self) -> None:
        # From the event loop, not from inside the finished signal (which stop_all's
        # waitForFinished emits): deleted from there, a later test's events crashed PySide.
        QTimer.singleShot(0, self.deleteLater)

    def _time_out(self) -> None:
        self.stop()
        self._fail(WorkerTimedOut(f"{self.kind} ran past its time-out and was stopped"))

    def _error_occurred(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._fail(WorkerFailed(f"{self.kind} could not start: {self.process.errorString()}"))

    def _read_lines(self) -> None:
        """Hand each complete ``{"progress": ...}`` line on; keep the last other line."""
        self._pending += bytes(self.process.readAllStandardOutput().data())
        *lines, self._pending = self._pending.split(b"\n")
        for line in lines:
            if line.strip() and not self._done:
                self._streamed(line)

    def _streamed(self, line: bytes) -> None:
        try:
            item = json.loads(line)
            if not (isinstance(item, dict) and "progress" in item):
                self._last = line
                return
            if self._on_progress is not None:
                self._on_progress(item["progress"])
        except (KeyError, TypeError, ValueError) as exc:
            self.stop()  # it will not say anything readable after this either
            self._fail(WorkerUnreadable(
                f"{self.kind} printed a line not in the shape expected ({type(exc).__name__})"))

    def tell(self, line: str) -> None:
        self.process.write(line.encode() + b"\n")

    def _output(self) -> bytes | None:
        """Its stdout, or for a streamed job its result line; None if a line failed it."""
        if self._on_progress is None:
            return bytes(self.process.readAllStandardOutput().data())
        self._read_lines()
        if self._pending.strip() and not self._done:
            self._streamed(self._pending)
            self._pending = b""
        return None if self._done else self._last

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._grace.stop()
        self._tree.kill()  # what a stopped worker left running; nothing for one that ended
        if self._done:
            return
        stdout = self._output()
        if stdout is None:
            return
        if status != QProcess.ExitStatus.NormalExit or code not in self._ok_codes:
            stderr = bytes(self.process.readAllStandardError().data()).decode(errors="replace")
            self._fail(WorkerFailed(f"{self.kind} exited with {code}: {stderr[-_STDERR_TAIL:]}"))
            return
        try:
            result = json.loads(stdout)
        except ValueError:
            self._fail(WorkerUnreadable(f"{self.kind} printed no JSON"))
            return
        on_error, on_result = self._on_error, self._end()
        try:
            on_result(result)
        except (KeyError, TypeError, ValueError) as exc:
            # A worker is a boundary like a server: a crash or a hostile answer must reach
            # on_error as words, never escape into Qt's event loop as a traceback.
            self._report(on_error, WorkerUnreadable(
                f"{self.kind} printed JSON not in the shape expected ({type(exc).__name__})"))

    def _fail(self, exc: WorkerError) -> None:
        if self._done:
            return
        on_error = self._on_error
        self._end()
        self._report(on_error, exc)

    def _report(self, on_error: Callable[[BaseException], None] | None,
                exc: WorkerError) -> None:
        if on_error is None:
            log.error("Worker failed", extra={"kind": self.kind, "error": str(exc)})
        else:
            on_error(exc)

    def abandon(self) -> None:
        """Forget the callbacks: the worker's end is reported to nobody."""
        self._end()

    def _end(self) -> Callable[[Any], None]:
        """Mark the job done and let it go; returns ``on_result``."""
        self._done = True
        self._timer.stop()
        self._runner.release(self)
        on_result = self._on_result
        self._on_result, self._on_error = _ignore, None
        return on_result


def _ignore(_result: Any) -> None:
    """A result after the job ended has nowhere to go."""


class ProcessTaskRunner(QObject):
    """Starts worker jobs without blocking; at most one job of each kind runs at a time."""

    def __init__(self, profile_dir: Path | str | None, demo: bool, parent: QObject | None = None,
                 command: Sequence[str] | None = None) -> None:
        super().__init__(parent)
        self._prefix = [*(command or worker_command())]
        if profile_dir is not None:
            self._prefix += ["--profile-dir", str(profile_dir)]
        if demo:
            self._prefix.append("--demo")
        self._jobs: dict[str, _Job] = {}

    @property
    def command(self) -> tuple[str, ...]:
        """``deskmate`` with this profile's options, for a worker started some other way."""
        return tuple(self._prefix)

    def run(self, kind: str, args: Sequence[str], on_result: Callable[[Any], None],
            on_error: Callable[[BaseException], None] | None = None, *,
            ok_codes: Collection[int] = (0,), timeout_ms: int = DEFAULT_TIMEOUT_MS,
            on_progress: Callable[[Any], None] | None = None) -> bool:
        """Start ``deskmate ARGS --json`` as job ``kind``; False if one of that kind is running.
        With ``on_progress`` the job streams JSON lines (see the module docstring)."""
        if kind in self._jobs:
            return False
        job = _Job(self, kind, ok_codes, on_result, on_error, on_progress)
        self._jobs[kind] = job
        job.start([*self._prefix, *args, "--json"], timeout_ms)
        return True

    def busy(self, kind: str) -> bool:
        return kind in self._jobs

    def tell(self, kind: str, line: str) -> bool:
        """Write ``line`` to the stdin of the running job ``kind``; False if none runs."""
        job = self._jobs.get(kind)
        if job is None:
            return False
        job.tell(line)
        return True

    def release(self, job: _Job) -> None:
        if self._jobs.get(job.kind) is job:
            del self._jobs[job.kind]
        job.close()

    def stop_all(self, grace_ms: int = STOP_GRACE_MS) -> None:
        """Stop every worker with what it started, and wait; for shutdown. Nobody is told."""
        for job in tuple(self._jobs.values()):
            job.abandon()
        jobs = self.findChildren(_Job)  # with those stopping already (a time-out)
        for job in jobs:
            job.stop(grace_ms)
        for job in jobs:
            job.wait_stopped(grace_ms)
