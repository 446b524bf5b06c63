"""Issue 13's "Done when": a request sent, a catalogue refresh and a fix are all in
``deskmate activity list --json`` with the hosts, bytes and payload hash the loopback servers
saw; ``activity verify`` passes, and names the row someone edited."""

from __future__ import annotations

import base64
import functools
import hashlib
import http.server
import json
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from desktop.catalogue import keys as catalogue_keys
from desktop.catalogue.client import CatalogueClient
from desktop.catalogue.fetchers import SessionFetcher
from desktop.catalogue.publish import publish_catalogue_file
from desktop.cli import main
from desktop.core import Core, build_core
from desktop.health_service import DeskmateHooks, HealthService
from desktop.helpdesk.connector import RequestKind
from desktop.helpdesk.context import ContextSources
from desktop.helpdesk.request_form import RequestForm
from desktop.helpdesk.service import HelpdeskService
from desktop.secrets import MemorySecretStore
from desktop.settings_defs import helpdesk as helpdesk_keys

_CATALOGUE = """\
organization: Example Corp
apps:
  - id: firefox
    name: Firefox
    publisher: Mozilla
    category: Browsers
    description: Fast, private web browser.
    install:
      linux: {flatpak: org.mozilla.firefox}
"""


class _CountingHandler(http.server.SimpleHTTPRequestHandler):
    served: list[int]

    def copyfile(self, source: Any, outputfile: Any) -> None:
        data = source.read()
        self.served.append(len(data))
        outputfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:  # stdlib signature
        """Quiet."""


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, list[int], Path]]:
    folder = tmp_path / "site"
    folder.mkdir()
    served: list[int] = []
    handler = type("Handler", (_CountingHandler,), {"served": served})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", served, folder
    server.shutdown()
    server.server_close()
    thread.join(5)


def _refresh_catalogue(core: Core, tmp_path: Path, site: tuple[str, list[int], Path]) -> None:
    url, _served, folder = site
    keydir = tmp_path / "keys"
    catalogue_keys.init_keys(keydir)
    source = tmp_path / "catalogue.yaml"
    source.write_text(_CATALOGUE, encoding="utf-8")
    publish_catalogue_file(source, keydir, folder)
    client = CatalogueClient(tmp_path / "client", url, (keydir / "root.json").read_bytes(),
                             SessionFetcher(core.http_session(), timeout=5))
    client.refresh()


def _queue_request(core: Core, httpserver: HTTPServer, bodies: list[bytes]) -> HelpdeskService:
    def handler(request: Request) -> Response:
        bodies.append(request.get_data())
        return Response(json.dumps({"id": "HD-7"}), content_type="application/json")

    core.settings.set_user(helpdesk_keys.CONNECTOR, "webhook")
    core.settings.set_user(helpdesk_keys.WEBHOOK_URL, httpserver.url_for("/hook"))
    core.secrets.set("helpdesk.webhook.secret", "whsec_" + base64.b64encode(b"k" * 24).decode())
    httpserver.expect_request("/hook").respond_with_handler(handler)
    service = HelpdeskService(core, ContextSources(device=lambda: {"hostname": "laptop-042"}))
    service.submit(service.build(RequestForm(RequestKind.REQUEST, "network", "VPN fails"),
                                 service.gather()))
    return service


def _activity(profile_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code = main(["--profile-dir", str(profile_dir), "activity", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_request_refresh_and_fix_are_in_the_ledger_as_the_servers_saw_them(
        profile_dir: Path, tmp_path: Path, httpserver: HTTPServer,
        site: tuple[str, list[int], Path], capsys: pytest.CaptureFixture[str]) -> None:
    core = build_core(profile_dir, secrets=MemorySecretStore())
    bodies: list[bytes] = []
    helpdesk = _queue_request(core, httpserver, bodies)
    _refresh_catalogue(core, tmp_path, site)
    health = HealthService(core.settings, core.paths, DeskmateHooks(
        retry_outbox=lambda: helpdesk.flush().sent == 1))
    report = health.fixes.apply(health.fixes.plan("deskmate.retry_outbox"))
    assert report.outcome.succeeded

    code, entries = _activity(profile_dir, capsys, "list")
    assert code == 0
    (sent,) = [e for e in entries if e["purpose"] == "delivery"]
    assert (sent["host"], sent["detail"]["port"]) == (httpserver.host, httpserver.port)
    assert sent["detail"]["body_sha256"] == hashlib.sha256(bodies[0]).hexdigest()
    assert sent["detail"]["body_bytes"] == len(bodies[0])
    assert sent["detail"]["bytes_received"] == len(b'{"id": "HD-7"}')
    assert sent["detail"]["request_key"] == helpdesk.requests()[0].key
    catalogue = [e for e in entries if e["purpose"] == "catalogue"]
    assert {e["host"] for e in catalogue} == {"127.0.0.1"}
    answered = [e for e in catalogue if e["detail"]["status"] == 200]
    assert len(answered) >= 2  # root, timestamp, snapshot, targets, catalogue.json
    assert sorted(e["detail"]["bytes_received"] for e in answered) == sorted(site[1])
    (fix,) = [e for e in entries if e["kind"] == "fix"]
    assert (fix["purpose"], fix["detail"]["succeeded"]) == ("deskmate.retry_outbox", True)
    assert fix["id"] > sent["id"]  # the delivery happened inside the fix

    assert _activity(profile_dir, capsys, "verify") == (0, {
        "ok": True, "checked": len(entries), "bad_row": None, "reason": ""})
    with sqlite3.connect(core.paths.activity_file) as db:
        db.execute("UPDATE activity SET host = 'elsewhere.example' WHERE id = ?", (sent["id"],))
    code, verdict = _activity(profile_dir, capsys, "verify")
    assert (code, verdict["ok"], verdict["bad_row"]) == (1, False, sent["id"])


def test_list_filters_by_kind_and_date(profile_dir: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    core = build_core(profile_dir, secrets=MemorySecretStore())
    health = HealthService(core.settings, core.paths, DeskmateHooks(retry_outbox=lambda: True))
    health.fixes.apply(health.fixes.plan("deskmate.retry_outbox"))
    assert len(_activity(profile_dir, capsys, "list", "--kind", "fixes")[1]) == 1
    assert _activity(profile_dir, capsys, "list", "--kind", "sent")[1] == []
    assert _activity(profile_dir, capsys, "list", "--since", "2999-01-01")[1] == []
    assert main(["--profile-dir", str(profile_dir), "activity", "verify"]) == 0
    assert "intact (1 entries" in capsys.readouterr().out
