"""The travel map says why every State is where it is: the person's warrant status on the date (at
large, in custody, dead, proceedings terminated, under seal) comes with the map, with its doubts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.law.test_scenarios import scenario_facts

from iccwatch.facts import Facts
from iccwatch.law.travel import travel_map

BLOCK = {
    "states": [{"iso3": "XXA", "name": "Alphaland", "participation": [{"action": "ratification", "date": "2003-02-03"}]}],
    "situations": [{"id": "alpha", "name": "Alphaland", "states": ["XXA"], "trigger": "proprio_motu",
                    "investigation_opened": "2004-06-01", "status": "investigation", "status_as_of": "2004-06-01"}],
    "persons": [{"id": "suspect-a", "name": "Suspect Alpha"}, {"id": "suspect-b", "name": "Suspect Bravo"}],
    "warrants": [
        {"id": "suspect-a-1", "person": "suspect-a", "situation": "alpha", "kind": "arrest_warrant", "issued": "2005-07-08",
         "status_history": [{"status": "deceased", "date": "2007-10-02", "confidence": "medium"},
                            {"status": "proceedings_terminated", "date": "2023-11-17"}]},
        {"id": "suspect-b-1", "person": "suspect-b", "situation": "alpha", "kind": "arrest_warrant", "issued": "2005-07-08",
         "unsealed": "2005-10-13", "status_history": [{"status": "surrendered", "date": "2015-01-16"}]},
    ],
}


def _facts(facts: Facts) -> Facts:
    return scenario_facts(Path("travel.yaml"), BLOCK, facts)


def test_a_reported_death_leaves_the_warrant_in_effect_and_the_map_says_so(facts: Facts) -> None:
    m = travel_map(_facts(facts), "Suspect Alpha", dt.date(2020, 1, 1))
    assert m["counts"]["bound_by_statute"] == 1
    assert m["warrant"]["outstanding"] == "yes"
    assert any("Art. 58(4)" in d for d in m["warrant"]["doubts"]), m["warrant"]


def test_after_termination_no_state_is_bound_and_the_map_says_why(facts: Facts) -> None:
    m = travel_map(_facts(facts), "Suspect Alpha", dt.date(2024, 1, 1))
    assert m["counts"]["bound_by_statute"] == 0
    assert m["warrant"]["outstanding"] == "no"
    assert any("proceedings were terminated" in s for s in m["warrant"]["warrants"]), m["warrant"]


def test_custody_and_seal_are_given(facts: Facts) -> None:
    sealed = travel_map(_facts(facts), "Suspect Bravo", dt.date(2005, 8, 1))
    assert sealed["warrant"]["outstanding"] == "yes"
    assert any("under seal" in d for d in sealed["warrant"]["doubts"]), sealed["warrant"]
    assert sealed["warrant"]["missing_facts"], sealed["warrant"]
    held = travel_map(_facts(facts), "Suspect Bravo", dt.date(2016, 1, 1))
    assert held["warrant"]["outstanding"] == "no"
    assert any("custody" in s for s in held["warrant"]["warrants"]), held["warrant"]
    assert held["counts"]["not_bound"] == 1


def test_a_state_allowed_to_postpone_is_bound_not_unbound_on_the_map(facts: Facts) -> None:
    """Art. 95: while a postponement the Court allowed runs, the State is "not obliged for now" but still
    bound; the map and the travel matrix say "bound, execution postponed", never "not bound". Every
    postponement decision in the record, the day after it is given."""
    from iccwatch.law.matrix import travel_matrix

    decisions = [d for d in facts.records.decisions.values() if d.finding == "postponement_allowed"]
    assert decisions, "the record holds no postponement decision to test"
    matrix = travel_matrix(facts)
    for dec in decisions:
        on = dt.date.fromisoformat(dec.date) + dt.timedelta(days=1)
        for pid in dec.persons:
            row = next(r for r in travel_map(facts, pid, on)["states"] if r["iso3"] == dec.state)
            assert row["answer"] == "not_obliged" and row["category"] == "bound_execution_postponed", (dec.id, row)
            assert matrix.lookup(pid, dec.state, on) == "bound_execution_postponed", dec.id
            if dec.effective_until:
                after = dt.date.fromisoformat(dec.effective_until) + dt.timedelta(days=1)
                assert matrix.lookup(pid, dec.state, after) != "bound_execution_postponed", dec.id
