"""Search-as-you-type over the catalogue: name, tags, description and what an app replaces.

Names and tags match in every language IT wrote them in, whichever language is shown.

Built once per catalogue. :meth:`SearchIndex.ranked_rows` ranks every matching app with plain
integer scores (a few substring tests per app, no objects per row), and :class:`IncrementalSearch`
remembers recent words so each keystroke only narrows the last one: fast enough to run on every
keystroke for 10,000 apps. :meth:`SearchIndex.hit` says why one app matched, as a
:class:`MatchReason` (kind and the matched word; the UI words it, the CLI prints ``english``),
only for the rows someone looks at.
"""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from itertools import accumulate, chain, compress, repeat
from operator import add, eq

from desktop.catalogue.model import CatalogueApp

log = logging.getLogger(__name__)

_NAME_EXACT, _NAME_PREFIX, _NAME, _REPLACES, _TAG, _PUBLISHER, _DESCRIPTION = (
    100, 80, 60, 50, 40, 30, 10,
)
# A word's first occurrence in the haystack falls in one field (bisect over _Entry.bounds):
# 0 none, then name, replaces, tags, publisher, and the description or category.
_NO_MATCH = 0
_FIELD_SCORES = (0, _NAME, _REPLACES, _TAG, _PUBLISHER, _DESCRIPTION)
_MEMO_WORDS = 8
_FEW_TOTALS = 4  # recent words an IncrementalSearch keeps


class MatchKind(StrEnum):
    """Which field a search word was found in, when it was not the app's name."""

    REPLACES = "replaces"  # ``word``: the tool it replaces, as IT wrote it
    TAG = "tag"  # ``word``: the tag, in the language it was written in
    PUBLISHER = "publisher"  # ``word``: the publisher
    DESCRIPTION = "description"
    CATEGORY = "category"  # ``word``: the category


_ENGLISH = {
    MatchKind.REPLACES: "Approved alternative to {0}",
    MatchKind.TAG: "Tagged “{0}”",
    MatchKind.PUBLISHER: "By {0}",
    MatchKind.DESCRIPTION: "Mentioned in the description",
    MatchKind.CATEGORY: "In {0}",
}


@dataclass(frozen=True)
class MatchReason:
    """Why an app matched: the kind of field and the word from the catalogue that matched."""

    kind: MatchKind
    word: str = ""

    @property
    def english(self) -> str:
        """The reason in English, for the CLI (the UI words it in the person's language)."""
        return _ENGLISH[self.kind].format(self.word)


@dataclass(frozen=True)
class SearchHit:
    """One matching app, its row in the catalogue, its score and why it matched."""

    app: CatalogueApp
    row: int
    score: int
    reason: MatchReason | None  # None for a name match


@dataclass(frozen=True)
class _Entry:
    name: str
    replaces: tuple[str, ...]
    tags: tuple[str, ...]
    publisher: str
    description: str
    haystack: str  # every field, newline-separated, best field first
    bounds: tuple[int, ...]  # 0, then where the name, replaces, tags and publisher end


