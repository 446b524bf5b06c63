"""The Help page: the request form, its context items, known outages and the feedback box."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.health_state import OverallState
from desktop.helpdesk.connector import Attachment, RequestKind, TicketPayload
from desktop.helpdesk.context import ContextItem, ContextKind, own_file_item
from desktop.helpdesk.outbox import OutboxEntry, OutboxError
from desktop.helpdesk.request_form import (
    APP_NAME_MAX,
    FREQUENCY_WORDS,
    MANAGER_MAX,
    SUMMARY_MAX,
    URGENCY_WORDS,
    AccessRequest,
    Approval,
    Frequency,
    InvalidRequestError,
    KnownOutage,
    RequestForm,
    Urgency,
    matching_outages,
)
from desktop.tasks import TaskRunner
from ui.access_period_field import AccessPeriodField
from ui.context_item_model import ContextItemModel
from ui.context_wording import ContextWords
from ui.page_header import PageHeader
from ui.request_error_words import invalid_request_words, request_error_words
from ui.request_preview_dialog import RequestPreviewDialog
from ui.request_sent_panel import RequestSentPanel
from ui.task_error_words import task_error_words
from ui.theme import state_text_colour
from ui.work_email_field import WorkEmailField

log = logging.getLogger(__name__)

Gather = Callable[[], tuple[ContextItem, ...]]
Build = Callable[[RequestForm, tuple[ContextItem, ...]], TicketPayload]
Submit = Callable[[TicketPayload], OutboxEntry]


SEND_KEYS = "Ctrl+Enter"  # Ctrl+Return too; ⌘ on macOS


@dataclass(frozen=True)
class AccessMode:
    """What the form asks for while in access mode ("Request access" / "Ask for an app")."""

    app_id: str  # "" for an app not in the catalogue
    approval: Approval
    category: str


class OutageBox(QFrame):
    """“Is it this?” for the first matching outage, with a lightweight “Me too”."""

    me_too_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.body = QLabel()
        self.body.setWordWrap(True)
        buttons = QHBoxLayout()
        self.me_too = QPushButton(self.tr("Me too – this affects me"))
        self.me_too.setAccessibleName(self.tr("Tell IT this outage affects you too"))
        self.me_too.setToolTip(self.tr("Sends only the outage, your account and device name."))
        self.dismiss = QPushButton(self.tr("No, it is something else"))
        self.dismiss.setAccessibleName(self.tr("Not this outage: continue with the form"))
        buttons.addWidget(self.me_too)
        buttons.addWidget(self.dismiss)
        buttons.addStretch(1)
        for widget in (self.title, self.body):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self._outage_id = ""
        self.me_too.clicked.connect(lambda: self.me_too_clicked.emit(self._outage_id))
        self.dismiss.clicked.connect(self.hide)

    def show_outage(self, outage: KnownOutage) -> None:
        self._outage_id = outage.id
        self.title.setText(self.tr("⚡ Is it this? {0}").format(outage.title))
        self.body.setText(outage.body)
        self.me_too.setEnabled(True)
        self.show()


# helpdesk.categories' default names; lupdate files them under HelpPage for self.tr.
_CATEGORY_WORDS = {
    "hardware": str(QT_TRANSLATE_NOOP("HelpPage", "Hardware")),
    "software": str(QT_TRANSLATE_NOOP("HelpPage", "Software")),
    "access": str(QT_TRANSLATE_NOOP("HelpPage", "Access")),
    "network": str(QT_TRANSLATE_NOOP("HelpPage", "Network")),
    "other": str(QT_TRANSLATE_NOOP("HelpPage", "Other")),
}


class HelpPage(QWidget):
    """Signal ``request_queued(key)``: a request, +1 or idea is safely in the outbox (the
    composition root then flushes it). Call :meth:`refresh_context` when the page is shown."""

    request_queued = Signal(str)
    follow_requested = Signal(str)  # open My requests on this request
    work_email_entered = Signal(str)  # typed on the form because nobody knew it: remember it

    def __init__(
        self, runner: TaskRunner, gather: Gather, build: Build, submit: Submit,
        categories: Sequence[str], destination: str = "", parent: QWidget | None = None,
        requester_email: Callable[[], str] | None = None,
        screenshot_default: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner, self._gather, self._build, self._submit = runner, gather, build, submit
        self._requester_email = requester_email
        self._screenshot_default = screenshot_default or (lambda: True)
        self._destination = destination
        self._outages: tuple[KnownOutage, ...] = ()
        self.access_mode: AccessMode | None = None
        self._own_files: tuple[ContextItem, ...] = ()
        self.preview_dialog: RequestPreviewDialog | None = None
        self.context_model = ContextItemModel(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = self._scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        self._layout = QVBoxLayout(content)
        self._layout.setContentsMargins(24, 16, 24, 16)
        scroll.setWidget(content)
        outer.addWidget(scroll)
        self._layout.addWidget(PageHeader(
            self.tr("Get help"),
            self.tr("Tell IT what is wrong. Deskmate adds the facts IT usually asks for, and "
                    "you see everything before it is sent.")))
        self.outage_box = OutageBox()
        self.outage_box.hide()
        self.outage_box.me_too_clicked.connect(self._send_me_too)
        self._layout.addWidget(self.outage_box)
        self.form_area = QWidget()
        form_column = QVBoxLayout(self.form_area)
        form_column.setContentsMargins(0, 0, 0, 0)
        form_column.addLayout(self._form(categories))
        form_column.addWidget(self._context_group())
        form_column.addLayout(self._send_row())
        self._layout.addWidget(self.form_area)
        self._enter_keys()
        self.sent_panel = RequestSentPanel()
        self.sent_panel.hide()
        self.sent_panel.another_requested.connect(self.start_another)
        self.sent_panel.follow_requested.connect(self.follow_requested)
        self._layout.addWidget(self.sent_panel)
        self._show_access_rows(False)
        self._layout.addWidget(self._feedback_group())
        self._layout.addStretch(1)

    # Building -----------------------------------------------------------------------------

    def _enter_keys(self) -> None:
        """Enter in a one-line field goes on to the next field (a half-written request is
        never sent by a reflex); Ctrl+Enter anywhere in the form sends, as the button says."""
        for edit in (self.summary, self.app_name, self.manager, self.work_email.edit):
            edit.returnPressed.connect(self._next_field)
        for keys in (SEND_KEYS, "Ctrl+Return"):
            shortcut = QShortcut(QKeySequence(keys), self.form_area)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.send_button.click)  # a disabled button ignores it
        self.send_button.setToolTip(self.tr("Sends the request to IT ({keys})").format(
            keys=QKeySequence(SEND_KEYS).toString(QKeySequence.SequenceFormat.NativeText)))

    def _next_field(self) -> None:
        self.focusNextChild()

    def _category_words(self, name: str) -> str:
        """The built-in categories in the reader's words; IT's own names as IT wrote them."""
        marked = _CATEGORY_WORDS.get(name)
        return self.tr(marked) if marked else name.capitalize()

    def _form(self, categories: Sequence[str]) -> QFormLayout:
        form = self._form_layout = QFormLayout()
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        for name in categories:
            self.category.addItem(self._category_words(name), name)
        self.category.currentIndexChanged.connect(self._update_outages)
        self.category.activated.connect(self._category_chosen)
        form.addRow(self.tr("&Category"), self.category)
        self._access_rows(form)
        self.urgency = QComboBox()
        self.urgency.setAccessibleName(self.tr("Urgency"))
        for urgency, words in URGENCY_WORDS.items():
            self.urgency.addItem(self.tr(words), urgency.value)
        self._reset_urgency()
        self.summary = QLineEdit()
        self.summary.setMaxLength(SUMMARY_MAX)
        self.summary.setPlaceholderText(self.tr("For example: VPN fails to connect"))
        self.summary.setAccessibleName(self.tr("Summary in one line"))
        self.details = QPlainTextEdit()
        self.details.setPlaceholderText(self.tr("What happened, since when, what you were doing"))
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setTabChangesFocus(True)
        self.details.setFixedHeight(self.details.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("&Urgency"), self.urgency)
        form.addRow(self.tr("&Summary"), self.summary)
        form.addRow(self.tr("&Details"), self.details)
        self.work_email = WorkEmailField()
        self.work_email.entered.connect(self._remember_email)
        form.addRow(self.tr("Your &work e-mail"), self.work_email)
        form.setRowVisible(self.work_email, False)  # asked only while nobody knows it
        for label_field in (self.category, self.app_name, self.justification, self.frequency,
                            self.manager, self.urgency, self.summary, self.details):
            label = form.labelForField(label_field)
            if isinstance(label, QLabel):
                label.setBuddy(label_field)
        email_label = form.labelForField(self.work_email)
        if isinstance(email_label, QLabel):
            email_label.setBuddy(self.work_email.edit)
        self._error_rows()
        return form

    def _error_rows(self) -> None:
        """A message row under each field that can be wrong, hidden until it is."""
        fields: dict[str, QLineEdit | QPlainTextEdit] = {
            "summary": self.summary, "details": self.details, "app_name": self.app_name,
            "justification": self.justification, "manager": self.manager,
        }
        self._field_errors: dict[str, tuple[QWidget, QLabel]] = {}
        for name, widget in fields.items():
            label = QLabel()
            label.setObjectName("field_error")
            label.setWordWrap(True)
            label.setStyleSheet(
                f"color: {state_text_colour(OverallState.PROBLEM, self.palette()).name()};")
            row = self._row_of(widget)
            self._form_layout.insertRow(row + 1, "", label)
            self._form_layout.setRowVisible(label, False)
            self._field_errors[name] = (widget, label)
            widget.textChanged.connect(lambda _t="", n=name: self._clear_error(n))

    def _row_of(self, widget: QWidget) -> int:
        position = self._form_layout.getWidgetPosition(widget)
        assert isinstance(position, tuple)  # PySide6 returns (row, role)
        return int(position[0])

    def _show_error(self, name: str, message: str) -> bool:
        """Put ``message`` under field ``name`` and scroll to it; False if no such field."""
        found = self._field_errors.get(name)
        if found is None or not found[0].isVisibleTo(self):
            return False
        widget, label = found
        label.setText(message)
        self._form_layout.setRowVisible(label, True)
        widget.setFocus()
        self._scroll.ensureWidgetVisible(label)
        return True

    def _clear_error(self, name: str) -> None:
        label = self._field_errors[name][1]
        if label.text():
            label.clear()
            self._form_layout.setRowVisible(label, False)

    def field_error(self, name: str) -> str:
        """The message shown under field ``name`` ("" when none)."""
        label = self._field_errors[name][1]
        return label.text() if self._form_layout.isRowVisible(label) else ""

    def _access_rows(self, form: QFormLayout) -> None:
        """The structured fields of "Request access" / "Ask for an app" (hidden otherwise)."""
        self.access_intro = QLabel()
        self.access_intro.setWordWrap(True)
        self.app_name = QLineEdit()
        self.app_name.setMaxLength(APP_NAME_MAX)
        self.app_name.setPlaceholderText(self.tr("For example: Krita"))
        self.app_name.setAccessibleName(self.tr("Which app you need"))
        self.justification = QPlainTextEdit()
        self.justification.setPlaceholderText(
            self.tr("What you will use it for, and what you cannot do without it"))
        self.justification.setAccessibleName(self.tr("Why you need it (required)"))
        self.justification.setTabChangesFocus(True)
        self.justification.setFixedHeight(
            self.justification.fontMetrics().lineSpacing() * 3 + 12)
        self.frequency = QComboBox()
        self.frequency.setAccessibleName(self.tr("How often you will use it"))
        for frequency, words in FREQUENCY_WORDS.items():
            self.frequency.addItem(self.tr(words), frequency.value)
        self.manager = QLineEdit()
        self.manager.setMaxLength(MANAGER_MAX)
        self.manager.setPlaceholderText(self.tr("For example: Jane Doe or jane.doe@example.com"))
        self.manager.setAccessibleName(self.tr("Your manager's name or e-mail (required)"))
        form.addRow(self.access_intro)
        form.addRow(self.tr("&App"), self.app_name)
        form.addRow(self.tr("&Why you need it*"), self.justification)
        form.addRow(self.tr("How &often"), self.frequency)
        self.access_period = AccessPeriodField()
        form.addRow(self.tr("For how &long"), self.access_period)
        period_label = form.labelForField(self.access_period)
        if isinstance(period_label, QLabel):  # Alt+L goes to the choice
            period_label.setBuddy(self.access_period.kind)
        form.addRow(self.tr("Your &manager*"), self.manager)

    def _context_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("What Deskmate adds (uncheck anything you do not want to share)"))
        layout = QVBoxLayout(group)
        self.context_view = QListView()
        self.context_view.setModel(self.context_model)
        self.context_view.setAccessibleName(self.tr("Information attached to the request"))
        self.context_view.setFixedHeight(self.context_view.fontMetrics().lineSpacing() * 7 + 16)
        self.context_view.doubleClicked.connect(lambda index: self._view_item(index.row()))
        layout.addWidget(self.context_view)
        row = QHBoxLayout()
        self.view_button = QPushButton(self.tr("View…"))
        self.view_button.setAccessibleName(self.tr("View the selected item"))
        self.view_button.clicked.connect(self._view_selected)
        self.refresh_button = QPushButton(self.tr("Gather again"))
        self.refresh_button.setAccessibleName(self.tr("Gather the information again"))
        self.refresh_button.clicked.connect(self.refresh_context)
        self.attach_button = QPushButton(self.tr("Attach a file…"))
        self.attach_button.setAccessibleName(self.tr("Attach a file of your own"))
        self.attach_button.clicked.connect(self._choose_file)
        self.context_status = QLabel()
        row.addWidget(self.view_button)
        row.addWidget(self.refresh_button)
        row.addWidget(self.attach_button)
        row.addWidget(self.context_status, 1)
        layout.addLayout(row)
        return group

    def _send_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Request status"))
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.preview_button.setAccessibleName(self.tr("Preview what IT will see, then send"))
        self.preview_button.clicked.connect(self.preview)
        self.send_button = QPushButton(self.tr("Send to IT"))
        self.send_button.setAccessibleName(self.tr("Send this request to IT"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.leave_access_button = QPushButton(self.tr("Ask for something else"))
        self.leave_access_button.setAccessibleName(
            self.tr("Leave the access request and ask for something else"))
        self.leave_access_button.clicked.connect(self.leave_access)
        self.leave_access_button.hide()
        self.copy_button = QPushButton(self.tr("Copy my text"))
        self.copy_button.setAccessibleName(self.tr("Copy the text you typed to the clipboard"))
        self.copy_button.clicked.connect(self.copy_text)
        self.copy_button.hide()
        row.addWidget(self.status_label, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.leave_access_button)
        row.addWidget(self.preview_button)
        row.addWidget(self.send_button)
        return row

    def _feedback_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Tell IT what would make your work easier"))
        layout = QHBoxLayout(group)
        self.feedback = QPlainTextEdit()
        self.feedback.setPlaceholderText(self.tr("An idea, a wish, something that annoys you…"))
        self.feedback.setAccessibleName(self.tr("Your idea or feedback for IT"))
        self.feedback.setTabChangesFocus(True)
        self.feedback.setFixedHeight(self.feedback.fontMetrics().lineSpacing() * 3 + 12)
        self.feedback_button = QPushButton(self.tr("Send idea"))
        self.feedback_button.setAccessibleName(self.tr("Send your idea to IT"))
        self.feedback_button.clicked.connect(self._send_feedback)
        layout.addWidget(self.feedback, 1)
        layout.addWidget(self.feedback_button, 0, Qt.AlignmentFlag.AlignBottom)
        return group

    # Public API for the composition root --------------------------------------------------

    def set_outages(self, outages: Sequence[KnownOutage]) -> None:
        """Active announcements (id, title, body, affects) to offer as “Is it this?”."""
        self._outages = tuple(outages)
        self._update_outages()

    def prefill(self, category: str = "", summary: str = "", details: str = "") -> None:
        """For “Still not working?” from Health or a failed install."""
        self.start_another()
        self._select_category(category)
        self.summary.setText(summary)
        self.details.setPlainText(details)

    def prefill_access(self, app_id: str, app_name: str, approval: str) -> None:
        """“Request access” to catalogue app ``app_id`` (``approval``: "manager", "it" or
        "none"), or “Ask for an app” with ``app_id`` "" and the name typed by the person.

        The form then shows the structured fields; :meth:`leave_access`, :meth:`prefill` or
        choosing another category returns to the normal form. Raises ValueError for an
        unknown ``approval``."""
        mode = AccessMode(app_id.strip(), Approval(approval), "access" if app_id else "software")
        self.start_another()
        self.access_mode = mode
        self._select_category(mode.category)
        self.app_name.setText(app_name.strip())
        self.app_name.setReadOnly(bool(mode.app_id and app_name.strip()))
        self.app_name.setFrame(not self.app_name.isReadOnly())
        self.justification.clear()
        self.frequency.setCurrentIndex(0)
        self.access_period.reset()
        self.summary.clear()
        self.details.clear()
        self.status_label.clear()
        self.access_intro.setText(self._access_intro(mode, app_name) + " "
                                  + self.tr("Fields marked * are required."))
        self._show_access_rows(True)
        (self.justification if self.app_name.isReadOnly() else self.app_name).setFocus()

    def leave_access(self) -> None:
        """Back to the normal help form (what was typed in the access fields is dropped)."""
        if self.access_mode is None:
            return
        self.access_mode = None
        self.app_name.clear()
        self.justification.clear()
        self._show_access_rows(False)

    def refresh_context(self) -> None:
        """Gather the context items again (off the GUI thread)."""
        self.context_status.setText(self.tr("Gathering…"))
        self.refresh_button.setEnabled(False)
        self._runner.submit(self._gather, self._context_ready, self._context_failed)
        if self._requester_email is not None:
            self._runner.submit(self._requester_email, self._ask_work_email,
                                self._email_lookup_failed)

    def _ask_work_email(self, known: str) -> None:
        self._form_layout.setRowVisible(self.work_email, not known)

    def _email_lookup_failed(self, exc: BaseException) -> None:
        """Nobody clicked for this: no message, the form asks as when no address is known."""
        log.warning("Work e-mail lookup failed", extra={"error": type(exc).__name__})
        self._ask_work_email("")

    # Behaviour ----------------------------------------------------------------------------

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self.attach_file(Path(path))

    def has_draft(self) -> bool:
        """Whether the form holds something the person wrote or attached and has not sent."""
        typed = (self.summary.text(), self.details.toPlainText(), self.app_name.text(),
                 self.justification.toPlainText(), self.manager.text(),
                 self.feedback.toPlainText())
        return any(text.strip() for text in typed) or bool(self._own_files)

    def attach_file(self, path: Path) -> None:
        """Add ``path`` to what is sent (read off the GUI thread); it stays until sent."""
        self._runner.submit(lambda: own_file_item(path), self._file_ready, self._file_failed)

    def _file_ready(self, item: ContextItem) -> None:
        self._own_files = (*self._own_files, item)
        self.context_model.set_items((*self.context_model.items(), item))

    def _file_failed(self, error: BaseException) -> None:
        del error  # the words say enough; the path is the person's own
        self.context_status.setText(self.tr("That file could not be read."))

    def _context_ready(self, items: tuple[ContextItem, ...]) -> None:
        items = (*items, *self._own_files)
        # A picture of the screen does not help an access request; the person may prefer none.
        if self.access_mode is not None or not self._screenshot_default():
            items = tuple(i.with_included(False) if i.kind is ContextKind.SCREENSHOT else i
                          for i in items)
        self.context_model.set_items(items)
        self.refresh_button.setEnabled(True)
        self.context_status.setText(self.tr("%n item(s)", "", len(items)))
        if items:
            self.context_view.setCurrentIndex(self.context_model.index(0))

    def _context_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        log.info("Context not gathered", extra={"error": str(error)}, exc_info=error)
        self.context_status.setText(self.tr("Could not gather: {0}").format(
            task_error_words(error)))

    def _select_category(self, category: str) -> None:
        index = self.category.findData(category)
        if index >= 0:
            self.category.setCurrentIndex(index)

    def _category_chosen(self, index: int) -> None:
        """The person picked a category: another one than the access request's leaves it."""
        mode = self.access_mode
        if mode is not None and self.category.itemData(index) != mode.category:
            self.leave_access()

    def _access_intro(self, mode: AccessMode, app_name: str) -> str:
        if not mode.app_id:
            return self.tr("Ask for an app that is not in the catalogue yet. IT checks that it "
                           "is safe and licensed before adding it.")
        texts = {
            Approval.MANAGER: self.tr("Request access to {0}. It needs your manager's "
                                      "approval: IT asks them for you."),
            Approval.IT: self.tr("Request access to {0}. IT reviews each request for it."),
            Approval.NONE: self.tr("Request access to {0}."),
        }
        return texts[mode.approval].format(app_name)

    def _show_access_rows(self, access: bool) -> None:
        form, mode = self._form_layout, self.access_mode
        for row_field in (self.access_intro, self.app_name, self.justification, self.frequency,
                          self.access_period):
            form.setRowVisible(row_field, access)
        form.setRowVisible(self.manager, access and mode is not None
                           and mode.approval is Approval.MANAGER)
        form.setRowVisible(self.summary, not access)
        label = form.labelForField(self.app_name)
        if isinstance(label, QLabel):
            known = mode is not None and bool(mode.app_id)
            label.setText(self.tr("&App") if known else self.tr("&Which app*"))
        label = form.labelForField(self.details)
        if isinstance(label, QLabel):
            label.setText(self.tr("More &details") if access else self.tr("&Details"))
        self.details.setPlaceholderText(
            self.tr("Optional: anything else IT should know") if access
            else self.tr("What happened, since when, what you were doing"))
        self.leave_access_button.setVisible(access)

    def _update_outages(self) -> None:
        matches = matching_outages(self._outages, str(self.category.currentData() or ""))
        if matches:
            self.outage_box.show_outage(matches[0])
        else:
            self.outage_box.hide()

    def _view_selected(self) -> None:
        index = self.context_view.currentIndex()
        if index.isValid():
            self._view_item(index.row())

    def _view_item(self, row: int) -> None:
        item = self.context_model.item(row)
        attachment = Attachment(item.attachment_name, item.content_type, item.data)
        words = ContextWords(self)
        preview = TicketPayload("", RequestKind.REQUEST, words.title(item), words.summary(item),
                                "", "", {}, attachments=(attachment,))
        dialog = RequestPreviewDialog(preview, parent=self, can_send=False)
        dialog.setWindowTitle(words.title(item))
        dialog.attachment_list.setCurrentRow(1)
        dialog.open()

    def current_form(self, kind: RequestKind = RequestKind.REQUEST) -> RequestForm:
        """The form as filled in; in access mode always an ACCESS form with its access part."""
        urgency = Urgency(self.urgency.currentData())
        mode = self.access_mode
        if mode is not None:
            access = AccessRequest(
                mode.app_id, self.app_name.text(), mode.approval,
                self.justification.toPlainText(), Frequency(self.frequency.currentData()),
                self.manager.text() if mode.approval is Approval.MANAGER else "",
                self.access_period.period())
            return RequestForm(RequestKind.ACCESS, mode.category, "",
                               self.details.toPlainText(), urgency, access=access)
        return RequestForm(kind, str(self.category.currentData() or ""), self.summary.text(),
                           self.details.toPlainText(), urgency)

    def _remember_email(self, address: str) -> None:
        if address and self._form_layout.isRowVisible(self.work_email):
            self.work_email_entered.emit(address)

    def preview(self) -> None:
        """Build the exact payload, then show it; the dialog's “Send to IT” queues it."""
        self._remember_email(self.work_email.address())  # before building: it goes in
        form, items = self.current_form(), self.context_model.items()
        self.preview_button.setEnabled(False)
        self._runner.submit(lambda: self._build(form, items), self._show_preview,
                            self._build_failed)

    def send(self) -> None:
        """Build the payload from the form and the ticked items, and queue it."""
        self._remember_email(self.work_email.address())
        form, items = self.current_form(), self.context_model.items()
        self.send_button.setEnabled(False)
        self._runner.submit(lambda: self._submit(self._build(form, items)), self._form_sent,
                            self._build_failed)

    def start_another(self) -> None:
        """An empty form again: nothing of the last request carries over."""
        self._own_files = ()
        self.context_model.set_items(tuple(i for i in self.context_model.items()
                                           if i.kind is not ContextKind.OWN_FILE))
        self.sent_panel.hide()
        self.form_area.show()
        self.leave_access()
        self.summary.clear()
        self.details.clear()
        self.status_label.clear()
        self._reset_urgency()

    def _reset_urgency(self) -> None:
        self.urgency.setCurrentIndex(self.urgency.findData(Urgency.NORMAL.value))

    def show_delivery(self, entry: OutboxEntry | None) -> None:
        """Keep the success state current as the request goes out (None: not listed)."""
        if entry is not None and entry.key == self.sent_panel.key:
            self.sent_panel.show_entry(entry)

    def _show_preview(self, payload: TicketPayload) -> None:
        self.preview_button.setEnabled(True)
        self.status_label.clear()
        self.preview_dialog = RequestPreviewDialog(payload, self._destination, self)
        self.preview_dialog.accepted.connect(lambda: self._queue(payload, self._form_sent))
        self.preview_dialog.open()
        self.preview_dialog.send_button.setFocus()

    def _build_failed(self, error: BaseException) -> None:
        self.preview_button.setEnabled(True)
        self.send_button.setEnabled(True)
        self.feedback_button.setEnabled(True)
        self.outage_box.me_too.setEnabled(True)
        shown = isinstance(error, InvalidRequestError) and self._show_error(
            error.field, invalid_request_words(error))
        self.status_label.setText("" if shown else request_error_words(error))
        if isinstance(error, InvalidRequestError) and not shown:
            self._focus_field(error.field)
        if isinstance(error, OutboxError):
            self._not_saved(error)

    def _not_saved(self, error: OutboxError) -> None:
        """The outbox could not keep it: the text stays on the form, ready to copy."""
        self.status_label.setText(self.tr(
            "{0} Nothing was sent; your text is still here. Copy it into an e-mail to IT or "
            "try again later.").format(request_error_words(error)))
        self.copy_button.show()

    def copy_text(self) -> None:
        """Everything typed on the page, as plain text on the clipboard."""
        parts = (self.summary.text(), self.details.toPlainText(),
                 self.justification.toPlainText(), self.feedback.toPlainText())
        QGuiApplication.clipboard().setText("\n\n".join(p for p in parts if p.strip()))

    def _focus_field(self, name: str) -> None:
        widgets: dict[str, QWidget] = {
            "category": self.category, "summary": self.summary, "details": self.details,
            "app_name": self.app_name, "justification": self.justification,
            "manager": self.manager, "duration": self.access_period.kind,
        }
        widget = widgets.get(name)
        if widget is not None and widget.isVisibleTo(self):
            widget.setFocus()

    def _queue(self, payload: TicketPayload, done: Callable[[OutboxEntry], None]) -> None:
        self._runner.submit(lambda: self._submit(payload), done, self._build_failed)

    def _form_sent(self, entry: OutboxEntry) -> None:
        self.copy_button.hide()
        self.send_button.setEnabled(True)
        self.start_another()
        self.form_area.hide()
        self.sent_panel.show_entry(entry)
        self.sent_panel.another_button.setFocus()
        self.request_queued.emit(entry.key)

    def _send_me_too(self, outage_id: str) -> None:
        outage = next((o for o in self._outages if o.id == outage_id), None)
        if outage is None:
            return
        self.outage_box.me_too.setEnabled(False)
        form = RequestForm(RequestKind.ME_TOO, str(self.category.currentData() or "other"), "",
                           announcement_id=outage.id, announcement_title=outage.title)
        self._runner.submit(lambda: self._submit(self._build(form, ())), self._me_too_sent,
                            self._build_failed)

    def _me_too_sent(self, entry: OutboxEntry) -> None:
        self.outage_box.title.setText(self.tr("Thanks – IT knows this affects you too."))
        self.outage_box.body.clear()
        self.request_queued.emit(entry.key)

    def _send_feedback(self) -> None:
        text = " ".join(self.feedback.toPlainText().split())
        if not text:
            self.feedback.setFocus()
            return
        summary = text if len(text) <= 80 else text[:77] + "…"
        form = RequestForm(RequestKind.FEEDBACK, "feedback", summary,
                           self.feedback.toPlainText())
        self.feedback_button.setEnabled(False)
        self._runner.submit(lambda: self._submit(self._build(form, ())), self._feedback_sent,
                            self._build_failed)

    def _feedback_sent(self, entry: OutboxEntry) -> None:
        self.feedback.clear()
        self.feedback_button.setEnabled(True)
        self.feedback.setPlaceholderText(self.tr("Thank you! Your idea is on its way to IT."))
        self.request_queued.emit(entry.key)
