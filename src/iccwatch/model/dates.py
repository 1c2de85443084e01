"""Partial dates: what the record means by ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

A date the sources give only to the month or year is a span of days, not a day. ``DateSpan`` keeps
the first and last day it can mean and its precision, so code asks "surely before D?" or "may it be
on or before D?" instead of comparing strings or re-parsing text.

Pure Python (no pydantic), so that the law engine and a one-question CLI run can use it without
importing the validated model (benchmarks/bench_cli.py).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

Precision = Literal["day", "month", "year"]
#: The shape of a partial date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a real day or not).
#: The years a date in the record (or an assumption about it) can name: far enough back for any office held; far
#: ahead only to keep the treaty's date arithmetic inside the calendar (a later date is in the future, which the
#: checker reports for each field where that is wrong).
YEARS = (1800, 9000)
#: ASCII digits only, and nothing after the last (round 35: ``\\d`` also took '٢٠١٤' or '２０１４' as 2014, and ``$`` a
#: line break after the day; such a text sorts and compares as no day does).
PARTIAL_DATE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\Z")
_PARTIAL_DATE = PARTIAL_DATE


def not_ascii_hint(value: str) -> str:
    """What in a date-like text is not the ASCII that ISO 8601 writes (a digit of another script, a dash that is no
    hyphen-minus, a character after the day), for an error's end; '' if none."""
    for ch in value:
        if not ch.isascii() or (ch.isspace() and ch != " "):
            name = unicodedata.name(ch, "")
            at = f"U+{ord(ch):04X}{' ' + name if name else ''}"
            if ch.isspace() or unicodedata.category(ch).startswith("C"):
                return f"; it holds a space, line break or control character ({at}): write the day alone"
            kind = "a digit of another script" if ch.isdigit() else "a character that only looks like one of YYYY-MM-DD"
            return f"; it holds {kind} ({at}): write the digits 0-9 and the hyphen '-' in ASCII"
    return ""


@dataclass(frozen=True)
class DateSpan:
    """A partial date: the first and last day it can mean, and whether it names a day, a month or a year."""

    first: dt.date
    last: dt.date
    precision: Precision

    @staticmethod
    def parse(text: str) -> DateSpan:
        """The span a date written ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` means.

        Raises ValueError naming the value when it is not such a date or not a real day.
        """
        return _parse(text) if isinstance(text, str) else _parse_any(text)

    def __str__(self) -> str:
        if self.precision == "day":
            return self.first.isoformat()
        if self.precision == "month":
            return self.first.isoformat()[:7]
        return str(self.first.year)

    @property
    def exact(self) -> bool:
        """True when it names one day."""
        return self.precision == "day"

    @property
    def sort_key(self) -> tuple[dt.date, dt.date]:
        """Order by first day, then by last: the same order as :func:`date_sort_key` (where two first days
        meet, the last day grows with the precision: a day, then its month, then its year)."""
        return self.first, self.last

    def contains(self, day: dt.date) -> bool:
        return self.first <= day <= self.last

    def may_be_on_or_before(self, day: dt.date) -> bool:
        """True unless every day it can mean is after ``day``."""
        return self.first <= day

    def surely_before(self, day: dt.date) -> bool:
        """True when every day it can mean is before ``day``."""
        return self.last < day

    def surely_after(self, day: dt.date) -> bool:
        """True when every day it can mean is after ``day``."""
        return self.first > day


#: Where two dates begin on the same day, the finer sorts first: ``2010-12-01``, then ``2010-12``, then ``2010``.
_PRECISION_RANK: dict[Precision, int] = {"day": 0, "month": 1, "year": 2}


def date_sort_key(value: str | dt.date | None) -> tuple[int, dt.date, int, str]:
    """The one order of every list sorted by a date: by the first day a date can mean, then by precision
    (a day before its month, a month before its year), then by its text as a tie-break.

    Sorting the text instead puts ``2010-12`` before ``2010-12-01`` and ``2010`` before ``2010-01-01``,
    though they begin on the same day; it agrees elsewhere. A missing date (``None`` or ``""``) sorts
    first, where its empty text sorted; a ``datetime.date`` sorts as its day. A text that is no date raises
    ValueError naming it (the record's dates are checked)."""
    if value is None or value == "":
        return (0, dt.date.min, 0, "")
    text = value.isoformat() if isinstance(value, dt.date) else value
    span = DateSpan.parse(text)
    return (1, span.first, _PRECISION_RANK[span.precision], text)


def _parse_any(value: object) -> DateSpan:
    raise ValueError(f"{value!r} is not a date string; write dates as quoted ISO 8601 text")


#: Dates kept parsed by each of the two caches below. The checker parses 1,755 distinct dates of the record,
#: each many times; a server also parses every date a user asks about, so a cache that kept
#: 65,536 (about 400 bytes a date in both) would grow by up to 26 MB as new dates were asked. 8,192 holds
#: the record's dates four times over in at most about 3 MB.
DATE_CACHE_SIZE = 8192


@functools.lru_cache(maxsize=DATE_CACHE_SIZE)
def parse_partial_date(value: str) -> tuple[dt.date, dt.date]:
    """Return the first and last day that a date written ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` can mean
    (``DateSpan.parse(value)`` gives its precision too).

    Raises ValueError naming the value when it is not such a date or not a real day.
    """
    span = DateSpan.parse(value)
    return span.first, span.last


def is_exact(value: str) -> bool:
    """True when a partial date names one day."""
    return DateSpan.parse(value).exact


@functools.lru_cache(maxsize=DATE_CACHE_SIZE)
def _parse(value: str) -> DateSpan:
    match = _PARTIAL_DATE.match(value)
    if not match:
        raise ValueError(f"{value!r} is not an ISO 8601 date (YYYY-MM-DD, or YYYY-MM / YYYY where the day is unknown)"
                         f"{not_ascii_hint(value)}")
    year, month, day = match.groups()
    try:
        if day:
            d = dt.date(int(year), int(month), int(day))
            return DateSpan(d, d, "day")
        if month:
            first = dt.date(int(year), int(month), 1)
            nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
            return DateSpan(first, nxt - dt.timedelta(days=1), "month")
        return DateSpan(dt.date(int(year), 1, 1), dt.date(int(year), 12, 31), "year")
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a real calendar date ({exc})") from None
