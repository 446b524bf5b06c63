"""Tray menu, panel navigation, Home and Settings pages on the offscreen platform."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.health_state import OverallState
from ui.main_window import MainWindow
from ui.navigation import PageId
from ui.pages.home_page import Banner, HomePage
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
    assert model.data(model.index(0, 2)) == "🔒 Your IT department"
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
