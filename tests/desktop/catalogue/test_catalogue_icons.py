"""App icons: checked where IT validates, published as signed targets, verified and cached."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalogue_testing import SMALL_CATALOGUE, ClientFactory, Publisher, RepoServer

from desktop.admin_cli import main as admin_main
from desktop.catalogue.client import CatalogueTampered
from desktop.catalogue.icon_files import icon_problem
from desktop.catalogue.publish import read_state
from desktop.catalogue.validation import load_catalogue, validate_yaml

SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48">'
       b'<rect width="48" height="48" rx="10" fill="#2D6CDF"/></svg>')
WITH_ICON = SMALL_CATALOGUE.replace(
    "    publisher: Mozilla\n", "    publisher: Mozilla\n    icon: icons/firefox.svg\n")


def _icons_beside(tmp_path: Path, data: bytes = SVG) -> None:
    (tmp_path / "icons").mkdir(exist_ok=True)
    (tmp_path / "icons" / "firefox.svg").write_bytes(data)


@pytest.mark.parametrize("name", ["../firefox.svg", "/etc/x.svg", "icons/firefox.gif",
                                  "a/b/c.svg", "Icons/Firefox.svg"])
def test_icon_must_be_a_relative_svg_or_png(name: str) -> None:
    result = validate_yaml(WITH_ICON.replace("icons/firefox.svg", name))
    assert [i.path for i in result.issues] == ["apps[0].icon"]


@pytest.mark.parametrize(("data", "words"), [
    (b"", "not a readable SVG"),
    (b"<html/>", "not an SVG image"),
    (SVG.replace(b"<rect", b"<script>alert(1)</script><rect"), "script"),
    (SVG.replace(b"<rect", b'<image href="https://example.com/x.png"/><rect'), "links to"),
    (b'<!DOCTYPE svg [<!ENTITY a "aa">]>' + SVG, "DOCTYPE"),
    (SVG + b" " * 300_000, "at most 256 KB"),
])
def test_an_icon_file_that_is_not_a_plain_image_is_named(
    tmp_path: Path, data: bytes, words: str
) -> None:
    _icons_beside(tmp_path, data)
    result = validate_yaml(WITH_ICON, "catalogue.yaml", icon_base=tmp_path)
    assert len(result.issues) == 1
    assert result.issues[0].path == "apps[0].icon"
    assert words in result.issues[0].message
    assert result.issues[0].line == 6  # the icon's own line in catalogue.yaml


def test_png_is_checked_by_its_signature() -> None:
    assert icon_problem("a.png", b"\x89PNG\r\n\x1a\n....") is None
    assert icon_problem("a.png", SVG) == "is not a PNG image"


def test_the_published_json_keeps_the_icon_on_the_fast_and_the_full_path() -> None:
    doc = {"organization": "X", "apps": [{
        "id": "a", "name": "A", "category": "C", "icon": "icons/a.svg",
        "install": {"any": {"open_url": "https://a.example.com"}}}]}
    assert load_catalogue(doc).apps[0].icon == "icons/a.svg"
    doc["apps"][0]["deadline"] = "3 days after publish"  # type: ignore[index]  # test data
    doc["apps"][0]["required"] = True  # type: ignore[index]  # test data
    assert load_catalogue(doc).apps[0].icon == "icons/a.svg"


def test_admin_validate_reports_a_missing_icon_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "catalogue.yaml"
    source.write_text(WITH_ICON, "utf-8")
    assert admin_main(["catalogue", "validate", str(source)]) == 1
    assert "apps[0].icon: icons/firefox.svg cannot be read (No such file" in capsys.readouterr().out
    _icons_beside(tmp_path)
    assert admin_main(["catalogue", "validate", str(source)]) == 0


def test_published_icon_is_a_signed_target_and_cached_beside_the_catalogue(
    tmp_path: Path, publish: Publisher, make_client: ClientFactory, repo_server: RepoServer
) -> None:
    _icons_beside(tmp_path)
    publish(WITH_ICON)
    assert "icons/firefox.svg" in read_state(repo_server.site).targets
    client = make_client()
    content = client.refresh()
    firefox, files = content.catalogue.app("firefox"), content.catalogue.app("company-files")
    assert firefox is not None
    assert files is not None
    cached = client.icon_file(firefox)
    assert cached is not None
    assert cached.read_bytes() == SVG
    assert cached.is_relative_to(client._dir / "last_good")
    assert client.icon_file(files) is None  # no icon: the GUI draws a monogram
    # IT drops the icon: the cached copy goes too.
    publish(SMALL_CATALOGUE)
    client.refresh()
    assert not cached.exists()


@pytest.mark.allow_log_warnings
def test_a_tampered_icon_refuses_the_refresh(
    tmp_path: Path, publish: Publisher, make_client: ClientFactory, repo_server: RepoServer
) -> None:
    _icons_beside(tmp_path)
    publish(WITH_ICON)
    for served in (repo_server.site / "targets" / "icons").iterdir():
        served.write_bytes(SVG.replace(b"#2D6CDF", b"#FF0000"))
    with pytest.raises(CatalogueTampered):
        make_client().refresh()


@pytest.mark.allow_log_warnings
def test_an_icon_signed_but_not_an_image_is_left_out(
    tmp_path: Path, publish: Publisher, make_client: ClientFactory, repo_server: RepoServer,
    keydir: Path,
) -> None:
    from desktop.catalogue.publish import publish_targets

    _icons_beside(tmp_path)
    publish(WITH_ICON)
    publish_targets(repo_server.site, keydir, {"icons/firefox.svg": b"not an image"})
    client = make_client()
    content = client.refresh()
    firefox = content.catalogue.app("firefox")
    assert firefox is not None
    assert client.icon_file(firefox) is None
