"""Dates in news text resolved against the document's date."""

from __future__ import annotations

import datetime as dt

import pytest

from iccwatch.monitor.dates import find_dates

FRI = dt.date(2024, 8, 30)


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("Putin will fly to Mongolia next Tuesday", FRI, "2024-09-03"),
        ("He landed in Ulaanbaatar late on Monday", dt.date(2024, 9, 3), "2024-09-02"),
        ("The summit took place on 2 September 2024", FRI, "2024-09-02"),
        ("It happened on September 2, 2024", FRI, "2024-09-02"),
        ("The ceremony is on 5 September", FRI, "2024-09-05"),
        ("They met last month", FRI, "2024-07"),
        ("The visit is planned for next month", FRI, "2024-09"),
        ("He said on Friday", FRI, "2024-08-30"),
        ("It was agreed yesterday", FRI, "2024-08-29"),
        ("The talks ended in March", dt.date(2025, 5, 1), "2025-03"),
    ],
)
def test_resolution(text: str, ref: dt.date, expected: str) -> None:
    assert find_dates(text, ref)[0].date == expected


def test_range_and_until() -> None:
    found = find_dates("He visited Mongolia on 2-3 September 2024", FRI)[0]
    assert (found.date, found.end_date) == ("2024-09-02", "2024-09-03")
    stay = find_dates("Putin arrived in Dushanbe on Wednesday for a visit that will run until Friday", dt.date(2025, 10, 9))[0]
    assert (stay.date, stay.end_date) == ("2025-10-08", "2025-10-10")


def test_no_date_without_reference_for_relative_words() -> None:
    assert find_dates("He arrived on Monday", None) == []


@pytest.mark.parametrize("got", ["2018", "2018-03", "2018-03-31", "2018-04-01", "2017-12-31", "2019-03"])
@pytest.mark.parametrize("want", ["2018", "2018-03", "2018-03-31", 2018])
def test_label_dates_compare_as_spans_as_the_string_rule_did(got: str, want: object) -> None:
    """A label accepts its own date and any finer date inside it, never a coarser one (the string rule
    'equal, or starts with the label and a hyphen' it replaces, read as spans)."""
    from iccwatch.monitor.evaluate import _date_ok

    assert _date_ok(got, want) == (got == str(want) or got.startswith(f"{want}-"))
