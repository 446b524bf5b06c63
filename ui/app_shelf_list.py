"""The Apps page's side list: All apps, Installed, Updates, then the categories, with counts."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

_KIND = Qt.ItemDataRole.UserRole + 1  # Shelf
_CATEGORY = Qt.ItemDataRole.UserRole + 2  # the category name; "" for the views
_COUNT = Qt.ItemDataRole.UserRole + 3


class Shelf(StrEnum):
    """Which apps the list shows besides the search: all, installed, with updates, a category."""

    ALL = "all"
    INSTALLED = "installed"
    UPDATES = "updates"
    CATEGORY = "category"


class AppShelfList(QListWidget):
    """Announces a change of shelf; the page reads :meth:`shelf` and :meth:`category`."""

    shelf_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Show apps"))
        self.setItemDelegate(_CountDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.currentRowChanged.connect(lambda _row: self.shelf_changed.emit())
        self.set_counts(0, 0, 0, {})

    def set_counts(self, total: int, installed: int, updates: int,
                   categories: dict[str, int]) -> None:
        """Rebuild the entries, keeping the one shown when it is still there."""
        shelf, category = self.shelf(), self.category()
        self.blockSignals(True)
        self.clear()
        self._add(self.tr("All apps"), total, Shelf.ALL)
        self._add(self.tr("Installed"), installed, Shelf.INSTALLED)
        self._add(self.tr("Updates"), updates, Shelf.UPDATES)
        for name in sorted(categories, key=str.casefold):
            self._add(name, categories[name], Shelf.CATEGORY, name)
        row = self.row_of(shelf, category)
        self.setCurrentRow(row if row >= 0 else 0)
        self.blockSignals(False)

    def shelf(self) -> Shelf:
        item = self.currentItem()
        return Shelf(item.data(_KIND)) if item is not None else Shelf.ALL

    def category(self) -> str:
        item = self.currentItem()
        return str(item.data(_CATEGORY)) if item is not None else ""

    def row_of(self, shelf: Shelf, category: str = "") -> int:
        """The row of that shelf (and category), or -1."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(_KIND) == shelf and item.data(_CATEGORY) == category:
                return row
        return -1

    def show_shelf(self, shelf: Shelf, category: str = "") -> None:
        row = self.row_of(shelf, category)
        if row >= 0:
            self.setCurrentRow(row)

    def _add(self, text: str, count: int, shelf: Shelf, category: str = "") -> None:
        item = QListWidgetItem(text)
        item.setData(_KIND, shelf.value)
        item.setData(_CATEGORY, category)
        item.setData(_COUNT, count)
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     self.tr("{name}, {count} apps").format(name=text, count=count))
        self.addItem(item)


class _CountDelegate(QStyledItemDelegate):
    """The name on the left, its count on the right in a quieter colour; rows with room."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        count = str(index.data(_COUNT))
        width = option.fontMetrics.horizontalAdvance(count) + 12
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = option.fontMetrics.elidedText(opt.text, Qt.TextElideMode.ElideRight,
                                                 opt.rect.width() - width - 12)
        opt.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter,
                                       opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = (QPalette.ColorRole.HighlightedText if selected
                else QPalette.ColorRole.PlaceholderText)
        painter.save()
        painter.setPen(option.palette.color(role))
        rect: QRect = option.rect.adjusted(0, 0, -8, 0)
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, count)
        painter.restore()
