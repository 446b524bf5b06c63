"""At its minimum size every page of the real app holds: nothing overlaps, nothing is clipped.

Screenshots of each page at the minimum size go to $DESKMATE_SCREENSHOTS when it is set.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from importlib import resources
from itertools import combinations
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.app.graph import Application
from desktop.catalogue.installed_state import InstallState
from desktop.catalogue.validation import load_catalogue
from desktop.helpdesk.connector import RequestKind, TicketPayload
from tests.ui.app_builder import build_application
from ui.app_list_delegate import AppListDelegate
from ui.app_shelf_list import Shelf
from ui.catalogue_model import Roles
from ui.navigation import PageId
from ui.theme import accent_palette, style_sheet

SMALL_SCREEN = QSize(800, 520)  # where the newcomer saw the Apps page break


@pytest.fixture
def app(tmp_path: Path, qtbot: QtBot) -> Iterator[Application]:
    built = build_application(tmp_path / "profile")
    qtbot.addWidget(built.window)
    built.health_page._run_on_show = False  # the checks' results do not change the layout
    qapp = built.qapp
    style, palette = qapp.styleSheet(), qapp.palette()
    qapp.setPalette(accent_palette(built.branding.accent))  # as launch.py themes the app
    qapp.setStyleSheet(style_sheet(built.branding.accent))
    yield built
    built.runner.wait_for_done(10_000)
    built.shutdown()
    qapp.setStyleSheet(style)
    qapp.setPalette(palette)


def _fill(app: Application) -> None:
    """Content as the newcomer had it: a catalogue, a failed install with its log, requests."""
    text = (resources.files("resources") / "demo" / "catalogue.yaml").read_text("utf-8")
    app.apps.set_catalogue(load_catalogue(yaml.safe_load(text)))
    app.apps.show_app(app.apps.model.apps()[0].id)
    app.apps.detail.show_result("pkexec is not installed on this computer", failed=True)
    app.apps.detail.set_log("18:19:51 Asking for administrator rights via pkexec\n" * 3)
    app.apps.detail.log_view.show()
    for n in range(3):
        app.helpdesk.submit(TicketPayload(str(uuid.uuid4()), RequestKind.REQUEST,
                                          f"[Deskmate] Wi-Fi drops every few minutes {n}",
                                          "body", "network", "low", {"account": "ada"}))
    app.requests_page.set_entries(app.helpdesk.requests())


def _overlaps(page: QWidget) -> list[str]:
    found = []
    for layout in page.findChildren(QLayout):
        widgets = [w for i in range(layout.count())
                   if (item := layout.itemAt(i)) is not None and (w := item.widget()) is not None
                   and w.isVisible()]
        for a, b in combinations(widgets, 2):
            if a.geometry().intersects(b.geometry()):
                found.append(f"{_name(a)} overlaps {_name(b)}")
    return found


def _clipped(page: QWidget) -> list[str]:
    found = []
    for label in page.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            if label.hasHeightForWidth() and \
                    label.height() < label.heightForWidth(label.width()) - 1:
                found.append(f"{_name(label)} is cut off at the bottom")
        elif label.width() < label.minimumSizeHint().width() or \
                label.height() < label.minimumSizeHint().height():
            found.append(f"{_name(label)} is clipped")
    for button in page.findChildren(QAbstractButton):
        hint = button.minimumSizeHint().expandedTo(button.sizeHint())
        if button.isVisible() and button.text() and (
                button.width() < hint.width() or button.height() < hint.height() - 2):
            found.append(f"{_name(button)} is clipped")
    return found


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    return f"{type(widget).__name__}({widget.accessibleName() or text[:30]!r})"


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_every_page_holds_at_the_minimum_size(app: Application, qtbot: QtBot) -> None:
    window = app.window
    minimum = window.minimumSize()
    assert minimum.width() <= SMALL_SCREEN.width()
    assert minimum.height() <= SMALL_SCREEN.height()
    assert minimum.width() >= 640  # a real minimum, not "anything goes"
    window.set_notice(app.demo_note())  # the demo notice takes the most room
    _fill(app)
    window.show()
    window.resize(minimum)
    problems: list[str] = []
    shots = os.environ.get("DESKMATE_SCREENSHOTS")
    for page_id in (*PageId, "access"):
        if page_id == "access":
            app.apps.app_request_requested.emit()
        else:
            window.show_page(page_id.value)
        QApplication.processEvents()
        assert window.size() == minimum
        page = window.page(PageId.HELP if page_id == "access" else page_id)
        name = page_id if isinstance(page_id, str) else page_id.value
        problems += [f"{name}: {p}" for p in _overlaps(page) + _clipped(page)]
        if shots:
            window.grab().save(str(Path(shots) / f"min-{name}.png"))
    assert problems == [], "\n".join(problems)


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_the_apps_page_reads_at_the_minimum_size(app: Application, qtbot: QtBot) -> None:
    """Three columns did not fit 800×520: the side list becomes a chooser above the list, and
    each row's state is readable in full (on the second line where the first has no room)."""
    window = app.window
    _fill(app)
    states = (InstallState.NO_TOOL, InstallState.UNAVAILABLE, InstallState.NOT_INSTALLED,
              InstallState.UPDATE_AVAILABLE)  # every long state, "⚠ Required, not installed" too
    app.apps.model.set_states({a.id: states[n % 4] for n, a in enumerate(app.apps.model.apps())})
    window.show()
    window.resize(window.minimumSize())
    window.show_page(PageId.APPS.value)
    page = app.apps
    qtbot.waitUntil(lambda: page.shelf_chooser.isVisible())
    assert not page.shelves.isVisible()
    assert page.shelf_chooser.accessibleName()
    assert page.shelf_chooser.count() == page.shelves.count()
    view = page.list_view
    delegate = view.itemDelegate()
    assert isinstance(delegate, AppListDelegate)
    width = delegate.text_width(view.viewport().width())
    for row in range(page.proxy.rowCount()):
        index = page.proxy.index(row, 0)
        app_entry = index.data(Roles.APP)
        full = delegate.state_text(app_entry, index.data(Roles.STATE), "")
        shown, _second_line = delegate.placed_state(full, width, view.fontMetrics())
        assert shown == full, f"{app_entry.name}: {shown!r} instead of {full!r}"
    page.shelf_chooser.setCurrentIndex(page.shelves.row_of(Shelf.CATEGORY, "Security"))
    page.shelf_chooser.activated.emit(page.shelf_chooser.currentIndex())
    assert page.shelves.category() == "Security"
    window.resize(1100, 720)  # room again: the side list comes back
    qtbot.waitUntil(lambda: page.shelves.isVisible())
    assert not page.shelf_chooser.isVisible()
    assert page.shelves.category() == "Security"
