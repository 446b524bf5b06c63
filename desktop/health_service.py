"""Qt-free glue between settings, other services and ``diagnostics``: checks, fixes, timeline."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.activity.fix_entry import FixLedger
from desktop.activity.ledger import Ledger
from desktop.activity.probe_entry import recorded_network_probes
from desktop.health_history import History, open_history
from desktop.paths import ProfilePaths
from desktop.settings import Settings
from desktop.settings_defs import catalogue as catalogue_settings
from desktop.settings_defs import core as core_settings
from desktop.settings_defs import health as hs
from desktop.settings_defs import helpdesk as helpdesk_settings
from diagnostics.catalogue import Probes
from diagnostics.check import Check
from diagnostics.command import RunCommand, RunningCommands
from diagnostics.config import DEFAULT_VPN_PATTERNS, Endpoint, HealthConfig, Thresholds
from diagnostics.fixes.attempts import FixAttempt
from diagnostics.fixes.base import Fix
from diagnostics.fixes.cleanup import DiskCleanupFix, default_areas, default_recycle_bin
from diagnostics.fixes.command_fix import CommandRunner
from diagnostics.fixes.elevation import is_admin
from diagnostics.fixes.process_fix import CloseProcessFix
from diagnostics.fixes.service import FixService
from diagnostics.fixes.service_fixes import CallFix
from diagnostics.fixes.system_fixes import SETTINGS_PAGES, DnsFlushFix, OpenSettingsFix, RestartFix
from diagnostics.result import CheckResult, RunSummary
from diagnostics.runner import OnResult, run_one
from diagnostics.security import SecurityProbes
from diagnostics.self_checks import SelfProviders
from diagnostics.suite import CheckSuite
from diagnostics.timeline import Sample

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeskmateHooks:
    """Plain callables from the other services; a missing one makes its check ``skipped``
    and its fix unavailable."""

    catalogue_age_s: Callable[[], float | None] | None = None
    catalogue_verified: Callable[[], bool] | None = None
    outbox_backlog: Callable[[], int] | None = None
    helpdesk_reachable: Callable[[], bool] | None = None
    helpdesk_problems: Callable[[], tuple[str, ...]] | None = None
    retry_outbox: Callable[[], bool] | None = None
    refresh_catalogue: Callable[[], bool] | None = None
    overdue_deadlines: Callable[[], tuple[str, ...]] | None = None


def parse_endpoint(table: Mapping[str, Any]) -> Endpoint:
    """``{name, url}`` or ``{name, host: "h:p"}`` (or ``host`` + ``port``); raises ValueError."""
    name = str(table.get("name") or "").strip()
    if not name:
        raise ValueError("an endpoint needs a name")
    url = str(table.get("url") or "").strip()
    if url:
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"{name}: url must start with http:// or https://")
        return Endpoint(name, url=url)
    host, port = str(table.get("host") or "").strip(), str(table.get("port") or "")
    if not port and ":" in host:
        host, _, port = host.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"{name}: needs url, or host as host:port")
    return Endpoint(name, host=host.strip("[]"), port=int(port))


def _thresholds(s: Settings) -> Thresholds:
    return Thresholds(
        uptime_warn_days=s.value(hs.UPTIME_WARN_DAYS),
        uptime_fail_days=s.value(hs.UPTIME_FAIL_DAYS),
        cpu_warn_percent=s.value(hs.CPU_WARN_PERCENT),
        cpu_fail_percent=s.value(hs.CPU_FAIL_PERCENT),
        memory_warn_available_percent=s.value(hs.MEMORY_WARN_PERCENT),
        memory_fail_available_percent=s.value(hs.MEMORY_FAIL_PERCENT),
        disk_warn_free_percent=s.value(hs.DISK_WARN_PERCENT),
        disk_fail_free_percent=s.value(hs.DISK_FAIL_PERCENT),
        disk_warn_free_gb=s.value(hs.DISK_WARN_GB), disk_fail_free_gb=s.value(hs.DISK_FAIL_GB),
        hog_cpu_percent=s.value(hs.HOG_CPU_PERCENT),
        hog_memory_percent=s.value(hs.HOG_MEMORY_PERCENT),
        clock_warn_seconds=s.value(hs.CLOCK_WARN_SECONDS),
        clock_fail_seconds=s.value(hs.CLOCK_FAIL_SECONDS),
        latency_warn_ms=s.value(hs.LATENCY_WARN_MS),
        screen_lock_max_idle_minutes=s.value(hs.SCREEN_LOCK_MINUTES),
    )


def _company_servers(settings: Settings) -> tuple[str, ...]:
    """Without ``health.clock.servers``, the clock is compared with the catalogue's and the
    helpdesk's servers: the ones whose TLS and sign-in a skewed clock would break."""
    urls = [settings.value(catalogue_settings.CATALOGUE_URL)]
    helpdesk_url = helpdesk_settings.URLS.get(settings.value(helpdesk_settings.CONNECTOR))
    if helpdesk_url is not None:
        urls.append(settings.value(helpdesk_url))
    return tuple(url for url in urls if url.startswith(("http://", "https://")))


