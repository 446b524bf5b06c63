"""Translations compile with pyside6-lrelease and really change what people read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from ui.tray import TrayIcon

ROOT = Path(__file__).resolve().parents[2]
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def test_german_translation_changes_the_tray_menu(qtbot: QtBot, tmp_path: Path) -> None:
    qm = tmp_path / "deskmate_de.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ROOT / "resources/translations/deskmate_de.ts"),
                    "-qm", str(qm)], check=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        texts = [a.text() for a in TrayIcon(QColor("#2D6CDF")).menu().actions() if a.text()]
    finally:
        app.removeTranslator(translator)
    # the state line first, then the pages in the navigation's own (translated) words
    assert texts[:4] == ["Ihr Computer wird geprüft…", "Start", "Zustand", "Apps"]
    assert "Deskmate beenden" in texts
