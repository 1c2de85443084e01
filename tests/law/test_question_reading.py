"""How `ask question` reads a State, a person and a day it names in other ways than by name (round 8 of the law
audit): a demonym, a city, an office described by its State, a shared name told apart by a city; and what it refuses
rather than answer another question: a person the record does not hold, an office no one of the record held that day,
a day that reads two ways or does not exist. Each rule has its contrast case."""

from __future__ import annotations

import datetime as dt

import pytest

from iccwatch.service.question import QuestionError, read_question

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(("text", "state"), [
    # a demonym, a city after 'in'/'to', an adjective the monitor's lexicon lists with its reason
    ("Did the Mongolian government have to arrest Putin on 2024-09-03?", "MNG"),
    ("Should Putin have been arrested in Ulaanbaatar on 2024-09-03?", "MNG"),
    ("Could Putin come to The Hague on 2025-01-01?", "NLD"),
    ("Was the Philippine government required to arrest Duterte on 2025-03-10?", "PHL"),
    # a name two States share, told apart by a city of one of them named beside it
    ("Must the Congolese authorities arrest Bashir in Kinshasa on 2014-02-26?", "COD"),
])
def test_a_state_is_read_from_its_demonym_or_a_city(facts, text, state):
    assert read_question(facts, text, today=TODAY)["state"] == state


def test_a_city_is_read_only_written_with_a_capital_after_a_word_of_place(facts):
    # contrast: 'nice' (a city of France) in lower case, and a city not after 'in'/'to'/'at'... are not States
    q = read_question(facts, "Would it be nice for Putin to visit Mongolia on 2024-09-03?", today=TODAY)
    assert (q["state"], q["person"]) == ("MNG", "vladimir-vladimirovich-putin")
    # contrast: a city that starts a longer name ('Rome Statute') is not read as its State
    q = read_question(facts, "Is Mongolia a party to Rome Statute on 2024-09-03?", today=TODAY)
    assert (q["kind"], q["state"]) == ("obligations", "MNG")
    # a city of another State than the one named: two States, refused
    with pytest.raises(QuestionError, match="several States"):
        read_question(facts, "Must Mongolia arrest Putin in Budapest on 2024-09-03?", today=TODAY)


def _holders(facts, state, kind, day):
    return [pid for pid, p in facts.records.persons.items()
            if any(o.state == state and o.kind == kind and str(o.start) <= day and (not o.end or str(o.end) >= day)
                   for o in p.offices or [])]


def test_an_office_described_by_its_state_is_its_holder_that_day(facts):
    """'the Sudanese president' is whoever the record holds as Sudan's head of state on the day; that State is
    the person's, not a host; no holder, or a holder beside the named person, is handled as the rule says."""
    held = _holders(facts, "SDN", "head_of_state", "2010-08-27")
    assert len(held) == 1  # the record's own office, so the test states the rule
    q = read_question(facts, "Must Kenya arrest the Sudanese president on 27 August 2010?", today=TODAY)
    assert (q["kind"], q["state"], q["person"]) == ("arrest", "KEN", held[0])
    q = read_question(facts, "Must Mongolia arrest the president of Russia on 2024-09-03?", today=TODAY)
    assert (q["state"], q["person"]) == ("MNG", _holders(facts, "RUS", "head_of_state", "2024-09-03")[0])
    q = read_question(facts, "Where could the Russian president travel on 2025-01-01?", today=TODAY)
    assert (q["kind"], q["state"]) == ("travel", None)
    # contrast: on a day the record holds no one in that office, the question is refused, not read as another
    assert not _holders(facts, "SDN", "head_of_state", "2020-06-01")
    with pytest.raises(QuestionError, match="no person who held it on 2020-06-01"):
        read_question(facts, "Must Chad arrest the Sudanese president on 1 June 2020?", today=TODAY)
    # contrast: where the person asked about is named, the office describes the State's own organ
    q = read_question(facts, "Did the Mongolian president have to arrest Putin on 2024-09-03?", today=TODAY)
    assert (q["state"], q["person"]) == ("MNG", "vladimir-vladimirovich-putin")


def test_arresting_persons_in_general_asks_the_states_duties(facts):
    # contrast to the refusal of an unknown person (tests/test_question.py): no one person is asked about
    q = read_question(facts, "Is Kenya required to arrest ICC suspects on 2015-01-01?", today=TODAY)
    assert (q["kind"], q["state"], q["person"]) == ("obligations", "KEN", None)
    # a day written in numbers that reads one way only is read
    assert read_question(facts, "Must South Africa arrest Bashir on 13/06/2015?", today=TODAY)["on"] == "2015-06-13"


def test_a_former_office_is_its_one_holder_who_had_left_it_by_the_day(facts):
    """'Sudan's former president' on a day is the one person of the record whose head-of-state office in Sudan
    had ended by then; before that day there is none and the question is refused."""
    left = [pid for pid, p in facts.records.persons.items()
            if any(o.state == "SDN" and o.kind == "head_of_state" and o.end and str(o.end) < "2020-06-01"
                   for o in p.offices or [])]
    assert len(left) == 1
    for text in ("Must Chad arrest Sudan's former president on 2020-06-01?",
                 "Must Chad arrest the former Sudanese president on 2020-06-01?",
                 "Must Chad arrest the former president of Sudan on 2020-06-01?"):
        q = read_question(facts, text, today=TODAY)
        assert (q["state"], q["person"]) == ("TCD", left[0]), text
    # contrast: while he still held it, no one had left it (the record holds no earlier holder under warrant)
    with pytest.raises(QuestionError, match="had left it by 2015-06-01"):
        read_question(facts, "Must Chad arrest the former president of Sudan on 2015-06-01?", today=TODAY)


def test_abbreviations_and_dotted_days(facts):
    q = read_question(facts, "Did Hungary have to arrest the Israeli PM on 3 April 2025?", today=TODAY)
    assert (q["state"], q["person"]) == ("HUN", "benjamin-netanyahu")
    # a dotted day that reads one way only (27 cannot be a month) is that day, not the year alone
    assert read_question(facts, "Must Kenya arrest Al-Bashir on 27.08.2010?", today=TODAY)["on"] == "2010-08-27"


def test_an_office_whose_holder_is_not_the_person_named_describes_the_state(facts):
    # the holder of the office (Russia's head of state that day) is not the person asked about: the office is the
    # State's organ, so the State is the one asked about
    q = read_question(facts, "Did the Russian president have to arrest Netanyahu on 2025-01-01?", today=TODAY)
    assert (q["kind"], q["state"], q["person"]) == ("arrest", "RUS", "benjamin-netanyahu")
