"""The Deskmate panel: a navigation list beside a stack of pages, with a header and notices."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QHideEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.navigation import PageId
from ui.theme import Branding, app_icon
from ui.tray_placement import panel_position

log = logging.getLogger(__name__)
# The smallest window every page is laid out for (tests/ui/test_minimum_size.py): a small
# laptop screen with the panel beside other work.
MINIMUM_SIZE = QSize(800, 520)


def _scrollable(page: QWidget | None) -> QScrollArea:
    """A page that never gets less room than its minimum size: below it, the page scrolls
    instead of drawing its rows over each other."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    if page is not None:  # a lazy page is set when it is first opened
        scroll.setWidget(page)
    return scroll


def _search_field(page: QWidget | None) -> QLineEdit | None:
    """A page's search box: the public ``search`` line edit pages with one offer."""
    inner = page.widget() if isinstance(page, QScrollArea) else page
    search = getattr(inner, "search", None)
    return search if isinstance(search, QLineEdit) else None


class MainWindow(QMainWindow):
    """Pages are added by the composition root; the window only navigates between them."""

    page_changed = Signal(str)
    closed = Signal()
    hidden = Signal()  # however it was hidden (closed, Esc, the tray icon, hide())
    link_requested = Signal(str)  # a link in the notice; the composition root opens it

    def __init__(self, branding: Branding, ui_state: QSettings | None = None) -> None:
        super().__init__()
        self._ui_state = ui_state
        self._pages: dict[str, int] = {}
        self._builders: dict[str, Callable[[], QWidget]] = {}  # pages built on first open
        self.setWindowTitle(
            self.tr("Deskmate – {organization}").format(organization=branding.organization)
        )
        self.setWindowIcon(app_icon(branding.accent))
        self.setAccessibleName(self.tr("Deskmate panel"))
        self._nav = QListWidget()
        self._nav.setObjectName("nav")
        self._nav.setAccessibleName(self.tr("Sections"))
        self._nav.setIconSize(QSize(20, 20))
        self._nav.setFixedWidth(176)
        self._nav.setFrameShape(QFrame.Shape.NoFrame)
        self._nav.currentRowChanged.connect(self._on_row_changed)
        self._stack = QStackedWidget()
        self._notice = QLabel()
        self._notice.setObjectName("notice")
        self._notice.setWordWrap(True)
        self._notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self._notice.linkActivated.connect(self.link_requested)
        self._notice.hide()
        self.setCentralWidget(self._build_body(branding))
        self.resize(920, 640)
        self.setMinimumSize(MINIMUM_SIZE)
        self._restore_geometry()
        close_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close_shortcut.activated.connect(self.close)
        self._escape_hides = True
        self._keyboard_shortcuts()

    def _build_body(self, branding: Branding) -> QWidget:
        header = QLabel(f"<b>{branding.organization}</b> · Deskmate")
        header.setObjectName("header")
        header.setContentsMargins(16, 10, 16, 6)
        logo = QLabel()
        pixmap = QPixmap(branding.logo_path) if branding.logo_path else QPixmap()
        if not pixmap.isNull():  # a missing or unreadable logo simply is not shown
            logo.setPixmap(pixmap.scaledToHeight(28, Qt.TransformationMode.SmoothTransformation))
            logo.setContentsMargins(16, 8, 0, 4)
            logo.setAccessibleName(branding.organization)
        logo.setVisible(not pixmap.isNull())
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(logo)
        top.addWidget(header, 1)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self._notice)
        self._bars = right  # feature bars (e.g. a nudge) go between the notice and the pages
        right.addWidget(self._stack, 1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._nav)
        row.addLayout(right, 1)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(top)
        body.addLayout(row, 1)
        widget = QWidget()
        widget.setLayout(body)
        return widget

    def add_page(self, page_id: PageId, title: str, icon: QIcon, widget: QWidget | None) -> None:
        self._pages[page_id.value] = self._stack.addWidget(_scrollable(widget))
        item = QListWidgetItem(icon, title)
        item.setData(Qt.ItemDataRole.UserRole, page_id.value)
        item.setSizeHint(QSize(160, 40))
        self._nav.addItem(item)
        if self._nav.currentRow() < 0:
            self._nav.setCurrentRow(0)

    def add_lazy_page(
        self, page_id: PageId, title: str, icon: QIcon, build: Callable[[], QWidget]
    ) -> None:
        """Like :meth:`add_page`, but ``build`` makes the page when it is first opened (or
        asked for with :meth:`page`), and again after :meth:`release_pages` let it go."""
        self._builders[page_id.value] = build
        self.add_page(page_id, title, icon, None)

    def is_built(self, page_id: PageId) -> bool:
        scroll = self._stack.widget(self._pages[page_id.value])
        return isinstance(scroll, QScrollArea) and scroll.widget() is not None

    def _ensure_built(self, page_id: str) -> None:
        scroll = self._stack.widget(self._pages.get(page_id, -1))
        build = self._builders.get(page_id)
        if build is not None and isinstance(scroll, QScrollArea) and scroll.widget() is None:
            scroll.setWidget(build())

    def release_pages(self, keep: Callable[[str, QWidget], bool]) -> tuple[str, ...]:
        """Delete every built lazy page that ``keep`` does not hold on to (it holds unsent
        state: typed text, a running job); they are built again when next opened."""
        released = []
        for page_id in self._builders:
            scroll = self._stack.widget(self._pages[page_id])
            page = scroll.widget() if isinstance(scroll, QScrollArea) else None
            if page is not None and not keep(page_id, page):
                assert isinstance(scroll, QScrollArea)
                scroll.takeWidget()
                page.deleteLater()
                released.append(page_id)
        return tuple(released)

    def insert_page(
        self, position: int, page_id: PageId, title: str, icon: QIcon, widget: QWidget
    ) -> None:
        """Like :meth:`add_page`, at ``position`` in the navigation."""
        index = self._stack.insertWidget(position, _scrollable(widget))
        self._pages = {k: (v + 1 if v >= index else v) for k, v in self._pages.items()}
        self._pages[page_id.value] = index
        item = QListWidgetItem(icon, title)
        item.setData(Qt.ItemDataRole.UserRole, page_id.value)
        item.setSizeHint(QSize(160, 40))
        self._nav.insertItem(index, item)

    def page(self, page_id: PageId) -> QWidget:
        self._ensure_built(page_id.value)
        scroll = self._stack.widget(self._pages[page_id.value])
        widget = scroll.widget() if isinstance(scroll, QScrollArea) else None
        if widget is None:
            raise KeyError(page_id)
        return widget

    def _page_id_at(self, row: int) -> str:
        item = self._nav.item(row)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def current_page_id(self) -> str:
        item = self._nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def show_page(self, page_id: str) -> None:
        """Switch to ``page_id`` (unknown ids keep the current page), then come to the front."""
        if page_id in self._pages:
            self._ensure_built(page_id)
            self._nav.setCurrentRow(self._pages[page_id])
        self.bring_to_front()

    def bring_to_front(self) -> None:
        self._ensure_built(self.current_page_id())  # it may have been released while hidden
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def _keyboard_shortcuts(self) -> None:
        """Ctrl+1…9 open the pages in navigation order; Ctrl+F goes to a search field."""
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self._go_to_row(row))
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)

    def _go_to_row(self, row: int) -> None:
        if 0 <= row < self._nav.count():
            self._nav.setCurrentRow(row)

    def focus_search(self) -> None:
        """Focus the current page's search field, or the first page that has one."""
        current = self._stack.currentIndex()
        for index in [current, *range(self._stack.count())]:
            search = _search_field(self._stack.widget(index))
            if search is not None:
                self._nav.setCurrentRow(index)
                search.setFocus(Qt.FocusReason.ShortcutFocusReason)
                search.selectAll()
                return

    def set_escape_hides(self, hides: bool) -> None:
        """Esc hides the panel; not where it is the only window (no tray to come back from)."""
        self._escape_hides = hides

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc that no widget took (a popup, a search field) hides the panel."""
        if event.key() == Qt.Key.Key_Escape and self._escape_hides:
            self.close()
            return
        super().keyPressEvent(event)

    def place_near(self, icon: QRect) -> None:
        """Move the panel next to a tray icon at ``icon``, where the platform says where it is."""
        screen = QGuiApplication.screenAt(icon.center()) if icon.isValid() else None
        if screen is None:
            return
        spot = panel_position(icon, self.frameGeometry().size(), screen.availableGeometry())
        if spot is not None:
            self.move(spot)

    def add_bar(self, widget: QWidget) -> None:
        """Place a bar (hidden until it has something to say) above the pages."""
        self._bars.insertWidget(self._bars.count() - 1, widget)

    def set_notice(self, html: str) -> None:
        """A line above the pages, e.g. demo mode or a policy problem; empty hides it."""
        self._notice.setText(html)
        self._notice.setVisible(bool(html))

    def _on_row_changed(self, row: int) -> None:
        if self.isVisible():  # a hidden panel builds its page when shown (bring_to_front)
            self._ensure_built(self._page_id_at(row))
        self._stack.setCurrentIndex(row)
        self.page_changed.emit(self.current_page_id())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._ui_state is not None:
            self._ui_state.setValue("main_window/geometry", self.saveGeometry())
        self.closed.emit()
        super().closeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():  # a minimise is spontaneous; the panel stays open
            self.hidden.emit()

    def _restore_geometry(self) -> None:
        if self._ui_state is None:
            return
        geometry = self._ui_state.value("main_window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
