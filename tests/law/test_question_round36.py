"""The round-36 fixes (tests/law/audit/round36.yaml), each with sentences of my own and contrasts that must not be read
the new way: 'this' before a weekday is that day of the week asked in ('this Sunday' asked on a Friday was the Sunday
before); a day named by a holiday is refused unless it falls on one day of the calendar everywhere ('on Independence Day
2027' was the year 2027); an occasion named with a month or a year chooses the trip then whose record names it, and is
refused where the record holds no trip then ('during the 2027 BRICS summit' was the year); a State named in what a
person is wanted or charged for is no State asked about; a sentence after the asking one, and a clause closing it after
a comma, tell; and the weekdays of other languages with the word that says which ('ce dimanche', 'lunedì prossimo')."""

from __future__ import annotations

import pytest
from tests.law.reading import NETANYAHU, PUTIN, SHOIGU, TODAY, read_fields

from iccwatch.service.question import QuestionError, read_question

# TODAY is Friday 2026-12-04: its week runs from Monday 2026-11-30 to Sunday 2026-12-06.


@pytest.mark.parametrize(("text", "on"), [
    ("Is Italy obliged to arrest Netanyahu this Sunday?", "2026-12-06"),
    ("Must Italy arrest Netanyahu this Saturday?", "2026-12-05"),
    ("Is Italy obliged to arrest Netanyahu this Friday?", "2026-12-04"),
    # the week's Monday is behind the day asked: 'this Monday' is that one, whatever the verb
    ("Was Italy obliged to arrest Netanyahu this Monday?", "2026-11-30"),
    # a whole day after the weekday is the day asked, not a second one
    ("Must Italy arrest Netanyahu this Sunday 13 December 2026?", "2026-12-13"),
])
def test_this_weekday_is_that_day_of_the_week_asked_in(facts, text, on):
    assert read_fields(facts, text) == ("arrest", "ITA", NETANYAHU, on)


@pytest.mark.parametrize(("text", "on"), [
    # contrasts: 'next', 'last', 'coming' and a bare weekday are read as before
    ("Must Italy arrest Netanyahu next Sunday?", "2026-12-06"),
    ("Was Italy obliged to arrest Netanyahu last Sunday?", "2026-11-29"),
    ("Will Italy have to arrest Netanyahu on Monday?", "2026-12-07"),
    ("Did Italy have to arrest Netanyahu on Monday?", "2026-11-30"),
])
def test_other_weekdays_are_read_as_before(facts, text, on):
    assert read_fields(facts, text) == ("arrest", "ITA", NETANYAHU, on)


@pytest.mark.parametrize(("text", "said"), [
    ("Must France arrest Netanyahu on Bastille Day 2027?", "Bastille Day 2027"),
    ("Must Mongolia arrest Putin during Naadam Day 2027?", "Naadam Day 2027"),
    ("Must Germany arrest Netanyahu on Christmas Day?", "Christmas Day"),
    ("Must Ukraine arrest Putin on Independence Day?", "Independence Day"),
])
def test_a_day_named_by_a_holiday_is_refused(facts, text, said):
    with pytest.raises(QuestionError, match=f"'{said}' names a day by a holiday"):
        read_question(facts, text, today=TODAY)


@pytest.mark.parametrize(("text", "on"), [
    # contrasts: a holiday on one day of the calendar everywhere (question_words.yaml, fixed_days); weekdays; 'the day'
    ("Must France arrest Netanyahu on New Year's Day 2028?", "2028-01-01"),
    # (round 37: a duty asked in the present with a bare weekday is the coming day; this was the Monday behind)
    ("Must France arrest Netanyahu on Monday?", "2026-12-07"),
    ("Must France arrest Netanyahu on the day after 1 March 2027?", "2027-03-02"),
])
def test_a_fixed_holiday_and_other_days_are_read(facts, text, on):
    assert read_fields(facts, text) == ("arrest", "FRA", NETANYAHU, on)


@pytest.mark.parametrize(("text", "said"), [
    ("Must Mongolia arrest Putin at the 2027 Naadam festival?", "no trip .* to Mongolia in 2027"),
    ("Was India obliged to arrest Putin at the G7 in 2024?", "no trip .* to India in 2024"),
    ("Was Mongolia obliged to arrest Putin at the Winter Games in 2024?", "'Winter Games'.*2024-09-02"),
])
def test_an_occasion_the_record_cannot_date_in_that_period_is_refused(facts, text, said):
    with pytest.raises(QuestionError, match=said):
        read_question(facts, text, today=TODAY)


@pytest.mark.parametrize(("text", "state", "person", "on"), [
    # the occasion's words choose the one trip of the period whose record names them
    ("Was China obliged to arrest Putin at the APEC meeting in November 2026?", "CHN", PUTIN, "2026-11-18"),
    ("Was Kazakhstan obliged to arrest Shoigu at the CSTO session in 2024?", "KAZ", SHOIGU, "2024-11-28"),
    # contrasts: the one trip of a year whose record names no occasion is not set aside; a year with no occasion named
    # and one trip is that trip's day as before
    ("Was Tajikistan obliged to arrest Putin at the summit in Dushanbe in 2025?", "TJK", PUTIN, "2025-10-08"),
    ("Was Mongolia obliged to arrest Putin in 2024?", "MNG", PUTIN, "2024-09-02"),
])
def test_an_occasion_with_a_period_chooses_its_trip(facts, text, state, person, on):
    assert read_fields(facts, text) == ("arrest", state, person, on)


