"""The round-56 fixes (tests/law/audit/round56.yaml), each with sentences of my own and contrasts that must not be read
the new way."""

from __future__ import annotations

import pytest
from tests.law.reading import TODAY, read

from iccwatch.service.question import QuestionError, read_question

SHOIGU, GALLANT, PUTIN = "sergei-kuzhugetovich-shoigu", "yoav-gallant", "vladimir-vladimirovich-putin"

# --- a holiday two calendars keep, named with its year: that year's season on both days (round 55's leftover) -----------


@pytest.mark.parametrize(("text", "state", "days"), [
    ("Was Poland a State Party over Christmas 2024?", "POL", ["2024-12-25", "2025-01-07"]),
    ("Did Poland have to arrest Putin at Christmas of 2023?", "POL", ["2023-12-25", "2024-01-07"]),
    ("La Pologne devait-elle arrêter Poutine à Noël 2024 ?", "POL", ["2024-12-25", "2025-01-07"]),
    ("¿Debía Polonia detener a Putin en Navidad de 2023?", "POL", ["2023-12-25", "2024-01-07"]),
    ("O Brasil devia prender Putin no Natal de 2024?", "BRA", ["2024-12-25", "2025-01-07"]),
    ("La Polonia doveva arrestare Putin a Natale 2024?", "POL", ["2024-12-25", "2025-01-07"]),
    ("Musste Polen Putin zu Weihnachten 2023 festnehmen?", "POL", ["2023-12-25", "2024-01-07"]),
    # a year ahead, asked in the present
    ("Must Poland arrest Putin over Christmas 2027?", "POL", ["2027-12-25", "2028-01-07"]),
])
def test_a_holiday_with_its_year_is_that_years_season(facts, text, state, days):
    got = read(facts, text)
    assert (got["state"], got["on"], got["day_readings"]) == (state, days[0], days)


def test_a_holiday_with_its_year_whose_two_days_differ_is_refused_offering_both(facts):
    """Ukraine's ratification took effect on 1 January 2025, between the two days of Christmas 2024."""
    with pytest.raises(QuestionError) as info:
        read(facts, "Was Ukraine a State Party over Christmas 2024?")
    assert info.value.asks == ["Was Ukraine a State Party on 25 December 2024?", "Was Ukraine a State Party on 7 January 2025?"]


@pytest.mark.parametrize("text", [
    "Was Poland a State Party in 2024?",  # a bare year: the whole year, as before
    "Must Brazil arrest Putin if he visits Natal in 2027?",  # the Brazilian city, no preposition of time before it
    "Must Brazil arrest Putin in Natal 2027?",  # 'in' is no preposition of a holiday in English
])
def test_a_year_without_a_holiday_of_its_own_is_no_season(facts, text):
    try:
        got = read(facts, text)
    except QuestionError as exc:
        assert "Julian" not in str(exc)
        return
    assert not got.get("day_readings")


# --- an office written in several words with the demonym after or inside them (round 55's leftover) ---------------------


@pytest.mark.parametrize(("text", "state", "person"), [
    ("La Pologne doit-elle arrêter l'ancien ministre russe de la défense ?", "POL", SHOIGU),
    ("La Pologne doit-elle arrêter l'ancien ministre de la défense israélien ?", "POL", GALLANT),
    ("¿Debe Polonia detener al antiguo ministro ruso de Defensa?", "POL", SHOIGU),
    ("¿Debe Polonia detener al antiguo ministro de defensa israelí?", "POL", GALLANT),
    ("La Polonia deve arrestare l'ex ministro russo della difesa?", "POL", SHOIGU),
    ("O Brasil deve prender o antigo ministro russo da defesa?", "BRA", SHOIGU),
    # 'former' written on the office's first word
    ("¿Debe Polonia detener al exministro ruso de Defensa?", "POL", SHOIGU),
    ("La Pologne doit-elle arrêter l'ex-ministre russe de la défense ?", "POL", SHOIGU),
])
def test_a_minister_by_portfolio_in_several_words_is_read_around_the_demonym(facts, text, state, person):
    got = read(facts, text)
    assert (got["kind"], got["state"], got["person"]) == ("arrest", state, person)


