"""Tickets are written in helpdesk.language (English by default), whatever the desk speaks."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core import Core, build_core
from desktop.helpdesk.connector import RequestKind, TicketPayload
from desktop.helpdesk.context import ContextItem, ContextKind, ContextSources
from desktop.helpdesk.payload import build_payload
from desktop.helpdesk.redact import Redactor
from desktop.helpdesk.request_form import (
    AccessPeriod,
    AccessRequest,
    Approval,
    Frequency,
    RequestForm,
    Urgency,
)
from desktop.helpdesk.rich_body import body_html
from desktop.helpdesk.service import HelpdeskService
from desktop.helpdesk.ticket_summary import summary_lines
from desktop.helpdesk.ticket_wording import _WORDS, TicketWording, languages
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


AT = datetime(2026, 11, 30, 10, 2).timestamp()
WHEN = datetime.fromtimestamp(AT).astimezone().strftime("%Y-%m-%d %H:%M %Z")
TIMELINE = {"events": [{"type": "event", "at": AT, "kind": "boot", "value": AT}, {
    "type": "fact", "kind": "memory_above", "threshold": 90.0, "hours": 3.0}]}
ITEMS = (
    ContextItem(ContextKind.TIMELINE, "Timeline", "timeline.json", "application/json",
                json.dumps(TIMELINE).encode(), ""),
    ContextItem(ContextKind.SCREENSHOT, "Screenshot", "screenshot.png", "image/png", b"png",
                "1920×1080"),
)
REQUESTER = {"name": "Alex Doe", "account": "alex", "email": "alex@acme.example"}
DEVICE = {"hostname": "laptop-042", "os_name": "Ubuntu 24.04"}


def test_the_answers_of_a_german_ticket_are_german_too() -> None:
    form = RequestForm(RequestKind.REQUEST, "network", "VPN fällt aus", urgency=Urgency.HIGH)
    assert summary_lines(form, ITEMS, DEVICE, REQUESTER, TicketWording("de")) == [
        "Wer: Alex Doe, Antwort an alex@acme.example (Konto alex)",
        "Gerät: laptop-042",
        "Betriebssystem: Ubuntu 24.04",
        "Was fehlschlägt: VPN fällt aus (keine Prüfung schlägt fehl)",
        f"Seit wann: Arbeitsspeicher über 90 % seit 3.0 h (letzter Neustart {WHEN})",
        "Bereits versucht: noch nichts",
        "Bildschirmfoto: angehängt als screenshot.png (1920×1080)",
        "Dringlichkeit: Hoch – ich kann kaum arbeiten",
    ]


def test_a_french_access_request_answers_in_french() -> None:
    access = AccessRequest("company-files", "Fichiers de l'entreprise", Approval.MANAGER,
                           "Pour le projet.", Frequency.WEEKLY, "Jane Doe",
                           AccessPeriod(days=7))
    form = RequestForm(RequestKind.ACCESS, "software", "", access=access)
    lines = summary_lines(form, (), DEVICE, {"account": "alex"}, TicketWording("fr"))
    assert lines[0] == "Qui: alex, aucune adresse de réponse connue"
    assert lines[3:] == [
        "Ce qui est demandé: accès à Fichiers de l'entreprise (identifiant au catalogue "
        "company-files ; nécessite l'accord du responsable Jane Doe)",
        "Pourquoi: Pour le projet. (utilisation : toutes les semaines)",
        "Pour combien de temps: 7 jours",
        "Urgence: Normale – cela me ralentit",
    ]
    payload = build_payload(form, (), DEVICE, Redactor(), words=TicketWording("fr"))
    assert payload.subject == "[Deskmate] Demande d'accès : Fichiers de l'entreprise"


def test_a_german_me_too_and_idea_have_german_subjects() -> None:
    me_too = RequestForm(RequestKind.ME_TOO, "network", "", announcement_id="vpn",
                         announcement_title="VPN-Wartung")
    words = TicketWording("de")
    payload = build_payload(me_too, (), DEVICE, Redactor(), words=words)
    assert payload.subject == "[Deskmate] Ich auch: VPN-Wartung"
    assert "Was fehlschlägt: betroffen von der angekündigten Störung vpn" in payload.body
    idea = RequestForm(RequestKind.FEEDBACK, "other", "Ein Teamkalender")
    assert build_payload(idea, (), DEVICE, Redactor(), words=words).subject == (
        "[Deskmate] Rückmeldung: Ein Teamkalender")


def test_every_word_is_written_in_every_language() -> None:
    for language in languages():
        for word in _WORDS:
            assert language in _WORDS[word], (word, language)
