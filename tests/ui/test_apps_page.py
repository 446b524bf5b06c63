"""The Apps page with real fake-winget installs (Install → Installing 45% → Open) and search."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPixmap
from PySide6.QtWidgets import QListView, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.catalogue.install_line import ThreadInstallLine
from desktop.catalogue.install_outcome import InstallResult
from desktop.catalogue.install_queue import InstallQueue
from desktop.catalogue.installed_state import InstallState, StateDetector
from desktop.catalogue.installer_launch import AppLauncher
from desktop.catalogue.installer_process import ProcessRunner
from desktop.catalogue.search import SearchIndex
from desktop.catalogue.service import CatalogueStatus
from desktop.catalogue.synthetic import synthetic_catalogue
from desktop.catalogue.validation import load_catalogue
from desktop.shell.install_workers import WorkerInstallLine
from desktop.shell.process_runner import ProcessTaskRunner
from desktop.tasks import InlineTaskRunner
from tests.fakes.catalogue_data import demo_catalogue
from tests.fakes.tools import FakeTools
from tests.ui.app_builder import interface_language
from ui.app_icons import tile_colour
from ui.app_shelf_list import Shelf
from ui.catalogue_model import Action, CatalogueFilterModel, CatalogueListModel, Roles, action_for
from ui.locale_format import data_size
from ui.pages.apps_page import AppsPage

T = TypeVar("T")


class RecordingRunner(InlineTaskRunner):
    """Runs inline, and notes the action button's text after every progress item."""

    def __init__(self) -> None:
        self.page: AppsPage | None = None
        self.seen: list[str] = []

    def submit_with_progress(
        self, fn: Callable[[Any], T], on_progress: Callable[[Any], None],
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        def progress(item: Any) -> None:
            on_progress(item)
            if self.page is not None:
                self.seen.append(self.page.detail.action_button.text())

        super().submit_with_progress(fn, progress, on_result, on_error)


def build_page(qtbot: QtBot, fakes: FakeTools, platform: str, **env: str) -> AppsPage:
    runner = ProcessRunner(fakes.env(**env))
    detector = StateDetector(platform, runner)
    queue = InstallQueue(platform, detector, requests.Session, fakes.root / "dl",
                         fakes.root / "logs", runner)
    recording = RecordingRunner()
    page = AppsPage(ThreadInstallLine(queue, recording), detector,
                    AppLauncher(platform, runner), recording)
    recording.page = page
    qtbot.addWidget(page)
    page.resize(900, 640)
    page.set_catalogue(demo_catalogue())
    return page


@pytest.fixture
def fakes(tmp_path: Path) -> FakeTools:
    return FakeTools(tmp_path)


def test_fake_winget_install_goes_from_install_through_progress_to_open(
    qtbot: QtBot, fakes: FakeTools
) -> None:
    page = build_page(qtbot, fakes, "windows")
    page.show_app("firefox")
    button = page.detail.action_button
    assert button.text() == "Install"
    assert page.model.state("firefox") is InstallState.NOT_INSTALLED
    with qtbot.waitSignal(page.install_finished) as finished:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]  # pytest-qt is untyped
    runner = page._runner  # the test's own recording runner
    assert isinstance(runner, RecordingRunner)
    assert "Installing 45%" in runner.seen
    assert runner.seen.index("Installing 15%") < runner.seen.index("Installing 45%")
    assert finished.args[0].ok
    assert button.text() == "Open"
    assert page.model.state("firefox") is InstallState.INSTALLED
    assert page.detail.status.text() == "✓ Firefox is installed."
    assert next(c for c in fakes.calls("winget") if c[0] == "install") == [
        "install", "--id", "Mozilla.Firefox", "--exact", "--silent",
        "--accept-package-agreements", "--accept-source-agreements", "--disable-interactivity"]


