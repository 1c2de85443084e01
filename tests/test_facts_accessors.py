"""The Facts accessors the law reads instead of scanning the record (issue 9, docs/house.md point 3): each gives
what a scan of the record gives, in the same order, and the request accessor is date-aware."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from iccwatch.facts import Facts
from iccwatch.model.dates import DateSpan, date_sort_key


def test_warrants_in_a_situation_are_the_records_in_its_order(facts: Facts) -> None:
    for sid in facts.records.situations:
        assert facts.warrants_in(sid) == [w for w in facts.records.warrants.values() if w.situation == sid]
    assert facts.warrants_in("no-such-situation") == []


def test_decisions_in_a_situation_are_in_date_order(facts: Facts) -> None:
    for sid in [*facts.records.situations, None]:
        got = facts.decisions_in(sid)
        assert sorted(d.id for d in got) == sorted(d.id for d in facts.records.decisions.values() if d.situation == sid)
        assert [date_sort_key(d.date) for d in got] == sorted(date_sort_key(d.date) for d in got)


def test_decisions_naming_a_person_and_by_record_number(facts: Facts) -> None:
    for pid in facts.records.persons:
        assert facts.decisions_naming(pid) == [d for d in facts.records.decisions.values() if pid in d.persons]
    for d in facts.records.decisions.values():
        if d.record_number:
            assert facts.decision_numbered(d.record_number) == next(
                x for x in facts.records.decisions.values() if x.record_number == d.record_number)
    assert facts.decision_numbered("ICC-no-such-number") is None


def test_requests_until_a_day_are_those_that_may_have_been_made_by_then(records: Any) -> None:
    from iccwatch.model.request import Request

    state = sorted(records.states)[0]
    person = sorted(records.persons)[0]
    source = next(iter(records.warrants.values())).sources

    def request(rid: str, date: str, kind: str = "extradition") -> Request:
        return Request(id=rid, date=date, person=person, requested_state=state, requesting="ICC", kind=kind, sources=source)

    made = [request("by-month", "2020-05"), request("by-day", "2020-05-20"), request("later", "2021-01-01"),
            request("other-kind", "2019-01-01", "other_assistance")]
    facts = Facts(replace(records, requests={r.id: r for r in made}))
    # A request dated by its month may have been made on the month's first day: it counts from then.
    assert [r.id for r in facts.requests_until("extradition", state, person, dt.date(2020, 5, 1))] == ["by-month"]
    assert [r.id for r in facts.requests_until("extradition", state, person, dt.date(2020, 12, 31))] == ["by-month", "by-day"]
    assert [r.id for r in facts.requests_until("extradition", state, person, dt.date(2030, 1, 1))] == ["by-month", "by-day", "later"]
    assert facts.requests_until("extradition", state, person, dt.date(2019, 12, 31)) == []
    assert [r.id for r in facts.requests_until("other_assistance", state, person, dt.date(2019, 1, 1))] == ["other-kind"]
    assert all(DateSpan.parse(r.date).first <= dt.date(2020, 12, 31)
               for r in facts.requests_until("extradition", state, person, dt.date(2020, 12, 31)))


def test_situations_concerning_and_deferred_by_a_state_are_the_records_in_its_order(facts: Facts) -> None:
    for iso3 in facts.records.states:
        assert facts.situations_concerning(iso3) == [s for s in facts.records.situations.values() if iso3 in s.states]
        assert facts.situations_deferred_by(iso3) == [s for s in facts.records.situations.values()
                                                      if any(d.state == iso3 for d in s.deferrals)]
    assert any(facts.situations_deferred_by(iso3) for iso3 in facts.records.states) or not any(
        s.deferrals for s in facts.records.situations.values())
