"""About: version, what Deskmate sends and when, and where its data and logs live."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.page_header import PageHeader


class AboutPage(QWidget):
    """Call :meth:`set_details` (what the helpdesk asks for) and :meth:`set_contacts`."""

    link_requested = Signal(str)  # a support contact; the composition root opens it

    def __init__(
        self,
        version: str,
        organization: str,
        data_folder: str,
        demo_note: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.addWidget(
            PageHeader(
                self.tr("About Deskmate"),
                self.tr("Version {version} · provided by {org}").format(
                    version=version, org=organization
                ),
            )
        )
        layout.addLayout(self._details_row())
        self._contacts = QLabel()
        self._contacts.setWordWrap(True)
        self._contacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self._contacts.linkActivated.connect(self.link_requested)
        self._contacts.setAccessibleName(self.tr("How to reach IT"))
        self._contacts.hide()
        layout.addWidget(self._contacts)
        privacy = QLabel(self._privacy_html())
        privacy.setWordWrap(True)
        privacy.setTextFormat(Qt.TextFormat.RichText)
        privacy.setAccessibleName(self.tr("Your privacy"))
        layout.addWidget(privacy)
        where = QLabel(
            self.tr("Your Deskmate data and logs are kept on this computer in:")
            + f"<br><code>{data_folder}</code>"
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        if demo_note:
            demo = QLabel(demo_note)
            demo.setWordWrap(True)
            layout.addWidget(demo)
        licence = QLabel(
            self.tr(
                "Deskmate is open-source software under the Apache License 2.0, "
                "built with Qt for Python (LGPLv3)."
            )
        )
        licence.setWordWrap(True)
        layout.addWidget(licence)
        layout.addStretch(1)

    def _details_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self._details = QLabel()
        self._details.setWordWrap(True)
        self._details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setAccessibleName(
            self.tr("Copy the version and set-up details for the helpdesk"))
        self.copy_button.setToolTip(self.tr("For the helpdesk: version, system, profile folder, "
                                            "app catalogue and helpdesk connection."))
        self.copy_button.clicked.connect(self.copy_details)
        row.addWidget(self._details, 1)
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def set_details(self, lines: Sequence[tuple[str, str]]) -> None:
        """(label, value) pairs the helpdesk asks for; shown and copied as they are."""
        self._detail_lines = tuple(lines)
        self._details.setText("<br>".join(f"{html.escape(k)}: {html.escape(v)}"
                                          for k, v in self._detail_lines))

    def details_text(self) -> str:
        return "\n".join(f"{k}: {v}" for k, v in getattr(self, "_detail_lines", ()))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copy_button.setText(self.tr("Copied"))
        self.copy_button.setAccessibleName(  # a screen reader reads this, not the text
            self.tr("Copied: the version and set-up details are on the clipboard"))

    def set_contacts(self, email: str, phone: str, url: str) -> None:
        """IT's contacts as links; hidden when IT gave none."""
        links = [f'<a href="{html.escape(h, quote=True)}">{html.escape(t)}</a>' for h, t in (
            (f"mailto:{email}", email), (f"tel:{phone.replace(' ', '')}", phone),
            (url, self.tr("IT portal"))) if t and h.split(":", 1)[-1]]
        self._contacts.setText(self.tr("Reach IT: {contacts}").format(
            contacts=" · ".join(links)))
        self._contacts.setVisible(bool(links))

    def _privacy_html(self) -> str:
        return "<h3>{}</h3><ul><li>{}</li><li>{}</li><li>{}</li><li>{}</li></ul>".format(
            self.tr("Your privacy"),
            self.tr("Nothing leaves this computer unless you have seen it and said yes."),
            self.tr(
                "In the background Deskmate only downloads IT's app catalogue and announcements, "
                "and checks the status of your own requests."
            ),
            self.tr("Checks of your computer run here and report to nobody."),
            self.tr(
                "When you ask for help, you see exactly what will be sent and can remove anything."
            ),
        )
