"""Localised catalogue and announcements: name, description and tags as ``{en: …, de: …}``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest
import yaml
from catalogue_testing import DEMO_DIR, SMALL_CATALOGUE
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.admin_cli import main as admin_main
from desktop.catalogue.announcements import (
    AnnouncementsInvalid,
    dump_announcements,
    matching,
    new_announcement,
    parse_announcements,
)
from desktop.catalogue.fast_load import fast_catalogue
from desktop.catalogue.model import Catalogue
from desktop.catalogue.search import MatchKind, MatchReason, SearchIndex
from desktop.catalogue.validation import load_catalogue, validate_document, validate_yaml

LOCALISED = """\
organization: Example Corp
apps:
  - id: libreoffice
    name: {en: LibreOffice Calc, de: LibreOffice Calc (Tabellen), fr: LibreOffice Calc (tableur)}
    category: Office
    description:
      en: Spreadsheets that open Excel files.
      de: Tabellen, die auch Excel-Dateien öffnen.
    tags: {en: [spreadsheet, office], de: [Tabellenkalkulation, Büro], fr: [tableur]}
    install:
      linux: {flatpak: org.libreoffice.LibreOffice}
  - id: firefox
    name: Firefox
    category: Browsers
    description: Fast, private web browser.
    tags: [web]
    install:
      linux: {flatpak: org.mozilla.firefox}
