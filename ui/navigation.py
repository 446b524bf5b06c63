"""The panel's pages by stable id; the tray menu, CLI ``--page`` and links use these ids."""

from __future__ import annotations

from enum import StrEnum


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
