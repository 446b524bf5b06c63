"""A policy change that alters a setting leaves one entry per setting, with before and after."""

from __future__ import annotations

from pathlib import Path

from desktop.activity.entry import ActivityKind
from desktop.activity.ledger import Ledger
from desktop.activity.policy_changes import record_policy_changes
from desktop.core import build_core
from desktop.policy import TomlPolicyFile
from desktop.secrets import MemorySecretStore


def _start(profile_dir: Path, policy: Path, text: str) -> list[dict[str, object]]:
    policy.write_text(text, encoding="utf-8")
    core = build_core(profile_dir, policy_source=TomlPolicyFile(policy),
                      secrets=MemorySecretStore())
    return [e.detail for e in core.ledger().entries(kind=ActivityKind.POLICY)]


def test_each_changed_setting_is_recorded_once(profile_dir: Path, tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    first = _start(profile_dir, policy, "[activity]\nkeep_days = 30\n")
    assert [(d["setting"], d["before"], d["after"]) for d in first] == [
        ("activity.keep_days", None, 30)]
    assert len(_start(profile_dir, policy, "[activity]\nkeep_days = 30\n")) == 1  # unchanged
    changed = _start(profile_dir, policy, "[activity]\nkeep_days = 60\n")
    assert [(d["before"], d["after"]) for d in changed[1:]] == [(30, 60)]
    removed = _start(profile_dir, policy, "")
    assert [(d["before"], d["after"]) for d in removed[2:]] == [(60, None)]


def test_the_ledger_is_opened_only_when_the_policy_changed(profile_dir: Path) -> None:
    """At start-up this runs before the tray icon shows: an unchanged policy must not load the
    ledger (SQLite, OpenSSL's hashlib)."""
    seen = profile_dir / "policy-seen.json"
    opened: list[Ledger] = []

    def ledger() -> Ledger:
        opened.append(Ledger(profile_dir / "activity.sqlite3"))
        return opened[-1]

    assert record_policy_changes(ledger, seen, {"activity.keep_days": 30}, "file") == 1
    assert record_policy_changes(ledger, seen, {"activity.keep_days": 30}, "file") == 0
    assert len(opened) == 1
    assert [e.detail["after"] for e in opened[0].entries(kind=ActivityKind.POLICY)] == [30]
