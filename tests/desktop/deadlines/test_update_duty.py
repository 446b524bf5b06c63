"""A required app whose package manager has a newer version is an update duty with the
catalogue's deadline, counted from when the update was first seen; once it is installed, the
next update starts afresh while the history stays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.catalogue.model import CatalogueApp, Deadline, InstallMethod
from desktop.deadlines.ledger import DeadlineLedger, EventKind
from desktop.deadlines.service import DeadlineService, Duty
from desktop.deadlines.update import UpdateDuty, update_duty
from tests.fakes.catalogue_data import app

MONDAY_10 = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


THREE_DAYS = Deadline(None, 3, 2, True)


def zoom(deadline: Deadline | None = THREE_DAYS) -> CatalogueApp:
    return app("zoom", "Zoom", "Zoom", "Meetings", "Video calls.",
               {"linux": InstallMethod("flatpak", "us.zoom.Zoom")}, required=True,
               deadline=deadline)


def test_only_a_required_app_with_a_deadline_has_an_update_duty() -> None:
    duty = update_duty(zoom())
    assert isinstance(duty, UpdateDuty)
    assert (duty.id, duty.name, duty.app.id) == ("zoom.update", "Zoom", "zoom")
    assert update_duty(zoom(deadline=None)) is None


def test_an_update_is_due_days_after_it_was_seen_and_each_update_starts_afresh(
        tmp_path: Path) -> None:
    clock = Clock(MONDAY_10)
    handed: list[Duty] = []
    service = DeadlineService(DeadlineLedger(tmp_path / "deadlines.sqlite3"), clock,
                              lambda duty: handed.append(duty) is None)
    duty = update_duty(zoom())
    assert duty is not None
    first = service.obligation(duty)
    assert first is not None
    assert first.due == MONDAY_10 + timedelta(days=3)
    service.defer(duty, first.options(clock.now)[0])
    assert service.obligation(duty).remaining == 1  # type: ignore[union-attr]  # has a deadline

    clock.now += timedelta(days=10)  # updated; a new update appears later
    service.done(duty)
    again = service.obligation(duty)
    assert again is not None
    assert again.due == clock.now + timedelta(days=3)
    assert again.remaining == 2
    history = service.ledger.events()
    assert [e.kind for e in history] == [EventKind.DEFERRED, EventKind.DONE]
    assert service.ledger.events(duty.id) == ()
