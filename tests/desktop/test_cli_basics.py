"""The CLI's global flags and the admin's policy template."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from desktop import __version__
from desktop.admin_commands.policy import policy_template
from desktop.policy import PolicyLoad, TomlPolicyFile, load_policy
from desktop.settings import Layer, Settings
from desktop.settings_defs import build_registry

ROOT = Path(__file__).resolve().parents[2]


def test_version_flag() -> None:
    result = subprocess.run([sys.executable, "-m", "desktop.cli", "--version"], capture_output=True,
                            text=True, cwd=ROOT, timeout=60, check=True)
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
    subprocess.run([sys.executable, "-m", "desktop.cli", "--profile-dir", str(tmp_path / "p"), "secret",
                    "status"], capture_output=True, text=True, cwd=ROOT, timeout=60, check=False)
    assert sorted(p.name for p in (tmp_path / "p").iterdir()) == ["cache", "config", "data", "logs"]
