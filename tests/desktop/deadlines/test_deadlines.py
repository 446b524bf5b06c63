"""A required app with a deadline, the clock faked: deferral choices, the count going down,
escalation in the last 24 hours, the countdown, and the install through the real queue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.catalogue.install_queue import InstallQueue
from desktop.catalogue.installed_state import InstallState
from desktop.catalogue.model import CatalogueApp, Deadline, InstallMethod
from desktop.deadlines.ledger import DeadlineLedger, EventKind
from desktop.deadlines.obligation import COUNTDOWN, Countdown, OptionKind, Stage
from desktop.deadlines.service import DeadlineService, NoDeferralLeft, Step
from tests.desktop.test_install_queue import make_queue
from tests.fakes.catalogue_data import app
from tests.fakes.tools import FakeTools

MONDAY_10 = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
FRIDAY_17 = datetime(2026, 12, 4, 17, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def zoom(enforce: bool = True, max_deferrals: int = 3) -> CatalogueApp:
    return app("zoom", "Zoom", "Zoom", "Meetings", "Video calls.",
               {"linux": InstallMethod("flatpak", "us.zoom.Zoom")}, required=True,
               deadline=Deadline(FRIDAY_17, None, max_deferrals, enforce))


@pytest.fixture
def fakes(tmp_path: Path) -> FakeTools:
    return FakeTools(tmp_path)


@pytest.fixture
def queue(fakes: FakeTools) -> InstallQueue:
    return make_queue(fakes, "linux")


def service(tmp_path: Path, clock: Clock, queue: InstallQueue) -> DeadlineService:
    return DeadlineService(DeadlineLedger(tmp_path / "deadlines.sqlite3"), clock, queue.enqueue)


def test_concrete_choices_and_the_count_going_down(tmp_path: Path, queue: InstallQueue) -> None:
    clock = Clock(MONDAY_10)
    deadlines = service(tmp_path, clock, queue)
    target = zoom()
    first = deadlines.obligation(target)
    assert first is not None
    assert first.remaining == 3
    assert [(o.kind, o.until) for o in first.options(clock.now)] == [
        (OptionKind.IN_AN_HOUR, MONDAY_10 + timedelta(hours=1)),
        (OptionKind.TONIGHT, MONDAY_10.replace(hour=18)),
        (OptionKind.TOMORROW_MORNING, datetime(2026, 12, 1, 9, 0, tzinfo=UTC)),
    ]
    remaining = []
    for _ in range(3):
        current = deadlines.obligation(target)
        assert current is not None
        choice = current.options(clock.now)[0]
        remaining.append(deadlines.defer(target, choice).remaining)
        clock.now = choice.until
    assert remaining == [2, 1, 0]
    spent = deadlines.obligation(target)
    assert spent is not None
    assert spent.options(clock.now) == ()
    with pytest.raises(NoDeferralLeft):
        deadlines.defer(target, first.options(MONDAY_10)[0])
    kinds = [e.kind for e in deadlines.ledger.events("zoom")]
    assert kinds == [EventKind.DEFERRED] * 3


def test_no_choice_reaches_past_the_deadline(tmp_path: Path, queue: InstallQueue) -> None:
    clock = Clock(FRIDAY_17 - timedelta(hours=3))  # Friday 14:00
    current = service(tmp_path, clock, queue).obligation(zoom())
    assert current is not None
    assert [o.kind for o in current.options(clock.now)] == [OptionKind.IN_AN_HOUR]
    assert not current.in_last_hour(clock.now)
    assert current.in_last_hour(FRIDAY_17 - timedelta(minutes=30))


def test_escalation_badge_then_daily_prompt_then_last_day(
    tmp_path: Path, queue: InstallQueue
) -> None:
    clock = Clock(MONDAY_10)
    deadlines = service(tmp_path, clock, queue)
    target = zoom()

    def stage_at(moment: datetime) -> Stage:
        clock.now = moment
        current = deadlines.obligation(target)
        assert current is not None
        return current.stage(moment)

    assert stage_at(MONDAY_10) is Stage.BADGE
    assert stage_at(MONDAY_10 + timedelta(hours=23)) is Stage.BADGE
    assert stage_at(MONDAY_10 + timedelta(days=1)) is Stage.DAILY_PROMPT
    assert stage_at(FRIDAY_17 - timedelta(hours=25)) is Stage.DAILY_PROMPT
    assert stage_at(FRIDAY_17 - timedelta(hours=24)) is Stage.LAST_DAY
    assert stage_at(FRIDAY_17) is Stage.DUE
    current = deadlines.obligation(target)
    assert current is not None
    tuesday = MONDAY_10 + timedelta(days=1)
    assert current.should_prompt(tuesday, None)
    assert not current.should_prompt(tuesday + timedelta(hours=2), tuesday)  # once a day
    assert current.should_prompt(tuesday + timedelta(days=1), tuesday)


def test_a_deferral_brings_the_prompt_back_when_it_runs_out(
    tmp_path: Path, queue: InstallQueue
) -> None:
    clock = Clock(MONDAY_10)
    deadlines = service(tmp_path, clock, queue)
    target = zoom()
    deadlines.obligation(target)  # first seen on Monday
    clock.now = tuesday = MONDAY_10 + timedelta(days=1)
    current = deadlines.obligation(target)
    assert current is not None
    hour = current.options(clock.now)[0]
    after = deadlines.defer(target, hour)
    assert not after.should_prompt(tuesday + timedelta(minutes=30), tuesday)
    assert after.should_prompt(hour.until, tuesday)


def test_at_the_deadline_busy_waits_then_a_countdown_then_the_queue_installs(
    tmp_path: Path, fakes: FakeTools, queue: InstallQueue
) -> None:
    clock = Clock(MONDAY_10)
    deadlines = service(tmp_path, clock, queue)
    target = zoom(enforce=True)
    assert deadlines.tick(target, busy=False, countdown=None).step is Step.NOTHING
    clock.now = FRIDAY_17
    assert deadlines.tick(target, busy=True, countdown=None).step is Step.WAIT
    clock.now = FRIDAY_17 + timedelta(minutes=40)  # the meeting ended
    started = deadlines.tick(target, busy=False, countdown=None)
    assert started.step is Step.COUNTDOWN
    assert started.countdown == Countdown(clock.now)
    clock.now += timedelta(minutes=3)
    running = deadlines.tick(target, busy=False, countdown=started.countdown)
    assert running.step is Step.COUNTDOWN
    assert running.countdown is not None
    assert running.countdown.left(clock.now) == COUNTDOWN - timedelta(minutes=3)
    assert queue.queued() == ()
    clock.now += timedelta(minutes=2)
    assert deadlines.tick(target, busy=False, countdown=running.countdown).step is Step.INSTALLING
    assert queue.queued() == ("zoom",)
    result = queue.run_next(lambda _progress: None)
    assert result is not None
    assert result.ok, result.message
    assert result.state is InstallState.INSTALLED
    assert any(call[0] == "install" and call[-1] == "us.zoom.Zoom"
               for call in fakes.calls("flatpak"))
    assert [e.kind for e in deadlines.ledger.events("zoom")] == [EventKind.ENFORCED]


def test_do_it_now_during_the_countdown(tmp_path: Path, queue: InstallQueue) -> None:
    clock = Clock(FRIDAY_17)
    deadlines = service(tmp_path, clock, queue)
    assert deadlines.start_now(zoom())
    assert queue.queued() == ("zoom",)
    assert [e.kind for e in deadlines.ledger.events()] == [EventKind.STARTED_NOW]


def test_not_enforced_becomes_a_health_problem_once(tmp_path: Path, queue: InstallQueue) -> None:
    clock = Clock(FRIDAY_17 + timedelta(hours=1))
    deadlines = service(tmp_path, clock, queue)
    target = zoom(enforce=False)
    assert deadlines.tick(target, busy=False, countdown=None).step is Step.PROBLEM
    assert deadlines.tick(target, busy=False, countdown=None).step is Step.PROBLEM
    assert queue.queued() == ()
    assert [e.kind for e in deadlines.ledger.events()] == [EventKind.BECAME_PROBLEM]


def test_days_after_publish_counts_from_first_seen(tmp_path: Path, queue: InstallQueue) -> None:
    clock = Clock(MONDAY_10)
    deadlines = service(tmp_path, clock, queue)
    target = app("vpn", "VPN", "IT", "Network", "", {"linux": InstallMethod("apt", "vpn")},
                 required=True, deadline=Deadline(None, 7, 2, False))
    current = deadlines.obligation(target)
    assert current is not None
    assert current.due == MONDAY_10 + timedelta(days=7)
    clock.now += timedelta(days=3)  # a later look does not move it
    later = deadlines.obligation(target)
    assert later is not None
    assert later.due == current.due