def test_failed_install_offers_ask_it_for_help_with_the_log(qtbot: QtBot, fakes: FakeTools) -> None:
    page = build_page(qtbot, fakes, "windows", DESKMATE_FAKE_FAIL="winget")
    page.show_app("slack")
    page.detail.action_button.click()
    assert page.detail.help_button.isVisibleTo(page)
    assert page.detail.status.text() == (
        "⚠ Install failed: The install log says why; Ask IT for help sends it to IT.")
    assert "winget stopped with exit code 1" in page.detail.status.toolTip()  # for IT
    assert page.detail.action_button.text() == "Install"
    with qtbot.waitSignal(page.help_requested) as asked:
        page.detail.help_button.click()
    app_id, log = asked.args
    assert app_id == "slack"
    assert "Installer failed with exit code: 1603" in log
    page.detail.log_button.click()
    assert "Command: winget install --id SlackTechnologies.Slack" in (
        page.detail.log_view.toPlainText())


def test_search_for_a_replaced_tool_finds_the_approved_alternative(
    qtbot: QtBot, fakes: FakeTools
) -> None:
    page = build_page(qtbot, fakes, "linux")
    qtbot.keyClicks(page.search, "dropbox")  # type: ignore[no-untyped-call]  # pytest-qt is untyped
    assert page.proxy.rowCount() == 1
    index = page.proxy.index(0, 0)
    assert index.data() == "Company Files"
    assert index.data(Roles.MATCH) == "Approved alternative to Dropbox"
    assert page.detail.title.text() == "Company Files"
    assert page.detail.action_button.text() == "Open"
    page.search.setText("zzz-nothing")
    assert page.proxy.rowCount() == 0
    assert "No approved app matches" in page.empty_label.text()


def test_category_filter_and_featured(qtbot: QtBot, fakes: FakeTools) -> None:
    page = build_page(qtbot, fakes, "linux")
    page.shelves.show_shelf(Shelf.CATEGORY, "Design")
    names = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert names == ["Figma", "GIMP"]
    assert [b.text() for b in page.featured.buttons] == ["Firefox", "Company Files", "Slack"]
    page.featured.buttons[2].click()
    assert page.detail.title.text() == "Slack"
    assert page.shelves.currentRow() == 0


