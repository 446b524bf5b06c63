"""Why an app matched the search on Apps, in the panel's language, from the search's
MatchReason; the matched word (a tool, a tag, a publisher) is IT's and is shown as written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.catalogue.search import MatchKind, MatchReason
from desktop.message_ids import QT_TRANSLATE_NOOP

_CONTEXT = "MatchReasonWords"
_WORDS = {
    MatchKind.REPLACES: QT_TRANSLATE_NOOP("MatchReasonWords", "Approved alternative to {0}"),
    MatchKind.TAG: QT_TRANSLATE_NOOP("MatchReasonWords", "Tagged “{0}”"),
    MatchKind.PUBLISHER: QT_TRANSLATE_NOOP("MatchReasonWords", "By {0}"),
    MatchKind.DESCRIPTION: QT_TRANSLATE_NOOP("MatchReasonWords", "Mentioned in the description"),
    MatchKind.CATEGORY: QT_TRANSLATE_NOOP("MatchReasonWords", "In {0}"),
}


def match_reason_words(reason: MatchReason | None) -> str:
    """The line under a found app ("" for a match on its name)."""
    if reason is None:
        return ""
    return QCoreApplication.translate(_CONTEXT, _WORDS[reason.kind]).format(reason.word)
