"""The start-up path: what it loads only when needed still works when it is needed."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app.launch import show_crash


def test_a_crash_still_shows_the_dialog_imported_on_demand(qtbot: QtBot) -> None:
    seen: list[tuple[str, str]] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QMessageBox)
        seen.append((dialog.windowTitle(), dialog.detailedText()))
        dialog.reject()

    QTimer.singleShot(50, close_it)
    show_crash("Traceback (most recent call last): boom", None)
    assert seen == [("Deskmate hit a problem", "Traceback (most recent call last): boom")]
