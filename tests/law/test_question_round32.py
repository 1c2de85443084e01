"""The question reader's round-32 fixes (tests/law/audit/round32.yaml), each with sentences of my own and contrasts that
must not be read the new way: a place the question names in the State chooses among the person's several recorded visits
there, where every other visit's record names another place (a visit whose record names no place is never set aside,
and a place inside a longer name, 'the Shanghai Cooperation Organisation', is no place); the words of a time named by a
visit or an occasion ('during his visit', 'when he landed', 'during the summit') no longer say what a question asks, so
a question about the weather or a ceremony during a visit is refused ('did' alone, an auxiliary, no longer says what is
asked: 'What did he eat during his visit?'); a possessive of a hyphenated name ("al-Bashir's
visit") names a visit; and the Spanish and Portuguese noun of membership ('Estado Parte') and the European Portuguese
names of States ('Quénia', 'Usbequistão') are read."""

from __future__ import annotations

import datetime as dt

import pytest

from iccwatch.service.question import QuestionError, read_question

TODAY = dt.date(2026, 12, 4)
PUTIN, BASHIR, NETANYAHU = "vladimir-vladimirovich-putin", "omar-hassan-ahmad-al-bashir", "benjamin-netanyahu"


@pytest.mark.parametrize(("text", "state", "person", "on"), [
    # four visits to China, only one recorded in Tianjin, the others in Beijing
    ("Did China have to arrest Putin on the day he arrived in Tianjin?", "CHN", PUTIN, "2025-08-31"),
    # four to Turkey, three in Istanbul and one in Ankara
    ("Was Türkiye bound to arrest al-Bashir during his visit to Ankara?", "TUR", BASHIR, "2018-07-09"),
    # two to Morocco, one in Marrakesh and one in Tangier
    ("Was Morocco obliged to arrest Bashir the day before he arrived in Tangier?", "MAR", BASHIR, "2017-08-02"),
    # one visit only: the place changes nothing
    ("Was Mongolia obliged to arrest Putin the day after he arrived in Ulaanbaatar?", "MNG", PUTIN, "2024-09-03"),
])
def test_a_place_chooses_among_several_recorded_visits(facts, text, state, person, on):
    read = read_question(facts, text, today=TODAY)
    assert (read["state"], read["person"], read["on"]) == (state, person, on)


@pytest.mark.parametrize(("text", "words"), [
    # a place of several recorded visits: refused naming those, not the others
    ("Was Türkiye bound to arrest al-Bashir the day after he landed in Istanbul?", r"3 trips .* Istanbul \(2017-12-13, 2018-05-18, 2018-10-28\)"),
    # visits whose records name no place may have been to the place asked about: none set aside
    ("Was Chad bound to arrest al-Bashir on the day he arrived in N'Djamena?", r"5 trips .*2010-07-21, 2011-08-07"),
    # 'Shanghai' in 'the Shanghai Cooperation Organisation summit, Tianjin' is part of a name, not a place of a visit
    ("Did China have to arrest Putin the day after he arrived in Shanghai?", r"Shanghai.*elsewhere.*2025-08-31 Beijing and Tianjin"),
])
def test_a_place_that_does_not_choose_one_visit_is_refused(facts, text, words):
    with pytest.raises(QuestionError, match=words):
        read_question(facts, text, today=TODAY)


@pytest.mark.parametrize(("text", "said"), [
    ("Tell me about the food in Ankara during al-Bashir's visit.", "food"),
    ("Who greeted Netanyahu at the airport when he landed in Budapest?", "greeted"),
    ("What was the mood in Johannesburg during the summit?", "mood"),
    ("Describe the music during Putin's trip to Tajikistan.", "music"),
    # 'did' as an auxiliary asks nothing by itself (it was read as 'what did the State do')
    ("What did Netanyahu eat during his visit to Hungary?", "eat"),
])
def test_a_question_about_something_else_during_a_visit_is_refused(facts, text, said):
    with pytest.raises(QuestionError, match=f"does not say what it asks of the law.*{said}"):
        read_question(facts, text, today=TODAY)


@pytest.mark.parametrize(("text", "state", "person", "on"), [
    # contrasts: a word of the law beside the visit, or a visit as the verb asked about
    ("Was Türkiye obliged to arrest al-Bashir during his visit to Ankara?", "TUR", BASHIR, "2018-07-09"),
    ("Did Hungary fail its duty during Netanyahu's visit?", "HUN", NETANYAHU, "2025-04-03"),
    ("Could Netanyahu visit Hungary on 1 July 2026?", "HUN", NETANYAHU, "2026-07-01"),
    # contrast of the auxiliary: what the State did is still asked by 'do'
    ("What did Hungary do during Netanyahu's visit?", "HUN", NETANYAHU, "2025-04-03"),
    # a hyphenated name's possessive names the visit (it was not read as one)
    ("Was Jordan obliged to act during al-Bashir's visit?", "JOR", BASHIR, "2017-03-28"),
])
def test_a_question_of_the_law_during_a_visit_is_still_answered(facts, text, state, person, on):
    read = read_question(facts, text, today=TODAY)
    assert (read["state"], read["person"], read["on"]) == (state, person, on)


@pytest.mark.parametrize(("text", "state", "on"), [
    ("O Quénia era um Estado Parte em 1 de janeiro de 2010?", "KEN", "2010-01-01"),
    ("O Usbequistão era um Estado Parte em 1 de janeiro de 2024?", "UZB", "2024-01-01"),
    ("¿Era Kenia un Estado parte el 1 de enero de 2010?", "KEN", "2010-01-01"),
])
def test_spanish_and_portuguese_membership_and_european_portuguese_names(facts, text, state, on):
    read = read_question(facts, text, today=TODAY)
    assert (read["kind"], read["state"], read["on"]) == ("obligations", state, on)


def test_a_portuguese_question_with_no_word_of_the_law_is_still_refused(facts):
    """Contrast: 'Estado' with no noun of membership says nothing of the law."""
    with pytest.raises(QuestionError, match="does not say what it asks"):
        read_question(facts, "O Quénia era um Estado bonito em 1 de janeiro de 2010?", today=TODAY)