@pytest.mark.parametrize(("text", "person"), [
    ("La Pologne doit-elle arrêter le président russe ?", PUTIN),  # an office of one word, before the demonym (round 41)
    ("Il Brasile deve arrestare il presidente russo?", PUTIN),
])
def test_an_office_of_one_word_is_read_as_before(facts, text, person):
    assert read(facts, text)["person"] == person


def test_a_word_beginning_with_ex_that_is_no_office_reads_no_one(facts):
    try:
        got = read(facts, "La Pologne doit-elle arrêter l'expert russe de la défense ?")
    except QuestionError:
        return
    assert got.get("person") is None


def test_a_capitalised_russo_is_no_demonym(facts):
    """'russo' is read in a question only in lower case after its noun: 'Russo' is a surname."""
    try:
        got = read(facts, "Il Brasile deve arrestare il signor Russo?")
    except QuestionError:
        return
    assert got["state"] != "RUS" and got.get("person") is None


# --- an office no one holds on the day: the refusal offers the question asked of each person it could be -----------------


@pytest.mark.parametrize(("text", "asks"), [
    ("Must Poland arrest the Israeli defence minister?", ["Must Poland arrest Yoav Gallant?"]),
    ("Muss Polen den russischen Verteidigungsminister festnehmen?", ["Muss Polen Sergei Kuzhugetovich Shoigu festnehmen?"]),
    ("La Pologne doit-elle arrêter le ministre russe de la défense ?",
     ["La Pologne doit-elle arrêter Sergei Kuzhugetovich Shoigu ?"]),
    ("Must Poland surrender the former Libyan intelligence chief?", ["Must Poland surrender Abdullah Al-Senussi?"]),
])
def test_an_unheld_office_is_refused_offering_the_question_by_name(facts, text, asks):
    with pytest.raises(QuestionError) as info:
        read(facts, text)
    assert info.value.asks == asks and all(f"'{a}'" in str(info.value) for a in asks)
    for ask in asks:  # each question offered reads as asked
        read_question(facts, ask, today=TODAY)


def test_an_office_no_recorded_title_holds_offers_no_name(facts):
    with pytest.raises(QuestionError) as info:
        read(facts, "Must Poland arrest the Russian weather chief?")
    assert info.value.asks == []


# --- the enforcement gap asked in Portuguese, Italian and German --------------------------------------------------------


@pytest.mark.parametrize(("text", "forum"), [
    ("Quais remessas ao Conselho de Segurança não tiveram resposta?", "UNSC"),
    ("Que constatações ficaram sem nenhuma reação?", None),
    ("Quali deferimenti all'Assemblea degli Stati parte sono rimasti senza risposta?", "ASP"),
    ("Quali accertamenti non hanno avuto alcuna reazione?", None),
    ("Welche Verweisungen an den Sicherheitsrat blieben ohne Reaktion?", "UNSC"),
    ("Welche Feststellungen bekamen keine Antwort?", None),
])
def test_the_enforcement_gap_in_three_more_languages(facts, text, forum):
    got = read(facts, text)
    assert (got["kind"], got["asks"], got.get("forum"), got["stage"]) == ("record", "gaps", forum, "no_response_recorded")


@pytest.mark.parametrize("text", [
    "Muss Ungarn Netanjahu ohne Antwort festnehmen?",  # no referral, finding or failure named before 'ohne'
    "O Brasil deve prender Putin sem resposta?",
])
def test_no_response_without_a_referral_or_finding_is_no_gap_question(facts, text):
    try:
        got = read(facts, text)
    except QuestionError:
        return
    assert got["kind"] != "record"
