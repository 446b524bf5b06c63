"""Settings of the local shadow-IT nudges (nothing is ever reported)."""

from __future__ import annotations

from desktop.settings_schema import Kind, Setting

SCAN_MINUTES: Setting[int] = Setting(
    "shadow_it.scan_minutes",
    Kind.INT,
    10,
    "How often running programs are compared with the tools IT has approved alternatives for.",
    minimum=1,
    maximum=24 * 60,
)
NUDGES_ENABLED: Setting[bool] = Setting(
    "shadow_it.nudges",
    Kind.BOOL,
    True,
    "Suggest the approved alternative when a tool IT has replaced is running (never reported).",
)
SETTINGS = (SCAN_MINUTES, NUDGES_ENABLED)
