"""Fixes that call the OS: flush DNS, schedule a restart, open a settings page."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from diagnostics.fixes.base import FixOutcome, FixPlan, FixUnavailableError, PlanItem
from diagnostics.fixes.command_fix import CommandRunner

Argv = tuple[str, ...]


def dns_flush_commands(platform: str, which: Callable[[str], str | None] = shutil.which
                       ) -> tuple[tuple[Argv, ...], bool]:
    """The commands that empty the DNS cache here, and whether they need admin rights."""
    if platform == "win32":
        return ((("ipconfig", "/flushdns"),), False)
    if platform == "darwin":
        return ((("dscacheutil", "-flushcache"), ("killall", "-HUP", "mDNSResponder")), True)
    if which("resolvectl"):
        return ((("resolvectl", "flush-caches"),), False)
    if which("systemd-resolve"):
        return ((("systemd-resolve", "--flush-caches"),), False)
    raise FixUnavailableError("no DNS cache")


@dataclass(frozen=True)
class DnsFlushFix:
    runner: CommandRunner
    id: str = "dns.flush"
    check_id: str = "network.dns"

    def plan(self) -> FixPlan:
        commands, admin = dns_flush_commands(self.runner.platform)
        return FixPlan(self.id, self.check_id,
                       tuple(PlanItem("run", " ".join(argv)) for argv in commands), admin,
                       {"commands": tuple(" ".join(a) for a in commands)})

    def apply(self, plan: FixPlan) -> FixOutcome:
        commands, admin = dns_flush_commands(self.runner.platform)
        return self.runner.run_all(commands, admin)

    def unavailable(self) -> str | None:
        try:
            dns_flush_commands(self.runner.platform)
        except FixUnavailableError as exc:
            return str(exc)
        return None


def restart_commands(platform: str, minutes: int) -> tuple[Argv, bool]:
    if platform == "win32":
        return ("shutdown", "/r", "/t", str(minutes * 60)), False
    if platform == "darwin":
        return ("shutdown", "-r", f"+{minutes}"), True
    return ("shutdown", "-r", f"+{minutes}"), False


def cancel_restart_command(platform: str) -> Argv:
    return ("shutdown", "/a") if platform == "win32" else ("shutdown", "-c")


@dataclass(frozen=True)
class RestartFix:
    """Schedules a restart after a countdown, so open work can be saved first."""

    runner: CommandRunner
    minutes: int = 10
    now: Callable[[], float] = time.time
    id: str = "system.restart"
    check_id: str = "system.uptime"

    def unavailable(self) -> str | None:
        argv, _ = restart_commands(self.runner.platform, self.minutes)
        return None if shutil.which(argv[0]) else "no shutdown command"

    def plan(self) -> FixPlan:
        argv, admin = restart_commands(self.runner.platform, self.minutes)
        return FixPlan(self.id, self.check_id, (PlanItem("restart", " ".join(argv)),), admin,
                       {"minutes": self.minutes})

    def apply(self, plan: FixPlan) -> FixOutcome:
        argv, admin = restart_commands(self.runner.platform, self.minutes)
        outcome = self.runner.run_all((argv,), admin)
        if not outcome.succeeded:
            return outcome
        return FixOutcome(True, {"minutes": self.minutes,
                                 "restart_at": self.now() + self.minutes * 60})

    def cancel(self) -> FixOutcome:
        return self.runner.run_all((cancel_restart_command(self.runner.platform),), False)


_PAGES: dict[str, dict[str, Argv]] = {
    "win32": {"network": ("ms-settings:network",), "updates": ("ms-settings:windowsupdate",),
              "storage": ("ms-settings:storagesense",), "security": ("windowsdefender:",),
              "datetime": ("ms-settings:dateandtime",)},
    "darwin": {
        "network": ("x-apple.systempreferences:com.apple.preference.network",),
        "updates": ("x-apple.systempreferences:com.apple.preferences.softwareupdate",),
        "storage": ("x-apple.systempreferences:com.apple.settings.Storage",),
        "security": ("x-apple.systempreferences:com.apple.preference.security",),
        "datetime": ("x-apple.systempreferences:com.apple.preference.datetime",)},
    "linux": {"network": ("network",), "updates": ("info-overview",),
              "storage": ("info-overview",), "security": ("privacy",),
              "datetime": ("datetime",)},
}
_CHECK_OF_PAGE = {"network": "network.internet", "updates": "security.updates",
                  "storage": "system.disk", "security": "security.firewall",
                  "datetime": "system.clock"}


def settings_argv(platform: str, page: str,
                  which: Callable[[str], str | None] = shutil.which) -> Argv:
    key = platform if platform in ("win32", "darwin") else "linux"
    target = _PAGES[key][page][0]
    if key == "win32":
        return ("explorer.exe", target)
    if key == "darwin":
        return ("open", target)
    if which("gnome-control-center"):
        return ("gnome-control-center", target)
    if which("systemsettings"):
        return ("systemsettings",)
    raise FixUnavailableError("no settings app")


def launch_detached(argv: Sequence[str]) -> None:
    """Start a settings app without waiting for it (it stays open after we return)."""
    # An argv list, never a shell.
    subprocess.Popen(list(argv), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL, start_new_session=sys.platform != "win32")


@dataclass(frozen=True)
class OpenSettingsFix:
    page: str
    platform: str = sys.platform
    opener: Callable[[Sequence[str]], None] = launch_detached

    @property
    def id(self) -> str:
        return f"settings.{self.page}"

    @property
    def check_id(self) -> str:
        return _CHECK_OF_PAGE[self.page]

    def unavailable(self) -> str | None:
        try:
            settings_argv(self.platform, self.page)
        except FixUnavailableError as exc:
            return str(exc)
        return None

    def plan(self) -> FixPlan:
        argv = settings_argv(self.platform, self.page)
        return FixPlan(self.id, self.check_id, (PlanItem("open", self.page),),
                       facts={"command": " ".join(argv)})

    def apply(self, plan: FixPlan) -> FixOutcome:
        try:
            argv = settings_argv(self.platform, self.page)
            self.opener(argv)
        except (FixUnavailableError, OSError) as exc:
            return FixOutcome(False, {"error": str(exc)}, "unavailable")
        return FixOutcome(True, {"opened": self.page})


SETTINGS_PAGES = tuple(_CHECK_OF_PAGE)
