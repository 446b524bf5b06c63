"""The workflow in docs/catalogue.md, run literally as subprocesses against a served repo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from catalogue_testing import SMALL_CATALOGUE, RepoServer

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.slow


def _run(args: list[str], env: dict[str, str],
         admin: bool = False) -> subprocess.CompletedProcess[str]:
    module = "desktop.admin_cli" if admin else "desktop.cli"
    return subprocess.run(
        [sys.executable, "-m", module, *args], cwd=ROOT, env=env, capture_output=True,
        text=True, timeout=60, check=False,
    )


def test_admin_publishes_and_a_profile_client_shows_it(
    tmp_path: Path, repo_server: RepoServer
) -> None:
    env = {**os.environ, "DESKMATE_POLICY": os.devnull}
    keydir, site, profile = tmp_path / "it-keys", repo_server.site, tmp_path / "profile"
    source = tmp_path / "catalogue.yaml"

    init = _run(["keys", "init", "--out", str(keydir)], env, admin=True)
    assert init.returncode == 0, init.stderr
    assert "Keep OFFLINE" in init.stdout
    assert "root.pem" in init.stdout

    source.write_text(SMALL_CATALOGUE.replace("Mozilla.Firefox", '"x; rm -rf ~"'), "utf-8")
    bad = _run(["catalogue", "validate", str(source)], env, admin=True)
    assert bad.returncode == 1
    expected = f"{source}:11: apps[0].install.windows.winget: 'x; rm -rf ~' is not a valid"
    assert expected in bad.stdout
    refused = _run(["catalogue", "publish", str(source), "--keys", str(keydir),
                    "--repo", str(site)], env, admin=True)
    assert refused.returncode == 1
    assert not (site / "metadata").exists()

    source.write_text(SMALL_CATALOGUE, "utf-8")
    assert _run(["catalogue", "validate", str(source)], env, admin=True).returncode == 0
    published = _run(["catalogue", "publish", str(source), "--keys", str(keydir),
                      "--repo", str(site), "--expires-days", "7"], env, admin=True)
    assert published.returncode == 0, published.stderr
    announced = _run(["announce", "--keys", str(keydir), "--repo", str(site), "--title",
                      "Mail is slow", "--body", "We are on it.", "--severity", "major",
                      "--affects", "Email"], env, admin=True)
    assert announced.returncode == 0, announced.stderr

    policy = tmp_path / "policy.toml"
    policy.write_text(
        f'[catalogue]\nurl = "{repo_server.url}"\ntrusted_root = "{keydir / "root.json"}"\n',
        "utf-8",
    )
    env["DESKMATE_POLICY"] = str(policy)
    base = ["--profile-dir", str(profile), "catalogue"]
    refreshed = _run([*base, "refresh"], env)
    assert refreshed.returncode == 0, refreshed.stderr
    assert "Catalogue version 2" in refreshed.stdout
    status = json.loads(_run([*base, "status", "--json"], env).stdout)
    assert status["version"] == 2
    assert status["apps"] == 2
    assert status["verified"] is True
    assert status["error"] is None
    found = json.loads(_run([*base, "search", "dropbox", "--json"], env).stdout)
    assert found == [{"id": "company-files", "name": "Company Files", "category": "Collaboration",
                      "score": 50, "reason": "Approved alternative to Dropbox"}]

    # Tamper with the served catalogue: the client refuses it, says why, keeps version 2.
    source.write_text(SMALL_CATALOGUE.replace("Fast, private", "Faster"), "utf-8")
    assert _run(["catalogue", "publish", str(source), "--keys", str(keydir),
                 "--repo", str(site)], env, admin=True).returncode == 0
    for target in (site / "targets").glob("*.catalogue.json"):
        target.write_bytes(target.read_bytes().replace(b"Firefox", b"Evilfox"))
    tampered = _run([*base, "refresh"], env)
    assert tampered.returncode == 1
    assert "does not match its signed hash or length" in tampered.stderr
    after_run = _run([*base, "status", "--json"], env)
    assert after_run.returncode == 1  # the next process still knows the refresh was refused
    after = json.loads(after_run.stdout)
    assert after["version"] == 2
    assert after["apps"] == 2
    assert after["verified"] is False
    assert after["error_kind"] == "CatalogueTampered"
    assert "does not match its signed hash or length" in after["error"]
    assert after["error_at"] >= after["fetched_at"]
    search = _run([*base, "search", "dropbox", "--json"], env)
    assert json.loads(search.stdout)[0]["id"] == "company-files"  # the last good copy is usable

    source.write_text(SMALL_CATALOGUE, "utf-8")
    assert _run(["catalogue", "publish", str(source), "--keys", str(keydir),
                 "--repo", str(site)], env, admin=True).returncode == 0
    assert _run([*base, "refresh"], env).returncode == 0
    healed = json.loads(_run([*base, "status", "--json"], env).stdout)
    assert (healed["version"], healed["verified"], healed["error"]) == (4, True, None)


def test_demo_mode_uses_the_bundled_signed_repository(tmp_path: Path) -> None:
    env = {**os.environ, "DESKMATE_POLICY": os.devnull}
    base = ["--demo", "--profile-dir", str(tmp_path / "p"), "catalogue"]
    refreshed = _run([*base, "refresh", "--json"], env)
    assert refreshed.returncode == 0, refreshed.stderr
    status = json.loads(refreshed.stdout)
    assert status["source"] == "demo"
    assert status["apps"] >= 25
    found = _run([*base, "search", "wetransfer"], env)
    assert "Company Files  (Approved alternative to WeTransfer)" in found.stdout
