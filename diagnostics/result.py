"""The data every check returns: status, typed facts, and the summary of one run."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import TypeAlias

# Facts are plain typed values, nested at most as tuples and read-only mappings.
FactValue: TypeAlias = (
    str | int | float | bool | tuple["FactValue", ...] | Mapping[str, "FactValue"] | None
)
Facts = Mapping[str, FactValue]


class Status(StrEnum):
    """How one check went; ``rank`` orders them from best to worst."""

    OK = "ok"
    SKIPPED = "skipped"
    WARN = "warn"
    ERROR = "error"
    FAIL = "fail"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @property
    def is_problem(self) -> bool:
        return self in (Status.WARN, Status.ERROR, Status.FAIL)


_RANK = {Status.OK: 0, Status.SKIPPED: 1, Status.WARN: 2, Status.ERROR: 3, Status.FAIL: 4}
# Points towards the health score; skipped checks do not count at all.
_POINTS = {Status.OK: 1.0, Status.WARN: 0.5, Status.ERROR: 0.75, Status.FAIL: 0.0}


class Category(StrEnum):
    SYSTEM = "system"
    NETWORK = "network"
    SECURITY = "security"
    DESKMATE = "deskmate"


def worst(statuses: tuple[Status, ...] | list[Status]) -> Status:
    """The worst of ``statuses``; ``ok`` for none."""
    return max(statuses, key=lambda status: status.rank, default=Status.OK)


def freeze(facts: Mapping[str, FactValue]) -> Facts:
    """A read-only copy of ``facts`` so a frozen result cannot change under its reader."""
    return MappingProxyType(dict(facts))


@dataclass(frozen=True)
class Outcome:
    """What a check function decides; the runner adds the id, category and timing."""

    status: Status
    facts: Facts = field(default_factory=dict)
    fix_id: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class CheckResult:
    """One check's result as every front end sees it. ``reason`` is a short machine word
    or phrase for skipped/error results (the UI owns the wording)."""

    id: str
    category: Category
    status: Status
    facts: Facts
    fix_id: str | None
    duration_s: float
    reason: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "category": self.category.value,
            "status": self.status.value,
            "facts": _jsonable(self.facts),
            "fix_id": self.fix_id,
            "duration_s": round(self.duration_s, 4),
            "reason": self.reason,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> CheckResult:
        """The result :meth:`to_json` wrote (e.g. a ``deskmate diagnose --json`` worker's);
        raises KeyError, TypeError or ValueError on anything else."""
        facts = _facts(data["facts"])
        duration, fix_id, reason = data["duration_s"], data.get("fix_id"), data.get("reason")
        if not isinstance(duration, int | float) or not isinstance(facts, Mapping):
            raise TypeError("a check result needs its duration and facts")
        return cls(str(data["id"]), Category(str(data["category"])), Status(str(data["status"])),
                   facts,
                   None if fix_id is None else str(fix_id), float(duration),
                   None if reason is None else str(reason))


@dataclass(frozen=True)
class RunSummary:
    """All results of one run, in completion order, with the score and worst status."""

    results: tuple[CheckResult, ...]
    started_at: float
    duration_s: float

    @property
    def worst(self) -> Status:
        return worst([result.status for result in self.results])

    @property
    def score(self) -> int:
        """0–100: the share of counted checks that are fine (warn counts half)."""
        points = [_POINTS[r.status] for r in self.results if r.status in _POINTS]
        return round(100 * sum(points) / len(points)) if points else 100

    @property
    def problems(self) -> tuple[CheckResult, ...]:
        """Results that need attention, worst first."""
        found = [result for result in self.results if result.status.is_problem]
        return tuple(sorted(found, key=lambda result: -result.status.rank))

    def by_id(self, check_id: str) -> CheckResult | None:
        return next((result for result in self.results if result.id == check_id), None)

    def to_json(self) -> dict[str, object]:
        return {
            "started_at": self.started_at,
            "duration_s": round(self.duration_s, 4),
            "worst": self.worst.value,
            "score": self.score,
            "results": [result.to_json() for result in self.results],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> RunSummary:
        """The summary :meth:`to_json` wrote; raises KeyError, TypeError or ValueError."""
        results, started, duration = data["results"], data["started_at"], data["duration_s"]
        if not isinstance(results, list) or not isinstance(started, int | float) or \
                not isinstance(duration, int | float):
            raise TypeError("a run summary needs its results, start and duration")
        return cls(tuple(CheckResult.from_json(item) for item in results), float(started),
                   float(duration))


def _facts(value: object) -> FactValue:
    """JSON's lists and objects back as the read-only tuples and mappings facts are made of."""
    if isinstance(value, Mapping):
        return freeze({str(key): _facts(item) for key, item in value.items()})
    if isinstance(value, list):
        return tuple(_facts(item) for item in value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"not a fact value: {type(value).__name__}")


def _jsonable(value: object) -> object:
    if isinstance(value, Mapping):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, tuple | list):
        return [_jsonable(item) for item in value]
    return value
