"""The panel's pages by stable id; the tray menu, CLI ``--page`` and links use these ids."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


class PageId(StrEnum):
    HOME = "home"
    HEALTH = "health"
    APPS = "apps"
    HELP = "help"
    REQUESTS = "requests"
    SETTINGS = "settings"
    ACTIVITY = "activity"
    DATA = "data"
    ABOUT = "about"


_TITLES: dict[PageId, str] = {
    PageId.HOME: str(QT_TRANSLATE_NOOP("Nav", "Home")),
    PageId.HEALTH: str(QT_TRANSLATE_NOOP("Nav", "Health")),
    PageId.APPS: str(QT_TRANSLATE_NOOP("Nav", "Apps")),
    PageId.HELP: str(QT_TRANSLATE_NOOP("Nav", "Get help")),
    PageId.REQUESTS: str(QT_TRANSLATE_NOOP("Nav", "My requests")),
    PageId.SETTINGS: str(QT_TRANSLATE_NOOP("Nav", "Settings")),
    PageId.ACTIVITY: str(QT_TRANSLATE_NOOP("Nav", "Activity")),
    PageId.DATA: str(QT_TRANSLATE_NOOP("Nav", "Your data")),
    PageId.ABOUT: str(QT_TRANSLATE_NOOP("Nav", "About")),
}


def page_title(page: PageId) -> str:
    """The page's name as the navigation shows it; the tray menu uses the same words."""
    return QCoreApplication.translate("Nav", _TITLES[page])
