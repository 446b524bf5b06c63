"""The Apps page's "Deadline" row, with a faked clock: when a required app is due, how many
deferrals are left, and its history, read from the real deadline ledger through the task
runner (off the GUI thread). With $DESKMATE_SCREENSHOTS set, the page is saved there as
apps-deadline.png."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from pytestqt.qtbot import QtBot

from desktop.catalogue.install_line import ThreadInstallLine
from desktop.catalogue.install_queue import InstallQueue
from desktop.catalogue.installed_state import StateDetector
from desktop.catalogue.installer_launch import AppLauncher
from desktop.catalogue.installer_process import ProcessRunner
from desktop.catalogue.model import Catalogue, CatalogueApp, Deadline, InstallMethod
from desktop.deadlines.ledger import DeadlineLedger, DeadlineLedgerError
from desktop.deadlines.obligation import OptionKind
from desktop.deadlines.service import DeadlineService, Duty
from desktop.deadlines.standing import Standing, standing
from desktop.shell.task_runner import QtTaskRunner
from tests.fakes.catalogue_data import app
from tests.fakes.tools import FakeTools
from tests.ui.app_builder import interface_language
from ui.pages.apps_page import AppsPage

MONDAY_10 = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
FRIDAY_17 = datetime(2026, 12, 4, 17, 0, tzinfo=UTC)
ZOOM = app("zoom", "Zoom", "Zoom", "Meetings", "Video calls.",
           {"linux": InstallMethod("flatpak", "us.zoom.Zoom")}, required=True,
           deadline=Deadline(FRIDAY_17, None, 2, True))
VLC = app("vlc", "VLC", "VideoLAN", "Media", "Plays videos.",
          {"linux": InstallMethod("flatpak", "org.videolan.VLC")})


class Clock:
    now = MONDAY_10

    def __call__(self) -> datetime:
        return self.now


class Rig:
    def __init__(self, tmp_path: Path, qtbot: QtBot) -> None:
        self.clock = Clock()
        self.queued: list[str] = []
        self.service = DeadlineService(DeadlineLedger(tmp_path / "deadlines.sqlite3"),
                                       self.clock, self._enqueue)
        fakes = FakeTools(tmp_path)
        runner = ProcessRunner(fakes.env())
        detector = StateDetector("linux", runner)
        queue = InstallQueue("linux", detector, requests.Session, fakes.root / "dl",
                             fakes.root / "logs", runner)
        self.runner = QtTaskRunner()
        self.page = AppsPage(ThreadInstallLine(queue, self.runner), detector,
                             AppLauncher("linux", runner), self.runner)
        qtbot.addWidget(self.page)
        self.page.resize(900, 640)
        self.page.set_catalogue(Catalogue("Acme", (ZOOM, VLC), ()))
        self.lookup_threads: list[threading.Thread] = []
        self.answer = threading.Event()  # a slow ledger: the lookup waits for it
        self.answer.set()
        self.closed = False
        self.page.set_deadline_lookup(self._lookup)
        self.qtbot = qtbot

    def _enqueue(self, duty: Duty) -> bool:
        self.queued.append(duty.id)
        return True

    def _lookup(self, shown: CatalogueApp) -> Standing | None:
        if self.closed:
            raise DeadlineLedgerError("the test is over")
        self.lookup_threads.append(threading.current_thread())
        assert self.answer.wait(10)
        return standing(self.service, shown)

    def defer_at(self, moment: datetime) -> None:
        self.clock.now = moment
        due = self.service.obligation(ZOOM)
        assert due is not None
        choice = next(c for c in due.options(moment) if c.kind is OptionKind.IN_AN_HOUR)
        self.service.defer(ZOOM, choice)

    def row_text(self, app_id: str) -> str:
        self.page.show_app(app_id)
        self.qtbot.waitUntil(lambda: bool(self.page.detail.deadline.text()))
        self.runner.wait_for_done(10_000)
        return self.page.detail.deadline.text()


@pytest.fixture
def rig(tmp_path: Path, qtbot: QtBot) -> Iterator[Rig]:
    built = Rig(tmp_path, qtbot)
    yield built
    built.closed = True  # the page's later refreshes (state detection) read no more
    built.runner.wait_for_done(10_000)


def test_the_row_says_when_it_is_due_the_deferrals_left_and_when_it_was_put_off(
    rig: Rig,
) -> None:
    rig.service.tick(ZOOM, False, None)  # the deadline check sees Zoom missing on Monday
    rig.defer_at(MONDAY_10 + timedelta(days=1))  # Tuesday 10:00
    rig.clock.now = MONDAY_10 + timedelta(days=1)
    text = rig.row_text("zoom")
    assert text.splitlines() == [
        "IT needs it by Friday at 17:00.",
        "You can put this off once more.",
        "You put it off on Tuesday at 10:00.",
    ]
    rig.defer_at(MONDAY_10 + timedelta(days=2, hours=-3))  # Wednesday 07:00
    rig.page.show_app("vlc")
    text = rig.row_text("zoom")
    assert "You cannot put this off again." in text
    assert "You put it off on Tuesday at 10:00 and Wednesday at 07:00." in text
    detail = rig.page.detail
    assert detail.deadline.accessibleName() == "Deadline"
    assert detail.facts.isRowVisible(detail.deadline)
    assert all(t is not threading.main_thread() for t in rig.lookup_threads)
    if shots := os.environ.get("DESKMATE_SCREENSHOTS"):
        rig.page.grab().save(str(Path(shots) / "apps-deadline.png"))


def test_an_install_enforced_at_the_deadline_stays_in_the_row_after_the_round_closes(
    rig: Rig,
) -> None:
    rig.service.tick(ZOOM, False, None)
    rig.defer_at(MONDAY_10 + timedelta(days=1))
    rig.clock.now = FRIDAY_17
    countdown = rig.service.tick(ZOOM, False, None).countdown
    rig.clock.now = FRIDAY_17 + timedelta(minutes=5)
    rig.service.tick(ZOOM, False, countdown)
    assert rig.queued == ["zoom"]
    rig.service.installed(ZOOM)  # the next check finds it installed: the round closes
    rig.clock.now = FRIDAY_17 + timedelta(days=10)  # more than a week on: dates, not days
    assert rig.row_text("zoom").splitlines() == [
        "Nothing is due now.",
        "You put it off on Tuesday, 1 December 2026 at 10:00.",
        "Installed at its deadline on Friday, 4 December 2026 at 17:05, as IT requires.",
    ]


def test_an_app_without_a_deadline_has_no_row_even_when_a_late_answer_comes(
    rig: Rig,
) -> None:
    rig.answer.clear()
    rig.page.show_app("zoom")
    rig.qtbot.waitUntil(lambda: len(rig.lookup_threads) == 1)
    rig.page.show_app("vlc")  # before Zoom's deadline is read
    rig.answer.set()
    rig.runner.wait_for_done(10_000)
    rig.qtbot.wait(20)
    detail = rig.page.detail
    assert not detail.facts.isRowVisible(detail.deadline)
    assert detail.deadline.text() == ""  # Zoom's answer is not shown under VLC
    assert len(rig.lookup_threads) == 1


def test_the_row_speaks_german_with_the_deadline_bar_s_translated_sentences(
    rig: Rig,
) -> None:
    rig.service.tick(ZOOM, False, None)
    rig.defer_at(MONDAY_10 + timedelta(days=1))
    with interface_language("de"):
        text = rig.row_text("zoom")
    lines = text.splitlines()
    assert "Dienstag" in lines[2]
    assert "You can put this off" not in text
    assert "You put it off" not in text


def test_the_shown_row_is_read_again_when_the_record_changes(rig: Rig) -> None:
    rig.service.tick(ZOOM, False, None)
    assert "You can put this off 2 more times." in rig.row_text("zoom")
    rig.defer_at(MONDAY_10 + timedelta(days=1))
    rig.page.refresh_deadline()  # the deadline bridge's "recorded", wired by the app
    rig.qtbot.waitUntil(lambda: "once more" in rig.page.detail.deadline.text())
