"""About: "Copy details" for the helpdesk, IT's contacts as links, the privacy promises."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from ui.pages.about_page import AboutPage


def test_copy_details_puts_what_the_helpdesk_asks_for_on_the_clipboard(qtbot: QtBot) -> None:
    page = AboutPage("1.2.3", "Acme", "/home/ada/.local/share/deskmate", "")
    qtbot.addWidget(page)
    page.set_details((("Deskmate", "1.2.3"), ("System", "Linux 6.1"),
                      ("Profile folder", "/home/ada/.local/share/deskmate"),
                      ("App catalogue", "version 7"), ("Helpdesk", "Zammad")))
    page.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.splitlines() == [
        "Deskmate: 1.2.3", "System: Linux 6.1", "Profile folder: /home/ada/.local/share/deskmate",
        "App catalogue: version 7", "Helpdesk: Zammad"]
    assert page.copy_button.accessibleName()


def test_contacts_are_links_and_hidden_without_any(qtbot: QtBot) -> None:
    page = AboutPage("1.2.3", "Acme", "/tmp/x", "")
    qtbot.addWidget(page)
    page.set_contacts("", "", "")
    assert page._contacts.isHidden()
    page.set_contacts("help@acme.test", "+1 555", "https://it.acme.test")
    text = page._contacts.text()
    assert 'href="mailto:help@acme.test"' in text
    assert 'href="tel:+1555"' in text
    assert 'href="https://it.acme.test"' in text
    opened: list[str] = []
    page.link_requested.connect(opened.append)
    page._contacts.linkActivated.emit("mailto:help@acme.test")
    assert opened == ["mailto:help@acme.test"]


def test_copy_details_says_copied_to_a_screen_reader_too(qtbot: QtBot) -> None:
    """The button's text turns to "Copied"; its accessible name (which a screen reader reads
    instead of the text) must say so as well."""
    page = AboutPage("1.2.3", "Acme", "/tmp/x", "")
    qtbot.addWidget(page)
    page.copy_button.click()
    assert "Copied" in page.copy_button.accessibleName()
