"""Plain-language words for every health check, status and fix: what it means, what to do."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from diagnostics.fixes.base import FixPlan, FixReport, PlanItem
from diagnostics.result import Category, CheckResult, Status
from ui.locale_format import ago, data_size, number

# The literal context "HealthWording" in every call lets pyside6-lupdate find each string.
translate = QCoreApplication.translate
Facts = Mapping[str, Any]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  # the name lupdate knows
    """Mark ``text`` for pyside6-lupdate; it is translated when shown, by :func:`_tr`."""
    return text


def _tr(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("HealthWording", ...)."""
    return translate("HealthWording", text)


@dataclass(frozen=True)
class Wording:
    title: str
    status: str
    why: str  # what the result means for you
    what_to_do: str  # empty when nothing is needed


@dataclass(frozen=True)
class _Text:
    title: str
    fine: Callable[[Facts], str]  # the words for ok
    why: str | Callable[[Facts], str] = ""  # for a problem; may name facts: {free_percent}
    what: str = ""
    figure: Callable[[Facts], str] | None = None  # the figures in words, after a problem's why


def _os(f: Facts) -> str:
    return translate("HealthWording", "{name} (version {version}, build {build}).").format(
        name=f.get("name", ""), version=f.get("version", ""), build=f.get("build", ""))


def _amount(size: Any) -> str:
    """Bytes as people say them: "12 GB", "1.5 GB" (one decimal below 10 GB)."""
    gb = float(size or 0) / 1024**3
    number = QLocale().toString(gb, "f", 0 if gb >= 10 else 1)
    return translate("HealthWording", "{number} GB").format(number=number)


def _disk(f: Facts) -> str:
    worst = min(f.get("volumes", ()), key=lambda v: v["free_percent"], default=None)
    if worst is None:
        return ""
    return translate("HealthWording", "{free} free of {total} on {mount}.").format(
        free=_amount(worst["free_bytes"]), total=_amount(worst.get("total_bytes")),
        mount=worst["mountpoint"])


def _memory(f: Facts) -> str:
    if not f.get("total_bytes"):
        return ""
    return translate("HealthWording", "{free} of {total} memory free.").format(
        free=_amount(f.get("available_bytes")), total=_amount(f["total_bytes"]))


def _battery(f: Facts) -> str:
    parts = [translate("HealthWording", "Battery at {pct} %").format(
        pct=round(float(f.get("charge_percent") or 0)))]
    if f.get("plugged_in"):
        parts.append(translate("HealthWording", "charging"))
    health = f.get("health_percent")
    if health is not None and float(health) >= 80:
        parts.append(translate("HealthWording", "healthy"))
    elif health is not None:
        parts.append(translate("HealthWording", "worn ({pct} % of its original capacity)")
                     .format(pct=round(float(health))))
    return ", ".join(parts) + "."


def _hog(f: Facts) -> str:
    hog = f.get("hog") or (f.get("by_cpu") or [{}])[0]
    if not hog:
        return ""
    text = translate("HealthWording", "Busiest program: {name} ({cpu}% CPU, {mem}% memory).")
    return text.format(name=hog.get("name", "?"), cpu=hog.get("cpu_percent", 0),
                       mem=hog.get("memory_percent", 0))


def _restarted(f: Facts) -> str:
    days = float(f.get("uptime_days") or 0)
    if days < 1 / 24:
        return translate("HealthWording", "Restarted less than an hour ago.")
    if days < 1.5 / 24:
        return translate("HealthWording", "Restarted about an hour ago.")
    if days < 1:
        return translate("HealthWording", "Restarted %n hours ago.", None, round(days * 24))
    if days < 2:
        return translate("HealthWording", "Restarted yesterday.")
    return translate("HealthWording", "Restarted %n days ago.", None, int(days))


def _fixed(text: str) -> Callable[[Facts], str]:
    return lambda _facts: _tr(text)


