"""The partial-date type: a date written to the year, month or day is the span of days it can mean."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iccwatch.model import DateSpan, parse_partial_date


@pytest.mark.parametrize(("text", "first", "last", "precision"), [
    ("2024-09-03", dt.date(2024, 9, 3), dt.date(2024, 9, 3), "day"),
    ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month"),
    ("2023-02", dt.date(2023, 2, 1), dt.date(2023, 2, 28), "month"),
    ("2023-12", dt.date(2023, 12, 1), dt.date(2023, 12, 31), "month"),
    ("2002", dt.date(2002, 1, 1), dt.date(2002, 12, 31), "year"),
])
def test_a_partial_date_is_the_span_it_can_mean(text: str, first: dt.date, last: dt.date, precision: str) -> None:
    span = DateSpan.parse(text)
    assert (span.first, span.last, span.precision) == (first, last, precision)
    assert str(span) == text
    assert parse_partial_date(text) == (first, last)


@pytest.mark.parametrize(("text", "message"), [
    ("2023-02-30", "not a real calendar date"), ("2023-13", "not a real calendar date"),
    ("3 May 2020", "not an ISO 8601 date"), ("2020-5-3", "not an ISO 8601 date"), (2020, "not a date string"),
])
def test_a_bad_date_is_refused_naming_it(text: object, message: str) -> None:
    with pytest.raises(ValueError, match=message) as exc:
        DateSpan.parse(text)  # type: ignore[arg-type]
    assert repr(text) in str(exc.value)


def test_comparisons_say_what_is_sure_and_what_may_be() -> None:
    may = DateSpan.parse("2024-09")
    assert may.may_be_on_or_before(dt.date(2024, 9, 1)) and not may.surely_before(dt.date(2024, 9, 30))
    assert may.surely_before(dt.date(2024, 10, 1)) and may.surely_after(dt.date(2024, 8, 31))
    assert may.contains(dt.date(2024, 9, 15)) and not may.contains(dt.date(2024, 10, 1))
    # A month and its first day start together; the day is the narrower, so it sorts first.
    assert sorted([may, DateSpan.parse("2024-09-01")], key=lambda s: s.sort_key)[0].exact


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)), st.sampled_from(["day", "month", "year"]))
def test_every_day_lies_in_the_spans_written_around_it(day: dt.date, precision: str) -> None:
    text = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4]}[precision]
    span = DateSpan.parse(text)
    assert span.contains(day) and span.precision == precision and str(span) == text
    assert not span.surely_before(day) and not span.surely_after(day) and span.may_be_on_or_before(day)
    assert span.first <= span.last and (span.last - span.first).days < 366
