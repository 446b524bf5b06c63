"""Deskmate's own checks from injected callables, and clock skew against a real server."""

from __future__ import annotations

import time

from diagnostics.clock import check_clock, skew_seconds
from diagnostics.config import HealthConfig, Thresholds
from diagnostics.http_probe import make_fetch
from diagnostics.result import Status
from diagnostics.runner import run_all
from diagnostics.self_checks import (
    SelfProviders,
    check_catalogue,
    check_deadlines,
    check_helpdesk,
    check_helpdesk_setup,
    check_outbox,
    self_checks,
)
from tests.diagnostics.servers import http_server, refused_port

T = Thresholds()


def test_catalogue() -> None:
    assert check_catalogue(3600, True, T).status is Status.OK
    assert check_catalogue(3 * 86400, True, T).status is Status.WARN
    assert check_catalogue(3600, False, T).status is Status.FAIL
    never = check_catalogue(None, None, T)
    assert never.status is Status.FAIL
    assert never.fix_id == "deskmate.refresh_catalogue"


def test_outbox_and_helpdesk() -> None:
    assert check_outbox(0, T).status is Status.OK
    assert check_outbox(2, T).fix_id == "deskmate.retry_outbox"
    assert check_outbox(25, T).status is Status.FAIL
    assert check_helpdesk(True).status is Status.OK
    assert check_helpdesk(False).status is Status.FAIL


def test_missing_providers_are_skipped_and_given_ones_used() -> None:
    skipped = run_all(self_checks(HealthConfig(), SelfProviders()))
    assert {r.status for r in skipped.results} == {Status.SKIPPED}
    given = SelfProviders(lambda: 60.0, lambda: True, lambda: 4, lambda: False)
    summary = run_all(self_checks(HealthConfig(), given))
    assert summary.by_id("deskmate.catalogue").status is Status.OK  # type: ignore[union-attr]  # present
    assert summary.by_id("deskmate.outbox").facts["waiting"] == 4  # type: ignore[union-attr]  # present
    assert summary.by_id("deskmate.helpdesk").status is Status.FAIL  # type: ignore[union-attr]  # present


def test_skew_arithmetic() -> None:
    assert skew_seconds("Sun, 06 Nov 1994 08:49:37 GMT", 784111787.0, 784111787.0) == 10.0


def test_clock_against_real_servers() -> None:
    fetch = make_fetch()
    for skew, status in ((0.0, Status.OK), (-120.0, Status.WARN), (900.0, Status.FAIL)):
        with http_server(skew_s=skew) as base:
            outcome = check_clock([f"{base}/ok"], fetch, time.time, 1, 60, 300)
        assert outcome.status is status
        assert abs(float(outcome.facts["skew_seconds"]) + skew) < 3  # type: ignore[arg-type]  # a float
    bad = check_clock([f"http://127.0.0.1:{refused_port()}/"], fetch, time.time, 1, 60, 300)
    assert bad.status is Status.ERROR
    assert bad.reason == "server unreachable"
    assert check_clock([], fetch, time.time, 1, 60, 300).status is Status.SKIPPED


def test_helpdesk_setup_names_what_it_must_fix() -> None:
    assert check_helpdesk_setup(()).status is Status.OK
    broken = check_helpdesk_setup(("The stored secret helpdesk.webhook.secret is malformed.",
                                   "RT: ClientRequestId is not applied to queue IT."))
    assert broken.status is Status.FAIL
    assert broken.facts["count"] == 2
    assert "ClientRequestId" in str(broken.facts["problems"])
    given = SelfProviders(helpdesk_problems=lambda: ("x",))
    summary = run_all(self_checks(HealthConfig(), given))
    assert summary.by_id("deskmate.helpdesk_setup").status is Status.FAIL  # type: ignore[union-attr]  # present


def test_a_deadline_past_that_it_does_not_enforce_is_a_problem() -> None:
    assert check_deadlines(()).status is Status.OK
    late = check_deadlines(("Zoom", "VPN client"))
    assert late.status is Status.WARN
    assert late.facts == {"count": 2, "apps": "Zoom, VPN client"}
    given = SelfProviders(overdue_deadlines=lambda: ("Zoom",))
    summary = run_all(self_checks(HealthConfig(), given))
    assert summary.by_id("deskmate.deadlines").status is Status.WARN  # type: ignore[union-attr]  # present
    assert run_all(self_checks(HealthConfig(), SelfProviders())).by_id(
        "deskmate.deadlines").status is Status.SKIPPED  # type: ignore[union-attr]  # present
