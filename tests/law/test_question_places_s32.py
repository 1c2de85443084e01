"""(Session 32) A city of the record that is no capital, named where no State is, read as its State: a capitalised word
opening the next sentence is not part of the city's name ('flown to The Hague. Who surrendered him?' had been refused as
"'Hague' is no State or city"); a city's article belongs to its name ('The Hague', 'La Paz', 'Le Cap'); a city's name in
another language (place_names.yaml) is read as the English one; a question asking who arrested or surrendered the person
reads a city as where he was taken, not as a State asked about, and may follow a sentence that tells ('Duterte was
flown to The Hague. Who surrendered him?'), and may name a month or a year (the record's arrests and surrenders by its
last day). Sentences of my own, each with a contrast."""

from __future__ import annotations

import pytest
from tests.law.reading import NETANYAHU, PUTIN, TODAY, read_fields

from iccwatch.service.question import QuestionError, read_question

DUTERTE = "rodrigo-roa-duterte"


@pytest.mark.parametrize(("text", "state", "person", "on"), [
    # a city, then a sentence opening with a capital: the city alone is named
    ("Netanyahu flew to Munich. Must Germany arrest him on 1 May 2027?", "DEU", NETANYAHU, "2027-05-01"),
    ("Putin landed in Anchorage. Was he to be arrested there on 15 August 2025?", "USA", PUTIN, "2025-08-15"),
    ("Suppose Netanyahu lands in The Hague. Must he be arrested on 1 March 2027?", "NLD", NETANYAHU, "2027-03-01"),
    # an article in the city's name, in English, Spanish and French
    ("Must Netanyahu be arrested in La Paz on 1 May 2027?", "BOL", NETANYAHU, "2027-05-01"),
    ("Must Putin be arrested in the Hague on 1 May 2027?", "NLD", PUTIN, "2027-05-01"),
    ("Must Putin be arrested in Le Cap on 1 May 2027?", "ZAF", PUTIN, "2027-05-01"),
    # a city's name in another language (the CLDR's), read as the English one
    ("Must Netanyahu be arrested in Bruxelles on 1 May 2027?", "BEL", NETANYAHU, "2027-05-01"),
])
def test_a_city_is_read_as_its_state(facts, text, state, person, on):
    assert read_fields(facts, text) == ("arrest", state, person, on)


@pytest.mark.parametrize("text", [
    # contrasts: a capitalised word after a city in the same sentence is still a longer name the record does not hold
    "Must Putin be arrested in Anchorage Springs on 1 May 2027?",
    # a place the record holds in no language
    "Must Putin be arrested in Springfield on 1 May 2027?",
])
def test_a_longer_or_unknown_name_is_still_refused(facts, text):
    with pytest.raises(QuestionError, match="no State or city the record holds"):
        read_question(facts, text, today=TODAY)


@pytest.mark.parametrize(("text", "on", "states"), [
    ("Duterte was flown to The Hague. Who surrendered him?", TODAY.isoformat(), ["PHL"]),
    ("In March 2025 Duterte was flown to The Hague. Who surrendered him?", "2025-03-31", ["PHL"]),
    ("Who arrested Duterte in Manila?", TODAY.isoformat(), ["PHL"]),
    ("Who surrendered Duterte in March 2025?", "2025-03-31", ["PHL"]),
    # before the record's surrender: none by the last day of the year named
    ("Who surrendered Duterte in 2019?", "2019-12-31", []),
    ("Putin landed in Anchorage. Who arrested him?", TODAY.isoformat(), []),
])
def test_a_custody_question_reads_a_city_as_where_the_person_was_taken(facts, text, on, states):
    read = read_question(facts, text, today=TODAY)
    assert (read["kind"], read["asks"], read["on"]) == ("travel", "custody", on)
    assert [c["state"] for c in read["custody"]] == states
    assert all(c["on"] <= on for c in read["custody"])


@pytest.mark.parametrize(("text", "kind", "state"), [
    # contrasts: the question after the telling sentence asks a State's duty, not who acted
    ("Duterte was flown to The Hague. Must the Netherlands arrest him on 1 March 2025?", "arrest", "NLD"),
    ("Who surrendered Duterte? Must the Netherlands arrest him on 1 March 2025?", "arrest", "NLD"),
])
def test_a_duty_asked_after_a_custody_sentence_is_a_duty(facts, text, kind, state):
    read = read_question(facts, text, today=TODAY)
    assert (read["kind"], read["state"], read["asks"]) == (kind, state, None)


def test_a_travel_question_with_a_month_is_still_refused(facts):
    # contrast: only a who-acted question reads a month as its last day; the travel map needs a day
    with pytest.raises(QuestionError, match="names no single day"):
        read_question(facts, "Where could Duterte travel in March 2025?", today=TODAY)
