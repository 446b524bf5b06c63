"""Thresholds and company specifics the checks need; the desktop layer fills them in."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Endpoint:
    """A company service to reach: ``url`` (HTTP) or ``host``/``port`` (TCP)."""

    name: str
    url: str = ""
    host: str = ""
    port: int = 0


@dataclass(frozen=True)
class Thresholds:
    uptime_warn_days: float = 7.0
    uptime_fail_days: float = 30.0
    cpu_warn_percent: float = 85.0
    cpu_fail_percent: float = 98.0
    memory_warn_available_percent: float = 15.0
    memory_fail_available_percent: float = 5.0
    swap_warn_percent: float = 80.0
    disk_warn_free_percent: float = 10.0
    disk_fail_free_percent: float = 5.0
    disk_warn_free_gb: float = 10.0
    disk_fail_free_gb: float = 2.0
    battery_warn_health_percent: float = 80.0
    battery_fail_health_percent: float = 50.0
    battery_warn_charge_percent: float = 15.0
    hog_cpu_percent: float = 50.0
    hog_memory_percent: float = 25.0
    clock_warn_seconds: float = 60.0
    clock_fail_seconds: float = 300.0
    latency_warn_ms: float = 500.0
    outbox_warn_count: int = 1
    outbox_fail_count: int = 20
    catalogue_warn_hours: float = 48.0
    catalogue_fail_hours: float = 24.0 * 14
    updates_warn_count: int = 1
    updates_fail_security_count: int = 1
    screen_lock_max_idle_minutes: float = 15.0


DEFAULT_VPN_PATTERNS = (
    "tun*", "tap*", "wg*", "utun*", "ppp*", "ipsec*", "*vpn*", "*anyconnect*",
    "*globalprotect*", "*fortinet*", "*wireguard*", "*zscaler*",
)


@dataclass(frozen=True)
class HealthConfig:
    """Everything configurable about the checks, as plain values."""

    thresholds: Thresholds = field(default_factory=Thresholds)
    company_hosts: tuple[str, ...] = ()
    endpoints: tuple[Endpoint, ...] = ()
    clock_urls: tuple[str, ...] = ()
    internet_probe_url: str = "http://connectivitycheck.gstatic.com/generate_204"
    internet_probe_body: str = ""  # empty: expect HTTP 204; else expect 200 with this body
    proxy_url: str = ""
    vpn_interface_patterns: tuple[str, ...] = DEFAULT_VPN_PATTERNS
    vpn_route_prefixes: tuple[str, ...] = ()  # e.g. "10.20.0.0/16": routes only the VPN adds
    vpn_required: bool = False
    network_timeout_s: float = 1.0
    check_timeout_s: float = 2.0
    updates_timeout_s: float = 180.0  # Windows Update searches can take minutes
    updates_wait_s: float = 0.5
    updates_cache_hours: float = 6.0
    cache_dir: str = ""  # where slow results (pending updates) are cached; empty: memory only
    budget_s: float = 5.0
