"""The record against itself (``dataset/cross_record_checks.py``): the whole record is clean of every rule, and each
rule catches the fault it names (made by changing one record in memory) and leaves alone the case it must."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from iccwatch.dataset.cross_record_checks import cross_record_problems
from iccwatch.dataset.loader import load_records
from iccwatch.dataset.records import RecordSet
from iccwatch.model.dates import parse_partial_date
from iccwatch.model.rome_statute import party_intervals

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def real() -> RecordSet:
    records, problems = load_records(DATA)
    assert records is not None, problems
    return records


def _with(r: RecordSet, kind: str, key: str, **update: Any) -> RecordSet:
    """A copy of ``r`` in which the record ``key`` of ``kind`` has the fields ``update``."""
    table = dict(r.of_kind(kind))
    table[key] = table[key].model_copy(update=update)
    return dataclasses.replace(r, **{kind: table})


_COARSE = "not to the day, and within those days"


def _found(r: RecordSet, words: str) -> list[str]:
    return [f"{p.record} {p.field}: {p.message}" for p in cross_record_problems(r) if words in p.message]


def test_the_whole_record_is_clean(real: RecordSet) -> None:
    # the one warning left standing is an event dated coarser than its warrant's change (no source gives the day)
    assert [f"{p.file} {p.field}: {p.message}" for p in cross_record_problems(real)
            if p.severity == "error" or _COARSE not in p.message] == []


def _taken_event(r: RecordSet) -> tuple[str, Any]:
    """An event of the day on which the host took the person, with the warrant's status of that day by that host."""
    for key, e in sorted(r.events.items()):
        if e.action in ("arrest", "surrender") and not e.end_date and len(e.date) == 10 and any(
                s.date == e.date and s.status in ("arrested", "surrendered") and s.by_state == e.state
                for w in r.warrants.values() if w.person == e.person for s in w.status_history):
            return key, e
    raise AssertionError("no arrest or surrender event in the record")


def test_an_arrest_event_on_a_day_no_warrant_records_is_caught_unless_its_days_include_one(real: RecordSet) -> None:
    key, e = _taken_event(real)
    day = parse_partial_date(e.date)[0]
    moved = _with(real, "events", key, date=str(day - dt.timedelta(days=3)))
    assert [f for f in _found(moved, "records an arrest or surrender") if f.startswith(key)]
    spanning = _with(moved, "events", key, end_date=e.date)  # the surrender of that day ends the event's days
    assert _found(spanning, "records an arrest or surrender") == []


def test_no_arrest_on_the_day_the_warrant_says_the_state_took_him_is_caught(real: RecordSet) -> None:
    key, e = _taken_event(real)
    assert [f for f in _found(_with(real, "events", key, action="no_arrest"), "no_arrest in") if f.startswith(key)]
    # a no_arrest in another State that day contradicts nothing
    other = next(iso for iso in sorted(real.states) if iso != e.state)
    assert _found(_with(real, "events", key, action="no_arrest", state=other), "no_arrest in") == []


def test_an_alias_that_is_the_name_in_another_case_is_caught(real: RecordSet) -> None:
    key, p = sorted(real.persons.items())[0]
    upper = _with(real, "persons", key, aliases=[*p.aliases, p.name.upper()])
    assert [f for f in _found(upper, "in another case") if f.startswith(f"{key} aliases[{len(p.aliases)}]")]
    other = _with(real, "persons", key, aliases=[*p.aliases, p.name + " Junior"])
    assert _found(other, "in another case") == []


def test_a_non_party_among_the_signatories_of_a_statement_of_states_parties(real: RecordSet) -> None:
    never = next(iso for iso, st in sorted(real.states.items()) if not party_intervals(st.participation))
    of_parties = next(k for k, s in sorted(real.statements.items()) if s.date and "States Parties" in s.title)
    s = real.statements[of_parties]
    assert [f for f in _found(_with(real, "statements", of_parties, signatories=[*s.signatories, never]), "not bound by the Statute")
            if f.startswith(of_parties)]
    other = next(k for k, s in sorted(real.statements.items()) if s.date and "States Parties" not in s.title)
    t = real.statements[other]
    assert _found(_with(real, "statements", other, signatories=[*t.signatories, never]), "not bound by the Statute") == []


