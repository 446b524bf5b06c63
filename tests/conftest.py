"""Test-wide rules: GUI tests are marked, run offscreen, and unexpected warnings fail."""

from __future__ import annotations

import gc
import inspect
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"

# Widget tests run on Qt's offscreen platform; e2e tests start their own X server.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing the tests start may read the developer's real policy.
os.environ.setdefault("DESKMATE_POLICY", os.devnull)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses ``qtbot`` as ``gui`` so ``-m "not gui"`` is the fast loop."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


def require(condition: bool, reason: str) -> None:
    """Skip when a dependency is missing, except in CI, where a missing one is a failure."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"CI=true and {reason}")
    pytest.skip(reason)


@pytest.fixture(autouse=True, scope="session")
def collect_garbage_on_the_main_thread() -> Iterator[None]:
    """As the app does (desktop/shell/gc_guard.py): Python's automatic collector could run in
    a task-runner thread and destroy Qt objects left by earlier tests there, off their thread."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_after_each_test(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    gc.collect(2 if "qtbot" in request.fixturenames else 0)


@pytest.fixture(autouse=True)
def fail_on_unexpected_warning_logs(
    caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest
) -> Iterator[None]:
    """A WARNING or worse in the logs fails the test unless it is marked ``allow_log_warnings``
    or the test itself inspected ``caplog`` (so it expected them)."""
    caplog.set_level(logging.INFO)
    yield
    # The test's own parameters: ``request.fixturenames`` always holds ``caplog`` (this
    # fixture asks for it), so checking that would let every warning pass.
    own = inspect.signature(request.function).parameters
    if request.node.get_closest_marker("allow_log_warnings") or "caplog" in own:
        return
    bad = [r for r in caplog.get_records("call") if r.levelno >= logging.WARNING]
    if bad:
        pytest.fail(
            "unexpected log messages: " + "; ".join(f"{r.name}: {r.getMessage()}" for r in bad)
        )


@pytest.fixture(autouse=True)
def english_interface(request: pytest.FixtureRequest) -> None:
    """GUI tests read the panel as the app shows it in English: with Deskmate's English
    translator (the plural forms: "1 minute ago", not "1 minute(s) ago") and British
    formats (09:12, 30/11/2026), whatever this machine's locale. Installed once."""
    in_ui = Path(request.path).parent.name == "ui"  # a page helper can run without qtbot
    if "qtbot" not in request.fixturenames and not in_ui:
        return
    from PySide6.QtCore import QCoreApplication, QLocale

    from desktop.app.translators import install_translators

    qapp = request.getfixturevalue("qapp")
    if qapp.property("deskmate_test_language") != "en":
        compiled = Path(__file__).parents[1] / "resources" / "translations" / "deskmate_en.qm"
        assert compiled.exists(), "run `make translations` (make test does it) first"
        install_translators(qapp, "en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        qapp.setProperty("deskmate_test_language", "en")
    assert isinstance(qapp, QCoreApplication)


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    """An empty --profile-dir for one test."""
    path = tmp_path / "profile"
    path.mkdir()
    return path


# Where a connection to the network may start: the one network client's sessions. Everything
# else listed here is named with why. The suite fails a test whose code connects elsewhere.
_NETWORK_PLACES = (
    "desktop.network.session",  # every HTTP call: the client records it in the ledger
    "desktop.helpdesk.connectors.email",  # SMTP delivery, recorded by the connector
    "desktop.helpdesk.reachability",  # the TCP probe of the SMTP port, recorded there
    "diagnostics.http_probe",  # health probes and the clock check: their ProbeRecorder
    # Test servers' own plumbing, not the app's:
    "aiosmtpd.controller",  # connects to its own server to see that it started
)
_TEST_CLIENTS = (  # tests that talk to their loopback servers directly, by module
    "tests.desktop.helpdesk_e2e.",  # reads back what RT stored
    "tests.desktop.helpdesk_connectors.conftest",  # is RT up?
    "tests.desktop.helpdesk_connectors.test_connector_rt",  # reads back what RT stored
    "tests.desktop.helpdesk_connectors.test_rt_activity",  # the recording proxy's upstream
)


def _connecting_place() -> str | None:
    """The allowed place the current connection comes from, or None."""
    frame = inspect.currentframe()
    while frame is not None:
        module = str(frame.f_globals.get("__name__", ""))
        if module in _NETWORK_PLACES or module.startswith(_TEST_CLIENTS):
            return module
        frame = frame.f_back
    return None


def _outermost_caller() -> str:
    frames = [str(f.frame.f_globals.get("__name__", "")) for f in inspect.stack()[2:]]
    ours = [m for m in frames if m.startswith(("desktop", "diagnostics", "ui", "tests"))]
    return ours[0] if ours else "?"


@pytest.fixture(autouse=True)
def no_connection_escapes_the_ledger(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Fail a test whose code opens a network connection outside the one network client;
    the list of such connections is the fixture's value (a test of the guard empties it)."""
    import socket

    escaped: list[str] = []
    original = socket.socket.connect

    def connect(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6) and _connecting_place() is None:
            escaped.append(f"{address} from {_outermost_caller()}")
        original(self, address)  # type: ignore[arg-type]  # address checked by socket itself

    monkeypatch.setattr(socket.socket, "connect", connect)
    yield escaped
    if escaped:
        pytest.fail("connections outside the network client: " + "; ".join(escaped))
