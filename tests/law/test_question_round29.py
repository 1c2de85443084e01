"""The question reader's round-29 fixes (tests/law/audit/round29h.yaml), each with written sentences and contrasts that
must not be read the new way: a State's name (or its possessive) where its pronoun stands in a clause naming its act
under the Statute; 'a fortnight ago'; acts against an aircraft told in the passive."""

from __future__ import annotations

import datetime as dt

import pytest

from iccwatch.service.question import QuestionError, read_question

TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(("text", "state", "on"), [
    # the State's name for 'it', its possessive for 'its' (with 'the' and the plural's bare apostrophe)
    ("Was Burundi a State Party a year after Burundi notified its withdrawal?", "BDI", "2017-10-27"),
    ("Was Palestine a State Party the day after Palestine's accession?", "PSE", "2015-01-03"),
    ("Was the Philippines a State Party the day after the Philippines' withdrawal took effect?", "PHL", "2019-03-18"),
    ("Was Italy a State Party the day after Italy ratified the Statute?", "ITA", "1999-07-27"),
    # the pronoun itself, as before
    ("Was Burundi a State Party a year after it notified its withdrawal?", "BDI", "2017-10-27"),
])
def test_a_state_named_for_its_pronoun_names_the_day_of_its_act(facts, text, state, on):
    read = read_question(facts, text, today=TODAY)
    assert (read["state"], read["on"]) == (state, on)
    assert read["day_from_act"]


@pytest.mark.parametrize(("text", "words"), [
    # another State's act is not the State asked about's, whether the record holds it (Hungary) or not (Uganda)
    ("Was Ukraine bound to arrest Putin the day after Hungary's withdrawal took effect?", ["Hungary", "Ukraine"]),
    ("Was Burundi a State Party the day after Uganda's withdrawal took effect?", ["Uganda", "Burundi"]),
])
def test_another_states_act_is_refused_naming_both(facts, text, words):
    with pytest.raises(QuestionError) as info:
        read_question(facts, text, today=TODAY)
    assert all(w in str(info.value) for w in words)


def test_a_name_that_is_no_state_is_left_to_the_person_rule(facts):
    """'the day after Ongwen was convicted' is a person's act: the State rule does not read 'Ongwen' (no State), and the
    person rule still refuses another person's act."""
    with pytest.raises(QuestionError, match="Ongwen"):
        read_question(facts, "Must Mongolia arrest Putin the day after Ongwen was convicted?", today=TODAY)


def test_a_state_named_elsewhere_than_an_act_is_not_rewritten(facts):
    """A State named after 'after' where no act of its follows ('after Mongolia, did he visit ...') stays the State."""
    read = read_question(facts, "Was Mongolia obliged to arrest Putin on 3 September 2024, before Mongolia hosted him again?",
                         today=TODAY)
    assert (read["state"], read["on"]) == ("MNG", "2024-09-03")


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Was Zambia obliged to arrest Putin a fortnight ago?", "2026-11-16", "2026-11-22"),
    ("Was Zambia obliged to arrest Putin two fortnights ago?", "2026-11-02", "2026-11-08"),
    # as 'two weeks ago', the week read the same way
    ("Was Zambia obliged to arrest Putin two weeks ago?", "2026-11-16", "2026-11-22"),
])
def test_a_fortnight_is_two_weeks(facts, text, first, last):
    read = read_question(facts, text, today=TODAY)
    assert read["on"] == first and read["period"] == f"{first}/{last}"


@pytest.mark.parametrize(("text", "presence"), [
    ("If Putin's plane were forced to land in Estonia on 1 June 2025, must Estonia arrest him?", "airspace"),
    ("Was Estonia obliged to arrest Putin if his jet was intercepted over Estonia on 1 June 2025?", "airspace"),
    ("Must Estonia arrest Putin if his aircraft is diverted to Tallinn on 1 June 2025?", "airspace"),
    ("Must Estonia arrest Putin if his plane gets ordered down on 1 June 2025?", "airspace"),
    # contrasts: a landing he chose, a plane that was late, the active form as before
    ("If Putin's plane were to land in Estonia on 1 June 2025, must Estonia arrest him?", "territory"),
    ("Must Estonia arrest Putin if his plane was delayed in Tallinn on 1 June 2025?", "territory"),
    ("Must Estonia arrest Putin if it forces his plane to land on 1 June 2025?", "airspace"),
])
def test_acts_against_an_aircraft_told_in_the_passive_place_him_in_the_airspace(facts, text, presence):
    assert read_question(facts, text, today=TODAY)["presence"] == presence


