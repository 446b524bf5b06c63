"""Search-as-you-type over the catalogue: name, tags, description and what an app replaces.

Built once per catalogue; :meth:`SearchIndex.matching_rows` is cheap enough to run on every
keystroke for 10,000 apps (one substring test per app), and :meth:`SearchIndex.search`
ranks the hits and says why each matched ("Approved alternative to Dropbox").
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.catalogue.model import CatalogueApp

log = logging.getLogger(__name__)

_NAME_EXACT, _NAME_PREFIX, _NAME, _REPLACES, _TAG, _PUBLISHER, _DESCRIPTION = (
    100, 80, 60, 50, 40, 30, 10,
)


@dataclass(frozen=True)
class SearchHit:
    """One matching app, its row in the catalogue, its score and why it matched."""

    app: CatalogueApp
    row: int
    score: int
    reason: str | None  # e.g. "Approved alternative to Dropbox"; None for a name match


@dataclass(frozen=True)
class _Entry:
    name: str
    replaces: tuple[str, ...]
    tags: tuple[str, ...]
    publisher: str
    description: str
    haystack: str


class SearchIndex:
    """Lower-cased search text for each app, in catalogue order."""

    def __init__(self, apps: Sequence[CatalogueApp]) -> None:
        self._apps = tuple(apps)
        self._entries = tuple(_entry(app) for app in self._apps)

    def matching_rows(self, query: str) -> frozenset[int]:
        """Rows whose text contains every word of ``query``; all rows for an empty query."""
        words = _words(query)
        if not words:
            return frozenset(range(len(self._entries)))
        return frozenset(
            row for row, entry in enumerate(self._entries)
            if all(word in entry.haystack for word in words)
        )

    def search(self, query: str, limit: int | None = None) -> tuple[SearchHit, ...]:
        """Matching apps, best first, each with the reason it matched."""
        words = _words(query)
        hits = [self.hit(row, words) for row in sorted(self.matching_rows(query))]
        ranked = sorted(hits, key=lambda h: (-h.score, h.app.name.casefold()))
        return tuple(ranked[:limit] if limit is not None else ranked)

    def hit(self, row: int, words: Sequence[str]) -> SearchHit:
        """Score one row (which must match) and explain the match."""
        entry, app = self._entries[row], self._apps[row]
        score, reason = 0, None
        for word in words:
            word_score, word_reason = _score_word(entry, app, word)
            score += word_score
            reason = reason or word_reason
        return SearchHit(app, row, score, reason)


def _score_word(entry: _Entry, app: CatalogueApp, word: str) -> tuple[int, str | None]:
    if entry.name == word:
        return _NAME_EXACT, None
    if entry.name.startswith(word):
        return _NAME_PREFIX, None
    if word in entry.name:
        return _NAME, None
    for index, replaced in enumerate(entry.replaces):
        if word in replaced:
            return _REPLACES, f"Approved alternative to {app.replaces[index]}"
    for index, tag in enumerate(entry.tags):
        if word in tag:
            return _TAG, f"Tagged “{app.tags[index]}”"
    if word in entry.publisher:
        return _PUBLISHER, f"By {app.publisher}"
    if word in entry.description:
        return _DESCRIPTION, "Mentioned in the description"
    return _DESCRIPTION, f"In {app.category}"


def _entry(app: CatalogueApp) -> _Entry:
    name = app.name.casefold()
    replaces = tuple(r.casefold() for r in app.replaces)
    tags = tuple(t.casefold() for t in app.tags)
    publisher = app.publisher.casefold()
    description = app.description.casefold()
    haystack = "\n".join((name, *replaces, *tags, publisher, description, app.category.casefold()))
    return _Entry(name, replaces, tags, publisher, description, haystack)


def _words(query: str) -> tuple[str, ...]:
    return tuple(query.casefold().split())
