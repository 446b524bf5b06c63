"""Context items read as tables and sentences in the viewer; the JSON is still attached."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QTabWidget, QTextBrowser
from pytestqt.qtbot import QtBot

from desktop.helpdesk.connector import Attachment, RequestKind, TicketPayload
from diagnostics.result import Category, CheckResult, Status
from ui.context_reading import readable_html
from ui.request_preview_dialog import RequestPreviewDialog

DISK = CheckResult(
    "system.disk", Category.SYSTEM, Status.FAIL,
    {"volumes": [{"mountpoint": "/", "free_bytes": 2 * 1024**3, "free_percent": 3}]},
    "disk.cleanup", 0.01,
)
DIAGNOSTICS = json.dumps({"checks": [DISK.to_json()]}).encode()
FIXES = json.dumps({"fixes": [{"title": "Restart VPN", "before": "fail", "after": "ok",
                               "started_at": 1_764_000_000.0}]}).encode()


def test_diagnostics_read_as_sentences_without_ids() -> None:
    text = readable_html("diagnostics.json", DIAGNOSTICS)
    assert text is not None
    assert "Disk space" in text
    assert "nearly full" in text
    assert "system.disk" not in text
    assert "free_percent" not in text


def test_rows_read_as_a_table_with_dates_not_epochs() -> None:
    text = readable_html("fixes.json", FIXES)
    assert text is not None
    assert "<table" in text
    assert "Started at" in text
    assert "1764000000" not in text
    assert "/11/2025" in text  # the locale's date, not an epoch or ISO


def test_logs_and_broken_json_are_shown_as_they_are() -> None:
    assert readable_html("deskmate.log", b"line\n") is None
    assert readable_html("device.json", b"{not json") is None


def test_the_viewer_shows_words_first_and_keeps_the_json(qtbot: QtBot) -> None:
    payload = TicketPayload("", RequestKind.REQUEST, "Diagnostics snapshot", "", "", "", {},
                            attachments=(Attachment("diagnostics.json", "application/json",
                                                    DIAGNOSTICS),))
    dialog = RequestPreviewDialog(payload, can_send=False)
    qtbot.addWidget(dialog)
    dialog.attachment_list.setCurrentRow(1)
    view = dialog.viewer.currentWidget()
    assert isinstance(view, QTabWidget)
    shown = view.widget(0)
    assert isinstance(shown, QTextBrowser)
    assert "Disk space" in shown.toPlainText()
    assert "system.disk" in view.widget(1).toPlainText()  # type: ignore[attr-defined]
    assert payload.attachments[0].data == DIAGNOSTICS  # what is sent is unchanged


def test_the_activity_record_reads_as_a_table() -> None:
    rows = {"entries": [{"at": "2026-11-30T10:00:00+00:00", "kind": "network",
                         "what": "Checked the catalogue", "host": "cdn.example",
                         "bytes_received": 4096}]}
    text = readable_html("activity.json", json.dumps(rows).encode())
    assert text is not None
    assert "<table" in text
    assert "Bytes received" in text
    assert "cdn.example" in text


def test_the_diagnostics_item_says_how_many_checks_need_you_in_words(qtbot: QtBot) -> None:
    """Not "3 failing, 0 warning, of 24 checks": what the checks found, in plain words."""
    from desktop.helpdesk.context import ContextItem, ContextKind
    from ui.context_wording import ContextWords

    statuses = ["fail", "fail", "error", *["ok"] * 21]
    data = json.dumps({"checks": [{"status": s} for s in statuses]}).encode()
    item = ContextItem(ContextKind.DIAGNOSTICS, "Diagnostics snapshot", "diagnostics.json",
                       "application/json", data, "")
    assert ContextWords().summary(item) == "24 checks: 3 problems, nothing to watch"
    one = json.dumps({"checks": [{"status": "warn"}]}).encode()
    assert ContextWords().summary(ContextItem(
        ContextKind.DIAGNOSTICS, "", "diagnostics.json", "application/json", one, "")) == (
        "1 check: no problems, 1 to watch")
