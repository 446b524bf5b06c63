"""The tray icon is the state at 16–24 px, its menu says the state in words, and the panel
opens next to the icon, hides on a second click or Esc."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from desktop.health_state import OverallState
from ui.main_window import MainWindow
from ui.theme import STATE_COLOURS, Branding, tray_icon
from ui.tray import TrayIcon
from ui.tray_placement import panel_position

BRANDING = Branding("Acme Ltd", QColor("#AA3366"))
SIZES = (16, 22, 24)
SHOWN = (OverallState.OK, OverallState.ATTENTION, OverallState.PROBLEM, OverallState.OUTAGE)


def _opaque(image: QImage) -> list[QColor]:
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    return [c for c in pixels if c.alpha() > 200]


def _share_of(colour: QColor, image: QImage) -> float:
    opaque = _opaque(image)
    near = [
        c for c in opaque
        if abs(c.red() - colour.red()) + abs(c.green() - colour.green())
        + abs(c.blue() - colour.blue()) < 60
    ]
    return len(near) / max(1, len(opaque))


def _mask(image: QImage) -> set[tuple[int, int]]:
    return {
        (x, y) for x in range(image.width()) for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 128
    }


@pytest.mark.parametrize("px", SIZES)
@pytest.mark.parametrize("state", SHOWN)
def test_the_state_colour_is_most_of_the_icon(qtbot: QtBot, px: int, state: OverallState) -> None:
    image = tray_icon(BRANDING.accent, state).pixmap(px, px).toImage()
    assert image.width() == px
    assert _share_of(STATE_COLOURS[state], image) > 0.5


@pytest.mark.parametrize("px", SIZES)
def test_attention_problem_and_outage_differ_in_shape(qtbot: QtBot, px: int) -> None:
    masks = {
        s: _mask(tray_icon(BRANDING.accent, s).pixmap(px, px).toImage())
        for s in SHOWN[1:]
    }
    for a, b in itertools.combinations(masks, 2):
        differing = len(masks[a] ^ masks[b])
        assert differing > 0.12 * px * px, (a, b, differing)


def test_an_ok_icon_shows_no_alarm_colour(qtbot: QtBot) -> None:
    image = tray_icon(BRANDING.accent, OverallState.OK).pixmap(22, 22).toImage()
    for alarm in (OverallState.PROBLEM, OverallState.ATTENTION):
        assert _share_of(STATE_COLOURS[alarm], image) < 0.02


def test_the_menu_starts_with_the_state_in_words(qtbot: QtBot) -> None:
    tray = TrayIcon(BRANDING.accent)
    first = tray.menu().actions()[0]
    assert not first.isEnabled()
    assert "checking" in first.text().lower()
    tray.set_state(OverallState.PROBLEM, "Deskmate: 2 things need a look")
    assert tray.menu().actions()[0].text() == "2 things need a look"
    assert tray.tooltip() == "Deskmate: 2 things need a look"


def test_the_menu_names_the_pages_as_the_panel_does(qtbot: QtBot) -> None:
    tray = TrayIcon(BRANDING.accent)
    texts = [a.text() for a in tray.menu().actions() if a.isEnabled() and not a.isSeparator()]
    assert texts == [
        "Home", "Health", "Apps", "Get help", "My requests",
        "Check my computer now", "Settings", "Activity", "About", "Quit Deskmate",
    ]
    pages: list[str] = []
    tray.page_requested.connect(pages.append)
    for action in tray.menu().actions():
        if action.isEnabled() and action.text() not in ("Check my computer now", "Quit Deskmate"):
            action.trigger()
    assert pages == ["home", "health", "apps", "help", "requests", "settings", "activity", "about"]
    with qtbot.waitSignal(tray.check_requested):
        next(a for a in tray.menu().actions() if a.text() == "Check my computer now").trigger()


def test_escape_hides_the_panel(qtbot: QtBot) -> None:
    window = MainWindow(BRANDING)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window.findChild(QListWidget, "nav"), Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_escape_keeps_the_panel_when_it_is_the_only_window(qtbot: QtBot) -> None:
    window = MainWindow(BRANDING)
    qtbot.addWidget(window)
    window.set_escape_hides(False)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()


SCREEN = QRect(0, 0, 1600, 1000)
PANEL = QSize(920, 640)


def test_the_panel_opens_above_an_icon_at_the_bottom_right() -> None:
    spot = panel_position(QRect(1560, 972, 24, 24), PANEL, SCREEN)
    assert spot is not None
    assert spot.y() + PANEL.height() <= 972
    assert spot.x() + PANEL.width() <= 1600
    assert spot.x() >= 1600 - PANEL.width() - 16


def test_the_panel_opens_below_an_icon_at_the_top() -> None:
    spot = panel_position(QRect(1500, 2, 22, 22), PANEL, SCREEN)
    assert spot is not None
    assert spot.y() >= 24
    assert SCREEN.contains(QRect(spot, PANEL))


def test_the_panel_opens_beside_an_icon_on_the_left_edge() -> None:
    spot = panel_position(QRect(2, 500, 24, 24), PANEL, SCREEN)
    assert spot is not None
    assert spot.x() == 26 + 4
    assert SCREEN.contains(QRect(spot, PANEL))


def test_no_icon_geometry_means_no_placement() -> None:
    assert panel_position(QRect(), PANEL, SCREEN) is None


def test_ctrl_numbers_switch_pages_and_ctrl_f_finds_the_search(qtbot: QtBot) -> None:
    from PySide6.QtGui import QIcon, QKeySequence, QShortcut
    from PySide6.QtWidgets import QLineEdit, QWidget

    from ui.navigation import PageId

    class Searchable(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.search = QLineEdit(self)

    window = MainWindow(BRANDING)
    qtbot.addWidget(window)
    apps = Searchable()
    for page, widget in ((PageId.HOME, QWidget()), (PageId.HEALTH, QWidget()),
                         (PageId.APPS, apps)):
        window.add_page(page, page.value, QIcon(), widget)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    # QTest key clicks do not reach QShortcut under pytest on offscreen: press them by key.
    shortcuts = {s.key().toString(): s for s in window.findChildren(QShortcut)}

    def press(keys: str) -> None:
        shortcuts[keys].activated.emit()

    press("Ctrl+2")
    assert window.current_page_id() == "health"
    press("Ctrl+9")  # no such page: stays
    assert window.current_page_id() == "health"
    press(QKeySequence(QKeySequence.StandardKey.Find).toString())
    assert window.current_page_id() == "apps"
    assert window.focusWidget() is apps.search
