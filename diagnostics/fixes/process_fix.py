"""Close a program that hogs the CPU or memory: terminate, then kill if it will not go.

Only the person's own desktop programs are candidates (see :mod:`diagnostics.fixes.closable`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import psutil

from diagnostics.fixes.base import FixNotPossibleError, FixOutcome, FixPlan, PlanItem
from diagnostics.fixes.closable import closable
from diagnostics.result import Facts
from diagnostics.system import ProcessUse, _top_processes


def _pick_hog(procs: list[ProcessUse]) -> ProcessUse | None:
    """The busiest of the person's own programs."""
    busiest = sorted(procs, key=lambda p: -max(p.cpu_percent, p.memory_percent))
    return next((p for p in busiest if closable(p.pid)), None)


def _named_pid(facts: Facts) -> int | None:
    """The pid of the program a check result named (``hog``), if it named one."""
    hog = facts.get("hog")
    pid = hog.get("pid") if isinstance(hog, Mapping) else None
    return pid if isinstance(pid, int) else None


@dataclass(frozen=True)
class CloseProcessFix:
    """Plans to close ``pid`` (or the biggest program right now); applies only to the same
    process it planned for, so a reused pid is never hit."""

    pid: int | None = None
    grace_s: float = 5.0
    sample: Callable[[], list[ProcessUse]] = _top_processes
    id: str = "process.close"
    check_id: str = "system.processes"

    def for_pid(self, pid: int) -> CloseProcessFix:
        return CloseProcessFix(pid, self.grace_s, self.sample)

    def for_facts(self, facts: Facts) -> CloseProcessFix:
        """The fix for the program a check result named, else for the busiest one."""
        pid = _named_pid(facts)
        return self if pid is None else self.for_pid(pid)

    def plan(self) -> FixPlan:
        pid = self.pid
        if pid is None:
            hog = _pick_hog(self.sample())
            if hog is None:
                raise FixNotPossibleError("no program to close")
            pid = hog.pid
        if not closable(pid):
            raise FixNotPossibleError("not one of your programs")
        try:
            proc = psutil.Process(pid)
            name, created = proc.name(), proc.create_time()
            memory = proc.memory_info().rss
        except psutil.Error as exc:
            raise FixNotPossibleError("process gone") from exc
        return FixPlan(self.id, self.check_id, (PlanItem("terminate", name, memory, 1),),
                       facts={"pid": pid, "name": name, "create_time": created})

    def apply(self, plan: FixPlan) -> FixOutcome:
        pid, created = int(str(plan.facts["pid"])), float(str(plan.facts["create_time"]))
        facts = {"pid": pid, "name": plan.facts["name"]}
        try:
            proc = psutil.Process(pid)
            if proc.create_time() != created:
                return FixOutcome(True, {**facts, "already_closed": True})
            proc.terminate()
            try:
                proc.wait(self.grace_s)
                return FixOutcome(True, {**facts, "killed": False})
            except psutil.TimeoutExpired:
                proc.kill()
                proc.wait(self.grace_s)
                return FixOutcome(True, {**facts, "killed": True})
        except psutil.NoSuchProcess:
            return FixOutcome(True, {**facts, "already_closed": True})
        except psutil.AccessDenied:
            return FixOutcome(False, facts, "needs admin")
        except psutil.TimeoutExpired:
            return FixOutcome(False, facts, "failed")
