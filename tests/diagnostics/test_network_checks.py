"""Network checks against real servers on 127.0.0.1, fake interfaces and routes."""

from __future__ import annotations

import time

import pytest

from diagnostics import network
from diagnostics.check import Check
from diagnostics.config import DEFAULT_VPN_PATTERNS, Endpoint, HealthConfig
from diagnostics.http_probe import ProbeError, make_fetch, resolve, tcp_connect
from diagnostics.result import Status
from diagnostics.routes import Route
from diagnostics.runner import run_one
from tests.diagnostics.fakes import fact
from tests.diagnostics.servers import hanging_server, http_server, refused_port

FETCH = make_fetch()
UP = {"lo": (True, ("127.0.0.1",)), "eth0": (True, ("192.168.1.5", "fe80::1"))}


def test_interfaces() -> None:
    assert network.check_interfaces(UP).status is Status.OK
    down = {"lo": (True, ("127.0.0.1",)), "eth0": (False, ("192.168.1.5",)),
            "wlan0": (True, ("fe80::2", "169.254.3.3"))}
    outcome = network.check_interfaces(down)
    assert outcome.status is Status.FAIL
    assert outcome.fix_id == "settings.network"


def test_gateway() -> None:
    assert network.check_gateway([Route("0.0.0.0/0", "10.0.0.1", "eth0")]).status is Status.OK
    assert network.check_gateway([Route("10.0.0.0/8", "", "eth0")]).status is Status.FAIL


def test_dns_all_some_none() -> None:
    def resolver(host: str, timeout: float) -> tuple[str, ...]:
        if host == "slow.corp":
            time.sleep(5)
        if host.startswith("bad"):
            raise ProbeError("name not resolved")
        return ("10.0.0.7",)

    assert network.check_dns([], resolver, 0.2).status is Status.SKIPPED
    assert network.check_dns(["intranet.corp"], resolver, 0.2).status is Status.OK
    some = network.check_dns(["intranet.corp", "bad.corp"], resolver, 0.2)
    assert some.status is Status.WARN
    assert some.facts["failed"] == 1
    started = time.perf_counter()
    none = network.check_dns(["bad.corp", "slow.corp"], resolver, 0.2)
    assert time.perf_counter() - started < 1.0
    assert none.status is Status.FAIL
    assert none.fix_id == "dns.flush"


def test_real_resolver_localhost_and_bad_name() -> None:
    assert "127.0.0.1" in resolve("localhost", 1.0)
    with pytest.raises(ProbeError):
        resolve("no-such-host.invalid", 1.0)


def test_internet_ok_captive_and_down() -> None:
    with http_server() as base:
        assert network.check_internet(FETCH, f"{base}/generate_204", "", 1).status is Status.OK
        portal = network.check_internet(FETCH, f"{base}/portal", "", 1)
        assert portal.status is Status.WARN
        assert portal.facts["captive_portal"] is True
        assert portal.facts["portal_url"] == "http://login.hotel.example/"
        page = network.check_internet(FETCH, f"{base}/other", "", 1)
        assert page.status is Status.WARN  # a 200 login page instead of 204
        body = network.check_internet(FETCH, f"{base}/connecttest.txt", "Microsoft Connect", 1)
        assert body.status is Status.OK
    down = network.check_internet(FETCH, f"http://127.0.0.1:{refused_port()}/", "", 1)
    assert down.status is Status.FAIL
    assert down.facts["error"] == "refused"


def test_internet_slow_server_times_out_on_time() -> None:
    with http_server() as base:
        started = time.perf_counter()
        outcome = network.check_internet(FETCH, f"{base}/slow/2", "", 0.3)
        assert time.perf_counter() - started < 1.0
    assert outcome.status is Status.FAIL
    assert outcome.facts["error"] == "timed out"


def test_hanging_server_honours_timeout() -> None:
    with hanging_server() as port:
        started = time.perf_counter()
        with pytest.raises(ProbeError, match="timed out"):
            FETCH(f"http://127.0.0.1:{port}/", 0.3)
        assert time.perf_counter() - started < 1.0


def test_proxy() -> None:
    assert network.check_proxy("", {}, tcp_connect, 0.5).status is Status.OK
    with http_server() as base:
        port = int(base.rsplit(":", 1)[1])
        ok = network.check_proxy(f"http://user:secret@127.0.0.1:{port}", {}, tcp_connect, 0.5)
        assert ok.status is Status.OK
        assert "secret" not in repr(ok.facts)
    env = {"https": f"http://127.0.0.1:{refused_port()}"}
    bad = network.check_proxy("", env, tcp_connect, 0.5)
    assert bad.status is Status.FAIL
    assert bad.facts["source"] == "environment"


def test_vpn_by_interface_name_or_route() -> None:
    routes = [Route("0.0.0.0/0", "192.168.1.1", "en0"), Route("10.20.0.0/16", "", "en5")]
    by_name = {**UP, "utun3": (True, ("10.20.5.17",))}
    found = network.check_vpn(by_name, [], DEFAULT_VPN_PATTERNS, (), True)
    assert found.status is Status.OK
    assert found.facts["interfaces"] == ("utun3",)
    by_route = network.check_vpn(UP, routes, DEFAULT_VPN_PATTERNS, ("10.20.0.0/16",), True)
    assert by_route.facts["detected"] is True
    assert by_route.facts["routes"] == ("10.20.0.0/16",)
    missing = network.check_vpn(UP, routes, DEFAULT_VPN_PATTERNS, ("10.99.0.0/16",), True)
    assert missing.status is Status.WARN
    assert network.check_vpn(UP, routes, (), (), False).status is Status.OK


def test_endpoints_fast_slow_refused_hanging() -> None:
    probes = network.NetworkProbes()
    with http_server() as base, hanging_server() as hang:
        port = int(base.rsplit(":", 1)[1])
        eps = [Endpoint("web", url=f"{base}/ok"), Endpoint("tcp", host="127.0.0.1", port=port),
               Endpoint("slow", url=f"{base}/slow/3"),
               Endpoint("hang", url=f"http://127.0.0.1:{hang}/"),
               Endpoint("refused", host="127.0.0.1", port=refused_port())]
        started = time.perf_counter()
        outcome = network.check_endpoints(probes, FETCH, eps, 0.3, 500)
        assert time.perf_counter() - started < 1.0
    rows = {row["name"]: row for row in fact(outcome.facts, "endpoints")}
    assert rows["web"]["reachable"] is True
    assert rows["tcp"]["reachable"] is True
    assert rows["slow"]["reachable"] is False
    assert rows["hang"]["reachable"] is False
    assert rows["refused"]["error"] == "refused"
    assert outcome.status is Status.WARN
    assert outcome.facts["unreachable"] == 3
    only_down = network.check_endpoints(probes, FETCH, eps[-1:], 0.3, 500)
    assert only_down.status is Status.FAIL
    assert network.check_endpoints(probes, FETCH, [], 0.3, 500).status is Status.SKIPPED


def test_slow_answer_warns_on_latency() -> None:
    with http_server() as base:
        outcome = network.check_endpoints(network.NetworkProbes(), FETCH,
                                          [Endpoint("slowish", url=f"{base}/slow/0.2")], 1, 100)
    assert outcome.status is Status.WARN


@pytest.mark.parametrize("check", network.network_checks(HealthConfig(network_timeout_s=0.5)),
                         ids=lambda c: c.id)
def test_each_network_check_runs_for_real_here(check: Check) -> None:
    result = run_one(check)
    assert result.status in (Status.OK, Status.WARN, Status.FAIL, Status.SKIPPED)
    assert result.duration_s < check.timeout_s
