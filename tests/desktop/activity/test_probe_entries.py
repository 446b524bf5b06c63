"""The health checks' clock check lands in the activity ledger as the server saw it."""

from __future__ import annotations

from email.utils import formatdate
from pathlib import Path

from pytest_httpserver import HTTPServer

from desktop.core import build_core
from desktop.health_service import HealthService
from desktop.secrets import MemorySecretStore
from desktop.settings_defs import health as hs


def test_the_clock_check_is_recorded(profile_dir: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/").respond_with_data(
        b"", headers={"Date": formatdate(usegmt=True)})
    core = build_core(profile_dir, secrets=MemorySecretStore())
    core.settings.set_user(hs.CLOCK_SERVERS, (httpserver.url_for("/"),))
    HealthService(core.settings, core.paths).run_check("system.clock")
    (entry,) = core.ledger().entries()
    assert (entry.purpose, entry.host, entry.detail["port"]) == (
        "clock check", httpserver.host, httpserver.port)
    assert entry.summary == "Compared this computer's clock with a company server"
    assert len(httpserver.log) == 1
