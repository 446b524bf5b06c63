"""A ready-to-run set of checks: build once, run many times (GUI, CLI, benchmarks)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from diagnostics.catalogue import Probes, build_checks, select
from diagnostics.check import Check
from diagnostics.config import HealthConfig
from diagnostics.result import RunSummary
from diagnostics.runner import OnResult, run_all
from diagnostics.security import updates_value
from diagnostics.self_checks import SelfProviders


class CheckSuite:
    """Keeps the one background pending-updates probe, so repeated runs never start a
    second package-manager query while one is still going. A short-lived process passes
    ``spawn_updates`` to refresh that answer in a detached process instead."""

    def __init__(self, config: HealthConfig, probes: Probes | None = None,
                 providers: SelfProviders | None = None,
                 spawn_updates: Callable[[], None] | None = None) -> None:
        self.config = config
        self._probes = probes or Probes()
        self._providers = providers or SelfProviders()
        self._updates = updates_value(config, self._probes.security, spawn_updates)

    def checks(self, only: Iterable[str] | None = None, wait_for_slow: bool = False
               ) -> tuple[Check, ...]:
        """The checks to run; raises KeyError naming unknown ids in ``only``."""
        every = build_checks(self.config, self._probes, self._providers, self._updates,
                             wait_for_slow)
        return select(every, None if only is None else frozenset(only))

    def run(self, on_result: OnResult | None = None, only: Iterable[str] | None = None,
            wait_for_slow: bool = False) -> RunSummary:
        """Run in parallel, streaming each result to ``on_result`` as it finishes."""
        budget = self.config.budget_s + (self.config.updates_timeout_s if wait_for_slow else 0)
        return run_all(self.checks(only, wait_for_slow), on_result, budget)
