"""The Activity page over a real ledger and outbox, and the data inventory page."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from benchmarks.outbox_loopback import bench_payload
from desktop.activity.attention_entry import AttentionLedger
from desktop.activity.deadline_entry import DeadlineActivity
from desktop.activity.entry import ActivityKind, NewEntry
from desktop.activity.inventory import INVENTORY
from desktop.activity.ledger import Ledger
from desktop.activity.report import ActivityReport, read_activity
from desktop.attention.gate import AttentionGate, Message, MessageKind
from desktop.attention.quiet_hours import QuietHours
from desktop.attention.signals import BusySignal, SignalName
from desktop.deadlines.ledger import DeadlineEvent, EventKind
from desktop.helpdesk.outbox import Outbox
from desktop.tasks import InlineTaskRunner
from tests.ui.app_builder import interface_language
from ui.activity_model import ENTRY_ROLE, ActivityModel
from ui.pages.activity_page import ActivityPage
from ui.pages.inventory_page import InventoryPage
from ui.sent_payload_viewer import SentPayloadViewer


def _ledger(path: Path, key: str) -> Ledger:
    ledger = Ledger(path)
    ledger.append(NewEntry(ActivityKind.NETWORK, "catalogue", "Checked", "cdn.example",
                           {"bytes_sent": 300, "bytes_received": 4096, "result": "answered"}))
    ledger.append(NewEntry(ActivityKind.NETWORK, "delivery", "Sent", "help.example",
                           {"bytes_sent": 2048, "bytes_received": 20, "result": "answered",
                            "request_key": key}))
    ledger.append(NewEntry(ActivityKind.FIX, "dns.flush", "Ran a fix", "",
                           {"check_id": "network.dns", "before": "fail", "after": "ok"}))
    return ledger


def _page(qtbot: QtBot, ledger: Ledger) -> ActivityPage:
    page = ActivityPage(InlineTaskRunner(), lambda: read_activity(ledger, 90))
    qtbot.addWidget(page)
    page.refresh()
    return page


def _texts(model: ActivityModel) -> list[str]:
    return [str(model.index(r).data()) for r in range(model.rowCount())]


def test_entries_are_grouped_by_day_in_plain_words(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(qtbot, _ledger(tmp_path / "a.sqlite3", "K-1"))
    ModelTester(None).check(page.model)
    texts = _texts(page.model)
    assert isinstance(page.model.index(0).data(ENTRY_ROLE), type(None))
    assert page.model.rowCount() == 4  # one day heading, three entries, newest first
    assert "Ran the fix “Clear name cache”" in texts[1]  # the Health page's words, no ids
    assert "Problem before, Fine after" in texts[1]
    assert "dns.flush" not in texts[1]
    assert "Sent your help request to IT – help.example" in texts[2]
    assert "2.0 kB sent, 20 bytes received · done" in texts[2]
    assert page.integrity_label.text() == "The record is intact: 3 entries checked."


def test_filters_show_one_group(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(qtbot, _ledger(tmp_path / "a.sqlite3", "K-1"))
    page.filter_box.setCurrentIndex(page.filter_box.findData("sent"))
    assert len(_texts(page.model)) == 2
    assert "help request" in _texts(page.model)[1]
    page.filter_box.setCurrentIndex(page.filter_box.findData("background"))
    assert "catalogue" in _texts(page.model)[1]


def test_an_edited_entry_is_named_on_the_page(qtbot: QtBot, tmp_path: Path) -> None:
    ledger = _ledger(tmp_path / "a.sqlite3", "K-1")
    with sqlite3.connect(ledger.database) as db:
        db.execute("UPDATE activity SET host = 'x' WHERE id = 2")
    page = _page(qtbot, ledger)
    assert page.integrity_label.text().startswith("Entry 2 was changed or removed")


def test_show_exactly_what_was_sent_opens_the_stored_payload(
        qtbot: QtBot, tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    payload = bench_payload(0)
    outbox.enqueue(payload)
    page = _page(qtbot, _ledger(tmp_path / "a.sqlite3", payload.idempotency_key))
    viewer = SentPayloadViewer(outbox.payload, outbox.purged, InlineTaskRunner(), page)
    page.sent_payload_requested.connect(viewer.show)
    assert not page.show_sent_button.isEnabled()
    page.list_view.setCurrentIndex(page.model.index(1))  # the fix: nothing was sent
    assert not page.show_sent_button.isEnabled()
    page.list_view.setCurrentIndex(page.model.index(2))
    assert page.show_sent_button.isEnabled()
    page.show_sent_button.click()
    assert viewer.dialog is not None
    assert viewer.dialog.payload == payload
    viewer.dialog.close()
    outbox.close()


def test_a_purged_payload_shows_its_hash(qtbot: QtBot, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    payload = bench_payload(0)
    outbox.enqueue(payload)
    with sqlite3.connect(tmp_path / "outbox.sqlite3") as db:
        db.execute("UPDATE helpdesk_outbox SET state = 'sent', remote_status = 'closed', "
                   "status_updated_at = 1, updated_at = 1")
    assert outbox.purge_sent(keep_days=0) == 1
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: shown.append(text))
    page = _page(qtbot, _ledger(tmp_path / "a.sqlite3", payload.idempotency_key))
    viewer = SentPayloadViewer(outbox.payload, outbox.purged, InlineTaskRunner(), page)
    viewer.show(payload.idempotency_key)
    purged = outbox.purged(payload.idempotency_key)
    assert purged is not None
    assert len(shown) == 1
    assert purged.sha256 in shown[0]
    outbox.close()


def test_the_inventory_page_shows_the_declaration(qtbot: QtBot) -> None:
    page = InventoryPage()
    qtbot.addWidget(page)
    assert page.table.rowCount() == len(INVENTORY)
    item = page.table.item(0, 0)
    assert item is not None
    assert item.text() == INVENTORY[0].name


def test_day_headings_are_not_selectable(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(qtbot, _ledger(tmp_path / "a.sqlite3", "K"))
    assert isinstance(page.model.index(0).data(ENTRY_ROLE), type(None))
    assert not page.model.flags(page.model.index(0)) & Qt.ItemFlag.ItemIsSelectable
    assert page.model.flags(page.model.index(1)) & Qt.ItemFlag.ItemIsSelectable


def test_policy_changes_say_the_setting_and_its_values(qtbot: QtBot, tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "a.sqlite3")
    ledger.append(NewEntry(ActivityKind.POLICY, "policy", "IT's policy changed helpdesk.connector",
                           "", {"setting": "helpdesk.connector", "before": None,
                                "after": "webhook", "origin": "/etc/deskmate/policy.toml"}))
    page = _page(qtbot, ledger)
    (_, line) = _texts(page.model)
    assert "IT's policy changed a setting: helpdesk.connector" in line
    assert "was not set, now webhook" in line
    assert "before" not in line


def test_failed_calls_say_why_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "a.sqlite3")
    for result in ("Unreachable", "name not resolved"):
        ledger.append(NewEntry(ActivityKind.NETWORK, "delivery", "Sent", "help.example",
                               {"bytes_sent": 0, "bytes_received": 0, "result": result}))
    page = _page(qtbot, ledger)
    texts = _texts(page.model)
    assert "did not work: the server's name was not found" in texts[1]
    assert "did not work: the server could not be reached" in texts[2]
    assert "Unreachable" not in " ".join(texts)


def test_installs_and_nudges_are_worded(qtbot: QtBot, tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "a.sqlite3")
    ledger.append(NewEntry(ActivityKind.INSTALL, "install", "Installed firefox", "", {
        "app_id": "firefox", "command": "flatpak install -- flathub x", "exit_code": 0}))
    ledger.append(NewEntry(ActivityKind.NUDGE, "never", "…", "", {"tool": "Dropbox"}))
    page = _page(qtbot, ledger)
    texts = _texts(page.model)
    assert "You chose “never” on the suggestion about Dropbox" in texts[1]
    assert "Ran the installer for firefox (install)" in texts[2]
    assert "flatpak install -- flathub x · exit code 0" in texts[2]


def test_attention_decisions_and_deadline_events_are_worded(qtbot: QtBot, tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "a.sqlite3")
    record = AttentionLedger(ledger)
    gate = AttentionGate(QuietHours(), datetime.now, on_decision=record.decided,
                         on_summary=record.summarised)
    camera = BusySignal(SignalName.CAMERA, True, "in use by zoom")
    gate.offer(Message(MessageKind.REQUEST_UPDATE, "Payroll answered", "…"), [camera])
    gate.release([])
    deadline = DeadlineActivity(ledger)
    deadline(DeadlineEvent("zoom", datetime.now(), EventKind.DEFERRED,
                           datetime(2026, 12, 4, 18, 0)))
    deadline(DeadlineEvent("zoom", datetime.now(), EventKind.ENFORCED))
    page = _page(qtbot, ledger)
    texts = _texts(page.model)
    assert "Installed zoom at its deadline, as IT requires" in texts[1]
    assert "You put off the install of zoom until 04/12/2026 18:00" in texts[2]
    assert "Showed a held message once you were free" in texts[3]
    assert "held for: the camera was in use" in texts[3]
    assert "Held until you were free: request update" in texts[4]
    assert "because: the camera was in use (in use by zoom)" in texts[4]
    assert "Payroll" not in " ".join(texts)


def test_restart_deadline_events_are_worded_as_a_restart(qtbot: QtBot, tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "a.sqlite3")
    deadline = DeadlineActivity(ledger)
    deadline(DeadlineEvent("os.restart.1764496800", datetime.now(), EventKind.DEFERRED,
                           datetime(2026, 12, 4, 18, 0)))
    deadline(DeadlineEvent("os.restart.1764496800", datetime.now(), EventKind.ENFORCED))
    page = _page(qtbot, ledger)
    texts = _texts(page.model)
    assert "Restarted this computer at its deadline, as IT requires" in texts[1]
    assert "You put off the restart after updates until 04/12/2026 18:00" in texts[2]
    assert "os.restart" not in " ".join(texts)


def test_update_deadline_events_are_worded_as_an_update(qtbot: QtBot, tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "a.sqlite3")
    deadline = DeadlineActivity(ledger)
    deadline(DeadlineEvent("zoom.update", datetime.now(), EventKind.DEFERRED,
                           datetime(2026, 12, 4, 18, 0)))
    deadline(DeadlineEvent("zoom.update", datetime.now(), EventKind.DONE))
    page = _page(qtbot, ledger)
    texts = _texts(page.model)
    assert "The update of zoom is installed" in texts[1]
    assert "You put off the update of zoom until 04/12/2026 18:00" in texts[2]


def test_deadline_events_name_the_app_as_the_catalogue_did(qtbot: QtBot, tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "a.sqlite3")
    deadline = DeadlineActivity(ledger)
    deadline(DeadlineEvent("zoom", datetime.now(), EventKind.ENFORCED))  # written before names
    deadline(DeadlineEvent("zoom", datetime.now(), EventKind.DEFERRED,
                           datetime(2026, 12, 4, 18, 0), name="Zoom Workplace"))
    deadline(DeadlineEvent("zoom.update", datetime.now(), EventKind.DONE, name="Zoom Workplace"))
    deadline(DeadlineEvent("zoom", datetime.now(), EventKind.DONE, name="Zoom Workplace"))
    page = _page(qtbot, ledger)
    texts = _texts(page.model)
    assert "Zoom Workplace is installed; its deadline is met" in texts[1]
    assert "The update of Zoom Workplace is installed" in texts[2]
    assert "You put off the install of Zoom Workplace until 04/12/2026 18:00" in texts[3]
    assert "Installed zoom at its deadline, as IT requires" in texts[4]  # an old entry: its id


def test_a_deferrals_time_is_written_in_the_persons_locale(qtbot: QtBot, tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "a.sqlite3")
    DeadlineActivity(ledger)(DeadlineEvent("zoom", datetime.now(), EventKind.DEFERRED,
                                           datetime(2026, 12, 4, 18, 0), name="Zoom"))
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        page = _page(qtbot, ledger)
        texts = _texts(page.model)
    finally:
        QLocale.setDefault(before)
    assert "until 04.12.26 18:00" in texts[1]  # English words here: no German translator


def test_an_unreadable_record_is_worded_by_kind_in_german(qtbot: QtBot) -> None:
    """Python's English ("[Errno 13] Permission denied: '…/activity.sqlite3'") stays in the log."""
    def denied() -> ActivityReport:
        raise PermissionError(13, "Permission denied", "/home/alex/.local/activity.sqlite3")

    with interface_language("de"):
        page = ActivityPage(InlineTaskRunner(), denied)
        qtbot.addWidget(page)
        page.refresh()
        text = page.integrity_label.text()
    assert "Permission denied" not in text
    assert text.startswith("Das Aktivitätsprotokoll kann nicht gelesen werden: ")
    assert "nicht erlaubt" in text
