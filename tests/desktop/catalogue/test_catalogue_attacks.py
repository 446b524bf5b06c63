"""Attacks on a real, served repository are refused one by one; the last good copy stays."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from catalogue_testing import SMALL_CATALOGUE, ClientFactory, Publisher, RepoServer

from desktop.catalogue import keys
from desktop.catalogue.client import (
    CatalogueClient,
    CatalogueExpired,
    CatalogueMalformed,
    CatalogueOffline,
    CatalogueOversized,
    CatalogueRefused,
    CatalogueRollback,
    CatalogueTampered,
    CatalogueWrongKey,
)
from desktop.catalogue.publish import CATALOGUE_TARGET, publish_targets, read_state

V2 = SMALL_CATALOGUE.replace("Fast, private web browser.", "Version two.")


def _good_client(make_client: ClientFactory, publish: Publisher) -> CatalogueClient:
    publish()
    client = make_client()
    first = client.refresh()
    assert first.catalogue.app("firefox") is not None
    return client


def _assert_last_good_kept(client: CatalogueClient, version: int) -> None:
    last = client.last_good()
    assert last is not None
    assert last.version == version
    assert last.catalogue.app("firefox").description == "Fast, private web browser."  # type: ignore[union-attr]
    # A fresh client over the same folder (the next app start) still has it too.
    assert CatalogueClient(client._dir, "http://unused", b"{}", client._fetcher).last_good() == last


def test_good_repository_is_loaded_and_a_second_refresh_is_cheap(
    make_client: ClientFactory, publish: Publisher, repo_server: RepoServer
) -> None:
    publish()
    client = make_client()
    content = client.refresh()
    assert content.version == 1
    assert [a.id for a in content.catalogue.apps] == ["firefox", "company-files"]
    assert content.catalogue.published is not None
    assert content.expires is not None
    assert content.expires > datetime.now(UTC) + timedelta(days=29)
    repo_server.seen.clear()
    again = client.refresh()
    assert again.digest == content.digest
    fetched = [line.split()[1] for line in repo_server.seen]
    # Only the timestamp (a conditional 304) and the probe for a newer root go out.
    assert sorted(fetched) == ["/metadata/2.root.json", "/metadata/timestamp.json"]
    assert any("timestamp.json 304" in line for line in repo_server.seen)


def test_a_new_version_is_picked_up(make_client: ClientFactory, publish: Publisher) -> None:
    client = _good_client(make_client, publish)
    publish(V2)
    content = client.refresh()
    assert content.version == 2
    assert content.catalogue.app("firefox").description == "Version two."  # type: ignore[union-attr]


@pytest.mark.allow_log_warnings  # the refusal is logged
def test_tampered_target_is_refused(
    make_client: ClientFactory, publish: Publisher, repo_server: RepoServer
) -> None:
    client = _good_client(make_client, publish)
    publish(V2)
    target = next((repo_server.site / "targets").glob(f"*.{CATALOGUE_TARGET}"), None)
    newest = read_state(repo_server.site).targets[CATALOGUE_TARGET].hashes["sha256"]
    target = repo_server.site / "targets" / f"{newest}.{CATALOGUE_TARGET}"
    target.write_bytes(target.read_bytes().replace(b"Version two.", b"Version 666."))
    with pytest.raises(CatalogueTampered, match="does not match its signed hash or length"):
        client.refresh()
    _assert_last_good_kept(client, 1)


@pytest.mark.allow_log_warnings  # the refusal is logged
def test_rollback_to_an_older_version_is_refused(
    make_client: ClientFactory, publish: Publisher, repo_server: RepoServer, tmp_path: Path
) -> None:
    publish()
    old_site = tmp_path / "site-v1"
    shutil.copytree(repo_server.site, old_site)
    publish(V2)
    client = make_client()
    assert client.refresh().version == 2
    shutil.rmtree(repo_server.site / "metadata")
    shutil.copytree(old_site / "metadata", repo_server.site / "metadata")
    with pytest.raises(CatalogueRollback, match="older catalogue than one already verified"):
        client.refresh()
    last = client.last_good()
    assert last is not None
    assert last.version == 2


@pytest.mark.allow_log_warnings  # the refusal is logged
def test_mix_and_match_of_versions_is_refused(
    make_client: ClientFactory, publish: Publisher, repo_server: RepoServer
) -> None:
    """The newest timestamp and snapshot served with the previous, validly signed targets: the
    snapshot pins the hash of the targets metadata it was signed with."""
    client = _good_client(make_client, publish)
    publish(V2)
    metadata = repo_server.site / "metadata"
    (metadata / "2.targets.json").write_bytes((metadata / "1.targets.json").read_bytes())
    with pytest.raises(CatalogueTampered, match="does not match its signed hash"):
        client.refresh()
    _assert_last_good_kept(client, 1)


@pytest.mark.allow_log_warnings  # the refusal is logged
def test_expired_timestamp_is_refused(make_client: ClientFactory, publish: Publisher) -> None:
    client = _good_client(make_client, publish)
    publish(V2, expires_days=1, now=datetime.now(UTC) - timedelta(days=3))
    with pytest.raises(CatalogueExpired, match="has expired"):
        client.refresh()
    _assert_last_good_kept(client, 1)


@pytest.mark.allow_log_warnings  # the refusal is logged
def test_wrong_key_is_refused(
    make_client: ClientFactory, publish: Publisher, tmp_path: Path
) -> None:
    client = _good_client(make_client, publish)
    other = tmp_path / "attacker-keys"
    keys.init_keys(other)
    # The attacker copies IT's root versions but signs with their own online keys.
    for role in keys.ONLINE_ROLES:
        shutil.copyfile(other / f"{role}.pem", tmp_path / "keys" / f"{role}.pem")
    with pytest.raises(Exception, match=r"is not a \w+ key listed"):
        publish(V2)  # the admin tool itself refuses keys that root.json does not name
    shutil.copyfile(other / "root.json", tmp_path / "keys" / "root.json")
    publish(V2, keys_dir=tmp_path / "keys")
    with pytest.raises(CatalogueWrongKey, match="not signed by the keys your organisation trusts"):
        client.refresh()
    _assert_last_good_kept(client, 1)


@pytest.mark.parametrize("cut", [0.5, 0.0])
@pytest.mark.allow_log_warnings  # the refusal is logged
def test_truncated_timestamp_is_refused(
    make_client: ClientFactory, publish: Publisher, repo_server: RepoServer, cut: float
) -> None:
    client = _good_client(make_client, publish)
    publish(V2)
    timestamp = repo_server.site / "metadata" / "timestamp.json"
    data = timestamp.read_bytes()
    timestamp.write_bytes(data[: int(len(data) * cut)])
    with pytest.raises(CatalogueMalformed, match="malformed or truncated"):
        client.refresh()
    _assert_last_good_kept(client, 1)


@pytest.mark.allow_log_warnings  # the refusal is logged
def test_truncated_snapshot_is_refused(
    make_client: ClientFactory, publish: Publisher, repo_server: RepoServer
) -> None:
    client = _good_client(make_client, publish)
    publish(V2)
    snapshot = repo_server.site / "metadata" / "2.snapshot.json"
    snapshot.write_bytes(snapshot.read_bytes()[:-40])
    with pytest.raises(CatalogueTampered, match="cut short"):
        client.refresh()
    _assert_last_good_kept(client, 1)


@pytest.mark.allow_log_warnings  # the refusal is logged
def test_oversized_metadata_is_refused(
    make_client: ClientFactory, publish: Publisher, repo_server: RepoServer
) -> None:
    client = _good_client(make_client, publish)
    publish(V2)
    timestamp = repo_server.site / "metadata" / "timestamp.json"
    timestamp.write_bytes(timestamp.read_bytes() + b" " * 20_000)
    with pytest.raises(CatalogueOversized, match="larger than allowed"):
        client.refresh()
    _assert_last_good_kept(client, 1)


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"organization: [unclosed\napps: {", "not valid JSON"),
        (b'{"organization": "X", "apps": [{"id": "x; rm -rf ~"}]}', "apps[0]"),
    ],
)
@pytest.mark.allow_log_warnings  # the refusal is logged
def test_malformed_signed_catalogue_is_refused(
    make_client: ClientFactory, publish: Publisher, repo_server: RepoServer, keydir: Path,
    payload: bytes, reason: str,
) -> None:
    client = _good_client(make_client, publish)
    # Signed with IT's real keys (a buggy or compromised publisher), but not a valid catalogue.
    publish_targets(repo_server.site, keydir, {CATALOGUE_TARGET: payload})
    with pytest.raises(CatalogueMalformed, match="malformed and was not used") as caught:
        client.refresh()
    assert reason in str(caught.value)
    _assert_last_good_kept(client, 1)


def test_unreachable_server_is_offline_not_refused(
    make_client: ClientFactory, publish: Publisher, repo_server: RepoServer, tmp_path: Path
) -> None:
    client = _good_client(make_client, publish)
    client._url = "http://127.0.0.1:9"  # the discard port: nothing listens
    with pytest.raises(CatalogueOffline) as caught:
        client.refresh()
    assert not isinstance(caught.value, CatalogueRefused)
    assert caught.value.offline
    _assert_last_good_kept(client, 1)


def test_key_rotation_is_followed(
    make_client: ClientFactory, publish: Publisher, repo_server: RepoServer, keydir: Path
) -> None:
    client = _good_client(make_client, publish)
    for role in ("timestamp", "root"):
        keys.rotate_key(keydir, role)
    publish(V2)
    content = client.refresh()
    assert content.version == 2
    assert (repo_server.site / "metadata" / "3.root.json").exists()
    # A client that still trusts only root v1 walks the chain too.
    fresh = make_client("fresh", root=(keydir / "root_history" / "1.root.json").read_bytes())
    assert fresh.refresh().version == 2
