"""A time counted back from the document's day ("three days ago", "two years ago", "il y a trois jours", "hace dos semanas", "vor drei
Tagen", "há dois dias", "tre giorni fa"), counted by dateparser.

The monitor finds such a time with its own patterns (English in monitor/dates.py, the other languages' ``ago`` in
data/lookups/monitor_words.yaml), because which way a bare weekday or a tense points is the monitor's own rule; what the
words found mean (their unit, their number, how far back) is read by dateparser, a maintained library with the
languages' relative expressions, anchored on the document's day (the project's rule: a relative date is never read
against the clock).

dateparser counts from a fixed day here and the offset is applied to the document's day, so an expression is parsed
once per process whatever the document (``_offset`` is cached): days and weeks as a number of days, months as a number
of months (a month back from 31 March is February, whichever day dateparser would give).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading
from typing import Any

#: The day dateparser counts from; its offset is applied to the document's own day.
_BASE = dt.datetime(2001, 1, 15)
_LOCK = threading.Lock()


@functools.lru_cache(maxsize=16)
def _parser(language: str) -> Any:
    from dateparser.date import DateDataParser  # imported on first use: the monitor alone needs it

    return DateDataParser(languages=[language], settings={"RELATIVE_BASE": _BASE, "PREFER_DATES_FROM": "past"})


@functools.lru_cache(maxsize=4096)
def _offset(text: str, language: str) -> tuple[str, int] | None:
    """(unit, offset) of ``text`` read in ``language``: ("day" or "week", days), ("month", months), ("year", years); None
    when dateparser reads no time in it."""
    with _LOCK:  # one parser per language, shared by the threads that read documents
        data = _parser(language).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    got = data.date_obj.date()
    if data.period in ("day", "week"):
        return ("day" if data.period == "day" else "week"), (got - _BASE.date()).days
    if data.period == "month":
        return "month", (got.year * 12 + got.month) - (_BASE.year * 12 + _BASE.month)
    if data.period == "year":
        return "year", got.year - _BASE.year
    return None


def _digits(text: str, numbers: dict[str, int]) -> str:
    """The number words of ``numbers`` in ``text`` written as digits ("hace dos semanas" -> "hace 2 semanas")."""
    if not numbers:
        return text
    return re.sub(r"[^\W\d_]+", lambda m: str(numbers.get(m.group(0).lower(), m.group(0))), text)


def counted_back(text: str, language: str, ref: dt.date, numbers: dict[str, int] | None = None) -> tuple[str, dt.date] | None:
    """The day a time counted back (``text``, in ``language``) names from the document's day ``ref``, with its unit
    ("day", "week", "month", "year"; a month's day is the first of that month, a year's the first of that year: only its
    month or year is meant; "two years ago" told in September 2025 is some day of 2023, not September's)."""
    words = _digits(text, numbers or {}).lower().split()
    got = _offset(" ".join(words), language)
    if got is None and len(words) >= 4:
        # (session 39, mleft25) a hedge inside the count that dateparser does not read ('há exatamente um ano'): the count read
        # without one inner word at a time (its marker and its unit kept), the first that dateparser reads
        got = next((g for i in range(1, len(words) - 1) if (g := _offset(" ".join(words[:i] + words[i + 1:]), language))), None)
    if got is None:
        return None
    unit, n = got
    if unit == "year":
        return unit, dt.date(ref.year + n, 1, 1)
    if unit == "month":
        m = ref.month - 1 + n
        return unit, dt.date(ref.year + m // 12, m % 12 + 1, 1)
    return unit, ref + dt.timedelta(days=n)
