"""My requests: each request's status in words, the helpdesk link, replies, and one rating."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.helpdesk.connector import Author, RemoteStatus, ThreadMessage, TicketPayload
from desktop.helpdesk.outbox import DeliveryState, OutboxEntry
from desktop.helpdesk.request_thread import RequestView
from desktop.tasks import TaskRunner
from ui.failure_words import failure_words
from ui.locale_format import date_time, time_of_day
from ui.page_header import PageHeader
from ui.request_error_words import request_error_words
from ui.request_preview_dialog import RequestPreviewDialog
from ui.requests_model import SORT_ROLE, RequestsModel, shown_subject, status_key

ListRequests = Callable[[], tuple[OutboxEntry, ...]]
BuildReply = Callable[[str, str, bool], TicketPayload]  # key, text, attach fresh diagnostics
QueueReply = Callable[[TicketPayload], object]  # into the outbox
Rate = Callable[[str, int, str], object]  # key, 1–5, comment: queued
KeyAction = Callable[[str], object]
ReadThread = Callable[[str], RequestView]  # key: the request with its conversation
_NEWEST = "newest"  # the anchor on the thread's newest message


class RatingBox(QGroupBox):
    """Offered once per resolved request: 1–5 and a comment, or “No thanks”."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("It is resolved – how did IT do?"))
        layout = QHBoxLayout(self)
        self.stars = QButtonGroup(self)
        for value in range(1, 6):
            button = QPushButton(f"{value} ★")
            button.setCheckable(True)
            button.setFixedWidth(button.fontMetrics().horizontalAdvance(" 5 ★ ") + 16)
            button.setAccessibleName(self.tr("Rate {0} of 5").format(value))
            self.stars.addButton(button, value)
            layout.addWidget(button)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("A comment (optional)"))
        self.comment.setAccessibleName(self.tr("Comment on your rating"))
        self.send = QPushButton(self.tr("Send rating"))
        self.send.setAccessibleName(self.tr("Send your rating to IT"))
        self.no_thanks = QPushButton(self.tr("No thanks"))
        self.no_thanks.setAccessibleName(self.tr("Do not rate this request"))
        layout.addWidget(self.comment, 1)
        layout.addWidget(self.send)
        layout.addWidget(self.no_thanks)