class SearchIndex:
    """Casefolded search text for each app, in catalogue order, and the apps in name order.

    Immutable once built, so one index may serve several threads.
    """

    def __init__(self, apps: Sequence[CatalogueApp]) -> None:
        self._apps = tuple(apps)
        self._entries = tuple(_entry(app) for app in self._apps)
        by_name = sorted(range(len(self._entries)), key=lambda row: self._entries[row].name)
        self._by_name = tuple(by_name)  # name rank -> row; ties keep catalogue order
        # The same fields in name order, for tight comprehensions over every app.
        ranked = [self._entries[row] for row in by_name]
        self._hay = tuple(e.haystack for e in ranked)
        self._names = tuple(e.name for e in ranked)
        self._bounds = tuple(e.bounds for e in ranked)

    def __len__(self) -> int:
        return len(self._apps)

    def app(self, row: int) -> CatalogueApp:
        return self._apps[row]

    def matching_rows(self, query: str) -> frozenset[int]:
        """Rows whose text contains every word of ``query``; all rows for an empty query."""
        words = _words(query)
        if not words:
            return frozenset(range(len(self._entries)))
        return frozenset(
            row for row, entry in enumerate(self._entries)
            if all(word in entry.haystack for word in words)
        )

    def ranked_rows(self, query: str) -> list[int]:
        """Rows matching every word of ``query``, best first, then by name.

        An empty query gives every row in name order.
        """
        return self.rank([self.match_word(word) for word in _words(query)])

    def search(self, query: str, limit: int | None = None) -> tuple[SearchHit, ...]:
        """Matching apps, best first, each with the reason it matched."""
        words = _words(query)
        rows = self.ranked_rows(query)
        return tuple(self.hit(row, words) for row in rows[:limit])

    def hit(self, row: int, words: Sequence[str]) -> SearchHit:
        """Score one row (which must match) and explain the match."""
        entry, app = self._entries[row], self._apps[row]
        score, reason = 0, None
        for word in words:
            word_score, word_reason = _score_word(entry, app, word)
            score += word_score
            reason = reason or word_reason
        return SearchHit(app, row, score, reason)

    def match_word(self, word: str, within: Sequence[int] | None = None) -> WordMatch:
        """The apps whose text contains one casefolded ``word``, grouped by how well.

        ``within`` (name ranks, ascending) limits the apps looked at; it must hold every match,
        e.g. the matches of a shorter word that this one contains.
        """
        hay, bounds = self._hay, self._bounds
        ranks: Sequence[int] = range(len(hay))
        if within is not None and len(within) < len(hay):  # ranks are unique: else all of them
            ranks = within
            hay = tuple(map(hay.__getitem__, within))
            bounds = tuple(map(bounds.__getitem__, within))
        # The haystack holds the fields best first, so the first occurrence names the field.
        fields = list(map(bisect_right, bounds, map(str.find, hay, repeat(word))))
        matched = list(compress(ranks, fields))
        present = set(fields)
        tiers: list[tuple[int, list[int]]] = []
        for field, score in enumerate(_FIELD_SCORES):
            if field in present and field != _NO_MATCH:
                only = len(present - {_NO_MATCH}) == 1
                in_field = matched if only else list(
                    compress(ranks, map(eq, fields, repeat(field))))
                tiers += self._name_tiers(word, in_field) if score == _NAME else [(score, in_field)]
        return WordMatch(matched, tuple(tiers))

    def _name_tiers(self, word: str, in_name: list[int]) -> list[tuple[int, list[int]]]:
        """Split apps whose name contains ``word`` into exact, prefix and other name matches."""
        names, length = self._names, len(word)
        low = bisect_left(names, word)  # names are sorted: a prefix is a contiguous run
        equal = bisect_right(names, word, low)
        high = bisect_right(names, word, equal, key=lambda name: name[:length])
        first, last = bisect_left(in_name, low), bisect_left(in_name, high)
        tiers = [(_NAME_EXACT, list(range(low, equal))), (_NAME_PREFIX, list(range(equal, high))),
                 (_NAME, in_name[:first] + in_name[last:])]
        return [(score, ranks) for score, ranks in tiers if ranks]

    def rank(self, matches: Sequence[WordMatch]) -> list[int]:
        """Rows matching every word (each given as :meth:`match_word`), best first."""
        everyone = len(self._by_name)
        # A word every app matches equally well ("example" in "example app") changes nothing.
        matches = [m for m in matches if len(m.ranks) < everyone or len(m.tiers) > 1]
        if not matches:
            return list(self._by_name)
        if len(matches) == 1:
            ranks = list(chain.from_iterable(ranks for _, ranks in matches[0].tiers))
        else:
            ranks = _best_first(matches)
        return list(map(self._by_name.__getitem__, ranks))


@dataclass(frozen=True)
class WordMatch:
    """One word's matches as name ranks (positions in name order), ascending, and by score.

    ``tiers`` holds (score, ranks) best score first, each rank in exactly one tier.
    """

    ranks: list[int]
    tiers: tuple[tuple[int, list[int]], ...]

    @cached_property
    def scores(self) -> dict[int, int]:
        """Name rank -> this word's score."""
        return dict(chain.from_iterable(zip(ranks, repeat(score)) for score, ranks in self.tiers))


