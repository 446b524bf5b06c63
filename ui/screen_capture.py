"""A picture of the screen as it was just before the panel opened, for a help request."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage


def grab_screen() -> QImage | None:
    """The primary screen now (call it before the panel is shown), or None without one."""
    if not QGuiApplication.screens():  # headless: nothing to picture
        return None
    image = QGuiApplication.primaryScreen().grabWindow(0).toImage()
    return None if image.isNull() else image


def png_bytes(image: QImage) -> bytes:
    """Encode as PNG. QImage (unlike QPixmap) may be used off the GUI thread."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 6.12 takes str only
    buffer.close()
    return bytes(data.data())
