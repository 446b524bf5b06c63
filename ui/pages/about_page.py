"""About: version, what Deskmate sends and when, and where its data and logs live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.page_header import PageHeader


class AboutPage(QWidget):
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
