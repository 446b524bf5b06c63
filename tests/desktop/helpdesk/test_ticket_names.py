"""Catalogue words on a ticket are IT's words in helpdesk.language, looked up by id."""

from __future__ import annotations

from desktop.helpdesk.connector import RequestKind
from desktop.helpdesk.request_form import AccessRequest, Approval, Frequency, RequestForm
from desktop.helpdesk.ticket_names import NoNames, in_ticket_language


class Names:
    """IT's catalogue: one app and one announcement, in English and German."""

    def app_name(self, app_id: str, language: str) -> str | None:
        names = {"en": "Company Files", "de": "Firmendateien"}
        return names[language] if app_id == "company-files" else None

    def announcement_title(self, announcement_id: str, language: str) -> str | None:
        titles = {"en": "VPN maintenance", "de": "VPN-Wartung"}
        return titles[language] if announcement_id == "vpn" else None


def _access(app_id: str, name: str) -> RequestForm:
    return RequestForm(RequestKind.ACCESS, "software", "", access=AccessRequest(
        app_id, name, Approval.IT, "For the project share.", Frequency.DAILY))


def test_a_catalogue_apps_name_is_taken_in_the_tickets_language() -> None:
    form = in_ticket_language(_access("company-files", "Firmendateien"), Names(), "en")
    assert form.access is not None
    assert form.access.app_name == "Company Files"


def test_a_name_the_person_typed_or_an_unknown_app_stays_as_it_is() -> None:
    for app_id in ("", "gone-from-the-catalogue"):
        form = in_ticket_language(_access(app_id, "Krita"), Names(), "de")
        assert form.access is not None
        assert form.access.app_name == "Krita"


def test_a_me_too_takes_the_announcements_title_in_the_tickets_language() -> None:
    form = RequestForm(RequestKind.ME_TOO, "network", "", announcement_id="vpn",
                       announcement_title="VPN-Wartung")
    assert in_ticket_language(form, Names(), "en").announcement_title == "VPN maintenance"
    assert in_ticket_language(form, NoNames(), "en").announcement_title == "VPN-Wartung"
    gone = RequestForm(RequestKind.ME_TOO, "network", "", announcement_id="old",
                       announcement_title="Alte Wartung")
    assert in_ticket_language(gone, Names(), "en").announcement_title == "Alte Wartung"
