"""Security checks: firewall, disk encryption, pending OS updates, screen lock."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from diagnostics import security_parsers as parse
from diagnostics.check import Check
from diagnostics.command import CommandError, CommandNotFoundError, RunCommand, run_command
from diagnostics.config import HealthConfig, Thresholds
from diagnostics.result import Category, FactValue, Outcome, Status
from diagnostics.slow_value import Cached, SlowValue

T = TypeVar("T")
_T = 5.0  # seconds for one quick platform command
_WU_QUERY = ("(New-Object -ComObject Microsoft.Update.Session).CreateUpdateSearcher()"
             ".Search('IsInstalled=0 and IsHidden=0').Updates.Count")


class UnavailableError(Exception):
    """This OS has no tool we can ask; the check is skipped with the message as reason."""


def _ask(run: RunCommand, argv: Sequence[str], parser: Callable[[str], T],
         timeout: float = _T, stderr: bool = False) -> T | None:
    """Parsed output of ``argv``; None when it is missing, hangs, or says nothing we know."""
    try:
        out = run(argv, timeout)
    except CommandError:
        return None
    try:
        return parser(out.stderr + out.stdout if stderr else out.stdout)
    except (ValueError, KeyError, IndexError):
        return None


def firewall_state(platform: str, run: RunCommand) -> tuple[bool, str]:
    if platform == "win32":
        profiles = _ask(run, ["netsh", "advfirewall", "show", "allprofiles", "state"],
                        parse.parse_netsh_profiles)
        if not profiles:
            raise UnavailableError("netsh gave no answer")
        return all(profiles.values()), "netsh"
    if platform == "darwin":
        state = _ask(run, ["/usr/libexec/ApplicationFirewall/socketfilterfw",
                           "--getglobalstate"], parse.parse_socketfilterfw)
        if state is None:
            raise UnavailableError("socketfilterfw gave no answer")
        return state, "socketfilterfw"
    return _linux_firewall(run)


def _linux_firewall(run: RunCommand) -> tuple[bool, str]:
    tools: list[tuple[str, list[str], Callable[[str], bool | None]]] = [
        ("ufw", ["ufw", "status"], parse.parse_ufw_status),
        ("firewalld", ["firewall-cmd", "--state"], parse.parse_firewalld_state),
        ("nftables", ["nft", "list", "ruleset"], parse.parse_nft_ruleset),
    ]
    answered = []
    for name, argv, parser in tools:
        state = _ask(run, argv, parser, stderr=name == "firewalld")
        if state:
            return True, name
        if state is not None:
            answered.append(name)
    if not answered:
        raise UnavailableError("no firewall tool found")
    return False, ",".join(answered)


def check_firewall(platform: str, run: RunCommand) -> Outcome:
    try:
        enabled, tool = firewall_state(platform, run)
    except UnavailableError as exc:
        return Outcome(Status.SKIPPED, reason=str(exc))
    facts: dict[str, FactValue] = {"enabled": enabled, "tool": tool}
    return Outcome(Status.OK, facts) if enabled else Outcome(
        Status.FAIL, facts, fix_id="settings.security")


def encryption_state(platform: str, run: RunCommand) -> tuple[bool, str]:
    if platform == "win32":
        state = _ask(run, ["manage-bde", "-status", "C:"], parse.parse_manage_bde)
        tool = "BitLocker"
    elif platform == "darwin":
        state = _ask(run, ["fdesetup", "status"], parse.parse_fdesetup)
        tool = "FileVault"
    else:
        state = _ask(run, ["lsblk", "-J", "-o", "NAME,TYPE,FSTYPE,MOUNTPOINT"],
                     parse.parse_lsblk_encryption)
        tool = "LUKS"
    if state is None:
        raise UnavailableError(f"{tool} state unknown")
    return state, tool


def check_encryption(platform: str, run: RunCommand) -> Outcome:
    try:
        encrypted, tool = encryption_state(platform, run)
    except UnavailableError as exc:
        return Outcome(Status.SKIPPED, reason=str(exc))
    facts: dict[str, FactValue] = {"encrypted": encrypted, "technology": tool}
    return Outcome(Status.OK, facts) if encrypted else Outcome(
        Status.FAIL, facts, fix_id="settings.security")


def pending_updates(platform: str, run: RunCommand, timeout: float) -> Mapping[str, Any]:
    """The slow part of the updates check; raises CommandError or UnavailableError."""
    if platform == "win32":
        out = run(["powershell", "-NoProfile", "-NonInteractive", "-Command", _WU_QUERY], timeout)
        found, tool = parse.parse_windows_update_count(out.stdout), "Windows Update"
    elif platform == "darwin":
        out = run(["softwareupdate", "-l"], timeout)
        found, tool = parse.parse_softwareupdate(out.stdout + out.stderr), "softwareupdate"
    else:
        found, tool = _linux_updates(run, timeout)
    return {"count": found.total, "security": found.security, "names": list(found.names[:20]),
            "tool": tool}


def _linux_updates(run: RunCommand, timeout: float) -> tuple[parse.Updates, str]:
    try:
        out = run(["apt-get", "-s", "-o", "Debug::NoLocking=1", "upgrade"], timeout)
        return parse.parse_apt_simulate(out.stdout), "apt"
    except CommandNotFoundError:
        pass
    try:
        out = run(["dnf", "-q", "check-update"], timeout)
    except CommandNotFoundError as exc:
        raise UnavailableError("no package manager found") from exc
    return parse.parse_dnf_check_update(out.stdout, out.returncode), "dnf"


def check_updates(cached: Cached, t: Thresholds) -> Outcome:
    if cached.value is None:
        if cached.refreshing:
            return Outcome(Status.SKIPPED, reason="still checking")
        return Outcome(Status.SKIPPED, reason=cached.error or "unavailable")
    v = cached.value
    facts: dict[str, FactValue] = {
        "count": int(v["count"]), "security": v["security"], "tool": str(v["tool"]),
        "names": tuple(v["names"]), "age_minutes": round((cached.age_s or 0) / 60, 1),
        "refreshing": cached.refreshing}
    if v["security"] is not None and int(v["security"]) >= t.updates_fail_security_count:
        return Outcome(Status.FAIL, facts, fix_id="settings.updates")
    if int(v["count"]) >= t.updates_warn_count:
        return Outcome(Status.WARN, facts, fix_id="settings.updates")
    return Outcome(Status.OK, facts)


def screen_lock_state(platform: str, run: RunCommand,
                      registry: Callable[[], Mapping[str, str]]) -> parse.ScreenLock:
    if platform == "win32":
        return parse.parse_windows_screensaver(registry())
    if platform == "darwin":
        state = _ask(run, ["sysadminctl", "-screenLock", "status"],
                     parse.parse_sysadminctl_lock, stderr=True)
    else:
        enabled = _ask(run, ["gsettings", "get", "org.gnome.desktop.screensaver",
                             "lock-enabled"], str)
        idle = _ask(run, ["gsettings", "get", "org.gnome.desktop.session", "idle-delay"], str)
        state = None if enabled is None else parse.parse_gsettings_lock(enabled, idle or "")
    if state is None:
        raise UnavailableError("screen lock setting unknown")
    return state


def check_screen_lock(state: Callable[[], parse.ScreenLock], t: Thresholds) -> Outcome:
    try:
        lock = state()
    except UnavailableError as exc:
        return Outcome(Status.SKIPPED, reason=str(exc))
    facts: dict[str, FactValue] = {"enabled": lock.enabled, "idle_minutes": lock.idle_minutes}
    if not lock.enabled or lock.idle_minutes is None:
        return Outcome(Status.FAIL, facts, fix_id="settings.security")
    if lock.idle_minutes > t.screen_lock_max_idle_minutes:
        return Outcome(Status.WARN, facts, fix_id="settings.security")
    return Outcome(Status.OK, facts)


if sys.platform == "win32":
    import winreg

    def _windows_screensaver_values() -> Mapping[str, str]:
        values: dict[str, str] = {}
        keys = [(winreg.HKEY_CURRENT_USER, r"Control Panel\Desktop"),
                (winreg.HKEY_LOCAL_MACHINE,
                 r"SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System")]
        for hive, path in keys:
            try:
                with winreg.OpenKey(hive, path) as key:
                    for name in ("ScreenSaveActive", "ScreenSaverIsSecure", "ScreenSaveTimeOut",
                                 "InactivityTimeoutSecs"):
                        with contextlib.suppress(OSError):
                            values[name] = str(winreg.QueryValueEx(key, name)[0])
            except OSError:
                continue
        return values

else:

    def _windows_screensaver_values() -> Mapping[str, str]:
        return {}


@dataclass(frozen=True)
class SecurityProbes:
    platform: str = sys.platform
    run: RunCommand = run_command
    registry: Callable[[], Mapping[str, str]] = _windows_screensaver_values


def updates_value(config: HealthConfig, probes: SecurityProbes,
                  spawn: Callable[[], None] | None = None) -> SlowValue:
    """The background, cached pending-updates probe; build it once per process. ``spawn``
    (for short-lived processes) starts a detached refresher instead of a thread."""
    cache = Path(config.cache_dir) / "pending_updates.json" if config.cache_dir else None
    return SlowValue(lambda: pending_updates(probes.platform, probes.run,
                                             config.updates_timeout_s),
                     config.updates_cache_hours * 3600, cache, spawn=spawn,
                     spawn_grace_s=config.updates_timeout_s)


def security_checks(config: HealthConfig, probes: SecurityProbes | None = None,
                    updates: SlowValue | None = None, wait_for_updates: bool = False
                    ) -> tuple[Check, ...]:
    p, t, sec, tmo = probes or SecurityProbes(), config.thresholds, Category.SECURITY, _T + 1
    slow = updates or updates_value(config, p)
    wait = config.updates_timeout_s if wait_for_updates else config.updates_wait_s
    return (
        Check("security.firewall", sec, lambda: check_firewall(p.platform, p.run), tmo),
        Check("security.encryption", sec, lambda: check_encryption(p.platform, p.run), tmo),
        Check("security.updates", sec, lambda: check_updates(slow.get(wait), t), wait + 1.0),
        Check("security.screen_lock", sec, lambda: check_screen_lock(
            lambda: screen_lock_state(p.platform, p.run, p.registry), t), tmo),
    )
