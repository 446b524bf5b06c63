"""Announcements (outages, maintenance): the signed ``announcements.json`` document.

Exceptions::

    AnnouncementsInvalid    the document or a new announcement does not validate
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from desktop.catalogue import patterns
from desktop.catalogue.doc_checker import DocChecker, ValidationIssue
from desktop.catalogue.localised import ENGLISH, LocalisedReader, announcement_texts, as_mapping
from desktop.catalogue.model import SEVERITIES, Announcement, AnnouncementText

MAX_ANNOUNCEMENTS = 200
_KEYS = frozenset({"id", "title", "body", "severity", "affects", "published", "until"})


class AnnouncementsInvalid(ValueError):  # reads as "the announcements are invalid"
    """The announcements document or a new announcement is not valid."""

    def __init__(self, issues: Sequence[ValidationIssue]) -> None:
        self.issues = tuple(issues)
        super().__init__("; ".join(f"{i.path or 'announcements'}: {i.message}" for i in issues))


def parse_announcements(data: bytes) -> tuple[Announcement, ...]:
    """Parse and check the published JSON; raises :class:`AnnouncementsInvalid`."""
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise AnnouncementsInvalid([ValidationIssue("", f"is not valid JSON: {exc}")]) from exc
    checker = DocChecker()
    top = checker.mapping(doc, "", frozenset({"announcements"}))
    items = checker.items(top, "announcements", "", required=True, limit=MAX_ANNOUNCEMENTS)
    found = [_announcement(checker, raw, f"announcements[{i}]", require_english=False)
             for i, raw in enumerate(items)]
    issues = checker.result()
    if issues:
        raise AnnouncementsInvalid(issues)
    return tuple(a for a in found if a is not None)


def dump_announcements(items: Sequence[Announcement]) -> bytes:
    """The JSON document published as the ``announcements.json`` target."""
    doc = {"announcements": [_as_dict(a) for a in items]}
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1).encode()


def new_announcement(title: str | Mapping[str, str], body: str | Mapping[str, str],
                     severity: str, affects: Sequence[str],
                     until: datetime | None, now: datetime) -> Announcement:
    """A checked announcement with a fresh id like ``20260301-vpn-outage-3fa2``.

    ``title`` and ``body`` are plain text or, localised, a mapping that must include ``en``.
    """
    english = str(as_mapping(title).get(ENGLISH, ""))
    slug = re.sub(r"[^a-z0-9]+", "-", english.lower()).strip("-")[:40].strip("-") or "notice"
    import secrets  # the publisher's, not the tray's

    ident = f"{now:%Y%m%d}-{slug}-{secrets.token_hex(2)}"
    raw = {"id": ident, "title": _plain(title), "body": _plain(body), "severity": severity,
           "affects": list(affects), "published": _iso(now),
           "until": _iso(until) if until else None}
    checker = DocChecker()
    announcement = _announcement(checker, raw, "")
    if announcement is None or checker.count:
        raise AnnouncementsInvalid(checker.result())
    if until is not None and until <= now:
        raise AnnouncementsInvalid([ValidationIssue("until", "must be in the future")])
    return announcement


def updated_list(existing: Sequence[Announcement], now: datetime,
                 add: Announcement | None = None, withdraw: str | None = None,
                 ) -> tuple[Announcement, ...]:
    """The list to publish: expired and withdrawn ones dropped, the new one added."""
    if withdraw is not None and all(a.id != withdraw for a in existing):
        known = ", ".join(a.id for a in existing) or "none"
        raise AnnouncementsInvalid(
            [ValidationIssue("withdraw", f"no announcement {withdraw!r} (published: {known})")]
        )
    kept = [a for a in existing if a.id != withdraw and (a.until is None or a.until > now)]
    return (*kept, add) if add is not None else tuple(kept)


def active(items: Sequence[Announcement], now: datetime | None = None) -> tuple[Announcement, ...]:
    """The ones to show now, most severe first, then newest first."""
    when = now or datetime.now(UTC)
    rank = {s: i for i, s in enumerate(reversed(SEVERITIES))}
    shown = [a for a in items if a.active(when)]
    shown.sort(key=lambda a: a.published, reverse=True)
    shown.sort(key=lambda a: rank.get(a.severity, len(rank)))
    return tuple(shown)


def matching(items: Sequence[Announcement], category: str, text: str = "",
             now: datetime | None = None) -> tuple[Announcement, ...]:
    """Active announcements that affect ``category`` or whose title words appear in ``text``."""
    wanted = category.casefold()
    words = set(re.findall(r"\w{4,}", text.casefold()))
    return tuple(
        a for a in active(items, now)
        if wanted in {x.casefold() for x in a.affects} or words & _title_words(a)
    )


def _title_words(a: Announcement) -> set[str]:
    """Words of the title in every language it was written in."""
    titles = (a.title, *(t.title for t in a.translations.values()))
    return set(re.findall(r"\w{4,}", " ".join(titles).casefold()))


def _announcement(checker: DocChecker, raw: object, path: str,
                  require_english: bool = True) -> Announcement | None:
    obj = checker.mapping(raw, path, _KEYS)
    before = checker.count
    ident = checker.text(obj, "id", path, required=True, pattern=patterns.ANNOUNCEMENT_ID,
                         pattern_hint="lower-case letters, digits and '-'")
    words = LocalisedReader(checker, require_english)
    owner = f"announcement {ident!r}" if ident else ""
    english, translations = announcement_texts(
        words.text(obj, "title", path, required=True, max_len=120, owner=owner),
        words.text(obj, "body", path, max_len=4000, owner=owner),
    )
    severity = checker.choice(obj, "severity", path, SEVERITIES, "info")
    affects = checker.str_list(obj, "affects", path, max_len=60)
    published = _when(checker, obj, "published", path, required=True)
    until = _when(checker, obj, "until", path, required=False)
    if checker.count != before or published is None:
        return None
    return Announcement(ident, english.title, english.body, severity, affects, published, until,
                        translations)


def _when(checker: DocChecker, obj: Any, key: str, path: str, *, required: bool) -> datetime | None:
    text = checker.text(obj, key, path, required=required, max_len=40)
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        value = None
    if value is None or value.tzinfo is None:
        checker.error(f"{path}.{key}" if path else key, "must be an ISO 8601 time with a time zone")
        return None
    return value


def _as_dict(a: Announcement) -> dict[str, Any]:
    title: object = a.title
    body: object = a.body
    if a.translations:
        title, body = _localised(a.title, a.body, a.translations)
    return {"id": a.id, "title": title, "body": body, "severity": a.severity,
            "affects": list(a.affects), "published": _iso(a.published),
            "until": _iso(a.until) if a.until else None}


def _plain(text: str | Mapping[str, str]) -> str | dict[str, str]:
    return text if isinstance(text, str) else dict(text)


def _localised(title: str, body: str, translations: Mapping[str, AnnouncementText],
               ) -> tuple[dict[str, str], dict[str, str]]:
    """Title and body as ``{en: …, de: …}``, English first."""
    titles = {ENGLISH: title} | {lang: t.title for lang, t in translations.items()}
    bodies = {ENGLISH: body} | {lang: t.body for lang, t in translations.items()}
    return titles, bodies


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).replace(microsecond=0).isoformat()
