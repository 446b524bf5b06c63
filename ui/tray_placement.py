"""Where the panel opens: next to the tray icon, inside the screen's free area."""

from __future__ import annotations

import logging

from PySide6.QtCore import QPoint, QRect, QSize

log = logging.getLogger(__name__)

GAP = 4  # pixels between the icon and the panel


def panel_position(icon: QRect, panel: QSize, screen: QRect) -> QPoint | None:
    """The panel's top-left corner beside ``icon`` (a tray icon's geometry) within ``screen``
    (its available area), or None where the platform does not say where the icon is."""
    if not icon.isValid() or icon.isEmpty() or not screen.intersects(icon):
        return None
    if _on_side_edge(icon, screen):
        x = icon.right() + 1 + GAP if icon.center().x() < screen.center().x() else (
            icon.left() - GAP - panel.width()
        )
        y = icon.center().y() - panel.height() // 2
    else:
        x = icon.center().x() - panel.width() // 2
        y = icon.bottom() + 1 + GAP if icon.center().y() < screen.center().y() else (
            icon.top() - GAP - panel.height()
        )
    return QPoint(_clamp(x, screen.left(), screen.right() + 1 - panel.width()),
                  _clamp(y, screen.top(), screen.bottom() + 1 - panel.height()))


def _on_side_edge(icon: QRect, screen: QRect) -> bool:
    """A panel (taskbar) at the left or right edge: the icon is nearer a side than top/bottom."""
    horizontal = min(icon.left() - screen.left(), screen.right() - icon.right())
    vertical = min(icon.top() - screen.top(), screen.bottom() - icon.bottom())
    return horizontal < vertical


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(value, max(low, high)))
