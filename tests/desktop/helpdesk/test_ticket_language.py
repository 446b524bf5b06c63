"""Tickets are written in helpdesk.language (English by default), whatever the desk speaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import Core, build_core
from desktop.helpdesk.connector import RequestKind, TicketPayload
from desktop.helpdesk.context import ContextSources
from desktop.helpdesk.request_form import RequestForm, Urgency
from desktop.helpdesk.rich_body import body_html
from desktop.helpdesk.service import HelpdeskService
from desktop.helpdesk.ticket_wording import TicketWording, languages
from desktop.policy import TomlPolicyFile
from desktop.secrets import MemorySecretStore
from desktop.settings_defs import helpdesk as keys

CHECKS = [{"id": "network.vpn", "status": "fail", "facts": {}}]
FORM = RequestForm(RequestKind.REQUEST, "network", "VPN fails", "Since this morning.",
                   Urgency.HIGH)


def _payload(profile_dir: Path, policy: str = "") -> TicketPayload:
    file = profile_dir.parent / "policy.toml"
    file.write_text(policy, encoding="utf-8")
    core: Core = build_core(profile_dir, policy_source=TomlPolicyFile(file),
                            secrets=MemorySecretStore())
    service = HelpdeskService(core, ContextSources(
        diagnostics=lambda: CHECKS, device=lambda: {"hostname": "laptop-042"}))
    return service.build(FORM, service.gather())


def _report(payload: TicketPayload) -> str:
    return next(a for a in payload.attachments if a.name == "report.html").data.decode()


def test_tickets_are_english_by_default(profile_dir: Path) -> None:
    payload = _payload(profile_dir)
    lines = payload.body.splitlines()
    assert [line.partition(":")[0] for line in lines[:8]] == [
        "Who", "Device", "OS", "What fails", "Since when", "What was tried", "Screenshot",
        "Urgency"]
    assert "Details:" in lines
    assert "<h2>Failing checks</h2>" in _report(payload)


def test_helpdesk_language_de_gives_german_headings(profile_dir: Path) -> None:
    payload = _payload(profile_dir, '[helpdesk]\nlanguage = "de"\n')
    lines = payload.body.splitlines()
    assert [line.partition(":")[0] for line in lines[:8]] == [
        "Wer", "Gerät", "Betriebssystem", "Was fehlschlägt", "Seit wann", "Bereits versucht",
        "Bildschirmfoto", "Dringlichkeit"]
    assert lines[5] == "Bereits versucht: noch nichts"
    assert "Anhänge:" in lines
    assert lines[-1].startswith("Gesendet von Deskmate ")
    assert "<th align=\"left\" valign=\"top\">Wer</th>" in body_html(payload.body)
    report = _report(payload)
    assert '<html lang="de">' in report
    assert "<h2>Fehlgeschlagene Prüfungen</h2>" in report


def test_helpdesk_language_fr_gives_french_headings(profile_dir: Path) -> None:
    payload = _payload(profile_dir, '[helpdesk]\nlanguage = "fr"\n')
    assert payload.body.startswith("Qui: ")
    assert "<h2>Vérifications en échec</h2>" in _report(payload)


def test_the_setting_offers_exactly_the_languages_the_table_writes() -> None:
    assert keys.LANGUAGE.choices == languages() == ("en", "de", "fr")


@pytest.mark.parametrize("word", ["who", "sent_by", "log_tail"])
def test_an_unknown_language_gets_english(word: str) -> None:
    assert TicketWording("xx")(word, version="1", key="k") == TicketWording()(
        word, version="1", key="k")
