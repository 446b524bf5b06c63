"""A required app's standing, read for the Apps page: reading never opens a round, closed rounds
keep their history, and an update round is told apart from the install."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.catalogue.model import Deadline, InstallMethod
from desktop.deadlines.ledger import DeadlineEvent, DeadlineLedger, EventKind
from desktop.deadlines.service import DeadlineService
from desktop.deadlines.standing import PastEvent, standing
from desktop.deadlines.update import update_duty
from tests.fakes.catalogue_data import app

MONDAY_10 = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
ZOOM = app("zoom", "Zoom", "Zoom", "Meetings", "Video calls.",
           {"linux": InstallMethod("flatpak", "us.zoom.Zoom")}, required=True,
           deadline=Deadline(None, 3, 2, True))
ZOOMX = app("zoomx", "ZoomX", "Zoom", "Meetings", "Not Zoom.",
            {"linux": InstallMethod("flatpak", "us.zoom.ZoomX")}, required=True,
            deadline=Deadline(None, 3, 2, True))


def service(tmp_path: Path) -> DeadlineService:
    return DeadlineService(DeadlineLedger(tmp_path / "d.sqlite3"), lambda: MONDAY_10,
                           lambda duty: True)


def test_reading_an_app_never_seen_missing_opens_no_round(tmp_path: Path) -> None:
    found = standing(service(tmp_path), ZOOM)
    assert found is not None
    assert found.open_round is None
    assert found.history == ()
    assert not service(tmp_path).ledger.seen("zoom")


def test_history_spans_closed_rounds_and_keeps_apart_apps_and_updates(tmp_path: Path) -> None:
    deadlines = service(tmp_path)
    ledger = deadlines.ledger
    ledger.first_seen("zoom", MONDAY_10)
    ledger.record(DeadlineEvent("zoom", MONDAY_10, EventKind.DEFERRED, MONDAY_10))
    ledger.record(DeadlineEvent("zoom", MONDAY_10 + timedelta(days=3), EventKind.ENFORCED))
    ledger.close("zoom", MONDAY_10 + timedelta(days=3, minutes=1))
    ledger.record(DeadlineEvent("zoomx", MONDAY_10, EventKind.DEFERRED, MONDAY_10))
    update = update_duty(ZOOM)
    assert update is not None
    ledger.first_seen(update.id, MONDAY_10 + timedelta(days=5))
    ledger.record(DeadlineEvent(update.id, MONDAY_10 + timedelta(days=6), EventKind.DEFERRED,
                                MONDAY_10))
    found = standing(deadlines, ZOOM)
    assert found is not None
    assert found.history == (
        PastEvent(MONDAY_10, EventKind.DEFERRED, False),
        PastEvent(MONDAY_10 + timedelta(days=3), EventKind.ENFORCED, False),
        PastEvent(MONDAY_10 + timedelta(days=6), EventKind.DEFERRED, True),
    )
    assert found.open_is_update
    assert found.open_round is not None
    assert found.open_round.remaining == 1


def test_an_app_without_a_required_deadline_has_no_standing(tmp_path: Path) -> None:
    assert standing(service(tmp_path), app("vlc", "VLC", "VideoLAN", "Media", "Videos.", {})) \
        is None
