"""App icons: a generated monogram tile for apps without one of their own.

The tile's colour comes from the app's id (the same app always looks the same) and its
letters from the name ("Visual Studio Code" → "VS"), drawn on a rounded square."""

from __future__ import annotations

import hashlib
import logging

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

log = logging.getLogger(__name__)

# Calm, readable tile colours; white letters have enough contrast on each.
_TILE_COLOURS = ("#2D6CDF", "#1E8A5A", "#8A4FD6", "#C2410C", "#0E7490", "#B02A6B", "#4B5563",
                 "#9A6700")


def monogram(name: str) -> str:
    """One or two letters for ``name``: the first letters of its first two words."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    letters = words[0][0] + (words[1][0] if len(words) > 1 else "")
    return letters.upper()


def tile_colour(app_id: str) -> QColor:
    digest = hashlib.sha256(app_id.encode("utf-8")).digest()
    return QColor(_TILE_COLOURS[digest[0] % len(_TILE_COLOURS)])


def monogram_icon(app_id: str, name: str, size: int = 48) -> QIcon:
    """The generated tile for an app without an icon of its own."""
    icon = QIcon()
    for px in sorted({24, 32, 48, 64, 96, 128, size, size * 2}):  # 2x: a 200 % display
        icon.addPixmap(_paint_tile(tile_colour(app_id), monogram(name), px))
    return icon


def _paint_tile(colour: QColor, letters: str, px: int) -> QPixmap:
    pixmap = QPixmap(px, px)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(0, 0, px, px), px * 0.22, px * 0.22)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(6, int(px * (0.42 if len(letters) > 1 else 0.5))))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, px, px), Qt.AlignmentFlag.AlignCenter, letters)
    painter.end()
    return pixmap
