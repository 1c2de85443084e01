"""The day a record's date field means, for the checks that compare dates: the first or last day of a partial date
(``2005`` is 2005-01-01 to 2005-12-31), or its whole span, ``None`` where the field is empty or no date (the loader
reports that)."""

from __future__ import annotations

import datetime as dt

from iccwatch.model.dates import DateSpan


def first_day(value: str) -> dt.date:
    return DateSpan.parse(value).first


def last_day(value: str) -> dt.date:
    return DateSpan.parse(value).last


def span_or_none(value: str | None) -> DateSpan | None:
    if not value:
        return None
    try:
        return DateSpan.parse(value)
    except ValueError:
        return None