class RequestsPage(QWidget):
    """Signal ``open_url_requested(url)``: open the helpdesk page (the composition root
    passes it to QDesktopServices); ``follow_up_queued(key)``: a reply or rating is in the
    outbox (the root then flushes it). Call :meth:`refresh` when shown and after changes.

    A reply that carries more than the typed text (a fresh diagnostics snapshot) is shown
    in the same preview as a request before it is queued."""

    open_url_requested = Signal(str)
    follow_up_queued = Signal(str)

    def __init__(
        self, runner: TaskRunner, list_requests: ListRequests, reply: BuildReply, rate: Rate,
        retry: KeyAction, dismiss_rating: KeyAction, queue_reply: QueueReply,
        destination: str = "", thread: ReadThread | None = None, hostname: str = "",
        parent: QWidget | None = None, model: RequestsModel | None = None,
    ) -> None:
        super().__init__(parent)
        self._thread, self._hostname = thread, hostname
        self._thread_shown: tuple[str, int] = ("", 0)  # key and message count on screen
        self._runner, self._list, self._reply, self._rate = runner, list_requests, reply, rate
        self._retry, self._dismiss_rating = retry, dismiss_rating
        self._wanted = ""  # a request to select once it is listed
        self._queue_reply, self._destination = queue_reply, destination
        self.preview_dialog: RequestPreviewDialog | None = None
        # the list the tray keeps all day (notifications, Home) when given; else the page's own
        self.model = model if model is not None else RequestsModel(self, hostname)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(PageHeader(self.tr("My requests"), self.tr(
            "Everything you asked IT for, and where it stands. Requests written offline are "
            "sent as soon as IT can be reached.")))
        layout.addLayout(self._toolbar())
        layout.addWidget(self._table(), 1)
        layout.addWidget(self._details())
        self._show_entry(None)

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search your requests"))
        self.search.setAccessibleName(self.tr("Search your requests"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the list of requests"))
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.search, 1)
        row.addWidget(self.refresh_button)
        return row

    def _table(self) -> QTableView:
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Your requests"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RequestsModel.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RequestsModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        for column in (RequestsModel.STATUS, RequestsModel.UPDATED, RequestsModel.TICKET):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        return self.table

    def _details(self) -> QGroupBox:
        self.details_box = QGroupBox()
        layout = QVBoxLayout(self.details_box)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        layout.addWidget(self.state_label)
        layout.addWidget(self.message_label)
        self.thread_view = QTextBrowser()
        self.thread_view.setOpenLinks(False)  # text only: nothing is fetched or followed
        self.thread_view.setAccessibleName(self.tr("The conversation with IT"))
        self.thread_view.setVisible(False)
        layout.addWidget(self.thread_view, 1)
        layout.addLayout(self._actions())
        self.reply_text = QPlainTextEdit()
        self.reply_text.setPlaceholderText(self.tr("Reply to IT…"))
        self.reply_text.setAccessibleName(self.tr("Your reply to IT"))
        self.reply_text.setTabChangesFocus(True)
        self.reply_text.setFixedHeight(self.reply_text.fontMetrics().lineSpacing() * 3 + 12)
        layout.addWidget(self.reply_text)
        reply_row = QHBoxLayout()
        self.attach_diagnostics = QCheckBox(self.tr("Attach a fresh diagnostics snapshot"))
        self.attach_diagnostics.setAccessibleName(self.tr("Attach a fresh diagnostics snapshot"))
        self.reply_button = QPushButton(self.tr("Send reply"))
        self.reply_button.setAccessibleName(self.tr("Send your reply to IT"))
        self.reply_button.clicked.connect(self._send_reply)
        reply_row.addWidget(self.attach_diagnostics, 1)
        reply_row.addWidget(self.reply_button)
        layout.addLayout(reply_row)
        self.rating = RatingBox()
        self.rating.send.clicked.connect(self._send_rating)
        self.rating.no_thanks.clicked.connect(self._no_rating)
        layout.addWidget(self.rating)
        return self.details_box

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open in the helpdesk"))
        self.open_button.setAccessibleName(self.tr("Open this request in the helpdesk"))
        self.open_button.clicked.connect(self._open)
        self.retry_button = QPushButton(self.tr("Try again now"))
        self.retry_button.setAccessibleName(self.tr("Try sending this request again now"))
        self.retry_button.clicked.connect(self._retry_selected)
        row.addWidget(self.open_button)
        row.addWidget(self.retry_button)
        row.addStretch(1)
        return row

    # Data ---------------------------------------------------------------------------------

    def has_draft(self) -> bool:
        """Whether a reply or a rating comment is typed and not sent."""
        return bool(self.reply_text.toPlainText().strip() or self.rating.comment.text().strip())

    def refresh(self) -> None:
        """Reload the list (off the GUI thread), keeping the selection."""
        self._runner.submit(self._list, self.set_entries, self._failed)

    def select_request(self, key: str) -> None:
        """Select request ``key``, now if it is listed, else after the next refresh (e.g. the
        one a clicked notification was about)."""
        self._wanted = key
        self.set_entries(self.model.entries())

    def set_entries(self, entries: tuple[OutboxEntry, ...]) -> None:
        selected = self.selected()
        self.model.set_entries(entries)
        keep = self._wanted or (selected.key if selected else "")
        row = next((i for i, e in enumerate(entries) if e.key == keep), None)
        if row is not None and keep == self._wanted:
            self._wanted = ""
        if row is None and entries:
            row = next((i for i, e in enumerate(entries) if _needs_you(e)), 0)
        if row is not None:
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.selectRow(proxy_index.row())
        self._show_entry(self.selected())

    def selected(self) -> OutboxEntry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.model() else []
        if not rows:
            return None
        return self.model.entry(self.proxy.mapToSource(rows[0]).row())

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_entry(self.selected())

    def _show_entry(self, entry: OutboxEntry | None) -> None:
        self.details_box.setVisible(entry is not None)
        if entry is None:
            return
        self.details_box.setTitle(shown_subject(entry.subject, self._hostname))
        self.state_label.setText(self._explain(entry))
        self.message_label.setText(self.tr("IT wrote: “{0}”").format(entry.last_message)
                                   if entry.last_message else "")
        self.message_label.setVisible(bool(entry.last_message) and self._thread is None)
        if self._thread is not None:
            read = self._thread
            self._runner.submit(lambda: read(entry.key), self.show_thread, self._failed)
        self.open_button.setVisible(bool(entry.remote_url))
        self.retry_button.setVisible(entry.state in (DeliveryState.QUEUED, DeliveryState.FAILED))
        can_reply = entry.state is DeliveryState.SENT and entry.remote_status is not \
            RemoteStatus.CLOSED
        for widget in (self.reply_text, self.attach_diagnostics, self.reply_button):
            widget.setVisible(can_reply)
        self.rating.setVisible(entry.remote_status is RemoteStatus.RESOLVED
                               and not entry.rating_offered and not entry.rating_sent)

    def show_thread(self, view: RequestView) -> None:
        """The conversation of ``view``, if it is still the selected request."""
        selected = self.selected()
        if selected is None or selected.key != view.entry.key:
            return
        self.details_box.setTitle(view.title)
        newest = len(view.messages) - 1
        parts = [self._message_html(m, _NEWEST if i == newest else "")
                 for i, m in enumerate(view.messages)]
        if view.replies_note:
            parts.append(f"<p><i>{escape(view.replies_note)}</i></p>")
        place = self.thread_view.verticalScrollBar().value()
        self.thread_view.setHtml("".join(parts))
        self.thread_view.setVisible(True)
        self._scroll_thread((view.entry.key, len(view.messages)), place)

    def _scroll_thread(self, shown: tuple[str, int], place: int) -> None:
        """Back to ``place`` when nothing is new (a poll must not move what the person reads);
        else, for another request or a new message, the newest message in view."""
        if shown == self._thread_shown:
            self.thread_view.verticalScrollBar().setValue(place)
        else:
            self.thread_view.scrollToAnchor(_NEWEST)
        self._thread_shown = shown

    def _message_html(self, message: ThreadMessage, anchor: str = "") -> str:
        who = self.tr("You") if message.author is Author.YOU else self.tr(
            "IT ({0})").format(message.author_name)
        when = date_time(message.at)
        text = escape(message.text).replace("\n", "<br>")
        mark = f'<a name="{anchor}"></a>' if anchor else ""
        return f"<p>{mark}<b>{escape(who)}</b> · {escape(when)}<br>{text}</p>"

    def _explain(self, entry: OutboxEntry) -> str:
        words = self.model.status_words(status_key(entry))
        if entry.state is DeliveryState.FAILED:
            return self.tr("Not sent: {0}\nWhat to do: check the reason with IT, or try again "
                           "once it is fixed.").format(failure_words(entry.last_error_kind))
        if entry.state is DeliveryState.QUEUED and entry.last_error:
            when = time_of_day(entry.next_attempt_at) if entry.next_attempt_at else ""
            return self.tr("{0}. Last try: {1} Next try at {2}.").format(
                words, failure_words(entry.last_error_kind), when)
        if entry.state is DeliveryState.SENT:
            return self.tr("{0} · sent as #{1}").format(words, entry.remote_id)
        return words

    # Actions ------------------------------------------------------------------------------

    def _open(self) -> None:
        entry = self.selected()
        if entry and entry.remote_url:
            self.open_url_requested.emit(entry.remote_url)

    def _retry_selected(self) -> None:
        entry = self.selected()
        if entry:
            key = entry.key
            self._runner.submit(lambda: self._retry(key), lambda _r: self.refresh(), self._failed)

    def _send_reply(self) -> None:
        entry, text = self.selected(), self.reply_text.toPlainText().strip()
        if entry is None or not text:
            self.reply_text.setFocus()
            return
        key, attach = entry.key, self.attach_diagnostics.isChecked()
        self.reply_button.setEnabled(False)
        self._runner.submit(lambda: self._reply(key, text, attach), self._reply_built,
                            self._failed)

    def _reply_built(self, payload: TicketPayload) -> None:
        if not payload.attachments:
            self._queue(payload)
            return
        self.reply_button.setEnabled(True)
        self.preview_dialog = RequestPreviewDialog(payload, self._destination, self)
        self.preview_dialog.accepted.connect(lambda: self._queue(payload))
        self.preview_dialog.open()
        self.preview_dialog.send_button.setFocus()

    def _queue(self, payload: TicketPayload) -> None:
        self.reply_button.setEnabled(False)
        self._runner.submit(lambda: self._queue_reply(payload),
                            lambda _entry: self._replied(payload.idempotency_key), self._failed)

    def _replied(self, key: str) -> None:
        self.reply_text.clear()
        self.attach_diagnostics.setChecked(False)
        self.reply_button.setEnabled(True)
        self.state_label.setText(self.tr("Your reply is queued and goes out as soon as IT can "
                                         "be reached."))
        self.follow_up_queued.emit(key)

    def _send_rating(self) -> None:
        entry, value = self.selected(), self.rating.stars.checkedId()
        if entry is None or value < 1:
            return
        key, comment = entry.key, self.rating.comment.text().strip()
        self.rating.send.setEnabled(False)
        self._runner.submit(lambda: self._rate(key, value, comment),
                            lambda _entry: self._rated(key), self._failed)

    def _rated(self, key: str) -> None:
        self.rating.send.setEnabled(True)
        self.rating.hide()
        self.refresh()
        self.follow_up_queued.emit(key)

    def _no_rating(self) -> None:
        entry = self.selected()
        if entry:
            key = entry.key
            self._runner.submit(lambda: self._dismiss_rating(key), lambda _r: self.refresh(),
                                self._failed)

    def _failed(self, error: BaseException) -> None:
        self.reply_button.setEnabled(True)
        self.rating.send.setEnabled(True)
        self.state_label.setText(self.tr("That did not work: {0}").format(
            request_error_words(error)))


def _needs_you(entry: OutboxEntry) -> bool:
    return entry.state is DeliveryState.FAILED or entry.remote_status in (
        RemoteStatus.WAITING_FOR_YOU, RemoteStatus.RESOLVED)
