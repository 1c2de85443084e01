"""Session 34 (issue 12, task mnews102): readings found on the dev parts of real-news batches 102-103. Each is a general
rule, tested with sentences written for the test and a contrast that must not fire. The names are the record's, used as
examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NETANYAHU = "benjamin-netanyahu"
# a page of Thursday 2025-04-03, after the person's warrant (2024-11-21)
NEWS_DAY = "2025-04-03"


# 1. "… his first trip to Europe since 2023": the year closes a comparison, it is not the trip's day (the page's day stands).
@pytest.mark.parametrize("text", [
    "The announcement came as the prime minister welcomed Benjamin Netanyahu in the capital Budapest on his first trip to Europe since 2023.",
    "Benjamin Netanyahu arrived in Budapest, his first visit to Europe since early 2023.",
    "Benjamin Netanyahu landed in Budapest on his first trip abroad since 2023.",
])
def test_a_year_after_first_since_is_no_trip_date(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "visit") == [(NETANYAHU, "HUN", NEWS_DAY)]


def test_a_date_told_before_the_trigger_keeps_its_year(spec) -> None:  # noqa: ANN001
    # contrast: the trip's own year, told before the comparison, stays (a trip before the warrant: no visit)
    assert _typed(spec, "Benjamin Netanyahu visited Budapest in 2023, his first trip there since 2017.", NEWS_DAY, "visit") == []


def test_a_since_date_without_first_is_unchanged(spec) -> None:  # noqa: ANN001
    # contrast: a date after "since" that closes no "first …" comparison is read as before the session's rule
    got = _typed(spec, "Benjamin Netanyahu arrived in Budapest on Thursday.", NEWS_DAY, "visit")
    assert got == [(NETANYAHU, "HUN", NEWS_DAY)]
