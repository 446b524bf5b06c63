"""Each package manager's real name grammar, one table per manager (issue 8, item 8).

A row is (value, accepted). Every table covers real names, the manager's own removal and
version syntax, option syntax (a leading ``-``) and shell metacharacters. Each value is checked
twice: by the catalogue validator and again where the command line is built.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from catalogue_testing import DEMO_DIR, SMALL_CATALOGUE

from desktop.catalogue import patterns
from desktop.catalogue.fast_load import fast_catalogue
from desktop.catalogue.installer_commands import (
    UnsafeArgumentError,
    check_package_id,
    install_command,
)
from desktop.catalogue.model import InstallMethod
from desktop.catalogue.validation import validate_yaml

SCHEMA_FILE = DEMO_DIR.parent / "schemas" / "catalogue.schema.json"
SHELL = ("a;b", "a|b", "a&b", "$(id)", "`id`", "a b", "a\nb", "a'b", 'a"b', "a>b", "a\\b", "a*")

# Debian Policy 5.6.1: [a-z0-9][a-z0-9+.-]+. apt-get reads "pkg-" as remove, "pkg+" as install
# (after trying the full name, so g++ works), "pkg=1.0" as a version, "pkg/stable" as a
# release and "pkg:i386" as an architecture.
APT = [
    ("git", True), ("g++", True), ("libstdc++6", True), ("7zip", True), ("python3.12", True),
    ("libc6-dev", True), ("xz-utils", True), ("0ad", True),
    ("openssh-server-", False), ("curl-", False), ("git=1:2.39.2-1", False),
    ("git/bookworm-backports", False), ("git:i386", False), ("-y", False), ("--purge", False),
    ("Git", False), ("g", False), ("git.", False), ("lib*", False), ("?installed", False),
    ("~nfoo", False), ("a" * 129, False),
]
# Homebrew's HOMEBREW_TAP_FORMULA_REGEX: user/repo/name with [\w-] user and repo and a
# [\w+-.@] formula name; a name ending in .rb is read as a local Ruby file to run.
BREW = [
    ("wget", True), ("python@3.12", True), ("gtk+3", True), ("wireguard-tools", True),
    ("sevenzip", True), ("homebrew/core/git", True), ("hashicorp/tap/terraform", True),
    ("user/repo", False), ("a/b/c/d", False), ("./formula.rb", False), ("evil.rb", False),
    ("user/repo/evil.rb", False), ("https://example.com/x.rb", False), ("-v", False),
    ("--HEAD", False), ("wget/", False), ("/wget", False), ("Wget", False),
]
# Cask tokens: lower-case letters, digits and hyphens, '@' only for a variant.
BREW_CASK = [
    ("firefox", True), ("visual-studio-code", True), ("google-chrome@beta", True),
    ("temurin@21", True), ("drawio", True), ("homebrew/cask-versions/firefox-esr", True),
    ("firefox@", False), ("draw.io", False), ("-firefox", False), ("--force", False),
    ("user/repo", False), ("Firefox", False), ("evil.rb", False),
]
# flatpak_is_valid_name: 3+ elements of [A-Za-z0-9_], none starting with a digit, '-' only in
# the last; a ref (app/ID/arch/branch) or ID//branch picks another branch.
FLATPAK = [
    ("org.mozilla.firefox", True), ("com.nextcloud.desktopclient.nextcloud", True),
    ("im.riot.Riot", True), ("org.gnome.Boxes", True), ("io.github.some_dev.My-App", True),
    ("org.mozilla", False), ("org.my-org.App", False), ("org.0ad.Game", False),
    ("app/org.mozilla.firefox/x86_64/stable", False), ("org.mozilla.firefox//beta", False),
    ("-org.mozilla.firefox", False), ("--user", False), (".org.a.b", False),
    ("org.a.b.", False), ("org..a.b", False), ("org.a." + "b" * 250, False),
]
# snapd's validSnapName: lower-case letters, digits and single inner hyphens, at least one
# letter, 2-40 characters; name_key is a parallel instance, name=... is not a name.
SNAP = [
    ("firefox", True), ("code", True), ("0ad", True), ("hello-world", True), ("a1", True),
    ("firefox_work", False), ("-firefox", False), ("firefox-", False), ("a--b", False),
    ("123", False), ("a", False), ("Firefox", False), ("x" * 41, False),
    ("./local.snap", False), ("--classic", False),
]
# PackageIdentifier in the winget manifest schema: 2-8 dot-separated segments of 1-32
# characters, at most 128 in all. Deskmate allows only letters, digits, + _ - in a segment.
WINGET = [
    ("Mozilla.Firefox", True), ("Python.Python.3.12", True), ("Notepad++.Notepad++", True),
    ("7zip.7zip", True), ("Microsoft.VCRedist.2015+.x64", True), ("Git.Git", True),
    ("Firefox", False), ("Mozilla..Firefox", False), ("Mozilla.Firefox.", False),
    (".Mozilla.Firefox", False), ("A.B.C.D.E.F.G.H.I", False), ("Mozilla." + "F" * 33, False),
    ("--override", False), ("-h", False), ("Mozilla.Firefox --force", False),
    ("Mozilla/Firefox", False), ("Mozilla:Firefox", False),
]
TABLES = {"apt": APT, "brew": BREW, "brew_cask": BREW_CASK, "flatpak": FLATPAK,
          "snap": SNAP, "winget": WINGET}


def _rows() -> list[tuple[str, str, bool]]:
    rows = [(method, value, ok) for method, table in TABLES.items() for value, ok in table]
    rows += [(method, value, False) for method in TABLES for value in SHELL]
    return rows


@pytest.mark.parametrize(("method", "value", "accepted"), _rows())
def test_package_names_follow_the_managers_grammar(method: str, value: str,
                                                   accepted: bool) -> None:
    assert bool(patterns.PACKAGE_IDS[method].fullmatch(value)) is accepted
    if accepted:
        assert check_package_id(method, value) == value
    else:
        with pytest.raises(UnsafeArgumentError):
            check_package_id(method, value)


@pytest.mark.parametrize(("method", "value"), [
    ("apt", "openssh-server-"), ("apt", "git=1.0"), ("snap", "a--b"), ("brew", "evil.rb"),
    ("flatpak", "org.my-org.App"), ("winget", "Firefox"),
])
def test_the_validator_refuses_them_with_the_line(method: str, value: str) -> None:
    platform = {"apt": "linux", "snap": "linux", "flatpak": "linux", "brew": "macos",
                "winget": "windows"}[method]
    text = SMALL_CATALOGUE.replace("      any: {open_url: \"https://files.example.com\"}",
                                   f"      {platform}: {{{method}: \"{value}\"}}")
    issues = validate_yaml(text, "cat.yaml").issues
    assert issues[0].format() == (
        f"cat.yaml:20: apps[1].install.{platform}.{method}: {value!r} is not a valid {method} "
        "package id"
    )


# msiexec: only display and restart options, or PUBLIC_PROPERTY=value. /x, /uninstall, /a, /f,
# /p, /update, /package and /i pick another action; /l writes a log to a file as admin.
MSI_ARGS = [
    ("/qn", True), ("/quiet", True), ("/passive", True), ("/norestart", True), ("/QN", True),
    ("-qn", True), ("/qb", True), ("ALLUSERS=1", True), ("INSTALLDIR=C:Apps", True),
    ("/x", False), ("/uninstall", False), ("/a", False), ("/fa", False), ("/p", False),
    ("/update", False), ("/package", False), ("/i", False), ("/lv", False), ("/log", False),
    ("/j", False), ("allusers=1", False), ("X=a b", False), ("X=$(id)", False),
    ("PROP=C:\\Windows", False), ("/qn;calc", False),
]
# exe installers: the vendor's own switches (/S, /VERYSILENT, --silent); never shell text.
EXE_ARGS = [
    ("/S", True), ("/VERYSILENT", True), ("/SUPPRESSMSGBOXES", True), ("--silent", True),
    ("/SP-", True), ("ALLUSERS=1", True), ("/D=C:\\x", False), ("a;b", False),
    ("$(id)", False), ("`id`", False), ("/S /x", False), ("", False),
]


@pytest.mark.parametrize(("method", "arg", "accepted"),
                         [("msi", a, ok) for a, ok in MSI_ARGS]
                         + [("exe", a, ok) for a, ok in EXE_ARGS])
def test_installer_switches_follow_the_installers_grammar(method: str, arg: str,
                                                          accepted: bool) -> None:
    assert bool(patterns.SILENT_ARGS[method].fullmatch(arg)) is accepted


DOWNLOAD_URLS = [
    ("https://download.example.com/app-1.2.msi", True),
    ("https://example.com/dl?id=3&arch=x64", True),
    ("http://example.com/app.msi", False), ("ftp://example.com/app.msi", False),
    ("file:///tmp/app.msi", False), ("https://", False), ("https://exa mple.com/a", False),
    ("https://example.com/a\"b", False), ("https://example.com/a\\b", False),
    ("-https://example.com", False), ("https://example.com/" + "a" * 2050, False),
]


@pytest.mark.parametrize(("url", "accepted"), DOWNLOAD_URLS)
def test_download_urls_are_https_only(url: str, accepted: bool) -> None:
    assert patterns.is_https_url(url) is accepted


@pytest.mark.parametrize(("digest", "accepted"), [
    ("a" * 64, True), ("0123456789abcdef" * 4, True), ("a" * 63, False), ("a" * 65, False),
    ("g" * 64, False), ("sha256:" + "a" * 64, False), ("-" + "a" * 63, False),
])
def test_sha256_is_64_hex_digits(digest: str, accepted: bool) -> None:
    assert bool(patterns.SHA256.fullmatch(digest)) is accepted


def test_an_msi_action_switch_is_refused_by_the_validator_and_the_builder(tmp_path: Path) -> None:
    text = SMALL_CATALOGUE.replace(
        "      any: {open_url: \"https://files.example.com\"}",
        "      windows: {msi: {url: \"https://example.com/a.msi\", sha256: \"" + "a" * 64
        + "\", silent_args: [ALLUSERS=1, /x]}}")
    issues = validate_yaml(text, "cat.yaml").issues
    assert issues[0].format().startswith(
        "cat.yaml:20: apps[1].install.windows.msi.silent_args[1]: '/x' is not allowed here")
    assert fast_catalogue(yaml.safe_load(text)) is None  # the fast path agrees
    msi = InstallMethod("msi", "https://example.com/a.msi", "a" * 64, ("ALLUSERS=1", "/x"))
    with pytest.raises(UnsafeArgumentError, match="'/x' is not allowed"):
        install_command(msi, tmp_path / "a.msi")
    exe = InstallMethod("exe", "https://example.com/a.exe", "a" * 64, ("/S", "/x"))
    assert install_command(exe, tmp_path / "a.exe").argv[1:] == ("/S", "/x")  # its own switches


def _schema_patterns() -> dict[str, str]:
    """The pattern the JSON Schema (for editors) gives each method and installer switch."""
    found: dict[str, str] = {}

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for name, sub in (node.get("properties") or {}).items():
                if isinstance(sub, dict) and name in TABLES and "pattern" in sub:
                    found[name] = sub["pattern"]
                if isinstance(sub, dict) and name in ("msi", "exe"):
                    found[f"{name}_args"] = _first_switch_pattern(sub)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(SCHEMA_FILE.read_text("utf-8")))
    return found


def _first_switch_pattern(node: object) -> str:
    if isinstance(node, dict):
        if isinstance(node.get("silent_args"), dict):
            return str(node["silent_args"]["items"]["pattern"])
        node = list(node.values())
    if isinstance(node, list):
        return next((found for item in node if (found := _first_switch_pattern(item))), "")
    return ""


def test_the_json_schema_gives_editors_the_same_grammar() -> None:
    schema = _schema_patterns()
    assert set(schema) == {*TABLES, "msi_args", "exe_args"}
    for method, value, accepted in _rows():
        assert bool(re.search(schema[method], value)) is accepted, (method, value)
    for method, table in (("msi_args", MSI_ARGS), ("exe_args", EXE_ARGS)):
        for arg, accepted in table:
            assert bool(re.search(schema[method], arg)) is accepted, (method, arg)