class IncrementalSearch:
    """Search-as-you-type over one :class:`SearchIndex`.

    Remembers the matches of recent words, so typing "dropbox" after "dropbo" only re-checks
    the apps that matched "dropbo". Not thread-safe: one per view.
    """

    def __init__(self, index: SearchIndex) -> None:
        self._index = index
        self._memo: OrderedDict[str, WordMatch] = OrderedDict()

    @property
    def index(self) -> SearchIndex:
        return self._index

    def ranked_rows(self, query: str) -> list[int]:
        """The same rows, in the same order, as :meth:`SearchIndex.ranked_rows`."""
        return self._index.rank([self._match(word) for word in _words(query)])

    def _match(self, word: str) -> WordMatch:
        known = self._memo.get(word)
        if known is None:
            known = self._index.match_word(word, self._narrowest_superset(word))
            self._memo[word] = known
            if len(self._memo) > _MEMO_WORDS:
                self._memo.popitem(last=False)
        self._memo.move_to_end(word)
        return known

    def _narrowest_superset(self, word: str) -> list[int] | None:
        """The fewest remembered matches that must include every match of ``word``."""
        supersets = [match.ranks for known, match in self._memo.items() if known in word]
        return min(supersets, key=len) if supersets else None


def _best_first(matches: Sequence[WordMatch]) -> list[int]:
    """Name ranks every word matched, by summed score (best first), then name rank."""
    fewest, *others = sorted(matches, key=lambda match: len(match.ranks))
    common = fewest.ranks
    for other in others:
        common = list(compress(common, map(other.scores.__contains__, common)))
    totals = [0] * len(common)
    for match in matches:
        totals = list(map(add, totals, map(match.scores.__getitem__, common)))
    distinct = sorted(set(totals), reverse=True)
    if len(distinct) <= _FEW_TOTALS:  # a pass per total is cheaper than sorting
        return list(chain.from_iterable(
            compress(common, map(eq, totals, repeat(total))) for total in distinct))
    order = sorted(range(len(common)), key=totals.__getitem__, reverse=True)  # stable
    return list(map(common.__getitem__, order))


def _score_word(entry: _Entry, app: CatalogueApp, word: str) -> tuple[int, MatchReason | None]:
    if entry.name == word:
        return _NAME_EXACT, None
    if entry.name.startswith(word):
        return _NAME_PREFIX, None
    if word in entry.name:
        return _NAME, None
    for index, replaced in enumerate(entry.replaces):
        if word in replaced:
            return _REPLACES, MatchReason(MatchKind.REPLACES, app.replaces[index])
    for index, tag in enumerate(entry.tags):
        if word in tag:
            return _TAG, MatchReason(MatchKind.TAG, (*app.tags, *_other_words(app))[index])
    if word in entry.publisher:
        return _PUBLISHER, MatchReason(MatchKind.PUBLISHER, app.publisher)
    if word in entry.description:
        return _DESCRIPTION, MatchReason(MatchKind.DESCRIPTION)
    return _DESCRIPTION, MatchReason(MatchKind.CATEGORY, app.category)


def _entry(app: CatalogueApp) -> _Entry:
    name = app.name.casefold()
    replaces = tuple(r.casefold() for r in app.replaces)
    # The app's names and tags in its other languages count as tags: "Tabellenkalkulation"
    # finds the spreadsheet in any language.
    tags = tuple(t.casefold() for t in (*app.tags, *_other_words(app)))
    publisher = app.publisher.casefold()
    description = app.description.casefold()
    fields = (name, *replaces, *tags, publisher, description, app.category.casefold())
    ends = list(accumulate(len(field) + 1 for field in fields))  # just past each newline
    named, replaced, tagged = 1, 1 + len(replaces), 1 + len(replaces) + len(tags)
    bounds = (0, ends[named - 1] - 1, ends[replaced - 1] - 1, ends[tagged - 1] - 1,
              ends[tagged] - 1)
    return _Entry(name, replaces, tags, publisher, description, "\n".join(fields), bounds)


def _other_words(app: CatalogueApp) -> tuple[str, ...]:
    """The app's names and tags in its other languages, each once, in a stable order."""
    seen = {app.name, *app.tags}
    found: list[str] = []
    for text in app.translations.values():
        for word in (text.name, *text.tags):
            if word not in seen:
                seen.add(word)
                found.append(word)
    return tuple(found)


def _words(query: str) -> tuple[str, ...]:
    return tuple(query.casefold().split())
