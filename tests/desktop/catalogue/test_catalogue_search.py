"""Search over name, tags, description and replaces, with the reason for each match."""

from __future__ import annotations

import itertools

from catalogue_testing import DEMO_DIR

from desktop.catalogue.search import IncrementalSearch, MatchKind, MatchReason, SearchIndex
from desktop.catalogue.synthetic import synthetic_catalogue
from desktop.catalogue.validation import load_catalogue, validate_yaml


def _demo_index() -> SearchIndex:
    catalogue = validate_yaml((DEMO_DIR / "catalogue.yaml").read_bytes()).catalogue
    assert catalogue is not None
    return SearchIndex(catalogue.apps)


def test_a_replaced_name_finds_the_approved_alternative_with_the_reason() -> None:
    hits = _demo_index().search("dropbox")
    assert [(h.app.id, h.reason) for h in hits] == [
        ("company-files", MatchReason(MatchKind.REPLACES, "Dropbox")),
        ("nextcloud", MatchReason(MatchKind.REPLACES, "Dropbox")),
    ]


def test_name_matches_rank_first_and_have_no_reason() -> None:
    hits = _demo_index().search("fire")
    assert hits[0].app.id == "firefox"
    assert hits[0].reason is None


def test_tags_description_and_every_word() -> None:
    index = _demo_index()
    assert index.search("vpn")[0].app.id == "wireguard"
    assert index.search("passwords vault")[0].app.id == "bitwarden"
    assert index.search("diagrams")[0].reason == MatchReason(MatchKind.TAG, "diagrams")
    assert index.search("MICROSOFT office files")[0].app.id == "libreoffice"
    assert index.search("no such thing") == ()


def test_empty_query_matches_every_row() -> None:
    index = _demo_index()
    assert index.matching_rows("  ") == frozenset(range(len(index.search(""))))


def test_typing_a_word_over_10000_apps_narrows_to_the_right_rows() -> None:
    """What each keystroke finds; how fast it is belongs to `make bench` (benchmarks/catalogue.py:
    search p95 per keystroke), not to a timed unit test on a shared machine."""
    index = SearchIndex(load_catalogue(synthetic_catalogue(10_000)).apps)
    found = [index.matching_rows(q) for q in ("d", "dr", "dro", "drop", "dropb", "dropbox")]
    assert all(later <= earlier for earlier, later in itertools.pairwise(found))
    assert found[-1] == frozenset(range(0, 10_000, 70))  # every 10th app replaces 1 of 7 tools


def _reference_order(index: SearchIndex, query: str) -> list[int]:
    """Rows best first, scored one at a time by SearchIndex.hit: the slow, obvious ranking."""
    words = query.casefold().split()
    hits = [index.hit(row, words) for row in index.matching_rows(query)]
    return [h.row for h in sorted(hits, key=lambda h: (-h.score, h.app.name.casefold(), h.row))]


def test_ranking_and_typing_letter_by_letter_agree_with_scoring_each_row() -> None:
    index = SearchIndex(load_catalogue(synthetic_catalogue(700)).apps)
    typing = IncrementalSearch(index)
    for query in ("dropbox", "zoom", "example app 42", "vendor 7", "tag3", "Example App 1",
                  "app app", "work z", "browsers"):
        for end in range(1, len(query) + 1):
            expected = _reference_order(index, query[:end])
            assert index.ranked_rows(query[:end]) == expected, query[:end]
            assert typing.ranked_rows(query[:end]) == expected, query[:end]
    assert typing.ranked_rows("") == _reference_order(index, "")  # every app, by name


def test_exact_then_prefix_then_name_then_replaced_tool() -> None:
    index = _demo_index()
    assert next((h.app.id, h.score) for h in index.search("compan")) == ("company-files", 80)
    assert next((h.app.id, h.score) for h in index.search("files")) == ("company-files", 60)
    assert next((h.app.id, h.score) for h in index.search("firefox")) == ("firefox", 100)
    scores = [h.score for h in index.search("o")]
    assert scores == sorted(scores, reverse=True)
    assert len(set(scores)) > 2
