"""Paints one catalogue row: name, why it matched (or who makes it), and its state in words."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.catalogue.installed_state import InstallState
from desktop.catalogue.model import CatalogueApp
from ui.app_icons import AppIconSet
from ui.catalogue_model import Roles, state_words

_PAD = 8
ICON = 32  # the app's tile at the start of its row


class AppListDelegate(QStyledItemDelegate):
    """Two lines of text with a state label on the right; colours come from the palette."""

    def __init__(self, parent: QObject | None = None, icons: AppIconSet | None = None) -> None:
        super().__init__(parent)
        self._icons = icons or AppIconSet()

    def state_text(self, app: CatalogueApp, state: InstallState, busy: str) -> str:
        return state_words(app, state, busy)

    def placed_state(self, state: str, width: int, metrics: QFontMetrics) -> tuple[str, bool]:
        """The state as drawn in a row whose text area is ``width`` wide, and whether it
        takes the second line."""
        if metrics.horizontalAdvance(state) <= int(width * 0.4):
            return state, False
        # A narrow row: the state replaces "publisher · category" rather than being cut short.
        return metrics.elidedText(state, Qt.TextElideMode.ElideRight, width), True

    def text_width(self, row_width: int) -> int:
        """The width of a row's text area (beside its icon)."""
        return row_width - 2 * _PAD - ICON - _PAD - 4

    @staticmethod
    def _second_line(app: CatalogueApp, match: str, state: str) -> str:
        """Why it matched (or who makes it); led by the state when the first line had no room."""
        if state:
            return f"{state} · {match}" if match else state
        return match or f"{app.publisher} · {app.category}"

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = option.fontMetrics.height()
        return QSize(120, max(height * 2 + 4, ICON) + _PAD * 2)  # narrow: the row fits the view

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        app = index.data(Roles.APP)
        if not isinstance(app, CatalogueApp):
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        if selected:
            painter.fillRect(rect, palette.highlight())
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        state = self.state_text(app, index.data(Roles.STATE), index.data(Roles.BUSY) or "")
        inner = rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        icon_rect = QRect(inner.left(), inner.center().y() - ICON // 2, ICON, ICON)
        self._icons.icon(app).paint(painter, icon_rect)
        inner = inner.adjusted(ICON + _PAD + 4, 0, 0, 0)
        # The name matters most: the state gets at most 40 % of the first line, else the second.
        state, below = self.placed_state(state, inner.width(), painter.fontMetrics())
        state_width = 0 if below else painter.fontMetrics().horizontalAdvance(state) + _PAD
        text_rect = inner.adjusted(0, 0, -state_width, 0)
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setPen(palette.color(text_role))
        painter.setFont(bold)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(text_rect, align, painter.fontMetrics().elidedText(
            app.name, Qt.TextElideMode.ElideRight, text_rect.width()))
        painter.setFont(option.font)
        second = self._second_line(app, index.data(Roles.MATCH) or "", state if below else "")
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         painter.fontMetrics().elidedText(second, Qt.TextElideMode.ElideRight,
                                                          text_rect.width()))
        if not below:
            painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             state)
        painter.restore()
