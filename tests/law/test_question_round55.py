"""The round-55 fixes (tests/law/audit/round55.yaml), each with sentences of my own and contrasts that must not be read
the new way."""

from __future__ import annotations

import pytest
from tests.law.reading import TODAY, read, refused

from iccwatch.service.question import QuestionError, read_question

# --- a forum's response read by its shape, the act words as families in six languages (round 54's leftover) ------------


@pytest.mark.parametrize(("text", "state", "forum"), [
    ("Has the Assembly ever censured Hungary?", "HUN", "ASP"),
    ("Did the Security Council ever condemn Sudan?", "SDN", "UNSC"),
    ("Le Conseil de sécurité a-t-il condamné le Soudan ?", "SDN", "UNSC"),
    ("L'Assemblée des États parties a-t-elle blâmé la Mongolie ?", "MNG", "ASP"),
    ("¿Castigó la Asamblea de los Estados Partes a Mongolia?", "MNG", "ASP"),
    ("¿Ha sancionado el Consejo de Seguridad a Sudán?", "SDN", "UNSC"),
    ("O Conselho de Segurança condenou o Sudão?", "SDN", "UNSC"),
    ("A Assembleia dos Estados Partes agiu contra a Mongólia?", "MNG", "ASP"),
    ("Il Consiglio di sicurezza ha condannato il Sudan?", "SDN", "UNSC"),
    ("L'Assemblea degli Stati parte ha punito la Mongolia?", "MNG", "ASP"),
    ("Hat der Sicherheitsrat den Sudan bestraft?", "SDN", "UNSC"),
    ("Hat die Versammlung der Vertragsstaaten über Ungarn entschieden?", "HUN", "ASP"),
])
def test_a_forums_response_is_read_with_any_word_of_a_family(facts, text, state, forum):
    got = read(facts, text)
    assert (got["kind"], got["state"], got["forum"], got["asks"]) == ("obligations", state, forum, "responses")


@pytest.mark.parametrize("text", [
    # a referral or a resolution is no response to a finding: no word of the families
    "Did the Security Council refer Libya to the Court?",
    "Is Sudan bound by the Security Council's resolution?",
    # the State's own duty, the forum after the duty's verb
    "Must Sudan arrest al-Bashir although the Security Council condemned nothing?",
])
def test_a_forum_with_no_act_of_its_own_or_after_a_duty_is_no_response(facts, text):
    try:
        got = read(facts, text)
    except QuestionError:
        return
    assert got.get("asks") != "responses"


# --- two questions in one sentence: refused offering each ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "asks"), [
    ("Is Germany a party and must it arrest Netanyahu?", ["Is Germany a party?", "Must Germany arrest Netanyahu?"]),
    ("Has Armenia ratified the Statute, and would it have to arrest Putin?",
     ["Has Armenia ratified the Statute?", "Would Armenia have to arrest Putin?"]),
    ("La Hongrie est-elle partie et doit-elle arrêter Netanyahou ?",
     ["La Hongrie est-elle partie ?", "La Hongrie doit-elle arrêter Netanyahou ?"]),
    ("¿Es Alemania parte y debe detener a Netanyahu?", ["¿Es Alemania parte?", "¿Debe Alemania detener a Netanyahu?"]),
    ("L'Italia è parte e deve arrestare Netanyahu?", ["L'Italia è parte?", "Deve l'Italia arrestare Netanyahu?"]),
])
def test_two_questions_in_one_sentence_are_refused_offering_each(facts, text, asks):
    with pytest.raises(QuestionError) as info:
        read(facts, text)
    assert "two questions" in str(info.value) and info.value.asks == asks
    for ask in asks:  # each question offered reads as asked
        read_question(facts, ask, today=TODAY)


@pytest.mark.parametrize("text", [
    "Must Mongolia arrest Putin if he visits and he is not immune?",  # 'and he is': no question opened
    "Must Mongolia arrest and surrender Putin?",
    "Which countries has Putin visited since the warrant, and were they obliged to arrest him?",  # no one State first
])
def test_one_question_with_and_is_not_two(facts, text):
    try:
        read(facts, text)
    except QuestionError as exc:
        assert "two questions" not in str(exc)


# --- a part of a year asked of a State alone, and in a count ------------------------------------------------------------


def test_a_part_of_a_year_of_a_state_alone_is_its_months(facts):
    got = read(facts, "Was Mongolia a State Party in late 2024?")
    assert (got["kind"], got["state"], got["period"], got["on"]) == ("obligations", "MNG", "2024-09-01/2024-12-31", "2024-09-01")
    said = refused(facts, "Was Armenia a State Party in early 2024?")  # ratified_not_in_force, then a party from 1 February
    assert "'early 2024' names a range of days (2024-01-01 to 2024-04-30)" in said and "2024-02-01" in said


def test_a_bare_year_of_a_state_alone_is_still_the_whole_year(facts):
    got = read(facts, "Was Mongolia a State Party in 2024?")
    assert got["period"] == "2024-01-01/2024-12-31"