def _either(flag: str, yes: str, no: str) -> Callable[[Facts], str]:
    return lambda facts: _tr(yes) if facts.get(flag) else _tr(no)


def _fmt(text: str, **names: str) -> Callable[[Facts], str]:
    """``text`` with ``{placeholder}`` filled from the fact named ``names[placeholder]``."""
    return lambda facts: _tr(text).format(**{k: _Blank(facts)[v] for k, v in names.items()})


class HealthCounts(QObject):
    """Counted health words. A QObject for ``self.tr``, whose counts lupdate turns into the
    language's plural forms ("1 thing needs", "2 things need")."""

    def need_a_look(self, problems: int) -> str:
        if not problems:
            return self.tr("Everything looks fine")
        return self.tr("%n thing(s) need(s) a look", "", problems)

    def not_restarted(self, days: float) -> str:
        return self.tr("Your computer has not restarted for %n day(s). Updates wait for a "
                       "restart, and a long-running computer slowly gets slower.", "", int(days))

    def unreachable(self, services: int) -> str:
        return self.tr("%n company service(s) do(es) not answer.", "", services)

    def updates(self, count: int, security: int) -> str:
        return self.tr("%n update(s) waiting, {security} of them for security.", "",
                       count).format(security=security)

    def delete(self, files: int) -> str:
        """With {size}, {kind} and {path} left for the caller to fill."""
        return self.tr("Delete %n file(s) ({size}) from {kind}: {path}", "", files)

    def restart_in(self, minutes: int) -> str:
        return self.tr("Restart your computer in %n minute(s).", "", minutes)


