"""Health wording speaks to people: a load above the processor count is not "185.9%"."""

from __future__ import annotations

from types import MappingProxyType

from pytestqt.qtbot import QtBot

from desktop.helpdesk.check_findings import finding
from diagnostics.fixes.base import FixPlan, PlanItem
from diagnostics.result import Category, CheckResult, Status
from diagnostics.system import Thresholds, check_cpu
from ui.health_wording import explain, plan_text


def _overloaded() -> CheckResult:
    outcome = check_cpu((8.0, 7.44, 6.0), 4, Thresholds())
    assert outcome.status is Status.FAIL
    assert outcome.facts["sustained_percent"] == 186.0
    return CheckResult("system.cpu", Category.SYSTEM, outcome.status,
                       MappingProxyType(dict(outcome.facts)), outcome.fix_id, 0.01)


def test_an_overloaded_processor_is_said_without_a_percentage_over_100() -> None:
    wording = explain(_overloaded())
    assert "186" not in wording.why
    assert "%" not in wording.why
    assert "more work than it can keep up with" in wording.why


def test_the_agent_reads_the_load_and_the_processor_count() -> None:
    result = _overloaded()
    line = finding(result.to_json())  # the ticket reads the JSON row
    assert "5-minute load 7.44 on 4 processors" in line


def test_an_overdue_required_app_is_said_for_the_person_and_the_agent() -> None:
    result = CheckResult("deskmate.deadlines", Category.DESKMATE, Status.WARN,
                         {"count": 1, "apps": "Zoom"}, None, 0.0)
    wording = explain(result)
    assert wording.title == "Required apps"
    assert wording.why == "IT's deadline has passed for: Zoom."
    assert "Apps page" in wording.what_to_do
    assert "Required apps: Zoom past IT's deadline" in finding(result.to_json())


def _result(check_id: str, category: Category, **facts: object) -> CheckResult:
    return CheckResult(check_id, category, Status.WARN, MappingProxyType(facts), None, 0.01)


def test_counts_are_said_with_the_right_plural(qtbot: QtBot) -> None:
    """"1 updates are waiting" and "for 12.53 days" were hand-made; now %n forms say them."""
    one = explain(_result("security.updates", Category.SECURITY, count=1, security=0))
    assert one.why.startswith("1 update is waiting")
    many = explain(_result("security.updates", Category.SECURITY, count=4, security=1))
    assert many.why.startswith("4 updates are waiting, 1 of them for security")
    uptime = explain(_result("system.uptime", Category.SYSTEM, uptime_days=12.53))
    assert uptime.why.startswith("Your computer has not restarted for 12 days.")
    down = explain(_result("network.endpoints", Category.NETWORK, unreachable=1))
    assert down.why == "1 company service does not answer."


def test_a_plan_counts_files_and_minutes_with_plurals(qtbot: QtBot) -> None:
    plan = FixPlan("system.restart", "system.uptime", (PlanItem("restart", "computer"),),
                   facts={"minutes": 1})
    assert "Restart your computer in 1 minute." in plan_text(plan)
    files = FixPlan("disk.cleanup", "system.disk", (PlanItem("delete", "temp:/tmp", 2048, 1),))
    assert "Delete 1 file (2.0 kB) from temporary files: /tmp" in plan_text(files)


def _status_result(check_id: str, status: Status, **facts: object) -> CheckResult:
    return CheckResult(check_id, Category.SYSTEM, status, MappingProxyType(dict(facts)), None, 0.0)


GB = 1024**3


def test_disk_space_is_said_as_free_of_total_on_fine_and_problem_rows() -> None:
    volume = {"mountpoint": "/", "total_bytes": 256 * GB, "free_bytes": 12 * GB,
              "free_percent": 4.7, "status": "fail"}
    fine = explain(_status_result("system.disk", Status.OK, volumes=(volume,)))
    assert fine.why == "12 GB free of 256 GB on /."
    problem = explain(_status_result("system.disk", Status.FAIL, volumes=(volume,)))
    assert problem.why.endswith(" 12 GB free of 256 GB on /.")
    small = dict(volume, free_bytes=int(1.5 * GB))
    assert explain(_status_result("system.disk", Status.OK, volumes=(small,))).why.startswith(
        "1.5 GB")


def test_memory_is_said_as_free_of_total() -> None:
    facts = {"total_bytes": 16 * GB, "available_bytes": int(5.2 * GB), "available_percent": 32.5}
    assert explain(_status_result("system.memory", Status.OK, **facts)).why == (
        "5.2 GB of 16 GB memory free.")


def test_battery_is_said_with_its_health_in_words() -> None:
    healthy = explain(_status_result("system.battery", Status.OK, charge_percent=81.0,
                              plugged_in=False, health_percent=93.0))
    assert healthy.why == "Battery at 81 %, healthy."
    worn = explain(_status_result("system.battery", Status.WARN, charge_percent=81.0,
                           plugged_in=True, health_percent=64.0))
    assert "Battery at 81 %, charging, worn (64 % of its original capacity)." in worn.why
    unknown = explain(_status_result("system.battery", Status.OK, charge_percent=50.0,
                              plugged_in=False, health_percent=None))
    assert unknown.why == "Battery at 50 %."


def test_time_since_restart_is_a_human_duration() -> None:
    def said(days: float) -> str:
        return explain(_status_result("system.uptime", Status.OK, uptime_days=days)).why

    assert said(0.2) == "Restarted 5 hours ago."
    assert said(1.2 / 24) == "Restarted about an hour ago."
    assert said(0.01) == "Restarted less than an hour ago."
    assert said(1.3) == "Restarted yesterday."
    assert said(3.4) == "Restarted 3 days ago."
    warn = explain(_status_result("system.uptime", Status.WARN, uptime_days=12.37))
    assert "12.37" not in warn.why
    assert "12 days" in warn.why
