"""Session 49 (law63), round 63's mends. Sentences of my own; asked on tests.law.reading.TODAY (2026-12-04).

1. Years written in words before 2000 ('nineteen ninety-nine', 'mille neuf cent quatre-vingt-dix-neuf', 'mil novecientos
   noventa y nueve', 'mil novecentos e noventa e nove', 'millenovecentonovantanove', 'neunzehnhundertneunundneunzig'),
   the French 70-99, and 'twenty twenty-four': they were read as no year (the day's year taken as this year's).
2. 'del' before a year ('el 3 de abril del 2025', 'il 3 aprile del 2025'): the year was dropped.
3. A supposed status ('if it had been a State Party', 's'il avait été partie', 'si hubiera sido parte'): it was
   answered on the record's status, another question; now refused pointing to --assume, as other suppositions.
4. 'Which States did not arrest X?' reads the Court's findings of non-compliance, as the French 'n'ont pas arrêté' did;
   it was read as X's travel map."""

from __future__ import annotations

import pytest
from tests.law.reading import PUTIN, read, read_fields, refused

BASHIR = "omar-hassan-ahmad-al-bashir"


# --- 1. years in words before 2000, the French 70-99, 'twenty twenty-four' ----------------------------------------------


@pytest.mark.parametrize(("text", "state", "day"), [
    ("Was Italy a State Party on the tenth of May nineteen ninety-nine?", "ITA", "1999-05-10"),
    ("Was Italy a State Party on 10 May nineteen hundred and ninety-nine?", "ITA", "1999-05-10"),
    ("L'Espagne était-elle partie au Statut le dix mai mille neuf cent quatre-vingt-dix-huit ?", "ESP", "1998-05-10"),
    ("L'Espagne était-elle partie le 10 mai mil neuf cent soixante-dix-sept ?", "ESP", "1977-05-10"),
    ("La Belgique était-elle partie le 10 mai mille neuf cent quatre-vingt-onze ?", "BEL", "1991-05-10"),
    ("La Suisse était-elle partie le 10 mai mille neuf cent nonante-neuf ?", "CHE", "1999-05-10"),
    ("La France était-elle partie le 10 mai mille neuf cent soixante et onze ?", "FRA", "1971-05-10"),
    ("La France était-elle partie le 10 mai mille neuf cent quatre-vingts ?", "FRA", "1980-05-10"),
    ("¿Era Italia Estado parte el diez de mayo de mil novecientos noventa y ocho?", "ITA", "1998-05-10"),
    ("A Itália era Estado Parte em dez de maio de mil novecentos e noventa e oito?", "ITA", "1998-05-10"),
    ("La Spagna era Stato parte il dieci maggio millenovecentonovantotto?", "ESP", "1998-05-10"),
    ("La Spagna era Stato parte il 10 maggio millenovecentottantotto?", "ESP", "1988-05-10"),
    ("War Italien am zehnten Mai neunzehnhundertachtundneunzig Vertragsstaat?", "ITA", "1998-05-10"),
    ("Was Italy a State Party on 10 May twenty twenty-four?", "ITA", "2024-05-10"),
    ("Was Italy a State Party on the tenth of May twenty-twenty?", "ITA", "2020-05-10"),
])
def test_a_year_in_words_before_2000_or_as_twenty_twenty(facts, text, state, day):
    kind, got_state, _, on = read_fields(facts, text)
    assert (kind, got_state, on) == ("obligations", state, day)


@pytest.mark.parametrize(("text", "day"), [
    ("Was Italy a State Party on 10 May 1999?", "1999-05-10"),  # contrast: a year in numbers
    ("La France était-elle partie le dix mai deux mille vingt-cinq ?", "2025-05-10"),  # contrast: session 48's words
])
def test_years_read_before_unchanged(facts, text, day):
    assert read_fields(facts, text)[3] == day


def test_twenty_three_alone_is_no_year(facts):
    """'twenty three' is 23, not 2003: after a bare 'twenty' only 10-99 opens a year; the count is left as it was."""
    said = read(facts, "Did twenty three States have to arrest Putin on 10 May 2025?")
    assert str(said.get("on")) != "2003-05-10"


# --- 2. 'del' before a year ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "¿Debía Italia detener a Putin el 10 de mayo del 2025?",
    "L'Italia doveva arrestare Putin il 10 maggio del 2025?",
    "¿Debía Italia detener a Putin el diez de mayo del dos mil veinticinco?",
    "¿Debía Italia detener a Putin el 10 de mayo de 2025?",  # contrast: 'de', read before
])
def test_del_before_a_year(facts, text):
    kind, state, person, on = read_fields(facts, text)
    assert (kind, state, person, on) == ("arrest", "ITA", PUTIN, "2025-05-10")


# --- 3. a supposed status -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Would Uzbekistan have had to arrest Putin on 10 May 2025 if it had been a State Party?",
    "If Uzbekistan were a party to the Rome Statute, would it have to arrest Putin?",
    "Suppose Uzbekistan had become a member of the ICC: would it have to arrest Putin?",
    "L'Ouzbékistan aurait-il dû arrêter Poutine le 10 mai 2025 s'il avait été partie au Statut ?",
    "¿Habría tenido Uzbekistán que detener a Putin si hubiera sido parte del Estatuto?",
    "Se l'Uzbekistan fosse stato parte dello Statuto, avrebbe dovuto arrestare Putin?",
    "O Uzbequistão teria de prender Putin se tivesse sido parte do Estatuto?",
    "Hätte Usbekistan Putin festnehmen müssen, wenn es Vertragsstaat gewesen wäre?",
])
def test_a_supposed_status_is_refused(facts, text):
    assert "--assume" in refused(facts, text)