def test_a_part_of_a_year_in_a_count_is_its_months(facts):
    got = read(facts, "How many States Parties were there in late 2025?")
    assert (got["kind"], got["period"], got["count"]) == ("states", "2025-09-01/2025-12-31", 125)
    got = read(facts, "How many States Parties were there in mid-2026?")  # Hungary's withdrawal took effect on 2 June
    assert got["period"] == "2026-05-01/2026-08-31" and got["list_changes"]


# --- a person described by an office in words, by the record's offices --------------------------------------------------


@pytest.mark.parametrize(("text", "person"), [
    ("Must France arrest Russia's children's rights commissioner?", "maria-alekseyevna-lvova-belova"),
    ("Must Tajikistan arrest the Afghan supreme leader?", "haibatullah-akhundzada"),  # not the head of the Supreme Court
    ("Must Bangladesh arrest the Myanmar president?", "min-aung-hlaing"),  # a State's name after 'the', as a demonym
])
def test_an_office_described_in_words_is_read_by_the_recorded_titles(facts, text, person):
    got = read(facts, text)
    assert got["kind"] == "arrest" and got["person"] == person
    assert got["office_words"].startswith("'") and facts.records.persons[person].name in got["office_words"]


def test_an_undated_office_reads_no_one_and_names_its_holder(facts):
    """An office recorded with no days cannot be said held, or left, on a day (round 41): refused, naming who holds it."""
    said = refused(facts, "Must Libya surrender the former Libyan intelligence chief?")
    assert "Abdullah Al-Senussi in such an office with no days recorded" in said


def test_an_office_with_no_holder_today_names_the_former_holder_and_reads_no_one(facts):
    said = refused(facts, "Must Poland arrest the Philippine police chief today?")
    assert "Ronald dela Rosa, who had left the office by then" in said


@pytest.mark.parametrize("text", [
    "Must Germany arrest the Russian army chief?",  # no recorded title of Russia holds 'army'
    "Must Mongolia arrest the Russian weather chief?",
])
def test_a_description_no_recorded_title_holds_reads_no_one(facts, text):
    assert "no office the reading reads" in refused(facts, text)  # as round 41 said it


def test_an_office_named_in_the_read_words(facts):
    from iccwatch.service.question import read_as_words

    got = read(facts, "Must Hungary arrest the Israeli prime minister?")
    assert "'the Israeli prime minister' read as Benjamin Netanyahu" in read_as_words(got)
    assert "2022-12-29" in read_as_words(got)


# --- an office in German after the demonym, and 'former' in the other languages -----------------------------------------


@pytest.mark.parametrize(("text", "state", "person"), [
    ("Muss Polen den russischen Präsidenten festnehmen?", "POL", "vladimir-vladimirovich-putin"),
    ("Muss Polen den ehemaligen russischen Verteidigungsminister festnehmen?", "POL", "sergei-kuzhugetovich-shoigu"),
    ("Muss Polen den früheren philippinischen Präsidenten festnehmen?", "POL", "rodrigo-roa-duterte"),
    ("La Pologne doit-elle arrêter l'ancien président philippin ?", "POL", "rodrigo-roa-duterte"),
    ("La Polonia deve arrestare l'ex presidente filippino?", "POL", "rodrigo-roa-duterte"),
])
def test_an_office_in_other_words_is_read_after_or_before_the_demonym(facts, text, state, person):
    got = read(facts, text)
    assert (got["kind"], got["state"], got["person"]) == ("arrest", state, person)


def test_a_sitting_office_in_german_with_no_holder_today_is_refused_naming_the_former(facts):
    said = refused(facts, "Muss Polen den russischen Verteidigungsminister festnehmen?")
    assert "Sergei Kuzhugetovich Shoigu, who had left the office by then" in said


# --- a holiday two calendars keep on different days ----------------------------------------------------------------------


def test_christmas_asked_ahead_is_the_coming_season_on_both_days(facts):
    got = read(facts, "Must Poland arrest Netanyahu if he visits over Christmas?")  # asked on 2026-12-04
    assert (got["kind"], got["state"], got["on"]) == ("arrest", "POL", "2026-12-25")
    assert got["day_readings"] == ["2026-12-25", "2027-01-07"] and "Julian" in got["day_readings_words"]


def test_christmas_asked_of_the_past_is_the_last_season(facts):
    got = read(facts, "Was Poland a State Party over Christmas?")
    assert got["on"] == "2025-12-25" and got["day_readings"] == ["2025-12-25", "2026-01-07"]


def test_christmas_whose_two_days_differ_is_refused_offering_both(facts):
    """Hungary's withdrawal took effect on 2 June 2026: asked of Christmas 2025 both days agree, but an arrest the record
    answers differently on the two days is refused: Ukraine's ratification took effect on 1 January 2025, between
    25 December 2024 and 7 January 2025."""
    import datetime as dt

    with pytest.raises(QuestionError) as info:
        read_question(facts, "Was Ukraine a State Party over Christmas?", today=dt.date(2025, 1, 20))
    assert "2024-12-25" in str(info.value) and "2025-01-07" in str(info.value)
    assert info.value.asks == ["Was Ukraine a State Party on 25 December 2024?", "Was Ukraine a State Party on 7 January 2025?"]


def test_another_undated_occasion_is_still_refused(facts):
    assert "names a time the reading cannot date" in refused(facts, "Must Mongolia arrest Putin during the war?")
