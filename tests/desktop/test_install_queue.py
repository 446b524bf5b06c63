"""The install queue with real child processes (fake package managers) and a real HTTP server."""

from __future__ import annotations

import hashlib
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
import requests
from pytest_httpserver import HTTPServer

from desktop.catalogue.install_outcome import InstallProgress, InstallResult
from desktop.catalogue.install_queue import InstallQueue
from desktop.catalogue.installed_state import InstallState, StateDetector
from desktop.catalogue.installer_process import ProcessRunner
from desktop.catalogue.model import CatalogueApp, InstallMethod
from tests.fakes.catalogue_data import app, demo_catalogue
from tests.fakes.tools import FakeTools

EXE_SCRIPT = f"""#!{sys.executable}
import json, os, sys
with open(os.environ["DESKMATE_FAKE_LOG"], "a") as f:
    f.write(json.dumps({{"tool": "setup.exe", "argv": sys.argv[1:]}}) + "\\n")
print("Extracting files 50%")
""".encode()


class Registry:
    """The uninstall keys a real Windows would have after the fake setup.exe ran."""

    def __init__(self, fakes: FakeTools) -> None:
        self.fakes = fakes

    def display_names(self) -> list[str]:
        return ["Tool Suite 1.2"] if self.fakes.calls("setup.exe") else []


def make_queue(fakes: FakeTools, platform: str, **env: str) -> InstallQueue:
    runner = ProcessRunner(fakes.env(**env))
    detector = StateDetector(platform, runner, registry=Registry(fakes))
    return InstallQueue(platform, detector, requests.Session, fakes.root / "downloads",
                        fakes.root / "logs", runner)


def install(queue: InstallQueue, target: CatalogueApp) -> tuple[InstallResult, list[Any]]:
    reports: list[Any] = []
    assert queue.enqueue(target)
    result = queue.run_next(reports.append)
    assert result is not None
    return result, reports


def get(app_id: str) -> CatalogueApp:
    found = demo_catalogue().app(app_id)
    assert found is not None
    return found


@pytest.fixture
def fakes(tmp_path: Path) -> FakeTools:
    return FakeTools(tmp_path)


def test_winget_install_reports_progress_logs_and_redetects(fakes: FakeTools) -> None:
    queue = make_queue(fakes, "windows")
    result, reports = install(queue, get("firefox"))
    assert result.ok, result.message
    assert result.state is InstallState.INSTALLED
    percents = [r.percent for r in reports if r.phase == "installing" and r.percent is not None]
    assert percents == [0, 15, 45, 80, 100]
    assert reports[-1] == InstallProgress("firefox", "checking", 100)
    text = queue.read_log("firefox")
    assert "Command: winget install --id Mozilla.Firefox --exact --silent" in text
    assert "Successfully installed" in text
    assert "Result: installed" in text
    assert [c[0] for c in fakes.calls("winget")] == ["install", "list"]


def test_failed_install_says_what_happened(fakes: FakeTools) -> None:
    queue = make_queue(fakes, "windows", DESKMATE_FAKE_FAIL="winget")
    result, _ = install(queue, get("firefox"))
    assert result.outcome == "failed"
    assert result.message == "winget stopped with exit code 1."
    assert result.state is InstallState.NOT_INSTALLED
    assert "Installer failed with exit code: 1603" in queue.read_log("firefox")


def test_apt_goes_through_pkexec(fakes: FakeTools) -> None:
    result, _ = install(make_queue(fakes, "linux"), get("keepassxc"))
    assert result.ok, result.message
    apt = ["install", "-y", "--no-remove", "-o", "APT::Cmd::Pattern-Only=true", "--", "keepassxc"]
    assert fakes.calls("pkexec") == [["apt-get", *apt]]
    assert fakes.calls("apt-get") == [apt]


def test_dismissed_password_prompt_is_explained(fakes: FakeTools) -> None:
    result, _ = install(make_queue(fakes, "linux", DESKMATE_FAKE_FAIL="pkexec"), get("keepassxc"))
    assert result.outcome == "failed"
    assert "You closed the password prompt" in result.message
    assert fakes.calls("apt-get") == []


def test_missing_package_manager_fails_clearly(fakes: FakeTools) -> None:
    runner = ProcessRunner({**fakes.env(), "PATH": str(fakes.root)})
    queue = InstallQueue("linux", StateDetector("linux", runner), requests.Session,
                         fakes.root / "dl", fakes.root / "logs", runner)
    result, _ = install(queue, get("firefox"))
    assert result.outcome == "failed"
    assert result.message == "flatpak is not installed on this computer"


def test_cancel_stops_the_running_child(fakes: FakeTools) -> None:
    queue = make_queue(fakes, "linux", DESKMATE_FAKE_DELAY="2")
    started = threading.Event()
    results: list[InstallResult | None] = []

    def report(item: InstallProgress) -> None:
        if item.percent == 0 and item.phase == "installing":
            started.set()

    assert queue.enqueue(get("firefox"))
    worker = threading.Thread(target=lambda: results.append(queue.run_next(report)))
    worker.start()
    assert started.wait(10)
    assert queue.active() == "firefox"
    assert queue.cancel("firefox")
    worker.join(10)
    assert not worker.is_alive()
    assert results[0] is not None
    assert results[0].outcome == "cancelled"
    assert results[0].state is InstallState.NOT_INSTALLED
    assert queue.active() is None