_TEXTS: dict[str, _Text] = {
    "system.os": _Text(QT_TRANSLATE_NOOP("HealthWording", "Operating system"), _os),
    "system.uptime": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Time since last restart"),
        _restarted,
        lambda f: HealthCounts().not_restarted(float(f.get("uptime_days") or 0)),
        QT_TRANSLATE_NOOP("HealthWording",
                          "Save your work and restart. Deskmate can schedule the restart for "
                          "you.")),
    "system.cpu": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Processor load"),
        _fmt(QT_TRANSLATE_NOOP("HealthWording", "The processor is {pct}% busy on average."),
             pct="sustained_percent"),
        QT_TRANSLATE_NOOP("HealthWording",
                          "Your processor has had more work than it can keep up with for the "
                          "last few minutes, so everything feels slow."),
        QT_TRANSLATE_NOOP("HealthWording",
                          "Close programs you do not need. Deskmate can close the busiest one.")),
    "system.memory": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Memory"), _memory,
        QT_TRANSLATE_NOOP("HealthWording",
                          "Only {available_percent}% of memory is free, so programs wait for "
                          "each other."),
        QT_TRANSLATE_NOOP("HealthWording", "Close programs or browser tabs you do not need."),
        _memory),
    "system.disk": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Disk space"), _disk,
        QT_TRANSLATE_NOOP("HealthWording",
                          "Your disk is nearly full. Programs and updates fail when it runs out."),
        QT_TRANSLATE_NOOP("HealthWording",
                          "Free space: Deskmate can delete old temporary files and empty the "
                          "trash."),
        _disk),
    "system.battery": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Battery"), _battery,
        QT_TRANSLATE_NOOP("HealthWording", "Your battery is low or worn."),
        QT_TRANSLATE_NOOP("HealthWording",
                          "Plug in your charger. If the battery is worn, ask IT for a "
                          "replacement."),
        _battery),
    "system.processes": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Busiest programs"), _hog,
        QT_TRANSLATE_NOOP("HealthWording",
                          "One program is using a large share of your computer."),
        QT_TRANSLATE_NOOP("HealthWording", "If you do not need it right now, close it.")),
    "system.clock": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Clock"),
        _fmt(QT_TRANSLATE_NOOP("HealthWording", "Your clock is right (off by {skew} s)."),
             skew="skew_seconds"),
        QT_TRANSLATE_NOOP("HealthWording",
                          "Your clock is off by {skew_seconds} seconds. Sign-in and secure "
                          "websites fail when the clock is wrong."),
        QT_TRANSLATE_NOOP("HealthWording",
                          "Turn on automatic date and time in your settings.")),
    "network.interfaces": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Network connection"),
        lambda f: translate("HealthWording", "Connected through {names}.").format(
            names=", ".join(f.get("connected", ()))),
        QT_TRANSLATE_NOOP("HealthWording", "Your computer is not connected to any network."),
        QT_TRANSLATE_NOOP("HealthWording", "Turn on Wi-Fi or plug in the network cable.")),
    "network.gateway": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Router"),
        _fixed(QT_TRANSLATE_NOOP("HealthWording", "Your router answers the way out.")),
        QT_TRANSLATE_NOOP("HealthWording", "Your computer has no route to other networks."),
        QT_TRANSLATE_NOOP("HealthWording",
                          "Reconnect to Wi-Fi or the cable; if that does not help, restart.")),
    "network.dns": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Company names"),
        _fixed(QT_TRANSLATE_NOOP("HealthWording", "Company addresses are found.")),
        QT_TRANSLATE_NOOP("HealthWording", "Some company addresses cannot be looked up."),
        QT_TRANSLATE_NOOP("HealthWording",
                          "Deskmate can clear the name cache. If that does not help, ask IT.")),
    "network.internet": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Internet"),
        _fixed(QT_TRANSLATE_NOOP("HealthWording", "The internet is reachable.")),
        QT_TRANSLATE_NOOP("HealthWording", "The internet cannot be reached from here."),
        QT_TRANSLATE_NOOP("HealthWording",
                          "If you are in a hotel or on guest Wi-Fi, open your browser and sign "
                          "in there. Otherwise check your network settings.")),
    "network.proxy": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Proxy"),
        _either("configured", QT_TRANSLATE_NOOP("HealthWording", "Your proxy answers."),
                QT_TRANSLATE_NOOP("HealthWording", "No proxy is set; connections go direct.")),
        QT_TRANSLATE_NOOP("HealthWording",
                          "The proxy your computer is set to use does not answer."),
        QT_TRANSLATE_NOOP("HealthWording",
                          "Check the proxy in your network settings, or ask IT.")),
    "network.vpn": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "VPN"),
        _either("detected", QT_TRANSLATE_NOOP("HealthWording", "VPN connected."),
                QT_TRANSLATE_NOOP("HealthWording", "No VPN in use.")),
        QT_TRANSLATE_NOOP("HealthWording",
                          "Your VPN is not connected, so company services may be out of reach."),
        QT_TRANSLATE_NOOP("HealthWording", "Start your VPN program and connect.")),
    "network.endpoints": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Company services"),
        _fixed(QT_TRANSLATE_NOOP("HealthWording", "Company services answer.")),
        lambda f: HealthCounts().unreachable(int(f.get("unreachable") or 0)),
        QT_TRANSLATE_NOOP("HealthWording",
                          "Check your VPN. If it is connected, the service may be down: "
                          "ask IT.")),
    "security.firewall": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Firewall"),
        _fixed(QT_TRANSLATE_NOOP("HealthWording", "Your firewall is on.")),
        QT_TRANSLATE_NOOP("HealthWording",
                          "Your firewall is off, so others on the network can reach your "
                          "computer."),
        QT_TRANSLATE_NOOP("HealthWording", "Turn the firewall on in your security settings.")),
    "security.encryption": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Disk encryption"),
        _fixed(QT_TRANSLATE_NOOP("HealthWording", "Your disk is encrypted.")),
        QT_TRANSLATE_NOOP("HealthWording",
                          "Your disk is not encrypted. If your computer is lost, anyone can "
                          "read your files."),
        QT_TRANSLATE_NOOP("HealthWording", "Ask IT to turn on disk encryption.")),
    "security.updates": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "System updates"),
        _fixed(QT_TRANSLATE_NOOP("HealthWording", "Your system is up to date.")),
        lambda f: HealthCounts().updates(int(f.get("count") or 0), int(f.get("security") or 0)),
        QT_TRANSLATE_NOOP("HealthWording",
                          "Install the updates from your update settings, then restart.")),
    "security.screen_lock": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Screen lock"),
        _fixed(QT_TRANSLATE_NOOP("HealthWording", "Your screen locks when you step away.")),
        QT_TRANSLATE_NOOP("HealthWording",
                          "Your screen does not lock soon enough when you step away."),
        QT_TRANSLATE_NOOP("HealthWording", "Turn on the screen lock in your settings.")),
    "deskmate.catalogue": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "App catalogue"),
        _fixed(QT_TRANSLATE_NOOP("HealthWording",
                                 "The app catalogue is current and verified.")),
        QT_TRANSLATE_NOOP("HealthWording",
                          "The app catalogue is out of date or could not be verified."),
        QT_TRANSLATE_NOOP("HealthWording", "Deskmate can refresh it now.")),
    "deskmate.outbox": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Waiting requests"),
        _fixed(QT_TRANSLATE_NOOP("HealthWording", "No help requests are waiting to be sent.")),
        QT_TRANSLATE_NOOP("HealthWording", "Help requests waiting to be sent: {waiting}."),
        QT_TRANSLATE_NOOP("HealthWording", "Deskmate can try to send them now.")),
    "deskmate.helpdesk": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Helpdesk connection"),
        _fixed(QT_TRANSLATE_NOOP("HealthWording", "The helpdesk answers.")),
        QT_TRANSLATE_NOOP("HealthWording", "The helpdesk cannot be reached right now."),
        QT_TRANSLATE_NOOP("HealthWording",
                          "Your requests wait safely and go out when the connection returns.")),
    "deskmate.helpdesk_setup": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Helpdesk setup"),
        _fixed(QT_TRANSLATE_NOOP("HealthWording", "IT's helpdesk setup on this computer is "
                                                  "complete.")),
        QT_TRANSLATE_NOOP("HealthWording", "IT must fix the helpdesk setup on this computer: "
                                           "{problems}"),
        QT_TRANSLATE_NOOP("HealthWording",
                          "Tell IT what this says. Your requests wait safely until it is fixed.")),
    "deskmate.deadlines": _Text(
        QT_TRANSLATE_NOOP("HealthWording", "Required apps"),
        _fixed(QT_TRANSLATE_NOOP("HealthWording", "No required app is past IT's deadline.")),
        QT_TRANSLATE_NOOP("HealthWording", "IT's deadline has passed for: {apps}."),
        QT_TRANSLATE_NOOP("HealthWording",
                          "Install it from the Apps page, or from the bar at the top.")),
}
_REASONS = {
    "no battery": QT_TRANSLATE_NOOP("HealthWording", "This computer has no battery."),
    "no server configured": QT_TRANSLATE_NOOP(
        "HealthWording", "IT has not set a server to compare the clock with."),
    "no company hosts configured": QT_TRANSLATE_NOOP(
        "HealthWording", "IT has not listed company addresses to look up."),
    "no company endpoints configured": QT_TRANSLATE_NOOP(
        "HealthWording", "IT has not listed company services to test."),
    "no firewall tool found": QT_TRANSLATE_NOOP(
        "HealthWording", "No firewall program was found to ask."),
    "still checking": QT_TRANSLATE_NOOP(
        "HealthWording", "Still checking in the background; the answer appears next time."),
    "not available here": QT_TRANSLATE_NOOP("HealthWording", "Not available in this version."),
    "timed out": QT_TRANSLATE_NOOP("HealthWording", "The check took too long and was stopped."),
}
_STATUS = {
    Status.OK: QT_TRANSLATE_NOOP("HealthWording", "Fine"),
    Status.WARN: QT_TRANSLATE_NOOP("HealthWording", "Needs a look"),
    Status.FAIL: QT_TRANSLATE_NOOP("HealthWording", "Problem"),
    Status.ERROR: QT_TRANSLATE_NOOP("HealthWording", "Could not check"),
    Status.SKIPPED: QT_TRANSLATE_NOOP("HealthWording", "Not checked"),
}
_CATEGORY = {
    Category.SYSTEM: QT_TRANSLATE_NOOP("HealthWording", "System"),
    Category.NETWORK: QT_TRANSLATE_NOOP("HealthWording", "Network"),
    Category.SECURITY: QT_TRANSLATE_NOOP("HealthWording", "Security"),
    Category.DESKMATE: QT_TRANSLATE_NOOP("HealthWording", "Deskmate"),
}
_FIX_LABELS = {
    "disk.cleanup": QT_TRANSLATE_NOOP("HealthWording", "Free up space…"),
    "dns.flush": QT_TRANSLATE_NOOP("HealthWording", "Clear name cache…"),
    "process.close": QT_TRANSLATE_NOOP("HealthWording", "Close program…"),
    "system.restart": QT_TRANSLATE_NOOP("HealthWording", "Schedule restart…"),
    "settings.network": QT_TRANSLATE_NOOP("HealthWording", "Open network settings…"),
    "settings.updates": QT_TRANSLATE_NOOP("HealthWording", "Open update settings…"),
    "settings.storage": QT_TRANSLATE_NOOP("HealthWording", "Open storage settings…"),
    "settings.security": QT_TRANSLATE_NOOP("HealthWording", "Open security settings…"),
    "settings.datetime": QT_TRANSLATE_NOOP("HealthWording", "Open date and time settings…"),
    "deskmate.retry_outbox": QT_TRANSLATE_NOOP("HealthWording", "Send now…"),
    "deskmate.refresh_catalogue": QT_TRANSLATE_NOOP("HealthWording", "Refresh now…"),
}
_PLACES = {
    "temp": QT_TRANSLATE_NOOP("HealthWording", "temporary files"),
    "cache": QT_TRANSLATE_NOOP("HealthWording", "caches"),
    "trash": QT_TRANSLATE_NOOP("HealthWording", "the trash"),
    "network": QT_TRANSLATE_NOOP("HealthWording", "network"),
    "updates": QT_TRANSLATE_NOOP("HealthWording", "update"),
    "storage": QT_TRANSLATE_NOOP("HealthWording", "storage"),
    "security": QT_TRANSLATE_NOOP("HealthWording", "security"),
    "datetime": QT_TRANSLATE_NOOP("HealthWording", "date and time"),
}


