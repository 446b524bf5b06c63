"""The light and dark palettes GUI tests and screenshots theme the app with."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

_DARK = (
    ("Window", "#202124"), ("WindowText", "#E8EAED"), ("Base", "#2B2C30"),
    ("AlternateBase", "#34353A"), ("Text", "#E8EAED"), ("Button", "#303134"),
    ("ButtonText", "#E8EAED"), ("PlaceholderText", "#9AA0A6"), ("ToolTipBase", "#303134"),
    ("ToolTipText", "#E8EAED"), ("Mid", "#5F6368"), ("Light", "#5F6368"),
    ("Midlight", "#4A4B50"), ("Dark", "#151618"), ("Shadow", "#000000"),
)


def light_palette() -> QPalette:
    """The style's own light palette (Fusion's, offscreen)."""
    return QPalette(QApplication.style().standardPalette())


def dark_palette() -> QPalette:
    """A dark system palette, as a desktop in dark mode gives one."""
    palette = QPalette()
    for role, colour in _DARK:
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return palette
