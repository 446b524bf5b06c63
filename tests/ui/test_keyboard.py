"""Keyboard only: Tab reaches every control of every page and dialog with a visible focus
ring, Esc closes a dialog, Enter runs its default button (WCAG 2.1.1, 2.1.2, 2.4.7)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.app.graph import Application
from desktop.helpdesk.connector import Attachment, RequestKind, TicketPayload
from tests.ui.app_builder import build_application
from tests.ui.keyboard_walk import controls, describe, press, tab_walk, unreached
from ui.error_dialog import ErrorDialog
from ui.navigation import PageId
from ui.pages.health_page import confirmation_box
from ui.request_preview_dialog import RequestPreviewDialog


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> Iterator[Application]:
    application = build_application(tmp_path / "profile")
    qtbot.addWidget(application.window)
    application.health_page._run_on_show = False  # results do not change what Tab reaches
    application.catalogue_bridge.start()
    qtbot.waitUntil(lambda: application.apps.model.rowCount() > 0, timeout=15_000)
    yield application
    application.runner.wait_for_done(10_000)
    application.shutdown()


def walk_page(qtbot: QtBot, app: Application, page: PageId) -> list[str]:
    app.window.show_page(page.value)
    root = app.window.page(page)
    reached, problems = tab_walk(qtbot, app.window, 2 * len(controls(app.window)) + 5)
    return [f"{page.value}: {p}" for p in problems + unreached(root, reached)]


@pytest.mark.allow_log_warnings  # offscreen: no tray, no raise()
def test_tab_reaches_every_control_of_every_page(app: Application, qtbot: QtBot) -> None:
    problems = []
    for page in PageId:
        problems += walk_page(qtbot, app, page)
    assert problems == [], "\n".join(problems)


@pytest.mark.allow_log_warnings  # offscreen: no tray, no raise()
def test_tab_reaches_the_access_form_and_the_install_log(app: Application, qtbot: QtBot
                                                         ) -> None:
    app.help_page.prefill_access("gimp", "GIMP", "manager")
    problems = walk_page(qtbot, app, PageId.HELP)
    assert app.help_page.manager.isVisible()  # the access form's own fields were there
    apps = app.apps
    apps.show_app(apps.model.apps()[0].id)
    apps.detail.show_result("pkexec is not installed on this computer", failed=True)
    apps.detail.set_log("18:19:51 Asking for administrator rights via pkexec\n")
    apps.detail.log_view.show()
    problems += walk_page(qtbot, app, PageId.APPS)
    assert problems == [], "\n".join(problems)


def check_dialog(qtbot: QtBot, dialog: QDialog) -> list[str]:
    """Tab reaches every control with a ring on it, then Esc closes the dialog; the
    controls reached."""
    dialog.show()
    qtbot.waitExposed(dialog)
    reached, problems = tab_walk(qtbot, dialog, 2 * len(controls(dialog)) + 3)
    problems += unreached(dialog, reached)
    assert problems == [], "\n".join(problems)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected or isinstance(dialog, QMessageBox)
    return [describe(w) for w in reached]


def enter_runs(qtbot: QtBot, dialog: QDialog, focus: QWidget | None = None) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    (focus or dialog).setFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def open_preview(qtbot: QtBot, app: Application) -> RequestPreviewDialog:
    page = app.help_page
    before = page.preview_dialog
    page.preview()
    qtbot.waitUntil(lambda: page.preview_dialog not in (None, before), timeout=10_000)
    assert page.preview_dialog is not None
    return page.preview_dialog


@pytest.mark.allow_log_warnings  # offscreen: no tray, no raise()
def test_the_preview_of_get_help(app: Application, qtbot: QtBot) -> None:
    page = app.help_page
    app.window.show_page(PageId.HELP.value)
    page.category.setCurrentIndex(page.category.findData("network"))
    page.summary.setText("VPN fails to connect")
    check_dialog(qtbot, open_preview(qtbot, app))
    dialog = open_preview(qtbot, app)
    sent: list[int] = []
    dialog.accepted.connect(lambda: sent.append(1))
    enter_runs(qtbot, dialog, dialog.attachment_list)  # Enter anywhere in it: "Send to IT"
    assert sent == [1], dialog.result()


@pytest.mark.allow_log_warnings  # offscreen: no tray, no raise()
def test_a_fix_confirmation(app: Application, qtbot: QtBot) -> None:
    check_dialog(qtbot, confirmation_box(app.window, "Send now", "Send the waiting request?"))
    box = confirmation_box(app.window, "Send now", "Send the waiting request?")
    enter_runs(qtbot, box)
    assert box.result() == QMessageBox.StandardButton.Cancel  # only an explicit Yes runs a fix


@pytest.mark.allow_log_warnings  # offscreen: no tray, no raise()
def test_the_error_dialog_and_the_link_message(app: Application, qtbot: QtBot) -> None:
    boxes: list[Callable[[], QMessageBox]] = [
        lambda: ErrorDialog("Could not install", "pkexec is missing.", "trace", app.window),
        lambda: app.links.tell_not_opened(QUrl("https://example.com/a"), app.window),
    ]
    for make, copy in zip(boxes, ("Copy the error details to the clipboard", "Copy link"),
                          strict=True):
        assert any(copy in w for w in check_dialog(qtbot, make()))
        box = make()
        enter_runs(qtbot, box)
        assert box.defaultButton() is not None
        assert box.clickedButton() is box.defaultButton()
    error = boxes[0]()
    assert error.defaultButton() is error.button(QMessageBox.StandardButton.Close)


def show_active(qtbot: QtBot, app: Application, page: PageId) -> None:
    app.window.show_page(page.value)
    app.window.show()
    qtbot.waitExposed(app.window)
    app.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app.window)


@pytest.mark.allow_log_warnings  # offscreen: no tray, no raise()
def test_enter_on_an_app_row_opens_its_details_and_installs_nothing(
    app: Application, qtbot: QtBot
) -> None:
    apps = app.apps
    show_active(qtbot, app, PageId.APPS)
    apps.show_app("company-files")  # a web app: its button (Open) is there on any computer
    chosen = apps.detail.app()
    assert chosen is not None
    assert apps.detail.action_button.isVisibleTo(apps)
    apps.list_view.setFocus()
    asked: list[tuple[str, str]] = []
    apps.detail.action_requested.connect(lambda app_id, action: asked.append((app_id, action)))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is apps.detail.action_button)
    assert apps.detail.app() == chosen
    assert asked == []  # Enter only moved there; installing takes a second, deliberate key


@pytest.mark.allow_log_warnings  # offscreen: no tray, no raise()
def test_enter_moves_through_get_help_and_ctrl_enter_sends(
    app: Application, qtbot: QtBot
) -> None:
    page = app.help_page
    show_active(qtbot, app, PageId.HELP)
    page.category.setCurrentIndex(page.category.findData("network"))
    page.summary.setFocus()
    qtbot.keyClicks(page.summary, "VPN fails to connect")
    press(qtbot, Qt.Key.Key_Return)  # a single-line field: on to the next field, not "Send"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.details)
    assert page.summary.text() == "VPN fails to connect"
    assert not page.sent_panel.isVisible()
    assert "Ctrl+Enter" in page.send_button.toolTip()
    qtbot.keyClicks(page.details, "Since this morning.")
    qtbot.keyClick(page.details, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.sent_panel.isVisible(), timeout=10_000)
    assert app.helpdesk.requests()[0].subject == "[Deskmate] VPN fails to connect"


@pytest.mark.allow_log_warnings  # offscreen: no tray, no raise()
def test_enter_closes_the_viewer_of_an_attached_item(app: Application, qtbot: QtBot) -> None:
    """The item viewer (View… on an item of the help form) has only "Back to the form": it is
    the default, so Enter in the list of items closes it like Esc does."""
    payload = TicketPayload("", RequestKind.REQUEST, "Device facts", "", "", "", {},
                            attachments=(Attachment("device.json", "application/json", b"{}"),))
    viewer = RequestPreviewDialog(payload, parent=app.window, can_send=False)
    check_dialog(qtbot, viewer)
    viewer = RequestPreviewDialog(payload, parent=app.window, can_send=False)
    enter_runs(qtbot, viewer, viewer.attachment_list)
    assert viewer.result() == QDialog.DialogCode.Rejected  # it sends nothing