def test_no_warrant_in_a_situation_that_has_a_public_one(real: RecordSet) -> None:
    w = next(w for _, w in sorted(real.warrants.items()) if w.kind == "arrest_warrant" and w.issued and len(str(w.unsealed or w.issued)) == 10)
    public = parse_partial_date(str(w.unsealed or w.issued))[0]
    said = _with(real, "situations", w.situation, status="investigation ongoing, no warrant public", status_as_of=str(public))
    assert [f for f in _found(said, "says no warrant is public") if f.startswith(w.situation)]
    first_public = min(parse_partial_date(str(x.unsealed or x.issued))[0] for x in real.warrants.values()
                       if x.situation == w.situation and x.kind != "application" and x.issued)
    before = _with(real, "situations", w.situation, status="investigation ongoing, no public warrant",
                   status_as_of=str(first_public - dt.timedelta(days=1)))
    assert _found(before, "says no warrant is public") == []
    for status in ("investigation ongoing; warrants public", "trial ongoing; no warrant executed since 2020",
                   "no arrest warrant has been executed"):
        words = _with(real, "situations", w.situation, status=status, status_as_of=str(public))
        assert _found(words, "says no warrant is public") == [], status
    for status in ("no warrant has been issued", "no arrest warrants issued", "no public warrant"):
        said = _with(real, "situations", w.situation, status=status, status_as_of=str(public))
        assert [f for f in _found(said, "says no warrant is public") if f.startswith(w.situation)], status


def test_an_event_that_began_after_the_ruling_on_it(real: RecordSet) -> None:
    key, d = next((k, d) for k, d in sorted(real.decisions.items()) if d.events)
    eid = d.events[0]
    later = str(parse_partial_date(d.date)[1].replace(year=parse_partial_date(d.date)[1].year + 1))
    assert [f for f in _found(_with(real, "events", eid, date=later, end_date=None), "after the decision") if f.startswith(key)]


def test_a_response_leaving_out_the_state_of_its_finding(real: RecordSet) -> None:
    key, rs = next((k, x) for k, x in sorted(real.responses.items())
                   if x.decision and real.decisions[x.decision].state and x.states)
    state = real.decisions[rs.decision].state
    others = [s for s in rs.states if s != state] or [next(iso for iso in sorted(real.states) if iso != state)]
    assert [f for f in _found(_with(real, "responses", key, states=others), "the State of the finding") if f.startswith(key)]
    assert _found(_with(real, "responses", key, states=[]), "the State of the finding") == []  # no States listed: nothing to compare


def test_a_finding_about_a_foreigner_with_no_trip_is_a_warning(real: RecordSet) -> None:
    key, d = next((k, d) for k, d in sorted(real.decisions.items())
                  if d.finding == "non_compliance" and d.request_type == "arrest_surrender" and d.events and d.state
                  and not any(d.state in real.persons[p].nationality for p in d.persons))
    found = [p for p in cross_record_problems(_with(real, "decisions", key, events=[])) if p.record == key]
    assert [p.severity for p in found] == ["warning"]
    national = next(iter(real.persons[d.persons[0]].nationality))
    assert [p for p in cross_record_problems(_with(real, "decisions", key, events=[], state=national)) if p.record == key] == []


def test_a_ruling_on_a_trip_that_did_not_take_place(real: RecordSet) -> None:
    key, d = next((k, d) for k, d in sorted(real.decisions.items()) if d.events)
    eid = d.events[0]
    cancelled = _with(real, "events", eid, trip="cancelled", action="visit_cancelled", cancelled_by="unknown")
    assert [f for f in _found(cancelled, "did not take place") if f.startswith(key)]
    assert _found(real, "did not take place") == []


def test_a_note_that_dates_its_own_status_otherwise(real: RecordSet) -> None:
    wid, i, s = next((wid, i, s) for wid, w in sorted(real.warrants.items()) for i, s in enumerate(w.status_history)
                     if s.status == "arrested" and s.date and len(s.date) == 10)
    other = str(parse_partial_date(s.date)[0] + dt.timedelta(days=1))

    def noted(note: str) -> RecordSet:
        w = real.warrants[wid]
        history = list(w.status_history)
        history[i] = s.model_copy(update={"note": note})
        return _with(real, "warrants", wid, status_history=history)

    assert [f for f in _found(noted(f"He was arrested on {other} in the capital."), "the status is dated") if f.startswith(wid)]
    assert _found(noted(f"First arrested on {s.date}; arrested on {other} again."), "the status is dated") == []
    assert _found(noted(f"He was released on {other}."), "the status is dated") == []  # another status's day