@pytest.mark.parametrize(("text", "person"), [
    ("Is Putin wanted for the deportation of children from Ukraine?", PUTIN),
    ("Is Shoigu accused of attacks on Ukrainian power plants?", SHOIGU),
    ("Is Netanyahu charged with starvation in the State of Palestine?", NETANYAHU),
])
def test_what_a_person_is_wanted_for_names_no_state_asked_about(facts, text, person):
    assert read_fields(facts, text) == ("travel", None, person, TODAY.isoformat())


@pytest.mark.parametrize(("text", "state"), [
    # contrasts: a State named before what he is wanted for is asked about; 'wanted in' names where
    ("Must Germany arrest Putin, who is wanted for deporting children from Ukraine, on 1 May 2027?", "DEU"),
    ("Is Putin wanted in Mongolia?", "MNG"),
    ("Must Italy arrest Lvova-Belova for deporting Ukrainian children on 1 May 2024?", "ITA"),
])
def test_a_state_asked_about_beside_the_crimes_is_still_read(facts, text, state):
    assert read_fields(facts, text)[1] == state


@pytest.mark.parametrize(("text", "kind", "state", "on"), [
    ("Must Italy arrest Netanyahu on 1 March 2027? He flew over Italy in February 2025.", "arrest", "ITA", "2027-03-01"),
    ("Was Tunisia a State Party on 15 July 2011? It acceded in June 2011.", "obligations", "TUN", "2011-07-15"),
])
def test_a_sentence_after_the_one_that_asks_tells(facts, text, kind, state, on):
    read = read_question(facts, text, today=TODAY)
    assert (read["kind"], read["state"], read["on"]) == (kind, state, on)


def test_a_sentence_after_a_question_naming_no_whole_day_is_still_two_dates(facts):
    """Contrast: the asking sentence names a month: the sentence after it is not set aside."""
    with pytest.raises(QuestionError, match="several dates"):
        read_question(facts, "Was Tunisia a State Party in July 2011? It acceded in June 2011.", today=TODAY)


def test_a_clause_closing_the_question_tells_where_a_whole_day_is_named(facts):
    text = "Was Hungary obliged to arrest Netanyahu on 1 July 2026, after its withdrawal took effect in June 2026?"
    assert read_fields(facts, text) == ("arrest", "HUN", NETANYAHU, "2026-07-01")
    with pytest.raises(QuestionError, match="several dates"):  # contrast: a month asked, the clause's month still counts
        read_question(facts, "Was Hungary obliged to arrest Netanyahu in July 2026, after its withdrawal took effect in "
                             "June 2026?", today=TODAY)


@pytest.mark.parametrize(("text", "state", "on"), [
    ("L'Italie doit-elle arrêter Netanyahou samedi prochain ?", "ITA", "2026-12-05"),
    ("¿Debe Italia detener a Netanyahu el próximo martes?", "ITA", "2026-12-08"),
    ("¿Debía Italia detener a Netanyahu el martes pasado?", "ITA", "2026-12-01"),
    ("Muss Italien Netanjahu nächsten Dienstag festnehmen?", "ITA", "2026-12-08"),
    ("L'Italia deve arrestare Netanyahu questa domenica?", "ITA", "2026-12-06"),
    ("A Itália tem de prender Netanyahu neste sábado?", "ITA", "2026-12-05"),
])
def test_other_languages_weekdays_with_the_word_saying_which(facts, text, state, on):
    assert read_fields(facts, text) == ("arrest", state, NETANYAHU, on)


@pytest.mark.parametrize("text", [
    "War Mongolei am 3. September 2024 verpflichtet, Putin festzunehmen?",
    "War die Mongolei am 3. September 2024 gebunden, Putin auszuliefern?",
])
def test_german_infinitives_with_zu_ask(facts, text):
    """'verpflichtet ... festzunehmen' asks as 'obliged to arrest' does (it was refused as asking nothing)."""
    assert read_fields(facts, text) == ("arrest", "MNG", PUTIN, "2024-09-03")


@pytest.mark.parametrize(("text", "on"), [
    # an acronym of the occasion the record writes in full ('Collective Security Treaty Organization': CSTO) chooses
    # its trip (the audit's round 33, 1 was refused by the period rule before this)
    ("Was Kyrgyzstan obliged to arrest Putin during the CSTO summit in Bishkek?", "2025-11-25"),
    ("Was Kyrgyzstan obliged to arrest Putin during the CSTO summit in Bishkek in November 2025?", "2025-11-25"),
    # contrast: the other trip's occasion, written as its initials, chooses that one
    ("Was Kyrgyzstan obliged to arrest Putin during the CIS summit in Bishkek?", "2023-10-12"),
])
def test_an_occasion_written_as_its_initials_chooses_its_trip(facts, text, on):
    assert read_fields(facts, text) == ("arrest", "KGZ", PUTIN, on)


def test_an_occasion_naming_no_trip_among_several_is_still_refused(facts):
    with pytest.raises(QuestionError, match="2 trips"):
        read_question(facts, "Was Kyrgyzstan obliged to arrest Putin during the summit in Bishkek?", today=TODAY)
