"""The round-34 fixes (tests/law/audit/round34.yaml), each with sentences of my own and contrasts that must not be read
the new way: the day of an arrival asked for ('What day did Putin arrive in Mongolia?' was read as today) and a clause of
a visit in French, Spanish, Portuguese, Italian and German; an occasion's or a landmark's words that the record writes
for one trip choosing it among the person's trips to the State ('at the BRICS summit in Rio', 'at Mar-a-Lago'); a
visitor the record holds no warrant for, or another person than the one asked about, refused; an ordinal in words past
any month's last day refused; 'a year ago today' as that day; a clause of a reason before the day asked ('Given that
... since 2002, ...'); 'still' with a date inside an 'after announcing ...' clause asking about today; a demonym before a
noun that names no one acting for a State ('Ukrainian children') not read as a State asked about; Anchorage a place."""

from __future__ import annotations

import pytest
from tests.law.reading import NETANYAHU, PUTIN, SHOIGU, TODAY, read_fields

from iccwatch.service.question import QuestionError, read_question


@pytest.mark.parametrize(("text", "state", "person", "on"), [
    ("When did Putin arrive in Azerbaijan?", "AZE", PUTIN, "2024-08-18"),
    ("On what day did Shoigu land in Malaysia?", "MYS", SHOIGU, "2025-02-27"),
    ("Did Netanyahu visit Hungary?", "HUN", NETANYAHU, "2025-04-03"),
    # other languages: French inverted, Spanish, Portuguese, Italian, German
    ("Quel jour Poutine est-il arrivé en Azerbaïdjan ?", "AZE", PUTIN, "2024-08-18"),
    ("¿Qué hizo Hungría cuando llegó Netanyahu?", "HUN", NETANYAHU, "2025-04-03"),
    ("O que fez a Mongólia quando Putin chegou?", "MNG", PUTIN, "2024-09-02"),
    ("Cosa ha fatto l'Ungheria quando Netanyahu è arrivato?", "HUN", NETANYAHU, "2025-04-03"),
    ("Was hat Ungarn getan, als Netanjahu in Budapest ankam?", "HUN", NETANYAHU, "2025-04-03"),
])
def test_the_day_of_an_arrival_is_the_recorded_visit(facts, text, state, person, on):
    assert read_fields(facts, text) == ("arrest", state, person, on)


def test_an_arrival_among_several_visits_is_still_refused(facts):
    """Contrast: four recorded visits to Belarus: refused naming them, not read as today."""
    with pytest.raises(QuestionError, match=r"4 trips .*2023-11-23, 2024-05-23, 2024-12-06, 2025-06-26"):
        read_question(facts, "What day did Putin arrive in Belarus?", today=TODAY)


@pytest.mark.parametrize(("text", "state", "person", "on"), [
    # the occasion's words the record writes for one trip of several
    ("Was Kazakhstan obliged to arrest Putin during the Shanghai Cooperation Organisation summit?", "KAZ", PUTIN, "2024-07-03"),
    ("Was China obliged to arrest Putin when he visited the Belt and Road Forum?", "CHN", PUTIN, "2023-10-17"),
    # a landmark ('Mar-a-Lago'), and a cancelled trip the summit's name alone names
    ("Was the United States obliged to arrest Netanyahu when he stayed at Mar-a-Lago?", "USA", NETANYAHU, "2025-12-28"),
    ("Was Brazil obliged to arrest Putin at the G20 summit?", "BRA", PUTIN, "2024-11-18"),
    ("Would South Africa have had to arrest Putin at the BRICS summit in Johannesburg?", "ZAF", PUTIN, "2023-08-22"),
])
def test_an_occasion_the_record_writes_chooses_the_trip(facts, text, state, person, on):
    assert read_fields(facts, text) == ("arrest", state, person, on)


@pytest.mark.parametrize(("text", "said"), [
    # contrasts: words every trip's record holds choose nothing; a summit to come is still refused; a place keeps its
    # own rule (a trip whose record names no place is never set aside)
    ("Was the United States obliged to arrest Netanyahu when he met President Trump?", "6 trips"),
    ("Must South Africa arrest Putin during the BRICS summit?", "names an occasion but not its day"),
    ("Was Turkmenistan obliged to arrest Putin when he arrived in Ashgabat?", "2024-10-11, 2025-12-12"),
    ("Was the United States obliged to arrest Netanyahu when he visited the White House?", "2025-02-02, 2025-04-06, 2025-07-07"),
])
def test_an_occasion_that_chooses_no_one_trip_is_still_refused(facts, text, said):
    with pytest.raises(QuestionError, match=said):
        read_question(facts, text, today=TODAY)


