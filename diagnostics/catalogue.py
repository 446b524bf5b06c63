"""Every check Deskmate knows, built from one configuration and the injected probes."""

from __future__ import annotations

from dataclasses import dataclass, field

from diagnostics.check import Check
from diagnostics.clock import clock_check
from diagnostics.config import HealthConfig
from diagnostics.network import NetworkProbes, network_checks
from diagnostics.security import SecurityProbes, security_checks
from diagnostics.self_checks import SelfProviders, self_checks
from diagnostics.slow_value import SlowValue
from diagnostics.system import SystemProbes, system_checks


@dataclass(frozen=True)
class Probes:
    """The OS boundary of all checks; the defaults are the real machine."""

    system: SystemProbes = field(default_factory=SystemProbes)
    network: NetworkProbes = field(default_factory=NetworkProbes)
    security: SecurityProbes = field(default_factory=SecurityProbes)


def build_checks(
    config: HealthConfig,
    probes: Probes | None = None,
    providers: SelfProviders | None = None,
    updates: SlowValue | None = None,
    wait_for_updates: bool = False,
) -> tuple[Check, ...]:
    p = probes or Probes()
    return (
        *system_checks(config, p.system),
        clock_check(config, p.network.fetch, recorder=p.network.recorder),
        *network_checks(config, p.network),
        *security_checks(config, p.security, updates, wait_for_updates),
        *self_checks(config, providers or SelfProviders()),
    )


def select(checks: tuple[Check, ...], ids: frozenset[str] | None) -> tuple[Check, ...]:
    """Only the checks named in ``ids`` (all when None); raises KeyError for unknown ids."""
    if ids is None:
        return checks
    unknown = ids - {check.id for check in checks}
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    return tuple(check for check in checks if check.id in ids)
