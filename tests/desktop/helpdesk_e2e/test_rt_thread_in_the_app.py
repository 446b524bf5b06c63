"""An agent's reply in the real Request Tracker reaches the My requests thread, as the tray
gets it: delivery and the status poll run in ``deskmate outbox flush|poll --json`` worker
processes (their secret in a real Secret Service), the panel reads the outbox they updated.

With $DESKMATE_SCREENSHOTS set, the page is saved there as requests-thread-rt.png."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.graph import Application
from desktop.app.launch import branding_for
from desktop.core import build_core
from desktop.helpdesk.connector import RequestKind
from desktop.helpdesk.outbox import DeliveryState
from desktop.helpdesk.request_form import RequestForm
from desktop.policy import TomlPolicyFile
from desktop.secrets import MemorySecretStore
from desktop.shell.process_runner import ProcessTaskRunner
from tests.desktop.helpdesk_e2e.conftest import Deskmate, RtReader, RtServer, write_policy
from ui.locale_format import date_time
from ui.navigation import PageId
from ui.tray import TrayIcon

pytestmark = [pytest.mark.rt, pytest.mark.slow]
REPLY = "<p>Hello, please <b>open tray 2</b> and try again.</p>"


def _workers(profile: Path, env: dict[str, str]) -> ProcessTaskRunner:
    """The tray's worker runner, its children started in the keyring's session (``env -i``:
    exactly that environment, as a desktop session would hand it down)."""
    command = ["env", "-i", *(f"{k}={v}" for k, v in env.items()),
               sys.executable, "-m", "desktop.cli"]
    return ProcessTaskRunner(profile, demo=False, command=command)


@pytest.fixture
def app(tmp_path: Path, qtbot: QtBot, keyring_env: dict[str, str],
        rt_server: RtServer) -> Iterator[Application]:
    """The real panel sending to RT; its worker processes hold the token in the keyring."""
    policy = tmp_path / "policy.toml"
    write_policy(policy, rt_server.url)
    env = {**keyring_env, "DESKMATE_POLICY": str(policy)}
    profile = tmp_path / "profile"
    Deskmate(profile, env).run("secret", "set", "helpdesk.rt.token",
                               stdin=rt_server.token + "\n")
    secrets = MemorySecretStore()  # this process's view of the same keychain entry
    secrets.set("helpdesk.rt.token", rt_server.token)
    core = build_core(profile, policy_source=TomlPolicyFile(policy), secrets=secrets)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    branding = branding_for(core)
    built = Application(qapp, core, argparse.Namespace(hidden=True, page=None), branding,
                        TrayIcon(branding.accent), (), _workers(profile, env))
    qtbot.addWidget(built.window)
    yield built
    built.shutdown()


def _not_here() -> None:
    raise AssertionError("delivered or polled in the panel's process, not in a worker")


def _idle(qtbot: QtBot, app: Application) -> None:
    bridge = app.helpdesk_bridge
    qtbot.waitUntil(lambda: not bridge._flushing and not bridge._polling, timeout=120_000)
    app.runner.wait_for_done(10_000)


def _rt_reply_time(rt: RtReader, ticket: str) -> datetime:
    """When RT recorded the agent's reply, read through REST2 apart from Deskmate."""
    history = rt.rest("GET", f"/ticket/{ticket}/history",
                      params={"fields": "Type,Created", "per_page": 100})
    (created,) = [t["Created"] for t in history["items"] if t["Type"] == "Correspond"]
    return datetime.fromisoformat(created)


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says so in the log
def test_an_agents_reply_in_rt_shows_in_the_my_requests_thread(
    app: Application, qtbot: QtBot, rt_server: RtServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    rt = RtReader(rt_server)
    service = app.helpdesk
    monkeypatch.setattr(service, "flush", _not_here)
    monkeypatch.setattr(service, "poll", _not_here)
    key = service.submit(service.build(
        RequestForm(RequestKind.REQUEST, "hardware", "Printer jams"), ())).key
    with qtbot.waitSignal(app.helpdesk_bridge.requests_changed, timeout=120_000):
        app.helpdesk_bridge.flush()
    _idle(qtbot, app)  # a delivery is followed by a poll
    entry = service.entry(key)
    assert entry.state is DeliveryState.SENT
    assert entry.remote_id is not None
    rt.agent_reply(entry.remote_id, REPLY)

    app.window.show_page(PageId.REQUESTS.value)
    app.helpdesk_bridge.poll()
    _idle(qtbot, app)
    page = app.requests_page
    page.select_request(key)
    qtbot.waitUntil(lambda: "open tray 2" in page.thread_view.toPlainText(), timeout=30_000)

    text = page.thread_view.toPlainText()
    when = date_time(_rt_reply_time(rt, entry.remote_id))
    assert f"IT (root) · {when}\nHello, please open tray 2 and try again." in text
    assert text.startswith("You · ")  # what was sent comes first
    assert text.index("Who: ") < text.index("IT (root)")
    assert page.details_box.title() == "Printer jams"
    app.window.resize(900, 640)
    image = app.window.grab()
    assert not image.isNull()
    if shots := os.environ.get("DESKMATE_SCREENSHOTS"):
        image.save(str(Path(shots) / "requests-thread-rt.png"))