def health_config(settings: Settings, cache_dir: Path) -> tuple[HealthConfig, tuple[str, ...]]:
    """The checks' configuration from settings, and the problems found in it."""
    endpoints, problems = [], []
    for table in settings.value(hs.ENDPOINTS):
        try:
            endpoints.append(parse_endpoint(table))
        except ValueError as exc:
            problems.append(f"health.network.endpoints: {exc}")
    clock = settings.value(hs.CLOCK_SERVERS) or _company_servers(settings)
    config = HealthConfig(
        thresholds=_thresholds(settings),
        company_hosts=settings.value(hs.COMPANY_HOSTS), endpoints=tuple(endpoints),
        clock_urls=clock, internet_probe_url=settings.value(hs.INTERNET_PROBE_URL),
        internet_probe_body=settings.value(hs.INTERNET_PROBE_BODY),
        proxy_url=settings.value(core_settings.HTTP_PROXY),
        vpn_interface_patterns=settings.value(hs.VPN_PATTERNS) or DEFAULT_VPN_PATTERNS,
        vpn_route_prefixes=settings.value(hs.VPN_ROUTES),
        vpn_required=settings.value(hs.VPN_REQUIRED),
        network_timeout_s=settings.value(hs.NETWORK_TIMEOUT),
        check_timeout_s=settings.value(hs.CHECK_TIMEOUT),
        updates_wait_s=settings.value(hs.UPDATES_WAIT_SECONDS),
        updates_cache_hours=settings.value(hs.UPDATES_CACHE_HOURS),
        cache_dir=str(cache_dir), budget_s=settings.value(hs.BUDGET_SECONDS),
    )
    return config, tuple(problems)


class HealthService:
    """Built once by the composition root or the CLI; every method blocks, so the GUI
    calls them through its task runner."""

    def __init__(self, settings: Settings, paths: ProfilePaths, hooks: DeskmateHooks | None = None,
                 probes: Probes | None = None, run: RunCommand | None = None,
                 admin: Callable[[], bool] = is_admin,
                 spawn_updates: Callable[[], None] | None = None,
                 history: History | None = None) -> None:
        self._settings, self._paths = settings, paths
        self._hooks = hooks or DeskmateHooks()
        self._commands = RunningCommands()
        run = run or self._commands
        ledger = Ledger(paths.activity_file)
        self._probes = probes or Probes(security=SecurityProbes(run=run),
                                        network=recorded_network_probes(ledger))
        self.config, self.problems = health_config(settings, paths.cache_dir)
        for problem in self.problems:
            log.warning("Health setting ignored", extra={"problem": problem})
        h = self._hooks
        self.suite = CheckSuite(self.config, self._probes, SelfProviders(
            h.catalogue_age_s, h.catalogue_verified, h.outbox_backlog, h.helpdesk_reachable,
            h.helpdesk_problems, h.overdue_deadlines),
            spawn_updates)
        self.timeline, attempts = history or open_history(settings, paths.database_file)
        runner = CommandRunner(self._probes.security.platform, run, admin)
        self.fixes = FixService(self._build_fixes(runner), self.run_check, attempts,
                                on_applied=FixLedger(ledger))

    def checks(self, only: Iterable[str] | None = None, wait_for_slow: bool = False
               ) -> tuple[Check, ...]:
        """The checks to run; raises KeyError naming unknown ids in ``only``."""
        return self.suite.checks(self._enabled(only), wait_for_slow)

    def run(self, on_result: OnResult | None = None, only: Iterable[str] | None = None,
            wait_for_slow: bool = False) -> RunSummary:
        """Run the checks in parallel, streaming each result to ``on_result``."""
        return self.suite.run(on_result, self._enabled(only), wait_for_slow)

    def _enabled(self, only: Iterable[str] | None) -> list[str] | None:
        """``only`` (or every check) less the ones IT switched off by policy."""
        switched_off: tuple[str, ...] = self._settings.value(hs.DISABLED_CHECKS)
        disabled = set(switched_off)
        if not disabled:
            return None if only is None else list(only)
        ids = [c.id for c in self.suite.checks(None)] if only is None else list(only)
        return [check_id for check_id in ids if check_id not in disabled]

    def stop_commands(self) -> None:
        """End the checks' and fixes' commands still running, and start no more: for quitting
        (a fix's password prompt must not stay on screen after Deskmate has gone)."""
        self._commands.stop()

    def run_check(self, check_id: str) -> CheckResult:
        return run_one(self.checks([check_id])[0])

    def sample_once(self) -> Sample:
        """One timeline sample; the GUI calls this every minute through its task runner."""
        return self.timeline.sample_once()

    def recent_attempts(self, limit: int = 20) -> tuple[FixAttempt, ...]:
        return self.fixes.recent_attempts(limit)

    def _build_fixes(self, runner: CommandRunner) -> list[Fix]:
        platform = self._probes.security.platform
        areas = default_areas(platform, self._settings.value(hs.CLEANUP_AGE_DAYS),
                              extra_caches=self._settings.value(hs.CLEANUP_CACHE_DIRS))
        cleanup = DiskCleanupFix(tuple(areas), recycle_bin=default_recycle_bin(platform))
        fixes: list[Fix] = [cleanup, DnsFlushFix(runner),
                            RestartFix(runner), CloseProcessFix()]
        fixes += [OpenSettingsFix(page, platform) for page in SETTINGS_PAGES]
        if self._hooks.retry_outbox is not None:
            fixes.append(CallFix("deskmate.retry_outbox", "deskmate.outbox",
                                 self._hooks.retry_outbox))
        if self._hooks.refresh_catalogue is not None:
            fixes.append(CallFix("deskmate.refresh_catalogue", "deskmate.catalogue",
                                 self._hooks.refresh_catalogue))
        return fixes
