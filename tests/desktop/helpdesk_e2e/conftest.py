"""Fixtures of the end-to-end tests: the real RT, a real Secret Service and the deskmate CLI."""

from __future__ import annotations

import base64
import ctypes
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.conftest import require
from tests.desktop.helpdesk_connectors.conftest import RtServer, rt_server

__all__ = ["Deskmate", "RtReader", "RtServer", "keyring_env", "rt_server"]

ROOT = Path(__file__).resolve().parents[3]
KEYRING_PASSWORD = "ci-pass"
RT_AGENT = ("root", "ci-root-pass")  # .ci/rt5 preseeds this password
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _stop(process: subprocess.Popen[Any]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _die_with_parent() -> None:
    """In the child before exec: get SIGTERM when pytest dies, so no daemon outlives it."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _secret_service_ready(env: Mapping[str, str]) -> bool:
    done = subprocess.run(
        ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
         "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
         "string:org.freedesktop.secrets"],
        capture_output=True, text=True, env=dict(env), timeout=10, check=False)
    return "boolean true" in done.stdout


@pytest.fixture(scope="module")
def keyring_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Environment for child processes: a private D-Bus session with an unlocked gnome-keyring,
    so the CLI keeps its secrets in a real Secret Service, as on an employee's desktop."""
    for tool in ("dbus-daemon", "dbus-send", "gnome-keyring-daemon"):
        require(shutil.which(tool) is not None, f"{tool} is not installed")
    home = tmp_path_factory.mktemp("keyring-home")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "PYTHON_KEYRING"))}
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"))
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile",
                            "--print-address=1"], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, text=True, env=env,
                           preexec_fn=_die_with_parent)
    assert bus.stdout is not None
    env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
    keyring = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
        preexec_fn=_die_with_parent)
    try:
        assert keyring.stdin is not None
        keyring.stdin.write(KEYRING_PASSWORD.encode())
        keyring.stdin.close()
        deadline = time.monotonic() + 15
        while not _secret_service_ready(env):
            assert keyring.poll() is None, "gnome-keyring-daemon exited"
            assert time.monotonic() < deadline, "the Secret Service never came up"
            time.sleep(0.05)
        yield env
    finally:
        _stop(keyring)
        _stop(bus)
        bus.stdout.close()


@dataclass(frozen=True)
class Deskmate:
    """The ``deskmate`` CLI for one profile, run as a child process under ``env``."""

    profile: Path
    env: Mapping[str, str]

    def run(self, *args: str, stdin: str = "", check: bool = True
            ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(self.command(*args), input=stdin, capture_output=True, text=True,
                              env=dict(self.env), cwd=ROOT, timeout=90, check=False)
        if check:
            assert done.returncode == 0, (args, done.stdout, done.stderr)
        return done

    @contextmanager
    def started(self, *args: str) -> Iterator[subprocess.Popen[str]]:
        """The command running in the background; killed on the way out if still running."""
        child = subprocess.Popen(self.command(*args), stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, env=dict(self.env), cwd=ROOT)
        try:
            yield child
        finally:
            if child.poll() is None:
                child.kill()
            child.communicate()

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "desktop.cli", "--profile-dir", str(self.profile), *args]


def write_policy(path: Path, url: str) -> None:
    """A managed policy that sends help requests to Request Tracker at ``url``."""
    path.write_text(f'[helpdesk]\nconnector = "rt"\n\n[helpdesk.rt]\nurl = "{url}"\n'
                    'queue = "General"\n', encoding="utf-8")


class RtReader:
    """Reads back what landed in RT through REST2, independently of the connector."""

    def __init__(self, rt: RtServer) -> None:
        self._rt = rt

    def rest(self, method: str, path: str, **kwargs: Any) -> Any:
        response = requests.request(method, f"{self._rt.url}/REST/2.0{path}", timeout=30,
                                    headers={"Authorization": f"token {self._rt.token}"},
                                    **kwargs)
        response.raise_for_status()
        return response.json()

    def tickets_by_key(self, keys: list[str]) -> dict[str, list[str]]:
        """Ids of the tickets whose ``ClientRequestId`` is each of ``keys``, in one search
        (every REST2 call costs RT a bcrypt check of the token, about 0.7 s here)."""
        query = " OR ".join(f"'CF.{{ClientRequestId}}' = '{key}'" for key in keys)
        result = self.rest("GET", "/tickets", params={
            "query": query, "fields": "CustomFields", "per_page": 100})
        found: dict[str, list[str]] = {key: [] for key in keys}
        for item in result["items"]:
            values = [v for cf in item["CustomFields"] if cf["name"] == "ClientRequestId"
                      for v in cf["values"]]
            for value in values:
                found.setdefault(value, []).append(str(item["id"]))
        return found

    def count_with_keys(self, keys: list[str]) -> int:
        """How many tickets carry any of ``keys``."""
        return sum(len(ids) for ids in self.tickets_by_key(keys).values())

    def attachments(self, ticket: str) -> list[dict[str, Any]]:
        """Every attachment of ``ticket`` (no content): id, Filename, ContentType."""
        listed = self.rest("POST", f"/ticket/{ticket}/attachments",
                           params={"per_page": 100, "fields": "Filename,ContentType"},
                           json=[{"field": "id", "operator": ">", "value": "0"}])
        return list(listed["items"])

    def agent_reply(self, ticket: str, html: str) -> None:
        """A public reply by an agent (RT's root, password from .ci/rt5), as RT's web editor
        sends it: HTML."""
        response = requests.post(f"{self._rt.url}/REST/2.0/ticket/{ticket}/correspond",
                                 auth=RT_AGENT, timeout=30,
                                 json={"Content": html, "ContentType": "text/html"})
        response.raise_for_status()

    def content(self, attachment: str) -> bytes:
        """An attachment's bytes, decoded from REST2's base64."""
        return base64.b64decode(self.rest("GET", f"/attachment/{attachment}")["Content"])
