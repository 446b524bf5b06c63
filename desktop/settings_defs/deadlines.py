"""Settings of IT's deadline for a pending OS restart after updates."""

from __future__ import annotations

from desktop.settings_schema import Kind, Setting

RESTART_DAYS: Setting[int] = Setting(
    "deadlines.restart_days", Kind.INT, 0,
    "Days after updates ask for a restart by which it must be done (Debian/Ubuntu's "
    "/var/run/reboot-required). 0: no restart deadline.",
    minimum=0, maximum=365)
RESTART_MAX_DEFERRALS: Setting[int] = Setting(
    "deadlines.restart_max_deferrals", Kind.INT, 3,
    "How many times the person may put the restart off before its deadline.",
    minimum=0, maximum=20)
RESTART_ENFORCE: Setting[bool] = Setting(
    "deadlines.restart_enforce", Kind.BOOL, False,
    "At the deadline, restart by itself after a 5-minute countdown (the system then waits "
    "10 more minutes); otherwise it shows as a problem on the Health page.")
SETTINGS = (RESTART_DAYS, RESTART_MAX_DEFERRALS, RESTART_ENFORCE)
