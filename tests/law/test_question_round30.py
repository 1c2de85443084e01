"""The question reader's round-30 fixes (tests/law/audit/round30.yaml, 85 and 86, and found probing after the round),
each with sentences of my own and contrasts that must not be read the new way: the demonyms in use for three States whose
recorded demonym is an older spelling or the noun ('Tadzhik', 'Kirghiz', 'Surinamer'): 'Tajik', 'Kyrgyz' and
'Surinamese' name their State, and so does 'Saudi' beside 'Saudi Arabian' (data/lookups/demonyms.yaml, each with its
reason); and a death told as reported ('he was reportedly killed', 'his reported death') or 'shot dead' names the
record's death, as 'he was killed' and 'his death' do; and a person's name standing for the pronoun may hold a word with a
lower-case particle ('the day after Saif al-Islam was killed')."""

from __future__ import annotations

import datetime as dt

import pytest

from iccwatch.service.question import QuestionError, read_question

TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(("text", "state"), [
    ("Were the Tajik authorities obliged to arrest Putin on 1 May 2025?", "TJK"),
    ("Did the Kyrgyz government have to arrest Putin on 1 May 2025?", "KGZ"),
    ("Would Surinamese police have had to arrest Putin on 1 May 2025?", "SUR"),
    ("must the tajik government arrest putin on 1 may 2025", "TJK"),
    ("Did the Saudi authorities have to arrest Putin on 1 May 2025?", "SAU"),
    # the State's name, which holds the demonym, as before
    ("Did Saudi Arabia have to arrest Putin on 1 May 2025?", "SAU"),
    ("Did the Saudi Arabian government have to arrest Putin on 1 May 2025?", "SAU"),
    # the recorded spellings, as before
    ("Were the Tadzhik authorities obliged to arrest Putin on 1 May 2025?", "TJK"),
    ("Did the Kirghiz government have to arrest Putin on 1 May 2025?", "KGZ"),
])
def test_a_demonym_in_use_names_its_state(facts, text, state):
    read = read_question(facts, text, today=TODAY)
    assert (read["state"], read["person"], read["on"]) == (state, "vladimir-vladimirovich-putin", "2025-05-01")


@pytest.mark.parametrize("text", [
    # a word that only starts like the demonym is no State
    "Did the Kyrgyzia government have to arrest Putin on 1 May 2025?",
    "Were the Surinamesque authorities obliged to arrest Putin on 1 May 2025?",
])
def test_a_word_that_only_starts_like_the_demonym_is_not_read(facts, text):
    with pytest.raises(QuestionError):
        read_question(facts, text, today=TODAY)


def test_the_demonym_describing_the_person_names_no_state_asked_about(facts):
    """A demonym of the person's own State right before him describes him (docs/law.md), beside the new demonyms as
    before: the State asked about is the one named."""
    read = read_question(facts, "Must the Tajik authorities arrest the Russian general Kobylash on 1 May 2025?", today=TODAY)
    assert (read["state"], read["person"]) == ("TJK", "sergei-ivanovich-kobylash")
    read = read_question(facts, "Must Tajikistan arrest the Russian president on 1 May 2025?", today=TODAY)
    assert (read["state"], read["person"]) == ("TJK", "vladimir-vladimirovich-putin")


@pytest.mark.parametrize(("text", "person", "on"), [
    # found probing after the round: a death told as reported, or as 'shot dead', names the record's death
    ("Must Tunisia arrest Saif al-Islam the day after he was reportedly killed?", "saif-al-islam-gaddafi", "2026-02-04"),
    ("Must Tunisia arrest Saif al-Islam the day after he was reported dead?", "saif-al-islam-gaddafi", "2026-02-04"),
    ("Must Tunisia arrest Saif al-Islam the day after he was shot dead?", "saif-al-islam-gaddafi", "2026-02-04"),
    ("Must Tunisia arrest Saif al-Islam the day after his reported death?", "saif-al-islam-gaddafi", "2026-02-04"),
    ("Must Tunisia arrest Saif al-Islam the day before he was reported to have died?", "saif-al-islam-gaddafi", "2026-02-02"),
    ("Was Uganda obliged to arrest Otti the day after Otti was reported killed?", "vincent-otti", "2007-10-03"),
    # as before
    ("Must Tunisia arrest Saif al-Islam the day after he was killed?", "saif-al-islam-gaddafi", "2026-02-04"),
    ("Was Uganda obliged to arrest Otti the day after his death was reported?", "vincent-otti", "2007-10-03"),
])
def test_a_death_told_as_reported_names_the_recorded_death(facts, text, person, on):
    read = read_question(facts, text, today=TODAY)
    assert (read["person"], read["on"]) == (person, on)
    assert read["day_from_act"]


@pytest.mark.parametrize(("text", "words"), [
    # contrasts: reported as something else than dead, wounded, another person's death, a death the record lacks
    ("Must Tunisia arrest Saif al-Islam the day after he was reported missing?", ["the day after"]),
    ("Must Tunisia arrest Saif al-Islam the day after he was shot?", ["the day after"]),
    ("Must Tunisia arrest Saif al-Islam the day after he was reported arrested?", ["the day after"]),
    ("Must Tunisia arrest Saif al-Islam the day after Ongwen was reported killed?", ["Ongwen"]),
    ("Was Uganda obliged to arrest Kony the day after he was reported killed?", ["death", "Kony"]),
])
def test_other_reports_are_not_read_as_a_death(facts, text, words):
    with pytest.raises(QuestionError) as info:
        read_question(facts, text, today=TODAY)
    assert all(w in str(info.value) for w in words)


@pytest.mark.parametrize(("text", "person", "on"), [
    # found probing after the round: the person's name where the pronoun stands may hold a word opening with a
    # lower-case particle and a hyphen, as the record writes such names
    ("Must Tunisia arrest Saif al-Islam the day after Saif al-Islam was killed?", "saif-al-islam-gaddafi", "2026-02-04"),
    ("Must Tunisia arrest Saif al-Islam the day after Saif al-Islam's death?", "saif-al-islam-gaddafi", "2026-02-04"),
    ("Would Italy have had to arrest Mahmoud al-Werfalli the day after Mahmoud al-Werfalli was reportedly killed?",
     "mahmoud-mustafa-busayf-al-werfalli", "2021-03-25"),
    ("Was Germany obliged to arrest El Hishri the day after Khaled el-Hishri was arrested?", "khaled-mohamed-ali-el-hishri",
     "2025-07-17"),
    # a name of capitalised words, as before
    ("Was Uganda obliged to arrest Otti the day after Otti was reported killed?", "vincent-otti", "2007-10-03"),
])
def test_a_name_with_a_particle_stands_for_the_pronoun(facts, text, person, on):
    read = read_question(facts, text, today=TODAY)
    assert (read["person"], read["on"]) == (person, on)


@pytest.mark.parametrize(("text", "words"), [
    # contrasts: another person's act named with a particle, and an act that is none the reading knows
    ("Must Tunisia arrest Saif al-Islam the day after Mahmoud al-Werfalli was killed?", ["Werfalli"]),
    ("Must Tunisia arrest Saif al-Islam the day after Saif al-Islam was reported missing?", ["the day after"]),
])
def test_a_name_with_a_particle_is_still_refused_where_it_is_another_persons_or_no_act(facts, text, words):
    with pytest.raises(QuestionError) as info:
        read_question(facts, text, today=TODAY)
    assert all(w in str(info.value) for w in words)
