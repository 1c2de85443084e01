"""The round-40 fixes (tests/law/audit/round40.yaml), each with sentences of my own and contrasts that must not be read
the new way: a count or a list of States (round 38 refused them) is answered from the record's relations on the day
asked, or the Court's findings of non-compliance in a person's case, each State with its sources, with the coverage
notice; what the record cannot count is refused naming its words; a period over which the count changes is refused
naming its days and counts; a lower-case city right after a place word in a question with capitals is read as its
State; a French elided article in a question all in lower case ("l'allemagne") is read as before a capital."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from tests.law.reading import PUTIN, TODAY, read_fields

from iccwatch.service.question import QuestionError, read_question

BASHIR = "omar-hassan-ahmad-al-bashir"


def _listed(facts, text: str, today: dt.date = TODAY) -> dict:
    read = read_question(facts, text, today=today)
    assert read["kind"] == "states", read
    return read


@pytest.mark.parametrize(("text", "list_of"), [
    ("How many countries are members of the ICC?", "parties"),
    ("Which countries are parties to the Rome Statute?", "parties"),
    ("Combien d'États sont parties au Statut de Rome ?", "parties"),
    ("Wie viele Vertragsstaaten hat der IStGH?", "parties"),
    ("Which nations have quit the Court?", "former_parties"),
    ("Quantos Estados saíram do TPI?", "former_parties"),
    ("Quali Stati hanno lasciato la Corte?", "former_parties"),
    ("¿Cuántos países han ratificado el Estatuto de Roma?", "ratified"),
    ("Which countries have acceded to the Statute?", "ratified"),
    ("Which countries failed to surrender Putin?", "non_compliance"),
])
def test_a_count_or_a_list_reads_the_list_its_words_ask_for(facts, text, list_of):
    read = _listed(facts, text)
    assert read["list_of"] == list_of and read["count"] == len(read["states_listed"]) and read["in_words"]


def test_the_lists_are_the_relations_on_the_day_asked(facts):
    """The parties on a day are those whose status is party or party_withdrawal_pending, as the list of States gives
    them; former parties are those whose withdrawal took effect; each State carries the sources of its relation."""
    from iccwatch.service.states import states_list

    day = dt.date(2016, 11, 1)  # Burundi's and South Africa's withdrawals notified, not yet in effect
    read = _listed(facts, "How many States Parties were there on 1 November 2016?")
    expected = [r["iso3"] for r in states_list(facts, day, party=True)]
    assert read["on"] == "2016-11-01" and [r["iso3"] for r in read["states_listed"]] == expected
    assert {"BDI", "ZAF"} <= {r["iso3"] for r in read["states_listed"] if r["status"] == "party_withdrawal_pending"}
    assert all(r["sources"] for r in read["states_listed"])
    former = _listed(facts, "Which States had withdrawn from the Statute on 1 November 2016?")
    assert former["count"] == 0 and former["states_listed"] == []  # contrast: none in effect that day


def test_sources_are_primary_first(facts):
    read = _listed(facts, "Which States have left the ICC?")
    for row in read["states_listed"]:
        kinds = [s["kind"] for s in row["sources"]]
        assert kinds == sorted(kinds, key=lambda k: k != "primary")


def test_the_coverage_notice_only_after_the_record_was_checked(facts):
    # a day after every kind's checked_through (the record's date moves as it is searched further; 2027 is after it)
    assert _listed(facts, "How many States are parties to the Statute on 1 January 2027?")["coverage_notice"]
    assert not _listed(facts, "How many States were parties on 1 January 2020?")["coverage_notice"]
    # asked on a day after the record's date, "today" carries the notice
    assert _listed(facts, "How many States are parties to the Statute today?", today=dt.date(2027, 1, 1))["coverage_notice"]


def test_the_courts_findings_are_counted_by_state_for_the_person_named(facts):
    read = _listed(facts, "Which States failed to arrest al-Bashir by 1 January 2012?")
    assert read["person"] == BASHIR and read["on"] == "2012-01-01"
    assert sorted(r["iso3"] for r in read["states_listed"]) == ["MWI", "TCD"]  # the findings of December 2011
    chad = next(r for r in read["states_listed"] if r["iso3"] == "TCD")
    assert [f["date"] for f in chad["findings"]] == ["2011-12-13"] and chad["findings"][0]["sources"]
    later = _listed(facts, "Which States failed to arrest al-Bashir?")
    assert len(next(r for r in later["states_listed"] if r["iso3"] == "TCD")["findings"]) == 2  # 2011 and 2013
    # contrast: a finding about other assistance (Kenya's records, 2016) is no failure to arrest
    assert "KEN" not in {r["iso3"] for r in _listed(facts, "Which States failed to comply with the Court?")["states_listed"]}


def test_two_persons_in_a_findings_list_are_refused(facts):
    with pytest.raises(QuestionError, match="several persons"):
        read_question(facts, "Which States failed to arrest Putin and Netanyahu?", today=TODAY)


@pytest.mark.parametrize(("text", "words"), [
    ("How many States have ratified the Kampala amendments?", "Kampala"),
    ("Which countries ratified the amendments on aggression?", "aggression"),
    # round 45 answers 'How many arrest warrants are outstanding?' (the persons with a warrant outstanding on the day,
    # counted by person): tests/law/test_question_round45.py
    ("Combien de mandats d'arrêt la Cour a-t-elle délivrés ?", "mandats"),
    ("How many signatories does the Rome Statute have?", "signatories"),
    ("Which States signed the Statute?", "signed"),
])
def test_what_the_record_cannot_count_is_refused_naming_its_words(facts, text, words):
    with pytest.raises(QuestionError) as info:
        read_question(facts, text, today=TODAY)
    assert f"'{words}'" in str(info.value) and "cannot give" in str(info.value)


def test_a_list_naming_no_list_is_still_refused_pointing_to_the_states(facts):
    with pytest.raises(QuestionError) as info:
        read_question(facts, "How many nations are there?", today=TODAY)
    assert "iccwatch states" in str(info.value)


def test_a_period_over_which_the_count_changes_is_answered_with_the_change(facts):
    """Round 40 refused it naming the days and counts; round 41 states the change (tests/law/test_question_round41.py)."""
    read = _listed(facts, "How many States Parties were there in 2024?")  # Armenia from 2024-02-01
    assert [(c["iso3"], c["on"], c["change"]) for c in read["list_changes"]] == [("ARM", "2024-02-01", "joined")]
    assert all(w in read["in_words"] for w in ("2024-01-01", "2024-12-31", "Armenia")) and not read["period_whole"]
    # contrast: a year over which the list is the same is answered as its first day
    read = _listed(facts, "How many States Parties were there in 2021?")
    assert (read["on"], read["period"], read["period_whole"]) == ("2021-01-01", "2021-01-01/2021-12-31", True)


@pytest.mark.parametrize(("text", "kind", "state"), [
    # contrasts: one State's relation or duty, a person's map: not a list question
    ("Has Hungary withdrawn from the ICC?", "obligations", "HUN"),
    ("Which States would have to arrest Putin?", "travel", None),
    ("Did Mongolia fail to arrest Putin on 3 September 2024?", "arrest", "MNG"),
])
def test_one_states_question_is_not_a_list(facts, text, kind, state):
    assert read_fields(facts, text)[:2] == (kind, state)


@pytest.mark.parametrize(("text", "state"), [
    ("Must Spain arrest Putin in madrid on 1 March 2027?", "ESP"),
    ("Poutine doit-il être arrêté à rome le 1er mars 2027 ?", "ITA"),
    ("Would Netanyahu be arrested at vienna on 1 March 2027?", "AUT"),
])
def test_a_lower_case_city_after_a_place_word_is_read(facts, text, state):
    assert read_fields(facts, text)[:2] == ("arrest", state)


def test_a_lower_case_word_after_a_place_word_that_is_no_city_is_not_a_state(facts):
    """Contrast: 'in force' names no place; the question stays the person's map."""
    assert read_fields(facts, "Is the warrant for Putin in force on 1 March 2027?")[:2] == ("travel", None)


