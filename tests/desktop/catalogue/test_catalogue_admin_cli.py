"""deskmate-admin keys rotate, announce errors, and a file:// repository, in process."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalogue_testing import SMALL_CATALOGUE

from desktop.admin_cli import main as admin_main
from desktop.catalogue.client import CatalogueClient
from desktop.catalogue.fetchers import LocalFetcher


def _publish_site(tmp_path: Path) -> tuple[Path, Path]:
    keydir, site = tmp_path / "keys", tmp_path / "site"
    source = tmp_path / "catalogue.yaml"
    source.write_text(SMALL_CATALOGUE, "utf-8")
    assert admin_main(["keys", "init", "--out", str(keydir)]) == 0
    assert admin_main(["catalogue", "publish", str(source), "--keys", str(keydir),
                       "--repo", str(site)]) == 0
    return keydir, site


def _file_client(tmp_path: Path, site: Path, root: bytes, name: str) -> CatalogueClient:
    url = site.resolve().as_uri()
    return CatalogueClient(tmp_path / name, url, root, LocalFetcher.for_file_url(url))


def test_rotate_root_with_repo_resigns_and_old_clients_follow(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keydir, site = _publish_site(tmp_path)
    root_v1 = (keydir / "root.json").read_bytes()
    client = _file_client(tmp_path, site, root_v1, "client")
    assert client.refresh().version == 1
    assert admin_main(["keys", "rotate", "--keys", str(keydir), "--role", "root",
                       "--repo", str(site)]) == 0
    out = capsys.readouterr().out
    assert "root is now version 2" in out
    assert (keydir / "retired" / "root-v1.pem").exists()
    assert client.refresh().version == 2
    assert _file_client(tmp_path, site, root_v1, "new").refresh().version == 2


def test_keys_init_refuses_a_folder_with_keys(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    keydir, _ = _publish_site(tmp_path)
    assert admin_main(["keys", "init", "--out", str(keydir)]) == 1
    assert "already holds keys" in capsys.readouterr().err


def test_announce_and_withdraw(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    keydir, site = _publish_site(tmp_path)
    capsys.readouterr()
    base = ["announce", "--keys", str(keydir), "--repo", str(site)]
    assert admin_main([*base, "--title", "VPN down", "--severity", "major",
                       "--affects", "VPN, Network"]) == 0
    announced = capsys.readouterr().out
    ident = announced.split()[1]
    client = _file_client(tmp_path, site, (keydir / "root.json").read_bytes(), "c")
    news = client.refresh().announcements
    assert [(a.id, a.affects) for a in news] == [(ident, ("VPN", "Network"))]
    assert admin_main([*base, "--withdraw", "no-such-id"]) == 1
    assert "no announcement 'no-such-id'" in capsys.readouterr().err
    assert admin_main([*base, "--title", "Bad", "--until", "yesterday"]) == 1
    assert "not an ISO 8601 time" in capsys.readouterr().err
    assert admin_main([*base, "--withdraw", ident]) == 0
    assert client.refresh().announcements == ()


def test_publish_with_keys_from_elsewhere_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keydir, site = _publish_site(tmp_path)
    other = tmp_path / "other"
    assert admin_main(["keys", "init", "--out", str(other)]) == 0
    (keydir / "targets.pem").write_bytes((other / "targets.pem").read_bytes())
    assert admin_main(["catalogue", "publish", str(tmp_path / "catalogue.yaml"), "--keys",
                       str(keydir), "--repo", str(site)]) == 1
    assert "is not a targets key listed" in capsys.readouterr().err