def test_a_trip_while_a_state_still_holds_the_person(real: RecordSet) -> None:
    wid, w, spell = next((wid, w, c) for wid, w in sorted(real.warrants.items()) for c in w.custody[:1] if c.until)
    since = parse_partial_date(spell.since)[1]
    open_spell = spell.model_copy(update={"until": None, "until_unknown": None, "ended": None, "ended_by": None})
    held = _with(real, "warrants", wid, custody=[open_spell])
    key, e = sorted(real.events.items())[0]
    other = next(iso for iso in sorted(real.states) if iso != spell.held_by)
    later = str(since + dt.timedelta(days=30))
    trip = _with(held, "events", key, person=w.person, state=other, date=later, end_date=None, trip="visit", action="no_arrest")
    assert [f for f in _found(trip, "holds the person") if f.startswith(key)]
    before = _with(held, "events", key, person=w.person, state=other, date=str(since - dt.timedelta(days=30)), end_date=None,
                   trip="visit", action="no_arrest")
    assert [f for f in _found(before, "holds the person") if f.startswith(key)] == []
    ended = _with(real, "events", key, person=w.person, state=other, date=later, end_date=None, trip="visit", action="no_arrest")
    assert [f for f in _found(ended, "holds the person") if f.startswith(key)] == []  # the real spell has an end


# ---------------------------------------------------------------- an event dated coarser than a warrant's change


def _single_warrant_event(r: RecordSet) -> tuple[str, Any, Any]:
    """An event of a person with one warrant or summons (no application), issued on a day other than 1 January."""
    for key, e in sorted(r.events.items()):
        ws = [w for w in r.warrants.values() if w.person == e.person and w.kind != "application"]
        if len(ws) == 1 and ws[0].issued and len(ws[0].issued) == 10 and not ws[0].issued.endswith("-01-01"):
            return key, e, ws[0]
    raise AssertionError("no event of a person with a single warrant")


def test_an_event_dated_to_a_year_in_which_the_warrant_was_issued_is_flagged(real: RecordSet) -> None:
    key, e, w = _single_warrant_event(real)
    year = w.issued[:4]
    coarse = _with(real, "events", key, date=year, end_date=None)
    found = [p for p in cross_record_problems(coarse) if p.record == key and _COARSE in p.message]
    assert len(found) == 1 and found[0].severity == "warning" and found[0].field == "date"
    assert f"{w.id} issued (issued {w.issued})" in found[0].message and found[0].file.startswith("data/events/")
    # to the day, the same event is not flagged; nor a month that ends before the issue
    exact = _with(real, "events", key, date=w.issued, end_date=None)
    assert not [p for p in cross_record_problems(exact) if p.record == key and _COARSE in p.message]
    day = parse_partial_date(w.issued)[0]
    before = (day.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    earlier = _with(real, "events", key, date=before, end_date=None)
    assert not [p for p in cross_record_problems(earlier) if p.record == key and _COARSE in p.message]


def test_a_second_warrant_issued_while_the_first_is_in_force_changes_nothing(real: RecordSet) -> None:
    key, e, w = _single_warrant_event(real)
    day = parse_partial_date(w.issued)[0]
    second = w.model_copy(update={"id": w.id + "-second", "issued": str(day + dt.timedelta(days=400)), "status_history": []})
    warrants = {**real.warrants, second.id: second}
    r = dataclasses.replace(real, warrants=warrants)
    later_year = str(day + dt.timedelta(days=400))[:4]
    coarse = _with(r, "events", key, date=later_year, end_date=None)
    assert not [p for p in cross_record_problems(coarse) if p.record == key and second.id in p.message]
    # but the same second warrant, once the first was withdrawn before the event's year, changes the duty
    assert w.status_history
    ended = w.model_copy(update={"status_history": [*w.status_history, w.status_history[0].model_copy(
        update={"status": "warrant_withdrawn", "date": str(day + dt.timedelta(days=1))})]})
    r2 = dataclasses.replace(r, warrants={**warrants, w.id: ended})
    coarse2 = _with(r2, "events", key, date=later_year, end_date=None)
    assert [p for p in cross_record_problems(coarse2) if p.record == key and second.id in p.message]


def test_an_event_dated_to_the_month_of_an_arrest_is_flagged(real: RecordSet) -> None:
    key, e = _taken_event(real)  # an event of the day the host took the person, as the warrant records it
    if e.date.endswith("-01"):
        pytest.skip("the arrest falls on the first of the month")
    month = _with(real, "events", key, date=e.date[:7], end_date=None)
    found = [p for p in cross_record_problems(month) if p.record == key and _COARSE in p.message]
    assert found and ("arrested " + e.date in found[0].message or "surrendered " + e.date in found[0].message)