def _listed(page: AppsPage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def test_the_detail_pane_only_ever_shows_an_app_in_the_list(
    qtbot: QtBot, fakes: FakeTools
) -> None:
    page = build_page(qtbot, fakes, "linux")
    page.show_app("slack")
    page.shelves.show_shelf(Shelf.CATEGORY, "Design")
    assert page.detail.title.text() in _listed(page)
    page.search.setText("zzz-nothing")
    assert _listed(page) == []
    assert page.detail.app() is None
    assert page.detail.title.text() == ""
    assert not page.detail.isEnabled()
    page.search.clear()
    assert page.detail.title.text() in _listed(page)


def test_search_says_how_many_matches_a_category_filter_hides_and_shows_them(
    qtbot: QtBot, fakes: FakeTools
) -> None:
    """"dropbox" in Security said "no match" though an approved app in Collaboration
    replaces Dropbox."""
    page = build_page(qtbot, fakes, "linux")
    page.show()
    page.shelves.show_shelf(Shelf.CATEGORY, "Security")
    page.search.setText("dropbox")
    assert _listed(page) == []
    assert page.elsewhere_label.isVisible()
    assert page.elsewhere_label.text() == "1 match in other categories"
    assert "No approved app matches" not in page.empty_label.text()
    page.show_elsewhere.click()
    assert page.shelves.currentRow() == 0
    assert _listed(page) == ["Company Files"]
    assert page.detail.title.text() == "Company Files"
    assert not page.elsewhere_label.isVisible()
    page.search.setText("a")  # matches in Design and elsewhere: some shown, some hidden
    page.shelves.show_shelf(Shelf.CATEGORY, "Design")
    hidden = page.proxy.matches_elsewhere()
    assert hidden > 0
    assert page.elsewhere_label.text() == f"{hidden} matches in other categories"
    page.search.clear()  # a category without a search hides nothing by surprise
    assert not page.elsewhere_label.isVisible()


def test_request_access_and_ask_for_an_app(qtbot: QtBot, fakes: FakeTools) -> None:
    page = build_page(qtbot, fakes, "windows")
    page.show_app("figma")
    assert page.detail.action_button.text() == "Request access from your manager"
    with qtbot.waitSignal(page.access_requested) as requested:
        page.detail.action_button.click()
    assert requested.args == ["figma"]
    assert fakes.calls("winget") == [
        ["list", "--id", app_id, "--exact", "--accept-source-agreements",
         "--disable-interactivity"]
        for app_id in ("Mozilla.Firefox", "SlackTechnologies.Slack",
                       "Microsoft.VisualStudioCode", "KeePassXCTeam.KeePassXC", "Figma.Figma",
                       "GIMP.GIMP")
    ]
    with qtbot.waitSignal(page.app_request_requested):
        ask = [b for b in page.findChildren(type(page.detail.action_button))
               if b.text() == "Ask for an app"]
        ask[0].click()


def test_required_apps_show_whether_present_and_web_apps_open(
    qtbot: QtBot, fakes: FakeTools
) -> None:
    fakes.install("com.slack.Slack")
    page = build_page(qtbot, fakes, "linux")
    page.show_app("slack")
    assert page.detail.presence.text() == "✓ Installed · required by your organisation"
    page.show_app("company-files")
    assert page.detail.presence.text().startswith("↗ Web app")
    page.detail.action_button.click()
    qtbot.waitUntil(lambda: fakes.calls("xdg-open") == [["https://files.example.com"]])
    spawned = page._launcher._runner._spawned  # reaped before the test ends: no zombie warning
    qtbot.waitUntil(lambda: all(child.poll() is not None for child in spawned))
    page.show_app("vscode")
    assert page.detail.presence.text() == "Not installed"


def test_open_on_a_web_app_without_a_browser_says_so_and_offers_the_link(
    qtbot: QtBot, fakes: FakeTools, tmp_path: Path
) -> None:
    """No xdg-open: an error (never a ✓), in plain words, with "Copy link"."""
    nothing = tmp_path / "empty-bin"
    nothing.mkdir()
    page = build_page(qtbot, fakes, "linux", PATH=str(nothing))
    page.show()
    page.show_app("company-files")
    page.detail.action_button.click()
    status = page.detail.status.text()
    assert not status.startswith("✓")
    assert "xdg-open" not in status
    assert "No web browser could be opened on this computer" in status
    boxes = [b for b in page.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert "https://files.example.com" in boxes[0].text()
    copy = [b for b in boxes[0].findChildren(QPushButton) if b.text() == "Copy link"]
    copy[0].click()
    assert QGuiApplication.clipboard().text() == "https://files.example.com"


def test_no_catalogue_says_so(qtbot: QtBot, fakes: FakeTools) -> None:
    page = build_page(qtbot, fakes, "linux")
    page.set_catalogue(None)
    assert page.model.rowCount() == 0
    assert "not available yet" in page.empty_label.text()


def test_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    model = CatalogueListModel()
    model.set_apps(demo_catalogue().apps)
    model.set_states({"firefox": InstallState.INSTALLED})
    qtmodeltester.check(model)
    proxy = CatalogueFilterModel()
    proxy.setSourceModel(model)
    proxy.set_query("photo")
    qtmodeltester.check(proxy)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["GIMP"]


def test_the_proxy_stays_a_valid_model_while_typing_filtering_and_reloading(
    qtmodeltester: Any,
) -> None:
    model = CatalogueListModel()
    model.set_apps(demo_catalogue().apps)
    proxy = CatalogueFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)  # stays connected: checks every change below as it happens
    for text in ("d", "dr", "dro", "dropbox", "", "o"):
        proxy.set_query(text)
    proxy.set_category("Collaboration")
    assert [proxy.index(r, 0).data(Roles.CATEGORY) for r in range(proxy.rowCount())] == (
        ["Collaboration"] * proxy.rowCount())
    model.set_states({"company-files": InstallState.ONLINE})
    model.set_busy("company-files", "Installing 45%")
    model.set_apps(demo_catalogue().apps[:3])
    assert proxy.rowCount() == sum(a.category == "Collaboration" and "o" in a.name.casefold()
                                   + a.description.casefold() for a in demo_catalogue().apps[:3])
    proxy.set_category("")
    proxy.set_query("")
    assert proxy.rowCount() == 3
    qtmodeltester.check(proxy)


def test_narrowing_keeps_the_current_app_and_maps_rows_both_ways(qtbot: QtBot) -> None:
    model = CatalogueListModel()
    model.set_apps(demo_catalogue().apps)
    proxy = CatalogueFilterModel()
    proxy.setSourceModel(model)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    files = model.index(model.row_of("company-files") or 0)
    view.setCurrentIndex(proxy.mapFromSource(files))
    changed: list[Any] = []
    proxy.dataChanged.connect(lambda *args: changed.append(args))
    for text in ("f", "fi", "fil", "file"):
        proxy.set_query(text)
        assert view.currentIndex().data(Roles.APP).id == "company-files"
    proxy.set_query("fi")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())][:3] == [
        "Figma", "Firefox", "Company Files"]
    assert view.currentIndex().row() == 2
    assert proxy.mapToSource(view.currentIndex()) == files
    proxy.set_query("dropbox")
    assert view.currentIndex().row() == 0
    assert view.currentIndex().data(Roles.MATCH) == "Approved alternative to Dropbox"
    model.set_busy("company-files", "Queued")
    assert [args[0].row() for args in changed] == [0]
    assert view.currentIndex().data(Roles.BUSY) == "Queued"
    proxy.set_query("firefox")
    assert not view.currentIndex().isValid()  # filtered out, as with any proxy
    assert not proxy.mapFromSource(files).isValid()


