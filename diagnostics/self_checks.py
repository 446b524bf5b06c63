"""Checks of Deskmate itself: catalogue age and verification, outbox backlog, helpdesk
reachability, the helpdesk setup problems only IT can fix (a malformed stored secret, RT's
ClientRequestId field not applied to the queue), and required apps past a deadline IT does not
enforce.

The services behind them live in the desktop layer, so they arrive as plain callables;
a missing callable makes its check ``skipped``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from diagnostics.check import Check
from diagnostics.config import HealthConfig, Thresholds
from diagnostics.result import Category, FactValue, Outcome, Status


@dataclass(frozen=True)
class SelfProviders:
    catalogue_age_s: Callable[[], float | None] | None = None  # None result: never refreshed
    catalogue_verified: Callable[[], bool] | None = None
    outbox_backlog: Callable[[], int] | None = None
    helpdesk_reachable: Callable[[], bool] | None = None
    helpdesk_problems: Callable[[], tuple[str, ...]] | None = None  # sentences for IT
    overdue_deadlines: Callable[[], tuple[str, ...]] | None = None  # required apps' names


def check_catalogue(age_s: float | None, verified: bool | None, t: Thresholds) -> Outcome:
    hours = None if age_s is None else round(age_s / 3600, 2)
    facts: dict[str, FactValue] = {"age_hours": hours, "verified": verified}
    if verified is False:
        return Outcome(Status.FAIL, facts, fix_id="deskmate.refresh_catalogue")
    if hours is None or hours >= t.catalogue_fail_hours:
        return Outcome(Status.FAIL, facts, fix_id="deskmate.refresh_catalogue")
    if hours >= t.catalogue_warn_hours:
        return Outcome(Status.WARN, facts, fix_id="deskmate.refresh_catalogue")
    return Outcome(Status.OK, facts)


def check_outbox(waiting: int, t: Thresholds) -> Outcome:
    facts: dict[str, FactValue] = {"waiting": waiting}
    if waiting >= t.outbox_fail_count:
        return Outcome(Status.FAIL, facts, fix_id="deskmate.retry_outbox")
    if waiting >= t.outbox_warn_count:
        return Outcome(Status.WARN, facts, fix_id="deskmate.retry_outbox")
    return Outcome(Status.OK, facts)


def check_helpdesk(reachable: bool) -> Outcome:
    facts: dict[str, FactValue] = {"reachable": reachable}
    return Outcome(Status.OK, facts) if reachable else Outcome(
        Status.FAIL, facts, fix_id="deskmate.retry_outbox")


def check_helpdesk_setup(problems: tuple[str, ...]) -> Outcome:
    facts: dict[str, FactValue] = {"count": len(problems), "problems": "\n".join(problems)}
    return Outcome(Status.FAIL if problems else Status.OK, facts)


def check_deadlines(overdue: tuple[str, ...]) -> Outcome:
    """Required apps past a deadline that IT does not enforce: a problem to look at."""
    facts: dict[str, FactValue] = {"count": len(overdue), "apps": ", ".join(overdue)}
    return Outcome(Status.WARN if overdue else Status.OK, facts)


_NOT_AVAILABLE = Outcome(Status.SKIPPED, reason="not available here")


def self_checks(config: HealthConfig, providers: SelfProviders) -> tuple[Check, ...]:
    p, t, me, tmo = providers, config.thresholds, Category.DESKMATE, config.check_timeout_s

    def catalogue() -> Outcome:
        if p.catalogue_age_s is None:
            return _NOT_AVAILABLE
        verified = p.catalogue_verified() if p.catalogue_verified else None
        return check_catalogue(p.catalogue_age_s(), verified, t)

    def outbox() -> Outcome:
        return check_outbox(p.outbox_backlog(), t) if p.outbox_backlog else _NOT_AVAILABLE

    def helpdesk() -> Outcome:
        return check_helpdesk(p.helpdesk_reachable()) if p.helpdesk_reachable else _NOT_AVAILABLE

    def setup() -> Outcome:
        problems = p.helpdesk_problems
        return check_helpdesk_setup(problems()) if problems else _NOT_AVAILABLE

    def deadlines() -> Outcome:
        late = p.overdue_deadlines
        return check_deadlines(late()) if late else _NOT_AVAILABLE

    return (
        Check("deskmate.catalogue", me, catalogue, tmo),
        Check("deskmate.outbox", me, outbox, tmo),
        Check("deskmate.helpdesk", me, helpdesk, tmo),
        Check("deskmate.helpdesk_setup", me, setup, tmo),
        Check("deskmate.deadlines", me, deadlines, tmo),
    )
