"""The start-up path: what it loads only when needed still works when it is needed."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app.launch import show_crash
from ui.theme import Branding


def test_a_crash_still_shows_the_dialog_imported_on_demand(qtbot: QtBot,
                                                           qapp: QApplication) -> None:
    """Before the panel was ever built too: the dialog gets the style sheet and the window
    icon, which the tray alone does not set."""
    seen: list[tuple[str, str, bool, bool]] = []
    qapp.setProperty("windowThemeApplied", None)
    qapp.setStyleSheet("")

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QMessageBox)
        seen.append((dialog.windowTitle(), dialog.detailedText(), dialog.windowIcon().isNull(),
                     "QFrame#card" in qapp.styleSheet()))
        dialog.reject()

    QTimer.singleShot(50, close_it)
    show_crash("Traceback (most recent call last): boom", None,
               Branding("Acme Ltd", QColor("#AA3366")))
    assert seen == [("Deskmate hit a problem", "Traceback (most recent call last): boom",
                     False, True)]
