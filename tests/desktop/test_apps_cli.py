"""``deskmate apps list|install`` as a real process, on the signed demo catalogue, with fakes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.fakes.tools import FakeTools

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fakes(tmp_path: Path) -> FakeTools:
    return FakeTools(tmp_path)


def _env(fakes: FakeTools, **env: str) -> dict[str, str]:
    """The fake package managers first on PATH, no machine policy, this checkout."""
    return {**fakes.env(**env), "DESKMATE_POLICY": os.devnull, "PYTHONPATH": str(ROOT)}


def _argv(fakes: FakeTools, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop.cli", "--profile-dir", str(fakes.root / "profile"),
            *args]


def deskmate(
    fakes: FakeTools, *args: str, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        _argv(fakes, "--demo", "apps", *args),
        input=stdin, capture_output=True, text=True,
        env={**_env(fakes, **env), "QT_QPA_PLATFORM": "offscreen"}, cwd=ROOT, timeout=60,
        check=False,
    )


def _install_worker(fakes: FakeTools, *args: str, stdin: int = subprocess.PIPE,
                    stderr: int | None = None, **env: str) -> subprocess.Popen[str]:
    """``apps install gimp --yes ARGS`` started, its output read as it comes."""
    return subprocess.Popen(
        _argv(fakes, "--demo", "apps", "install", "gimp", "--yes", *args),
        stdin=stdin, stdout=subprocess.PIPE, stderr=stderr, text=True, env=_env(fakes, **env),
        cwd=ROOT)


def test_install_runs_the_exact_flatpak_command_and_keeps_a_log(fakes: FakeTools) -> None:
    result = deskmate(fakes, "install", "firefox", "--yes")
    assert result.returncode == 0, result.stderr
    installs = [c for c in fakes.calls("flatpak") if c[0] == "install"]
    assert installs == [["install", "--user", "-y", "--noninteractive", "--", "flathub",
                         "org.mozilla.firefox"]]
    assert "Firefox is installed." in result.stdout
    log = fakes.root / "profile" / "logs" / "installs" / "firefox.log"
    assert "Result: installed" in log.read_text()


def test_winget_on_a_windows_platform(fakes: FakeTools) -> None:
    result = deskmate(fakes, "--platform", "windows", "install", "vscode", "--yes")
    assert result.returncode == 0, result.stderr
    assert "  ██████████  100%" in result.stdout
    install = next(c for c in fakes.calls("winget") if c[0] == "install")
    assert install[:3] == ["install", "--id", "Microsoft.VisualStudioCode"]


def test_failure_exits_non_zero_with_the_reason(fakes: FakeTools) -> None:
    result = deskmate(fakes, "install", "firefox", "--yes", DESKMATE_FAKE_FAIL="flatpak")
    assert result.returncode == 1
    assert "flatpak stopped with exit code 1." in result.stderr
    assert "Install log:" in result.stderr


def test_without_yes_and_without_a_terminal_nothing_is_installed(fakes: FakeTools) -> None:
    result = deskmate(fakes, "install", "firefox")
    assert result.returncode == 1
    assert "flatpak install --user -y --noninteractive -- flathub org.mozilla.firefox" in (
        result.stdout)
    assert "add --yes" in result.stderr
    assert [c for c in fakes.calls("flatpak") if c[0] == "install"] == []


@pytest.mark.parametrize(("app_id", "code", "message"), [
    ("slack", 1, "Slack needs approval from your manager"),
    ("wireshark", 1, "Wireshark needs approval from IT"),
    ("notepad-plus-plus", 1, "Notepad++ is not available for this computer"),
    ("no-such-app", 2, "no app 'no-such-app' in the catalogue"),
])
def test_refusals(fakes: FakeTools, app_id: str, code: int, message: str) -> None:
    result = deskmate(fakes, "install", app_id, "--yes")
    assert result.returncode == code
    assert message in result.stderr
    assert fakes.calls("flatpak") == []


def test_web_app_opens_in_the_browser(fakes: FakeTools) -> None:
    result = deskmate(fakes, "install", "company-files")
    assert result.returncode == 0, result.stderr
    assert "opens in your browser" in result.stdout
    deadline = time.monotonic() + 10  # the opener runs detached
    while not fakes.calls("xdg-open") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert fakes.calls("xdg-open") == [["https://files.example.com"]]


def test_list_json_shows_installed_state(fakes: FakeTools) -> None:
    fakes.install("org.gimp.GIMP")
    fakes.install("git")
    result = deskmate(fakes, "list", "--json")
    assert result.returncode == 0, result.stderr
    states = {row["id"]: row["state"] for row in json.loads(result.stdout)}
    assert states["gimp"] == "installed"
    assert states["git"] == "installed"
    assert states["firefox"] == "not_installed"
    assert states["company-files"] == "online"
    assert states["notepad-plus-plus"] == "unavailable"
    assert len(states) >= 25
    assert fakes.calls("flatpak") == [["list", "--app", "--columns=application"]]


def test_installs_are_in_the_activity_record_with_command_and_exit_code(
        fakes: FakeTools) -> None:
    assert deskmate(fakes, "install", "firefox", "--yes").returncode == 0
    assert deskmate(fakes, "install", "firefox", "--yes",
                    DESKMATE_FAKE_FAIL="flatpak").returncode == 1
    listed = subprocess.run(
        _argv(fakes, "activity", "list", "--kind", "installs", "--json"),
        capture_output=True, text=True, env=_env(fakes), cwd=ROOT, timeout=60, check=True)
    runs = [(e["detail"]["command"].split()[0], e["detail"]["exit_code"])
            for e in json.loads(listed.stdout)]
    assert [code for _program, code in runs] == [0, 1]
    assert {program for program, _code in runs} == {"flatpak"}
    assert "org.mozilla.firefox" in json.loads(listed.stdout)[0]["detail"]["command"]


def _lines(result: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_install_json_streams_progress_then_the_result(fakes: FakeTools) -> None:
    result = deskmate(fakes, "install", "gimp", "--yes", "--json")
    assert result.returncode == 0, result.stderr
    *progress, last = _lines(result)
    phases = [p["progress"]["phase"] for p in progress]
    assert phases[0] == "installing"
    assert phases[-1] == "checking"
    assert any(p["progress"]["percent"] == 45 for p in progress)
    assert any("Installing org.gimp.GIMP" in p["progress"]["line"] for p in progress)
    log = fakes.root / "profile" / "logs" / "installs" / "gimp.log"
    assert last == {"result": {"app_id": "gimp", "outcome": "installed", "state": "installed",
                               "message": "GIMP is installed.", "log_path": str(log)}}


def test_install_json_update_runs_the_update_command(fakes: FakeTools) -> None:
    fakes.install("org.gimp.GIMP")
    result = deskmate(fakes, "install", "gimp", "--yes", "--update", "--json")
    assert result.returncode == 0, result.stderr
    assert [c[0] for c in fakes.calls("flatpak") if c[0] != "list"] == ["update"]


def test_install_json_words_a_missing_package_manager(fakes: FakeTools) -> None:
    result = deskmate(fakes, "install", "gimp", "--yes", "--json",
                      PATH=f"{Path(sys.executable).parent}:/usr/bin:/bin")
    assert result.returncode == 1
    last = _lines(result)[-1]["result"]
    # The page words the state: "GIMP installs with Flatpak, which is not on this computer…"
    assert (last["outcome"], last["state"]) == ("failed", "no_tool")
    assert last["message"] == "flatpak is not installed on this computer"


def test_install_json_refusal_is_a_failed_result(fakes: FakeTools) -> None:
    result = deskmate(fakes, "install", "slack", "--yes", "--json")
    assert result.returncode == 1
    assert _lines(result)[-1]["result"]["message"].startswith(
        "Slack needs approval from your manager")


def test_install_json_stops_on_cancel_from_stdin(fakes: FakeTools) -> None:
    worker = _install_worker(fakes, "--json", DESKMATE_FAKE_DELAY="2")
    assert worker.stdin is not None
    assert worker.stdout is not None
    first = json.loads(worker.stdout.readline())  # the install has started
    assert first["progress"]["phase"] == "installing"
    worker.stdin.write("cancel\n")
    worker.stdin.flush()
    out, _err = worker.communicate(timeout=30)
    assert worker.returncode == 130
    assert json.loads(out.splitlines()[-1])["result"]["outcome"] == "cancelled"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is POSIX; Windows has no such ask")
def test_install_json_stops_its_package_manager_on_sigterm(fakes: FakeTools) -> None:
    worker = _install_worker(fakes, "--json", DESKMATE_FAKE_DELAY="5")
    assert worker.stdout is not None
    while json.loads(worker.stdout.readline())["progress"]["percent"] != 0:
        pass  # until flatpak itself has started
    worker.send_signal(signal.SIGTERM)
    out, _err = worker.communicate(timeout=30)
    assert fakes.running("flatpak") == []
    assert worker.returncode == 130
    assert json.loads(out.splitlines()[-1])["result"]["outcome"] == "cancelled"
    log = fakes.root / "profile" / "logs" / "installs" / "gimp.log"
    assert "Result: cancelled" in log.read_text()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is POSIX; Windows has no such ask")
def test_install_in_a_terminal_stops_its_package_manager_on_sigterm(fakes: FakeTools) -> None:
    worker = _install_worker(fakes, stdin=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             DESKMATE_FAKE_DELAY="5")
    deadline = time.monotonic() + 30
    while ["install"] not in [c[:1] for c in fakes.calls("flatpak")]:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    worker.send_signal(signal.SIGTERM)
    _out, err = worker.communicate(timeout=30)
    assert fakes.running("flatpak") == []
    assert worker.returncode == 130
    assert "cancelled" in err


def test_install_json_cancel_also_ends_what_the_package_manager_started(
        fakes: FakeTools) -> None:
    worker = _install_worker(fakes, "--json", DESKMATE_FAKE_DELAY="5", DESKMATE_FAKE_HELPER="1")
    assert worker.stdin is not None
    assert worker.stdout is not None
    while json.loads(worker.stdout.readline())["progress"]["percent"] != 0:
        pass  # until flatpak, and the helper it starts first, run
    assert fakes.running("helper") != []
    worker.stdin.write("cancel\n")
    worker.stdin.flush()
    worker.communicate(timeout=30)
    assert worker.returncode == 130
    assert fakes.running("flatpak") == []
    assert fakes.running("helper") == []
