"""Home: a greeting, this computer at a glance, announcements, and tiles for the main jobs."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.health_state import OverallState
from ui.navigation import PageId
from ui.theme import STATE_COLOURS, Branding, state_icon


@dataclass(frozen=True)
class Banner:
    """An active announcement as Home shows it."""

    title: str
    body: str
    major: bool


class HomePage(QWidget):
    page_requested = Signal(str)
    check_requested = Signal()
    link_requested = Signal(str)  # the IT portal link; the composition root opens it

    def __init__(
        self,
        first_name: str,
        device_name: str,
        branding: Branding,
        hour: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(14)
        greeting = QLabel(self._greeting(hour, first_name))
        font = QFont(greeting.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        greeting.setFont(font)
        layout.addWidget(greeting)
        self._banner = QLabel()
        self._banner.setObjectName("banner")
        self._banner.setWordWrap(True)
        self._banner.setFrameShape(QFrame.Shape.StyledPanel)
        self._banner.setContentsMargins(12, 8, 12, 8)
        self._banner.hide()
        layout.addWidget(self._banner)
        layout.addWidget(self._build_glance(device_name))
        layout.addLayout(self._build_tiles())
        layout.addStretch(1)
        layout.addWidget(self._build_contacts(branding))

    def _greeting(self, hour: int, first_name: str) -> str:
        if hour < 12:
            text = self.tr("Good morning")
        elif hour < 18:
            text = self.tr("Good afternoon")
        else:
            text = self.tr("Good evening")
        return f"{text}, {first_name}" if first_name else text

    def _build_glance(self, device_name: str) -> QWidget:
        card = QFrame()
        card.setObjectName("card")
        row = QHBoxLayout(card)
        row.setContentsMargins(14, 12, 14, 12)
        self._state_icon = QLabel()
        self._state_icon.setFixedSize(40, 40)
        row.addWidget(self._state_icon)
        column = QVBoxLayout()
        device = QLabel(self.tr("This computer: {name}").format(name=device_name))
        device.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(device)
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        bold = QFont(self._summary.font())
        bold.setBold(True)
        self._summary.setFont(bold)
        column.addWidget(self._summary)
        row.addLayout(column, 1)
        check = QPushButton(self.tr("Check now"))
        check.setAccessibleName(self.tr("Check my computer now"))
        check.clicked.connect(self.check_requested)
        row.addWidget(check)
        self.set_health(OverallState.UNKNOWN, self.tr("Not checked yet"))
        return card

    def _build_tiles(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(12)
        tiles = (
            (self.tr("Check my computer"), self.tr("Find and fix common problems"), PageId.HEALTH),
            (self.tr("Get apps"), self.tr("Approved software, ready to install"), PageId.APPS),
            (self.tr("Get help"), self.tr("Ask IT, with the details attached"), PageId.HELP),
            (self.tr("My requests"), self.tr("See where your requests are"), PageId.REQUESTS),
        )
        for index, (title, hint, page) in enumerate(tiles):
            tile = QToolButton()
            tile.setText(f"{title}\n{hint}")
            tile.setAccessibleName(title)
            tile.setAccessibleDescription(hint)
            tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            tile.setMinimumSize(QSize(220, 76))
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            tile.setObjectName("tile")
            tile.clicked.connect(lambda _=False, p=page: self.page_requested.emit(p.value))
            grid.addWidget(tile, index // 2, index % 2)
        return grid

    def _build_contacts(self, branding: Branding) -> QLabel:
        parts = [branding.support_email, branding.support_phone]
        if branding.support_url:
            parts.append(f'<a href="{branding.support_url}">{self.tr("IT portal")}</a>')
        label = QLabel(
            self.tr("IT support: {contacts}").format(contacts=" · ".join(p for p in parts if p))
        )
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.linkActivated.connect(self.link_requested)
        return label

    def set_health(self, state: OverallState, summary: str) -> None:
        self._state_icon.setPixmap(state_icon(state, 40).pixmap(40, 40))
        self._state_icon.setAccessibleName(summary)
        self._summary.setText(summary)

    def set_banners(self, banners: tuple[Banner, ...]) -> None:
        """Show active announcements; the most severe first."""
        if not banners:
            self._banner.hide()
            return
        ordered = sorted(banners, key=lambda b: not b.major)
        colour = STATE_COLOURS[OverallState.OUTAGE].name()
        html = "<br>".join(
            f"<b style='color:{colour}'>⚡ {b.title}</b> – {b.body}" for b in ordered
        )
        self._banner.setText(html)
        self._banner.setAccessibleName(self.tr("Announcements from IT"))
        self._banner.show()
