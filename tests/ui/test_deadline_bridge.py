"""Deadlines in the app with a faked clock: the daily prompt through the attention gate, a
deferral, the countdown held by a meeting, then the install handed to the queue."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop.attention.gate import AttentionGate, MessageKind, Urgency, Verdict
from desktop.attention.quiet_hours import QuietHours
from desktop.attention.signals import BusySignal, SignalName
from desktop.catalogue.installed_state import InstallState
from desktop.catalogue.model import Catalogue, CatalogueApp, Deadline, InstallMethod
from desktop.deadlines.ledger import DeadlineLedger, EventKind
from desktop.deadlines.restart import RestartDuty, restart_duty
from desktop.shell.task_runner import QtTaskRunner
from tests.fakes.catalogue_data import app
from ui.attention_bridge import AttentionBridge
from ui.deadline_bar import DeadlineBar
from ui.deadline_bridge import DeadlineBridge
from ui.tray import TrayIcon

MONDAY_10 = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
FRIDAY_17 = datetime(2026, 12, 4, 17, 0, tzinfo=UTC)
ZOOM = app("zoom", "Zoom", "Zoom", "Meetings", "Video calls.",
           {"linux": InstallMethod("flatpak", "us.zoom.Zoom")}, required=True,
           deadline=Deadline(FRIDAY_17, None, 2, True))
ZOOM_DAYS = app("zoom", "Zoom", "Zoom", "Meetings", "Video calls.",
                {"linux": InstallMethod("flatpak", "us.zoom.Zoom")}, required=True,
                deadline=Deadline(None, 3, 2, True))


class Clock:
    now = MONDAY_10

    def __call__(self) -> datetime:
        return self.now


class Camera:
    signal = SignalName.CAMERA
    active = False

    def detect(self) -> Sequence[BusySignal]:
        return (BusySignal(self.signal, self.active, "set by the test"),)


def missing(apps: Iterable[CatalogueApp]) -> Mapping[str, InstallState]:
    return {a.id: InstallState.NOT_INSTALLED for a in apps}


class Rig:
    def __init__(self, tmp_path: Path, qtbot: QtBot) -> None:
        self.clock = Clock()
        self.camera = Camera()
        self.runner = QtTaskRunner()
        self.tray = TrayIcon(QColor("#336699"))
        self.notes: list[tuple[str, str]] = []
        # The OS notification is the boundary: record what would be shown.
        self.tray.notify = (  # type: ignore[method-assign]  # a fake at the OS boundary
            lambda title, message, problem=False: self.notes.append((title, message)))
        self.decisions: list[tuple[MessageKind, Urgency, Verdict]] = []
        gate = AttentionGate(QuietHours(), self.clock, on_decision=lambda m, d: (
            self.decisions.append((m.kind, m.effective_urgency, d.verdict))))
        self.attention = AttentionBridge(gate, [self.camera], self.runner, self.tray)
        self.bar = DeadlineBar()
        qtbot.addWidget(self.bar)
        self.ledger = DeadlineLedger(tmp_path / "deadlines.sqlite3")
        self.restart()
        self.installs: list[str] = []
        self.bridge.install_due.connect(lambda a: self.installs.append(a.id))
        self.qtbot = qtbot

    def restart(self, apps: tuple[CatalogueApp, ...] = (ZOOM,),
                os_restart: Callable[[], RestartDuty | None] | None = None) -> None:
        """A new bridge over the same files, as after quitting and starting Deskmate again."""
        catalogue = Catalogue("Acme", apps, ())
        self.bridge = DeadlineBridge(DeadlineLedger(self.ledger.path), self.clock,
                                     lambda: catalogue, missing, [self.camera], self.attention,
                                     self.bar, self.runner, os_restart=os_restart)

    def check(self) -> None:
        self.bridge.check()
        self.qtbot.waitUntil(lambda: not self.bridge._busy)
        self.runner.wait_for_done(10_000)
        self.qtbot.wait(20)


@pytest.fixture
def rig(tmp_path: Path, qtbot: QtBot) -> Iterator[Rig]:
    built = Rig(tmp_path, qtbot)
    yield built
    built.runner.wait_for_done(10_000)


def test_first_day_no_prompt_then_daily_prompt_and_a_deferral(rig: Rig) -> None:
    rig.check()
    assert rig.bar.isHidden()  # the first day: a badge at most, no prompt
    rig.clock.now = MONDAY_10 + timedelta(days=1)
    rig.check()
    assert not rig.bar.isHidden()
    assert "You can put this off 2 more times" in rig.bar.text.text()
    rig.qtbot.waitUntil(lambda: len(rig.notes) == 1)
    assert rig.notes[0][0] == "IT needs Zoom on this computer"
    button = next(b for b in rig.bar.findChildren(type(rig.bar.now_button))
                  if b.text() == "In 1 hour")
    button.click()
    rig.runner.wait_for_done(10_000)
    assert [e.kind for e in rig.ledger.events("zoom")] == [
        EventKind.DAILY_PROMPT, EventKind.PROMPTED, EventKind.DEFERRED]
    rig.clock.now += timedelta(minutes=30)
    rig.check()
    assert len(rig.notes) == 1  # deferred: no prompt yet
    rig.clock.now += timedelta(minutes=31)
    rig.check()
    rig.qtbot.waitUntil(lambda: len(rig.notes) == 2)
    assert "You can put this off once more" in rig.bar.text.text()
    assert "You put it off on Tuesday at 10:00." in rig.bar.text.text()  # the history


def test_the_last_hour_prompt_passes_dnd_but_waits_for_a_meeting(rig: Rig) -> None:
    rig.check()  # first seen
    rig.clock.now = FRIDAY_17 - timedelta(minutes=30)
    rig.camera.active = True
    rig.check()
    rig.qtbot.waitUntil(lambda: len(rig.decisions) == 1)
    assert rig.decisions == [(MessageKind.REQUIRED_INSTALL, Urgency.LAST_HOUR, Verdict.HOLD)]
    assert rig.notes == []


def test_the_countdown_waits_for_the_meeting_then_installs(rig: Rig) -> None:
    rig.check()
    rig.clock.now = FRIDAY_17
    rig.camera.active = True
    rig.check()
    assert rig.installs == []
    assert rig.bar.isHidden()
    rig.camera.active = False
    rig.clock.now = FRIDAY_17 + timedelta(minutes=20)
    rig.check()
    assert rig.bar.text.text().startswith("<b>Zoom</b> installs in 5:00")
    rig.clock.now += timedelta(minutes=2, seconds=15)
    rig.check()
    assert rig.bar.text.text().startswith("<b>Zoom</b> installs in 2:45")
    rig.clock.now += timedelta(minutes=3)
    rig.check()
    rig.qtbot.waitUntil(lambda: rig.installs == ["zoom"])
    assert rig.bar.isHidden()
    assert [e.kind for e in rig.ledger.events("zoom")] == [EventKind.ENFORCED]


def test_do_it_now(rig: Rig) -> None:
    rig.check()
    rig.clock.now = FRIDAY_17
    rig.check()
    rig.bar.now_button.click()
    rig.qtbot.waitUntil(lambda: rig.installs == ["zoom"])
    rig.runner.wait_for_done(10_000)
    assert [e.kind for e in rig.ledger.events("zoom")] == [EventKind.STARTED_NOW]


@pytest.mark.allow_log_warnings  # the unusable ledger is logged, once
def test_an_unusable_ledger_is_said_once_and_nothing_breaks(
    tmp_path: Path, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    built = Rig(tmp_path, qtbot)
    built.bridge.service.ledger = DeadlineLedger(tmp_path / "missing-folder" / "d.sqlite3")
    built.clock.now = MONDAY_10 + timedelta(days=1)
    built.check()
    built.check()
    assert built.bar.isHidden()
    assert [r.getMessage() for r in caplog.records if r.levelname == "WARNING"] == [
        "Deadline ledger unusable"]
    built.runner.wait_for_done(10_000)


def test_past_a_deadline_it_does_not_enforce_the_bar_says_so(tmp_path: Path, qtbot: QtBot) -> None:
    built = Rig(tmp_path, qtbot)
    relaxed = app("zoom", "Zoom", "Zoom", "Meetings", "Video calls.",
                  {"linux": InstallMethod("flatpak", "us.zoom.Zoom")}, required=True,
                  deadline=Deadline(FRIDAY_17, None, 2, False))
    catalogue = Catalogue("Acme", (relaxed,), ())
    built.bridge._catalogue = lambda: catalogue
    built.clock.now = FRIDAY_17 + timedelta(hours=2)
    built.check()
    assert built.bar.text.text() == ("IT needed <b>Zoom</b> on this computer by Friday at 17:00, "
                                     "and it is not installed yet.")
    assert built.installs == []
    assert [e.kind for e in built.ledger.events("zoom")] == [EventKind.BECAME_PROBLEM]
    assert built.bridge.overdue() == ("Zoom",)  # the Health page's "Required apps" problem
    built.runner.wait_for_done(10_000)


def test_the_daily_prompt_is_remembered_across_a_restart(rig: Rig) -> None:
    rig.check()
    rig.clock.now = MONDAY_10 + timedelta(days=1)
    rig.check()
    rig.qtbot.waitUntil(lambda: len(rig.notes) == 1)
    rig.restart()
    rig.clock.now += timedelta(hours=2)
    rig.check()
    rig.qtbot.wait(100)
    assert len(rig.notes) == 1  # once a day, whatever happened in between
    rig.clock.now = MONDAY_10 + timedelta(days=2, minutes=1)
    rig.check()
    rig.qtbot.waitUntil(lambda: len(rig.notes) == 2)


def test_the_last_24_hours_bring_a_home_banner(rig: Rig) -> None:
    banners: list[tuple[tuple[str, str], ...]] = []
    rig.bridge.last_day_changed.connect(banners.append)
    rig.check()
    assert banners == [()]  # days away: no banner
    rig.clock.now = FRIDAY_17 - timedelta(hours=20)
    rig.check()
    assert banners[-1] == (("IT needs Zoom within a day", "You can put this off 2 more times; "
                            "it will install on Friday at 17:00 if not done."),)
    rig.clock.now = FRIDAY_17 + timedelta(minutes=1)
    rig.camera.active = True  # due and busy: the countdown waits; the banner is gone
    rig.check()
    assert banners[-1] == ()


def test_a_pending_restart_has_its_deadline_and_is_handed_on_not_installed(
        rig: Rig, tmp_path: Path) -> None:
    flag = tmp_path / "reboot-required"
    flag.write_text("*** System restart required ***\n", encoding="utf-8")
    os.utime(flag, (MONDAY_10.timestamp(), MONDAY_10.timestamp()))
    rig.restart((), lambda: restart_duty(flag, Deadline(None, 3, 2, True),
                                         "Restart after updates"))
    restarts: list[RestartDuty] = []
    rig.bridge.restart_due.connect(restarts.append)
    rig.check()
    rig.clock.now = MONDAY_10 + timedelta(days=1, hours=1)
    rig.check()
    assert rig.bar.text.text() == (
        "IT needs this computer restarted to finish installing updates. You can put this off "
        "2 more times; it will restart on Thursday at 10:00 if not done.")
    assert rig.bar.now_button.text() == "Restart now"
    rig.qtbot.waitUntil(lambda: len(rig.notes) == 1)
    assert rig.notes[0][0] == "IT needs this computer restarted"
    rig.clock.now = MONDAY_10 + timedelta(days=3)
    rig.check()
    assert rig.bar.text.text().startswith("This computer restarts in 5:00")
    rig.clock.now += timedelta(minutes=5)
    rig.check()
    rig.qtbot.waitUntil(lambda: len(restarts) == 1)
    assert restarts[0].id == f"os.restart.{int(MONDAY_10.timestamp())}"
    assert rig.installs == []


def test_an_update_of_a_required_app_has_its_deadline_and_is_handed_on_as_an_update(
        rig: Rig) -> None:
    state = {"zoom": InstallState.UPDATE_AVAILABLE}
    rig.restart((ZOOM_DAYS,))
    rig.bridge._detect_all = lambda apps: dict(state)
    updates: list[str] = []
    rig.bridge.update_due.connect(lambda a: updates.append(a.id))
    rig.check()
    rig.clock.now = MONDAY_10 + timedelta(days=1, hours=1)
    rig.check()
    assert rig.bar.text.text() == (
        "IT needs the update of <b>Zoom</b> on this computer. You can put this off 2 more "
        "times; it will update on Thursday at 10:00 if not done.")
    assert rig.bar.now_button.text() == "Update now"
    rig.qtbot.waitUntil(lambda: len(rig.notes) == 1)
    assert rig.notes[0][0] == "IT needs Zoom updated"
    rig.clock.now = MONDAY_10 + timedelta(days=3)
    rig.check()
    assert rig.bar.text.text().startswith("<b>Zoom</b> updates in 5:00")
    rig.clock.now += timedelta(minutes=5)
    rig.check()
    rig.qtbot.waitUntil(lambda: updates == ["zoom"])
    assert rig.installs == []
    state["zoom"] = InstallState.INSTALLED  # updated: the round closes
    rig.check()
    rig.runner.wait_for_done(10_000)
    assert rig.ledger.events("zoom.update") == ()
    assert not rig.ledger.seen("zoom.update")


def test_a_required_app_removed_after_its_deadline_gets_a_fresh_grace_period(rig: Rig) -> None:
    """Installed before Friday's deadline, removed on the next Monday: not a countdown at once,
    but the same gentle escalation again, counted from when the removal was seen."""
    state = {"zoom": InstallState.NOT_INSTALLED}
    rig.bridge._detect_all = lambda apps: dict(state)
    rig.check()  # Monday: missing, Friday's deadline
    rig.clock.now = MONDAY_10 + timedelta(days=1)
    rig.check()
    state["zoom"] = InstallState.INSTALLED  # installed on Tuesday
    rig.clock.now = MONDAY_10 + timedelta(days=2)
    rig.check()
    removed = MONDAY_10 + timedelta(days=7)  # removed after Friday
    state["zoom"] = InstallState.NOT_INSTALLED
    rig.clock.now = removed
    rig.check()
    assert rig.bar.isHidden()  # the first day again: a badge, no countdown
    assert rig.installs == []
    again = rig.bridge.service.obligation(ZOOM)
    assert again is not None
    assert again.due == removed + timedelta(days=3)
    assert again.remaining == 2  # the deferrals are counted afresh
    rig.clock.now = removed + timedelta(days=3)
    rig.check()
    assert rig.bar.text.text().startswith("<b>Zoom</b> installs in 5:00")


def test_an_app_installed_before_it_was_ever_missing_gets_the_grace_period_too(rig: Rig) -> None:
    state = {"zoom": InstallState.INSTALLED}
    rig.bridge._detect_all = lambda apps: dict(state)
    rig.check()  # installed from the start: no round, nothing recorded
    assert rig.ledger.events("zoom") == ()
    state["zoom"] = InstallState.NOT_INSTALLED
    rig.clock.now = FRIDAY_17 + timedelta(hours=1)
    rig.check()
    assert rig.bar.isHidden()
    assert rig.bridge.service.obligation(ZOOM).due == rig.clock.now + timedelta(days=3)  # type: ignore[union-attr]  # it has a deadline


def test_the_bar_goes_once_the_app_is_installed_another_way(rig: Rig) -> None:
    state = {"zoom": InstallState.NOT_INSTALLED}
    rig.bridge._detect_all = lambda apps: dict(state)
    rig.check()
    rig.clock.now = MONDAY_10 + timedelta(days=1)
    rig.check()
    assert not rig.bar.isHidden()  # the daily prompt
    state["zoom"] = InstallState.INSTALLED  # installed from the Apps page
    rig.clock.now += timedelta(minutes=1)
    rig.check()
    assert rig.bar.isHidden()
    assert [e.kind for e in rig.ledger.events("zoom")] == []  # the round is closed: history


def test_a_held_update_prompt_reads_as_news_in_the_summary(rig: Rig) -> None:
    rig.restart((ZOOM_DAYS,))
    rig.bridge._detect_all = lambda apps: {"zoom": InstallState.UPDATE_AVAILABLE}
    rig.check()
    rig.clock.now = MONDAY_10 + timedelta(days=1, hours=1)
    rig.camera.active = True
    rig.check()
    rig.qtbot.waitUntil(lambda: len(rig.attention.gate.held) == 1)
    rig.camera.active = False
    with rig.qtbot.waitSignal(rig.attention.summary_shown, timeout=5000):
        rig.attention.recheck()
    assert rig.notes == [("While you were in a meeting", "Zoom has an update")]


def test_a_deferral_tells_the_apps_page_once_it_is_recorded(rig: Rig) -> None:
    rig.check()
    rig.clock.now = MONDAY_10 + timedelta(days=1)
    rig.check()
    used: list[int] = []  # what the Apps page's "Deadline" row would read on each signal
    rig.bridge.recorded.connect(lambda: used.append(rig.ledger.deferrals_used("zoom")))
    button = next(b for b in rig.bar.findChildren(type(rig.bar.now_button))
                  if b.text() == "In 1 hour")
    button.click()
    rig.qtbot.waitUntil(lambda: used == [1])
