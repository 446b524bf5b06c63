"""A pending OS restart (Debian/Ubuntu's /var/run/reboot-required) under a policy deadline,
with the clock faked: the same deferrals and escalation as a required app, and at an enforced
deadline the restart is handed on, never an install."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.catalogue.model import Deadline
from desktop.deadlines.ledger import DeadlineLedger, EventKind
from desktop.deadlines.obligation import Stage
from desktop.deadlines.restart import RestartDuty, pending_restart, restart_duty
from desktop.deadlines.service import DeadlineService, Duty, Step

MONDAY_10 = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _flag(tmp_path: Path, when: datetime, packages: str = "") -> Path:
    flag = tmp_path / "reboot-required"
    flag.write_text("*** System restart required ***\n", encoding="utf-8")
    os.utime(flag, (when.timestamp(), when.timestamp()))
    if packages:
        (tmp_path / "reboot-required.pkgs").write_text(packages, encoding="utf-8")
    return flag


def test_no_flag_no_pending_restart(tmp_path: Path) -> None:
    assert pending_restart(tmp_path / "reboot-required") is None
    assert restart_duty(tmp_path / "reboot-required", Deadline(None, 7, 3, True)) is None


def test_the_flag_says_since_when_and_which_updates(tmp_path: Path) -> None:
    flag = _flag(tmp_path, MONDAY_10, "linux-image-6.8.0-50\nlibc6\nlibc6\n")
    pending = pending_restart(flag)
    assert pending is not None
    assert pending.since == MONDAY_10
    assert pending.packages == ("libc6", "linux-image-6.8.0-50")
    duty = restart_duty(flag, Deadline(None, 7, 3, True))
    assert isinstance(duty, RestartDuty)
    assert duty.id == f"os.restart.{int(MONDAY_10.timestamp())}"  # one obligation per restart
    assert duty.required
    assert duty.deadline == Deadline(None, 7, 3, True)


def test_a_restart_deadline_is_deferred_escalated_and_enforced(tmp_path: Path) -> None:
    clock = Clock(MONDAY_10)
    handed: list[Duty] = []
    service = DeadlineService(DeadlineLedger(tmp_path / "deadlines.sqlite3"), clock,
                              lambda duty: handed.append(duty) is None)
    duty = restart_duty(_flag(tmp_path, MONDAY_10), Deadline(None, 3, 2, True))
    assert duty is not None
    first = service.obligation(duty)
    assert first is not None
    assert first.due == MONDAY_10 + timedelta(days=3)
    clock.now += timedelta(days=1, hours=1)
    assert first.stage(clock.now) is Stage.DAILY_PROMPT
    service.defer(duty, first.options(clock.now)[0])
    assert service.obligation(duty).remaining == 1  # type: ignore[union-attr]  # has a deadline
    clock.now = MONDAY_10 + timedelta(days=3)
    assert service.tick(duty, busy=True, countdown=None).step is Step.WAIT
    counting = service.tick(duty, busy=False, countdown=None)
    assert counting.step is Step.COUNTDOWN
    clock.now += timedelta(minutes=5)
    assert service.tick(duty, busy=False, countdown=counting.countdown).step is Step.INSTALLING
    assert handed == [duty]
    kinds = [e.kind for e in service.ledger.events(duty.id)]
    assert kinds == [EventKind.DEFERRED, EventKind.ENFORCED]