@pytest.mark.parametrize(("text", "said"), [
    ("What did Mongolia do when Kim Jong Un arrived?", "Kim Jong Un"),
    ("Was Israel obliged to arrest Netanyahu when Trump visited?", "Trump"),
    ("Was Hungary obliged to arrest Netanyahu when Putin visited?", "several persons"),
])
def test_a_visit_of_someone_else_is_refused(facts, text, said):
    with pytest.raises(QuestionError, match=said):
        read_question(facts, text, today=TODAY)


def test_a_state_in_a_clause_of_being_is_no_visitor(facts):
    """Contrast: 'when Hungary was in the ICC' names a State, not a visitor; the day written is asked."""
    assert read_fields(facts, "Was Hungary obliged to arrest Netanyahu on 1 May 2025, when Hungary was in the ICC?") == \
        ("arrest", "HUN", NETANYAHU, "2025-05-01")


@pytest.mark.parametrize("text", [
    "Was Hungary obliged to arrest Netanyahu on the thirty-second of March 2025?",
    "Was Hungary obliged to arrest Netanyahu on March the fortieth, 2025?",
])
def test_an_ordinal_past_a_months_end_is_refused(facts, text):
    with pytest.raises(QuestionError, match="names no day of a month"):
        read_question(facts, text, today=TODAY)


def test_the_thirty_first_is_still_read(facts):
    assert read_fields(facts, "Was Hungary obliged to arrest Netanyahu on the thirty-first of March 2025?")[3] == "2025-03-31"


@pytest.mark.parametrize(("text", "on"), [
    ("Was India obliged to arrest Putin exactly a year ago today?", "2025-12-04"),
    ("Was India obliged to arrest Putin two years ago to the day?", "2024-12-04"),
    ("Was Mongolia obliged to arrest Putin three months ago today?", "2026-09-04"),
])
def test_ago_today_is_that_day(facts, text, on):
    assert read_fields(facts, text)[3] == on


@pytest.mark.parametrize(("text", "on"), [
    # a clause of a reason before the day asked: its year describes the State
    ("Given that Mongolia has been a State Party since 2002, was it obliged to arrest Putin on 3 September 2024?", "2024-09-03"),
    ("Although Tajikistan had been a party since 2000, did it arrest Putin on 9 October 2025?", "2025-10-09"),
])
def test_a_leading_clause_of_a_reason_is_context(facts, text, on):
    assert read_fields(facts, text)[3] == on


def test_a_year_alone_in_a_question_of_being_is_still_a_range(facts):
    """Contrast: 'since 2002' with no other day is the range it names (refused where the answer changes within it)."""
    with pytest.raises(QuestionError, match="since 2002"):
        read_question(facts, "Has Mongolia been a State Party since 2002?", today=TODAY)


@pytest.mark.parametrize(("text", "on"), [
    ("Is Venezuela still a State Party after announcing its withdrawal in December 2025?", "2026-12-04"),
    ("Is Mali still bound by the Statute after announcing it would leave in September 2025?", "2026-12-04"),
    # contrast: without 'still' or 'now' the month is the time asked
    ("Was Venezuela a State Party after announcing its withdrawal in December 2025?", "2025-12-01"),
])
def test_still_after_an_act_told_by_its_gerund_asks_today(facts, text, on):
    assert read_fields(facts, text)[3] == on


@pytest.mark.parametrize(("text", "state"), [
    ("Was Qatar obliged to arrest Lvova-Belova on 24 April 2024, when she came to discuss Ukrainian children?", "QAT"),
    ("Must Qatar arrest Lvova-Belova over the deportation of Ukrainian children on 1 May 2024?", "QAT"),
    # contrasts: a demonym before a word of those who act for a State names it
    ("Did the Tajik government have to arrest Putin on 9 October 2025?", "TJK"),
])
def test_a_demonym_describing_a_noun_is_not_a_state_asked(facts, text, state):
    assert read_fields(facts, text)[1] == state


def test_a_demonym_of_a_government_beside_a_state_is_still_two_states(facts):
    with pytest.raises(QuestionError, match="several States"):
        read_question(facts, "Must the Ukrainian government and Qatar arrest Putin on 1 May 2024?", today=TODAY)


def test_anchorage_names_the_united_states(facts):
    assert read_fields(facts, "What day did Putin land in Anchorage?") == ("arrest", "USA", PUTIN, "2025-08-15")
