"""A person held in custody is moved, not visiting: no alert for a trip on a day the record holds the person in a
State's (or a group's) custody since an earlier day (session 25, issue 12).

The cases are read from the record, not named: every spell of custody the record holds, on a day inside it after its
first, against a State that must arrest the person then. The day a spell begins still alerts (a person arrested on
arrival did travel there), and so does the day before it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from iccwatch.facts import Facts
from iccwatch.law import arrest_obligation
from iccwatch.law.warrants import custody_spells, warrant_status
from iccwatch.monitor.alerts import alert_for
from iccwatch.monitor.extract import Candidate, Evidence


def _visit(person: str, state: str, day: dt.date) -> Candidate:
    sentence = f"The person arrived in the capital on {day.isoformat()}."
    return Candidate(id=f"t-{person}-{state}-{day}", document="t", type="visit", person=person, state=state, date=day.isoformat(),
                     evidence=Evidence(sentence=sentence, start=0, end=len(sentence)), confidence=0.9, method="rule")


def _obliged_elsewhere(facts: Facts, person: str, holder: str, days: tuple[dt.date, ...]) -> str | None:
    """A State other than the holder that must arrest the person on each of ``days``."""
    for iso3 in sorted(facts.records.states):
        if iso3 != holder and all(arrest_obligation(facts, iso3, person, d).answer == "obliged" for d in days):
            return iso3
    return None


def _cases(facts: Facts) -> list[tuple[str, str, dt.date, dt.date, dt.date]]:
    """(person, State, the spell's first day, a day inside it after the first, the day before it) for spells of at
    least two days whose dates are days, whose person is surely held inside and free the day before."""
    out = []
    for w in sorted(facts.records.warrants.values(), key=lambda w: w.id):
        person = facts.records.persons.get(w.person)
        if person is None:
            continue
        for sp in custody_spells(w):
            first = sp.since_span.first
            if sp.since_span.last != first:
                continue
            inside, before = first + dt.timedelta(days=1), first - dt.timedelta(days=1)
            if sp.on(inside) != "held" or any(h.certainty for h in warrant_status(facts, person, before).held):
                continue
            if not all(h.certainty == "held" for h in warrant_status(facts, person, inside).held):
                continue
            state = _obliged_elsewhere(facts, person.id, sp.held_by, (before, first, inside))
            if state is not None:
                out.append((person.id, state, first, inside, before))
                break
        if len(out) >= 3:
            break
    return out


def test_the_record_holds_such_spells(facts: Facts) -> None:
    assert _cases(facts), "no custody spell in the record to test the rule on"


@pytest.mark.parametrize("which", [0, 1, 2])
def test_a_trip_while_held_since_an_earlier_day_raises_no_alert(facts: Facts, which: int) -> None:
    cases = _cases(facts)
    if which >= len(cases):
        pytest.skip(f"the record holds {len(cases)} such spells")
    person, state, first, inside, before = cases[which]
    assert alert_for(_visit(person, state, inside), facts, inside.isoformat()) is None
    # contrasts: the day before the custody and the day it begins (arrested on arrival) still alert
    assert alert_for(_visit(person, state, before), facts, before.isoformat()) is not None
    assert alert_for(_visit(person, state, first), facts, first.isoformat()) is not None
