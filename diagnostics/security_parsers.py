"""Parsers for the platform tools behind the security checks (recorded outputs in tests)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple


class Updates(NamedTuple):
    total: int
    security: int | None  # None when the tool cannot tell
    names: tuple[str, ...]


def parse_ufw_status(text: str) -> bool | None:
    match = re.search(r"^Status:\s*(\w+)", text, re.MULTILINE)
    return None if match is None else match.group(1).lower() == "active"


def parse_firewalld_state(text: str) -> bool | None:
    word = text.strip().lower()
    if word == "running":
        return True
    return False if word == "not running" else None


def parse_nft_ruleset(text: str) -> bool:
    """On when an input hook chain drops by default or holds drop/reject rules."""
    for chain in re.findall(r"chain \S+ \{(.*?)\n\s*\}", text, re.DOTALL):
        if "hook input" not in chain:
            continue
        if re.search(r"policy drop", chain) or re.search(r"\b(drop|reject)\b", chain):
            return True
    return False


def parse_netsh_profiles(text: str) -> dict[str, bool]:
    """``netsh advfirewall show allprofiles state``: profile name -> State ON/OFF."""
    profiles: dict[str, bool] = {}
    current = ""
    for line in text.splitlines():
        header = re.match(r"^(\w+) Profile Settings:", line.strip())
        if header:
            current = header.group(1).lower()
        state = re.match(r"^State\s+(ON|OFF)\b", line.strip(), re.IGNORECASE)
        if state and current:
            profiles[current] = state.group(1).upper() == "ON"
    return profiles


def parse_socketfilterfw(text: str) -> bool | None:
    match = re.search(r"\(State = (\d)\)", text)
    if match:
        return match.group(1) != "0"
    if "enabled" in text.lower():
        return True
    return False if "disabled" in text.lower() else None


def _walk(nodes: list[Mapping[str, Any]], parents: tuple[Mapping[str, Any], ...] = ()
          ) -> Iterator[tuple[Mapping[str, Any], tuple[Mapping[str, Any], ...]]]:
    for node in nodes:
        yield node, parents
        yield from _walk(node.get("children") or [], (*parents, node))


def _mounts(node: Mapping[str, Any]) -> list[str]:
    points = node.get("mountpoints") or [node.get("mountpoint")]
    return [p for p in points if p]


def parse_lsblk_encryption(text: str, mountpoint: str = "/") -> bool | None:
    """``lsblk -J -o NAME,TYPE,FSTYPE,MOUNTPOINT``: is ``mountpoint`` on a LUKS/crypt device?"""
    tree = json.loads(text).get("blockdevices") or []
    for node, parents in _walk(tree):
        if mountpoint in _mounts(node):
            chain = (*parents, node)
            return any(n.get("type") == "crypt" or n.get("fstype") == "crypto_LUKS"
                       for n in chain)
    return None


def parse_manage_bde(text: str) -> bool | None:
    match = re.search(r"Protection Status:\s*Protection (On|Off)", text)
    if match:
        return match.group(1) == "On"
    conversion = re.search(r"Conversion Status:\s*(.+)", text)
    return None if conversion is None else "Fully Encrypted" in conversion.group(1)


def parse_fdesetup(text: str) -> bool | None:
    if "FileVault is On" in text or "Encryption in progress" in text:
        return True
    return False if "FileVault is Off" in text else None


def parse_apt_simulate(text: str) -> Updates:
    rows = [line for line in text.splitlines() if line.startswith("Inst ")]
    security = sum(1 for line in rows if "-security" in line)
    return Updates(len(rows), security, tuple(line.split()[1] for line in rows))


def parse_dnf_check_update(text: str, returncode: int) -> Updates:
    """``dnf check-update``: exit 100 and one row per package, exit 0 when up to date."""
    if returncode == 0:
        return Updates(0, None, ())
    names = []
    for line in text.splitlines():
        cols = line.split()
        if line.startswith("Obsoleting"):
            break
        if len(cols) == 3 and "." in cols[0] and not line.startswith(" "):
            names.append(cols[0].rsplit(".", 1)[0])
    return Updates(len(names), None, tuple(names))


def parse_softwareupdate(text: str) -> Updates:
    labels = re.findall(r"^\s*\* Label: (.+)$", text, re.MULTILINE)
    security = sum(1 for label in labels if "security" in label.lower())
    return Updates(len(labels), security, tuple(label.strip() for label in labels))


def parse_windows_update_count(text: str) -> Updates:
    match = re.search(r"(\d+)", text)
    if match is None:
        raise ValueError("no update count in output")
    return Updates(int(match.group(1)), None, ())


class ScreenLock(NamedTuple):
    enabled: bool
    idle_minutes: float | None  # None: unknown or never


def parse_gsettings_lock(lock_enabled: str, idle_delay: str) -> ScreenLock:
    last = idle_delay.split()[-1] if idle_delay.strip() else "0"
    seconds = int(last) if last.isdigit() else 0
    return ScreenLock(lock_enabled.strip() == "true", seconds / 60 if seconds else None)


def parse_sysadminctl_lock(text: str) -> ScreenLock:
    """``sysadminctl -screenLock status`` (macOS 13+), which reports on stderr."""
    if "screenLock is off" in text:
        return ScreenLock(False, None)
    if "immediate" in text:
        return ScreenLock(True, 0.0)
    match = re.search(r"screenLock delay is (\d+) seconds", text)
    if match is None:
        raise ValueError("unexpected sysadminctl output")
    return ScreenLock(True, int(match.group(1)) / 60)


def parse_windows_screensaver(values: Mapping[str, str]) -> ScreenLock:
    """``HKCU\\Control Panel\\Desktop`` ScreenSaveActive, ScreenSaverIsSecure, ScreenSaveTimeOut;
    an ``InactivityTimeoutSecs`` machine policy also locks the screen."""
    policy = int(values.get("InactivityTimeoutSecs", "0") or 0)
    if policy:
        return ScreenLock(True, policy / 60)
    active = values.get("ScreenSaveActive") == "1" and values.get("ScreenSaverIsSecure") == "1"
    timeout = int(values.get("ScreenSaveTimeOut", "0") or 0)
    return ScreenLock(active, timeout / 60 if active and timeout else None)
