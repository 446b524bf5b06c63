"""Home: a greeting, this computer at a glance, announcements, and tiles for the main jobs."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon
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
from ui.home_feed import Banner
from ui.navigation import PageId
from ui.theme import NAV_GLYPHS, Branding, glyph_icon, state_icon, state_text_colour

CONTENT_MAX_WIDTH = 880


def _link(href: str, text: str) -> str:
    return f'<a href="{html.escape(href, quote=True)}">{html.escape(text)}</a>'


class _Tile(QToolButton):
    """A large button: an icon, a bold title and a quieter line under it."""

    def __init__(self, title: str, hint: str, icon: QIcon) -> None:
        super().__init__()
        self.setObjectName("tile")
        self.setAccessibleName(title)
        self.setAccessibleDescription(hint)
        self.setMinimumSize(QSize(220, 76))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.setSpacing(12)
        picture = QLabel()
        picture.setPixmap(icon.pixmap(32, 32))
        row.addWidget(picture)
        words = QVBoxLayout()
        words.setSpacing(2)
        self.title_label = QLabel(title)
        bold = QFont(self.title_label.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.title_label.setFont(bold)
        self.hint_label = QLabel(hint)
        self.hint_label.setWordWrap(True)
        self.hint_label.setObjectName("quiet")  # the stylesheet's quieter colour that reads
        words.addWidget(self.title_label)
        words.addWidget(self.hint_label)
        row.addLayout(words, 1)
        for label in (picture, self.title_label, self.hint_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


class HomePage(QWidget):
    page_requested = Signal(str)
    check_requested = Signal()
    link_requested = Signal(str)  # the IT portal link; the composition root opens it
    install_requested = Signal(str)  # app id: a required app's Install
    app_requested = Signal(str)  # app id: show it on the Apps page

    def __init__(
        self,
        first_name: str,
        device_name: str,
        branding: Branding,
        hour: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accent = branding.accent
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        column = QWidget()
        column.setMaximumWidth(CONTENT_MAX_WIDTH)  # long lines on a wide screen are hard to read
        outer.addStretch(1)  # beside the capped column: it stays centred
        outer.addWidget(column, 1000)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
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
        layout.addWidget(self._build_requests())
        layout.addWidget(self._build_required())
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
        self._detail = QLabel()
        self._detail.setWordWrap(True)
        column.addWidget(self._detail)
        row.addLayout(column, 1)
        check = QPushButton(self.tr("Check now"))
        check.setAccessibleName(self.tr("Check my computer now"))
        check.clicked.connect(self.check_requested)
        row.addWidget(check)
        self.set_health(OverallState.UNKNOWN, self.tr("Not checked yet"))
        return card

    def _build_requests(self) -> QWidget:
        """Open requests and their latest state; hidden while there are none."""
        self._requests = QLabel()
        self._requests.setObjectName("card")
        self._requests.setWordWrap(True)
        self._requests.setContentsMargins(14, 10, 14, 10)
        self._requests.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self._requests.linkActivated.connect(lambda _l: self.page_requested.emit(
            PageId.REQUESTS.value))
        self._requests.setAccessibleName(self.tr("Your open requests"))
        self._requests.hide()
        return self._requests

    def _build_required(self) -> QWidget:
        """Required apps that are not on this computer; hidden while there are none."""
        self.required_card = QFrame()
        self.required_card.setObjectName("card")
        self._required_rows = QVBoxLayout(self.required_card)
        self._required_rows.setContentsMargins(14, 10, 14, 10)
        self.required_title = QLabel()
        self.required_title.setWordWrap(True)
        self.required_title.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction)
        self.required_title.linkActivated.connect(
            lambda _l: self.page_requested.emit(PageId.APPS.value))
        self._required_rows.addWidget(self.required_title)
        self.required_card.hide()
        return self.required_card

    def set_required_apps(self, apps: tuple[tuple[str, str, bool], ...]) -> None:
        """Required apps not installed here as (id, name, can be installed here)."""
        while self._required_rows.count() > 1:
            item = self._required_rows.takeAt(1)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        title = html.escape(self.tr("Required apps not installed"))
        link = _link("apps", self.tr("Open Apps"))
        self.required_title.setText(f"<b>{title}</b> · {link}")
        previous: QWidget = self.required_title
        for app_id, name, installable in apps[:3]:
            row = self._required_row(app_id, name, installable)
            self._required_rows.addWidget(row)
            for button in row.findChildren(QPushButton):  # Tab reaches them where they are
                QWidget.setTabOrder(previous, button)
                previous = button
        self.required_card.setVisible(bool(apps))

    def _required_row(self, app_id: str, name: str, installable: bool) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(QLabel(name), 1)
        if installable:
            button = QPushButton(self.tr("Install"))
            button.setAccessibleName(self.tr("Install {name}").format(name=name))
            button.clicked.connect(lambda: self.install_requested.emit(app_id))
        else:
            button = QPushButton(self.tr("Details"))
            button.setAccessibleName(self.tr("Details of {name}").format(name=name))
            button.clicked.connect(lambda: self.app_requested.emit(app_id))
        line.addWidget(button)
        return row

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
            tile = _Tile(title, hint, glyph_icon(NAV_GLYPHS[page.value], self._accent, 48))
            tile.clicked.connect(lambda _=False, p=page: self.page_requested.emit(p.value))
            grid.addWidget(tile, index // 2, index % 2)
        return grid

    def _build_contacts(self, branding: Branding) -> QLabel:
        parts = []
        if branding.support_email:
            parts.append(_link(f"mailto:{branding.support_email}", branding.support_email))
        if branding.support_phone:
            parts.append(_link(f"tel:{branding.support_phone.replace(' ', '')}",
                               branding.support_phone))
        if branding.support_url:
            parts.append(f'<a href="{branding.support_url}">{self.tr("IT portal")}</a>')
        label = QLabel(
            self.tr("IT support: {contacts}").format(contacts=" · ".join(p for p in parts if p))
        )
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.linkActivated.connect(self.link_requested)
        return label

    def set_health(self, state: OverallState, summary: str, detail: str = "") -> None:
        """``summary`` in bold ("2 things need a look"); ``detail`` below it names the top
        problems and when the check ran."""
        self._state_icon.setPixmap(state_icon(state, 40).pixmap(40, 40))
        self._state_icon.setAccessibleName(summary)
        self._summary.setText(summary)
        self._detail.setText(detail)
        self._detail.setVisible(bool(detail))

    def set_requests(self, lines: tuple[tuple[str, str], ...]) -> None:
        """Open requests as (subject, latest state); empty hides the card."""
        if not lines:
            self._requests.hide()
            return
        shown = "".join(f"<br>• {html.escape(subject)} — <i>{html.escape(state)}</i>"
                        for subject, state in lines[:3])
        more = self.tr("<br>… and {n} more").format(n=len(lines) - 3) if len(lines) > 3 else ""
        title = self.tr("Your open requests")
        link = _link("requests", self.tr("See all"))
        self._requests.setText(f"<b>{html.escape(title)}</b> · {link}{shown}{more}")
        self._requests.show()

    def set_banners(self, banners: tuple[Banner, ...]) -> None:
        """Show active announcements; the most severe first."""
        if not banners:
            self._banner.hide()
            return
        ordered = sorted(banners, key=lambda b: not b.major)
        colour = state_text_colour(OverallState.OUTAGE, self.palette()).name()
        html = "<br>".join(
            f"<b style='color:{colour}'>⚡ {b.title}</b> – {b.body}" for b in ordered
        )
        self._banner.setText(html)
        self._banner.setAccessibleName(self.tr("Announcements from IT"))
        self._banner.show()
