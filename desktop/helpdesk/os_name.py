"""The operating system as people say it: "Ubuntu 22.04", "Windows 11 23H2", "macOS 14.5".

A kernel string ("Linux 6.8.0-45-generic") tells an agent little; each system has its own
place for the name people know: ``/etc/os-release`` on Linux, the build number and the
registry's ``DisplayVersion`` on Windows, ``mac_ver`` on macOS.
"""

from __future__ import annotations

import logging
import platform
from collections.abc import Mapping
from typing import Any

log = logging.getLogger(__name__)
_WINDOWS_11_BUILD = 22000  # Windows 11 still reports release "10"; its builds start here
_CURRENT_VERSION = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion"


def os_name() -> str:
    """This computer's operating system as people say it."""
    system = platform.system()
    if system == "Linux":
        return linux_name(_os_release())
    if system == "Windows":
        return windows_name(platform.version(), _display_version())
    if system == "Darwin":
        return mac_name(platform.mac_ver()[0])
    return f"{system} {platform.release()}".strip()


def linux_name(os_release: Mapping[str, str]) -> str:
    """"Ubuntu 22.04" from os-release's NAME and VERSION_ID; PRETTY_NAME when they are absent."""
    name, version = os_release.get("NAME", ""), os_release.get("VERSION_ID", "")
    if name and version:
        return f"{name} {version}"
    return os_release.get("PRETTY_NAME") or name or "Linux"


def windows_name(version: str, display_version: str) -> str:
    """"Windows 11 23H2" from ``platform.version()`` ("10.0.22631") and ``DisplayVersion``."""
    parts = version.split(".")
    build = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 0
    major = "11" if build >= _WINDOWS_11_BUILD else parts[0] if parts[0] else "10"
    return " ".join(p for p in ("Windows", major, display_version) if p)


def mac_name(version: str) -> str:
    return f"macOS {version}" if version else "macOS"


def _os_release() -> Mapping[str, str]:
    try:
        return platform.freedesktop_os_release()
    except OSError:
        return {}


def _display_version() -> str:
    try:
        import importlib

        reg: Any = importlib.import_module("winreg")  # Windows only
        with reg.OpenKey(reg.HKEY_LOCAL_MACHINE, _CURRENT_VERSION) as key:
            return str(reg.QueryValueEx(key, "DisplayVersion")[0])
    except (ImportError, OSError):
        return ""
