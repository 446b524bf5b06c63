"""Install and detect command lines: exact argv per method, injection refused, real fakes run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.catalogue.installed_state import InstallState, StateDetector
from desktop.catalogue.installer_commands import (
    MethodNotSupportedError,
    UnsafeArgumentError,
    install_command,
    launch_command,
    opener_command,
    platform_key,
    update_command,
)
from desktop.catalogue.installer_process import ProcessRunner, ToolMissingError, parse_percent
from desktop.catalogue.model import InstallMethod
from tests.fakes.catalogue_data import app, demo_catalogue
from tests.fakes.tools import BIN, FakeTools

WINGET_TAIL = (
    "--exact", "--silent", "--accept-package-agreements", "--accept-source-agreements",
    "--disable-interactivity",
)
# --no-remove: a transaction that would remove anything aborts; Pattern-Only: a name that is
# not a package is never read as a regular expression ("lib.+" would select hundreds).
APT_GUARDS = ("--no-remove", "-o", "APT::Cmd::Pattern-Only=true")
INJECTIONS = ("x; rm -rf ~", "$(id)", "a b", "--help", "`id`", "x|y", "x\nid", "", "x&&y")


@pytest.fixture
def fakes(tmp_path: Path) -> FakeTools:
    return FakeTools(tmp_path)


@pytest.mark.parametrize(("method", "value", "argv", "elevation"), [
    ("winget", "Mozilla.Firefox", ("winget", "install", "--id", "Mozilla.Firefox", *WINGET_TAIL),
     "uac"),
    ("brew", "wget", ("brew", "install", "--", "wget"), "none"),
    ("brew_cask", "firefox", ("brew", "install", "--cask", "--", "firefox"), "none"),
    ("flatpak", "org.mozilla.firefox",
     ("flatpak", "install", "--user", "-y", "--noninteractive", "--", "flathub",
      "org.mozilla.firefox"),
     "none"),
    ("apt", "keepassxc", ("pkexec", "apt-get", "install", "-y", *APT_GUARDS, "--", "keepassxc"),
     "pkexec"),
    ("snap", "code", ("snap", "install", "--", "code"), "none"),
])
def test_package_install_argv(
    method: str, value: str, argv: tuple[str, ...], elevation: str
) -> None:
    command = install_command(InstallMethod(method, value))
    assert command.argv == argv
    assert command.elevation == elevation


@pytest.mark.parametrize("method", ["winget", "brew", "brew_cask", "flatpak", "apt", "snap"])
@pytest.mark.parametrize("value", INJECTIONS)
def test_injected_package_ids_are_refused(method: str, value: str) -> None:
    with pytest.raises(UnsafeArgumentError):
        install_command(InstallMethod(method, value))


def test_msi_and_exe_use_the_verified_file_and_checked_silent_args(tmp_path: Path) -> None:
    file = tmp_path / "setup.msi"
    msi = InstallMethod("msi", "https://dl.example.com/setup.msi", "a" * 64, ("ALLUSERS=1",))
    assert install_command(msi, file).argv == (
        "msiexec", "/i", str(file), "/qn", "/norestart", "ALLUSERS=1")
    exe = InstallMethod("exe", "https://dl.example.com/setup.exe", "a" * 64, ("/S", "--silent"))
    assert install_command(exe, file).argv == (str(file), "/S", "--silent")


@pytest.mark.parametrize("arg", ["/S & calc", "/D=C:\\x y", "$(id)", "; id", '"x"'])
def test_injected_silent_args_are_refused(tmp_path: Path, arg: str) -> None:
    exe = InstallMethod("exe", "https://dl.example.com/setup.exe", "a" * 64, ("/S", arg))
    with pytest.raises(UnsafeArgumentError):
        install_command(exe, tmp_path / "setup.exe")


def test_download_methods_need_an_absolute_verified_file() -> None:
    msi = InstallMethod("msi", "https://dl.example.com/setup.msi", "a" * 64)
    with pytest.raises(UnsafeArgumentError):
        install_command(msi)
    with pytest.raises(UnsafeArgumentError):
        install_command(msi, Path("relative.msi"))


def test_pkg_passes_the_file_as_an_argument_to_a_constant_script(tmp_path: Path) -> None:
    file = tmp_path / 'odd "name"; rm -rf ~.pkg'
    pkg = InstallMethod("pkg", "https://dl.example.com/a.pkg", "a" * 64)
    command = install_command(pkg, file)
    assert command.elevation == "osascript"
    assert command.argv[-1] == str(file)
    assert all(str(file) not in part for part in command.argv[:-1])
    assert "quoted form of (item 1 of argv)" in " ".join(command.argv)


@pytest.mark.parametrize("url", [
    "http://files.example.com", "javascript:alert(1)", "https://x y.com", "file:///etc/passwd",
    'https://a.com/"onload', "https://",
])
def test_unsafe_urls_are_refused(url: str) -> None:
    with pytest.raises(UnsafeArgumentError):
        opener_command(url, "linux")


def test_open_url_is_opened_not_installed() -> None:
    with pytest.raises(MethodNotSupportedError):
        install_command(InstallMethod("open_url", "https://files.example.com"))
    assert opener_command("https://files.example.com", "windows").argv == (
        "explorer", "https://files.example.com")
    assert opener_command("https://files.example.com", "macos").argv[0] == "open"
    assert opener_command("https://files.example.com", "linux").argv[0] == "xdg-open"


def test_launch_commands() -> None:
    firefox = demo_catalogue().app("firefox")
    assert firefox is not None
    linux = firefox.method_for("linux")
    macos = firefox.method_for("macos")
    windows = firefox.method_for("windows")
    assert linux is not None
    assert macos is not None
    assert windows is not None
    assert launch_command(firefox, linux, "linux") == launch_command(firefox, linux, "linux")
    assert launch_command(firefox, linux, "linux").argv == (  # type: ignore[union-attr]  # test
        "flatpak", "run", "org.mozilla.firefox")
    assert launch_command(firefox, macos, "macos").argv == (  # type: ignore[union-attr]  # test
        "open", "-a", "Firefox")
    assert launch_command(firefox, windows, "windows") is None


def test_platform_key() -> None:
    assert [platform_key(p) for p in ("win32", "darwin", "linux")] == ["windows", "macos", "linux"]


@pytest.mark.parametrize(("line", "percent"), [
    ("  ██████▒▒▒▒  45%", 45), ("Installing 1/1… ████ 100%", 100), ("######## 7.5%", 7),
    ("Downloading 2 MB / 10 MB", None), ("Progress: [ 12%]", 12), ("500% bigger", None),
])
def test_parse_percent(line: str, percent: int | None) -> None:
    assert parse_percent(line) == percent


def test_built_command_reaches_the_real_child_unchanged(fakes: FakeTools) -> None:
    runner = ProcessRunner(fakes.env())
    command = install_command(InstallMethod("winget", "Mozilla.Firefox"))
    lines: list[str] = []
    outcome = runner.run(command.argv, lines.append)
    assert outcome.returncode == 0
    assert fakes.calls("winget") == [list(command.argv[1:])]
    assert "Successfully installed" in lines
    assert [parse_percent(x) for x in lines if parse_percent(x) is not None] == [0, 15, 45, 80, 100]


def test_missing_tool_is_a_clear_error(fakes: FakeTools) -> None:
    runner = ProcessRunner({**fakes.env(), "PATH": str(fakes.root)})
    with pytest.raises(ToolMissingError, match="winget is not installed"):
        runner.run(["winget", "install"], print)


class FakeRegistry:
    def __init__(self, *names: str) -> None:
        self.names = names

    def display_names(self) -> tuple[str, ...]:
        return self.names


@pytest.mark.parametrize(("platform", "app_id", "package"), [
    ("windows", "firefox", "Mozilla.Firefox"),
    ("macos", "firefox", "firefox"),
    ("linux", "firefox", "org.mozilla.firefox"),
    ("linux", "keepassxc", "keepassxc"),
    ("linux", "vscode", "code"),
])
def test_detection_by_package_manager(
    fakes: FakeTools, platform: str, app_id: str, package: str
) -> None:
    target = demo_catalogue().app(app_id)
    assert target is not None
    detector = StateDetector(platform, ProcessRunner(fakes.env()))
    assert detector.detect(target) is InstallState.NOT_INSTALLED
    fakes.install(package)
    assert detector.detect(target) is InstallState.INSTALLED


@pytest.mark.parametrize(("platform", "tool", "expected"), [
    ("windows", "winget", ["list", "--id", "Mozilla.Firefox", "--exact",
                           "--accept-source-agreements", "--disable-interactivity"]),
    ("macos", "brew", ["list", "--cask", "--", "firefox"]),
    ("linux", "flatpak", ["list", "--app", "--columns=application"]),
])
def test_detection_argv(fakes: FakeTools, platform: str, tool: str, expected: list[str]) -> None:
    target = demo_catalogue().app("firefox")
    assert target is not None
    StateDetector(platform, ProcessRunner(fakes.env())).detect(target)
    assert fakes.calls(tool)[0] == expected


def test_dpkg_query_argv(fakes: FakeTools) -> None:
    target = demo_catalogue().app("keepassxc")
    assert target is not None
    StateDetector("linux", ProcessRunner(fakes.env())).detect(target)
    assert fakes.calls("dpkg-query") == [["-W", "-f=${Status}", "--", "keepassxc"]]


@pytest.mark.parametrize("platform", ["windows", "macos"])
def test_update_available(fakes: FakeTools, platform: str) -> None:
    target = demo_catalogue().app("firefox")
    assert target is not None
    package = "Mozilla.Firefox" if platform == "windows" else "firefox"
    fakes.install(package)
    runner = ProcessRunner(fakes.env(DESKMATE_FAKE_UPDATES=package))
    assert StateDetector(platform, runner).detect(target) is InstallState.UPDATE_AVAILABLE


def test_registry_and_applications_detection(tmp_path: Path) -> None:
    msi = app("seven", "7-Zip", "Igor Pavlov", "Tools", "Archiver.", {
        "windows": InstallMethod("msi", "https://7-zip.org/a/7z.msi", "a" * 64)})
    pkg = app("zoom", "Zoom", "Zoom", "Meetings", "Video calls.", {
        "macos": InstallMethod("pkg", "https://zoom.us/Zoom.pkg", "a" * 64)})
    apps_root = tmp_path / "Applications"
    windows = StateDetector("windows", registry=FakeRegistry("7-Zip 23.01 (x64)", "Git"))
    assert windows.detect(msi) is InstallState.INSTALLED
    assert StateDetector("windows", registry=FakeRegistry("Git")).detect(msi) is (
        InstallState.NOT_INSTALLED)
    mac = StateDetector("macos", applications_root=apps_root)
    assert mac.detect(pkg) is InstallState.NOT_INSTALLED
    (apps_root / "Zoom.app").mkdir(parents=True)
    assert mac.detect(pkg) is InstallState.INSTALLED


def test_web_apps_missing_methods_and_missing_tools(fakes: FakeTools) -> None:
    catalogue = demo_catalogue()
    files, figma, firefox = (catalogue.app(i) for i in ("company-files", "figma", "firefox"))
    assert files is not None
    assert figma is not None
    assert firefox is not None
    detector = StateDetector("linux", ProcessRunner({**fakes.env(), "PATH": str(fakes.root)}))
    assert detector.detect(files) is InstallState.ONLINE
    assert detector.detect(figma) is InstallState.UNAVAILABLE
    assert detector.detect(firefox) is InstallState.NO_TOOL  # flatpak is not on PATH


def test_apt_needs_both_its_tools(fakes: FakeTools) -> None:
    """An apt install runs pkexec and apt-get: without either it cannot run here."""
    git = app("git", "Git", "", "Development", "", {"linux": InstallMethod("apt", "git")})
    fakes.install("git")
    assert StateDetector("linux", ProcessRunner(fakes.env())).detect(git) is (
        InstallState.INSTALLED)
    no_pkexec = fakes.root / "no-pkexec"  # the fakes and python3, but no pkexec
    no_pkexec.mkdir()
    for tool in ("apt-get", "dpkg-query"):
        (no_pkexec / tool).symlink_to(BIN / tool)
    (no_pkexec / "python3").symlink_to(Path(sys.executable))
    detector = StateDetector("linux", ProcessRunner({**fakes.env(), "PATH": str(no_pkexec)}))
    assert detector.detect(git) is InstallState.NO_TOOL


def test_detect_all_runs_a_shared_query_once(fakes: FakeTools) -> None:
    fakes.install("org.gimp.GIMP")
    catalogue = demo_catalogue()
    states = StateDetector("linux", ProcessRunner(fakes.env())).detect_all(catalogue.apps)
    assert states["gimp"] is InstallState.INSTALLED
    assert states["firefox"] is InstallState.NOT_INSTALLED
    assert states["company-files"] is InstallState.ONLINE
    assert states["figma"] is InstallState.UNAVAILABLE
    assert fakes.calls("flatpak") == [["list", "--app", "--columns=application"]]


@pytest.mark.parametrize(("method", "value", "argv"), [
    ("winget", "Mozilla.Firefox", ("winget", "upgrade", "--id", "Mozilla.Firefox", *WINGET_TAIL)),
    ("brew_cask", "firefox", ("brew", "upgrade", "--cask", "--", "firefox")),
    ("brew", "git", ("brew", "upgrade", "--", "git")),
    ("flatpak", "org.gimp.GIMP",
     ("flatpak", "update", "--user", "-y", "--noninteractive", "--", "org.gimp.GIMP")),
    ("apt", "keepassxc", ("pkexec", "apt-get", "install", "--only-upgrade", "-y", *APT_GUARDS,
                          "--", "keepassxc")),
    ("snap", "code", ("snap", "refresh", "--", "code")),
])
def test_update_argv(method: str, value: str, argv: tuple[str, ...]) -> None:
    assert update_command(InstallMethod(method, value)).argv == argv


@pytest.mark.skipif(shutil.which("apt-get") is None, reason="needs a real apt-get")
@pytest.mark.parametrize(("package", "refusal"), [
    ("lib.+", "Unable to locate package lib."),  # valid Debian grammar, never a regex
    ("xz-utils+", ""),  # "install", after the full name is tried: harmless
])
def test_apt_argv_in_a_real_apt_get_simulation(package: str, refusal: str) -> None:
    argv = install_command(InstallMethod("apt", package)).argv[1:]  # without pkexec
    simulated = [argv[0], "-s", *argv[1:]]
    done = subprocess.run(simulated, capture_output=True, text=True, timeout=60, check=False,
                          env={**os.environ, "LC_ALL": "C"})
    assert "Remv " not in done.stdout
    if refusal:
        assert done.returncode == 100
        assert refusal in done.stderr
        assert "Inst " not in done.stdout


@pytest.mark.skipif(shutil.which("apt-get") is None, reason="needs a real apt-get")
def test_no_remove_stops_a_transaction_that_would_remove() -> None:
    # The validator and the builder refuse "xz-utils-"; if such a name ever reached apt
    # anyway, the options of the argv Deskmate builds still stop the removal.
    built = install_command(InstallMethod("apt", "xz-utils")).argv[1:]
    argv = [built[0], "-s", *built[1:-1], "xz-utils-"]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False,
                          env={**os.environ, "LC_ALL": "C"})
    assert done.returncode == 100
    assert "Remv " not in done.stdout


def test_survey_reads_installed_versions_from_the_package_managers(fakes: FakeTools) -> None:
    """flatpak's version column, dpkg's ${Version}, winget's and snap's tables, brew's
    --versions; a query detection ran is not run again, and apps not installed are not asked."""
    catalogue = demo_catalogue()
    for package in ("org.gimp.GIMP", "keepassxc", "code"):
        fakes.install(package)
    detector = StateDetector("linux", ProcessRunner(fakes.env()))
    states, versions = detector.survey(catalogue.apps)
    assert states == detector.detect_all(catalogue.apps)
    assert versions == {"gimp": "1.0", "keepassxc": "1.0-1", "vscode": "1.0"}
    assert fakes.calls("flatpak").count(["list", "--app", "--columns=application,version"]) == 1
    assert fakes.calls("snap").count(["list", "--", "code"]) == 2  # survey once, detect_all once
    fakes.install("Mozilla.Firefox")
    fakes.install("firefox")
    windows = StateDetector("windows", ProcessRunner(fakes.env())).survey(catalogue.apps)[1]
    assert windows["firefox"] == "2.0"
    mac = StateDetector("macos", ProcessRunner(fakes.env())).survey(catalogue.apps)[1]
    assert mac["firefox"] == "1.0"


def test_cancel_of_a_child_running_as_root_lets_the_install_finish_and_say_so(
        fakes: FakeTools, monkeypatch: pytest.MonkeyPatch) -> None:
    """After pkexec the package manager runs as root: we may not signal it. Cancel says it
    stopped nothing, and the install that then finishes is not reported as cancelled."""
    runner = ProcessRunner(fakes.env(DESKMATE_FAKE_DELAY="0.3"))
    started = threading.Event()
    outcome: list[int] = []

    def install() -> None:
        result = runner.run(["flatpak", "install", "org.gimp.GIMP"], lambda _l: started.set())
        outcome.append(result.returncode)

    def not_ours(_child: subprocess.Popen[str]) -> None:  # only root may signal a root child
        raise PermissionError(1, "Operation not permitted")

    thread = threading.Thread(target=install)
    thread.start()
    assert started.wait(15)
    monkeypatch.setattr(subprocess.Popen, "terminate", not_ours)
    assert runner.cancel() is False
    thread.join(15)
    assert outcome == [0]
