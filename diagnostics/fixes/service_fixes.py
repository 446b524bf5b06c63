"""Fixes that hand over to other Deskmate services: retry the outbox, refresh the catalogue."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from diagnostics.fixes.base import FixOutcome, FixPlan, PlanItem


@dataclass(frozen=True)
class CallFix:
    """Runs an injected callable; ``action`` returns True when it worked."""

    id: str
    check_id: str
    action: Callable[[], bool]

    def plan(self) -> FixPlan:
        return FixPlan(self.id, self.check_id, (PlanItem("call", self.id),))

    def apply(self, plan: FixPlan) -> FixOutcome:
        try:
            worked = self.action()
        except Exception as exc:  # the service's own errors are its business; report them
            return FixOutcome(False, {"error": type(exc).__name__}, "failed")
        return FixOutcome(worked, reason=None if worked else "failed")
