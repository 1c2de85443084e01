"""The round-35 fixes (tests/law/audit/round35.yaml), each with sentences of my own and contrasts that must not be read
the new way: a sentence that tells what came before the sentence that asks, where the asking one names a whole day
('Armenia ratified ... in November 2023. Was it obliged ... on 1 January 2024?' was refused as naming two dates); an
occasion that the one recorded trip's record does not name refused, not read as that trip ('at the Olympic Games in
Ulaanbaatar'); a capitalised '-day' word where a weekday stands refused ('next Blursday' was read as today); and round
34's leftovers: a reason opening with other words ('Mindful that ...') and a demonym naming who would arrest, not a
State ('Must the Ukrainian farmers arrest Putin?')."""

from __future__ import annotations

import pytest
from tests.law.reading import NETANYAHU, PUTIN, SHOIGU, TODAY, read_fields

from iccwatch.service.question import QuestionError, read_question


@pytest.mark.parametrize(("text", "state", "person", "on"), [
    ("Tajikistan has been a party since 2000. Was it obliged to arrest Putin on 9 October 2025?", "TJK", PUTIN, "2025-10-09"),
    ("Hungary notified its withdrawal in June 2025. Did it have to arrest Netanyahu on 1 May 2026?", "HUN", NETANYAHU, "2026-05-01"),
    ("Mr. Putin visited Mongolia. Was Mongolia obliged to arrest him on 3 September 2024?", "MNG", PUTIN, "2024-09-03"),
    # the asking sentence names no day: the telling sentence's month dates the one recorded visit
    ("Shoigu went to Vietnam in December 2025. Was Vietnam bound to arrest him?", "VNM", SHOIGU, "2025-12-08"),
    # a German ordinal's full stop ends no sentence
    ("Muss Deutschland Putin festnehmen, wenn er am 1. Mai 2027 nach Berlin reist?", "DEU", PUTIN, "2027-05-01"),
])
def test_a_sentence_that_tells_before_the_one_that_asks(facts, text, state, person, on):
    assert read_fields(facts, text) == ("arrest", state, person, on)


def test_a_telling_sentence_after_a_question_naming_no_whole_day_is_still_two_dates(facts):
    """Contrast: the sentence that asks comes first and names a month, not a whole day: still refused. (Round 36 reads a
    telling sentence after one that names a whole day as context: tests/law/test_question_round36.py.)"""
    with pytest.raises(QuestionError, match="several dates"):
        read_question(facts, "Was Armenia obliged to arrest Putin in March 2024? It ratified in November 2023.", today=TODAY)


@pytest.mark.parametrize(("text", "said"), [
    ("Was Kazakhstan obliged to arrest Shoigu at the Olympic Games in Astana?", "'Olympic Games'.*2024-11-28"),
    ("Was Mongolia obliged to arrest Putin at the Winter Festival?", "'Winter Festival'.*2024-09-02"),
])
def test_an_occasion_the_one_trip_does_not_name_is_refused(facts, text, said):
    with pytest.raises(QuestionError, match=said):
        read_question(facts, text, today=TODAY)


@pytest.mark.parametrize(("text", "state", "person", "on"), [
    # contrasts: the occasion the record writes for the one trip; a trip whose record writes no occasion is not set
    # aside (the AU summit of 2015 in South Africa)
    ("Was Kazakhstan obliged to arrest Shoigu at the CSTO session in Astana?", "KAZ", SHOIGU, "2024-11-28"),
    ("Was Mongolia obliged to arrest Putin at the Khalkhin Gol celebrations?", "MNG", PUTIN, "2024-09-02"),
    ("Did South Africa have to arrest Bashir during the AU summit?", "ZAF", "omar-hassan-ahmad-al-bashir", "2015-06-13"),
])
def test_an_occasion_the_one_trip_names_or_no_occasion_recorded(facts, text, state, person, on):
    assert read_fields(facts, text) == ("arrest", state, person, on)


@pytest.mark.parametrize("text", [
    "Must Germany arrest Netanyahu on Funday?",
    "Must Germany arrest Netanyahu next Blursday?",
    "Must Germany arrest Netanyahu by Doomsday?",
])
def test_a_day_word_that_is_no_weekday_is_refused(facts, text):
    with pytest.raises(QuestionError, match="names no day of the week"):
        read_question(facts, text, today=TODAY)


@pytest.mark.parametrize(("text", "on"), [
    # contrasts: weekdays and 'today' are read as before
    ("Must Germany arrest Netanyahu next Monday?", "2026-12-07"),
    ("Must Germany arrest Netanyahu today?", "2026-12-04"),
])
def test_a_weekday_is_still_read(facts, text, on):
    assert read_fields(facts, text) == ("arrest", "DEU", NETANYAHU, on)


@pytest.mark.parametrize("text", [
    "Mindful that Mongolia joined in 2002, was it obliged to arrest Putin on 3 September 2024?",
    "Noting that Mongolia ratified in 2002, was it obliged to arrest Putin on 3 September 2024?",
    "Despite its ratification in 2002, was Mongolia obliged to arrest Putin on 3 September 2024?",
])
def test_a_reason_opening_with_other_words_is_context(facts, text):
    assert read_fields(facts, text) == ("arrest", "MNG", PUTIN, "2024-09-03")


def test_a_reason_without_a_whole_day_after_it_is_still_two_dates(facts):
    """Contrast: where the rest names no whole day, the clause's year is not set aside."""
    with pytest.raises(QuestionError, match="several dates"):
        read_question(facts, "Mindful that Mongolia joined in 2002, was it obliged to arrest Putin in 2024?", today=TODAY)


@pytest.mark.parametrize(("text", "said"), [
    ("Must the Ukrainian farmers arrest Putin on 1 May 2024?", "Ukrainian farmers"),
    ("Were Ukrainian farmers obliged to arrest Putin on 1 May 2024?", "Ukrainian farmers"),
    ("Did Mongolian herders have to hand Putin over on 3 September 2024?", "Mongolian herders"),
])
def test_a_demonym_naming_who_would_arrest_is_no_state(facts, text, said):
    with pytest.raises(QuestionError, match=f"{said}' names persons who are not a State"):
        read_question(facts, text, today=TODAY)


@pytest.mark.parametrize(("text", "state"), [
    # contrasts: those acting for a State name it; a possessive describes what follows; a demonym describing the
    # children beside a State named is not asked about (round 34)
    ("Must the Ukrainian authorities arrest Putin on 1 May 2024?", "UKR"),
    ("Were Ukrainian police obliged to arrest Putin on 1 May 2024?", "UKR"),
    # an office names its holder, acting for the State (test_question_reading)
    ("Did the Russian president have to arrest Netanyahu on 2025-01-01?", "RUS"),
    ("Must Italy arrest Lvova-Belova for deporting Ukrainian children on 1 May 2024?", "ITA"),
])
def test_those_acting_for_a_state_still_name_it(facts, text, state):
    assert read_fields(facts, text)[1] == state
