"""Parsing what a person types (the CLI, the API and the web pages share it)."""

from __future__ import annotations

import datetime as dt

from iccwatch.model import DateSpan


def parse_day(text: str | None, today: dt.date | None = None) -> dt.date:
    """A query date: exact ISO day (YYYY-MM-DD), default today."""
    if text is None:
        return today or dt.date.today()
    span = DateSpan.parse(text)
    if not span.exact:
        raise ValueError(f"{text!r}: give a day (YYYY-MM-DD)")
    return span.first
