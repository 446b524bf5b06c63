"""Tray messages in the real app ask the attention gate: held while busy, badge on, one summary
when free (switchable fake detectors; the real Linux ones are tested in tests/desktop)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from desktop.activity.entry import ActivityKind
from desktop.app.graph import Application
from desktop.attention.gate import HeldSummary, Message, MessageKind
from desktop.attention.quiet_hours import QuietHours, QuietHoursDetector
from desktop.attention.signals import BusySignal, SignalName
from desktop.catalogue.install_queue import InstallResult
from desktop.catalogue.installed_state import InstallState
from desktop.catalogue.model import Announcement, Deadline, InstallMethod
from desktop.deadlines.restart import PendingRestart, RestartDuty
from desktop.helpdesk.connector import RemoteStatus
from desktop.helpdesk.outbox import StatusChange
from tests.fakes import catalogue_data
from tests.ui.app_builder import build_application

Notes = list[tuple[str, str, bool]]


class Switch:
    """A detector whose answer the test sets, as a full-screen window opening and closing."""

    def __init__(self, signal: SignalName) -> None:
        self.signal = signal
        self.active = False

    def detect(self) -> Sequence[BusySignal]:
        return (BusySignal(self.signal, self.active, "set by the test"),)


@pytest.fixture
def built(tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
          ) -> Iterator[tuple[Application, Notes, dict[SignalName, Switch]]]:
    policy = tmp_path / "policy.toml"
    policy.write_text("", encoding="utf-8")
    switches = {name: Switch(name) for name in SignalName}
    app = build_application(tmp_path / "profile", policy, detectors=tuple(switches.values()))
    qtbot.addWidget(app.window)
    notes: Notes = []
    monkeypatch.setattr(app.tray, "notify",
                        lambda title, text, problem=False: notes.append((title, text, problem)))
    yield app, notes, switches
    app.shutdown()


def _answered(app: Application) -> None:
    app.helpdesk_bridge.status_changed.emit(StatusChange(
        "k1", "[Deskmate] Printer jams", RemoteStatus.OPEN, RemoteStatus.RESOLVED, None))


def _settle(app: Application, qtbot: QtBot) -> None:
    app.runner.wait_for_done(10_000)
    qtbot.wait(50)


def test_a_request_update_waits_for_the_end_of_full_screen(
    built: tuple[Application, Notes, dict[SignalName, Switch]], qtbot: QtBot
) -> None:
    app, notes, switches = built
    switches[SignalName.FULLSCREEN].active = True
    _answered(app)
    qtbot.waitUntil(lambda: len(app.attention.gate.held) == 1)
    assert notes == []
    assert app.tray.badged()
    app.attention.recheck()  # still full screen: nothing yet
    _settle(app, qtbot)
    assert notes == []
    switches[SignalName.FULLSCREEN].active = False
    with qtbot.waitSignal(app.attention.summary_shown, timeout=5000):
        app.attention.recheck()
    assert notes == [("While you were in full screen",
                      "IT resolved your request “Printer jams”", False)]
    assert not app.tray.badged()
    qtbot.waitUntil(lambda: len(app.core.ledger().entries(kind=ActivityKind.ATTENTION)) == 2)
    recorded = app.core.ledger().entries(kind=ActivityKind.ATTENTION)
    assert [(e.purpose, e.detail["message_kind"], e.detail.get("busy")) for e in recorded] == [
        ("hold", "request_update", ["fullscreen"]), ("summary", "request_update", None)]
    assert "Printer" not in repr([e.detail for e in recorded])


def test_held_messages_of_a_meeting_come_back_as_one_summary(
    built: tuple[Application, Notes, dict[SignalName, Switch]], qtbot: QtBot
) -> None:
    app, notes, switches = built
    switches[SignalName.CAMERA].active = True
    _answered(app)
    app._on_problems_found("Your disk is nearly full", "2 GB left")
    qtbot.waitUntil(lambda: len(app.attention.gate.held) == 2)
    switches[SignalName.CAMERA].active = False
    with qtbot.waitSignal(app.attention.summary_shown, timeout=5000):
        app.attention.recheck()
    assert len(notes) == 1
    title, text, problem = notes[0]
    assert title == "While you were in a meeting"
    assert text == "IT resolved your request “Printer jams”; Your disk is nearly full"
    assert problem  # one of them is a problem: the summary is shown as a warning


def test_the_summary_reads_like_one_sentence_of_what_happened(
    built: tuple[Application, Notes, dict[SignalName, Switch]], qtbot: QtBot
) -> None:
    """The issue's example: "While you were in a meeting: IT answered your request; Zoom has
    an update"."""
    app, notes, switches = built
    switches[SignalName.MICROPHONE].active = True
    app.helpdesk_bridge.status_changed.emit(StatusChange(
        "k1", "[Deskmate] Printer jams", RemoteStatus.OPEN, RemoteStatus.WAITING_FOR_YOU,
        "Could you try again now?"))
    app.attention.offer(Message(MessageKind.UPDATE_PROMPT, "IT needs Zoom updated",
                                "You can put this off 2 more times", headline="Zoom has an update"))
    qtbot.waitUntil(lambda: len(app.attention.gate.held) == 2)
    switches[SignalName.MICROPHONE].active = False
    with qtbot.waitSignal(app.attention.summary_shown, timeout=5000):
        app.attention.recheck()
    assert notes == [("While you were in a meeting",
                      "IT answered your request “Printer jams”; Zoom has an update", False)]


