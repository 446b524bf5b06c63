"""Settings of the attention gate: quiet hours when Deskmate holds its messages."""

from __future__ import annotations

from desktop.attention.quiet_hours import SPAN_PATTERN
from desktop.settings_schema import Kind, Setting

QUIET_HOURS: Setting[str] = Setting(
    "attention.quiet_hours",
    Kind.STR,
    "",
    "Daily quiet hours as HH:MM-HH:MM (e.g. 18:00-08:00, may cross midnight); messages wait "
    "until they end. Empty: none.",
    pattern=SPAN_PATTERN,
)
QUIET_WEEKENDS: Setting[bool] = Setting(
    "attention.quiet_weekends",
    Kind.BOOL,
    False,
    "Treat all of Saturday and Sunday as quiet hours.",
)
SETTINGS = (QUIET_HOURS, QUIET_WEEKENDS)
