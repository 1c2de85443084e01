"""(Session 32, law39) The question reader's leftovers: a city after the place word of French, Spanish, Italian, Portuguese
or German ('à Bruxelles', 'en Madrid', 'a Roma', 'em Lisboa', 'in Berlin') is read as that city's State, as the English
'in Brussels' is, and a capitalised place after such a word that is not read is said in the read (``places_not_read``),
never silently dropped; a question asking who arrested or surrendered the person 'in' a State names where he was taken:
it is answered by the record's custody events of that State, not as that State's duty to arrest. Sentences of my own,
each with a contrast."""

from __future__ import annotations

import pytest
from tests.law.reading import NETANYAHU, PUTIN, TODAY, read_fields

from iccwatch.service.question import read_question

DUTERTE = "rodrigo-roa-duterte"


@pytest.mark.parametrize(("text", "state", "person"), [
    ("Poutine doit-il être arrêté à Bruxelles ?", "BEL", PUTIN),
    ("Netanyahu doit-il être arrêté à Paris ?", "FRA", NETANYAHU),
    ("¿Debe ser detenido Netanyahu en Madrid?", "ESP", NETANYAHU),
    ("Putin deve essere arrestato a Milano?", "ITA", PUTIN),
    ("Netanyahu deve ser preso em Lisboa?", "PRT", NETANYAHU),
    ("Muss Putin in Berlin festgenommen werden?", "DEU", PUTIN),
])
def test_a_city_after_another_languages_place_word_is_its_state(facts, text, state, person):
    assert read_fields(facts, text)[:3] == ("arrest", state, person)


@pytest.mark.parametrize(("text", "not_read"), [
    # contrasts: a capitalised place after the place word that the record holds in no language is not read, and said
    ("Poutine doit-il être arrêté à Springfield ?", ["Springfield"]),
    ("¿Debe España detener a Netanyahu en Springfield?", ["Springfield"]),
    # 'Roma', which the record does not read as Rome (the Rome Statute's name, a people's name), is said, not dropped
    ("Putin deve essere arrestato a Roma?", ["Roma"]),
    # a city the record holds is read, and nothing is said
    ("¿Debe España detener a Netanyahu en Madrid?", []),
    ("Poutine doit-il être arrêté à Bruxelles ?", []),
])
def test_a_place_not_read_is_said(facts, text, not_read):
    assert read_question(facts, text, today=TODAY)["places_not_read"] == not_read


def test_a_person_after_the_spanish_a_is_no_place(facts):
    # contrast: 'a' before a person (the Spanish personal 'a') reads the person, and says no place
    read = read_question(facts, "¿Debe España detener a Netanyahu?", today=TODAY)
    assert (read["kind"], read["state"], read["person"], read["places_not_read"]) == ("arrest", "ESP", NETANYAHU, [])


@pytest.mark.parametrize(("text", "where", "states"), [
    ("Who arrested Duterte in the Philippines?", "PHL", ["PHL"]),
    ("Who surrendered Duterte in the Netherlands?", "NLD", []),
    ("Who arrested Putin in Mongolia?", "MNG", []),
    ("Qui a arrêté Duterte aux Philippines ?", "PHL", ["PHL"]),
])
def test_who_arrested_him_in_a_state_is_that_states_custody_events(facts, text, where, states):
    read = read_question(facts, text, today=TODAY)
    assert (read["kind"], read["asks"], read["state"], read["custody_state"]) == ("travel", "custody", None, where)
    assert [c["state"] for c in read["custody"]] == states


@pytest.mark.parametrize(("text", "kind", "state"), [
    # contrasts: a State asked of its duty, in the same words of arrest but no who-did opening
    ("Must the Philippines arrest Duterte?", "arrest", "PHL"),
    ("Did the Philippines have to arrest Duterte in March 2025?", "arrest", "PHL"),
])
def test_a_states_duty_is_still_its_duty(facts, text, kind, state):
    read = read_question(facts, text, today=TODAY)
    assert (read["kind"], read["state"], read["asks"], read["custody_state"]) == (kind, state, None, None)


