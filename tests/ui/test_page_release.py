"""Pages the tray does not feed are built when first opened, and released after the panel was
hidden for ``app.release_pages_after_seconds``; a page holding work is kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app.graph import Application
from desktop.health_state import OverallState
from desktop.settings_defs import helpdesk as helpdesk_settings
from tests.ui.app_builder import build_application
from ui.home_feed import Banner
from ui.navigation import PageId

BUILT: list[Application] = []
ON_OPEN = (PageId.HOME, PageId.HEALTH, PageId.APPS, PageId.REQUESTS, PageId.SETTINGS,
           PageId.ACTIVITY, PageId.DATA, PageId.ABOUT)


@pytest.fixture(autouse=True)
def shut_down_apps(qtbot: QtBot) -> Iterator[None]:
    yield
    while BUILT:
        BUILT.pop().shutdown()


def build(qtbot: QtBot, tmp_path: Path, policy: str) -> Application:
    policy_file = tmp_path / "policy.toml"
    policy_file.write_text(policy, encoding="utf-8")
    app = build_application(tmp_path / "profile", policy_file)
    BUILT.append(app)
    qtbot.addWidget(app.window)
    app.health_control.last_summary = None
    return app


def _open_every_page(qtbot: QtBot, app: Application) -> None:
    for page in PageId:
        app.window.show_page(page.value)
    qtbot.waitUntil(lambda: not app.runner.busy and not app.health_page.running,
                    timeout=60_000)


RELEASE_SOON = "[app]\nrelease_pages_after_seconds = 1\n"


def test_pages_the_tray_does_not_feed_are_built_when_first_opened(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = build(qtbot, tmp_path, "")
    assert [p for p in ON_OPEN if app.window.is_built(p)] == []
    app.window.show_page(PageId.ABOUT.value)
    assert app.window.is_built(PageId.ABOUT)
    assert "Deskmate" in app.about.details_text()
    assert not app.window.is_built(PageId.ACTIVITY)


def test_pages_are_released_after_the_panel_was_hidden_and_built_again_on_open(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = build(qtbot, tmp_path, RELEASE_SOON)
    _open_every_page(qtbot, app)
    assert all(app.window.is_built(p) for p in ON_OPEN)
    app.help_page.summary.setText("VPN drops every hour")  # typed, not sent: the form stays
    app.window.hide()
    qtbot.waitUntil(lambda: not any(app.window.is_built(p) for p in ON_OPEN), timeout=10_000)
    assert app.window.is_built(PageId.HELP)
    assert app.help_page.summary.text() == "VPN drops every hour"
    app.window.show_page(PageId.ACTIVITY.value)
    assert app.window.is_built(PageId.ACTIVITY)
    app.activity_page.refresh()
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=10_000)
    app.window.hide()
    app.window.show_page("")  # the tray click: the current page is built again if released
    assert app.window.is_built(PageId.ACTIVITY)


def test_nothing_is_released_while_a_dialog_is_open_or_a_check_runs(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = build(qtbot, tmp_path, RELEASE_SOON)
    _open_every_page(qtbot, app)
    app.window.hide()
    box = QMessageBox(QMessageBox.Icon.Information, "t", "t")
    box.setModal(True)
    box.show()
    assert QApplication.activeModalWidget() is box
    app.release_pages()
    assert all(app.window.is_built(p) for p in ON_OPEN)
    box.close()
    app.health_page.start_run()
    app.release_pages()  # a task will call back into a page: try again later
    assert all(app.window.is_built(p) for p in ON_OPEN)
    assert app._release_timer.isActive()
    released = app.window.release_pages(app._keeps_page)
    assert PageId.HEALTH.value not in released  # its run is not finished
    assert PageId.ACTIVITY.value in released
    qtbot.waitUntil(lambda: not app.health_page.running, timeout=60_000)


def test_zero_keeps_every_page(qtbot: QtBot, tmp_path: Path) -> None:
    app = build(qtbot, tmp_path, "[app]\nrelease_pages_after_seconds = 0\n")
    _open_every_page(qtbot, app)
    app.window.hide()
    assert not app._release_timer.isActive()


def test_home_gets_the_news_that_came_while_it_was_not_built(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = build(qtbot, tmp_path, RELEASE_SOON)
    app.home_feed.set_banners((Banner("VPN outage", "Engineers are on it.", major=True),))
    app.home_feed.set_health(OverallState.ATTENTION, "1 thing needs a look", "Disk almost full")
    app.home_feed.set_required_apps((("zoom", "Zoom", True),))
    assert not app.window.is_built(PageId.HOME)
    app.window.show_page(PageId.HOME.value)
    assert "VPN outage" in app.home._banner.text()
    assert app.home._summary.text() == "1 thing needs a look"
    assert not app.home.required_card.isHidden()
    app.window.hide()
    qtbot.waitUntil(lambda: not app.window.is_built(PageId.HOME), timeout=10_000)
    app.home_feed.set_banners(())  # the outage is over while Home is released
    app.window.show_page(PageId.HOME.value)
    assert app.home._banner.isHidden()
    assert app.home._summary.text() == "1 thing needs a look"


def test_settings_released_then_changed_elsewhere_shows_the_change_when_opened(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = build(qtbot, tmp_path, RELEASE_SOON)
    app.window.show_page(PageId.SETTINGS.value)
    app.window.hide()
    qtbot.waitUntil(lambda: not app.window.is_built(PageId.SETTINGS), timeout=10_000)
    app.settings_control.set_work_email("me@example.com")  # from the help form
    assert app.core.settings.value(helpdesk_settings.WORK_EMAIL) == "me@example.com"
    app.window.show_page(PageId.SETTINGS.value)
    assert app.settings_page.work_email.edit.text() == "me@example.com"


def test_apps_the_form_and_my_requests_are_released_too_when_they_hold_no_work(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = build(qtbot, tmp_path, RELEASE_SOON)
    _open_every_page(qtbot, app)
    app.window.show_page(PageId.APPS.value)
    app.window.hide()
    held = (PageId.APPS, PageId.HELP, PageId.REQUESTS)
    qtbot.waitUntil(lambda: not any(app.window.is_built(p) for p in held), timeout=10_000)
    app.open_from_tray("")  # the tray click builds the page it showed again
    assert app.window.current_page_id() == PageId.APPS.value
    assert app.window.is_built(PageId.APPS)
    assert not app.window.is_built(PageId.HELP)


@pytest.mark.parametrize("draft", ["reply", "justification", "attachment"])
def test_unsent_words_keep_the_panel(qtbot: QtBot, tmp_path: Path, draft: str) -> None:
    app = build(qtbot, tmp_path, RELEASE_SOON)
    app.window.show_page(PageId.SETTINGS.value)  # released first: the release has run
    if draft == "reply":
        app.requests_page.reply_text.setPlainText("It happened again this morning")
    elif draft == "justification":
        app.help_page.justification.setPlainText("For the customer demo")
    else:
        (tmp_path / "error.txt").write_text("E42", encoding="utf-8")
        app.help_page.attach_file(tmp_path / "error.txt")
        qtbot.waitUntil(lambda: app.help_page.has_draft(), timeout=10_000)
    app.window.hide()
    qtbot.waitUntil(lambda: not app.window.is_built(PageId.SETTINGS), timeout=10_000)
    page = PageId.REQUESTS if draft == "reply" else PageId.HELP
    assert app.window.is_built(page)


def test_home_names_the_required_apps_not_here_while_apps_is_not_built(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = build(qtbot, tmp_path, "")
    app.catalogue_bridge.refresh()
    qtbot.waitUntil(lambda: app.catalogue.catalogue() is not None, timeout=30_000)
    app.window.show_page(PageId.HOME.value)
    qtbot.waitUntil(lambda: not app.home.required_card.isHidden(), timeout=30_000)
    assert not app.window.is_built(PageId.APPS)
