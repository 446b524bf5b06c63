"""The ticket's first screen in words: who, OS, what fails, since when, for how long."""

from __future__ import annotations

from datetime import datetime

from desktop.helpdesk.check_findings import finding, title
from desktop.helpdesk.connector import RequestKind
from desktop.helpdesk.os_name import linux_name, mac_name, windows_name
from desktop.helpdesk.request_form import (
    AccessPeriod,
    AccessRequest,
    Approval,
    Frequency,
    RequestForm,
    Urgency,
)
from desktop.helpdesk.ticket_summary import duration_words, since_when, summary_lines, who

AT = datetime(2026, 11, 30, 10, 2).timestamp()


def _clock(at: float) -> str:
    return datetime.fromtimestamp(at).astimezone().strftime("%Y-%m-%d %H:%M %Z")


def test_os_as_people_say_it() -> None:
    assert linux_name({"NAME": "Ubuntu", "VERSION_ID": "22.04",
                       "PRETTY_NAME": "Ubuntu 22.04.4 LTS"}) == "Ubuntu 22.04"
    assert linux_name({"PRETTY_NAME": "Arch Linux", "NAME": "Arch Linux"}) == "Arch Linux"
    assert windows_name("10.0.22631", "23H2") == "Windows 11 23H2"
    assert windows_name("10.0.19045", "22H2") == "Windows 10 22H2"
    assert mac_name("14.5") == "macOS 14.5"


def test_findings_in_words_for_agents() -> None:
    assert finding({"id": "network.internet", "status": "fail",
                    "facts": {"error": "name not resolved"}}) == (
        "Internet: cannot reach the internet (DNS does not resolve)")
    assert finding({"id": "system.memory", "status": "fail",
                    "facts": {"available_percent": 4}}) == "Memory: only 4 % of memory free"
    assert finding({"id": "system.clock", "status": "error", "reason": "no server configured"}
                   ) == "Clock: could not be checked (no server configured)"
    assert finding({"id": "custom.thing", "status": "fail"}) == "custom.thing: failed"
    assert title("security.encryption") == "Disk encryption"


def test_since_when_from_the_timeline() -> None:
    boot = {"type": "event", "at": AT, "kind": "boot", "value": AT}
    memory = {"type": "fact", "kind": "memory_above", "threshold": 90.0, "hours": 3.0}
    assert since_when([]) == "not known (no health timeline attached)"
    assert since_when([boot]) == f"no sign in the health timeline (last restart {_clock(AT)})"
    assert since_when([memory, boot]) == (
        f"memory above 90 % for 3.0 h (last restart {_clock(AT)})")
    down = {"type": "event", "at": AT + 60, "kind": "network_down", "value": 0}
    up = {"type": "event", "at": AT + 120, "kind": "network_up", "value": 1}
    assert since_when([boot, down]) == f"network down since {_clock(AT + 60)}"
    assert since_when([down, up, memory]) == "memory above 90 % for 3.0 h"


def test_who_names_a_reply_address_or_says_there_is_none() -> None:
    assert who({"name": "Alex Doe", "account": "alex", "email": "alex@acme.example"}) == (
        "Alex Doe, reply to alex@acme.example (account alex)")
    assert who({"account": "alex"}) == "alex, no reply address known"


def test_access_duration_reaches_fields_and_words() -> None:
    access = AccessRequest("figma", "Figma", Approval.IT, "Design review", Frequency.WEEKLY,
                           duration=AccessPeriod(days=1)).checked()
    assert access.as_fields()["duration_days"] == "1"
    assert duration_words(access.duration) == "1 day"
    assert duration_words(AccessPeriod(days=7)) == "7 days"
    assert duration_words(AccessPeriod()) == "permanently"
    assert AccessRequest("a", "A", Approval.IT, "x", Frequency.DAILY).duration == (
        AccessPeriod())


def test_device_names_the_architecture_once() -> None:
    lines = summary_lines(RequestForm(RequestKind.REQUEST, "x", "Slow", "", Urgency.LOW), (),
                          {"hostname": "vm", "model": "x86_64", "architecture": "x86_64"}, {})
    assert lines[1] == "Device: vm, x86_64"