def test_queue_is_fifo_without_duplicates_and_cancels_pending(fakes: FakeTools) -> None:
    queue = make_queue(fakes, "linux")
    assert queue.enqueue(get("firefox"))
    assert queue.enqueue(get("gimp"))
    assert queue.enqueue(get("vscode"))
    assert not queue.enqueue(get("gimp"))
    assert queue.cancel("vscode")
    assert not queue.cancel("slack")
    assert queue.queued() == ("firefox", "gimp")
    done = [queue.run_next(lambda _item: None) for _ in range(3)]
    assert [r.app_id if r else None for r in done] == ["firefox", "gimp", None]
    assert [c[-1] for c in fakes.calls("flatpak") if c[0] == "install"] == [
        "org.mozilla.firefox", "org.gimp.GIMP"]


def _download_app(httpserver: HTTPServer, body: bytes, digest: str, kind: str) -> CatalogueApp:
    httpserver.expect_request(f"/tool.{kind}").respond_with_data(body)
    switches = ("ALLUSERS=1",) if kind == "msi" else ("/S",)  # msiexec takes no /S
    method = InstallMethod(kind, httpserver.url_for(f"/tool.{kind}"), digest, switches)
    return app("tool", "Tool Suite", "Example", "Tools", "A tool.", {"windows": method})


def test_verified_exe_runs_with_silent_args(fakes: FakeTools, httpserver: HTTPServer) -> None:
    tool = _download_app(httpserver, EXE_SCRIPT, hashlib.sha256(EXE_SCRIPT).hexdigest(), "exe")
    result, reports = install(make_queue(fakes, "windows"), tool)
    assert result.ok, result.message
    assert fakes.calls("setup.exe") == [["/S"]]
    assert [r.percent for r in reports if r.phase == "downloading"][-1] == 100


def test_msi_download_goes_to_msiexec(fakes: FakeTools, httpserver: HTTPServer) -> None:
    body = b"MSI" * 1000
    tool = _download_app(httpserver, body, hashlib.sha256(body).hexdigest(), "msi")
    install(make_queue(fakes, "windows"), tool)
    (call,) = fakes.calls("msiexec")
    assert call[0] == "/i"
    assert call[2:] == ["/qn", "/norestart", "ALLUSERS=1"]
    assert Path(call[1]).read_bytes() == body


def test_installer_that_leaves_nothing_behind_is_a_failure(
    fakes: FakeTools, httpserver: HTTPServer
) -> None:
    body = b"MSI"
    tool = _download_app(httpserver, body, hashlib.sha256(body).hexdigest(), "msi")
    result, _ = install(make_queue(fakes, "windows"), tool)  # the fake msiexec changes nothing
    assert (result.outcome, result.state) == ("failed", InstallState.NOT_INSTALLED)
    assert result.message == "The installer finished, but Tool Suite was not found after."


def test_checksum_mismatch_deletes_the_file_and_runs_nothing(
    fakes: FakeTools, httpserver: HTTPServer
) -> None:
    tool = _download_app(httpserver, EXE_SCRIPT, hashlib.sha256(b"other").hexdigest(), "exe")
    result, _ = install(make_queue(fakes, "windows"), tool)
    assert result.outcome == "failed"
    assert "does not match the catalogue" in result.message
    assert "nothing was run" in result.message
    assert fakes.calls() == []
    assert list((fakes.root / "downloads").iterdir()) == []


def test_download_error_is_reported(fakes: FakeTools, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/tool.exe").respond_with_data("gone", status=404)
    method = InstallMethod("exe", httpserver.url_for("/tool.exe"), "a" * 64)
    tool = app("tool", "Tool Suite", "Example", "Tools", "A tool.", {"windows": method})
    result, _ = install(make_queue(fakes, "windows"), tool)
    assert result.outcome == "failed"
    assert result.message.startswith("the installer could not be downloaded: 404")


def test_update_runs_the_upgrade_command(fakes: FakeTools) -> None:
    fakes.install("Mozilla.Firefox")
    queue = make_queue(fakes, "windows")
    assert queue.enqueue(get("firefox"), update=True)
    result = queue.run_next(lambda _item: None)
    assert result is not None
    assert result.ok
    assert fakes.calls("winget")[0][:3] == ["upgrade", "--id", "Mozilla.Firefox"]
    first_line = queue.read_log("firefox").split("\n")[0]
    assert first_line.endswith("Updating Firefox (firefox) on windows")


def test_cancel_before_the_installer_starts_runs_nothing(fakes: FakeTools) -> None:
    """A cancel between "installing" being reported and the child starting (the tray's
    Cancel arrives in the worker at any moment) must not be lost."""
    queue = make_queue(fakes, "linux")
    reports: list[Any] = []

    def report(item: Any) -> None:
        reports.append(item)
        if item.phase == "installing" and item.percent is None:
            assert queue.cancel("gimp")

    assert queue.enqueue(get("gimp"))
    result = queue.run_next(report)
    assert result is not None
    assert result.outcome == "cancelled"
    assert [c for c in fakes.calls("flatpak") if c[0] == "install"] == []
