"""The round-38 fixes (tests/law/audit/round38.yaml), each with sentences of my own and contrasts that must not be read
the new way: words of Art. 93 assistance (evidence, assets, freezing) in French, Spanish, German, Portuguese and Italian,
and 'must' with 'freeze' in English, are read as the State's duties, not an arrest of the person named; a State with a
situation right after a word saying what a thing is about ('about Ukraine', 'sobre Ucrania') names the situation; a
question asking for a count or a list of States was refused naming its words and pointing to the list of States (since
session 33 it is answered: tests/law/test_question_round40.py)."""

from __future__ import annotations

import json

import pytest
from tests.law.reading import PUTIN, TODAY, read_fields

from iccwatch.service.question import QuestionError, read_question

ELMASRY, KONY = "osama-elmasry-njeem", "joseph-kony"


@pytest.mark.parametrize(("text", "state"), [
    ("La France doit-elle fournir des preuves à la Cour ?", "FRA"),
    ("L'Espagne doit-elle geler les avoirs de Kony ?", "ESP"),
    ("¿Debe Italia congelar los bienes de Almasri?", "ITA"),
    ("¿Tiene Francia que proporcionar pruebas a la CPI?", "FRA"),
    ("Muss Deutschland die Vermögenswerte von Kony einfrieren?", "DEU"),
    ("Muss Österreich dem IStGH Beweismittel übermitteln?", "AUT"),
    ("O Brasil deve fornecer provas ao TPI?", "BRA"),
    ("A Espanha tem de congelar os bens de Kony?", "ESP"),
    ("La Francia deve fornire prove alla Corte?", "FRA"),
    ("La Germania deve sequestrare i beni di Almasri?", "DEU"),
    # English: 'must' with a word of the duty (was refused as asking nothing of the law)
    ("Must Spain freeze Kony's assets?", "ESP"),
    ("Must France seize Almasri's bank accounts?", "FRA"),
])
def test_assistance_in_other_languages_is_the_states_duties(facts, text, state):
    assert read_fields(facts, text) == ("obligations", state, None, TODAY.isoformat())


@pytest.mark.parametrize(("text", "state", "person"), [
    # contrasts: an arrest or a surrender asked, with the same verbs ('remettre', 'entregar', 'consegnare') and no thing
    # of assistance after them
    ("L'Espagne doit-elle remettre Kony à la Cour ?", "ESP", KONY),
    ("¿Debe Italia entregar a Almasri a la CPI?", "ITA", ELMASRY),
    ("L'Italia deve consegnare Almasri alla Corte?", "ITA", ELMASRY),
    ("O Brasil deve entregar Putin ao TPI?", "BRA", PUTIN),
    ("Muss Deutschland Putin festnehmen?", "DEU", PUTIN),
    ("Must Spain arrest Kony?", "ESP", KONY),
])
def test_an_arrest_in_the_same_words_stays_an_arrest(facts, text, state, person):
    assert read_fields(facts, text) == ("arrest", state, person, TODAY.isoformat())


@pytest.mark.parametrize("text", [
    "Must France share evidence with the ICC about Ukraine?",
    "Must France share evidence with the ICC concerning Ukraine?",
    "¿Debe Francia proporcionar pruebas a la CPI sobre Ucrania?",
    "Muss Frankreich dem IStGH Beweismittel über die Ukraine übermitteln?",
])
def test_a_state_after_a_word_of_topic_names_the_situation(facts, text):
    assert read_fields(facts, text)[:2] == ("obligations", "FRA")


def test_two_states_asked_about_are_still_refused(facts):
    """Contrast: two States neither of which is named as what a thing is about, named apart (round 51 asks two named
    together, 'Must France and Spain share evidence with the ICC?', each apart)."""
    with pytest.raises(QuestionError, match="several States"):
        read_question(facts, "Must France share evidence with the ICC in Madrid?", today=TODAY)


@pytest.mark.parametrize(("text", "words"), [
    ("How many countries are States Parties to the Rome Statute?", "How many countries"),
    ("How many States have ratified the Statute?", "How many States"),
    ("Which countries have ratified the Rome Statute?", "Which countries have ratified"),
    ("Which States have already left the ICC?", "Which States have already left"),
    ("Combien d'États sont parties au Statut de Rome ?", "Combien d'États"),
    ("¿Cuántos países han ratificado el Estatuto de Roma?", "Cuántos países"),
    ("Wie viele Vertragsstaaten hat der IStGH?", "Wie viele Vertragsstaaten"),
    ("Quantos Estados saíram do TPI?", "Quantos Estados"),
    ("Quali Stati hanno lasciato la Corte?", "Quali Stati hanno"),
])
def test_a_count_or_a_list_of_states_is_read_as_one(facts, text, words):
    """Round 38 refused these naming their words; session 33 (round 40) answers them as the list they ask for
    (tests/law/test_question_round40.py): read as a count or list, never as one State's duty."""
    read = read_question(facts, text, today=TODAY)
    assert read["kind"] == "states" and read["state"] is None and read["count"] == len(read["states_listed"])
    assert read["asks"] == ("count" if words.split()[0].lower() in ("how", "combien", "cuántos", "wie", "quantos") else "list")


@pytest.mark.parametrize(("text", "kind", "state"), [
    # contrasts: one State's relation, the States bound to arrest a person, how many days from a visit: not refused
    ("Is Hungary still a State Party?", "obligations", "HUN"),
    ("Has Burundi withdrawn from the Rome Statute?", "obligations", "BDI"),
    ("Which States would have to arrest Putin?", "travel", None),
])
def test_one_states_relation_or_a_persons_map_is_not_a_list_question(facts, text, kind, state):
    kind_read, state_read, _, _ = read_fields(facts, text)
    assert (kind_read, state_read) == (kind, state)


def test_the_command_answers_a_list_question_and_assistance_as_duties(db_url):
    """Through the command line: the list question answered with its count (round 38 refused it; session 33 answers
    it); the assistance question in Italian answered as Italy's duties, not an arrest."""
    from typer.testing import CliRunner

    from iccwatch.cli import app

    runner = CliRunner()
    listed = runner.invoke(app, ["ask", "question", "How many States Parties are there today?", "--today", "2026-12-04",
                                 "--db", db_url])
    said = " ".join(listed.stdout.split())
    assert listed.exit_code == 0 and said.startswith("124 States were States Parties")
    duties = runner.invoke(app, ["ask", "question", "L'Italia deve congelare i beni di Almasri?", "--today", "2026-12-04",
                                 "--json", "--db", db_url])
    assert duties.exit_code == 0, duties.stdout
    d = json.loads(duties.stdout)
    assert d["status"]["status"] == "party" and "person" not in d