@pytest.mark.parametrize(("text", "state"), [
    ("l'espagne doit-elle arrêter poutine ?", "ESP"),
    ("l'italie doit-elle arrêter poutine ?", "ITA"),
])
def test_an_elided_article_in_lower_case_is_read_as_before_a_capital(facts, text, state):
    assert read_fields(facts, text) == ("arrest", state, PUTIN, TODAY.isoformat())


def test_the_command_and_the_api_give_the_same_list(db_url, client):
    """Through the command line (--json) and /api/v1/question: the same count, list and notice."""
    from typer.testing import CliRunner

    from iccwatch.cli import app

    text = "Combien d'États ont quitté la CPI ?"
    out = CliRunner().invoke(app, ["ask", "question", text, "--today", "2026-12-04", "--json", "--db", db_url])
    assert out.exit_code == 0, out.stdout
    cli = json.loads(out.stdout)
    api = client.get("/api/v1/question", params={"q": text, "today": "2026-12-04"}).json()
    assert cli["count"] == api["count"] == 3
    assert cli["states_listed"] == api["states_listed"] and cli["coverage_notice"] == api["coverage_notice"]
    assert api["answer_url"] == "/api/v1/state-lists/former_parties?on=2026-12-04"  # its own address (session 33)
    plain = CliRunner().invoke(app, ["ask", "question", text, "--today", "2026-12-04", "--db", db_url])
    assert plain.exit_code == 0 and "Burundi" in plain.stdout and "former_party since 2017-10-27" in plain.stdout


def test_the_web_page_sends_a_list_question_to_the_list(client):
    """The ask page's question field: a count or list question goes to the list's own page on the day (session 33; it
    went to the map's table of every State's relation that day, or to the Court's decisions about the person), not to
    an error."""
    r = client.get("/ask", params={"question": "How many States were parties on 1 January 2020?"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/ask/list?list_of=parties&on=2020-01-01#result"
    r = client.get("/ask", params={"question": "Which States failed to arrest Putin?"}, follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"].startswith("/ask/list?list_of=non_compliance&person=vladimir-vladimirovich-putin&on=")