class _Blank(dict[str, Any]):
    """Facts for ``format_map``: a missing one reads "?", a fraction has the locale's comma."""

    def __missing__(self, key: str) -> str:
        return "?"

    def __getitem__(self, key: str) -> Any:
        value = super().__getitem__(key)
        if isinstance(value, float):
            return number(value, 0 if value.is_integer() or abs(value) >= 10 else 1)
        return value


def status_text(status: Status) -> str:
    return _tr(_STATUS[status])


def category_title(category: Category) -> str:
    return _tr(_CATEGORY[category])


def title(check_id: str) -> str:
    entry = _TEXTS.get(check_id)
    return _tr(entry.title) if entry else check_id


def explain(result: CheckResult) -> Wording:
    text = _TEXTS.get(result.id, _Text(result.id, lambda _f: ""))
    title, status, facts = _tr(text.title), status_text(result.status), _Blank(result.facts)
    if result.status is Status.SKIPPED:
        return Wording(title, status, _reason(result.reason), "")
    if result.status is Status.ERROR:
        why = translate("HealthWording", "Deskmate could not check this: {reason}")
        return Wording(title, status, why.format(reason=_reason(result.reason)), "")
    if result.status is Status.OK:
        return Wording(title, status, text.fine(facts), "")
    why = text.why(facts) if callable(text.why) else _tr(text.why).format_map(facts)
    figure = text.figure(facts) if text.figure else ""
    return Wording(title, status, f"{why} {figure}" if figure else why,
                   _tr(text.what).format_map(facts))


