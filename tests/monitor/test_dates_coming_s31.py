"""'coming' and 'this coming' before a weekday name the first such day ahead, as 'next' does (session 31: "the coming Sunday"
was read as the Sunday before the page, a bare weekday in a sentence with no future verb)."""

from __future__ import annotations

import datetime as dt

import pytest

from iccwatch.monitor.dates import find_dates

FRIDAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(("text", "want"), [
    ("The summit opens this coming Sunday in Ulaanbaatar.", "2026-12-06"),
    ("Officials said the coming Monday would decide it.", "2026-12-07"),
    ("The upcoming Thursday is the day of the vote.", "2026-12-10"),
    ("Talks resume This Coming Saturday.", "2026-12-05"),
])
def test_coming_weekdays_are_ahead(text: str, want: str) -> None:
    assert [f.date for f in find_dates(text, FRIDAY)] == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("He arrived on Sunday.", "2026-11-29"),           # a bare weekday in a past sentence: the one before
    ("He arrived last Sunday.", "2026-11-29"),
    ("He will arrive on Sunday.", "2026-12-06"),       # a future sentence's weekday: the one ahead, as before
])
def test_other_weekdays_keep_their_reading(text: str, want: str) -> None:
    assert [f.date for f in find_dates(text, FRIDAY)] == [want]
