"""Status entries whose dates overlap (a month beside a day inside it) keep the record's order; dates order the rest."""

from __future__ import annotations

from iccwatch.law.warrants import _in_date_order
from iccwatch.model import StatusChange
from iccwatch.model.dates import DateSpan


def _entries(*pairs: tuple[str, str]) -> list[tuple[StatusChange, DateSpan]]:
    return [(StatusChange.model_construct(status=s, date=d), DateSpan.parse(d)) for s, d in pairs]


def test_a_month_dated_arrest_after_the_issue_within_that_month_stays_after_it() -> None:
    # sorting by first day put "arrested 2013-11" (first day 11-01) before "issued 2013-11-20", so from December
    # the warrant read "issued" again
    dated = _entries(("issued", "2013-11-20"), ("arrested", "2013-11"), ("surrendered", "2013-12"))
    assert [h.status for h, _ in _in_date_order(dated)] == ["issued", "arrested", "surrendered"]


def test_dates_that_do_not_overlap_order_the_entries_whatever_the_record_order() -> None:
    dated = _entries(("surrendered", "2014-02-01"), ("issued", "2013-11-20"), ("arrested", "2013-12"))
    assert [h.status for h, _ in _in_date_order(dated)] == ["issued", "arrested", "surrendered"]
