"""What every fix shares: its plan, its outcome, and the report kept afterwards.

Expected failures while planning:

    FixError
     ├── FixUnavailableError   nothing to fix with on this OS (or nothing to do)
     └── FixNotPossibleError   the target is gone or may not be touched
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from diagnostics.result import CheckResult, Facts


class FixError(Exception):
    pass


class FixUnavailableError(FixError):
    pass


class FixNotPossibleError(FixError):
    pass


@dataclass(frozen=True)
class PlanItem:
    """One thing the fix will do: ``kind`` is a machine word the UI words
    (delete, run, terminate, open, call, restart); ``target`` names what it acts on."""

    kind: str
    target: str
    size_bytes: int = 0
    count: int = 0


@dataclass(frozen=True)
class FixPlan:
    fix_id: str
    check_id: str
    items: tuple[PlanItem, ...]
    needs_admin: bool = False
    facts: Facts = field(default_factory=dict)

    @property
    def total_bytes(self) -> int:
        return sum(item.size_bytes for item in self.items)


@dataclass(frozen=True)
class FixOutcome:
    """``reason`` is a machine word for failures: needs admin, cancelled, unavailable, failed."""

    succeeded: bool
    facts: Facts = field(default_factory=dict)
    reason: str | None = None

    @property
    def suggest_help(self) -> bool:
        return not self.succeeded


@dataclass(frozen=True)
class FixReport:
    """A finished attempt: the check before and after, and what happened."""

    fix_id: str
    check_id: str
    outcome: FixOutcome
    before: CheckResult | None
    after: CheckResult | None
    at: float


class Fix(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def check_id(self) -> str: ...

    def plan(self) -> FixPlan:
        """Say what would be done; raises :class:`FixError` when nothing can be."""

    def apply(self, plan: FixPlan) -> FixOutcome:
        """Do it. Never raises for expected failures: they are in the outcome."""


@runtime_checkable
class ToolFix(Fix, Protocol):
    """A fix that needs a program this computer may not have."""

    def unavailable(self) -> str | None:
        """Why the fix cannot work here (e.g. "no DNS cache"), or None when it can; cheap."""


@runtime_checkable
class TargetedFix(Fix, Protocol):
    """A fix that can aim at what a check result named (e.g. the program a row showed)."""

    def for_facts(self, facts: Facts) -> Fix: ...