def test_a_held_install_result_reads_as_its_outcome_not_deskmate(
    built: tuple[Application, Notes, dict[SignalName, Switch]], qtbot: QtBot, tmp_path: Path
) -> None:
    app, notes, switches = built
    switches[SignalName.FULLSCREEN].active = True
    app._on_install_finished(InstallResult("firefox", "cancelled", InstallState.NOT_INSTALLED,
                                           "", tmp_path / "install.log"))
    qtbot.waitUntil(lambda: len(app.attention.gate.held) == 1)
    switches[SignalName.FULLSCREEN].active = False
    with qtbot.waitSignal(app.attention.summary_shown, timeout=5000):
        app.attention.recheck()
    assert notes == [("While you were in full screen", "The install was cancelled.", True)]


def test_not_busy_shows_at_once(
    built: tuple[Application, Notes, dict[SignalName, Switch]], qtbot: QtBot
) -> None:
    app, notes, _switches = built
    _answered(app)
    qtbot.waitUntil(lambda: len(notes) == 1)
    assert notes[0][0] == "Your request was updated"
    assert not app.tray.badged()


def test_a_summary_held_for_several_reasons_names_them_all(
    built: tuple[Application, Notes, dict[SignalName, Switch]]
) -> None:
    app = built[0]
    update = Message(MessageKind.UPDATE_PROMPT, "Zoom has an update", "")
    three = (update, Message(MessageKind.UPDATE_PROMPT, "Slack has an update", ""),
             Message(MessageKind.UPDATE_PROMPT, "Firefox has an update", ""))
    title = app.attention.summary_title
    assert title(HeldSummary(three, frozenset({SignalName.CAMERA, SignalName.FULLSCREEN}))) == (
        "3 messages held during your meeting and presentation")
    assert title(HeldSummary(three[:2], frozenset({
        SignalName.MICROPHONE, SignalName.DO_NOT_DISTURB, SignalName.QUIET_HOURS}))) == (
        "2 messages held during your meeting, do not disturb and quiet hours")
    assert title(HeldSummary((update,), frozenset({SignalName.CAMERA}))) == (
        "While you were in a meeting")


def _outage(app: Application, monkeypatch: pytest.MonkeyPatch) -> None:
    vpn = Announcement("vpn-down", "VPN is down", "IT is on it", "major", ("VPN",),
                       datetime.now(UTC))
    monkeypatch.setattr(app.catalogue, "active_announcements", lambda: (vpn,))
    app._on_catalogue(app.catalogue.status())


