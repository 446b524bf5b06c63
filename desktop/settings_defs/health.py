"""Settings of the health checks, the sampler and self-fixes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.settings_schema import Kind, Setting

_URL = r"https?://\S+"


def _float(name: str, default: float, text: str, lo: float = 0, hi: float = 1e9) -> Setting[float]:
    return Setting(name, Kind.FLOAT, default, text, minimum=lo, maximum=hi)


DISK_FAIL_PERCENT = _float(
    "health.disk.fail_free_percent", 5.0,
    "A volume with less free space than this (percent) is a problem.", 0, 100)
DISK_WARN_PERCENT = _float(
    "health.disk.warn_free_percent", 10.0,
    "A volume with less free space than this (percent) needs attention.", 0, 100)
DISK_FAIL_GB = _float(
    "health.disk.fail_free_gb", 2.0,
    "Less free space than this (GB) on a large volume is a problem.")
DISK_WARN_GB = _float(
    "health.disk.warn_free_gb", 10.0,
    "Less free space than this (GB) on a large volume needs attention.")
UPTIME_WARN_DAYS = _float(
    "health.uptime.warn_days", 7.0, "Suggest a restart after this many days without one.", 0, 3650)
UPTIME_FAIL_DAYS = _float(
    "health.uptime.fail_days", 30.0, "Running longer than this many days is a problem.", 0, 3650)
CPU_WARN_PERCENT = _float(
    "health.cpu.warn_percent", 85.0, "Sustained (5-minute) CPU load that needs attention.", 0, 1000)
CPU_FAIL_PERCENT = _float(
    "health.cpu.fail_percent", 98.0, "Sustained (5-minute) CPU load that is a problem.", 0, 1000)
MEMORY_WARN_PERCENT = _float(
    "health.memory.warn_available_percent", 15.0,
    "Less available memory than this (percent) needs attention.", 0, 100)
MEMORY_FAIL_PERCENT = _float(
    "health.memory.fail_available_percent", 5.0,
    "Less available memory than this (percent) is a problem.", 0, 100)
HOG_CPU_PERCENT = _float(
    "health.processes.hog_cpu_percent", 50.0,
    "One program using more of the whole CPU than this (percent) is pointed out.", 0, 100)
HOG_MEMORY_PERCENT = _float(
    "health.processes.hog_memory_percent", 25.0,
    "One program using more memory than this (percent) is pointed out.", 0, 100)
CLOCK_SERVERS: Setting[tuple[str, ...]] = Setting(
    "health.clock.servers", Kind.STR_LIST, (),
    "HTTPS servers whose Date header the clock is compared with; empty uses the catalogue URL.")
CLOCK_WARN_SECONDS = _float(
    "health.clock.warn_seconds", 60.0, "Clock skew (seconds) that needs attention.")
CLOCK_FAIL_SECONDS = _float(
    "health.clock.fail_seconds", 300.0, "Clock skew (seconds) that breaks sign-in (Kerberos).")
COMPANY_HOSTS: Setting[tuple[str, ...]] = Setting(
    "health.network.company_hosts", Kind.STR_LIST, (), "Company host names DNS must resolve.")
ENDPOINTS: Setting[tuple[Mapping[str, Any], ...]] = Setting(
    "health.network.endpoints", Kind.TABLE_LIST, (),
    "Company services to reach: tables with name and url, or name and host (host:port).")
INTERNET_PROBE_URL: Setting[str] = Setting(
    "health.network.internet_probe_url", Kind.STR,
    "http://connectivitycheck.gstatic.com/generate_204",
    "Plain-HTTP URL used to detect internet access and captive portals.", pattern=_URL)
INTERNET_PROBE_BODY: Setting[str] = Setting(
    "health.network.internet_probe_body", Kind.STR, "",
    "Text the probe URL answers with; empty expects HTTP 204 No Content.")
NETWORK_TIMEOUT = _float(
    "health.network.timeout_seconds", 1.0, "Time-out of one network probe.", 0.1, 30)
LATENCY_WARN_MS = _float(
    "health.network.latency_warn_ms", 500.0, "Slower answers than this (ms) need attention.")
VPN_PATTERNS: Setting[tuple[str, ...]] = Setting(
    "health.vpn.interface_patterns", Kind.STR_LIST, (),
    "Network interface name patterns (like tun*) that mean a VPN; empty uses the built-in list.")
VPN_ROUTES: Setting[tuple[str, ...]] = Setting(
    "health.vpn.route_prefixes", Kind.STR_LIST, (),
    "Networks (like 10.20.0.0/16) only reachable through the VPN.")
VPN_REQUIRED: Setting[bool] = Setting(
    "health.vpn.required", Kind.BOOL, False, "Point it out when no VPN connection is found.")
UPDATES_CACHE_HOURS = _float(
    "health.updates.cache_hours", 6.0, "How long a pending-updates answer is reused.", 0, 168)
UPDATES_WAIT_SECONDS = _float(
    "health.updates.wait_seconds", 0.3,
    "How long a check run waits for a fresh pending-updates answer.", 0, 60)
SCREEN_LOCK_MINUTES = _float(
    "health.screen_lock.max_idle_minutes", 15.0,
    "The screen should lock after at most this many idle minutes.", 0, 1440)
BUDGET_SECONDS = _float(
    "health.budget_seconds", 5.0, "Longest time one full check run may take.", 0.5, 120)
CHECK_TIMEOUT = _float(
    "health.check_timeout_seconds", 2.0, "Longest time one check may take.", 0.1, 60)
SAMPLER_RETENTION_DAYS = _float(
    "health.sampler.retention_days", 7.0, "How long the health timeline is kept.", 1, 90)
SAMPLER_MAX_ROWS: Setting[int] = Setting(
    "health.sampler.max_rows", Kind.INT, 20000, "Most samples the timeline keeps.",
    minimum=100, maximum=1_000_000)
CLEANUP_AGE_DAYS = _float(
    "health.fixes.temp_age_days", 7.0, "Temporary files older than this may be deleted.", 0, 365)
CLEANUP_CACHE_DIRS: Setting[tuple[str, ...]] = Setting(
    "health.fixes.cache_dirs", Kind.STR_LIST, (),
    "Extra cache folders that freeing disk space may empty; ~ means your home folder.")
DISABLED_CHECKS: Setting[tuple[str, ...]] = Setting(
    "health.disabled_checks", Kind.STR_LIST, (),
    "Check ids not run on these computers (e.g. security.encryption on lab machines).",
)

SETTINGS = (
    DISABLED_CHECKS,
    DISK_FAIL_PERCENT, DISK_WARN_PERCENT, DISK_FAIL_GB, DISK_WARN_GB, UPTIME_WARN_DAYS,
    UPTIME_FAIL_DAYS, CPU_WARN_PERCENT, CPU_FAIL_PERCENT, MEMORY_WARN_PERCENT,
    MEMORY_FAIL_PERCENT, HOG_CPU_PERCENT, HOG_MEMORY_PERCENT, CLOCK_SERVERS, CLOCK_WARN_SECONDS,
    CLOCK_FAIL_SECONDS, COMPANY_HOSTS, ENDPOINTS, INTERNET_PROBE_URL, INTERNET_PROBE_BODY,
    NETWORK_TIMEOUT, LATENCY_WARN_MS, VPN_PATTERNS, VPN_ROUTES, VPN_REQUIRED,
    UPDATES_CACHE_HOURS, UPDATES_WAIT_SECONDS, SCREEN_LOCK_MINUTES, BUDGET_SECONDS,
    CHECK_TIMEOUT, SAMPLER_RETENTION_DAYS, SAMPLER_MAX_ROWS, CLEANUP_AGE_DAYS, CLEANUP_CACHE_DIRS,
)