"""
NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _catalogue(text: str = LOCALISED) -> Catalogue:
    result = validate_yaml(text)
    assert result.issues == ()
    assert result.catalogue is not None
    return result.catalogue


def test_a_mapping_gives_each_language_and_english_is_the_default() -> None:
    calc = _catalogue().app("libreoffice")
    assert calc is not None
    assert (calc.name, calc.tags) == ("LibreOffice Calc", ("spreadsheet", "office"))
    german = calc.in_language("de")
    assert german.name == "LibreOffice Calc (Tabellen)"
    assert german.description == "Tabellen, die auch Excel-Dateien öffnen."
    assert german.tags == ("Tabellenkalkulation", "Büro")
    assert german.install == calc.install


def test_a_missing_language_falls_back_to_english_field_by_field() -> None:
    calc = _catalogue().app("libreoffice")
    assert calc is not None
    french = calc.in_language("fr")
    assert french.name == "LibreOffice Calc (tableur)"
    assert french.description == "Spreadsheets that open Excel files."  # no fr description
    assert calc.in_language("it") == calc  # a language IT did not write at all


def test_a_plain_string_is_the_same_in_every_language() -> None:
    firefox = _catalogue().app("firefox")
    assert firefox is not None
    assert firefox.translations == {}
    assert firefox.in_language("de") is firefox
    assert _catalogue(SMALL_CATALOGUE).in_language("fr") == _catalogue(SMALL_CATALOGUE)


def test_the_whole_catalogue_in_german() -> None:
    german = _catalogue().in_language("de")
    assert [a.name for a in german.apps] == ["LibreOffice Calc (Tabellen)", "Firefox"]


def test_validate_reports_a_missing_en_with_the_app_id_field_and_line() -> None:
    text = LOCALISED.replace("en: LibreOffice Calc, ", "")
    messages = [issue.format() for issue in validate_yaml(text, "cat.yaml").issues]
    assert messages == [
        "cat.yaml:4: apps[0].name: has no 'en' text; add one, every other language falls back"
        " to it (in app 'libreoffice')"
    ]


def test_missing_en_in_tags_is_reported_too() -> None:
    text = LOCALISED.replace("{en: [spreadsheet, office], ", "{")
    (issue,) = validate_yaml(text).issues
    assert issue.path == "apps[0].tags"
    assert "'en'" in issue.message
    assert "libreoffice" in issue.message


def test_a_published_document_without_en_still_loads_with_the_first_language() -> None:
    doc = yaml.safe_load(LOCALISED.replace("en: LibreOffice Calc, ", ""))
    assert fast_catalogue(doc) is None  # the fast path leaves it to the validator
    calc = load_catalogue(doc).app("libreoffice")
    assert calc is not None
    assert calc.name == "LibreOffice Calc (Tabellen)"  # the first value
    assert calc.in_language("fr").name == "LibreOffice Calc (tableur)"


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("name", "5", "apps[0].name: must be text, not a number"),
        ("name", "{en: 5}", "apps[0].name.en: must be text, not a number"),
        ("name", "{en: ''}", "apps[0].name.en: must not be empty"),
        ("name", "{}", "apps[0].name: must give the text in at least one language"),
        ("name", "{en: Calc, German: Calc}",
         "apps[0].name.German: 'German' is not a language code such as en, de or fr"),
        ("name", "[Calc]", "apps[0].name: must be text, not a list"),
        ("description", "{en: [a]}", "apps[0].description.en: must be text, not a list"),
        ("tags", "{en: office}", "apps[0].tags.en: must be a list, not text"),
        ("tags", "{en: [7]}", "apps[0].tags.en[0]: must be text, not a number"),
        ("name", "{en: " + "x" * 101 + "}", "apps[0].name.en: is longer than 100 characters"),
    ],
)
def test_garbage_in_a_localised_field_is_one_clear_issue(field: str, value: str,
                                                         expected: str) -> None:
    doc = yaml.safe_load(LOCALISED)
    doc["apps"][0][field] = yaml.safe_load(value)
    assert fast_catalogue(doc) is None
    first = validate_document(doc).issues[0]
    assert f"{first.path}: {first.message}".startswith(expected)


def test_fast_and_full_paths_build_the_same_localised_catalogue() -> None:
    doc = yaml.safe_load(LOCALISED)
    fast = fast_catalogue(doc)
    assert fast is not None
    assert fast == validate_document(doc).catalogue
    assert fast.in_language("de").apps[0].tags[0] == "Tabellenkalkulation"


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_search_matches_every_languages_names_and_tags(language: str) -> None:
    index = SearchIndex(_catalogue().in_language(language).apps)
    for query in ("tabellenkalkulation", "spreadsheet", "tableur", "Büro"):
        hits = index.search(query)
        assert [h.app.id for h in hits] == ["libreoffice"], query
    (hit,) = index.search("Tabellenkalk")
    if language != "de":
        assert hit.reason == MatchReason(MatchKind.TAG, "Tabellenkalkulation")


def test_publish_refuses_a_catalogue_without_en(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "catalogue.yaml"
    source.write_text(LOCALISED.replace("en: LibreOffice Calc, ", ""), "utf-8")
    keydir, site = tmp_path / "keys", tmp_path / "site"
    assert admin_main(["catalogue", "validate", str(source)]) != 0
    assert "apps[0].name: has no 'en' text" in capsys.readouterr().out
    assert admin_main(["keys", "init", "--out", str(keydir)]) == 0
    assert admin_main(["catalogue", "publish", str(source), "--keys", str(keydir),
                       "--repo", str(site)]) != 0
    assert "(in app 'libreoffice')" in capsys.readouterr().out
    assert not (site / "targets").exists()


def test_the_json_schema_takes_strings_and_mappings_and_needs_en() -> None:
    schema = json.loads((DEMO_DIR.parent / "schemas" / "catalogue.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    assert list(validator.iter_errors(yaml.safe_load(LOCALISED))) == []
    for bad in ("en: LibreOffice Calc, ", "{en: [spreadsheet, office], "):
        doc = yaml.safe_load(LOCALISED.replace(bad, "{" if bad.startswith("{") else ""))
        assert list(validator.iter_errors(doc)), bad
    doc = yaml.safe_load(LOCALISED)
    doc["apps"][0]["name"]["German"] = "x"
    assert list(validator.iter_errors(doc))


_texts = st.one_of(st.text(max_size=12), st.integers(), st.none(),
                   st.lists(st.text(max_size=6), max_size=3))
_languages = st.sampled_from(["en", "de", "fr", "EN", "", "deu", 5])
_localised = st.one_of(_texts, st.dictionaries(_languages, _texts, max_size=4))


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["name", "description", "tags"]), _localised)
def test_fuzz_localised_fields_the_fast_path_agrees_with_the_validator(
    field: str, value: object
) -> None:
    doc = yaml.safe_load(LOCALISED)
    doc["apps"][0][field] = value
    fast = fast_catalogue(doc)
    full = validate_document(doc)
    if fast is not None:
        assert full.issues == ()
        assert full.catalogue == fast
    assert (full.catalogue is None) == bool(full.issues)
    loaded = load_catalogue(doc) if full.catalogue is not None else None
    assert loaded is None or loaded == full.catalogue


# --- announcements ------------------------------------------------------------------------

def test_an_announcement_in_three_languages_round_trips() -> None:
    made = new_announcement({"en": "VPN maintenance", "de": "VPN-Wartung", "fr": "Maintenance VPN"},
                            {"en": "Saturday.", "de": "Samstag."}, "minor", ["VPN"], None, NOW)
    assert made.id.startswith("20260301-vpn-maintenance-")
    (back,) = parse_announcements(dump_announcements([made]))
    assert back == made
    assert (back.title, back.body) == ("VPN maintenance", "Saturday.")
    assert back.in_language("de").title == "VPN-Wartung"
    assert back.in_language("fr").body == "Saturday."  # no French body: English
    assert matching([back], "Printing", "Die VPN-Wartung stört", NOW) == (back,)


def test_a_new_announcement_without_en_is_refused() -> None:
    with pytest.raises(AnnouncementsInvalid, match="title: has no 'en' text"):
        new_announcement({"de": "VPN-Wartung"}, "", "minor", [], None, NOW)


def test_a_published_announcement_without_en_shows_its_first_language() -> None:
    data = (b'{"announcements": [{"id": "x-1", "title": {"de": "VPN-Wartung"},'
            b' "published": "2026-03-01T09:00:00+00:00"}]}')
    (item,) = parse_announcements(data)
    assert item.title == "VPN-Wartung"


def test_the_demo_catalogue_and_announcements_are_in_german_and_french() -> None:
    doc = yaml.safe_load((DEMO_DIR / "catalogue.yaml").read_text("utf-8"))
    catalogue = validate_document(doc).catalogue
    assert catalogue is not None
    for language in ("de", "fr"):
        translated = [a for a in catalogue.apps if language in a.translations]
        assert len(translated) >= len(catalogue.apps) // 2, language
    news = yaml.safe_load((DEMO_DIR / "announcements.yaml").read_text("utf-8"))
    assert all({"en", "de", "fr"} <= set(item["title"]) for item in news)
    assert all({"en", "de", "fr"} <= set(item["body"]) for item in news)


def test_announce_publishes_the_title_and_body_in_other_languages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, keydir, site = tmp_path / "catalogue.yaml", tmp_path / "keys", tmp_path / "site"
    source.write_text(SMALL_CATALOGUE, "utf-8")
    assert admin_main(["keys", "init", "--out", str(keydir)]) == 0
    assert admin_main(["catalogue", "publish", str(source), "--keys", str(keydir),
                       "--repo", str(site)]) == 0
    assert admin_main(["announce", "--keys", str(keydir), "--repo", str(site),
                       "--title", "Mail is slow", "--body", "We are on it.",
                       "--title-in", "de", "E-Mail ist langsam",
                       "--body-in", "de", "Wir kümmern uns darum.",
                       "--title-in", "fr", "La messagerie est lente"]) == 0
    (target,) = (site / "targets").glob("*.announcements.json")
    (item,) = parse_announcements(target.read_bytes())
    assert (item.title, item.body) == ("Mail is slow", "We are on it.")
    assert item.in_language("de").body == "Wir kümmern uns darum."
    assert item.in_language("fr").title == "La messagerie est lente"
    assert admin_main(["announce", "--keys", str(keydir), "--repo", str(site),
                       "--title", "x", "--title-in", "German", "y"]) == 1
    assert "'German' is not a language code" in capsys.readouterr().err