def _reason(reason: str | None) -> str:
    if not reason:
        return translate("HealthWording", "No reason given.")
    return _tr(_REASONS.get(reason, reason))


def fix_label(fix_id: str) -> str:
    label = _FIX_LABELS.get(fix_id)
    return _tr(label) if label else translate("HealthWording", "Fix it…")


def _size(size: int) -> str:
    return data_size(size)


def _place(key: str) -> str:
    return _tr(_PLACES.get(key, key))


def _step(item: PlanItem, plan: FixPlan) -> str:
    if item.kind == "delete":
        kind, _, path = item.target.partition(":")
        return HealthCounts().delete(item.count).format(
            size=_size(item.size_bytes), kind=_place(kind), path=path)
    if item.kind == "terminate":
        return translate("HealthWording",
                         "Close “{name}” (it uses {size}); unsaved work in it is lost.") \
            .format(name=item.target, size=_size(item.size_bytes))
    if item.kind == "restart":
        return HealthCounts().restart_in(int(str(plan.facts.get("minutes", 0))))
    if item.kind == "open":
        return translate("HealthWording", "Open the {page} settings.").format(
            page=_place(item.target))
    return translate("HealthWording", "Run: {what}").format(what=item.target)


def plan_text(plan: FixPlan) -> str:
    """What the fix will do, one line per step, for the confirmation dialog."""
    lines = [_step(item, plan) for item in plan.items]
    if plan.needs_admin:
        lines.append(translate("HealthWording",
                               "Your computer will ask for an administrator password."))
    return "\n".join(lines)


