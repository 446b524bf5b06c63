"""Network checks: interfaces, gateway, DNS, internet and captive portals, proxy, VPN,
company endpoints."""

from __future__ import annotations

import fnmatch
import ipaddress
import socket
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import psutil

from diagnostics.check import Check
from diagnostics.config import Endpoint, HealthConfig
from diagnostics.http_probe import Fetch, ProbeError, make_fetch, resolve, tcp_connect
from diagnostics.parallel import map_with_deadline
from diagnostics.probe_record import ProbeRecorder
from diagnostics.result import Category, FactValue, Outcome, Status
from diagnostics.routes import Route, read_routes

Interfaces = Mapping[str, tuple[bool, tuple[str, ...]]]  # name -> (is up, addresses)


def _interfaces() -> dict[str, tuple[bool, tuple[str, ...]]]:
    stats, addrs = psutil.net_if_stats(), psutil.net_if_addrs()
    families = (socket.AF_INET, socket.AF_INET6)
    return {name: (stat.isup, tuple(a.address.split("%")[0] for a in addrs.get(name, ())
                                    if a.family in families))
            for name, stat in stats.items()}


def _environment_proxies() -> Mapping[str, str]:
    import urllib.request  # with http.client, ssl and email: only when a check runs

    return urllib.request.getproxies()


@dataclass(frozen=True)
class NetworkProbes:
    interfaces: Callable[[], Interfaces] = _interfaces
    routes: Callable[[], list[Route]] = read_routes
    resolve: Callable[[str, float], tuple[str, ...]] = resolve
    tcp_connect: Callable[[str, int, float], float] = tcp_connect
    fetch: Fetch | None = None  # None: urllib with the configured proxy
    recorder: ProbeRecorder | None = None  # hears of every probe the default fetch makes
    env_proxies: Callable[[], Mapping[str, str]] = _environment_proxies


def _usable(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_link_local)


def check_interfaces(interfaces: Interfaces) -> Outcome:
    usable = {name: [a for a in addrs if _usable(a)] for name, (up, addrs) in interfaces.items()
              if up}
    connected = tuple(sorted(name for name, addrs in usable.items() if addrs))
    facts: dict[str, FactValue] = {"connected": connected,
                                   "addresses": {n: tuple(usable[n]) for n in connected}}
    if not connected:
        return Outcome(Status.FAIL, facts, fix_id="settings.network")
    return Outcome(Status.OK, facts)


def check_gateway(routes: Sequence[Route]) -> Outcome:
    defaults = [r for r in routes if r.is_default]
    facts: dict[str, FactValue] = {"gateways": tuple(r.gateway or "on-link" for r in defaults),
                                   "interfaces": tuple(r.interface for r in defaults)}
    if not defaults:
        return Outcome(Status.FAIL, facts, fix_id="settings.network")
    return Outcome(Status.OK, facts)


def check_dns(hosts: Sequence[str], resolver: Callable[[str, float], tuple[str, ...]],
              timeout: float) -> Outcome:
    if not hosts:
        return Outcome(Status.SKIPPED, reason="no company hosts configured")

    def one(host: str) -> Mapping[str, FactValue]:
        try:
            return {"host": host, "resolved": True, "addresses": resolver(host, timeout)[:4]}
        except ProbeError as exc:
            return {"host": host, "resolved": False, "error": str(exc)}

    def late(host: str) -> Mapping[str, FactValue]:
        return {"host": host, "resolved": False, "error": "timed out"}

    rows = map_with_deadline(one, list(hosts), timeout + 0.1, late)
    failed = sum(1 for row in rows if not row["resolved"])
    facts: dict[str, FactValue] = {"hosts": tuple(rows), "failed": failed}
    if failed == len(rows):
        return Outcome(Status.FAIL, facts, fix_id="dns.flush")
    return Outcome(Status.WARN if failed else Status.OK, facts,
                   fix_id="dns.flush" if failed else None)


def check_internet(fetch: Fetch, url: str, expected_body: str, timeout: float) -> Outcome:
    facts: dict[str, FactValue] = {"probe_url": url}
    try:
        answer = fetch(url, timeout)
    except ProbeError as exc:
        return Outcome(Status.FAIL, {**facts, "error": str(exc)}, fix_id="settings.network")
    facts.update(http_status=answer.status, latency_ms=round(answer.elapsed_ms, 1))
    fine = answer.status == 204 if not expected_body else (
        answer.status == 200 and expected_body in answer.body)
    if fine:
        return Outcome(Status.OK, facts)
    location = answer.headers.get("Location") or answer.headers.get("location") or ""
    facts.update(captive_portal=True, portal_url=location)
    return Outcome(Status.WARN, facts, fix_id="settings.network")