def test_each_keystroke_over_10000_apps_filters_the_proxy() -> None:
    """Speed is measured in `make bench` (search p95 per keystroke), not here."""
    model = CatalogueListModel()
    model.set_apps(load_catalogue(synthetic_catalogue(10_000)).apps)
    proxy = CatalogueFilterModel()
    proxy.setSourceModel(model)
    for query in ("dropbox", "example app 42", "vendor 7"):
        for end in range(1, len(query) + 1):
            proxy.set_query(query[:end])
            assert proxy.rowCount() == len(SearchIndex(model.apps()).matching_rows(query[:end]))
    assert proxy.rowCount() == len(SearchIndex(model.apps()).matching_rows("vendor 7"))
    assert proxy.index(0, 0).data(Roles.MATCH).startswith("By Vendor ")


@pytest.mark.parametrize(("app_id", "state", "busy", "before", "expected"), [
    ("firefox", InstallState.NOT_INSTALLED, False, False, Action.INSTALL),
    ("firefox", InstallState.NOT_INSTALLED, True, False, Action.INSTALLING),
    ("firefox", InstallState.INSTALLED, False, False, Action.OPEN),
    ("firefox", InstallState.UPDATE_AVAILABLE, False, False, Action.UPDATE),
    ("firefox", InstallState.UNKNOWN, False, True, Action.REINSTALL),
    ("figma", InstallState.NOT_INSTALLED, False, False, Action.REQUEST_ACCESS),
    ("figma", InstallState.INSTALLED, False, False, Action.OPEN),
    ("figma", InstallState.UNAVAILABLE, False, False, Action.UNAVAILABLE),
    ("company-files", InstallState.ONLINE, False, False, Action.OPEN),
])
def test_action_for(app_id: str, state: InstallState, busy: bool, before: bool,
                    expected: Action) -> None:
    app = demo_catalogue().app(app_id)
    assert app is not None
    assert action_for(app, state, busy, before) is expected


