"""Clock skew against a company server's HTTP ``Date`` header (skew breaks Kerberos, TLS)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from diagnostics.check import Check
from diagnostics.config import HealthConfig
from diagnostics.http_probe import Fetch, ProbeError, make_fetch
from diagnostics.probe_record import ProbeRecorder
from diagnostics.result import Category, FactValue, Outcome, Status


def skew_seconds(date_header: str, sent: float, received: float) -> float:
    """Local clock minus server clock, taking the request's midpoint as "now"."""
    from email.utils import parsedate_to_datetime  # email and calendar: when a check runs

    server = parsedate_to_datetime(date_header).timestamp()
    return (sent + received) / 2 - server


def check_clock(urls: Sequence[str], fetch: Fetch, now: Callable[[], float],
                timeout: float, warn_s: float, fail_s: float) -> Outcome:
    if not urls:
        return Outcome(Status.SKIPPED, reason="no server configured")
    errors: list[FactValue] = []
    for url in urls:
        sent = now()
        try:
            answer = fetch(url, timeout)
        except ProbeError as exc:
            errors.append(f"{url}: {exc}")
            continue
        date = answer.headers.get("Date") or answer.headers.get("date")
        if not date:
            errors.append(f"{url}: no Date header")
            continue
        skew = skew_seconds(date, sent, now())
        facts: dict[str, FactValue] = {"server": url, "skew_seconds": round(skew, 1)}
        if abs(skew) >= fail_s:
            return Outcome(Status.FAIL, facts, fix_id="settings.datetime")
        if abs(skew) >= warn_s:
            return Outcome(Status.WARN, facts, fix_id="settings.datetime")
        return Outcome(Status.OK, facts)
    return Outcome(Status.ERROR, {"errors": tuple(errors)}, reason="server unreachable")


def clock_check(config: HealthConfig, fetch: Fetch | None = None,
                now: Callable[[], float] = time.time,
                recorder: ProbeRecorder | None = None) -> Check:
    t = config.thresholds
    chosen = fetch or make_fetch(config.proxy_url, recorder, "clock check")
    return Check("system.clock", Category.SYSTEM, lambda: check_clock(
        config.clock_urls, chosen, now, config.network_timeout_s, t.clock_warn_seconds,
        t.clock_fail_seconds), config.check_timeout_s)
