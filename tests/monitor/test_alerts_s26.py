"""No trip candidate (so no alert) from a trip denied, declined, cancelled, made remotely or only supposed, and the contrasts
that must still give one: a trip that went ahead after a denial (session 26, issue 12, task malerts).

The sentences are written for these tests (none is copied from the real-news set). The persons and States are read from
the record, not named: persons at large under a warrant on the day the sentences are dated, and States that must arrest
them on that day (the law engine's answer), each sentence filled with their names as the record writes them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from iccwatch.facts import Facts
from iccwatch.law import arrest_obligation
from iccwatch.law.warrants import warrant_status
from iccwatch.monitor.alerts import RECENT_DAYS, alert_for
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import Candidate, Evidence, extract_candidates

DAY = dt.date(2025, 5, 7)  # a Wednesday: "on Monday" is 2025-05-05


_CASES: dict[int, list[tuple[str, str, str, str]]] = {}


def _cases(facts: Facts) -> list[tuple[str, str, str, str]]:
    """(person id, name, State code, State name): three persons at large under a warrant on DAY, spread over the record's
    sorted list, each with a State that must arrest them then (the first and the middle of those States, alternately).
    Computed once per record read (the law engine is asked for every person and State)."""
    if id(facts) not in _CASES:
        _CASES[id(facts)] = _pick(facts)
    return _CASES[id(facts)]


def _pick(facts: Facts) -> list[tuple[str, str, str, str]]:
    at_large = []
    for pid in sorted(facts.records.persons):
        person = facts.records.persons[pid]
        if warrant_status(facts, person, DAY).held:
            continue
        states = [s for s in sorted(facts.records.states) if arrest_obligation(facts, s, pid, DAY).answer == "obliged"]
        if states:
            at_large.append((pid, person.name, states))
    picked = [at_large[0], at_large[len(at_large) // 2], at_large[-1]] if len(at_large) >= 3 else at_large
    out = []
    for i, (pid, name, states) in enumerate(picked):
        code = states[0] if i % 2 == 0 else states[len(states) // 2]
        out.append((pid, name, code, facts.records.states[code].name))
    return out


def _trips(spec, text: str, person: str) -> set[tuple[str, str | None]]:  # noqa: ANN001
    doc = make_document(text, date=DAY.isoformat())
    return {(c.type, c.state) for c in extract_candidates(doc, spec, mode="rules")
            if c.type in ("visit", "planned_visit") and c.person == person}


def test_the_record_gives_cases(facts: Facts) -> None:
    assert len(_cases(facts)) == 3, "the record holds fewer than three persons at large under a warrant"


# --- a trip denied, declined, cancelled, made remotely or only supposed: no trip candidate -------------------------------------

NO_TRIP = [
    # declined, refused, ruled out
    "{P} has declined to travel to {S} for the summit.",
    "{P} declined to attend the summit in {S}.",
    "{P} declined an invitation to attend the summit in {S}.",
    "{P} turned down an invitation to visit {S}.",
    "{P} refused to travel to {S} for the summit.",
    "{P} has no plans to visit {S}, a spokesperson said.",
    "{P} is not expected to attend the summit in {S}.",
    "{P} will stay away from the summit in {S}.",
    # called off, postponed, did not take place
    "The planned visit of {P} to {S} was called off.",
    "The visit of {P} to {S} has been postponed indefinitely.",
    "{P} cancelled the trip to {S}.",
    "{P} was supposed to visit {S}, but the trip did not take place.",
    "{P} had been due to visit {S}, but the trip was cancelled.",
    # by video, or by another
    "{P} will take part in the summit in {S} by video link.",
    "{P} will attend the summit in {S} by videoconference.",
    "{P} will send a deputy to the summit in {S} instead.",
    # denied by a spokesperson
    "A spokesperson denied that {P} would travel to {S}.",
    "Reports that {P} would visit {S} are false, the spokesperson said.",
    # only supposed
    "{P} would be arrested if {P} travelled to {S}, the minister said.",
    "Should {P} travel to {S}, the authorities would arrest the visitor.",
    "Were {P} to visit {S}, an arrest would follow.",
    "{P} will be able to visit {S}, the minister said.",
    "{P} is free to visit {S} without fear of arrest, the minister said.",
    # invited, not accepted
    "The government of {S} invited {P} to make an official visit.",
    # not travelled, opted not to, unwilling, plans dropped, not present, will miss, reports dismissed
    "{P} has not travelled to {S} since the warrant was issued.",
    "{P} opted not to travel to {S}.",
    "{P} is unwilling to visit {S}, officials said.",
    "{P} abandoned plans to attend the summit in {S}.",
    "{P} was meant to visit {S} but the plan was dropped.",
    "{P} will not be present at the summit in {S}.",
    "{P} will miss the summit in {S}.",
    "A spokesperson dismissed reports that {P} would travel to {S}.",
    # other languages the monitor reads
    "{P} participera au sommet en {S} par visioconférence.",
    "{P} no asistirá a la cumbre, dijo el portavoz; la visita a {S} fue cancelada.",
    "{P} parteciperà al vertice in {S} in videocollegamento.",
    "{P} ha annullato il suo viaggio in {S}.",
]


@pytest.mark.parametrize("which", [0, 1, 2])
@pytest.mark.parametrize("template", NO_TRIP)
def test_no_trip_from_a_denied_cancelled_remote_or_supposed_trip(spec, facts: Facts, template: str, which: int) -> None:  # noqa: ANN001
    person, name, _, state_name = _cases(facts)[which]
    text = template.format(P=name, S=state_name)
    assert _trips(spec, text, person) == set(), text


# --- contrasts: a trip told, including one that went ahead after a denial --------------------------------------------------------

TRIP = [
    ("{P} arrived in {S} on Monday.", "visit"),
    ("{P} will visit {S} next week, a spokesperson said.", "planned_visit"),
    ("The spokesperson had denied the trip, but {P} arrived in {S} on Monday.", "visit"),
    ("Despite earlier denials, {P} arrived in {S} on Monday.", "visit"),
    ("Although a spokesperson had denied it, {P} will visit {S} next week.", "planned_visit"),
    ("{P} will visit {S} next week. A spokesperson denied reports that the visit had been cancelled.", "planned_visit"),
    ("{P} accepted an invitation to make an official visit to {S} next month.", "planned_visit"),
    # an invitation as the occasion of a trip told, and a negation in a relative clause about the past
    ("At the invitation of the government of {S}, {P} is paying an official visit to {S} this week.", "visit"),
    ("{P}, who had not visited {S} in a decade, arrived in {S} on Monday.", "visit"),
]


@pytest.mark.parametrize("which", [0, 1, 2])
@pytest.mark.parametrize("template, kind", TRIP)
def test_a_trip_told_still_gives_its_candidate(spec, facts: Facts, template: str, kind: str, which: int) -> None:  # noqa: ANN001
    person, name, code, state_name = _cases(facts)[which]
    text = template.format(P=name, S=state_name)
    assert (kind, code) in _trips(spec, text, person), text


@pytest.mark.parametrize("which", [0, 1, 2])
def test_the_travellers_own_state_denying_a_trip_that_went_ahead_is_no_destination(spec, facts: Facts, which: int) -> None:  # noqa: ANN001
    # "<own State's> government had denied the trip, but he arrived in B": the denial's State is the traveller's own, not the trip's
    person, name, code, state_name = _cases(facts)[which]
    own = [c for c in facts.records.persons[person].nationality if c != code]
    if not own:
        pytest.skip("the record gives the person no nationality other than the State picked")
    text = f"The government of {facts.records.states[own[0]].name} had denied the trip, but {name} arrived in {state_name} on Monday."
    assert ("visit", code) in _trips(spec, text, person), text


def test_a_denial_of_one_trip_does_not_let_the_turn_to_another_state_undo_it(spec, facts: Facts) -> None:  # noqa: ANN001
    # "denied he would go to A, but he is expected in B": the denial of A stands (the turn names another State)
    (person, name, code, state_name), (_, _, other, other_name) = _cases(facts)[0], _cases(facts)[1]
    if other == code:
        pytest.skip("the cases picked share their State")
    text = f"A spokesperson denied that {name} would travel to {state_name}, but {name} is expected to attend the summit in {other_name}."
    assert ("planned_visit", code) not in _trips(spec, text, person)


# --- the alert rule: a trip "to come" dated weeks before the document is past ------------------------------------------------------

def _candidate(kind: str, person: str, state: str, date: str | None) -> Candidate:
    sentence = "The trip is told here."
    return Candidate(id=f"t-{kind}-{person}-{state}-{date}", document="t", type=kind, person=person, state=state, date=date,
                     evidence=Evidence(sentence=sentence, start=0, end=len(sentence)), confidence=0.9, method="rule")


@pytest.mark.parametrize("which", [0, 1, 2])
def test_a_planned_visit_dated_weeks_before_the_document_raises_no_alert(facts: Facts, which: int) -> None:
    person, _, code, _ = _cases(facts)[which]
    old = (DAY - dt.timedelta(days=RECENT_DAYS + 30)).isoformat()
    assert alert_for(_candidate("planned_visit", person, code, old), facts, DAY.isoformat()) is None
    # contrasts: a planned visit dated ahead, or within the recent days, and one undated still alert
    ahead = (DAY + dt.timedelta(days=7)).isoformat()
    recent = (DAY - dt.timedelta(days=2)).isoformat()
    assert alert_for(_candidate("planned_visit", person, code, ahead), facts, DAY.isoformat()) is not None
    assert alert_for(_candidate("planned_visit", person, code, recent), facts, DAY.isoformat()) is not None
    assert alert_for(_candidate("planned_visit", person, code, None), facts, DAY.isoformat()) is not None
    # the month before the document's, told to the month, may still reach into the recent days: kept
    assert alert_for(_candidate("planned_visit", person, code, "2025-04"), facts, "2025-05-07") is not None