def test_how_an_install_ended_is_said_in_the_panel_language(
    qtbot: QtBot, fakes: FakeTools
) -> None:
    page = build_page(qtbot, fakes, "windows")
    page.show_app("firefox")
    with interface_language("de"):
        with qtbot.waitSignal(page.install_finished) as finished:
            qtbot.mouseClick(page.detail.action_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]  # pytest-qt is untyped
        assert page.detail.status.text() == "✓ Firefox ist installiert."
        assert page.result_text(finished.args[0]) == "Firefox ist installiert."


def test_a_failed_install_is_said_in_the_panel_language(qtbot: QtBot, fakes: FakeTools) -> None:
    page = build_page(qtbot, fakes, "windows", DESKMATE_FAKE_FAIL="winget")
    page.show_app("slack")
    with interface_language("de"):
        with qtbot.waitSignal(page.install_finished):
            page.detail.action_button.click()
        text = page.detail.status.text()
    assert text.startswith("⚠ Installation fehlgeschlagen")
    assert "Installationsprotokoll" in text
    assert "winget" not in text
    assert "exit code" not in text


@pytest.mark.parametrize(("message", "german"), [
    ("pkexec stopped with exit code 126. You closed the password prompt, so nothing was "
     "installed.", "Sie haben die Passwortabfrage geschlossen, daher wurde nichts installiert."),
    ("pkexec stopped with exit code 127. Your account is not allowed to install system "
     "packages.", "Ihr Konto darf keine Systempakete installieren."),
    ("apt-get stopped with exit code 100.", "Das Installationsprotokoll nennt den Grund; "
     "„Die IT um Hilfe bitten“ schickt es an die IT."),
])
def test_what_you_can_act_on_after_a_failed_install_is_said_in_german(
    qtbot: QtBot, fakes: FakeTools, message: str, german: str
) -> None:
    page = build_page(qtbot, fakes, "linux")
    result = InstallResult("gimp", "failed", InstallState.NOT_INSTALLED, message, Path("log"))
    with interface_language("de"):
        assert page.result_text(result) == german


def test_a_refused_catalogue_is_said_in_the_panel_language(
    qtbot: QtBot, fakes: FakeTools
) -> None:
    """The catalogue service's reason is English; the page words its kind instead."""
    page = build_page(qtbot, fakes, "windows")
    status = CatalogueStatus(
        version=3, fetched_at=datetime(2026, 11, 30, 9, 5, tzinfo=UTC), expires=None,
        verified=False, error="A catalogue file does not match its signed hash.",
        offline=False, error_kind="CatalogueTampered")
    page.show_status(status)
    assert page.refused_notice.text().endswith(
        "The newest one was refused: a file in it does not match what IT signed.")
    with interface_language("de"):
        page.show_status(status)
        assert page.refused_notice.text().endswith(
            "Der neueste wurde abgelehnt: Eine Datei darin stimmt nicht mit dem überein, "
            "was die IT signiert hat.")


GREEN_SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48">'
             b'<rect width="48" height="48" fill="#00C000"/></svg>')


