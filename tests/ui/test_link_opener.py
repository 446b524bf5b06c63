"""Links and folders that cannot be opened say so and offer "Copy link"/"Copy path".

Qt's offscreen platform has no way to open anything, like a desktop without a browser or
file manager: ``QDesktopServices.openUrl`` really returns False here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.app.graph import Application
from tests.ui.app_builder import build_application
from ui.link_opener import LinkOpener

URL = "https://helpdesk.example.com/tickets/42"


def _message(parent: QWidget) -> QMessageBox:
    boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1, "expected one message saying the link could not be opened"
    return boxes[0]


def _copy_button(box: QMessageBox, label: str) -> QPushButton:
    buttons = [b for b in box.findChildren(QPushButton) if b.text() == label]
    assert buttons, f"no {label!r} button"
    return buttons[0]


def test_a_link_nothing_can_open_offers_to_copy_it(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    assert not LinkOpener().open(URL, parent)
    box = _message(parent)
    assert "No web browser could be opened on this computer" in box.text()
    assert URL in box.text()
    _copy_button(box, "Copy link").click()
    assert QGuiApplication.clipboard().text() == URL


def test_a_link_that_opens_shows_nothing(qtbot: QtBot) -> None:
    opened: list[str] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    assert LinkOpener(lambda url: opened.append(url.toString()) is None).open(URL, parent)
    assert opened == [URL]
    assert not parent.findChildren(QMessageBox)


@pytest.fixture
def app(tmp_path: Path, qtbot: QtBot) -> Iterator[Application]:
    built = build_application(tmp_path / "profile")
    qtbot.addWidget(built.window)
    built.window.show()
    yield built
    built.shutdown()


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_open_in_the_helpdesk_without_a_browser_offers_copy_link(app: Application) -> None:
    app.requests_page.open_url_requested.emit(URL)
    box = _message(app.window)
    assert URL in box.text()
    _copy_button(box, "Copy link").click()
    assert QGuiApplication.clipboard().text() == URL


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_open_my_deskmate_folder_without_a_file_manager_offers_copy_path(
    app: Application, tmp_path: Path
) -> None:
    app.settings_page.open_data_folder_requested.emit()
    box = _message(app.window)
    assert "No file manager could be opened on this computer" in box.text()
    _copy_button(box, "Copy path").click()
    assert QGuiApplication.clipboard().text() == str(app.core.paths.data_dir.parent)


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_the_it_portal_link_on_home_goes_the_same_way(app: Application) -> None:
    app.home.link_requested.emit("https://portal.example.com")
    assert "https://portal.example.com" in _message(app.window).text()
