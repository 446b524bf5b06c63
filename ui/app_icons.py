"""App icons: the catalogue's verified icon file, or a generated monogram tile without one.

The tile's colour comes from the app's id (the same app always looks the same) and its
letters from the name ("Visual Studio Code" → "VS"), drawn on a rounded square."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImageReader, QPainter, QPixmap

from desktop.catalogue.model import CatalogueApp

log = logging.getLogger(__name__)

# Calm, readable tile colours; white letters have enough contrast on each.
_TILE_COLOURS = ("#2D6CDF", "#1E8A5A", "#8A4FD6", "#C2410C", "#0E7490", "#B02A6B", "#4B5563",
                 "#9A6700")


_SIZES = (24, 32, 48, 64)
IconFiles = Callable[[CatalogueApp], Path | None]


def no_icon_files(_app: CatalogueApp) -> Path | None:
    return None


class AppIconSet:
    """Each app's icon, drawn once: its verified file (SVG or PNG) at every size the panel
    uses, or its monogram tile when it has none or the file does not draw."""

    def __init__(self, files: IconFiles = no_icon_files) -> None:
        self._files = files
        self._icons: dict[tuple[str, str | None], QIcon] = {}

    def set_files(self, files: IconFiles) -> None:
        """Where icon files come from now (a new catalogue); forgets the icons drawn so far."""
        self._files = files
        self._icons.clear()

    def icon(self, app: CatalogueApp) -> QIcon:
        key = (app.id, app.icon)
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = self._from_file(app) or monogram_icon(app.id, app.name)
        return icon

    def _from_file(self, app: CatalogueApp) -> QIcon | None:
        path = self._files(app)
        if path is None:
            return None
        icon = QIcon()
        for px in _SIZES:
            reader = QImageReader(str(path))
            reader.setScaledSize(QSize(px, px))
            image = reader.read()
            if image.isNull():
                log.info("App icon does not draw", extra={"app": app.id,
                                                         "error": reader.errorString()})
                return None
            icon.addPixmap(QPixmap.fromImage(image))
        return icon


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
