"""Start at sign-in writes the real artefact for each OS (Windows through a fake winreg)."""

from __future__ import annotations

import configparser
import plistlib
from pathlib import Path
from typing import Any

import pytest

from desktop.autostart import (
    RUN_KEY,
    AutostartError,
    LaunchAgentAutostart,
    WindowsRunKeyAutostart,
    XdgAutostart,
    autostart_for_platform,
)

COMMAND = ["/opt/Deskmate/deskmate", "--hidden", "--profile-dir", "/home/a b/p"]


def test_xdg_entry_is_a_valid_desktop_file(tmp_path: Path) -> None:
    autostart = XdgAutostart(COMMAND, tmp_path)
    assert not autostart.is_enabled()
    autostart.set_enabled(True)
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(tmp_path / "autostart" / "deskmate.desktop")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == '/opt/Deskmate/deskmate --hidden --profile-dir "/home/a b/p"'
    assert autostart.is_enabled()
    autostart.set_enabled(False)
    assert not autostart.is_enabled()


def test_xdg_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(AutostartError, match="Could not update"):
        XdgAutostart(COMMAND, blocker).set_enabled(True)


def test_launch_agent_plist(tmp_path: Path) -> None:
    autostart = LaunchAgentAutostart(COMMAND, tmp_path)
    autostart.set_enabled(True)
    agent = plistlib.loads(autostart.path.read_bytes())
    assert agent["ProgramArguments"] == COMMAND
    assert agent["RunAtLoad"] is True
    assert autostart.path.parent == tmp_path / "Library" / "LaunchAgents"
    autostart.set_enabled(False)
    assert not autostart.path.exists()


class FakeWinReg:
    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self) -> None:
        self.values: dict[str, tuple[int, str]] = {}
        self.opened: list[str] = []

    class _Key:
        def __enter__(self) -> FakeWinReg._Key:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

    def OpenKey(self, root: str, path: str, reserved: int = 0, access: int = 0) -> Any:
        self.opened.append(f"{root}\\{path}")
        return self._Key()

    def QueryValueEx(self, key: Any, name: str) -> tuple[str, int]:
        if name not in self.values:
            raise FileNotFoundError(name)
        return self.values[name][1], self.values[name][0]

    def SetValueEx(self, key: Any, name: str, reserved: int, kind: int, value: str) -> None:
        self.values[name] = (kind, value)

    def DeleteValue(self, key: Any, name: str) -> None:
        if name not in self.values:
            raise FileNotFoundError(name)
        del self.values[name]


def test_windows_run_key() -> None:
    reg = FakeWinReg()
    autostart = WindowsRunKeyAutostart(
        ["C:\\Program Files\\Deskmate\\deskmate.exe", "--hidden"], reg
    )
    autostart.set_enabled(True)
    assert reg.values["Deskmate"] == (1, '"C:\\Program Files\\Deskmate\\deskmate.exe" --hidden')
    assert reg.opened[0] == f"HKCU\\{RUN_KEY}"
    assert autostart.is_enabled()
    autostart.set_enabled(False)
    autostart.set_enabled(False)  # removing twice is fine
    assert not autostart.is_enabled()


def test_platform_choice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    chosen = autostart_for_platform("linux", ["deskmate"])
    assert isinstance(chosen, XdgAutostart)
    assert chosen.path == tmp_path / "autostart" / "deskmate.desktop"
    assert isinstance(autostart_for_platform("darwin", ["deskmate"]), LaunchAgentAutostart)
