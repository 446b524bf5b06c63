"""Plain-language words for every health check, status and fix: what it means, what to do."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from diagnostics.fixes.base import FixPlan, FixReport
from diagnostics.result import Category, CheckResult, Status


def _tr(text: str) -> str:
    return QCoreApplication.translate("HealthWording", text)


@dataclass(frozen=True)
class Wording:
    title: str
    status: str
    why: str  # what the result means for you
    what_to_do: str  # empty when nothing is needed


def _gb(value: Any) -> str:
    return f"{float(value or 0) / 1024**3:.1f} GB"


def _disk(f: Mapping[str, Any]) -> str:
    worst = min(f.get("volumes", ()), key=lambda v: v["free_percent"], default=None)
    if worst is None:
        return ""
    return _tr("{free} free on {mount} ({pct}%).").format(
        free=_gb(worst["free_bytes"]), mount=worst["mountpoint"], pct=worst["free_percent"])


def _hog(f: Mapping[str, Any]) -> str:
    hog = f.get("hog") or (f.get("by_cpu") or [{}])[0]
    if not hog:
        return ""
    return _tr("Busiest program: {name} ({cpu}% CPU, {mem}% memory).").format(
        name=hog.get("name", "?"), cpu=hog.get("cpu_percent", 0), mem=hog.get("memory_percent", 0))


# check id -> (title, fine text, problem "why", problem "what to do"); texts may use facts.
_TEXTS: dict[str, tuple[str, Callable[[Mapping[str, Any]], str], str, str]] = {
    "system.os": ("Operating system", lambda f: _tr("{name} (version {version}, build {build}).")
                  .format(name=f.get("name", ""), version=f.get("version", ""),
                          build=f.get("build", "")), "", ""),
    "system.uptime": (
        "Time since last restart",
        lambda f: _tr("Restarted {days} days ago.").format(days=f.get("uptime_days", 0)),
        "Your computer has not restarted for {uptime_days} days. Updates wait for a restart, "
        "and a long-running computer slowly gets slower.",
        "Save your work and restart. Deskmate can schedule the restart for you."),
    "system.cpu": (
        "Processor load",
        lambda f: _tr("The processor is {pct}% busy on average.").format(
            pct=f.get("sustained_percent", 0)),
        "Your processor has been very busy ({sustained_percent}% over the last minutes), "
        "so everything feels slow.",
        "Close programs you do not need. Deskmate can close the busiest one."),
    "system.memory": (
        "Memory",
        lambda f: _tr("{pct}% of memory is free.").format(pct=f.get("available_percent", 0)),
        "Only {available_percent}% of memory is free, so programs wait for each other.",
        "Close programs or browser tabs you do not need."),
    "system.disk": ("Disk space", _disk,
                    "Your disk is nearly full. Programs and updates fail when it runs out.",
                    "Free space: Deskmate can delete old temporary files and empty the trash."),
    "system.battery": (
        "Battery",
        lambda f: _tr("Charged {pct}%.").format(pct=f.get("charge_percent", 0)),
        "Your battery is low or worn (charge {charge_percent}%, health {health_percent}%).",
        "Plug in your charger. If the battery is worn, ask IT for a replacement."),
    "system.processes": ("Busiest programs", _hog,
                         "One program is using a large share of your computer.",
                         "If you do not need it right now, close it."),
    "system.clock": (
        "Clock",
        lambda f: _tr("Your clock is right (off by {skew} s).").format(
            skew=f.get("skew_seconds", 0)),
        "Your clock is off by {skew_seconds} seconds. Sign-in and secure websites fail when "
        "the clock is wrong.",
        "Turn on automatic date and time in your settings."),
    "network.interfaces": (
        "Network connection",
        lambda f: _tr("Connected through {names}.").format(
            names=", ".join(f.get("connected", ()))),
        "Your computer is not connected to any network.",
        "Turn on Wi-Fi or plug in the network cable."),
    "network.gateway": ("Router", lambda f: _tr("Your router answers the way out."),
                        "Your computer has no route to other networks.",
                        "Reconnect to Wi-Fi or the cable; if that does not help, restart."),
    "network.dns": ("Company names", lambda f: _tr("Company addresses are found."),
                    "Some company addresses cannot be looked up.",
                    "Deskmate can clear the name cache. If that does not help, ask IT."),
    "network.internet": (
        "Internet", lambda f: _tr("The internet is reachable."),
        "The internet cannot be reached from here.",
        "If you are in a hotel or on guest Wi-Fi, open your browser and sign in there. "
        "Otherwise check your network settings."),
    "network.proxy": ("Proxy", lambda f: _tr("Your proxy answers.") if f.get("configured")
                      else _tr("No proxy is set; connections go direct."),
                      "The proxy your computer is set to use does not answer.",
                      "Check the proxy in your network settings, or ask IT."),
    "network.vpn": (
        "VPN", lambda f: _tr("VPN connected.") if f.get("detected") else _tr("No VPN in use."),
        "Your VPN is not connected, so company services may be out of reach.",
        "Start your VPN program and connect."),
    "network.endpoints": ("Company services", lambda f: _tr("Company services answer."),
                          "{unreachable} company services do not answer.",
                          "Check your VPN. If it is connected, the service may be down: ask IT."),
    "security.firewall": ("Firewall", lambda f: _tr("Your firewall is on."),
                          "Your firewall is off, so others on the network can reach your "
                          "computer.", "Turn the firewall on in your security settings."),
    "security.encryption": (
        "Disk encryption", lambda f: _tr("Your disk is encrypted."),
        "Your disk is not encrypted. If your computer is lost, anyone can read your files.",
        "Ask IT to turn on encryption ({technology})."),
    "security.updates": (
        "System updates", lambda f: _tr("Your system is up to date."),
        "{count} updates are waiting, {security} of them for security.",
        "Install the updates from your update settings, then restart."),
    "security.screen_lock": (
        "Screen lock", lambda f: _tr("Your screen locks when you step away."),
        "Your screen does not lock soon enough when you step away.",
        "Turn on the screen lock in your settings."),
    "deskmate.catalogue": (
        "App catalogue", lambda f: _tr("The app catalogue is current and verified."),
        "The app catalogue is out of date or could not be verified.",
        "Deskmate can refresh it now."),
    "deskmate.outbox": (
        "Waiting requests", lambda f: _tr("No help requests are waiting to be sent."),
        "{waiting} help requests are waiting to be sent.", "Deskmate can try to send them now."),
    "deskmate.helpdesk": ("Helpdesk connection", lambda f: _tr("The helpdesk answers."),
                          "The helpdesk cannot be reached right now.",
                          "Your requests wait safely and go out when the connection returns."),
}
_REASONS = {
    "no battery": "This computer has no battery.",
    "no server configured": "IT has not set a server to compare the clock with.",
    "no company hosts configured": "IT has not listed company addresses to look up.",
    "no company endpoints configured": "IT has not listed company services to test.",
    "no firewall tool found": "No firewall program was found to ask.",
    "still checking": "Still checking in the background; the answer appears next time.",
    "not available here": "Not available in this version.",
    "timed out": "The check took too long and was stopped.",
}
_STATUS = {Status.OK: "Fine", Status.WARN: "Needs a look", Status.FAIL: "Problem",
           Status.ERROR: "Could not check", Status.SKIPPED: "Not checked"}
_CATEGORY = {Category.SYSTEM: "System", Category.NETWORK: "Network",
             Category.SECURITY: "Security", Category.DESKMATE: "Deskmate"}
_FIX_LABELS = {
    "disk.cleanup": "Free up space…", "dns.flush": "Clear name cache…",
    "process.close": "Close program…", "system.restart": "Schedule restart…",
    "settings.network": "Open network settings…", "settings.updates": "Open update settings…",
    "settings.storage": "Open storage settings…", "settings.security": "Open security settings…",
    "settings.datetime": "Open date and time settings…",
    "deskmate.retry_outbox": "Send now…", "deskmate.refresh_catalogue": "Refresh now…",
}


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


def status_text(status: Status) -> str:
    return _tr(_STATUS[status])


def category_title(category: Category) -> str:
    return _tr(_CATEGORY[category])


def title(check_id: str) -> str:
    entry = _TEXTS.get(check_id)
    return _tr(entry[0]) if entry else check_id


def explain(result: CheckResult) -> Wording:
    title_text, fine, why, what = _TEXTS.get(result.id, (result.id, lambda f: "", "", ""))
    facts = _Blank(result.facts)
    if result.status is Status.SKIPPED:
        return Wording(_tr(title_text), status_text(result.status), _reason(result.reason), "")
    if result.status is Status.ERROR:
        text = _tr("Deskmate could not check this: {reason}").format(reason=_reason(result.reason))
        return Wording(_tr(title_text), status_text(result.status), text, "")
    if result.status is Status.OK:
        return Wording(_tr(title_text), status_text(result.status), fine(facts), "")
    return Wording(_tr(title_text), status_text(result.status), _tr(why).format_map(facts),
                   _tr(what).format_map(facts))


def _reason(reason: str | None) -> str:
    return _tr(_REASONS.get(reason or "", reason or "No reason given."))


def fix_label(fix_id: str) -> str:
    return _tr(_FIX_LABELS.get(fix_id, "Fix it…"))


def _size(size: int) -> str:
    return f"{size / 1024**2:.1f} MB" if size < 1024**3 else f"{size / 1024**3:.2f} GB"


def plan_text(plan: FixPlan) -> str:
    """What the fix will do, one line per step, for the confirmation dialog."""
    lines = []
    for item in plan.items:
        if item.kind == "delete":
            kind, _, path = item.target.partition(":")
            lines.append(_tr("Delete {count} files ({size}) from {kind}: {path}").format(
                count=item.count, size=_size(item.size_bytes), kind=_tr(kind), path=path))
        elif item.kind == "terminate":
            lines.append(_tr("Close “{name}” (it uses {size}); unsaved work in it is lost.")
                         .format(name=item.target, size=_size(item.size_bytes)))
        elif item.kind == "restart":
            lines.append(_tr("Restart your computer in {minutes} minutes.")
                         .format(minutes=plan.facts.get("minutes", "?")))
        elif item.kind == "open":
            lines.append(_tr("Open the {page} settings.").format(page=_tr(item.target)))
        else:
            lines.append(_tr("Run: {what}").format(what=item.target))
    if plan.needs_admin:
        lines.append(_tr("Your computer will ask for an administrator password."))
    return "\n".join(lines)


def outcome_text(report: FixReport) -> str:
    """The before/after of a finished fix, in one or two sentences."""
    before = status_text(report.before.status) if report.before else "?"
    after = status_text(report.after.status) if report.after else "?"
    change = _tr("Before: {before}. After: {after}.").format(before=before, after=after)
    outcome = report.outcome
    if outcome.succeeded:
        freed = outcome.facts.get("freed_bytes")
        done = _tr("Done.") if freed is None else _tr("Done: {size} freed.").format(
            size=_size(int(str(freed))))
        return f"{done} {change}"
    if outcome.reason == "needs admin":
        return _tr("This needs administrator rights you do not have here. "
                   "Ask IT for help: your request will include what you tried.")
    return _tr("That did not work. {change} Ask IT for help: your request will include what "
               "you tried.").format(change=change)


def summary_text(results: tuple[CheckResult, ...], running: bool, total: int) -> str:
    problems = sum(1 for r in results if r.status.is_problem)
    if running:
        return _tr("Checking your computer… {done} of {total}").format(
            done=len(results), total=total or "?")
    if not problems:
        return _tr("Everything looks fine.")
    return _tr("{n} things need a look. Problems are listed first.").format(n=problems)
