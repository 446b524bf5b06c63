"""Settings of the health checks, the sampler and self-fixes."""

from __future__ import annotations

from desktop.settings_schema import Kind, Setting

DISK_FAIL_PERCENT: Setting[float] = Setting(
    "health.disk.fail_free_percent", Kind.FLOAT, 5.0,
    "A volume with less free space than this (percent) is a problem.", minimum=0, maximum=100,
)
DISK_WARN_PERCENT: Setting[float] = Setting(
    "health.disk.warn_free_percent", Kind.FLOAT, 10.0,
    "A volume with less free space than this (percent) needs attention.", minimum=0, maximum=100,
)

SETTINGS = (DISK_FAIL_PERCENT, DISK_WARN_PERCENT)
