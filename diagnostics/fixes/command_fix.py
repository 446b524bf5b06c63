"""Run a fix's platform commands, asking for admin rights only when they are needed."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from diagnostics.command import (
    CommandError,
    CommandNotFoundError,
    CommandOutput,
    RunCommand,
)
from diagnostics.fixes.base import FixOutcome
from diagnostics.fixes.elevation import DENIED_EXIT_CODES, elevated
from diagnostics.result import FactValue

log = logging.getLogger(__name__)
_DENIED = re.compile(r"access (is )?denied|permission|must be (run as )?root|not permitted|"
                     r"authentication (is )?required|requires elevation", re.IGNORECASE)


@dataclass(frozen=True)
class CommandRunner:
    platform: str
    run: RunCommand
    is_admin: Callable[[], bool]
    timeout_s: float = 30.0

    def run_all(self, commands: Sequence[Sequence[str]], needs_admin: bool) -> FixOutcome:
        """Run each argv in turn; stop at the first that does not succeed."""
        done: list[FactValue] = []
        for argv in commands:
            outcome = self._run_one(argv, needs_admin)
            if not outcome.succeeded:
                return FixOutcome(False, {**outcome.facts, "done": tuple(done)}, outcome.reason)
            done.append(" ".join(argv))
        return FixOutcome(True, {"done": tuple(done)})

    def _run_one(self, argv: Sequence[str], needs_admin: bool) -> FixOutcome:
        if needs_admin and not self.is_admin():
            return self._elevated(argv)
        try:
            out = self.run(argv, self.timeout_s)
        except CommandNotFoundError:
            return FixOutcome(False, {"command": argv[0]}, "unavailable")
        except CommandError:
            return FixOutcome(False, {"command": argv[0]}, "failed")
        if out.returncode == 0:
            return FixOutcome(True)
        if not self.is_admin() and _DENIED.search(out.stderr + out.stdout):
            return self._elevated(argv)
        return _failed(out)

    def _elevated(self, argv: Sequence[str]) -> FixOutcome:
        wrapped = elevated(argv, self.platform)
        if wrapped is None:
            return FixOutcome(False, {"command": argv[0]}, "needs admin")
        try:
            out = self.run(wrapped, max(self.timeout_s, 120.0))  # a person types a password
        except CommandError:
            return FixOutcome(False, {"command": argv[0]}, "needs admin")
        if out.returncode in DENIED_EXIT_CODES or "-128" in out.stderr:
            return FixOutcome(False, {"command": argv[0]}, "needs admin")
        return FixOutcome(True) if out.returncode == 0 else _failed(out)


def _failed(out: CommandOutput) -> FixOutcome:
    log.info("Fix command failed", extra={"argv": list(out.argv), "code": out.returncode})
    detail = (out.stderr or out.stdout).strip().splitlines()[-1:] or [""]
    return FixOutcome(False, {"command": out.argv[0], "exit_code": out.returncode,
                              "detail": detail[0][:200]}, "failed")
