"""Guards against Qt-binding bugs that would crash a long-running tray app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot


def test_process_events_keeps_none_alive(qtbot: QtBot) -> None:
    """PySide6 6.12.0 lost a reference to None per processEvents() call; after a few thousand
    calls Python 3.11 aborts ("none_dealloc"). pyproject.toml excludes that release."""
    before = sys.getrefcount(None)
    for _ in range(500):
        QCoreApplication.processEvents()
    assert sys.getrefcount(None) >= before - 50
