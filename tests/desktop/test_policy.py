"""Policy sources: DESKMATE_POLICY, /etc TOML, macOS managed preferences, Windows registry."""

from __future__ import annotations

import plistlib
from pathlib import Path
from typing import Any

import pytest

from desktop.policy import (
    LINUX_POLICY_FILE,
    WINDOWS_POLICY_KEY,
    MacManagedPreferences,
    TomlPolicyFile,
    WindowsRegistryPolicy,
    load_policy,
    system_policy_source,
)


def test_environment_names_the_policy_file_where_there_is_no_system_policy(
    tmp_path: Path,
) -> None:
    (tmp_path / "p.toml").write_text("[app]\nautostart = false\n")
    source = system_policy_source({"DESKMATE_POLICY": str(tmp_path / "p.toml")}, "linux",
                                  linux_file=tmp_path / "absent.toml")
    result = load_policy(source)
    assert (dict(result.values), result.origin) == ({"app.autostart": False},
                                                    str(tmp_path / "p.toml"))


def _mine_and_its(tmp_path: Path, system: str) -> tuple[Path, dict[str, str]]:
    """IT's /etc policy with ``system`` in it, and a DESKMATE_POLICY file of one's own."""
    (tmp_path / "etc.toml").write_text(system)
    (tmp_path / "mine.toml").write_text("[app]\nautostart = true\ndemo_mode = true\n")
    return tmp_path / "etc.toml", {"DESKMATE_POLICY": str(tmp_path / "mine.toml")}


