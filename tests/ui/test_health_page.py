"""The Health page with pytest-qt: streaming results, grouping, the fix flow, help."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import build_core
from desktop.health_service import DeskmateHooks, HealthService
from desktop.policy import TomlPolicyFile
from desktop.secrets import MemorySecretStore
from desktop.shell.task_runner import QtTaskRunner
from desktop.tasks import InlineTaskRunner
from diagnostics.catalogue import build_checks
from diagnostics.config import HealthConfig
from diagnostics.fixes.attempts import AttemptLog
from diagnostics.fixes.base import FixOutcome, FixPlan, FixReport, FixUnavailableError, PlanItem
from diagnostics.fixes.process_fix import CloseProcessFix
from diagnostics.fixes.service import FixService
from diagnostics.result import Category, CheckResult, RunSummary, Status
from diagnostics.system import ProcessUse
from tests.conftest import require
from tests.diagnostics.fakes import prefill_updates_cache
from tests.ui.app_builder import interface_language
from ui import health_wording as words
from ui.check_section import CheckSection
from ui.pages.health_page import HealthPage


def _r(cid: str, cat: Category, status: Status, fix: str | None = None, **facts: object
       ) -> CheckResult:
    return CheckResult(cid, cat, status, facts, fix, 0.01)  # type: ignore[arg-type]  # plain facts


RESULTS = (
    _r("system.os", Category.SYSTEM, Status.OK, name="Debian", version="12", build="6.1"),
    _r("system.disk", Category.SYSTEM, Status.FAIL, "disk.cleanup", volumes=(
        {"mountpoint": "/", "free_bytes": 1, "free_percent": 0.5, "total_bytes": 9},)),
    _r("network.internet", Category.NETWORK, Status.OK),
    _r("security.firewall", Category.SECURITY, Status.SKIPPED, reason=None),
    _r("deskmate.outbox", Category.DESKMATE, Status.WARN, "deskmate.retry_outbox", waiting=2),
)


class Recorder:
    def __init__(self, confirm: bool = True) -> None:
        self.answer, self.asked, self.told, self.applied = confirm, [], [], []  # type: ignore[var-annotated]  # test lists

    def confirm(self, _parent: object, title: str, text: str) -> bool:
        self.asked.append((title, text))
        return self.answer

    def inform(self, _parent: object, title: str, text: str) -> None:
        self.told.append((title, text))


Report = Callable[[CheckResult], None]


def _streaming(results: tuple[CheckResult, ...]) -> Callable[[Report], RunSummary]:
    def run(report: Callable[[CheckResult], None]) -> RunSummary:
        for result in results:
            report(result)
        return RunSummary(results, 0.0, 0.1)

    return run


def _plan(fix_id: str, _before: CheckResult | None = None) -> FixPlan:
    if fix_id == "disk.cleanup":
        return FixPlan(fix_id, "system.disk", (PlanItem("delete", "temp:/tmp", 5 * 1024**2, 12),
                                               PlanItem("delete", "trash:/home/t", 1024**2, 3)))
    raise FixUnavailableError("nothing to delete")


def _page(qtbot: QtBot, rec: Recorder, results: tuple[CheckResult, ...] = RESULTS) -> HealthPage:
    def apply(plan: FixPlan, before: CheckResult | None) -> FixReport:
        rec.applied.append(plan.fix_id)
        after = _r("system.disk", Category.SYSTEM, Status.OK, None, volumes=(
            {"mountpoint": "/", "free_bytes": 9, "free_percent": 50.0, "total_bytes": 18},))
        return FixReport(plan.fix_id, plan.check_id, FixOutcome(True, {"freed_bytes": 6 * 1024**2}),
                         before, after, 0.0)

    page = HealthPage(InlineTaskRunner(), _streaming(results), _plan, apply,
                      ("disk.cleanup", "deskmate.retry_outbox"), len(results),
                      rec.confirm, rec.inform)
    qtbot.addWidget(page)
    return page


def _ids(section: CheckSection) -> list[str]:
    rows = section.rows
    return [rows.itemAt(i).widget().result.id for i in range(rows.count())]  # type: ignore[union-attr]  # check rows


def test_problems_open_fine_rows_fold_into_one_line_not_checked_last(qtbot: QtBot) -> None:
    page = _page(qtbot, Recorder())
    page.show()
    with qtbot.waitSignal(page.run_finished) as finished:
        page.start_run()
    assert isinstance(finished.args[0], RunSummary)
    layout = page._body_layout
    order = [layout.itemAt(i).widget() for i in range(layout.count() - 1)]
    needs, fine, unchecked = (page.sections[n] for n in ("needs", "fine", "not_checked"))
    assert order == [needs, fine, unchecked]
    assert _ids(needs) == ["system.disk", "deskmate.outbox"]  # worst first
    assert needs.is_open()
    assert page.rows["system.disk"].isVisible()
    assert _ids(fine) == ["system.os", "network.internet"]
    assert not fine.is_open()  # one line …
    assert fine.toggle.text() == "2 things are fine"
    assert not page.rows["system.os"].isVisible()
    fine.toggle.click()  # … that opens
    assert page.rows["system.os"].isVisible()
    assert _ids(unchecked) == ["security.firewall"]
    assert unchecked.toggle.text() == "Not checked on this computer (1)"
    assert page.header.subtitle_label.text() == "2 things need a look · checked just now"
    assert page.rows["system.disk"].fix_button is not None
    assert page.rows["system.os"].fix_button is None
    assert page.rows["system.disk"].ask_button is not None
    assert page.rows["system.os"].ask_button is None
    assert page.run_button.isEnabled()


def test_ask_it_about_this_names_the_check(qtbot: QtBot) -> None:
    page = _page(qtbot, Recorder())
    page.start_run()
    ask = page.rows["system.disk"].ask_button
    assert ask is not None
    assert ask.accessibleName() == "Ask IT about Disk space"
    with qtbot.waitSignal(page.ask_about) as asked:
        ask.click()
    assert asked.args[0].id == "system.disk"


def test_fix_flow_explains_asks_applies_and_shows_before_after(qtbot: QtBot) -> None:
    rec = Recorder(confirm=True)
    page = _page(qtbot, rec)
    page.start_run()
    button = page.rows["system.disk"].fix_button
    assert button is not None
    with qtbot.waitSignal(page.fix_finished) as done:
        button.click()
    title, text = rec.asked[0]
    assert title == "Free up space"
    assert "Delete 12 files (5.0 MB) from temporary files: /tmp" in text
    assert rec.applied == ["disk.cleanup"]
    assert isinstance(done.args[0], FixReport)
    assert rec.told[0][1] == "Done: 6.0 MB freed. Before: Problem. After: Fine."
    assert page.status_of("system.disk") is Status.OK
    assert page.summary is not None
    assert page.summary.by_id("system.disk").status is Status.OK  # type: ignore[union-attr]  # present


def test_declined_fix_changes_nothing(qtbot: QtBot) -> None:
    rec = Recorder(confirm=False)
    page = _page(qtbot, rec)
    page.start_run()
    page.rows["system.disk"].fix_button.click()  # type: ignore[union-attr]  # has a fix
    assert rec.asked
    assert rec.applied == []
    assert page.status_of("system.disk") is Status.FAIL


def test_fix_with_nothing_to_do_says_so(qtbot: QtBot) -> None:
    rec = Recorder()
    page = _page(qtbot, rec)
    page.start_run()
    page.rows["deskmate.outbox"].fix_button.click()  # type: ignore[union-attr]  # has a fix
    assert rec.told[0][0] == "Nothing to fix"
    assert rec.told[0][1].startswith("There is nothing to delete: the files are already gone.")
    assert "(nothing to delete)" not in rec.told[0][1]  # the fix's own word is not shown


@pytest.mark.parametrize(("reason", "german"), [
    ("nothing to delete", "Es gibt nichts zu löschen: Die Dateien sind schon weg."),
    ("no DNS cache", "Dieser Computer hat keinen Namens-Cache, den Deskmate leeren kann."),
    ("process gone", "Das Programm ist bereits beendet."),
    ("something new", "Deskmate hat hier nichts gefunden, was es tun könnte."),
])
def test_why_a_fix_cannot_run_is_said_in_german(
    qtbot: QtBot, reason: str, german: str, german_ui: None
) -> None:
    rec = Recorder()

    def plan(fix_id: str, _before: CheckResult | None = None) -> FixPlan:
        raise FixUnavailableError(reason)

    page = HealthPage(InlineTaskRunner(), _streaming(RESULTS), plan, lambda *_: None,
                      ("disk.cleanup", "deskmate.retry_outbox"), len(RESULTS),
                      rec.confirm, rec.inform)
    qtbot.addWidget(page)
    page.start_run()
    page.rows["deskmate.outbox"].fix_button.click()  # type: ignore[union-attr]  # has a fix
    assert rec.told[0][0] == "Nichts zu beheben"
    assert rec.told[0][1].startswith(german)
    assert reason not in rec.told[0][1]


@pytest.fixture
def german_ui(qapp: QApplication) -> Iterator[None]:
    with interface_language("de"):
        yield


def test_help_carries_the_results(qtbot: QtBot) -> None:
    page = _page(qtbot, Recorder())
    page.start_run()
    with qtbot.waitSignal(page.help_requested) as asked:
        page.help_button.click()
    assert asked.args[0] is page.summary


def test_buttons_are_named_and_reachable_by_tab(qtbot: QtBot) -> None:
    page = _page(qtbot, Recorder())
    page.start_run()
    page.show()
    qtbot.waitExposed(page)
    fix = page.rows["system.disk"].fix_button
    assert fix is not None
    assert fix.accessibleName() == "Free up space… for Disk space"
    for widget in (page.run_button, page.help_button, fix):
        assert widget.accessibleName()
        assert widget.focusPolicy() & widget.focusPolicy().TabFocus


def test_every_check_and_status_has_words() -> None:
    for check in build_checks(HealthConfig()):
        assert words.title(check.id) != check.id
        for status in Status:
            wording = words.explain(CheckResult(check.id, check.category, status, {}, "x", 0))
            assert wording.title
            assert wording.status
            assert "{" not in wording.why + wording.what_to_do
            if status.is_problem and status is not Status.ERROR and check.id != "system.os":
                assert wording.why


@pytest.mark.slow
def test_real_results_from_this_machine(qtbot: QtBot, tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("", encoding="utf-8")
    prefill_updates_cache(tmp_path / "p" / "cache")
    core = build_core(tmp_path / "p", policy_source=TomlPolicyFile(policy),
                      secrets=MemorySecretStore())
    service = HealthService(core.settings, core.paths, DeskmateHooks(outbox_backlog=lambda: 0))
    page = HealthPage(InlineTaskRunner(), lambda report: service.run(on_result=report),
                      service.fixes.plan, service.fixes.apply, service.fixes.ids(),
                      len(service.checks()))
    qtbot.addWidget(page)
    page.start_run()
    assert page.summary is not None
    assert len(page.rows) == len(page.summary.results) >= 20


def test_results_appear_as_they_stream_and_a_rerun_replaces_them(qtbot: QtBot) -> None:
    gate = threading.Event()

    def run(report: Callable[[CheckResult], None]) -> RunSummary:
        for index, result in enumerate(RESULTS):
            report(result)
            if index == 0:
                gate.wait(10)  # hold the run until the first row is on screen
        return RunSummary(RESULTS, 0.0, 0.1)

    runner = QtTaskRunner()
    page = HealthPage(runner, run, _plan, lambda p, b: None,  # type: ignore[arg-type,return-value]  # never applied
                      run_on_show=False)
    qtbot.addWidget(page)
    page.start_run()
    qtbot.waitUntil(lambda: len(page.rows) == 1, timeout=5000)
    assert page.running  # shown while the other checks are still going
    gate.set()
    qtbot.waitUntil(lambda: not page.running, timeout=5000)
    assert len(page.rows) == len(RESULTS)
    page.start_run()
    qtbot.waitUntil(lambda: not page.running, timeout=5000)
    assert len(page.rows) == len(RESULTS)
    rows = page.findChildren(type(page.rows["system.os"]))
    shown = [row for row in rows if not row.isHidden()]  # replaced rows are hidden, then gone
    assert len(shown) == len(RESULTS)
    runner.wait_for_done(5000)


def test_opening_the_page_runs_the_checks_once(qtbot: QtBot) -> None:
    calls: list[int] = []

    def run(report: Callable[[CheckResult], None]) -> RunSummary:
        calls.append(1)
        return RunSummary(RESULTS, 0.0, 0.1)

    page = HealthPage(InlineTaskRunner(), run, _plan, lambda p, b: None)  # type: ignore[arg-type,return-value]  # never applied
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.hide()
    page.show()
    assert calls == [1]


def test_failed_fix_offers_a_help_request(qtbot: QtBot) -> None:
    rec = Recorder(confirm=True)

    def apply(plan: FixPlan, before: CheckResult | None) -> FixReport:
        return FixReport(plan.fix_id, plan.check_id, FixOutcome(False, {}, "needs admin"),
                         before, before, 0.0)

    page = HealthPage(InlineTaskRunner(), _streaming(RESULTS), _plan, apply, ("disk.cleanup",),
                      confirm=rec.confirm, inform=rec.inform, run_on_show=False)
    qtbot.addWidget(page)
    page.start_run()
    with qtbot.waitSignal(page.help_requested) as asked:
        page.rows["system.disk"].fix_button.click()  # type: ignore[union-attr]  # has a fix
    assert asked.args[0] is page.summary
    assert "administrator rights" in rec.asked[-1][1]


def test_lupdate_finds_the_health_wording(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    require(lupdate.exists(), "pyside6-lupdate is not installed")
    target = tmp_path / "health.ts"
    subprocess.run([str(lupdate), words.__file__, "-ts", str(target)], check=True,
                   capture_output=True, timeout=60)
    text = target.read_text(encoding="utf-8")
    assert text.count("<message>") >= 140
    assert "<source>Your disk is nearly full. Programs and updates fail when it runs out." in text


def test_close_program_plans_for_the_program_the_row_named(qtbot: QtBot, tmp_path: Path) -> None:
    """The row names one program; "Close program…" must offer exactly that one, not the busiest
    process on the machine (which was another job's apt-get)."""
    env = {**os.environ, "DISPLAY": ":99"}
    named, busier = (subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"],
                                      env=env) for _ in range(2))
    try:
        sample = [ProcessUse(busier.pid, "python", 95.0, 1.0),
                  ProcessUse(named.pid, "python", 60.0, 1.0)]
        fixes = FixService([CloseProcessFix(sample=lambda: sample)], rerun=lambda _id: RESULTS[0],
                           attempts=AttemptLog(tmp_path / "attempts.db"))
        row = _r("system.processes", Category.SYSTEM, Status.WARN, "process.close",
                 hog={"pid": named.pid, "name": "python", "cpu_percent": 60.0})
        planned: list[FixPlan] = []

        def plan(fix_id: str, before: CheckResult | None) -> FixPlan:
            planned.append(fixes.plan(fix_id, before))
            return planned[-1]

        rec = Recorder(confirm=False)
        page = HealthPage(InlineTaskRunner(), _streaming((row,)), plan, fixes.apply,
                          fixes.ids(), 1, rec.confirm, rec.inform, run_on_show=False)
        qtbot.addWidget(page)
        page.start_run()
        qtbot.waitUntil(lambda: "system.processes" in page.rows)
        button = page.rows["system.processes"].fix_button
        assert button is not None
        button.click()
        assert [p.facts["pid"] for p in planned] == [named.pid]
        assert rec.asked
        assert "python" in rec.asked[0][1]
    finally:
        for child in (named, busier):
            child.kill()
            child.wait()
