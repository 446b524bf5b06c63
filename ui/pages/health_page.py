"""The Health page: runs the checks, shows them grouped with problems first, offers fixes."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.health_state import OverallState
from desktop.helpdesk.outbox_database import OutboxCondition, OutboxHealth
from desktop.tasks import TaskRunner
from diagnostics.fixes.base import FixError, FixPlan, FixReport
from diagnostics.result import Category, CheckResult, RunSummary, Status
from ui import health_wording as words
from ui.check_section import CheckSection
from ui.fix_reason_words import fix_reason_words
from ui.page_header import PageHeader
from ui.theme import state_icon

log = logging.getLogger(__name__)
ROWS_PER_TURN = 3  # rows built per event-loop turn while results stream in

RunChecks = Callable[[Callable[[CheckResult], None]], RunSummary]
PlanFix = Callable[[str, CheckResult | None], FixPlan]  # fix id, the row it was started from
ApplyFix = Callable[[FixPlan, CheckResult | None], FixReport]
Confirm = Callable[[QWidget, str, str], bool]
Inform = Callable[[QWidget, str, str], None]
_ICON_STATE = {Status.OK: OverallState.OK, Status.SKIPPED: OverallState.UNKNOWN,
               Status.WARN: OverallState.ATTENTION, Status.ERROR: OverallState.ATTENTION,
               Status.FAIL: OverallState.PROBLEM}
_ORDER = (Category.SYSTEM, Category.NETWORK, Category.SECURITY, Category.DESKMATE)
_NEEDS, _FINE, _NOT_CHECKED = "needs", "fine", "not_checked"
_SECTIONS = (_NEEDS, _FINE, _NOT_CHECKED)  # top to bottom


def _section_of(result: CheckResult) -> str:
    if result.status.is_problem:
        return _NEEDS
    return _NOT_CHECKED if result.status is Status.SKIPPED else _FINE


def _row_order(result: CheckResult) -> tuple[int, int, str]:
    return (-result.status.rank, _ORDER.index(result.category), words.title(result.id))


def confirmation_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A fix's "are you sure": Enter and Esc both mean Cancel; only an explicit Yes runs it."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box


def _ask(parent: QWidget, title: str, text: str) -> bool:
    return confirmation_box(parent, title, text).exec() == QMessageBox.StandardButton.Yes


def _tell(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


class CheckRow(QFrame):
    """One result: a status glyph with words, the title, the explanation and a fix button."""

    fix_clicked = Signal(object)  # the CheckResult
    ask_clicked = Signal(object)  # the CheckResult: "Ask IT about this"

    def __init__(self, result: CheckResult, fix_available: bool, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.result = result
        wording = words.explain(result)
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 6, 4, 6)
        icon = QLabel()
        icon.setPixmap(state_icon(_ICON_STATE[result.status], 20).pixmap(20, 20))
        layout.addWidget(icon, 0, 0, Qt.AlignmentFlag.AlignTop)
        self.title_label = QLabel(f"<b>{wording.title}</b> — {wording.status}")
        layout.addWidget(self.title_label, 0, 1)
        text = wording.why + (f"<br><i>{wording.what_to_do}</i>" if wording.what_to_do else "")
        self.text_label = QLabel(text)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text_label, 1, 1)
        layout.setColumnStretch(1, 1)
        self.fix_button: QPushButton | None = None
        if result.fix_id and fix_available and result.status.is_problem:
            self.fix_button = QPushButton(words.fix_label(result.fix_id))
            self.fix_button.setAccessibleName(
                self.tr("{fix} for {check}").format(fix=words.fix_label(result.fix_id),
                                                    check=wording.title))
            self.fix_button.clicked.connect(lambda: self.fix_clicked.emit(self.result))
            layout.addWidget(self.fix_button, 0, 2, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        self.ask_button: QPushButton | None = None
        if result.status.is_problem:
            self.ask_button = QPushButton(self.tr("Ask IT about this"))
            self.ask_button.setAccessibleName(
                self.tr("Ask IT about {check}").format(check=wording.title))
            self.ask_button.clicked.connect(lambda: self.ask_clicked.emit(self.result))
            layout.addWidget(self.ask_button, 0, 3, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(f"{wording.title}: {wording.status}. {wording.why}")


class HealthPage(QWidget):
    """Runs checks through the task runner (results stream in), and fixes after a yes."""

    run_started = Signal()
    run_finished = Signal(object)  # RunSummary
    fix_finished = Signal(object)  # FixReport
    help_requested = Signal(object)  # RunSummary | None: the results to attach
    ask_about = Signal(object)  # CheckResult: "Ask IT about this" on one problem

    def __init__(self, runner: TaskRunner, run_checks: RunChecks, plan_fix: PlanFix,
                 apply_fix: ApplyFix, fix_ids: tuple[str, ...] = (), expected_checks: int = 0,
                 confirm: Confirm = _ask, inform: Inform = _tell, run_on_show: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._run_checks = runner, run_checks
        self._pending: list[CheckResult] = []
        self._plan_fix, self._apply_fix = plan_fix, apply_fix
        self._fix_ids, self._expected = frozenset(fix_ids), expected_checks
        self._confirm, self._inform = confirm, inform
        self._results: dict[str, CheckResult] = {}
        self.summary: RunSummary | None = None
        self.running = False
        self._run_on_show = run_on_show
        self._finished_at = 0.0
        self._build()
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(60_000)  # "checked 3 minutes ago" stays true
        self._age_timer.timeout.connect(self._update_header)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.header = PageHeader(self.tr("Check my computer"),
                                 self.tr("Deskmate looks at the usual causes of trouble."))
        layout.addWidget(self.header)
        self.outbox_notice = QLabel()
        self.outbox_notice.setWordWrap(True)
        self.outbox_notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outbox_notice.setAccessibleName(self.tr("Request outbox"))
        self.outbox_notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.outbox_notice.setContentsMargins(8, 6, 8, 6)
        self.outbox_notice.hide()
        layout.addWidget(self.outbox_notice)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Run again"))
        self.run_button.setAccessibleName(self.tr("Run all checks again"))
        self.run_button.clicked.connect(self.start_run)
        self.help_button = QPushButton(self.tr("Still not working? Ask for help"))
        self.help_button.setAccessibleName(self.tr("Ask IT for help with these results attached"))
        self.help_button.clicked.connect(lambda: self.help_requested.emit(self.summary))
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        buttons.addWidget(self.help_button)
        layout.addLayout(buttons)
        self._body = QWidget()
        self._body_layout = QVBoxLayout(self._body)
        self._body_layout.setContentsMargins(0, 0, 0, 0)
        # Grow with the rows (and scroll) instead of squeezing them into the viewport.
        self._body_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._body)
        layout.addWidget(scroll, 1)
        self.sections = {name: CheckSection(name != _NEEDS) for name in _SECTIONS}
        for section in self.sections.values():
            section.hide()
            self._body_layout.addWidget(section)
        self._body_layout.addStretch(1)
        self.rows: dict[str, CheckRow] = {}

    def show_outbox_health(self, health: OutboxHealth) -> None:
        """Say in words when the outbox was replaced or cannot be written (hidden when fine)."""
        if health.condition is OutboxCondition.REPLACED:
            text = self.tr("Deskmate's request outbox was damaged and moved aside to {0}; a "
                           "fresh one was started. Requests you send now are kept as usual."
                           ).format(health.moved_to)
        elif health.condition is OutboxCondition.UNWRITABLE:
            folder = health.database.parent if health.database else ""
            text = self.tr("Deskmate cannot save requests: your profile folder {0} is "
                           "read-only or full. The checks still run; a request you write "
                           "can be copied and sent another way.").format(folder)
        else:
            text = ""
        self.outbox_notice.setText(text)
        self.outbox_notice.setVisible(bool(text))

    def showEvent(self, event: QShowEvent) -> None:
        """The page runs the checks when it is first opened."""
        super().showEvent(event)
        if self._run_on_show and self.summary is None and not self.running:
            self.start_run()

    def start_run(self) -> None:
        """Run every check; each result shows as soon as it is in."""
        if self.running:
            return
        self.running, self.summary = True, None
        self.run_button.setEnabled(False)
        self._clear()
        self._update_header()
        self.run_started.emit()
        self._runner.submit_with_progress(self._run_checks, self._on_result, self._on_finished,
                                          self._on_error)

    def _on_result(self, result: Any) -> None:
        """Results often arrive in bursts (many checks finish together); they are placed a
        few per event-loop turn so the GUI thread never stalls on a burst."""
        if isinstance(result, CheckResult):
            self._pending.append(result)
            if len(self._pending) == 1:
                QTimer.singleShot(0, self._drain)

    def _drain(self) -> None:
        batch, self._pending = self._pending[:ROWS_PER_TURN], self._pending[ROWS_PER_TURN:]
        for result in batch:
            self._place(result)
        if batch:
            self._update_header()
        if self._pending:
            QTimer.singleShot(0, self._drain)

    def _on_finished(self, summary: RunSummary) -> None:
        self._pending = []  # the summary below has every result
        self.running, self.summary = False, summary
        for result in summary.results:
            if self._results.get(result.id) != result:
                self._place(result)
        self.run_button.setEnabled(True)
        self._finished_at = time.monotonic()
        self._age_timer.start()
        self._update_header()
        self.run_finished.emit(summary)

    def _on_error(self, exc: BaseException) -> None:
        log.error("Health run failed", extra={"error": repr(exc)})
        self.running = False
        self.run_button.setEnabled(True)
        self.header.set_subtitle(self.tr("The checks could not run. Try again, or ask for help."))

    def _update_header(self) -> None:
        results = tuple(self._results.values())
        age = None if self.summary is None else time.monotonic() - self._finished_at
        self.header.set_subtitle(words.summary_text(results, self.running, self._expected, age))

    def _clear(self) -> None:
        for row in self.rows.values():
            self._drop(row)
        for section in self.sections.values():
            section.hide()
        self._results, self.rows = {}, {}

    def _place(self, result: CheckResult) -> None:
        """Show one result in its section at its sorted place, replacing an older one;
        only that row is built, so a streamed result costs the GUI thread very little."""
        old = self.rows.pop(result.id, None)
        if old is not None:
            self._drop(old)
        self._results[result.id] = result
        row = CheckRow(result, result.fix_id in self._fix_ids)
        row.fix_clicked.connect(self.start_fix)
        row.ask_clicked.connect(self.ask_about)
        self.rows[result.id] = row
        name = _section_of(result)
        mine = sorted((r for r in self._results.values() if _section_of(r) == name),
                      key=_row_order)
        self.sections[name].rows.insertWidget(mine.index(result), row)
        self._update_sections()

    def _drop(self, row: CheckRow) -> None:
        for section in self.sections.values():
            section.rows.removeWidget(row)
        row.hide()  # deleteLater waits for the event loop; do not show it till then
        row.deleteLater()

    def _update_sections(self) -> None:
        counts = {name: 0 for name in _SECTIONS}
        for result in self._results.values():
            counts[_section_of(result)] += 1
        titles = {
            _NEEDS: self.tr("Needs a look"),
            _FINE: self.tr("%n thing(s) are fine", "", counts[_FINE]),
            _NOT_CHECKED: self.tr("Not checked on this computer ({n})").format(
                n=counts[_NOT_CHECKED]),
        }
        for name, section in self.sections.items():
            section.set_title(titles[name])
            section.setVisible(counts[name] > 0)

    def start_fix(self, result: CheckResult) -> None:
        """Plan the fix (off the GUI thread), explain it, and apply it after a yes."""
        fix_id = result.fix_id
        if fix_id is None:
            return
        self._runner.submit(lambda: self._plan_fix(fix_id, result),
                            lambda plan: self._confirm_fix(plan, result), self._fix_not_possible)

    def _confirm_fix(self, plan: FixPlan, before: CheckResult) -> None:
        title = words.fix_label(plan.fix_id).rstrip("…")
        text = self.tr("Deskmate will:") + "\n\n" + words.plan_text(plan) + "\n\n" + \
            self.tr("Go ahead?")
        if not self._confirm(self, title, text):
            return
        self._runner.submit(lambda: self._apply_fix(plan, before), self._fix_done,
                            self._fix_not_possible)

    def _fix_done(self, report: FixReport) -> None:
        if report.after is not None:
            after = report.after
            if self.summary is not None:  # help requests attach what is true now
                self.summary = replace(self.summary, results=tuple(
                    after if r.id == after.id else r for r in self.summary.results))
            self._place(after)
            self._update_header()
        self.fix_finished.emit(report)
        title, text = words.title(report.check_id), words.outcome_text(report)
        if report.outcome.succeeded:
            self._inform(self, title, text)
        elif self._confirm(self, title, text + "\n\n" + self.tr("Ask IT for help now?")):
            self.help_requested.emit(self.summary)

    def _fix_not_possible(self, exc: BaseException) -> None:
        if not isinstance(exc, FixError):
            log.error("Fix failed", extra={"error": repr(exc)})
        self._inform(self, self.tr("Nothing to fix"), self.tr(
            "{reason} If the problem stays, ask IT for help.").format(
                reason=fix_reason_words(str(exc))))

    def status_of(self, check_id: str) -> Status | None:
        result = self._results.get(check_id)
        return None if result is None else result.status
