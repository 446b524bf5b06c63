"""Issue 13's "Done when": a request sent, a catalogue refresh and a fix, each a ``deskmate``
process, are all in ``deskmate activity list --json`` with the hosts, bytes and payload hash
the loopback servers saw; ``activity verify`` passes, and names the row someone edited."""

from __future__ import annotations

import functools
import hashlib
import http.server
import json
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from desktop.catalogue import keys as catalogue_keys
from desktop.catalogue.publish import publish_catalogue_file
from desktop.cli import main
from desktop.core import build_core
from desktop.health_service import DeskmateHooks, HealthService
from desktop.paths import ProfilePaths
from desktop.secrets import MemorySecretStore

ROOT = Path(__file__).resolve().parents[3]

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


def _publish_catalogue(tmp_path: Path, folder: Path) -> Path:
    keydir = tmp_path / "keys"
    catalogue_keys.init_keys(keydir)
    source = tmp_path / "catalogue.yaml"
    source.write_text(_CATALOGUE, encoding="utf-8")
    publish_catalogue_file(source, keydir, folder)
    return keydir / "root.json"


def _policy(tmp_path: Path, catalogue_url: str, root: Path, hook: str) -> Path:
    policy = tmp_path / "policy.toml"
    policy.write_text(f'[catalogue]\nurl = "{catalogue_url}"\ntrusted_root = "{root}"\n\n'
                      f'[helpdesk]\nconnector = "webhook"\n\n[helpdesk.webhook]\nurl = "{hook}"\n',
                      encoding="utf-8")
    return policy


class _Deskmate:
    """``deskmate --profile-dir … ARGS`` as a real process under one policy."""

    def __init__(self, profile_dir: Path, policy: Path) -> None:
        self._profile = profile_dir
        self._env = {**os.environ, "DESKMATE_POLICY": str(policy), "PYTHONPATH": str(ROOT)}

    def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop.cli", "--profile-dir", str(self._profile), *args],
            capture_output=True, text=True, env=self._env, cwd=ROOT, timeout=120, check=False)

    def json(self, *args: str) -> tuple[int, Any]:
        done = self(*args, "--json")
        return done.returncode, json.loads(done.stdout)


def _activity(profile_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code = main(["--profile-dir", str(profile_dir), "activity", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.slow
def test_request_refresh_and_fix_through_the_cli_are_in_the_ledger_as_the_servers_saw_them(
        profile_dir: Path, tmp_path: Path, httpserver: HTTPServer,
        site: tuple[str, list[int], Path]) -> None:
    bodies: list[bytes] = []

    def hook(request: Request) -> Response:
        bodies.append(request.get_data())
        return Response(json.dumps({"id": "HD-7"}), content_type="application/json")

    httpserver.expect_request("/hook").respond_with_handler(hook)
    root = _publish_catalogue(tmp_path, site[2])
    deskmate = _Deskmate(profile_dir, _policy(tmp_path, site[0], root,
                                              httpserver.url_for("/hook")))
    sent_request = deskmate("request", "--category", "network", "--summary", "VPN fails",
                            "--no-log", "--yes")
    assert sent_request.returncode == 0, sent_request.stderr
    refreshed = deskmate("catalogue", "refresh")
    assert refreshed.returncode == 0, refreshed.stderr
    fixed = deskmate("fix", "deskmate.retry_outbox", "--yes")
    assert fixed.returncode == 0, fixed.stderr

    code, entries = deskmate.json("activity", "list")
    assert code == 0
    (sent,) = [e for e in entries if e["purpose"] == "delivery"]
    assert (sent["host"], sent["detail"]["port"]) == (httpserver.host, httpserver.port)
    assert sent["detail"]["body_sha256"] == hashlib.sha256(bodies[0]).hexdigest()
    assert sent["detail"]["body_bytes"] == len(bodies[0])
    assert sent["detail"]["bytes_received"] == len(b'{"id": "HD-7"}')
    catalogue = [e for e in entries if e["purpose"] == "catalogue"]
    assert {e["host"] for e in catalogue} == {"127.0.0.1"}
    answered = [e for e in catalogue if e["detail"]["status"] == 200]
    assert len(answered) >= 2  # root, timestamp, snapshot, targets, catalogue.json
    assert sorted(e["detail"]["bytes_received"] for e in answered) == sorted(site[1])
    (fix,) = [e for e in entries if e["kind"] == "fix"]
    assert (fix["purpose"], fix["detail"]["succeeded"]) == ("deskmate.retry_outbox", True)
    assert sent["id"] < catalogue[0]["id"] < fix["id"]

    assert deskmate.json("activity", "verify") == (0, {
        "ok": True, "checked": len(entries), "bad_row": None, "reason": ""})
    with closing(sqlite3.connect(ProfilePaths.resolve(str(profile_dir)).activity_file)) as db, db:
        db.execute("UPDATE activity SET host = 'elsewhere.example' WHERE id = ?", (sent["id"],))
    code, verdict = deskmate.json("activity", "verify")
    assert (code, verdict["ok"], verdict["bad_row"]) == (1, False, sent["id"])
    assert str(sent["id"]) in deskmate("activity", "verify").stdout


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


def test_fix_asks_first_and_names_the_fixes_it_knows(
        profile_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--profile-dir", str(profile_dir), "fix", "no.such.fix"]) == 3
    assert "deskmate.retry_outbox" in capsys.readouterr().err
    assert main(["--profile-dir", str(profile_dir), "fix", "deskmate.retry_outbox"]) == 1
    assert "Nothing was changed." in capsys.readouterr().err
    assert _activity(profile_dir, capsys, "list", "--kind", "fixes")[1] == []
