"""A rotated root, deployed the documented way, keeps rollback protection (issue 8, item 7).

IT runs the real ``deskmate-admin`` commands; the employee's ``deskmate`` refreshes over HTTP
from 127.0.0.1. After a root rotation IT redeploys ``root.json`` by policy; an attacker who
then serves the old repository must still be refused.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from catalogue_testing import SMALL_CATALOGUE, ClientFactory, Publisher, RepoServer

from desktop.catalogue import keys
from desktop.catalogue.publish import PublishError

ROOT = Path(__file__).resolve().parents[3]


class _Desk:
    """IT's key folder and catalogue source, and one employee profile trusting a root file."""

    def __init__(self, tmp_path: Path, server: RepoServer) -> None:
        self.tmp, self.site = tmp_path, server.site
        self.keydir = tmp_path / "it-keys"
        self.source = tmp_path / "catalogue.yaml"
        self.deployed_root = tmp_path / "deployed" / "root.json"
        policy = tmp_path / "policy.toml"
        policy.write_text(f'[catalogue]\nurl = "{server.url}"\n'
                          f'trusted_root = "{self.deployed_root}"\n', "utf-8")
        self.env = {**os.environ, "DESKMATE_POLICY": str(policy)}

    def admin(self, *args: str) -> None:
        done = _run("desktop.admin_cli", list(args), self.env)
        assert done.returncode == 0, done.stderr

    def publish(self, description: str) -> None:
        self.source.write_text(
            SMALL_CATALOGUE.replace("Fast, private web browser.", description), "utf-8")
        self.admin("catalogue", "publish", str(self.source), "--keys", str(self.keydir),
                   "--repo", str(self.site))

    def deploy_root(self) -> None:
        self.deployed_root.parent.mkdir(exist_ok=True)
        shutil.copyfile(self.keydir / "root.json", self.deployed_root)

    def desk(self, *args: str) -> subprocess.CompletedProcess[str]:
        base = ["--profile-dir", str(self.tmp / "profile"), "catalogue"]
        return _run("desktop.cli", [*base, *args], self.env)

    def status(self) -> dict[str, object]:
        status: dict[str, object] = json.loads(self.desk("status", "--json").stdout)
        return status


def _run(module: str, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.slow
@pytest.mark.parametrize("role", ["root", "targets"])
def test_redeployed_rotated_root_still_refuses_the_old_repository(
    tmp_path: Path, repo_server: RepoServer, role: str
) -> None:
    it = _Desk(tmp_path, repo_server)
    it.admin("keys", "init", "--out", str(it.keydir))
    it.deploy_root()
    it.publish("Version one.")
    old_site = tmp_path / "site-v1"
    shutil.copytree(it.site, old_site)
    assert it.desk("refresh").returncode == 0
    it.publish("Version two.")
    it.admin("keys", "rotate", "--keys", str(it.keydir), "--role", role,
             "--repo", str(it.site))
    it.publish("Version three.")
    refreshed = it.desk("refresh", "--json")
    assert refreshed.returncode == 0, refreshed.stderr
    assert json.loads(refreshed.stdout)["version"] == 4

    it.deploy_root()  # the documented step: new installs and policy get the rotated root
    shutil.rmtree(it.site)
    shutil.copytree(old_site, it.site)  # an attacker (or a stale mirror) serves version 1
    refused = it.desk("refresh")
    assert refused.returncode == 1
    assert "looks like a rollback attack and was refused" in refused.stderr
    assert it.status()["version"] == 4  # the last good copy is still the one in use


def test_new_keys_from_scratch_are_accepted_once_their_root_is_deployed(
    tmp_path: Path, make_client: ClientFactory, publish: Publisher, keydir: Path,
    repo_server: RepoServer,
) -> None:
    # IT loses the old keys and starts over with 'keys init': a new trust anchor, deployed by
    # policy. The state kept per URL must not lock the client to the old chain.
    publish()
    assert make_client().refresh().version == 1
    keys.rotate_key(keydir, "root")
    publish()
    assert make_client().refresh().version == 2
    fresh_keys = tmp_path / "new-keys"
    keys.init_keys(fresh_keys)
    new_text = SMALL_CATALOGUE.replace("Fast, private web browser.", "New keys.")
    # Signing over the old site would leave its 2.root.json in place, and every client of
    # the new root would follow it and refuse the repository: the publisher says so instead.
    with pytest.raises(PublishError, match=r"1\.root\.json is not a root from .*new-keys"):
        publish(new_text, keys_dir=fresh_keys)
    shutil.rmtree(repo_server.site)
    publish(new_text, keys_dir=fresh_keys)
    client = make_client(root=(fresh_keys / "root.json").read_bytes())
    content = client.refresh()
    assert content.catalogue.app("firefox").description == "New keys."  # type: ignore[union-attr]


def test_a_stale_copy_of_the_key_folder_cannot_sign_over_a_rotated_site(
    tmp_path: Path, publish: Publisher, keydir: Path
) -> None:
    stale = tmp_path / "stale-keys"
    shutil.copytree(keydir, stale)
    keys.rotate_key(keydir, "targets")
    publish()
    # Signed with the retired targets key, the site would be refused by every client.
    with pytest.raises(PublishError, match=r"2\.root\.json is not a root from .*stale-keys"):
        publish(keys_dir=stale)
