"""Plan, apply, re-check and record fixes, by fix id."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping

from diagnostics.fixes.attempts import AttemptLog, FixAttempt
from diagnostics.fixes.base import Fix, FixPlan, FixReport, TargetedFix, ToolFix
from diagnostics.result import CheckResult

log = logging.getLogger(__name__)


OnApplied = Callable[[FixReport], None]


class UnknownFixError(KeyError):
    """No fix with that id exists on this machine."""


class FixService:
    """The one way a front end runs a fix: plan (to show), then apply (after a yes)."""

    def __init__(self, fixes: Iterable[Fix], rerun: Callable[[str], CheckResult],
                 attempts: AttemptLog, now: Callable[[], float] = time.time,
                 on_applied: OnApplied | None = None) -> None:
        """``on_applied`` hears of every finished attempt (the activity ledger)."""
        self._fixes: Mapping[str, Fix] = {fix.id: fix for fix in fixes}
        self._rerun, self._attempts, self._now = rerun, attempts, now
        self._on_applied = on_applied

    def ids(self) -> tuple[str, ...]:
        return tuple(sorted(self._fixes))

    def usable_ids(self) -> tuple[str, ...]:
        """The fixes that can work on this computer: their programs are here."""
        return tuple(fix_id for fix_id in self.ids() if self.unavailable(fix_id) is None)

    def unavailable(self, fix_id: str) -> str | None:
        """Why ``fix_id`` cannot work here, or None when it can."""
        fix = self.get(fix_id)
        return fix.unavailable() if isinstance(fix, ToolFix) else None

    def get(self, fix_id: str) -> Fix:
        try:
            return self._fixes[fix_id]
        except KeyError:
            raise UnknownFixError(fix_id) from None

    def plan(self, fix_id: str, before: CheckResult | None = None) -> FixPlan:
        """What the fix would do, aimed at what ``before`` named where the fix can aim;
        raises FixError when it cannot do anything."""
        fix = self.get(fix_id)
        if before is not None and isinstance(fix, TargetedFix):
            return fix.for_facts(before.facts).plan()
        return fix.plan()

    def apply(self, plan: FixPlan, before: CheckResult | None = None,
              fix: Fix | None = None) -> FixReport:
        """Run a confirmed plan, re-run the check it was started from (``before``, else the
        fix's own check) and record the attempt."""
        chosen = fix or self.get(plan.fix_id)
        outcome = chosen.apply(plan)
        check_id = before.id if before is not None else plan.check_id
        after = self._rerun(check_id)
        report = FixReport(plan.fix_id, check_id, outcome, before, after, self._now())
        log.info("Fix applied", extra={"fix": plan.fix_id, "succeeded": outcome.succeeded,
                                       "after": after.status.value})
        self._attempts.record(report)
        if self._on_applied is not None:
            self._on_applied(report)
        return report

    def recent_attempts(self, limit: int = 20) -> tuple[FixAttempt, ...]:
        return self._attempts.recent_attempts(limit)
