"""Layered settings: defaults < user file < policy, per-key fallback, locks and atomic writes."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from desktop.policy import PolicyLoad, TomlPolicyFile, load_policy
from desktop.settings import Layer, SettingLocked, Settings, SettingsWriteError
from desktop.settings_defs import build_registry
from desktop.settings_defs import catalogue as catalogue_settings
from desktop.settings_defs import core as core_settings
from desktop.settings_schema import InvalidValue
from tests.conftest import require


def make(tmp_path: Path, user: str | None = None, policy: str | None = None) -> Settings:
    user_file = tmp_path / "settings.toml"
    if user is not None:
        user_file.write_text(user, encoding="utf-8")
    load = PolicyLoad()
    if policy is not None:
        policy_file = tmp_path / "policy.toml"
        policy_file.write_text(policy, encoding="utf-8")
        load = load_policy(TomlPolicyFile(policy_file))
    return Settings(build_registry(), user_file, load)


def test_defaults_apply_when_nothing_is_set(tmp_path: Path) -> None:
    settings = make(tmp_path)
    assert settings.value(catalogue_settings.REFRESH_MINUTES) == 60
    assert settings.layer_of(catalogue_settings.REFRESH_MINUTES) is Layer.DEFAULT
    assert settings.problems == ()


def test_user_value_beats_default_and_policy_beats_user(tmp_path: Path) -> None:
    settings = make(
        tmp_path,
        user='[branding]\norganization = "Mine"\naccent_color = "#112233"\n',
        policy='[branding]\norganization = "Acme Ltd"\n',
    )
    assert settings.value(core_settings.ORG_NAME) == "Acme Ltd"
    assert settings.is_locked(core_settings.ORG_NAME)
    assert settings.value(core_settings.ACCENT_COLOUR) == "#112233"
    assert settings.layer_of(core_settings.ACCENT_COLOUR) is Layer.USER


def test_locked_setting_refuses_user_change(tmp_path: Path) -> None:
    settings = make(tmp_path, policy="[app]\nautostart = false\n")
    with pytest.raises(SettingLocked):
        settings.set_user(core_settings.AUTOSTART, True)
    assert settings.value(core_settings.AUTOSTART) is False


def test_bad_values_fall_back_per_key_and_are_reported(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make(
        tmp_path,
        policy='[catalogue]\nrefresh_minutes = "often"\nurl = "https://cdn.example.com/cat"\n'
        '[branding]\naccent_color = "blue"\n[nonsense]\nkey = 1\n',
    )
    assert settings.value(catalogue_settings.REFRESH_MINUTES) == 60
    assert settings.value(catalogue_settings.CATALOGUE_URL) == "https://cdn.example.com/cat"
    assert settings.value(core_settings.ACCENT_COLOUR) == "#2D6CDF"
    text = "\n".join(settings.problems)
    assert "catalogue.refresh_minutes must be a whole number" in text
    assert "branding.accent_color has an invalid format" in text
    assert "unknown setting 'nonsense.key'" in text
    assert any(r.levelname == "ERROR" for r in caplog.records)


def test_garbage_policy_file_keeps_defaults(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make(tmp_path, policy="this is = = not toml [[[")
    assert settings.value(catalogue_settings.REFRESH_MINUTES) == 60
    assert "cannot read policy" in settings.problems[0]


def test_garbage_settings_file_keeps_defaults(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make(tmp_path, user="\x00\x01 not toml")
    assert settings.value(core_settings.ORG_NAME) == "Example Corp"
    assert "cannot read settings" in settings.problems[0]


def test_set_user_round_trips_through_toml_tables(tmp_path: Path) -> None:
    settings = make(tmp_path)
    settings.set_user(catalogue_settings.REFRESH_MINUTES, 15)
    settings.set_user(core_settings.NO_PROXY, ("intranet", "10.0.0.1"))
    text = (tmp_path / "settings.toml").read_text(encoding="utf-8")
    assert "[catalogue]\nrefresh_minutes = 15" in text
    again = make(tmp_path)
    assert again.value(catalogue_settings.REFRESH_MINUTES) == 15
    assert again.value(core_settings.NO_PROXY) == ("intranet", "10.0.0.1")
    again.reset_user(catalogue_settings.REFRESH_MINUTES)
    assert make(tmp_path).value(catalogue_settings.REFRESH_MINUTES) == 60


def test_set_user_checks_bounds(tmp_path: Path) -> None:
    settings = make(tmp_path)
    with pytest.raises(InvalidValue, match="at least 5"):
        settings.set_user(catalogue_settings.REFRESH_MINUTES, 1)


def test_listeners_hear_changes(tmp_path: Path) -> None:
    settings = make(tmp_path)
    heard: list[str] = []
    settings.add_listener(heard.append)
    settings.set_user(core_settings.AUTOSTART, False)
    assert heard == ["app.autostart"]


def test_old_settings_file_is_migrated(tmp_path: Path) -> None:
    settings = make(tmp_path, user='[helpdesk]\nbackend = "email"\n')
    assert settings.value_of_name("helpdesk.connector") == "email"


def test_version_1_empty_language_means_follow_the_system(tmp_path: Path) -> None:
    settings = make(tmp_path, user='[app]\nlanguage = ""\n')
    assert settings.value(core_settings.LANGUAGE) == "system"


def test_language_is_one_with_a_translation(tmp_path: Path) -> None:
    settings = make(tmp_path)
    assert settings.value(core_settings.LANGUAGE) == "system"
    settings.set_user(core_settings.LANGUAGE, "fr")
    assert settings.value(core_settings.LANGUAGE) == "fr"
    with pytest.raises(InvalidValue):
        settings.set_user(core_settings.LANGUAGE, "xx")


def test_full_disk_keeps_the_old_file(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    require(os.geteuid() == 0, "mounting a tiny tmpfs needs root")
    disk = tmp_path / "tiny"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(disk)], check=True)
    try:
        settings = Settings(build_registry(), disk / "settings.toml", PolicyLoad())
        settings.set_user(core_settings.ORG_NAME, "Before")
        (disk / "filler").write_bytes(b"x" * 4096 * 3)  # leave no room for the temp file
        with pytest.raises(SettingsWriteError):
            settings.set_user(core_settings.ORG_NAME, "After " + "x" * 8000)
        assert 'organization = "Before"' in (disk / "settings.toml").read_text(encoding="utf-8")
        assert settings.value(core_settings.ORG_NAME) == "Before"
        assert [p.name for p in disk.iterdir() if p.name.startswith(".settings")] == []
    finally:
        subprocess.run(["umount", str(disk)], check=True)


DEEP = 10_000


def deep_toml(good: str) -> str:
    """``good`` plus a 10,000-deep inline table and a 10,000-deep table header."""
    inline = "{a = " * DEEP + "1" + "}" * DEEP
    header = ".".join(["deep"] * DEEP)
    return f"{good}\nbomb = {inline}\n[{header}]\nx = 1\n"


def test_deeply_nested_files_cost_only_their_deep_parts(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make(
        tmp_path,
        user=deep_toml('[branding]\norganization = "Mine"\naccent_color = "#112233"'),
        policy=deep_toml("[app]\nautostart = false\n[catalogue]\nrefresh_minutes = 30"),
    )
    assert settings.value(core_settings.ACCENT_COLOUR) == "#112233"
    assert settings.value(core_settings.ORG_NAME) == "Mine"
    assert settings.is_locked(core_settings.AUTOSTART)
    assert settings.value(catalogue_settings.REFRESH_MINUTES) == 30
    with pytest.raises(SettingLocked):
        settings.set_user(core_settings.AUTOSTART, True)
    deep = [p for p in settings.problems if "nested more than" in p]
    assert len(deep) == 4  # the inline table and the header, in each file
    logged = [r for r in caplog.records if "nested more than" in str(getattr(r, "problem", ""))]
    assert len(logged) == 4


def test_allow_override_is_only_for_it_to_set(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make(tmp_path, user="[policy]\nallow_override = true\n")
    assert settings.value(core_settings.POLICY_ALLOW_OVERRIDE) is False
    assert any("only be set by IT" in p for p in settings.problems)
    with pytest.raises(SettingLocked):
        settings.set_user(core_settings.POLICY_ALLOW_OVERRIDE, True)