def test_an_outage_asks_the_gate_once_badge_while_busy(
    built: tuple[Application, Notes, dict[SignalName, Switch]], qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    app, notes, switches = built
    switches[SignalName.CAMERA].active = True
    _outage(app, monkeypatch)
    _settle(app, qtbot)
    assert notes == []  # in a meeting: the badge and the Home banner, no pop-up
    assert app.tray.badged()
    assert "VPN is down" in app.home._banner.text()
    qtbot.waitUntil(lambda: bool(app.core.ledger().entries(kind=ActivityKind.ATTENTION)))
    recorded = app.core.ledger().entries(kind=ActivityKind.ATTENTION)
    assert [(e.purpose, e.detail["message_kind"]) for e in recorded] == [("badge", "outage")]
    switches[SignalName.CAMERA].active = False
    _outage(app, monkeypatch)  # the next refresh: the same outage is not news
    _settle(app, qtbot)
    assert notes == []


def test_an_outage_pops_up_when_free_and_not_again_after_a_restart(
    tmp_path: Path, built: tuple[Application, Notes, dict[SignalName, Switch]], qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    app, notes, _switches = built
    _outage(app, monkeypatch)
    qtbot.waitUntil(lambda: len(notes) == 1)
    assert notes[0][:2] == ("VPN is down", "IT is on it")
    again = build_application(tmp_path / "profile", tmp_path / "policy.toml")
    qtbot.addWidget(again.window)
    shown: Notes = []
    monkeypatch.setattr(again.tray, "notify",
                        lambda title, text, problem=False: shown.append((title, text, problem)))
    try:
        _outage(again, monkeypatch)
        _settle(again, qtbot)
        assert shown == []
    finally:
        again.shutdown()


def test_a_deadline_in_its_last_day_stays_on_home_beside_the_outage(
    built: tuple[Application, Notes, dict[SignalName, Switch]], qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    app = built[0]
    _outage(app, monkeypatch)
    app.deadlines.last_day_changed.emit((("IT needs Zoom within a day", "It installs at 17:00."),))
    assert "IT needs Zoom within a day" in app.home._banner.text()
    assert "VPN is down" in app.home._banner.text()
    _outage(app, monkeypatch)  # the next catalogue refresh keeps the deadline's banner
    assert "IT needs Zoom within a day" in app.home._banner.text()
    app.deadlines.last_day_changed.emit(())
    assert "Zoom" not in app.home._banner.text()
    assert "VPN is down" in app.home._banner.text()
    _settle(app, qtbot)


def test_a_restart_deadline_from_policy_restarts_through_the_health_fix(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("[deadlines]\nrestart_days = 3\nrestart_enforce = true\n", "utf-8")
    app = build_application(tmp_path / "profile", policy)
    qtbot.addWidget(app.window)
    applied: list[str] = []
    # Restarting this computer cannot run here: the fix's apply is the boundary.
    monkeypatch.setattr(app.health.fixes, "apply", lambda plan: applied.append(plan.fix_id))
    try:
        assert app.deadlines._os_restart is not None
        pending = PendingRestart(datetime.now(UTC), ())
        app.deadlines.restart_due.emit(RestartDuty("os.restart.1", "Restart after updates",
                                                   Deadline(None, 3, 3, True), pending))
        qtbot.waitUntil(lambda: applied == ["system.restart"])
    finally:
        app.shutdown()


def test_no_restart_deadline_without_policy(
    built: tuple[Application, Notes, dict[SignalName, Switch]]
) -> None:
    assert built[0].deadlines._os_restart is None


def test_an_update_due_goes_to_the_apps_page_as_an_update(
    built: tuple[Application, Notes, dict[SignalName, Switch]], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = built[0]
    started: list[tuple[str, bool]] = []
    monkeypatch.setattr(app.apps, "start_install",
                        lambda a, update=False: started.append((a.id, update)))
    catalogue_app = catalogue_data.app(
        "zoom", "Zoom", "Zoom", "Meetings", "Video calls.",
        {"linux": InstallMethod("flatpak", "us.zoom.Zoom")}, required=True)
    app.deadlines.update_due.emit(catalogue_app)
    app.deadlines.install_due.emit(catalogue_app)
    assert started == [("zoom", True), ("zoom", False)]


def test_quiet_hours_set_in_settings_reach_the_gate_at_once(
    tmp_path: Path, qtbot: QtBot
) -> None:
    """Quiet hours are one more busy signal: the gate and its detector take the new span
    without a restart."""
    detector = QuietHoursDetector(QuietHours(), lambda: datetime(2026, 12, 1, 22, 0).astimezone())
    app = build_application(tmp_path / "profile", detectors=(detector,))
    qtbot.addWidget(app.window)
    try:
        page = app.settings_page
        page.quiet_from.setTime(QTime(19, 30))
        page.quiet_to.setTime(QTime(7, 0))
        page.quiet.click()
        assert app.attention.gate.quiet.describe() == "19:30-07:00"
        assert detector.detect()[0].active  # 22:00 is inside
        page.quiet.click()
        assert not detector.detect()[0].active
    finally:
        app.shutdown()
