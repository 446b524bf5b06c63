"""Fixtures of the connector tests: the real Request Tracker 5 and a contract-checking server."""

from __future__ import annotations

import json
import os
import subprocess
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.conftest import require

REPO = Path(__file__).resolve().parents[3]
RT_STATE = Path(os.environ.get("RT_STATE", "/tmp/rt5-ci"))


@dataclass(frozen=True)
class RtServer:
    url: str
    token: str


def _read_env(path: Path) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def _answers(env: dict[str, str]) -> bool:
    if not env.get("RT_URL") or not env.get("RT_TOKEN"):
        return False
    request = urllib.request.Request(f"{env['RT_URL']}/REST/2.0/rt",
                                     headers={"Authorization": f"token {env['RT_TOKEN']}"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return bool(response.status == 200)
    except (OSError, ValueError):
        return False


@pytest.fixture(scope="session")
def rt_server() -> RtServer:
    """The CI Request Tracker on 127.0.0.1, started with ``.ci/rt5 up`` when it is not up."""
    env_file = RT_STATE / "env"
    env = _read_env(env_file) if env_file.exists() else {}
    if not _answers(env):
        require(os.geteuid() == 0, "Request Tracker is not running and starting it needs root "
                                   "(run: sudo .ci/rt5 up)")
        done = subprocess.run([str(REPO / ".ci" / "rt5"), "up"], capture_output=True, text=True,
                              timeout=600, check=False)
        output = done.stdout[-2000:] + done.stderr[-2000:]
        require(done.returncode == 0, f".ci/rt5 up failed: {output}")
        env = _read_env(env_file)
    require(_answers(env), f"Request Tracker does not answer at {env.get('RT_URL')}")
    return RtServer(env["RT_URL"], env["RT_TOKEN"])


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with requests.Session() as http:
        yield http


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    """The contract servers listen on IPv4 loopback only."""
    return ("127.0.0.1", 0)


@dataclass(frozen=True)
class Seen:
    """One request as the contract server saw it, multipart parts included."""

    method: str
    path: str
    args: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    form: dict[str, list[str]]
    files: list[tuple[str, str, str, bytes]]  # part name, file name, content type, bytes

    def json(self) -> Any:
        return json.loads(self.body)


def capture(seen: list[Seen], answer: Any, status: int = 200,
            headers: dict[str, str] | None = None) -> Callable[[Request], Response]:
    """A handler that records the request in ``seen`` and answers with ``answer`` as JSON."""

    def handle(request: Request) -> Response:
        body = request.get_data(cache=True)
        files = [(name, storage.filename or "", storage.content_type or "", storage.read())
                 for name, storage in request.files.items(multi=True)]
        seen.append(Seen(request.method, request.path, request.args.to_dict(flat=False),
                         dict(request.headers.items()), body, request.form.to_dict(flat=False),
                         files))
        return Response(json.dumps(answer), status=status, headers=headers,
                        content_type="application/json")

    return handle


@pytest.fixture
def contract(httpserver: HTTPServer) -> Iterator[HTTPServer]:
    """The contract server; after the test, every expected request must have been made in
    order and nothing unexpected may have arrived."""
    yield httpserver
    httpserver.check_assertions()
    httpserver.check_handler_errors()
    assert httpserver.ordered_handlers == [], "expected requests that never came"