@pytest.mark.parametrize(("text", "kind"), [
    ("If Putin travels to a State Party, would it have to arrest him?", "travel"),  # a supposed trip: answered
    ("Would Uzbekistan have had to arrest Putin on 10 May 2025?", "arrest"),
    ("Was Uzbekistan a State Party on 10 May 2025?", "obligations"),
])
def test_no_supposed_status_is_answered(facts, text, kind):
    assert read(facts, text)["kind"] == kind


# --- 4. 'did not arrest' ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "person"), [
    ("Which States did not arrest Putin although they had to?", PUTIN),
    ("Which countries didn't arrest al-Bashir?", BASHIR),
    ("What States never surrendered al-Bashir?", BASHIR),
])
def test_which_states_did_not_arrest(facts, text, person):
    got = read(facts, text)
    assert (got["kind"], got.get("list_of"), got.get("person")) == ("states", "non_compliance", person)


def test_which_states_did_putin_visit_is_unchanged(facts):
    got = read(facts, "Which States did Putin visit?")
    assert (got["kind"], got.get("asks")) == ("record", "trips")


# --- 5. two States joined by 'et l'' ('La France et l'Italie') ------------------------------------------------------------


@pytest.mark.parametrize(("text", "states"), [
    ("La Belgique et l'Irlande doivent-elles arrêter Poutine ?", ["BEL", "IRL"]),
    ("Il Belgio e l'Irlanda devono arrestare Putin?", ["BEL", "IRL"]),
    ("La Belgique et la Suisse doivent-elles arrêter Poutine ?", ["BEL", "CHE"]),  # contrast: an article, read before
])
def test_two_states_joined_by_an_elided_article(facts, text, states):
    got = read(facts, text)
    assert got["kind"] == "each" and [r["state"] for r in got["each"]] == states


def test_two_states_named_apart_still_refused(facts):
    assert "several States" in refused(facts, "La Belgique doit-elle arrêter Poutine en Irlande ?")


# --- 6. the responses to a finding named by its year after a verb of reacting ------------------------------------------


@pytest.mark.parametrize("text", [
    "L'Assemblée des États parties a-t-elle réagi à la constatation concernant le Tchad en 2013 ?",
    "Has the Security Council responded to the Court's finding on Chad in 2013?",
    "¿Reaccionó el Consejo de Seguridad a la constatación sobre Chad de 2013?",
    "A Assembleia reagiu à constatação sobre o Chade de 2013?",
])
def test_responses_to_a_finding_of_a_year_run_to_the_day_asked(facts, text):
    got = read(facts, text)
    assert (got["kind"], got["state"], got.get("asks"), got["on"]) == ("obligations", "TCD", "responses", "2026-12-04")


def test_responses_in_a_year_stay_that_year(facts):
    got = read(facts, "How did the Security Council respond in 2013 to the finding on Chad?")
    assert (got.get("asks"), got["on"]) == ("responses", "2013-12-31")


# --- 7. which crimes a warrant is for; a refusal of a record question is not read again as a misspelling ---------------


@pytest.mark.parametrize("text", [
    "Did the Court issue a warrant for Netanyahu for genocide?",
    "La CPI a-t-elle délivré un mandat d'arrêt contre Netanyahou pour génocide ?",
    "¿Existe una orden de arresto contra Netanyahu por genocidio?",
    "Esiste un mandato di arresto per Netanyahu per genocidio?",
    "Gibt es einen Haftbefehl gegen Netanjahu wegen Völkermordes?",
    "What charges does Netanyahu face?",
])
def test_which_crimes_a_warrant_is_for_is_refused(facts, text):
    said = refused(facts, text)
    assert "which crimes a person's warrant is for" in said and "iccwatch person NAME --json" in said


@pytest.mark.parametrize(("text", "kind"), [
    ("Must Poland arrest Netanyahu under his warrant for war crimes?", "arrest"),
    ("Must Poland arrest Netanyahu?", "arrest"),
])
def test_a_duty_under_a_warrant_is_answered(facts, text, kind):
    assert read(facts, text)["kind"] == kind


def test_a_misspelling_is_still_repaired_where_no_record_question_is_refused(facts):
    got = read(facts, "Must Poland arest Netanyahu?")
    assert got["kind"] == "arrest" and got.get("spelt")


# --- 8. how many times a person visited a State ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "How many times has Putin visited China?",
    "Combien de fois Poutine est-il allé en Chine ?",
    "¿Cuántas veces viajó Putin a China?",
    "Quantas vezes Putin visitou a China?",
    "Quante volte Putin ha visitato la Cina?",
    "Wie oft ist Putin nach China gereist?",
])
def test_how_many_times_a_person_visited_is_counted(facts, text):
    """Refused here in session 49's first wave; counted from the record's events since law64 (test_question_round64)."""
    got = read(facts, text)
    assert (got["kind"], got["asks"], got["state"]) == ("record", "visits", "CHN")


@pytest.mark.parametrize(("text", "asks"), [
    ("Which States has Putin visited since his warrant?", "trips"),
    ("How many times has the Court found Chad in non-compliance?", "referrals"),
])
def test_other_counts_unchanged(facts, text, asks):
    assert read(facts, text).get("asks") == asks
