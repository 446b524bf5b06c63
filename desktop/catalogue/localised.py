"""Text IT writes in several languages: a plain string, or a mapping such as ``{en: …, de: …}``.

A plain string is the same in every language. A mapping falls back to ``en``, then to its first
value, so a language IT did not translate still shows words. ``deskmate-admin`` insists on an
``en`` text (:data:`NO_ENGLISH`), so agents and every other language always have one to fall
back to; a client reading a published document accepts one without and uses the first value.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

from desktop.catalogue.doc_checker import DocChecker, shown
from desktop.catalogue.model import AnnouncementText, AppText

log = logging.getLogger(__name__)

ENGLISH = "en"
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")  # ISO 639-1 (or -2 where there is no -1 code)
NO_ENGLISH = "has no 'en' text; add one, every other language falls back to it"
MAX_LANGUAGES = 40


def pick(texts: Mapping[str, str], language: str) -> str:
    """The text for ``language``, else the ``en`` one, else the first."""
    found = texts.get(language) or texts.get(ENGLISH)
    return found if found is not None else next(iter(texts.values()), "")


def pick_list(lists: Mapping[str, tuple[str, ...]], language: str) -> tuple[str, ...]:
    """Like :func:`pick`, for a list such as tags (an empty list counts as none given)."""
    found = lists.get(language) or lists.get(ENGLISH)
    return found if found is not None else next(iter(lists.values()), ())


def as_mapping(value: str | Mapping[str, str]) -> Mapping[str, str]:
    """A plain string as the mapping it stands for (``{en: value}``)."""
    return {ENGLISH: value} if isinstance(value, str) else value


def app_texts(names: Mapping[str, str], descriptions: Mapping[str, str],
              tags: Mapping[str, tuple[str, ...]]) -> tuple[AppText, dict[str, AppText]]:
    """The English (fallback) words, and the words in every language any field names."""
    english = AppText(pick(names, ENGLISH), pick(descriptions, ENGLISH), pick_list(tags, ENGLISH))
    languages = {*names, *descriptions, *tags}
    if languages <= {ENGLISH}:
        return english, {}
    return english, {
        lang: AppText(pick(names, lang), pick(descriptions, lang), pick_list(tags, lang))
        for lang in sorted(languages)
    }


def announcement_texts(titles: Mapping[str, str], bodies: Mapping[str, str],
                       ) -> tuple[AnnouncementText, dict[str, AnnouncementText]]:
    """Like :func:`app_texts`, for an announcement's title and body."""
    english = AnnouncementText(pick(titles, ENGLISH), pick(bodies, ENGLISH))
    languages = {*titles, *bodies}
    if languages <= {ENGLISH}:
        return english, {}
    return english, {lang: AnnouncementText(pick(titles, lang), pick(bodies, lang))
                     for lang in sorted(languages)}


class LocalisedReader:
    """Reads localised fields through a :class:`DocChecker`, reporting problems as issues.

    Each reader returns the texts by language; a plain string comes back as ``{"en": text}``.
    With ``require_english`` a mapping without ``en`` is an issue (IT's tools); without, it is
    accepted (a client reading what was published).
    """

    def __init__(self, checker: DocChecker, require_english: bool = True) -> None:
        self.c = checker
        self.require_english = require_english

    def text(self, obj: Mapping[str, Any], key: str, path: str, *, required: bool = False,
             max_len: int = 100, owner: str = "") -> dict[str, str]:
        """A string or a mapping language -> string."""
        value = obj.get(key)
        if not isinstance(value, dict):
            return {ENGLISH: self.c.text(obj, key, path, required=required, max_len=max_len)}
        where = f"{path}.{key}" if path else key
        texts = {lang: self.c.text(value, lang, where, required=required, max_len=max_len)
                 for lang in self._languages(value, where, owner)}
        return texts if texts else {ENGLISH: ""}

    def text_list(self, obj: Mapping[str, Any], key: str, path: str, *, max_len: int = 100,
                  owner: str = "") -> dict[str, tuple[str, ...]]:
        """A list of strings, or a mapping language -> list of strings."""
        value = obj.get(key)
        if not isinstance(value, dict):
            return {ENGLISH: self.c.str_list(obj, key, path, max_len=max_len)}
        where = f"{path}.{key}" if path else key
        return {lang: self.c.str_list(value, lang, where, max_len=max_len)
                for lang in self._languages(value, where, owner)}

    def _languages(self, value: Mapping[Any, Any], where: str, owner: str) -> list[str]:
        """The mapping's valid language codes; bad ones and a missing ``en`` are issues."""
        codes = [key for key in value if isinstance(key, str) and LANGUAGE_CODE.fullmatch(key)]
        for key in value:
            if key not in codes:
                self.c.error(f"{where}.{key}" if isinstance(key, str) else where,
                             f"{shown(key)} is not a language code such as en, de or fr")
        if len(codes) > MAX_LANGUAGES:
            self.c.error(where, f"has {len(codes)} languages; at most {MAX_LANGUAGES}")
        if not value:
            self.c.error(where, "must give the text in at least one language (en: …)")
        elif self.require_english and ENGLISH not in value:
            self.c.error(where, f"{NO_ENGLISH}{f' (in {owner})' if owner else ''}")
        return codes[:MAX_LANGUAGES]
