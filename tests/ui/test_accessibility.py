"""Every interactive widget of the real panel and its dialogs has a name for screen readers and
takes focus from the keyboard; states are said in words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.app.graph import Application
from desktop.catalogue.installed_state import InstallState
from diagnostics.result import Category, CheckResult, Status
from tests.fakes.catalogue_data import demo_catalogue
from tests.ui.app_builder import build_application
from tests.ui.keyboard_walk import controls, describe
from ui.catalogue_model import CatalogueListModel
from ui.error_dialog import ErrorDialog
from ui.health_wording import explain
from ui.navigation import PageId
from ui.pages.health_page import CheckRow, confirmation_box

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QTextEdit, QPlainTextEdit, QAbstractItemView)


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> Iterator[Application]:
    application = build_application(tmp_path / "profile")
    qtbot.addWidget(application.window)
    application.catalogue_bridge.start()
    qtbot.waitUntil(lambda: application.apps.model.rowCount() > 0, timeout=15_000)
    yield application
    application.shutdown()


def name_of(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    return widget.text() if isinstance(widget, QAbstractButton) else ""


@pytest.mark.allow_log_warnings  # offscreen: no tray
def test_every_control_is_named_and_focusable(app: Application, qtbot: QtBot) -> None:
    problems = []
    checked = 0
    for page in PageId:
        app.window.show_page(page.value)
        widget = app.window.page(page)
        for control in widget.findChildren(QWidget):
            if not isinstance(control, INTERACTIVE) or isinstance(control, QHeaderView):
                continue  # a table's header is part of the table
            if not control.isVisibleTo(widget):
                continue
            checked += 1
            where = f"{page.value}: {type(control).__name__} {control.objectName()!r}"
            if not name_of(control).strip(" &…"):
                problems.append(f"{where} has no accessible name")
            if not control.focusPolicy() & Qt.FocusPolicy.TabFocus:
                problems.append(f"{where} ({name_of(control)!r}) cannot be reached with Tab")
    assert checked > 30  # the panel's pages really were walked
    assert problems == [], "\n".join(problems)


def unnamed(root: QWidget) -> list[str]:
    return [describe(c) for c in controls(root) if not name_of(c).strip(" &…")]


@pytest.mark.allow_log_warnings  # offscreen: no tray
def test_the_access_form_and_the_install_log_are_named(app: Application, qtbot: QtBot) -> None:
    app.help_page.prefill_access("gimp", "GIMP", "manager")
    app.window.show_page(PageId.HELP.value)
    problems = unnamed(app.help_page)
    assert app.help_page.manager.isVisible()  # the access form's own fields were walked
    app.apps.show_app(app.apps.model.apps()[0].id)
    app.apps.detail.show_result("pkexec is not installed on this computer", failed=True)
    app.apps.detail.set_log("18:19:51 Asking for administrator rights via pkexec\n")
    app.apps.detail.log_view.show()
    app.window.show_page(PageId.APPS.value)
    problems += unnamed(app.apps)
    assert app.apps.detail.log_view.isVisible()
    assert problems == [], "\n".join(problems)


@pytest.mark.allow_log_warnings  # offscreen: no tray
def test_every_dialog_is_named(app: Application, qtbot: QtBot) -> None:
    page = app.help_page
    page.category.setCurrentIndex(page.category.findData("network"))
    page.summary.setText("VPN fails to connect")
    page.preview()
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=10_000)
    dialogs: list[QWidget] = [
        page.preview_dialog,  # type: ignore[list-item]  # waited for above
        confirmation_box(app.window, "Send now", "Send the waiting request?"),
        ErrorDialog("Could not install", "pkexec is missing.", "trace", app.window),
        app.links.tell_not_opened(QUrl("https://example.com/a"), app.window),
    ]
    problems = []
    for dialog in dialogs:
        dialog.show()
        problems += [f"{dialog.windowTitle()}: {p}" for p in unnamed(dialog)]
        assert len(controls(dialog)) >= 2
        dialog.close()
    assert problems == [], "\n".join(problems)


def test_app_rows_say_their_state_in_words(qtbot: QtBot) -> None:
    """The state badge drawn beside an app is in the row's accessible text, not only drawn."""
    model = CatalogueListModel()
    model.set_apps(demo_catalogue().apps)
    model.set_states({"firefox": InstallState.INSTALLED})
    model.set_busy("gimp", "Installing 45%")
    text = {app.id: model.index(row).data(Qt.ItemDataRole.AccessibleTextRole)
            for row, app in enumerate(model.apps())}
    assert text["firefox"] == "Firefox, ✓ Installed"
    assert text["gimp"] == "GIMP, Installing 45%"


def test_health_rows_say_their_state_in_words(qtbot: QtBot) -> None:
    """A row's glyph and colour are backed by words in its accessible name."""
    for status in Status:
        result = CheckResult("system.disk", Category.SYSTEM, status, {}, None, 0.0)
        row = CheckRow(result, fix_available=False)
        qtbot.addWidget(row)
        wording = explain(result)
        assert wording.status, status
        assert wording.status in row.accessibleName(), status
        assert wording.status in row.title_label.text(), status
