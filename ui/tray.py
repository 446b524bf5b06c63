"""The tray icon: shows overall health, opens the panel, and offers the main jobs in a menu."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop.health_state import OverallState
from ui.navigation import PageId, page_title
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
        """Show ``state`` as the icon, a one-line ``summary`` ("Deskmate: …") in the tooltip
        and, without the app's name, as the menu's first line."""
        self._state = state
        self._icon.setToolTip(summary)
        self._state_line.setText(summary.removeprefix(self.tr("Deskmate: ")))
        self._paint()

    def geometry(self) -> QRect:
        """Where the icon is on the screen; empty where the platform does not say."""
        return self._icon.geometry()

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
        """The state in words first, then the pages by the names the panel gives them."""
        self._state_line = self._menu.addAction("")
        self._state_line.setEnabled(False)
        self._menu.addSeparator()
        for page in (PageId.HOME, PageId.HEALTH, PageId.APPS, PageId.HELP, PageId.REQUESTS):
            self._add_page_action(page)
        self._menu.addSeparator()
        check = self._menu.addAction(self.tr("Check my computer now"))
        check.triggered.connect(self.check_requested)
        self._menu.addSeparator()
        for page in (PageId.SETTINGS, PageId.ACTIVITY, PageId.ABOUT):
            self._add_page_action(page)
        self._menu.addSeparator()
        quit_action: QAction = self._menu.addAction(self.tr("Quit Deskmate"))
        quit_action.triggered.connect(self.quit_requested)

    def _add_page_action(self, page: PageId) -> None:
        action = self._menu.addAction(page_title(page))
        action.triggered.connect(lambda _=False, p=page: self.page_requested.emit(p.value))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.panel_requested.emit()
