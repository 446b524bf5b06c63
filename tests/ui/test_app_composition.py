"""The composition root builds every page and service, and the tray follows the checks."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from desktop.app.graph import Application
from desktop.health_state import OverallState
from diagnostics.result import Category, CheckResult, Status
from tests.fakes.tools import running
from tests.ui.app_builder import build_application
from ui.navigation import PageId
from ui.pages.coming_soon_page import ComingSoonPage

BUILT: list[Application] = []


@pytest.fixture(autouse=True)
def shut_down_apps(qtbot: QtBot) -> Iterator[None]:
    """Stop each Application's timers and tasks before its widgets go away."""
    yield
    while BUILT:
        BUILT.pop().shutdown()


def build(tmp_path: Path, policy: str = "") -> Application:
    tmp_path.mkdir(exist_ok=True)
    policy_file = tmp_path / "policy.toml"
    policy_file.write_text(policy, encoding="utf-8")
    app = build_application(tmp_path / "profile", policy_file)
    BUILT.append(app)
    return app


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_every_page_is_real_and_reachable(qtbot: QtBot, tmp_path: Path) -> None:
    app = build(tmp_path)
    qtbot.addWidget(app.window)
    for page in PageId:
        assert not isinstance(app.window.page(page), ComingSoonPage), page
        app.window.show_page(page.value)
        assert app.window.current_page_id() == page.value
    app.runner.wait_for_done(10_000)


# What fails on this sandbox whatever we do (no internet, no LUKS, shared CPU, no catalogue yet)
# is switched off by policy, as IT would on such machines, so only the disk decides.
QUIET = (
    '[health]\ndisabled_checks = ["network.internet", "security.encryption", "system.cpu", '
    '"deskmate.catalogue", "security.updates", "system.processes"]\n'
)


def tray_state_after_check(qtbot: QtBot, app: Application) -> OverallState:
    assert app.tray.state is OverallState.UNKNOWN
    app.health_control.check_in_background(notify=True)
    qtbot.waitUntil(lambda: app.tray.state is not OverallState.UNKNOWN, timeout=15_000)
    app.runner.wait_for_done(10_000)
    return app.tray.state


@pytest.mark.allow_log_warnings
def test_a_policy_forced_disk_failure_turns_the_tray_red(qtbot: QtBot, tmp_path: Path) -> None:
    calm = build(tmp_path / "calm", QUIET)
    qtbot.addWidget(calm.window)
    assert tray_state_after_check(qtbot, calm) is not OverallState.PROBLEM
    assert "system.disk" in {r.id for r in calm.health_control.last_summary.results}  # type: ignore[union-attr]

    full = build(tmp_path / "full", QUIET + "[health.disk]\nfail_free_percent = 99.9\n")
    qtbot.addWidget(full.window)
    assert tray_state_after_check(qtbot, full) is OverallState.PROBLEM
    # one problem reads "1 thing needs", more "3 things need" (it read "1 things need")
    assert re.fullmatch(r"Deskmate: (1 thing needs|\d+ things need) a look", full.tray.tooltip())
    results = {r.id: r.status.value for r in full.health_control.last_summary.results}  # type: ignore[union-attr]
    assert results["system.disk"] == "fail"
    assert "network.internet" not in results