def outcome_text(report: FixReport) -> str:
    """The before/after of a finished fix, in one or two sentences."""
    before = status_text(report.before.status) if report.before else "?"
    after = status_text(report.after.status) if report.after else "?"
    change = translate("HealthWording", "Before: {before}. After: {after}.").format(
        before=before, after=after)
    outcome = report.outcome
    if outcome.succeeded:
        freed = outcome.facts.get("freed_bytes")
        if freed is None:
            return f"{translate('HealthWording', 'Done.')} {change}"
        done = translate("HealthWording", "Done: {size} freed.")
        return f"{done.format(size=_size(int(str(freed))))} {change}"
    if outcome.reason == "needs admin":
        return translate("HealthWording",
                         "This needs administrator rights you do not have here. Ask IT for "
                         "help: your request will include what you tried.")
    return translate("HealthWording",
                     "That did not work. {change} Ask IT for help: your request will include "
                     "what you tried.").format(change=change)


def summary_text(results: tuple[CheckResult, ...], running: bool, total: int,
                 checked_ago_s: float | None = None) -> str:
    """"2 things need a look · checked 3 minutes ago" (the age once a run has finished)."""
    if running:
        return translate("HealthWording", "Checking your computer… {done} of {total}").format(
            done=len(results), total=total or "?")
    text = HealthCounts().need_a_look(sum(1 for r in results if r.status.is_problem))
    if checked_ago_s is None:
        return text
    return translate("HealthWording", "{state} · checked {ago}").format(
        state=text, ago=ago(checked_ago_s))


def problems_summary(problems: list[CheckResult] | tuple[CheckResult, ...]) -> str:
    """A one-line help-request summary naming what failed, e.g. "Wi-Fi and disk space"."""
    titles = [explain(r).title for r in problems[:3]]
    return translate("HealthWording", "Problem with: {things}").format(things=", ".join(titles))