def test_environment_cannot_replace_a_system_policy(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    system, environ = _mine_and_its(tmp_path, "[app]\nautostart = false\n")
    result = load_policy(system_policy_source(environ, "linux", linux_file=system))
    assert dict(result.values) == {"app.autostart": False}
    assert result.origin == str(system)
    (record,) = [r for r in caplog.records if "DESKMATE_POLICY ignored" in r.getMessage()]
    assert record.levelname == "WARNING"


def test_an_empty_system_policy_still_counts(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    system, environ = _mine_and_its(tmp_path, "")
    result = load_policy(system_policy_source(environ, "linux", linux_file=system))
    assert dict(result.values) == {}
    assert "DESKMATE_POLICY ignored" in caplog.text


@pytest.mark.parametrize("allow", ["true", "1", '"true"'])  # TOML, DWORD-like, REG_SZ-like
def test_system_policy_may_allow_the_override(tmp_path: Path, allow: str) -> None:
    system, environ = _mine_and_its(tmp_path, f"[policy]\nallow_override = {allow}\n")
    result = load_policy(system_policy_source(environ, "linux", linux_file=system))
    assert dict(result.values) == {"app.autostart": True, "app.demo_mode": True}


def test_a_malformed_allow_override_does_not_allow(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    system, environ = _mine_and_its(tmp_path, '[policy]\nallow_override = "perhaps"\n')
    result = load_policy(system_policy_source(environ, "linux", linux_file=system))
    assert result.origin == str(system)


def test_environment_cannot_replace_hklm_or_managed_preferences(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _, environ = _mine_and_its(tmp_path, "")
    registry = load_policy(system_policy_source(
        environ, "win32", winreg=FakeWinReg(_deep_registry(0))))
    assert registry.values["app.autostart"] == 0
    plist = tmp_path / "managed.plist"
    plist.write_bytes(plistlib.dumps({"app": {"autostart": False}}))
    mac = load_policy(system_policy_source(environ, "darwin", mac_file=plist))
    assert dict(mac.values) == {"app.autostart": False}
    assert caplog.text.count("DESKMATE_POLICY ignored") == 2


def test_linux_and_macos_defaults() -> None:
    assert system_policy_source({}, "linux") == TomlPolicyFile(LINUX_POLICY_FILE)
    assert isinstance(system_policy_source({}, "darwin"), MacManagedPreferences)


def test_missing_file_is_an_empty_policy(tmp_path: Path) -> None:
    result = load_policy(TomlPolicyFile(tmp_path / "absent.toml"))
    assert dict(result.values) == {}
    assert result.problems == ()


def test_toml_tables_become_dotted_names(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text('[helpdesk]\nconnector = "rt"\n[helpdesk.rt]\nurl = "https://rt"\n')
    assert dict(load_policy(TomlPolicyFile(path)).values) == {
        "helpdesk.connector": "rt",
        "helpdesk.rt.url": "https://rt",
    }


def test_macos_plist_nested_and_flat(tmp_path: Path) -> None:
    path = tmp_path / "org.deskmate.Deskmate.plist"
    path.write_bytes(plistlib.dumps({"catalogue": {"refresh_minutes": 30}, "app.autostart": False}))
    values = dict(load_policy(MacManagedPreferences(path)).values)
    assert values == {"catalogue.refresh_minutes": 30, "app.autostart": False}


def test_macos_garbage_plist_is_a_problem_not_a_crash(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "bad.plist"
    path.write_bytes(b"\x00garbage")
    result = load_policy(MacManagedPreferences(path))
    assert result.values == {}
    assert "cannot read policy" in result.problems[0]


class FakeWinReg:
    """Just enough of ``winreg`` over a nested dict: sub-dicts are keys, the rest values."""

    HKEY_LOCAL_MACHINE = 1

    def __init__(self, tree: dict[str, Any]) -> None:
        self.tree = tree

    def OpenKey(self, key: Any, sub_key: str) -> Any:
        node = self.tree if key == self.HKEY_LOCAL_MACHINE else key
        for part in sub_key.split("\\"):
            if not isinstance(node, dict) or part not in node:
                raise FileNotFoundError(sub_key)
            node = node[part]
        return node

    def EnumKey(self, key: dict[str, Any], index: int) -> str:
        subs = [k for k, v in key.items() if isinstance(v, dict)]
        if index >= len(subs):
            raise OSError("no more")
        return subs[index]

    def EnumValue(self, key: dict[str, Any], index: int) -> tuple[str, Any, int]:
        values = [(k, v) for k, v in key.items() if not isinstance(v, dict)]
        if index >= len(values):
            raise OSError("no more")
        return values[index][0], values[index][1], 1


def test_windows_registry_subkeys_and_dotted_values() -> None:
    tree: dict[str, Any] = {}
    node = tree
    for part in WINDOWS_POLICY_KEY.split("\\"):
        node = node.setdefault(part, {})
    node["app.autostart"] = 0  # REG_DWORD as an ADMX template writes it
    node["catalogue"] = {"url": "https://cdn.example.com/c", "refresh_minutes": "30"}
    values = dict(load_policy(WindowsRegistryPolicy(FakeWinReg(tree))).values)
    assert values == {
        "app.autostart": 0,
        "catalogue.url": "https://cdn.example.com/c",
        "catalogue.refresh_minutes": "30",
    }


def test_windows_without_policy_key_is_empty() -> None:
    assert load_policy(WindowsRegistryPolicy(FakeWinReg({}))).values == {}


def _deep_registry(depth: int) -> dict[str, Any]:
    tree: dict[str, Any] = {}
    node = tree
    for part in WINDOWS_POLICY_KEY.split("\\"):
        node = node.setdefault(part, {})
    node["app.autostart"] = 0
    node["catalogue"] = {"refresh_minutes": "30"}
    for _ in range(depth):
        node = node.setdefault("deep", {"x": 1})
    return tree


@pytest.mark.allow_log_warnings  # the deep part is logged as a policy problem
def test_windows_registry_nested_ten_thousand_deep_keeps_the_rest() -> None:
    result = load_policy(WindowsRegistryPolicy(FakeWinReg(_deep_registry(10_000))))
    assert result.values["app.autostart"] == 0
    assert result.values["catalogue.refresh_minutes"] == "30"
    assert not any(name.count(".") > 20 for name in result.values)
    assert len(result.problems) == 1
    assert "nested more than" in result.problems[0]


@pytest.mark.allow_log_warnings  # the deep part is logged as a policy problem
def test_macos_plist_nested_ten_thousand_deep_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "org.deskmate.Deskmate.plist"
    deep = b"<dict><key>a</key>" * 10_000 + b"<true/>" + b"</dict>" * 10_000
    path.write_bytes(b'<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict>'
                     b"<key>app.autostart</key><false/><key>bomb</key>" + deep
                     + b"</dict></plist>")
    result = load_policy(MacManagedPreferences(path))
    assert dict(result.values) == {"app.autostart": False}
    assert "bomb.a.a" in result.problems[0]