@pytest.mark.allow_log_warnings
def test_demo_catalogue_reaches_the_apps_page_and_announcements_home(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = build(tmp_path)
    qtbot.addWidget(app.window)
    app.catalogue_bridge.start()
    qtbot.waitUntil(lambda: app.apps.model.rowCount() >= 25, timeout=15_000)
    news = app.catalogue.active_announcements()
    assert news, "the demo repository carries one announcement"
    assert news[0].title in app.home._banner.text()
    app.runner.wait_for_done(10_000)


@pytest.mark.allow_log_warnings
def test_request_access_and_ask_for_an_app_open_the_access_form(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = build(tmp_path)
    qtbot.addWidget(app.window)
    app.catalogue_bridge.start()
    qtbot.waitUntil(lambda: app.apps.model.rowCount() >= 25, timeout=15_000)
    slack = app.catalogue.catalogue().app("slack")  # type: ignore[union-attr]
    assert slack is not None
    assert slack.approval == "manager"
    app.apps.access_requested.emit("slack")
    assert app.window.current_page_id() == PageId.HELP.value
    mode = app.help_page.access_mode
    assert mode is not None
    assert (mode.app_id, mode.approval) == ("slack", "manager")
    app.apps.app_request_requested.emit()
    mode = app.help_page.access_mode
    assert mode is not None
    assert mode.app_id == ""
    app.runner.wait_for_done(10_000)


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_a_second_click_on_the_icon_hides_the_panel(qtbot: QtBot, tmp_path: Path) -> None:
    app = build(tmp_path)
    qtbot.addWidget(app.window)
    app.wire_tray()
    app.tray.panel_requested.emit()
    qtbot.waitUntil(app.window.isVisible)
    app.tray.panel_requested.emit()
    assert not app.window.isVisible()
    app.tray.panel_requested.emit()
    assert app.window.isVisible()
    app.runner.wait_for_done(10_000)


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_the_tray_menu_uses_the_panels_page_names(qtbot: QtBot, tmp_path: Path) -> None:
    app = build(tmp_path)
    qtbot.addWidget(app.window)
    nav = app.window.findChild(QListWidget, "nav")
    assert nav is not None
    titles = {nav.item(i).text() for i in range(nav.count())}
    pages: list[str] = []
    app.tray.page_requested.connect(pages.append)
    for action in app.tray.menu().actions():
        if action.text() in titles:
            action.trigger()
            app.window.show_page(pages[-1])
            assert nav.currentItem().text() == action.text()
    # Every page but the data inventory (reached from Activity and About) is in the menu.
    assert len(pages) == len(titles) - 1
    assert "data" not in pages
    app.runner.wait_for_done(10_000)


def _attached(qtbot: QtBot, app: Application) -> list[str]:
    app.runner.wait_for_done(10_000)
    qtbot.waitUntil(lambda: app.help_page.refresh_button.isEnabled(), timeout=10_000)
    return [item.attachment_name for item in app.help_page.context_model.items()]


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_a_failed_install_log_does_not_stick_to_a_later_request(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = build(tmp_path, QUIET)
    qtbot.addWidget(app.window)
    app.ask_for_help("software", "Installing Krita failed", install_log="E: dpkg was interrupted")
    assert "install.log" in _attached(qtbot, app)
    app.window.show_page(PageId.HOME.value)  # the person went elsewhere …
    app.window.show_page(PageId.HELP.value)  # … and came back about something else
    assert "install.log" not in _attached(qtbot, app)
    app.ask_for_help("software", "Installing Krita failed", install_log="E: dpkg was interrupted")
    assert "install.log" in _attached(qtbot, app)
    app.help_page.request_queued.emit("sent-key")  # that request went out
    app.help_page.refresh_context()
    assert "install.log" not in _attached(qtbot, app)


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_ask_it_about_this_opens_get_help_about_that_check(qtbot: QtBot, tmp_path: Path) -> None:
    app = build(tmp_path, QUIET)
    qtbot.addWidget(app.window)
    disk = CheckResult("system.disk", Category.SYSTEM, Status.FAIL,
                       {"volumes": [{"mountpoint": "/", "free_bytes": 1, "free_percent": 1}]},
                       "disk.cleanup", 0.01)
    app.health_page.ask_about.emit(disk)
    assert app.window.current_page_id() == PageId.HELP.value
    assert app.help_page.summary.text() == "Problem with: Disk space"
    assert "nearly full" in app.help_page.details.toPlainText()
    app.runner.wait_for_done(10_000)


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_the_demo_notice_is_one_short_line_whose_details_open_about(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = build(tmp_path)
    qtbot.addWidget(app.window)
    notice = app.window._notice
    assert "Demo mode" in notice.text()
    assert "/" not in notice.text().replace("</", "")  # no folder path across every page
    assert len(notice.text()) < 160
    notice.linkActivated.emit("deskmate:about")
    assert app.window.current_page_id() == PageId.ABOUT.value
    app.runner.wait_for_done(10_000)


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_about_copies_the_details_a_helpdesk_asks_for(qtbot: QtBot, tmp_path: Path) -> None:
    app = build(tmp_path)
    qtbot.addWidget(app.window)
    text = app.about.details_text()
    assert text.startswith("Deskmate: ")
    assert f"Profile folder: {tmp_path / 'profile'}" in text
    assert "App catalogue: " in text
    assert "Helpdesk: file" in text
    assert "System: " in text
    app.runner.wait_for_done(10_000)


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_quitting_ends_a_check_or_fix_command_still_running(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A command the thread runner is waiting on (a fix's password prompt, a hanging firewall
    tool) is stopped at shutdown, not left running after Deskmate has gone."""
    bin_dir, pidfile = tmp_path / "bin", tmp_path / "ufw.pid"
    bin_dir.mkdir()
    ufw = bin_dir / "ufw"
    ufw.write_text(f"#!{sys.executable}\nimport os, time\n"
                   f"open({str(pidfile)!r}, 'w').write(str(os.getpid()))\ntime.sleep(60)\n",
                   encoding="utf-8")
    ufw.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    app = build(tmp_path / "app")
    app.runner.submit(lambda: app.health.run(only=["security.firewall"]))
    qtbot.waitUntil(lambda: pidfile.exists() and bool(pidfile.read_text()), timeout=15_000)
    BUILT.remove(app)
    app.shutdown()
    assert not running(int(pidfile.read_text()))
