"""Announcements: publish, expire, withdraw; the active ones most severe first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.catalogue.announcements import (
    AnnouncementsInvalid,
    active,
    dump_announcements,
    matching,
    new_announcement,
    parse_announcements,
    updated_list,
)

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def test_round_trip_and_order() -> None:
    minor = new_announcement("VPN maintenance", "Sat 8-10", "minor", ["VPN"], None, NOW)
    major = new_announcement("Mail outage", "We are on it", "major", ["Email"],
                             NOW + timedelta(hours=4), NOW + timedelta(minutes=1))
    items = parse_announcements(dump_announcements([minor, major]))
    assert items == (minor, major)
    assert minor.id.startswith("20260301-vpn-maintenance-")
    later = NOW + timedelta(minutes=2)
    assert [a.title for a in active(items, later)] == ["Mail outage", "VPN maintenance"]
    assert [a.title for a in active(items, NOW + timedelta(hours=5))] == ["VPN maintenance"]
    assert [a.title for a in matching(items, "email", now=later)] == ["Mail outage"]
    assert [a.title for a in matching(items, "Printing", "my vpn maintenance", later)] == [
        "VPN maintenance"
    ]


def test_withdraw_and_expiry_drop_announcements() -> None:
    first = new_announcement("One", "", "info", [], NOW + timedelta(hours=1), NOW)
    second = new_announcement("Two", "", "info", [], None, NOW)
    kept = updated_list([first, second], NOW + timedelta(hours=2))
    assert kept == (second,)
    assert updated_list([first, second], NOW, withdraw=first.id) == (second,)
    with pytest.raises(AnnouncementsInvalid, match="no announcement 'nope'"):
        updated_list([first], NOW, withdraw="nope")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"not json", "is not valid JSON"),
        (b'{"announcements": [{"id": "a", "title": "T", "severity": "huge",'
         b' "published": "2026-01-01T00:00:00+00:00"}]}', "severity: must be one of"),
        (b'{"announcements": [{"id": "a", "title": "T", "published": "yesterday"}]}',
         "must be an ISO 8601 time"),
    ],
)
def test_bad_documents_are_rejected(data: bytes, message: str) -> None:
    with pytest.raises(AnnouncementsInvalid, match=message):
        parse_announcements(data)


def test_until_in_the_past_is_rejected() -> None:
    with pytest.raises(AnnouncementsInvalid, match="must be in the future"):
        new_announcement("Old", "", "info", [], NOW - timedelta(hours=1), NOW)
