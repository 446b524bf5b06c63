"""The fixed words of a ticket (its questions, headings and stock answers) in one language.

Tickets are written for agents, in ``helpdesk.language`` (English unless IT says otherwise),
never in the employee's language: a German desk still files an English ticket by default. The
summary (:mod:`desktop.helpdesk.ticket_summary`), the body (:mod:`desktop.helpdesk.payload`)
and ``report.html`` (:mod:`desktop.helpdesk.report_html`) take their words from here; the rich
bodies and the e-mail and file-drop renderers render that text. Plain Python, no Qt: services
stay Qt-free. What the person typed, check findings and device facts are not translated here.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

log = logging.getLogger(__name__)

ENGLISH = "en"

# word id -> language -> words; English is required, the others fall back to it
_WORDS: Mapping[str, Mapping[str, str]] = {
    # the summary's questions
    "who": {"en": "Who", "de": "Wer", "fr": "Qui"},
    "device": {"en": "Device", "de": "Gerät", "fr": "Appareil"},
    "os": {"en": "OS", "de": "Betriebssystem", "fr": "Système"},
    "what_fails": {"en": "What fails", "de": "Was fehlschlägt", "fr": "Ce qui ne marche pas"},
    "since_when": {"en": "Since when", "de": "Seit wann", "fr": "Depuis quand"},
    "tried": {"en": "What was tried", "de": "Bereits versucht", "fr": "Déjà essayé"},
    "screenshot": {"en": "Screenshot", "de": "Bildschirmfoto", "fr": "Capture d'écran"},
    "urgency": {"en": "Urgency", "de": "Dringlichkeit", "fr": "Urgence"},
    "requested": {"en": "What is requested", "de": "Was beantragt wird",
                  "fr": "Ce qui est demandé"},
    "why": {"en": "Why", "de": "Warum", "fr": "Pourquoi"},
    "how_long": {"en": "For how long", "de": "Wie lange", "fr": "Pour combien de temps"},
    # stock answers
    "nothing_yet": {"en": "nothing yet", "de": "noch nichts", "fr": "rien pour l'instant"},
    "none": {"en": "none", "de": "keins", "fr": "aucune"},
    "no_timeline": {"en": "not known (no health timeline attached)",
                    "de": "unbekannt (kein Verlauf angehängt)",
                    "fr": "inconnu (aucun historique joint)"},
    # the body's later blocks
    "details": {"en": "Details", "de": "Details", "fr": "Détails"},
    "none_given": {"en": "(none given)", "de": "(keine angegeben)", "fr": "(aucun)"},
    "attachments": {"en": "Attachments", "de": "Anhänge", "fr": "Pièces jointes"},
    "no_attachments": {"en": "none", "de": "keine", "fr": "aucune"},
    "sent_by": {"en": "Sent by Deskmate {version}. Request key: {key}",
                "de": "Gesendet von Deskmate {version}. Anfrageschlüssel: {key}",
                "fr": "Envoyé par Deskmate {version}. Clé de la demande : {key}"},
    # report.html
    "failing_checks": {"en": "Failing checks", "de": "Fehlgeschlagene Prüfungen",
                       "fr": "Vérifications en échec"},
    "all_checks": {"en": "All checks", "de": "Alle Prüfungen", "fr": "Toutes les vérifications"},
    "timeline": {"en": "Timeline", "de": "Verlauf", "fr": "Historique"},
    "fixes_tried": {"en": "Fixes tried", "de": "Versuchte Korrekturen",
                    "fr": "Corrections essayées"},
    "log_tail": {"en": "Log tail", "de": "Protokollende", "fr": "Fin du journal"},
    "check": {"en": "Check", "de": "Prüfung", "fr": "Vérification"},
    "status": {"en": "Status", "de": "Status", "fr": "État"},
    "facts": {"en": "Facts", "de": "Fakten", "fr": "Faits"},
    "no_check_fails": {"en": "No check fails.", "de": "Keine Prüfung schlägt fehl.",
                       "fr": "Aucune vérification n'échoue."},
    "no_diagnostics": {"en": "No diagnostics attached.", "de": "Keine Diagnose angehängt.",
                       "fr": "Aucun diagnostic joint."},
    "none_attached": {"en": "None attached.", "de": "Nichts angehängt.", "fr": "Rien de joint."},
    "not_attached": {"en": "Not attached.", "de": "Nicht angehängt.", "fr": "Non joint."},
    "nothing_tried": {"en": "Nothing tried yet.", "de": "Noch nichts versucht.",
                      "fr": "Rien d'essayé pour l'instant."},
}


def languages() -> tuple[str, ...]:
    """Every language some word is written in, English first."""
    found = {lang for words in _WORDS.values() for lang in words}
    return (ENGLISH, *sorted(found - {ENGLISH}))


@dataclass(frozen=True)
class TicketWording:
    """``words("who")`` is "Who" in English, "Wer" in German; unknown languages get English."""

    language: str = ENGLISH

    def __call__(self, word: str, **values: object) -> str:
        """The words for ``word`` (a key of the table), with ``{placeholders}`` filled in."""
        table = _WORDS[word]
        text = table.get(self.language) or table[ENGLISH]
        return text.format(**values) if values else text


IN_ENGLISH = TicketWording()  # an immutable value: the default of every ticket writer