def _top_middle(pixmap: QPixmap) -> QColor:
    image = pixmap.toImage()
    return image.pixelColor(image.width() // 2, 4)


def test_an_app_shows_its_verified_icon_and_a_monogram_without_one(
    qtbot: QtBot, fakes: FakeTools, tmp_path: Path
) -> None:
    good, broken = tmp_path / "firefox.svg", tmp_path / "slack.svg"
    good.write_bytes(GREEN_SVG)
    broken.write_bytes(b"<svg")  # cached, but does not draw: the monogram instead
    files = {"firefox": good, "slack": broken}
    page = build_page(qtbot, fakes, "linux")
    page.set_catalogue(demo_catalogue(), lambda app: files.get(app.id))
    page.show_app("firefox")
    pixmap = page.detail.icon.pixmap()
    assert _top_middle(pixmap).name() == "#00c000"
    tile = page.featured.buttons[0]
    assert tile.text() == "Firefox"
    assert _top_middle(tile.icon().pixmap(40, 40)).name() == "#00c000"
    page.show_app("slack")
    assert _top_middle(page.detail.icon.pixmap()).name() == tile_colour("slack").name()
    page.show_app("gimp")
    assert _top_middle(page.detail.icon.pixmap()).name() == tile_colour("gimp").name()


def test_the_side_list_counts_apps_and_shows_installed_and_updates(
    qtbot: QtBot, fakes: FakeTools
) -> None:
    fakes.install("org.gimp.GIMP")
    page = build_page(qtbot, fakes, "linux")
    rows = [page.shelves.item(r) for r in range(page.shelves.count())]
    counted = {item.text(): item.data(Qt.ItemDataRole.UserRole + 3) for item in rows}
    total = len(demo_catalogue().apps)
    assert [item.text() for item in rows[:3]] == ["All apps", "Installed", "Updates"]
    assert counted["All apps"] == total
    assert counted["Installed"] == 1
    assert counted["Design"] == 2
    categories = [item.text() for item in rows[3:]]
    assert categories == sorted(categories, key=str.casefold)  # alphabetical
    assert rows[0].data(Qt.ItemDataRole.AccessibleTextRole) == f"All apps, {total} apps"
    page.shelves.show_shelf(Shelf.INSTALLED)
    assert _listed(page) == ["GIMP"]
    assert not page.featured.isVisible()
    page.shelves.show_shelf(Shelf.UPDATES)
    assert _listed(page) == []
    assert "up to date" in page.empty_label.text()
    page.model.set_states({"gimp": InstallState.UPDATE_AVAILABLE})  # the list follows states
    assert _listed(page) == ["GIMP"]


def test_the_detail_shows_version_and_size_in_words_only_where_known(
    qtbot: QtBot, fakes: FakeTools
) -> None:
    page = build_page(qtbot, fakes, "linux")
    page.show_app("firefox")
    detail = page.detail
    assert detail.version.text() == "2.0"
    assert detail.download_size.text() == data_size(99_614_720) == "95.0 MB"
    assert detail.facts.isRowVisible(detail.version)
    assert detail.facts.isRowVisible(detail.download_size)
    page.show_app("slack")  # the catalogue says neither: no empty rows
    assert not detail.facts.isRowVisible(detail.version)
    assert not detail.facts.isRowVisible(detail.download_size)


def test_the_detail_says_the_installed_and_the_available_version(
    qtbot: QtBot, fakes: FakeTools
) -> None:
    fakes.install("org.mozilla.firefox")  # the fake flatpak reports version 1.0
    fakes.install("org.gimp.GIMP")
    page = build_page(qtbot, fakes, "linux")
    page.show_app("firefox")  # the catalogue offers 2.0
    assert page.detail.version.text() == "Installed: 1.0 · Available: 2.0"
    page.show_app("gimp")  # the catalogue does not say: what is installed is still worth saying
    assert page.detail.version.text() == "1.0"


def test_no_install_button_where_the_installer_is_missing_but_words_why(
    qtbot: QtBot, fakes: FakeTools
) -> None:
    page = build_page(qtbot, fakes, "linux", PATH=str(fakes.root))  # no flatpak here
    page.show()
    page.show_app("gimp")
    assert page.model.state("gimp") is InstallState.NO_TOOL
    assert not page.detail.action_button.isVisible()
    assert page.detail.cannot_install.isVisible()
    assert page.detail.cannot_install.text() == (
        "GIMP installs with Flatpak, which is not on this computer, so it cannot be installed "
        "from here. IT can set it up for you.")
    page.show_app("figma")  # no method for Linux at all
    assert not page.detail.action_button.isVisible()
    assert "has not made Figma available" in page.detail.cannot_install.text()
    page.show_app("company-files")  # a web app still opens
    assert page.detail.action_button.isVisible()
    assert not page.detail.cannot_install.isVisible()


def test_required_apps_missing_here_are_named_with_whether_they_can_be_installed(
    qtbot: QtBot, fakes: FakeTools
) -> None:
    page = build_page(qtbot, fakes, "linux")
    assert [(app.id, ok) for app, ok in page.required_missing()] == [("slack", True)]
    fakes.install("com.slack.Slack")
    with qtbot.waitSignal(page.states_changed):
        page.refresh_states()
    assert page.required_missing() == ()
    bare = build_page(qtbot, fakes, "linux", PATH=str(fakes.root))  # no flatpak here
    assert [(app.id, ok) for app, ok in bare.required_missing()] == [("slack", False)]


def build_worker_page(qtbot: QtBot, fakes: FakeTools, workers: ProcessTaskRunner) -> AppsPage:
    """The page as the tray builds it: installs in ``deskmate apps install`` workers."""
    runner = ProcessRunner(fakes.env())
    detector = StateDetector("linux", runner)
    line = WorkerInstallLine(workers, fakes.root / "profile" / "logs" / "installs")
    page = AppsPage(line, detector, AppLauncher("linux", runner), InlineTaskRunner())
    qtbot.addWidget(page)
    page.set_catalogue(demo_catalogue())
    return page


@pytest.fixture
def worker_env(fakes: FakeTools, monkeypatch: pytest.MonkeyPatch) -> FakeTools:
    root = Path(__file__).resolve().parents[2]
    for name, value in {**fakes.env(), "DESKMATE_POLICY": os.devnull,
                        "PYTHONPATH": str(root)}.items():
        monkeypatch.setenv(name, value)
    return fakes


def test_install_runs_in_a_worker_process_with_progress(
        qtbot: QtBot, worker_env: FakeTools) -> None:
    workers = ProcessTaskRunner(worker_env.root / "profile", demo=True)
    page = build_worker_page(qtbot, worker_env, workers)
    page.show_app("gimp")
    texts: list[str] = []
    page.model.dataChanged.connect(lambda *_: texts.append(page.model.busy("gimp")))
    with qtbot.waitSignal(page.install_finished, timeout=60_000) as finished:
        page.detail.action_button.click()
    assert finished.args[0].ok
    assert "Installing 45%" in texts
    assert page.detail.status.text() == "✓ GIMP is installed."
    assert page.model.state("gimp") is InstallState.INSTALLED
    # The fake flatpak was run by the worker, a child of this process, not by this process.
    assert [c[-1] for c in worker_env.calls("flatpak") if c[0] == "install"] == ["org.gimp.GIMP"]
    assert "Result: installed" in (worker_env.root / "profile" / "logs" / "installs"
                                   / "gimp.log").read_text()
    workers.stop_all()
    qtbot.wait(50)


def test_a_crashed_install_worker_is_said_in_words(
        qtbot: QtBot, worker_env: FakeTools, tmp_path: Path) -> None:
    script = tmp_path / "crash.py"
    script.write_text("import sys\nsys.stderr.write('Traceback (most recent call last): x')\n"
                      "sys.exit(3)\n", encoding="utf-8")
    workers = ProcessTaskRunner(None, demo=False, command=[sys.executable, str(script)])
    page = build_worker_page(qtbot, worker_env, workers)
    page.show_app("gimp")
    page.detail.action_button.click()
    qtbot.waitUntil(lambda: "stopped unexpectedly" in page.detail.status.text(),
                    timeout=15_000)
    assert "Traceback" not in page.detail.status.text()
    assert page.detail.action_button.text() == "Install"  # not left busy
    workers.stop_all()
    qtbot.wait(50)
