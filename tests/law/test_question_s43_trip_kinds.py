"""A question about a person's planned (or cancelled, or made) trip to a State that the record holds only as another
kind of trip is refused in words (a 'planned trip', not 'planned of'), naming the trips of other kinds it holds and their
days, so the user can ask about the one meant (session 43)."""

from __future__ import annotations

import pytest

from iccwatch.facts import Facts
from iccwatch.service.question import QuestionError, read_question


def _pair(facts: Facts, have: str, lacking: tuple[str, ...]) -> tuple[str, str, str] | None:
    """A (person, State, day) with exactly one trip of kind ``have`` and none of the ``lacking`` kinds."""
    by: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for e in facts.records.events.values():
        if e.trip:
            by.setdefault((e.person, e.state), []).append((e.trip, e.date))
    for (person, state), trips in sorted(by.items()):
        kinds = [k for k, _ in trips]
        if kinds.count(have) == 1 and not set(kinds) & set(lacking) and set(kinds) <= {"visit", "transit", "planned", "cancelled"}:
            return person, state, next(d for k, d in trips if k == have)
    return None


@pytest.mark.parametrize(("asked", "have", "lacking", "noun"), [
    ("during his planned visit", "visit", ("planned",), "planned trip"),
    ("during his cancelled visit", "visit", ("cancelled",), "cancelled trip"),
    ("during his visit", "planned", ("visit", "transit"), "visit or transit")])
def test_a_trip_of_a_kind_not_held_is_refused_naming_those_held(facts: Facts, asked: str, have: str, lacking: tuple[str, ...],
                                                                noun: str) -> None:
    found = _pair(facts, have, lacking)
    if found is None:
        pytest.skip(f"the record holds no person and State with a {have} trip and no {lacking}")
    person, state, day = found
    who, where = facts.records.persons[person].name, facts.records.states[state].name
    with pytest.raises(QuestionError) as err:
        read_question(facts, f"Must {where} arrest {who} {asked}?")
    said = str(err.value)
    assert f"holds no {noun} of {who}" in said, said
    assert day in said and "it holds" in said, said
