"""Sizes, dates and ages in the reader's language, through QLocale and plural forms."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.app_builder import interface_language
from ui import locale_format as fmt


@pytest.fixture
def german(qtbot: QtBot) -> Iterator[None]:
    with interface_language("de"):
        yield


def test_english(qtbot: QtBot) -> None:
    assert fmt.ago(20) == "just now"
    assert fmt.ago(3 * 60 + 5) == "3 minutes ago"
    assert fmt.ago(60 * 60) == "1 hour ago"
    assert fmt.ago(3 * 24 * 3600) == "3 days ago"
    assert fmt.data_size(1536 * 1024) == "1.5 MB"
    assert fmt.date_time(datetime(2026, 11, 30, 9, 5)) == "30/11/2026 09:05"
    assert fmt.long_date(date(2026, 11, 30)) == "Monday, 30 November 2026"
    assert fmt.weekday(datetime(2026, 11, 27, 17, 0)) == "Friday"


@pytest.mark.usefixtures("german")
def test_german() -> None:
    assert fmt.ago(60) == "vor 1 Minute"
    assert fmt.ago(3 * 24 * 3600) == "vor 3 Tagen"
    assert fmt.data_size(1536 * 1024) == "1,5 MB"
    assert fmt.number(1234.5, 1) == "1.234,5"
    assert fmt.time_of_day(datetime(2026, 11, 30, 9, 5)) == "09:05"
    assert fmt.long_date(date(2026, 11, 30)) == "Montag, 30. November 2026"
