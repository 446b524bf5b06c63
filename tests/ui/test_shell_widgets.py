"""Tray menu, panel navigation, Home and Settings pages on the offscreen platform."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from desktop.health_state import OverallState
from ui.home_feed import Banner
from ui.main_window import MainWindow
from ui.navigation import PageId
from ui.pages.home_page import HomePage
from ui.pages.settings_page import SettingsPage
from ui.settings_model import SettingRow
from ui.theme import Branding
from ui.tray import TrayIcon

BRANDING = Branding(
    "Acme Ltd", QColor("#AA3366"), support_email="help@acme.test", support_phone="123"
)


def test_tray_state_changes_icon_and_tooltip(qtbot: QtBot) -> None:
    tray = TrayIcon(BRANDING.accent)
    before = tray._icon.icon().pixmap(32, 32).toImage()
    tray.set_state(OverallState.PROBLEM, "Deskmate: 1 problem found")
    assert tray.state is OverallState.PROBLEM
    assert tray.tooltip() == "Deskmate: 1 problem found"
    assert tray._icon.icon().pixmap(32, 32).toImage() != before


def test_panel_navigates_between_pages(qtbot: QtBot) -> None:
    window = MainWindow(BRANDING)
    qtbot.addWidget(window)
    for page in (PageId.HOME, PageId.SETTINGS):
        window.add_page(page, page.value.title(), window.windowIcon(), QLabel(page.value))
    seen: list[str] = []
    window.page_changed.connect(seen.append)
    window.show_page("settings")
    assert window.current_page_id() == "settings"
    window.show_page("no-such-page")
    assert window.current_page_id() == "settings"
    assert seen == ["settings"]
    assert "Acme Ltd" in window.windowTitle()


def test_home_tiles_request_pages_and_banners_show(qtbot: QtBot) -> None:
    home = HomePage("Ada", "laptop-042", BRANDING, hour=9)
    qtbot.addWidget(home)
    requested: list[str] = []
    home.page_requested.connect(requested.append)
    from PySide6.QtWidgets import QToolButton

    tiles = home.findChildren(QToolButton, "tile")
    assert [t.accessibleName() for t in tiles] == [
        "Check my computer",
        "Get apps",
        "Get help",
        "My requests",
    ]
    for tile in tiles:
        tile.click()
    assert requested == ["health", "apps", "help", "requests"]
    assert home._banner.isHidden()
    home.set_banners((Banner("VPN outage", "Engineers are on it.", major=True),))
    assert not home._banner.isHidden()
    assert "VPN outage" in home._banner.text()
    home.set_health(OverallState.ATTENTION, "2 things need a look")
    assert home._summary.text() == "2 things need a look"


def test_settings_page_shows_locks(qtbot: QtBot) -> None:
    page = SettingsPage()
    qtbot.addWidget(page)
    page.show_autostart(enabled=True, locked=True)
    assert page.autostart.isChecked()
    assert not page.autostart.isEnabled()
    assert "IT department" in page.autostart.toolTip()
    page.show_settings((SettingRow("app.autostart", "on", "policy", "Start at sign-in"),))
    model = page.model
    assert model.data(model.index(0, 2)) == "Your IT department"
    toggled: list[bool] = []
    page.autostart_toggled.connect(toggled.append)
    page.show_autostart(enabled=False, locked=False)
    page.autostart.click()
    assert toggled == [True]


def test_settings_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from ui.settings_model import SettingsTableModel

    model = SettingsTableModel(
        (SettingRow("a.b", "1", "default", "d"), SettingRow("c.d", "x", "user", "e"))
    )
    qtmodeltester.check(model)


def test_branding_logo_shows_when_readable(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QPixmap

    logo = tmp_path / "logo.png"
    pixmap = QPixmap(64, 32)
    pixmap.fill(QColor("#AA3366"))
    assert pixmap.save(str(logo))
    window = MainWindow(Branding("Acme Ltd", QColor("#AA3366"), logo_path=str(logo)))
    qtbot.addWidget(window)
    shown = [w for w in window.findChildren(QLabel) if w.pixmap() and not w.pixmap().isNull()]
    assert [w.accessibleName() for w in shown] == ["Acme Ltd"]
    broken = MainWindow(Branding("Acme Ltd", QColor("#AA3366"), logo_path=str(tmp_path / "nope")))
    qtbot.addWidget(broken)
    assert not [w for w in broken.findChildren(QLabel) if w.pixmap() and not w.pixmap().isNull()]


def test_home_names_problems_lists_open_requests_and_links_contacts(qtbot: QtBot) -> None:
    home = HomePage("Ada", "laptop-042", BRANDING, hour=9)
    qtbot.addWidget(home)
    home.set_health(OverallState.PROBLEM, "3 things need a look",
                    "Disk space and Internet, and 1 more · Checked at 09:12")
    assert "Disk space and Internet" in home._detail.text()
    assert home._requests.isHidden()
    home.set_requests((("VPN fails", "In progress"), ("Dock is dead", "Waiting for you")))
    assert not home._requests.isHidden()
    assert "VPN fails — <i>In progress</i>" in home._requests.text()
    pages: list[str] = []
    home.page_requested.connect(pages.append)
    home._requests.linkActivated.emit("requests")
    assert pages == ["requests"]
    contacts = next(label for label in home.findChildren(QLabel)
                    if "IT support" in label.text())
    assert 'href="mailto:help@acme.test"' in contacts.text()
    assert 'href="tel:123"' in contacts.text()


def test_home_content_width_is_capped(qtbot: QtBot) -> None:
    home = HomePage("Ada", "laptop-042", BRANDING, hour=9)
    qtbot.addWidget(home)
    home.resize(1800, 900)
    home.show()
    qtbot.waitExposed(home)
    tiles = home.findChildren(QToolButton, "tile")
    right = max(t.mapTo(home, t.rect().topRight()).x() for t in tiles)
    left = min(t.mapTo(home, t.rect().topLeft()).x() for t in tiles)
    assert right - left <= 900
    assert left > 300  # centred, not stuck to the left


def test_open_requests_leave_out_ideas_and_resolved_ones() -> None:
    from datetime import UTC, datetime

    from desktop.helpdesk.connector import RemoteStatus
    from desktop.helpdesk.outbox import DeliveryState, OutboxEntry
    from ui.open_requests import open_request_lines

    def entry(key: str, kind: str, status: RemoteStatus | None, minute: int) -> OutboxEntry:
        at = datetime(2026, 11, 30, 9, minute, tzinfo=UTC)
        return OutboxEntry(key, kind, f"[Deskmate] {key}", DeliveryState.SENT, 1, at, at, None,
                           None, "1", None, status, at, None, False, False)

    lines = open_request_lines(
        (entry("Old", "request", RemoteStatus.OPEN, 1), entry("Idea", "feedback", None, 2),
         entry("Done", "request", RemoteStatus.RESOLVED, 3),
         entry("New", "access", RemoteStatus.IN_PROGRESS, 4)),
        lambda key: key.replace("_", " "),
    )
    assert lines == (("New", "in progress"), ("Old", "open"))


def test_home_detail_names_the_top_two_problems_and_the_time() -> None:
    from datetime import datetime

    from diagnostics.result import Category, CheckResult, RunSummary, Status
    from ui.health_controller import home_detail

    def result(cid: str, status: Status) -> CheckResult:
        return CheckResult(cid, Category.SYSTEM, status, {}, None, 0.01)

    at = datetime(2026, 11, 30, 9, 12).timestamp()
    summary = RunSummary((result("system.os", Status.OK), result("system.memory", Status.WARN),
                          result("system.disk", Status.FAIL), result("system.cpu", Status.WARN)),
                         at, 0.5)
    assert home_detail(summary) == "Disk space and Memory, and 1 more · Checked at 09:12"
    fine = RunSummary((result("system.os", Status.OK),), at, 0.5)
    assert home_detail(fine) == "Checked at 09:12"


def test_home_lists_required_apps_not_installed_with_install_or_details(qtbot: QtBot) -> None:
    home = HomePage("Ada", "laptop-042", BRANDING, hour=9)
    qtbot.addWidget(home)
    home.show()
    assert not home.required_card.isVisible()
    home.set_required_apps((("slack", "Slack", True), ("vpn", "WireGuard VPN", False)))
    assert home.required_card.isVisible()
    assert "Required apps not installed" in home.required_title.text()
    buttons = home.required_card.findChildren(QPushButton)
    assert [b.text() for b in buttons] == ["Install", "Details"]
    assert [b.accessibleName() for b in buttons] == ["Install Slack", "Details of WireGuard VPN"]
    with qtbot.waitSignal(home.install_requested) as install:
        buttons[0].click()
    assert install.args == ["slack"]
    with qtbot.waitSignal(home.app_requested) as shown:
        buttons[1].click()
    assert shown.args == ["vpn"]
    home.set_required_apps(())
    assert not home.required_card.isVisible()
