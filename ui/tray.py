"""The tray icon: shows overall health, opens the panel, and offers the main jobs in a menu."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop.health_state import OverallState
from ui.navigation import PageId
from ui.theme import tray_icon

log = logging.getLogger(__name__)


class TrayIcon(QObject):
    """Wraps ``QSystemTrayIcon``. Announces intent through signals; never does the work."""

    page_requested = Signal(str)  # a PageId value
    panel_requested = Signal()  # left click: open the panel where it was
    check_requested = Signal()
    quit_requested = Signal()
    message_clicked = Signal()

    def __init__(self, accent: QColor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accent = accent
        self._state = OverallState.UNKNOWN
        self._badge = False
        self._waiting = 0  # messages the attention gate holds until you are free
        self._icon = QSystemTrayIcon(self)
        self._menu = QMenu()  # keep a reference: Qt does not own a tray's context menu
        self._build_menu()
        self._icon.setContextMenu(self._menu)
        self._icon.activated.connect(self._on_activated)
        self._icon.messageClicked.connect(self.message_clicked)
        self.set_state(OverallState.UNKNOWN, self.tr("Deskmate: checking your computer…"))

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    @property
    def state(self) -> OverallState:
        return self._state

    def show(self) -> None:
        self._icon.show()

    def hide(self) -> None:
        self._icon.hide()

    def is_visible(self) -> bool:
        return self._icon.isVisible()

    def tooltip(self) -> str:
        return self._icon.toolTip()

    def menu(self) -> QMenu:
        return self._menu

    def set_state(self, state: OverallState, summary: str) -> None:
        """Show ``state`` in the icon and a one-line ``summary`` in the tooltip."""
        self._state = state
        self._icon.setToolTip(summary)
        self._paint()

    def set_badge(self, badge: bool) -> None:
        """Mark the icon when a major announcement is active."""
        self._badge = badge
        self._paint()

    def set_waiting(self, count: int) -> None:
        """Mark the icon while ``count`` messages wait for you to be free."""
        self._waiting = count
        self._paint()

    def badged(self) -> bool:
        return self._badge or self._waiting > 0

    def _paint(self) -> None:
        self._icon.setIcon(tray_icon(self._accent, self._state, self.badged()))

    def notify(self, title: str, message: str, problem: bool = False) -> None:
        kind = (
            QSystemTrayIcon.MessageIcon.Warning
            if problem
            else QSystemTrayIcon.MessageIcon.Information
        )
        self._icon.showMessage(title, message, kind, 10_000)

    def _build_menu(self) -> None:
        entries = (
            (self.tr("Open Deskmate"), PageId.HOME),
            (self.tr("Check my computer"), None),
            (self.tr("Get apps"), PageId.APPS),
            (self.tr("Get help"), PageId.HELP),
            (self.tr("My requests"), PageId.REQUESTS),
        )
        for text, page in entries:
            action = self._menu.addAction(text)
            if page is None:
                action.triggered.connect(self.check_requested)
            else:
                action.triggered.connect(lambda _=False, p=page: self.page_requested.emit(p.value))
        self._menu.addSeparator()
        for text, page in (
            (self.tr("Settings"), PageId.SETTINGS),
            (self.tr("About"), PageId.ABOUT),
        ):
            action = self._menu.addAction(text)
            action.triggered.connect(lambda _=False, p=page: self.page_requested.emit(p.value))
        self._menu.addSeparator()
        quit_action: QAction = self._menu.addAction(self.tr("Quit Deskmate"))
        quit_action.triggered.connect(self.quit_requested)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.panel_requested.emit()