def test_who_arrested_him_with_no_state_lists_every_state(facts):
    # contrast: no State named in the who-did sentence: every State's custody events
    read = read_question(facts, "Who arrested Duterte?", today=TODAY)
    assert (read["custody_state"], [c["state"] for c in read["custody"]]) == (None, ["PHL"])


def test_the_command_answers_one_states_custody_and_says_a_place_not_read(db_url):
    from typer.testing import CliRunner

    from iccwatch.cli import app

    runner = CliRunner()
    none = runner.invoke(app, ["ask", "question", "Who arrested Putin in Mongolia?", "--today", "2026-12-04", "--db", db_url])
    assert none.exit_code == 0, none.output
    assert "The record holds no arrest or surrender of Vladimir Vladimirovich Putin by Mongolia (MNG)" in " ".join(
        none.stdout.split())
    unread = runner.invoke(app, ["ask", "question", "Poutine doit-il être arrêté à Springfield ?", "--today", "2026-12-04",
                                 "--db", db_url])
    assert unread.exit_code == 0 and "Not read as a place" in unread.output and "'Springfield'" in unread.output
    read = runner.invoke(app, ["ask", "question", "Poutine doit-il être arrêté à Bruxelles ?", "--today", "2026-12-04",
                               "--db", db_url])
    assert read.exit_code == 0 and "Not read as a place" not in read.output


def _findings(facts, state):
    return [d.id for d in sorted(facts.records.decisions.values(), key=lambda d: d.id)
            if d.finding == "non_compliance" and d.state == state]


@pytest.mark.parametrize(("text", "state", "forum"), [
    ("What sanctions did the Assembly impose on Mongolia?", "MNG", "ASP"),
    ("What measures has the Assembly of States Parties taken against Mongolia?", "MNG", "ASP"),
    ("What action did the Security Council take against Mongolia?", "MNG", "UNSC"),
    ("What sanctions did the Assembly impose on France?", "FRA", "ASP"),
])
def test_a_forums_response_is_read_from_the_record_not_the_states_duties(facts, text, state, forum):
    read = read_question(facts, text, today=TODAY)
    assert (read["asks"], read["state"], read["forum"]) == ("responses", state, forum)
    # each of the State's findings of non-compliance, with the responses of the forum named that the record ties to it
    assert [f["finding"] for f in read["responses"]] == _findings(facts, state)
    for f in read["responses"]:
        assert all(r["body"] == forum for r in f["responses"])
        assert {r["id"] for r in f["responses"]} == {r.id for r in facts.records.responses.values()
                                                     if r.body == forum and f["finding"] in r.about_decisions()}


@pytest.mark.parametrize("text", [
    # contrasts: a State's own duties, and a question of the Assembly's that asks no response to a State
    "What must Mongolia do to cooperate with the Court?",
    "What sanctions must Mongolia impose?",
])
def test_a_states_duties_are_no_forums_response(facts, text):
    assert read_question(facts, text, today=TODAY)["asks"] is None


def test_the_command_answers_a_forums_response_from_the_record(db_url, facts):
    import json

    from typer.testing import CliRunner

    from iccwatch.cli import app

    runner = CliRunner()
    done = runner.invoke(app, ["ask", "question", "What sanctions did the Assembly impose on Mongolia?", "--today",
                               "2026-12-04", "--json", "--db", db_url])
    assert done.exit_code == 0, done.output
    d = json.loads(done.stdout)
    assert (d["state"], d["forum"], [f["finding"] for f in d["findings"]]) == ("MNG", "ASP", _findings(facts, "MNG"))
    none = runner.invoke(app, ["ask", "question", "What sanctions did the Assembly impose on France?", "--today",
                               "2026-12-04", "--db", db_url])
    assert none.exit_code == 0 and "The record holds no finding of non-compliance against France" in " ".join(none.stdout.split())
