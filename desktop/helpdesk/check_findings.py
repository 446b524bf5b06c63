"""Each health check's title and one-line finding in the ticket's language, for agents.

The employee reads ``ui/health_wording`` (their language, "your disk is nearly full"); an agent
reads this: "Disk space: nearly full (3.1 GB free on / (4 %))". Findings are English whatever
``helpdesk.language`` says (the ticket's questions and headings follow it, see
:mod:`desktop.helpdesk.ticket_wording`); check ids unknown here keep their id as title.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Row = Mapping[str, Any]

# check id -> (title, finding when it fails; ``{fact}`` placeholders read the check's facts)
_FINDINGS: Mapping[str, tuple[str, str]] = {
    "system.os": ("Operating system", "not supported or out of date"),
    "system.uptime": ("Time since last restart", "not restarted for {uptime_days} days"),
    "system.cpu": ("Processor load", "very busy (5-minute load {load_5} on {cpus} processors)"),
    "system.memory": ("Memory", "only {available_percent} % of memory free"),
    "system.disk": ("Disk space", "nearly full"),
    "system.battery": ("Battery", "low or worn (charge {charge_percent} %, "
                       "health {health_percent} %)"),
    "system.processes": ("Busiest programs", "one program uses a large share of the computer"),
    "system.clock": ("Clock", "off by {skew_seconds} seconds"),
    "network.interfaces": ("Network connection", "not connected to any network"),
    "network.gateway": ("Router", "no route to other networks"),
    "network.dns": ("Company names", "some company addresses do not resolve"),
    "network.internet": ("Internet", "cannot reach the internet"),
    "network.proxy": ("Proxy", "the configured proxy does not answer"),
    "network.vpn": ("VPN", "not connected"),
    "network.endpoints": ("Company services", "{unreachable} company services do not answer"),
    "security.firewall": ("Firewall", "off"),
    "security.encryption": ("Disk encryption", "the disk is not encrypted"),
    "security.updates": ("System updates", "{count} updates waiting, {security} for security"),
    "security.screen_lock": ("Screen lock", "the screen does not lock soon enough"),
    "deskmate.catalogue": ("App catalogue", "out of date or not verified"),
    "deskmate.outbox": ("Waiting requests", "{waiting} help requests waiting to be sent"),
    "deskmate.helpdesk": ("Helpdesk connection", "the helpdesk cannot be reached"),
    "deskmate.helpdesk_setup": ("Helpdesk setup", "the helpdesk setup is incomplete"),
    "deskmate.deadlines": ("Required apps", "{apps} past IT's deadline"),
}
# words of a low-level error for agents; anything else is shown as the check said it
_ERRORS: Mapping[str, str] = {
    "name not resolved": "DNS does not resolve",
    "timed out": "timed out",
    "connection refused": "connection refused",
}


class _Unknown(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


def title(check_id: str) -> str:
    """"Internet" for ``network.internet``; the id itself when this module does not know it."""
    return _FINDINGS.get(check_id, (check_id, ""))[0]


def finding(row: Row) -> str:
    """"Internet: cannot reach the internet (DNS does not resolve)" for a failing check row."""
    check_id = str(row.get("id", "?"))
    facts = row.get("facts") if isinstance(row.get("facts"), Mapping) else {}
    assert isinstance(facts, Mapping)
    if str(row.get("status")) == "error":
        return f"{title(check_id)}: could not be checked ({row.get('reason') or 'no reason'})"
    words = _FINDINGS.get(check_id, (check_id, "failed"))[1].format_map(_Unknown(facts))
    error = facts.get("error")
    if error:
        words += f" ({_ERRORS.get(str(error).lower(), str(error))})"
    return f"{title(check_id)}: {words}"
