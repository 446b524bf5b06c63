"""The tray's first icon is read from files drawn ahead; they must be the mark as drawn now."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from ui.checking_icon import SIZES, checking_icon, draw, file_name, folder
from ui.tray import TrayIcon

REDRAW = "the mark changed: run `python -m ui.checking_icon` to draw resources/tray again"


def _pixels(image: QImage) -> list[tuple[int, int, int, int]]:
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    return [argb.pixelColor(x, y).getRgb() for y in range(argb.height())
            for x in range(argb.width())]  # type: ignore[misc]


@pytest.mark.parametrize("px", SIZES)
def test_the_drawn_files_are_the_mark_as_painted_now(qtbot: QtBot, px: int) -> None:
    """Within one step of a channel, for a Qt whose anti-aliasing rounds differently."""
    saved = QImage(str(folder() / file_name(px)))
    assert (saved.width(), saved.height()) == (px, px), REDRAW
    painted = _pixels(draw(px).toImage())
    differ = [(a, b) for a, b in zip(_pixels(saved), painted, strict=True)
              if max(abs(x - y) for x, y in zip(a, b, strict=True)) > 1]
    assert differ == [], REDRAW


def test_the_first_icon_has_every_tray_size(qtbot: QtBot) -> None:
    icon = checking_icon()
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(SIZES)


def test_the_tray_starts_with_the_drawn_icon_then_paints(qtbot: QtBot) -> None:
    tray = TrayIcon(QColor("#2D6CDF"))
    shown = tray._icon.icon().pixmap(22, 22).toImage()
    assert shown == checking_icon().pixmap(22, 22).toImage()
    tray.set_badge(True)  # a badge is painted over the mark, as every other state is
    assert tray._icon.icon().pixmap(22, 22).toImage() != shown
