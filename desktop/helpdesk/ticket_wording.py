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
    # the summary's stock answers
    "name_unknown": {"en": "name not known", "de": "Name unbekannt", "fr": "nom inconnu"},
    "reply_to": {"en": "reply to {email}", "de": "Antwort an {email}",
                 "fr": "répondre à {email}"},
    "no_reply_address": {"en": "no reply address known", "de": "keine Antwortadresse bekannt",
                         "fr": "aucune adresse de réponse connue"},
    "account": {"en": "account {account}", "de": "Konto {account}", "fr": "compte {account}"},
    "no_failing_check": {"en": "{summary} (no failing check)",
                         "de": "{summary} (keine Prüfung schlägt fehl)",
                         "fr": "{summary} (aucune vérification en échec)"},
    "with_failing": {"en": "{summary}. Failing checks: {found}",
                     "de": "{summary}. Fehlgeschlagene Prüfungen: {found}",
                     "fr": "{summary}. Vérifications en échec : {found}"},
    "outage_affected": {"en": "affected by the announced outage {id}",
                        "de": "betroffen von der angekündigten Störung {id}",
                        "fr": "touché par la panne annoncée {id}"},
    "network_down_since": {"en": "network down since {time}", "de": "Netzwerk weg seit {time}",
                           "fr": "réseau coupé depuis {time}"},
    "memory_above": {"en": "memory above {threshold:.0f} % for {hours:.1f} h",
                     "de": "Arbeitsspeicher über {threshold:.0f} % seit {hours:.1f} h",
                     "fr": "mémoire au-dessus de {threshold:.0f} % depuis {hours:.1f} h"},
    "cpu_above": {"en": "processor above {threshold:.0f} % for {hours:.1f} h",
                  "de": "Prozessor über {threshold:.0f} % seit {hours:.1f} h",
                  "fr": "processeur au-dessus de {threshold:.0f} % depuis {hours:.1f} h"},
    "disk_free_below": {
        "en": "free disk space below {threshold:.0f} % for {hours:.1f} h",
        "de": "freier Speicherplatz unter {threshold:.0f} % seit {hours:.1f} h",
        "fr": "espace disque libre sous {threshold:.0f} % depuis {hours:.1f} h"},
    "network_down": {"en": "no network for {hours:.1f} h", "de": "kein Netzwerk seit {hours:.1f} h",
                     "fr": "pas de réseau depuis {hours:.1f} h"},
    "no_sign": {"en": "no sign in the health timeline", "de": "kein Hinweis im Verlauf",
                "fr": "aucun signe dans l'historique"},
    "last_restart": {"en": "{signs} (last restart {time})",
                     "de": "{signs} (letzter Neustart {time})",
                     "fr": "{signs} (dernier redémarrage {time})"},
    "attached_as": {"en": "attached as {name} ({summary})",
                    "de": "angehängt als {name} ({summary})", "fr": "jointe : {name} ({summary})"},
    "urgency_low": {"en": "Low – whenever you can", "de": "Niedrig – wann immer es passt",
                    "fr": "Faible – quand vous pourrez"},
    "urgency_normal": {"en": "Normal – it slows me down", "de": "Normal – es bremst mich aus",
                       "fr": "Normale – cela me ralentit"},
    "urgency_high": {"en": "High – I can barely work", "de": "Hoch – ich kann kaum arbeiten",
                     "fr": "Élevée – je peux à peine travailler"},
    "urgency_critical": {"en": "Critical – I cannot work at all",
                         "de": "Kritisch – ich kann gar nicht arbeiten",
                         "fr": "Critique – je ne peux pas travailler du tout"},
    # an access request's answers
    "approval_manager": {"en": "needs manager approval from {manager}",
                         "de": "braucht die Zustimmung der Führungskraft {manager}",
                         "fr": "nécessite l'accord du responsable {manager}"},
    "approval_it": {"en": "needs IT approval", "de": "braucht die Zustimmung der IT",
                    "fr": "nécessite l'accord de l'IT"},
    "approval_none": {"en": "no approval needed", "de": "keine Zustimmung nötig",
                      "fr": "aucun accord nécessaire"},
    "requested_new": {"en": "{app}, which is not in the catalogue yet ({approval})",
                      "de": "{app}, noch nicht im Katalog ({approval})",
                      "fr": "{app}, pas encore au catalogue ({approval})"},
    "requested_access": {"en": "access to {app} (catalogue id {id}; {approval})",
                         "de": "Zugang zu {app} (Katalog-ID {id}; {approval})",
                         "fr": "accès à {app} (identifiant au catalogue {id} ; {approval})"},
    "why_use": {"en": "{reason} (will use it: {frequency})",
                "de": "{reason} (Nutzung: {frequency})",
                "fr": "{reason} (utilisation : {frequency})"},
    "frequency_daily": {"en": "daily", "de": "täglich", "fr": "tous les jours"},
    "frequency_weekly": {"en": "weekly", "de": "wöchentlich", "fr": "toutes les semaines"},
    "frequency_occasionally": {"en": "occasionally", "de": "gelegentlich",
                               "fr": "de temps en temps"},
    "one_day": {"en": "1 day", "de": "1 Tag", "fr": "1 jour"},
    "days": {"en": "{n} days", "de": "{n} Tage", "fr": "{n} jours"},
    "until": {"en": "until {date}", "de": "bis {date}", "fr": "jusqu'au {date}"},
    "permanently": {"en": "permanently", "de": "dauerhaft", "fr": "de façon permanente"},
    # subjects
    "subject_me_too": {"en": "Me too: {title}", "de": "Ich auch: {title}",
                       "fr": "Moi aussi : {title}"},
    "subject_feedback": {"en": "Feedback: {summary}", "de": "Rückmeldung: {summary}",
                         "fr": "Suggestion : {summary}"},
    "subject_access": {"en": "Access request: {app}", "de": "Zugangsanfrage: {app}",
                       "fr": "Demande d'accès : {app}"},
    "subject_app": {"en": "App request: {app}", "de": "App-Anfrage: {app}",
                    "fr": "Demande d'application : {app}"},
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
