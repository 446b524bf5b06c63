"""Every setting Deskmate has, declared once per feature area."""

from __future__ import annotations

from desktop.settings_defs import (
    activity,
    attention,
    catalogue,
    core,
    deadlines,
    health,
    helpdesk,
    shadow_it,
)
from desktop.settings_schema import SettingsRegistry


def build_registry() -> SettingsRegistry:
    """The registry of all declared settings, in a stable order."""
    return SettingsRegistry(
        (
            *core.SETTINGS,
            *health.SETTINGS,
            *catalogue.SETTINGS,
            *shadow_it.SETTINGS,
            *attention.SETTINGS,
            *deadlines.SETTINGS,
            *helpdesk.SETTINGS,
            *activity.SETTINGS,
        )
    )