def check_proxy(configured: str, env: Mapping[str, str],
                connect: Callable[[str, int, float], float], timeout: float) -> Outcome:
    proxy = configured or env.get("https") or env.get("http") or ""
    facts: dict[str, FactValue] = {"configured": bool(proxy),
                                   "source": "settings" if configured else "environment"}
    if not proxy:
        return Outcome(Status.OK, facts)
    parts = urllib.parse.urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    host, port = parts.hostname or "", parts.port or 8080
    facts.update(host=host, port=port)  # never the full URL: it may carry a password
    try:
        facts["latency_ms"] = round(connect(host, port, timeout), 1)
    except ProbeError as exc:
        return Outcome(Status.FAIL, {**facts, "error": str(exc)}, fix_id="settings.network")
    return Outcome(Status.OK, facts)


def _in_prefixes(route: Route, prefixes: Sequence[str]) -> bool:
    net = ipaddress.IPv4Network(route.destination)
    for prefix in prefixes:
        try:
            if net.subnet_of(ipaddress.IPv4Network(prefix, strict=False)) and not route.is_default:
                return True
        except (ValueError, TypeError):
            continue
    return False


def check_vpn(interfaces: Interfaces, routes: Sequence[Route], patterns: Sequence[str],
              prefixes: Sequence[str], required: bool) -> Outcome:
    names = [n for n, (up, _addrs) in interfaces.items() if up and any(
        fnmatch.fnmatch(n.lower(), p.lower()) for p in patterns)]
    matched = [r.destination for r in routes if _in_prefixes(r, prefixes)]
    detected = bool(names) or bool(matched)
    facts: dict[str, FactValue] = {"detected": detected, "interfaces": tuple(sorted(names)),
                                   "routes": tuple(matched), "required": required}
    if required and not detected:
        return Outcome(Status.WARN, facts, fix_id="settings.network")
    return Outcome(Status.OK, facts)


def _probe_endpoint(probes: NetworkProbes, fetch: Fetch, ep: Endpoint, timeout: float
                    ) -> dict[str, FactValue]:
    row: dict[str, FactValue] = {"name": ep.name, "target": ep.url or f"{ep.host}:{ep.port}"}
    try:
        if ep.url:
            answer = fetch(ep.url, timeout)
            row.update(http_status=answer.status, latency_ms=round(answer.elapsed_ms, 1),
                       reachable=answer.status < 500)
        else:
            row.update(latency_ms=round(probes.tcp_connect(ep.host, ep.port, timeout), 1),
                       reachable=True)
    except ProbeError as exc:
        row.update(reachable=False, error=str(exc))
    return row


def check_endpoints(probes: NetworkProbes, fetch: Fetch, endpoints: Sequence[Endpoint],
                    timeout: float, latency_warn_ms: float) -> Outcome:
    if not endpoints:
        return Outcome(Status.SKIPPED, reason="no company endpoints configured")
    def late(ep: Endpoint) -> dict[str, FactValue]:
        return {"name": ep.name, "reachable": False, "error": "timed out"}

    rows = map_with_deadline(lambda ep: _probe_endpoint(probes, fetch, ep, timeout),
                             list(endpoints), timeout + 0.2, late)
    down = [r for r in rows if not r["reachable"]]
    slow = [r for r in rows if float(str(r.get("latency_ms") or 0)) > latency_warn_ms]
    facts: dict[str, FactValue] = {"endpoints": tuple(rows), "unreachable": len(down)}
    if len(down) == len(rows):
        return Outcome(Status.FAIL, facts, fix_id="settings.network")
    return Outcome(Status.WARN if down or slow else Status.OK, facts)


def network_checks(config: HealthConfig, probes: NetworkProbes | None = None
                   ) -> tuple[Check, ...]:
    p = probes or NetworkProbes()
    fetch = p.fetch or make_fetch(config.proxy_url, p.recorder)
    t, net, tmo = config.network_timeout_s, Category.NETWORK, config.check_timeout_s
    return (
        Check("network.interfaces", net, lambda: check_interfaces(p.interfaces()), tmo),
        Check("network.gateway", net, lambda: check_gateway(p.routes()), tmo),
        Check("network.dns", net, lambda: check_dns(config.company_hosts, p.resolve, t), tmo),
        Check("network.internet", net, lambda: check_internet(
            fetch, config.internet_probe_url, config.internet_probe_body, t), tmo),
        Check("network.proxy", net, lambda: check_proxy(
            config.proxy_url, p.env_proxies(), p.tcp_connect, t), tmo),
        Check("network.vpn", net, lambda: check_vpn(
            p.interfaces(), p.routes(), config.vpn_interface_patterns,
            config.vpn_route_prefixes, config.vpn_required), tmo),
        Check("network.endpoints", net, lambda: check_endpoints(
            p, fetch, config.endpoints, t, config.thresholds.latency_warn_ms), tmo),
    )
