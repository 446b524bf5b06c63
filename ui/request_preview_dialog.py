"""“Preview what IT will see”: the exact payload and each attachment, before anything is sent."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.helpdesk.connector import Attachment, TicketPayload
from ui.context_reading import readable_html
from ui.locale_format import data_size

PREVIEW_TEXT_LIMIT = 200_000  # characters shown per attachment; the whole file is still sent




class RequestPreviewDialog(QDialog):
    """Renders a :class:`TicketPayload` as sent. Accepting it means “send this”."""

    def __init__(self, payload: TicketPayload, destination: str = "",
                 parent: QWidget | None = None, can_send: bool = True) -> None:
        super().__init__(parent)
        self.payload = payload
        self.setWindowTitle(self.tr("What IT will see"))
        self.resize(860, 600)
        layout = QVBoxLayout(self)
        intro = self.tr("This is exactly what will be sent{0}. Secrets and tokens have been "
                        "removed. Go back to uncheck anything you do not want to share.")
        layout.addWidget(self._wrapped(intro.format(
            self.tr(" to {0}").format(destination) if destination else "")))
        self.subject_label = QLabel(self.tr("Subject: {0}").format(payload.subject))
        self.subject_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject_label.setWordWrap(True)
        font = self.subject_label.font()
        font.setBold(True)
        self.subject_label.setFont(font)
        layout.addWidget(self.subject_label)
        layout.addWidget(self._body_and_attachments(), 1)
        layout.addWidget(self._buttons(can_send))
        if can_send:  # only now, inside the dialog, does it become the dialog's default: made
            self.send_button.setDefault(True)  # default earlier, Enter went "Back to the form"

    def _wrapped(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _body_and_attachments(self) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.attachment_list = QListWidget()
        self.attachment_list.setAccessibleName(self.tr("Message and attachments"))
        self.viewer = QStackedWidget()
        self.viewer.setAccessibleName(self.tr("Selected item's content"))
        self._add_entry(self.tr("Message"), self._text_view(self.payload.body))
        for attachment in self.payload.attachments:
            label = f"{attachment.name}  ({data_size(len(attachment.data))})"
            self._add_entry(label, self._attachment_view(attachment))
        if not self.payload.attachments:
            self.attachment_list.addItem(QListWidgetItem(self.tr("No attachments")))
            self.attachment_list.item(1).setFlags(Qt.ItemFlag.NoItemFlags)
        self.attachment_list.currentRowChanged.connect(self._show_row)
        self.attachment_list.setCurrentRow(0)
        splitter.addWidget(self.attachment_list)
        splitter.addWidget(self.viewer)
        splitter.setSizes([230, 630])
        return splitter

    def _add_entry(self, label: str, view: QWidget) -> None:
        self.attachment_list.addItem(QListWidgetItem(label))
        self.viewer.addWidget(view)

    def _show_row(self, row: int) -> None:
        if 0 <= row < self.viewer.count():
            self.viewer.setCurrentIndex(row)

    def _text_view(self, text: str) -> QPlainTextEdit:
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        view.setPlainText(text[:PREVIEW_TEXT_LIMIT])
        view.setAccessibleName(self.tr("Content"))
        return view

    def _attachment_view(self, attachment: Attachment) -> QWidget:
        if attachment.content_type.startswith("image/"):
            pixmap = QPixmap()
            if pixmap.loadFromData(attachment.data):
                image = QLabel()
                image.setAlignment(Qt.AlignmentFlag.AlignCenter)
                image.setPixmap(pixmap.scaled(600, 460, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
                image.setAccessibleName(self.tr("Screenshot preview"))
                return image
            size = data_size(len(attachment.data))
            return self._wrapped(self.tr("An image of {0}").format(size))
        raw = self._text_view(attachment.data.decode("utf-8", errors="replace"))
        readable = readable_html(attachment.name, attachment.data)
        if readable is None:
            return raw
        browser = QTextBrowser()
        browser.setHtml(readable)
        browser.setAccessibleName(self.tr("Content in words"))
        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("How to show this item"))
        tabs.addTab(browser, self.tr("Readable"))
        tabs.addTab(raw, self.tr("As attached (for IT's tools)"))
        return tabs

    def _buttons(self, can_send: bool) -> QDialogButtonBox:
        box = QDialogButtonBox()
        back = box.addButton(self.tr("Back to the form"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setAccessibleName(self.tr("Back to the form"))
        if can_send:
            self.send_button = box.addButton(self.tr("Send to IT"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
            self.send_button.setAccessibleName(self.tr("Send this request to IT"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        return box
