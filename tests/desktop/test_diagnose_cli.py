"""``deskmate diagnose`` through the real CLI in a subprocess: JSON schema, exit codes, time."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest

from tests.diagnostics.fakes import prefill_updates_cache

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads(files("resources").joinpath("schemas/diagnostics.schema.json").read_text())


def _diagnose(profile_dir: Path, *args: str, policy: str = "", prefill: bool = True
              ) -> subprocess.CompletedProcess[str]:
    policy_file = profile_dir / "policy.toml"
    policy_file.write_text(policy, encoding="utf-8")
    if prefill:
        prefill_updates_cache(profile_dir / "cache")
    env = {**os.environ, "DESKMATE_POLICY": str(policy_file)}
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--profile-dir", str(profile_dir), "diagnose", *args],
        capture_output=True, text=True, timeout=60, cwd=REPO, env=env, check=False)


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_json_output_follows_the_schema_with_20_checks(profile_dir: Path) -> None:
    """Speed is measured in `make bench`, not here."""
    done = _diagnose(profile_dir, "--json")
    data = json.loads(done.stdout)
    jsonschema.validate(data, SCHEMA)
    assert len(data["results"]) >= 20
    assert len({r["id"] for r in data["results"]}) == len(data["results"])
    assert done.returncode == data["exit_code"]
    assert done.stderr == ""


def test_policy_threshold_makes_disk_fail_and_exit_2(profile_dir: Path) -> None:
    usage = shutil.disk_usage("/")
    if usage.free / usage.total < 0.15:
        pytest.skip("this machine's disk is already nearly full")
    fine = _diagnose(profile_dir, "--only", "system.disk")
    assert fine.returncode == 0, fine.stdout
    forced = _diagnose(profile_dir, "--only", "system.disk", "--json",
                       policy="[health.disk]\nfail_free_percent = 99.9\n")
    assert forced.returncode == 2
    result = json.loads(forced.stdout)["results"][0]
    assert result["status"] == "fail"
    assert result["fix_id"] == "disk.cleanup"


def test_warn_exits_1(profile_dir: Path) -> None:
    done = _diagnose(profile_dir, "--only", "system.disk",
                     policy="[health.disk]\nwarn_free_percent = 99.9\n")
    assert done.returncode == 1
    assert done.stdout.splitlines()[1].startswith("WARN")


def test_unknown_id_is_a_clear_error(profile_dir: Path) -> None:
    done = _diagnose(profile_dir, "--only", "system.disk,no.such")
    assert done.returncode == 3
    assert "unknown check id: no.such" in done.stderr
    assert done.stdout == ""


def _updates_result(profile_dir: Path) -> dict[str, object]:
    """``security.updates`` from a full run, which never waits for the package manager."""
    done = _diagnose(profile_dir, "--json", prefill=False)
    return next(r for r in json.loads(done.stdout)["results"] if r["id"] == "security.updates")


@pytest.mark.slow
def test_first_run_refreshes_updates_in_a_detached_process(profile_dir: Path) -> None:
    assert _updates_result(profile_dir)["reason"] == "still checking"
    cache = profile_dir / "cache" / "pending_updates.json"
    deadline = time.monotonic() + 120
    while not cache.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert cache.exists(), "the detached refresher never wrote the cache"
    assert _updates_result(profile_dir)["reason"] != "still checking"


def test_json_output_reads_back_as_the_same_summary(profile_dir: Path) -> None:
    """What the tray reads from a `deskmate diagnose --json` worker is what it wrote."""
    from diagnostics.result import RunSummary

    data = json.loads(_diagnose(profile_dir, "--json").stdout)
    summary = RunSummary.from_json(data)
    assert {k: v for k, v in summary.to_json().items()} == {
        k: v for k, v in data.items() if k not in ("schema_version", "exit_code")}


def test_the_tray_tells_the_worker_which_deadlines_are_overdue(profile_dir: Path) -> None:
    said = json.loads(_diagnose(profile_dir, "--json", "--only", "deskmate.deadlines",
                                "--overdue-deadlines", '["Zoom"]').stdout)
    alone = json.loads(_diagnose(profile_dir, "--json", "--only", "deskmate.deadlines").stdout)
    assert said["results"][0]["status"] != "skipped"
    assert "Zoom" in json.dumps(said["results"][0]["facts"])
    assert alone["results"][0]["status"] == "skipped"


@pytest.mark.parametrize("garbage", ['{"results": "no"}', '{"results": [{"id": "x"}], '
                                     '"started_at": 0, "duration_s": 0}', "[]"])
def test_a_summary_that_is_not_one_is_refused(garbage: str) -> None:
    from diagnostics.result import RunSummary

    with pytest.raises((KeyError, TypeError, ValueError)):
        RunSummary.from_json(json.loads(garbage))
