"""Settings of the activity ledger."""

from __future__ import annotations

from desktop.settings_schema import Kind, Setting

KEEP_DAYS: Setting[int] = Setting(
    "activity.keep_days", Kind.INT, 90,
    "Days the activity record keeps each entry; older ones leave one summary entry.",
    minimum=1, maximum=3650)

SETTINGS = (KEEP_DAYS,)