@pytest.mark.parametrize(("text", "said", "not_said"), [
    # the State's status is the same on both sides; the situation's duty begins with the Council's resolution
    ("Was Libya obliged to cooperate with the ICC from 25 to 27 February 2011?",
     "non_party on 2011-02-25, a situation's duties changed on 2011-02-26", "non_party on 2011-02-26"),
    ("Was Sudan bound to cooperate with the ICC between 30 March and 1 April 2005?",
     "signatory on 2005-03-30, a situation's duties changed on 2005-03-31", "signatory on 2005-03-31"),
    # contrast: where the answer itself changes, the answers are named as before
    ("Was Chile obliged to arrest al-Bashir from 30 August to 2 September 2009?",
     "not_obliged on 2009-08-30, obliged on 2009-09-01", "basis or forum"),
])
def test_a_short_span_refused_says_what_changes_within_it(facts, text, said, not_said):
    with pytest.raises(QuestionError) as info:
        read_question(facts, text, today=TODAY)
    assert said in str(info.value) and not_said not in str(info.value)


@pytest.mark.parametrize(("text", "on"), [
    # the entry into force of a ratification or accession named by its words, with the State's name or its pronoun
    ("Was Chile bound to arrest Bashir the day Chile's ratification entered into force?", "2009-09-01"),
    ("Was Chile bound to arrest Bashir the day its ratification entered into force?", "2009-09-01"),
    ("Was Tunisia a State Party the day its accession took effect?", "2011-09-01"),
    # contrasts: the ratification's deposit itself, and the day after it
    ("Was Chile bound to arrest Bashir the day of its ratification?", "2009-06-29"),
    ("Was Chile bound to arrest Bashir the day after its ratification?", "2009-06-30"),
])
def test_a_ratification_entering_into_force_is_the_day_of_entry_into_force(facts, text, on):
    assert read_question(facts, text, today=TODAY)["on"] == on


@pytest.mark.parametrize(("text", "period"), [
    # 'the week (fortnight) before/after' an act: the seven (fourteen) days before or after it, asked as a span
    ("Was Burundi a party the week after Burundi's withdrawal took effect?", "2017-10-28/2017-11-03"),
    ("Was Mongolia obliged to arrest Putin the week after his warrant was issued?", "2023-03-18/2023-03-24"),
    ("Was Gambia a party the week before it revoked its withdrawal?", "2017-02-03/2017-02-09"),
])
def test_the_week_before_or_after_an_act_is_a_span_of_seven_days(facts, text, period):
    assert read_question(facts, text, today=TODAY)["period"] == period


def test_the_week_before_an_act_is_not_now_beside_still(facts):
    """'Was Burundi still a party the week before ...': the span 2017-10-20 to 2017-10-26 (in which the Burundi
    investigation was authorised, so refused naming the change), not today; 'the day before' and 'a week before' as
    before."""
    with pytest.raises(QuestionError, match="2017-10-20 to 2017-10-26"):
        read_question(facts, "Was Burundi still a party the week before its withdrawal took effect?", today=TODAY)
    assert read_question(facts, "Was Burundi still a party the day before its withdrawal took effect?", today=TODAY)["on"] == "2017-10-26"
    assert read_question(facts, "Was Burundi still a party a week before its withdrawal took effect?", today=TODAY)["on"] == "2017-10-20"


@pytest.mark.parametrize(("text", "person"), [
    # words of fewer than four letters left beside a day are no name together ('the the' matched 'The Terminator')
    ("Was Norway required to surrender Netanyahu on the 21st of November 2024, the day his warrant was issued?",
     "benjamin-netanyahu"),
    # contrasts: names holding short words are still read, and the alias itself
    ("Must Chad arrest al Bashir on 1 March 2010?", "omar-hassan-ahmad-al-bashir"),
    ("Must Chad arrest Al Hassan on 1 March 2010?", "al-hassan-ag-abdoul-aziz-ag-mohamed-ag-mahmoud"),
    ("Must Uganda arrest The Terminator on 1 March 2010?", "bosco-ntaganda"),
])
def test_short_words_together_are_no_name(facts, text, person):
    assert read_question(facts, text, today=TODAY)["person"] == person
