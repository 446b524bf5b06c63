"""The resident tray loads only what it needs all day: heavy, occasional work (python-tuf and
cryptography, PyYAML, keyring, webhook signing, the HTTP stack) runs in worker processes or loads
on demand.

A stray import of a new library at start-up or during the day fails here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
# Just after the icon docked, before the graph is built; after the first jobs ran; after a
# short day of every timer's job; after the help form gathered its context (the redactor
# reads the stored secrets in a worker).
WHEN = ("icon", "start-up", "day", "help form")

# Third-party (non-stdlib) top-level modules the tray may hold all day.
ALLOWED = frozenset({
    "PySide6", "shiboken6", "shibokensupport", "signature_bootstrap", "__feature__",
    "cython_runtime", "_cython_3_3_1",  # Qt's own
    "psutil",  # the checks' probes
    "platformdirs", "tomli_w", "backports",  # profile folders, settings file
    "desktop", "diagnostics", "ui", "resources",  # ours
    "tests", "__main__", "_distutils_hack",  # the driver and the venv
})
NEVER = ("tuf", "securesystemslib", "cryptography", "yaml", "jsonschema", "keyring",
         "secretstorage", "jeepney", "standardwebhooks",
         # the HTTP stack: connectors load on first use, deliveries and polls run in workers
         "requests", "urllib3", "truststore", "certifi", "charset_normalizer", "idna")
# Our own modules that run only in workers: installs run as `deskmate apps install` processes.
NEVER_OURS = ("desktop.catalogue.install_queue", "desktop.catalogue.installer_download",
              "desktop.activity.install_entry", "desktop.commands.apps")
# Loaded when first needed, not on the way to the icon: every MiB there is resident all day
# even once the graph is light (OpenSSL's libcrypto through hashlib alone is 3.4 MiB).
NOT_AT_ICON = (
    "hashlib", "_hashlib", "sqlite3", "_sqlite3",  # the activity ledger, when policy changed
    "desktop.activity.ledger", "desktop.activity.entry",
    "ui.error_dialog",  # built when a crash happens
    "desktop.shell.process_runner", "subprocess",  # the workers, built with the graph
    "plistlib",  # macOS's managed preferences and LaunchAgent, read or written there only
    "ssl", "_ssl", "http.client", "urllib.request",  # the HTTP stack and the checks' probes
    "desktop.health_service", "diagnostics.http_probe", "diagnostics.network",
)
# Standard-library parts only some jobs need, loaded by them: checking an SVG icon (a refresh
# worker, the publisher), a request's idempotency key (when one is written); OpenSSL (hashlib,
# ssl) and urllib with http.client and email, which the checks' probes use when they run (the
# tray's own hashes use CPython's SHA-256: desktop.sha256).
NOT_RESIDENT = ("xml.etree.ElementTree", "pyexpat", "uuid", "_uuid",
                "hashlib", "_hashlib", "ssl", "_ssl", "urllib.request", "http.client",
                "email.utils", "email.message", "mimetypes", "secrets", "hmac")


@pytest.fixture(scope="module")
def modules(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    work = tmp_path_factory.mktemp("resident")
    out = work / "modules.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, "-m", "tests.desktop.app.resident_app", str(out),
         "--profile-dir", str(work / "profile"), "--demo", "--hidden"],
        cwd=ROOT, env=env, timeout=180, check=True, capture_output=True,
    )
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["problem"] == ""
    return {when: set(data[when]) for when in (*WHEN, "Qt types at icon")}


@pytest.fixture(scope="module")
def loaded(modules: dict[str, set[str]]) -> dict[str, set[str]]:
    """The top-level packages loaded."""
    return {when: {m.split(".")[0] for m in modules[when]} for when in WHEN}


def _third_party(modules: set[str]) -> set[str]:
    """Neither the standard library nor the editable install's import hook."""
    return {m for m in modules
            if m not in sys.stdlib_module_names and not m.startswith("__editable__")}


def test_the_icon_docks_without_what_only_later_work_needs(modules: dict[str, set[str]]) -> None:
    assert [m for m in NOT_AT_ICON if m in modules["icon"]] == []


@pytest.mark.parametrize("when", WHEN)
def test_only_allowed_libraries_stay_resident(loaded: dict[str, set[str]], when: str) -> None:
    assert _third_party(loaded[when]) - ALLOWED == set()


@pytest.mark.parametrize("when", WHEN)
def test_heavy_libraries_never_load_in_the_tray(loaded: dict[str, set[str]], when: str) -> None:
    assert [m for m in NEVER if m in loaded[when]] == []


@pytest.mark.parametrize("when", WHEN)
def test_installer_modules_load_only_in_workers(modules: dict[str, set[str]], when: str) -> None:
    assert [m for m in NEVER_OURS if m in modules[when]] == []


# The panel (its window and every page) is built, and its modules imported, when first opened:
# the tray's day needs none of it.
PANEL = ("ui.main_window", "ui.pages.apps_page", "ui.pages.help_page",
         "ui.pages.requests_page", "ui.pages.home_page", "ui.sent_payload_viewer")


@pytest.mark.parametrize("when", ["start-up", "day"])
def test_the_panel_is_not_built_before_it_is_opened(modules: dict[str, set[str]],
                                                    when: str) -> None:
    assert [m for m in PANEL if m in modules[when]] == []


def test_opening_the_panel_builds_it(modules: dict[str, set[str]]) -> None:
    """The window and the page shown are built; the other pages wait until they are opened."""
    assert [m for m in PANEL if m in modules["help form"]] == [
        "ui.main_window", "ui.pages.help_page", "ui.sent_payload_viewer"]


@pytest.mark.parametrize("when", ["start-up", "day"])
def test_stdlib_parts_for_occasional_jobs_load_with_them(modules: dict[str, set[str]],
                                                         when: str) -> None:
    assert [m for m in NOT_RESIDENT if m in modules[when]] == []


@pytest.mark.parametrize("when", ["start-up", "day"])
def test_no_helpdesk_connector_is_built_in_the_tray(modules: dict[str, set[str]],
                                                    when: str) -> None:
    """Deliveries and polls run in workers, and so does the background check run, whose
    helpdesk check builds the connector (with a web helpdesk, the whole HTTP stack)."""
    built = sorted(m for m in modules[when] if m.startswith("desktop.helpdesk.connectors."))
    assert built == ["desktop.helpdesk.connectors.registry"]


# The checks and fixes (every check's probes) are built when something first needs them: the
# Health page runs them, a fix is applied. Background runs happen in a worker; the tray samples
# only the timeline.
CHECKS = ("desktop.health_service", "diagnostics.suite", "diagnostics.runner",
          "diagnostics.fixes.service", "diagnostics.network", "diagnostics.security")


@pytest.mark.parametrize("when", ["start-up", "day"])
def test_the_checks_are_built_when_first_needed(modules: dict[str, set[str]], when: str) -> None:
    assert [m for m in CHECKS if m in modules[when]] == []


def test_the_first_icon_does_not_build_qts_namespace(modules: dict[str, set[str]]) -> None:
    """The first tray icon is read from files drawn ahead (ui/checking_icon.py): drawing it
    would build QtCore.Qt, about a hundred enums, before the icon shows."""
    assert modules["Qt types at icon"] == set()
