"""Catalogue words in the ticket's language: the panel shows an app's name and an
announcement's title in the person's language, the agent reads them in ``helpdesk.language``."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from desktop.helpdesk.connector import RequestKind
from desktop.helpdesk.request_form import RequestForm


class CatalogueNames(Protocol):
    """Looks up IT's own words by id (the catalogue service fits); None when unknown."""

    def app_name(self, app_id: str, language: str) -> str | None: ...
    def announcement_title(self, announcement_id: str, language: str) -> str | None: ...


class NoNames:
    """No catalogue: the form's words stand (the CLI, where the person typed them)."""

    def app_name(self, app_id: str, language: str) -> str | None:
        return None

    def announcement_title(self, announcement_id: str, language: str) -> str | None:
        return None


def in_ticket_language(form: RequestForm, names: CatalogueNames, language: str) -> RequestForm:
    """``form`` with the catalogue app's name and the announcement's title in ``language``;
    a name the person typed ("Ask for an app") stays as typed."""
    if form.kind is RequestKind.ME_TOO and form.announcement_id:
        title = names.announcement_title(form.announcement_id, language)
        form = replace(form, announcement_title=title or form.announcement_title)
    if form.access is not None and form.access.app_id:
        name = names.app_name(form.access.app_id, language)
        form = replace(form, access=replace(form.access, app_name=name or form.access.app_name))
    return form
