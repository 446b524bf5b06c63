"""Start Deskmate at sign-in: XDG autostart (Linux), the Run key (Windows), a LaunchAgent (macOS).

Exceptions::

    AutostartError   the artefact could not be written or removed (message says why)
"""

from __future__ import annotations

import contextlib
import logging
import os
import shlex
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from desktop import APP_NAME, BUNDLE_ID
from desktop.atomic_file import write_atomic

log = logging.getLogger(__name__)
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


class AutostartError(Exception):
    """Start-at-sign-in could not be changed."""


class Autostart(Protocol):
    def is_enabled(self) -> bool: ...
    def set_enabled(self, enabled: bool) -> None: ...


def launch_command() -> list[str]:
    """How this Deskmate is started: the frozen executable, or the interpreter + module."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--hidden"]
    return [sys.executable, "-m", "desktop.cli", "--hidden"]


@dataclass(frozen=True)
class XdgAutostart:
    """``~/.config/autostart/deskmate.desktop`` per the XDG Autostart specification."""

    command: Sequence[str]
    config_home: Path

    @property
    def path(self) -> Path:
        return self.config_home / "autostart" / "deskmate.desktop"

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def set_enabled(self, enabled: bool) -> None:
        try:
            if enabled:
                write_atomic(self.path, self._entry().encode("utf-8"), mode=0o644)
            else:
                self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise AutostartError(f"Could not update {self.path}: {exc.strerror}") from exc

    def _entry(self) -> str:
        exec_line = " ".join(_desktop_quote(arg) for arg in self.command)
        return (
            "[Desktop Entry]\nType=Application\n"
            f"Name={APP_NAME}\nComment=IT help and approved apps\n"
            f"Exec={exec_line}\nIcon=deskmate\nTerminal=false\n"
            "X-GNOME-Autostart-enabled=true\nNoDisplay=false\n"
        )


def _desktop_quote(arg: str) -> str:
    """Quote one Exec argument per the Desktop Entry spec (double quotes, escaped)."""
    if arg and all(c.isalnum() or c in "/._-=:+," for c in arg):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'


@dataclass(frozen=True)
class LaunchAgentAutostart:
    """``~/Library/LaunchAgents/<bundle id>.plist`` with RunAtLoad."""

    command: Sequence[str]
    home: Path

    @property
    def path(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{BUNDLE_ID}.plist"

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def set_enabled(self, enabled: bool) -> None:
        import plistlib  # macOS only: elsewhere it would stay loaded all day for nothing

        try:
            if enabled:
                agent = {
                    "Label": BUNDLE_ID,
                    "ProgramArguments": list(self.command),
                    "RunAtLoad": True,
                    "ProcessType": "Interactive",
                }
                write_atomic(self.path, plistlib.dumps(agent), mode=0o644)
            else:
                self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise AutostartError(f"Could not update {self.path}: {exc.strerror}") from exc


@dataclass(frozen=True)
class WindowsRunKeyAutostart:
    """The ``Deskmate`` value under ``HKCU\\...\\CurrentVersion\\Run``."""

    command: Sequence[str]
    winreg: Any  # the winreg module, or a fake with the same functions

    def is_enabled(self) -> bool:
        try:
            with self.winreg.OpenKey(self.winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                self.winreg.QueryValueEx(key, APP_NAME)
        except OSError:
            return False
        return True

    def set_enabled(self, enabled: bool) -> None:
        reg = self.winreg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                if enabled:
                    reg.SetValueEx(
                        key, APP_NAME, 0, reg.REG_SZ, _windows_command_line(self.command)
                    )
                else:
                    with contextlib.suppress(FileNotFoundError):
                        reg.DeleteValue(key, APP_NAME)
        except OSError as exc:
            raise AutostartError(f"Could not update the Run key: {exc}") from exc


def _windows_command_line(command: Sequence[str]) -> str:
    import subprocess

    return subprocess.list2cmdline(list(command))


def autostart_for_platform(
    platform: str | None = None, command: Sequence[str] | None = None
) -> Autostart:
    """The autostart artefact for this OS."""
    platform = platform or sys.platform
    command = list(command or launch_command())
    if platform == "win32":  # pragma: no cover - exercised on Windows
        import winreg

        return WindowsRunKeyAutostart(command, winreg)
    if platform == "darwin":
        return LaunchAgentAutostart(command, Path.home())
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    log.debug("Autostart via XDG", extra={"command": shlex.join(command)})
    return XdgAutostart(command, config_home)
