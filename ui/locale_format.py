"""Numbers, sizes, dates, times and ages in the words and digits of the person's language.

Everything goes through ``QLocale()`` (the default locale, which the composition root sets to
the interface language), so German reads "12,3 GB" and "30.11.26 14:05", never a hand-made
"12.3 GB". Counts of time use ``%n`` numerus forms, so each language says its own plural.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QTime

_FORMAT = QLocale.FormatType
_MINUTE, _HOUR, _DAY = 60, 60 * 60, 24 * 60 * 60


def data_size(size: int) -> str:
    """A size in bytes as people read it: "512 bytes", "1,5 MB", "12,3 GB"."""
    return QLocale().formattedDataSize(
        int(size), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


def number(value: float, decimals: int = 0) -> str:
    """``value`` with the locale's decimal sign and grouping: "1.234,5" in German."""
    return QLocale().toString(float(value), "f", decimals)


def _qdatetime(moment: datetime) -> QDateTime:
    local = moment.astimezone() if moment.tzinfo else moment
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute, local.second))


def date_time(moment: datetime) -> str:
    """A date and time, short: "30/11/2026 14:05", "30.11.26 14:05"."""
    return QLocale().toString(_qdatetime(moment), _FORMAT.ShortFormat)


def time_of_day(moment: datetime) -> str:
    """The time of day, short: "14:05", "2:05 PM"."""
    return QLocale().toString(_qdatetime(moment).time(), _FORMAT.ShortFormat)


def long_date(day: date) -> str:
    """A day in words: "Monday, 30 November 2026", "Montag, 30. November 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), _FORMAT.LongFormat)


def weekday(moment: datetime) -> str:
    """The day of the week's name: "Friday", "Freitag"."""
    return QLocale().dayName(_qdatetime(moment).date().dayOfWeek(), _FORMAT.LongFormat)


class TimeWords(QObject):
    """Spans of time in words, with ``%n`` plurals. A QObject only for ``self.tr``: lupdate marks
    a text as numerus (one form per plural of the language) only in a ``tr`` call with a count.
    """

    def ago(self, seconds: float) -> str:
        if seconds < _MINUTE:
            return self.tr("just now")
        if seconds < _HOUR:
            return self.tr("%n minute(s) ago", "", int(seconds // _MINUTE))
        if seconds < _DAY:
            return self.tr("%n hour(s) ago", "", int(seconds // _HOUR))
        return self.tr("%n day(s) ago", "", int(seconds // _DAY))


def ago(seconds: float) -> str:
    """A time in the past in words: "just now", "3 minutes ago", "2 hours ago", "3 days ago"."""
    return TimeWords().ago(seconds)
