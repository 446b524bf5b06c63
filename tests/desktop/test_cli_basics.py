"""The CLI's global flags and the admin's policy template."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.admin_commands.policy import policy_template
from desktop.cli import main
from desktop.policy import PolicyLoad, TomlPolicyFile, load_policy
from desktop.settings import Layer, Settings
from desktop.settings_defs import build_registry

ROOT = Path(__file__).resolve().parents[2]


def test_version_flag() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--version"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == f"deskmate {__version__}"


def test_policy_template_uncommented_is_a_valid_policy(tmp_path: Path) -> None:
    text = policy_template()
    uncommented = re.sub(r"^# (\w+ = .*)$", r"\1", text, flags=re.MULTILINE)
    path = tmp_path / "policy.toml"
    path.write_text(uncommented, encoding="utf-8")
    policy = load_policy(TomlPolicyFile(path))
    settings = Settings(build_registry(), tmp_path / "user.toml", policy)
    assert settings.problems == ()
    registry = build_registry()
    assert set(policy.values) == set(registry.names())
    assert all(settings.layer_of(s) is Layer.POLICY for s in registry)


def test_profile_dir_holds_all_state(tmp_path: Path) -> None:
    env_free = PolicyLoad()
    assert env_free.values == {}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "--profile-dir",
            str(tmp_path / "p"),
            "secret",
            "status",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert sorted(p.name for p in (tmp_path / "p").iterdir()) == ["cache", "config", "data", "logs"]


def test_admx_and_adml_agree_and_target_the_policy_key() -> None:
    import xml.etree.ElementTree as ET

    from desktop.policy import WINDOWS_POLICY_KEY
    from desktop.policy_templates import adml_template, admx_template

    ns = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
    admx = ET.fromstring(admx_template(build_registry()))
    adml = ET.fromstring(adml_template(build_registry()))
    policies = admx.findall(".//p:policy", ns)
    assert len(policies) == len(build_registry().names())
    strings = {s.get("id") for s in adml.findall(".//p:string", ns)}
    presentations = {p.get("id") for p in adml.findall(".//p:presentation", ns)}
    for policy in policies:
        assert policy.get("key", "").startswith(WINDOWS_POLICY_KEY)
        assert policy.get("displayName", "")[9:-1] in strings
        if ref := policy.get("presentation"):
            assert ref[len("$(presentation.") : -1] in presentations


def test_mobileconfig_payload_is_a_valid_policy(tmp_path: Path) -> None:
    import plistlib

    from desktop.policy import MacManagedPreferences
    from desktop.policy_templates import mobileconfig_template

    profile = plistlib.loads(mobileconfig_template(build_registry()))
    payload = {k: v for k, v in profile["PayloadContent"][0].items() if not k.startswith("Payload")}
    path = tmp_path / "managed.plist"
    path.write_bytes(plistlib.dumps(payload))  # what macOS writes under Managed Preferences
    policy = load_policy(MacManagedPreferences(path))
    settings = Settings(build_registry(), tmp_path / "user.toml", policy)
    assert settings.problems == ()
    assert set(policy.values) == set(build_registry().names())


def test_shipped_policy_templates_are_current() -> None:
    from desktop.policy_templates import adml_template, admx_template, toml_template

    folder = ROOT / "installer" / "policy"
    registry = build_registry()
    assert (folder / "policy.toml").read_text(encoding="utf-8") == toml_template(registry)
    assert (folder / "deskmate.admx").read_text(encoding="utf-8") == admx_template(registry)
    assert (folder / "en-US" / "deskmate.adml").read_text(encoding="utf-8") == adml_template(
        registry
    ), "regenerate with: make policy-templates"


def test_settings_problems_reach_the_log_file(
    profile_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
) -> None:
    """Settings are read before anything else; their problems must still be in the log."""
    inline = "{a = " * 10_000 + "1" + "}" * 10_000
    (profile_dir / "config").mkdir()
    (profile_dir / "config" / "settings.toml").write_text(f"bomb = {inline}\n")
    policy = tmp_path / "policy.toml"
    policy.write_text(f"[app]\nautostart = false\nbomb = {inline}\n")
    monkeypatch.setenv("DESKMATE_POLICY", str(policy))
    assert main(["--profile-dir", str(profile_dir), "outbox", "list", "--json"]) == 0
    logged = (profile_dir / "logs" / "deskmate.log.jsonl").read_text(encoding="utf-8")
    problems = [json.loads(line) for line in logged.splitlines() if "nested more than" in line]
    assert {p["message"] for p in problems} == {"Settings problem", "Policy problem"}
    assert len(problems) == 2
