"""What IT publishes with deskmate-admin reaches the Apps page of a client started with
--profile-dir; a tampered repository is refused and the last good catalogue stays."""

from __future__ import annotations

import functools
import http.server
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.app.graph import Application
from tests.ui.app_builder import build_application

ROOT = Path(__file__).resolve().parents[2]
GREEN_SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48">'
             b'<rect width="48" height="48" fill="#00C000"/></svg>')
CATALOGUE = """\
organization: Acme Ltd
apps:
  - id: firefox
    name: Firefox
    category: Browsers
    install: {linux: {flatpak: org.mozilla.firefox}}
  - id: company-files
    name: Company Files
    category: Collaboration
    replaces: [Dropbox]
    install: {any: {open_url: "https://files.acme.example"}}
"""


def admin(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "desktop.admin_cli", *args], check=True, cwd=ROOT,
                   capture_output=True, timeout=120)


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    yield from _served(tmp_path, CATALOGUE)


@pytest.fixture
def icon_site(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    (tmp_path / "icons").mkdir()
    (tmp_path / "icons" / "firefox.svg").write_bytes(GREEN_SVG)
    text = CATALOGUE.replace("    category: Browsers\n",
                             "    category: Browsers\n    icon: icons/firefox.svg\n"
                             "    required: true\n")
    yield from _served(tmp_path, text)


def _served(tmp_path: Path, catalogue: str) -> Iterator[tuple[Path, str]]:
    """keys init + catalogue publish with the real admin CLI, served over HTTP on loopback."""
    (tmp_path / "catalogue.yaml").write_text(catalogue, encoding="utf-8")
    admin("keys", "init", "--out", str(tmp_path / "keys"))
    admin("catalogue", "publish", str(tmp_path / "catalogue.yaml"), "--keys",
          str(tmp_path / "keys"), "--repo", str(tmp_path / "site"))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler,
                                directory=str(tmp_path / "site"))
    handler.log_message = lambda *a: None  # type: ignore[method-assign]  # keep test output quiet
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def make_app(qtbot: QtBot, work: Path, url: str, profile: str) -> Application:
    policy = work / "policy.toml"
    policy.write_text(f'[catalogue]\nurl = "{url}"\ntrusted_root = "{work}/keys/root.json"\n',
                      encoding="utf-8")
    app = build_application(work / profile, policy, demo=False)
    qtbot.addWidget(app.window)
    return app


def refreshed(qtbot: QtBot, app: Application) -> None:
    statuses: list[object] = []
    app.catalogue_bridge.status_changed.connect(statuses.append)
    app.catalogue_bridge.refresh()
    qtbot.waitUntil(lambda: bool(statuses), timeout=15_000)


@pytest.mark.allow_log_warnings  # the refused refresh is logged as a warning, as it should be
def test_published_catalogue_reaches_the_apps_page(
    qtbot: QtBot, site: tuple[Path, str]
) -> None:
    work, url = site
    app = make_app(qtbot, work, url, "profile")
    try:
        app.catalogue_bridge.start()
        qtbot.waitUntil(lambda: app.apps.model.rowCount() == 2, timeout=15_000)
        names = {app.apps.model.apps()[row].name for row in range(2)}
        assert names == {"Firefox", "Company Files"}
        app.apps.search.setText("dropbox")
        assert app.apps.proxy.rowCount() == 1
    finally:
        app.shutdown()

    # Someone swaps the signed target on the server.
    target = next((work / "site" / "targets").glob("*catalogue.json"))
    target.write_bytes(target.read_bytes().replace(b"Firefox", b"Evilfox"))

    # A new client refuses it, says why, and shows no apps rather than the forged ones.
    fresh = make_app(qtbot, work, url, "fresh-profile")
    try:
        refreshed(qtbot, fresh)
        status = fresh.catalogue.status()
        assert status.error_kind == "CatalogueTampered"
        assert status.error
        assert fresh.catalogue.catalogue() is None
        assert fresh.apps.model.rowCount() == 0
    finally:
        fresh.shutdown()

    # The first client's verified copy stays in use: TUF knows the target has not changed
    # and never takes the forged bytes.
    again = make_app(qtbot, work, url, "profile")
    try:
        again.catalogue_bridge.start()
        qtbot.waitUntil(lambda: again.apps.model.rowCount() == 2, timeout=15_000)
        refreshed(qtbot, again)
        assert again.catalogue.status().error is None
        assert {a.name for a in again.catalogue.catalogue().apps} == {"Firefox", "Company Files"}  # type: ignore[union-attr]
    finally:
        again.shutdown()


@pytest.mark.allow_log_warnings  # the refused refresh is logged as a warning, as it should be
def test_a_refused_refresh_is_said_on_the_apps_page_and_after_a_restart(
    qtbot: QtBot, site: tuple[Path, str]
) -> None:
    work, url = site
    app = make_app(qtbot, work, url, "profile")
    try:
        refreshed(qtbot, app)
        assert app.apps.model.rowCount() == 2
        assert app.apps.refused_notice.isHidden()
        # IT publishes a new version; someone swaps its target on the server.
        (work / "catalogue.yaml").write_text(CATALOGUE.replace("Dropbox", "WeTransfer"), "utf-8")
        admin("catalogue", "publish", str(work / "catalogue.yaml"), "--keys",
              str(work / "keys"), "--repo", str(work / "site"))
        for target in (work / "site" / "targets").glob("*catalogue.json"):
            target.write_bytes(target.read_bytes().replace(b"Firefox", b"Evilfox"))
        refreshed(qtbot, app)
        assert app.apps.model.rowCount() == 2  # the last verified catalogue stays usable
        notice = app.apps.refused_notice
        assert not notice.isHidden()
        assert notice.text().startswith("Showing the last verified catalogue from ")
        assert notice.text().endswith(
            "The newest one was refused: a file in it does not match what IT signed.")
    finally:
        app.shutdown()

    restarted = make_app(qtbot, work, url, "profile")
    try:
        statuses: list[object] = []
        restarted.catalogue_bridge.status_changed.connect(statuses.append)
        restarted.catalogue_bridge.start()
        qtbot.waitUntil(lambda: bool(statuses), timeout=15_000)
        assert getattr(statuses[0], "error_kind", None) == "CatalogueTampered"  # from disk
        assert restarted.apps.model.rowCount() == 2
        assert "The newest one was refused" in restarted.apps.refused_notice.text()
        assert not restarted.apps.refused_notice.isHidden()
    finally:
        restarted.shutdown()


def test_an_icon_published_by_it_is_drawn_and_a_missing_required_app_is_on_home(
    qtbot: QtBot, icon_site: tuple[Path, str]
) -> None:
    work, url = icon_site
    app = make_app(qtbot, work, url, "profile")
    try:
        refreshed(qtbot, app)
        qtbot.waitUntil(lambda: app.apps.model.rowCount() == 2, timeout=15_000)
        firefox = app.catalogue.catalogue().app("firefox")  # type: ignore[union-attr]
        assert firefox is not None
        image = app.apps.icons.icon(firefox).pixmap(32, 32).toImage()
        assert image.pixelColor(16, 2).name() == "#00c000"
        qtbot.waitUntil(lambda: not app.home.required_card.isHidden(), timeout=15_000)
        labels = [w.text() for w in app.home.required_card.findChildren(QLabel)]
        assert "Firefox" in labels
    finally:
        app.shutdown()
