"""Run a platform command as a real subprocess: an argv list, a time-out, never a shell."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass

log = logging.getLogger(__name__)


class CommandError(Exception):
    """A platform command could not give an answer.

    CommandError
     ├── CommandNotFoundError   the program is not installed
     └── CommandTimeoutError   it ran longer than its time-out and was killed
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
    program = shutil.which(argv[0])
    if program is None:
        raise CommandNotFoundError(argv[0])
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}  # parsers expect untranslated output
    try:
        done = subprocess.run(  # argv list, no shell
            [program, *argv[1:]], capture_output=True, text=True, timeout=timeout,
            env=env, stdin=subprocess.DEVNULL, check=False, errors="replace",
        )
    except subprocess.TimeoutExpired as exc:
        log.info("Command timed out", extra={"argv": list(argv), "timeout": timeout})
        raise CommandTimeoutError(argv[0]) from exc
    except OSError as exc:
        raise CommandNotFoundError(f"{argv[0]}: {exc}") from exc
    return CommandOutput(tuple(argv), done.returncode, done.stdout, done.stderr)
