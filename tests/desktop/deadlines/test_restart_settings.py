"""The restart deadline from policy: none by default, IT's days, deferrals and enforce."""

from __future__ import annotations

from pathlib import Path

from desktop.catalogue.model import Deadline
from desktop.core import build_core
from desktop.deadlines.restart import restart_deadline
from desktop.policy import TomlPolicyFile
from desktop.secrets import MemorySecretStore


def test_no_restart_deadline_unless_it_sets_one(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("", encoding="utf-8")
    core = build_core(tmp_path / "a", policy_source=TomlPolicyFile(policy),
                      secrets=MemorySecretStore())
    assert restart_deadline(core.settings) is None
    policy.write_text("[deadlines]\nrestart_days = 5\nrestart_max_deferrals = 1\n"
                      "restart_enforce = true\n", encoding="utf-8")
    core = build_core(tmp_path / "b", policy_source=TomlPolicyFile(policy),
                      secrets=MemorySecretStore())
    assert restart_deadline(core.settings) == Deadline(None, 5, 1, True)
