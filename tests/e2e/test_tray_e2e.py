"""The real app under Xvfb with a real tray host: find the icon, click it, see the panel."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.e2e.xsession import XSession, wait_for, x_session

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
PANEL = "Deskmate – Example Corp"


def colour_at(path: Path, x: int, y: int) -> QColor:
    image = QImage(str(path))
    assert not image.isNull()
    return image.pixelColor(x, y)


def stable_icon_centre(x: XSession) -> Callable[[], tuple[int, int] | None]:
    """A predicate that returns the icon's centre once two readings 0.3 s apart agree."""

    def probe() -> tuple[int, int] | None:
        first = x.tray_icon_centre()
        time.sleep(0.3)
        return first if first is not None and first == x.tray_icon_centre() else None

    return probe


def test_tray_icon_click_opens_the_panel(tmp_path: Path) -> None:
    with x_session() as x:
        x.start_tray_host()
        app = x.start_app(tmp_path / "profile", "--demo", "--hidden", log=tmp_path / "app.log")
        centre = wait_for(x.tray_icon_centre, 30, "Deskmate's icon in the tray")
        assert isinstance(centre, tuple)
        assert x.visible_windows(PANEL) == []  # --hidden: only the tray icon at first

        def icon_drawn() -> bool:
            icon = colour_at(x.screenshot(tmp_path / "tray-only.png"), *centre)
            return icon not in (QColor("#333333"), QColor("black"))

        wait_for(icon_drawn, 20, "the icon to be drawn in the tray")
        # trayer may still re-lay its panel out under load: click where the icon is now.
        centre = wait_for(stable_icon_centre(x), 20, "the icon to stay in place")
        assert isinstance(centre, tuple)
        x.click(*centre)
        wait_for(lambda: x.visible_windows(PANEL), 30, "the panel after a left click")
        # The panel opens next to the icon (the platform says where the icon is).
        panel = wait_for(lambda: panel_beside(x, centre), 30, "the panel beside the icon")
        assert isinstance(panel, tuple)
        inside = (panel[0] + panel[2] // 2, panel[1] + panel[3] // 2)
        wait_for(lambda: painted(x, tmp_path / "panel.png", inside), 30, "the panel to be drawn")

        # The context menu: a popup of ours near the icon, smaller than the panel.
        def menu_open() -> bool:
            return any(
                left > 950 and 100 < w < 600 and h > 150
                for left, _t, w, h in x.window_rects("deskmate")
            )

        assert not menu_open()
        x.click(*centre, button=3)
        wait_for(menu_open, 15, "the context menu beside the tray icon")
        x.screenshot(tmp_path / "menu.png")
        x.run("xdotool", "key", "Escape")
        wait_for(lambda: not menu_open(), 15, "the menu to close")
        x.click(*centre)  # a second click on the icon hides the panel
        wait_for(lambda: not x.visible_windows(PANEL), 15, "the panel to hide on a second click")
        assert app.poll() is None, (tmp_path / "app.log").read_text()
    log = (tmp_path / "profile" / "logs" / "deskmate.log.jsonl").read_text()
    assert '"level": "ERROR"' not in log
    assert '"level": "CRITICAL"' not in log


def test_second_launch_brings_the_first_forward(tmp_path: Path) -> None:
    with x_session() as x:
        x.start_tray_host()
        profile = tmp_path / "profile"
        first = x.start_app(profile, "--hidden", log=tmp_path / "first.log")
        wait_for(x.tray_icon_centre, 30, "the first instance's tray icon")
        second = x.start_app(profile, "--page", "settings", log=tmp_path / "second.log")
        assert second.wait(40) == 0
        wait_for(lambda: x.visible_windows(PANEL), 10, "the first instance's panel")
        assert first.poll() is None


def painted(x: XSession, path: Path, spot: tuple[int, int] = (300, 300)) -> bool:
    """True once the panel's area of the screen is drawn (light), not the black root window."""
    return colour_at(x.screenshot(path), *spot).lightness() > 150


def panel_beside(x: XSession, icon: tuple[int, int]) -> tuple[int, int, int, int] | None:
    """The panel's rectangle once it sits within 80 px of the icon, else None."""
    for left, top, width, height in x.window_rects("deskmate"):
        if width < 700 or height < 500:
            continue  # the menu or the icon, not the panel
        dx = max(left - icon[0], 0, icon[0] - (left + width))
        dy = max(top - icon[1], 0, icon[1] - (top + height))
        if dx <= 80 and dy <= 80:
            return (left, top, width, height)
    return None


def test_without_a_tray_host_a_window_opens(tmp_path: Path) -> None:
    with x_session() as x:
        app = x.start_app(tmp_path / "profile", "--hidden", log=tmp_path / "app.log")
        wait_for(lambda: x.visible_windows(PANEL), 20, "the fallback window")
        wait_for(lambda: painted(x, tmp_path / "no-tray.png"), 30, "the window to be drawn")
        assert app.poll() is None
    log = (tmp_path / "profile" / "logs" / "deskmate.log.jsonl").read_text()
    assert "No system tray available" in log


def test_smoke_test_shows_the_tray_and_exits_zero(tmp_path: Path) -> None:
    with x_session() as x:
        x.start_tray_host()
        app = x.start_app(tmp_path / "profile", "--smoke-test", log=tmp_path / "app.log")
        assert app.wait(60) == 0
    assert "Deskmate smoke test: tray icon shown" in (tmp_path / "app.log").read_text()


def test_a_click_on_the_icon_while_a_notification_shows_opens_the_panel(tmp_path: Path) -> None:
    """Qt's own balloon (a tray without a notification service) takes a click on the icon as
    a click on the message too: both ask for the panel, and it must stay open."""
    with x_session() as x:
        x.start_tray_host()
        log = tmp_path / "profile" / "logs" / "deskmate.log.jsonl"
        app = x.start_app(tmp_path / "profile", "--demo", "--hidden", log=tmp_path / "app.log")
        wait_for(lambda: log.is_file() and '"kind": "announcement", "verdict": "show"'
                 in log.read_text(), 60, "the demo announcement shown")

        def balloon() -> bool:  # the message, beside the icon: wider than the icon, no panel
            return any(w > 200 and h < 200 for _l, _t, w, h in x.window_rects("deskmate"))

        wait_for(balloon, 20, "the notification balloon")
        centre = wait_for(stable_icon_centre(x), 20, "the icon to stay in place")
        assert isinstance(centre, tuple)
        x.click(*centre)
        wait_for(lambda: x.visible_windows(PANEL), 30, "the panel after the click")
        time.sleep(1.0)  # the same click must not close it again
        assert x.visible_windows(PANEL), "the panel closed again"
        assert app.poll() is None


def test_a_click_on_the_icon_while_a_notification_shows_closes_an_open_panel(
    tmp_path: Path,
) -> None:
    """The other half: with the panel open, that click (message and icon) still closes it."""
    with x_session() as x:
        x.start_tray_host()
        log = tmp_path / "profile" / "logs" / "deskmate.log.jsonl"
        app = x.start_app(tmp_path / "profile", "--demo", log=tmp_path / "app.log")
        wait_for(lambda: x.visible_windows(PANEL), 30, "the panel, opened at start")
        wait_for(lambda: log.is_file() and '"kind": "announcement", "verdict": "show"'
                 in log.read_text(), 60, "the demo announcement shown")
        centre = wait_for(stable_icon_centre(x), 20, "the icon to stay in place")
        assert isinstance(centre, tuple)
        x.click(*centre)
        wait_for(lambda: not x.visible_windows(PANEL), 15, "the panel to close")
        assert app.poll() is None
