"""The question reader's round-31 fixes (tests/law/audit/round31.yaml), each with sentences of my own and contrasts that
must not be read the new way: 'the month before' (or after) an act is the month of days ending the day before it (or
starting the day after), no longer every day before it; a clause of the person's arrival ('the day after he landed in
X', 'the month after he visited X') names the recorded visit as 'his visit' does; 'the week before his visit' is read
(it failed on an empty day); an apposition of membership between commas ('Chad, a State Party since 2007, ...')
describes the State where the question names another day; and German nouns of membership ('Vertragsstaat') say what is
asked."""

from __future__ import annotations

import datetime as dt

import pytest

from iccwatch.service.question import QuestionError, read_question

TODAY = dt.date(2026, 12, 4)
PUTIN, NETANYAHU = "vladimir-vladimirovich-putin", "benjamin-netanyahu"


@pytest.mark.parametrize(("text", "state", "person", "on", "span"), [
    # the month before an act: from the same day a month earlier to the day before it
    ("Was Hungary a State Party in the month before its withdrawal took effect?", "HUN", None, "2026-05-02",
     "from 2026-05-02 to 2026-06-01"),
    ("Was Hungary obliged to arrest Netanyahu the month before it notified its withdrawal?", "HUN", NETANYAHU, "2025-05-02",
     "from 2025-05-02 to 2025-06-01"),
    ("Was Armenia bound by the Rome Statute in the month before it became a State Party?", "ARM", None, "2024-01-01",
     "from 2024-01-01 to 2024-01-31"),
    # the month after an act: from the next day to the same day a month later
    ("Was Hungary obliged to arrest Netanyahu the month after he visited Budapest?", "HUN", NETANYAHU, "2025-04-04",
     "from 2025-04-04 to 2025-05-03"),
    # the week before a visit (it failed on an empty day) and the month before it
    ("Was Mongolia obliged to arrest Putin the week before his visit?", "MNG", PUTIN, "2024-08-26",
     "from 2024-08-26 to 2024-09-01"),
    ("Was Mongolia obliged to arrest Putin in the month before his visit?", "MNG", PUTIN, "2024-08-02",
     "from 2024-08-02 to 2024-09-01"),
])
def test_the_month_before_an_act_is_one_month_of_days(facts, text, state, person, on, span):
    read = read_question(facts, text, today=TODAY)
    assert (read["state"], read["person"], read["on"]) == (state, person, on)
    assert span in read["day_from_act"]


def test_the_month_before_an_act_changes_nothing_that_was_read_before(facts):
    """Contrasts: 'before' an act alone is still every day before it (refused here, the answer changing), and a count of
    months is still one day."""
    with pytest.raises(QuestionError, match="2002-07-01 to 2026-06-01"):
        read_question(facts, "Was Hungary a State Party before its withdrawal took effect?", today=TODAY)
    read = read_question(facts, "Was Hungary a State Party a month before its withdrawal took effect?", today=TODAY)
    assert read["on"] == "2026-05-02" and "from" not in read["day_from_act"]
    read = read_question(facts, "Was Hungary a State Party two months before its withdrawal took effect?", today=TODAY)
    assert read["on"] == "2026-04-02"


def test_the_month_after_a_warrant_is_read_from_the_next_day(facts):
    """'The month after his warrant was issued' (2023-03-17) starts the next day, as 'the week after' does."""
    read = read_question(facts, "Was Mongolia obliged to arrest Putin in the month after his warrant was issued?", today=TODAY)
    assert read["on"] == "2023-03-18" and "from 2023-03-18 to 2023-04-17" in read["day_from_act"]


@pytest.mark.parametrize(("text", "state", "person", "on"), [
    ("Was Mongolia obliged to arrest Putin the day after he landed in Ulaanbaatar?", "MNG", PUTIN, "2024-09-03"),
    ("Was Mongolia obliged to arrest Putin the day before he arrived in Mongolia?", "MNG", PUTIN, "2024-09-01"),
    ("Was Hungary still obliged to arrest Netanyahu the day after he landed in Budapest?", "HUN", NETANYAHU, "2025-04-04"),
    ("Was Hungary obliged to arrest Netanyahu on the day he arrived in Budapest?", "HUN", NETANYAHU, "2025-04-03"),
])
def test_a_clause_of_his_arrival_names_the_recorded_visit(facts, text, state, person, on):
    read = read_question(facts, text, today=TODAY)
    assert (read["state"], read["person"], read["on"]) == (state, person, on)
    assert "recorded visit" in read["day_from_act"]


@pytest.mark.parametrize(("text", "words"), [
    # a State with several recorded visits of the person: refused naming them, not one guessed
    ("Was Chad obliged to arrest al-Bashir the day after he landed in N'Djamena?", "2010-07-21"),
    # a State with none: refused
    ("Was France obliged to arrest Putin the day after he landed in Paris?", "no"),
])
def test_a_clause_of_his_arrival_with_no_one_visit_is_refused(facts, text, words):
    with pytest.raises(QuestionError, match=words):
        read_question(facts, text, today=TODAY)


def test_a_clause_of_his_arrival_with_its_own_day_is_that_day(facts):
    """Contrast: 'after he landed on DAY' is the span the named day opens (round 19), not the recorded visit."""
    read = read_question(facts, "Was Mongolia obliged to arrest Putin the day after he landed on 1 May 2025?", today=TODAY)
    assert read["on"] == "2025-05-02"


@pytest.mark.parametrize(("text", "state", "on"), [
    ("Was Chad, a State Party since 2007, obliged to arrest Omar al-Bashir on 21 July 2010?", "TCD", "2010-07-21"),
    ("Was Jordan, a party from 2002, obliged to arrest al-Bashir on 29 March 2017?", "JOR", "2017-03-29"),
    ("Was Armenia, a member since February 2024, obliged to arrest Putin on 1 March 2025?", "ARM", "2025-03-01"),
])
def test_an_apposition_of_membership_describes_the_state(facts, text, state, on):
    read = read_question(facts, text, today=TODAY)
    assert (read["state"], read["on"]) == (state, on)


def test_an_apposition_alone_is_still_the_time_asked(facts):
    """Contrasts: with no other day outside it, the apposition's time is read as before (a span, here refused as the
    answer changes within it); and an apposition that is no membership ('a republic since 2002') is not set aside: the
    question is refused as naming a span and a day, as before."""
    with pytest.raises(QuestionError, match="since 2007"):
        read_question(facts, "Was Chad, a State Party since 2007, obliged to arrest Omar al-Bashir?", today=TODAY)
    with pytest.raises(QuestionError, match="span"):
        read_question(facts, "Was Chad, a republic since 2002, obliged to arrest Omar al-Bashir on 21 July 2010?", today=TODAY)


@pytest.mark.parametrize(("text", "state", "on"), [
    ("War Armenien am 1. Februar 2024 ein Vertragsstaat des Römischen Statuts?", "ARM", "2024-02-01"),
    ("War Ungarn am 1. Juni 2026 noch Mitgliedstaat?", "HUN", "2026-06-01"),
])
def test_german_nouns_of_membership_say_what_is_asked(facts, text, state, on):
    read = read_question(facts, text, today=TODAY)
    assert (read["kind"], read["state"], read["on"]) == ("obligations", state, on)


def test_german_capitalised_words_of_no_law_are_still_refused(facts):
    with pytest.raises(QuestionError, match="does not say what it asks"):
        read_question(facts, "War Armenien am 1. Februar 2024 ein Sonnenstaat des Römischen Kaisers?", today=TODAY)
