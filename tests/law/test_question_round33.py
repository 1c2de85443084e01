"""The round-33 fixes (tests/law/audit/round33.yaml), each with sentences of my own and contrasts that must not be read
the new way: a clause of a visit after a name ('when Putin visited') names the visit as one after 'he' does (it was read
as today); the noun after an opening 'which' or 'what' is what a question asks for, and one that is no word of the law
nor a thing the reading answers (data/lookups/question_words.yaml, `asked_nouns`) is refused ('Which hotel did she stay
in during her visit?' was answered as the State's duty to arrest her); an assumed surrender to the Court or withdrawal of
the warrant overtakes the record's later statuses that have the warrant still to execute (an assumed surrender was
overtaken by the recorded arrest four days later); and a place the record names for one visit (Palm Beach; the White
House meeting of 2025-04-07 in Washington, as its sources say) chooses among the person's visits to the State."""

from __future__ import annotations

import datetime as dt

import pytest

from iccwatch.facts import Assumption
from iccwatch.service import ask_arrest
from iccwatch.service.question import QuestionError, read_question

TODAY = dt.date(2026, 12, 4)
PUTIN, BASHIR, NETANYAHU = "vladimir-vladimirovich-putin", "omar-hassan-ahmad-al-bashir", "benjamin-netanyahu"
HISHRI = "khaled-mohamed-ali-el-hishri"


@pytest.mark.parametrize(("text", "state", "person", "on"), [
    ("What did Mongolia do when Putin visited?", "MNG", PUTIN, "2024-09-02"),
    # a hyphenated name, and 'was in' as the verb
    ("Was Jordan obliged to act when al-Bashir arrived?", "JOR", BASHIR, "2017-03-28"),
    ("Was Hungary obliged to act when Netanyahu was in Budapest?", "HUN", NETANYAHU, "2025-04-03"),
    # a title before the name
    ("What did Tajikistan do when President Putin arrived?", "TJK", PUTIN, "2025-10-08"),
])
def test_a_visit_clause_after_a_name_names_the_visit(facts, text, state, person, on):
    read = read_question(facts, text, today=TODAY)
    assert (read["state"], read["person"], read["on"]) == (state, person, on)


def test_a_visit_clause_after_a_name_leaves_a_named_day_alone(facts):
    """Contrast: a day written in the question is the day asked, whatever clause of a visit it holds."""
    read = read_question(facts, "Was Mongolia obliged to arrest Putin on 3 September 2024, when Putin was in Ulaanbaatar?",
                         today=TODAY)
    assert (read["state"], read["on"]) == ("MNG", "2024-09-03")


@pytest.mark.parametrize(("text", "said"), [
    ("Which hotel did Lvova-Belova stay in during her visit to Doha?", "hotel"),
    ("What wine was served when Netanyahu visited Hungary?", "wine"),
    ("Which song did the band play during Putin's visit to Mongolia?", "song"),
])
def test_a_question_asking_for_something_else_is_refused(facts, text, said):
    with pytest.raises(QuestionError, match=f"does not say what it asks of the law.*'{said}'"):
        read_question(facts, text, today=TODAY)


@pytest.mark.parametrize(("text", "kind", "state"), [
    # contrasts: a thing the reading answers, or a word of the law, after 'which' or 'what'
    ("Which countries would have to arrest Netanyahu?", "travel", None),
    ("Which body would hear Kenya's failure to arrest Putin if he visited Nairobi on 1 March 2026?", "arrest", "KEN"),
    ("What duty did Mongolia have when Putin visited?", "arrest", "MNG"),
    ("Which States must arrest Putin?", "travel", None),
])
def test_a_question_asking_for_a_thing_of_the_law_is_still_read(facts, text, kind, state):
    read = read_question(facts, text, today=TODAY)
    assert (read["kind"], read["state"]) == (kind, state)


@pytest.mark.parametrize(("assume", "on", "answer"), [
    # assumed surrendered to the Court before the recorded arrest by Germany of 2025-07-16: nothing left to execute
    (["custody khaled-mohamed-ali-el-hishri 2025-07-12"], "2025-07-16", "not_obliged"),
    (["warrant khaled-mohamed-ali-el-hishri withdrawn 2025-07-12"], "2025-07-16", "not_obliged"),
    # contrasts: an assumption dated after the day asked changes nothing on it; no assumption, the record's answer
    (["custody khaled-mohamed-ali-el-hishri 2025-07-20"], "2025-07-16", "obliged"),
    ([], "2025-07-16", "obliged"),
])
def test_an_assumed_surrender_or_withdrawal_overtakes_the_later_record(facts, assume, on, answer):
    what_if = facts.with_assumptions([Assumption.parse(a) for a in assume]) if assume else facts
    assert ask_arrest(what_if, "DEU", HISHRI, dt.date.fromisoformat(on))["answer"] == answer


@pytest.mark.parametrize(("text", "on"), [
    ("Was the United States obliged to arrest Netanyahu the day after he landed in New York?", "2025-09-26"),
    ("Was the United States obliged to arrest Netanyahu when he arrived in Palm Beach?", "2025-12-28"),
])
def test_a_place_of_one_visit_chooses_it(facts, text, on):
    read = read_question(facts, text, today=TODAY)
    assert (read["state"], read["person"], read["on"]) == ("USA", NETANYAHU, on)


def test_a_place_of_several_visits_is_still_refused(facts):
    """Contrast: four visits to the United States were to Washington: refused naming them."""
    with pytest.raises(QuestionError, match=r"4 trips .* Washington \(2025-02-02, 2025-04-06, 2025-07-07, 2026-02-10\)"):
        read_question(facts, "Was the United States obliged to arrest Netanyahu the day after he landed in Washington?",
                      today=TODAY)
