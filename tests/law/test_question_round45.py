"""The round-45 fixes (tests/law/audit/round45.yaml), each with sentences of my own and contrasts that must not be read
the new way: who is wanted by the Court on a day (the persons with a warrant outstanding, counted by person, those
recorded dead or held by a State listed with their status), a person's trips since the warrant (presence on a State's
territory, cancelled and planned visits not counted, overflights apart), what a State did when a person visited (the
record's assessment of the event), a person's custody asked alone ('Is Kony in custody?'), a State's name in the German
genitive ('Ungarns'), German 'Pflichten' and Dutch 'optreden' as words of a duty, Dutch 'Poetin'. Expected values are
read from the record itself where they are its facts."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.law.reading import PUTIN, SHOIGU, TODAY, read_fields
from tests.law.reading import read as _read
from tests.law.reading import refused as _refused

from iccwatch.service.assessment import assessed_events
from iccwatch.service.persons import persons_list

KONY, BASHIR = "joseph-kony", "omar-hassan-ahmad-al-bashir"


# --- who is wanted ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["How many arrest warrants are outstanding?", "Who is still wanted by the Court?", "who's wanted by the icc", "Which ICC warrants remain outstanding?",
                                  "How many suspects are still at large?", "Qui sont recherchés par la Cour ?",
                                  "Wie wordt door het ICC gezocht?"])
def test_who_is_wanted_is_the_persons_with_a_warrant_outstanding(facts, text):
    read = _read(facts, text)
    expected = {p["id"] for p in persons_list(facts, on=TODAY, outstanding=True)}
    assert (read["kind"], read["asks"]) == ("record", "wanted")
    assert {r["id"] for r in read["records"]} == expected and read["answer"] == len(expected)
    assert all(r["sources"] for r in read["records"])


def test_a_person_recorded_dead_or_held_is_listed_with_the_status_not_dropped(facts):
    read = _read(facts, "Who is wanted by the ICC?")
    other = [r for r in read["records"] if r["status"] != "at_large"]
    for r in other:
        assert f"{r['title']} ({r['status'].replace('_', ' ')})" in read["in_words"]
    assert ("not recorded at large" in read["in_words"]) == bool(other)


def test_who_was_wanted_on_a_day_past_is_that_days_list(facts):
    day = dt.date(2015, 1, 1)
    read = _read(facts, "Who was wanted by the ICC on 2015-01-01?")
    assert read["on"] == "2015-01-01"
    assert read["answer"] == len(persons_list(facts, on=day, outstanding=True))


@pytest.mark.parametrize("text, kind", [("Is Kony wanted by the ICC?", "travel"), ("Must Mongolia arrest Putin?", "arrest"),
                                        ("Who surrendered Duterte?", "travel")])
def test_a_question_of_one_person_is_no_list_of_the_wanted(facts, text, kind):
    read = _read(facts, text)
    assert read["kind"] == kind and read.get("asks") != "wanted"


# --- a person's trips ------------------------------------------------------------------------------------------------

def _visited(facts, person: str, first: dt.date, last: dt.date) -> set[str]:
    from iccwatch.model.dates import DateSpan

    return {e.state for e in facts.records.events.values() if e.person == person and e.trip == "visit"
            and DateSpan.parse(str(e.date)).first <= last and DateSpan.parse(str(e.date)).last >= first}


@pytest.mark.parametrize("person, text", [(SHOIGU, "Which countries did Shoigu visit since his arrest warrant?"),
                                          (PUTIN, "Where did Putin travel since the Court's warrant?"),
                                          (PUTIN, "Welke landen heeft Poetin bezocht sinds het arrestatiebevel?")])
def test_trips_since_the_warrant_run_from_its_issue(facts, person, text):
    from iccwatch.service.record_answers import first_warrant_day

    read = _read(facts, text)
    first = first_warrant_day(facts, person)
    assert (read["kind"], read["asks"], read["person"]) == ("record", "trips", person)
    assert read["period"] == f"{first}/{TODAY}"
    assert {r["iso3"] for r in read["states_listed"]} == _visited(facts, person, first, TODAY)
    assert read["answer"] == len(read["states_listed"])


def test_cancelled_and_planned_visits_and_overflights_are_not_counted(facts):
    read = _read(facts, "Which States has Putin visited since his warrant?")
    counted = [t for s in read["states_listed"] for t in s["trips"]]
    assert counted and all(t["trip"] == "visit" for t in counted)
    assert "cancelled or only planned are not counted" in read["in_words"]


def test_trips_in_a_year_are_that_years(facts):
    read = _read(facts, "Which States did Putin visit in 2024?")
    assert read["period"] == "2024-01-01/2024-12-31"
    assert {r["iso3"] for r in read["states_listed"]} == _visited(facts, PUTIN, dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_trips_of_no_one_are_refused_naming_the_words(facts):
    assert "names no person" in _refused(facts, "Which States has the president visited since his warrant?")


def test_since_a_warrant_elsewhere_stays_undated(facts):
    """Only a trips question dates 'since his warrant' by the record; a duty asked 'since his warrant' is still refused."""
    assert "does not date it" in _refused(facts, "Has Mongolia been obliged to arrest Putin since his warrant?")


# --- how a State complied --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("iso3, person, text", [("KGZ", PUTIN, "Did Kyrgyzstan comply when Putin visited?"),
                                                ("MNG", PUTIN, "How did Mongolia comply when Putin came?"),
                                                ("TCD", BASHIR, "Did Chad comply when al-Bashir visited in July 2010?")])
def test_how_a_state_complied_is_the_assessment_of_its_events(facts, iso3, person, text):
    from iccwatch.model.dates import DateSpan

    read = _read(facts, text)
    first = DateSpan.parse(read["period"].split("/")[0]).first if read.get("period") else dt.date.min
    rows = [r for r in assessed_events(facts, iso3, person) if r["trip"] in ("visit", "overflight")
            and first <= DateSpan.parse(r["date"]).first <= dt.date.fromisoformat(read["on"])]
    assert rows
    outcomes = {r["outcome"] for r in rows}
    assert (read["kind"], read["asks"], read["state"], read["person"]) == ("record", "assessment", iso3, person)
    assert read["answer"] == (next(iter(outcomes)) if len(outcomes) == 1 else "mixed")
    assert {r["id"] for r in read["records"]} == {r["event"] for r in rows}


def test_compliance_with_no_recorded_trip_is_refused_saying_so(facts):
    assert "holds no trip" in _refused(facts, "How did Iceland comply when Putin visited?")
    # a month with no trip of the person to the State: refused naming the days of the trips the record holds there
    said = _refused(facts, "Did Chad comply when al-Bashir visited in August 2010?")
    assert "from 2010-08-01 to 2010-08-31" in said and "2010-07-21" in said


def test_compliance_naming_no_person_is_still_refused_naming_the_assessment(facts):
    said = _refused(facts, "How did Kenya comply with the warrant in 2010?")
    assert "names no person" in said and "iccwatch assess events" in said


def test_a_duty_to_comply_is_still_the_duty(facts):
    kind, state, person, _ = read_fields(facts, "Must Mongolia comply with the Court's request to arrest Putin?")
    assert (kind, state, person) == ("arrest", "MNG", PUTIN)


# --- a person's custody alone ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Is Kony in ICC custody?", "Was Kony detained?", "Where is Kony?", "Ist Kony noch flüchtig?",
                                  "Kony est-il toujours en fuite ?", "Is Kony nog voortvluchtig?"])
def test_custody_asked_alone_is_the_custody_answer(facts, text):
    read = _read(facts, text)
    assert (read["kind"], read["person"], read.get("asks")) == ("travel", KONY, "custody")


@pytest.mark.parametrize("text", ["Where is Kony safe from arrest?", "Can Kony travel to Kenya?", "Is Uganda obliged to arrest Kony?"])
def test_the_duty_and_the_travel_map_stay_theirs(facts, text):
    assert _read(facts, text).get("asks") != "custody"


# --- German and Dutch ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, state", [("Welche Pflichten hat Frankreich heute?", "FRA"),
                                         ("Was sind Deutschlands Pflichten heute?", "DEU"),
                                         ("Welche Verpflichtungen hatte Polen am 1. Mai 2024?", "POL")])
def test_german_duties_and_a_states_genitive_ask_its_obligations(facts, text, state):
    kind, got, person, _ = read_fields(facts, text)
    assert (kind, got, person) == ("obligations", state, None)


def test_a_genitive_that_is_no_state_is_not_read_as_one(facts):
    """'Ungarns' is Hungary's genitive; a word that is a State's name plus 's' only where the stem is a State name."""
    message = _refused(facts, "Was war Atlantiss Pflicht am 3. April 2025?")
    assert "Atlantis" in message


def test_dutch_poetin_and_optreden(facts):
    kind, state, person, on = read_fields(facts, "Hoe moest Tadzjikistan optreden toen Poetin op 8 oktober 2025 kwam?")
    assert (kind, state, person, on) == ("arrest", "TJK", PUTIN, "2025-10-08")
