"""Session 47 (law61): a person's visits compared by a Security Council referral ('Which States visited by al-Bashir
were bound by the Darfur referral?'), answered from each visit's host's duty on the day as the law engine gives it:
the visits whose duty rests on the referral's resolution are kept, the others said apart (a State Party bound by the
Statute itself, a host with no duty, a day not known to the day). Sentences of my own; asked on tests.law.reading.TODAY
(2026-12-04)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.law.reading import NETANYAHU, PUTIN, read

from iccwatch.service.ask import ask_arrest

BASHIR = "omar-hassan-ahmad-al-bashir"
ELHISHRI = "khaled-mohamed-ali-el-hishri"  # Libya situation (res. 1970), one recorded visit
SAIF = "saif-al-islam-gaddafi"  # Libya situation, no recorded trip


@pytest.mark.parametrize("text", [
    "Which of the States al-Bashir visited were bound by the Darfur referral on the day?",
    "Parmi les États où s'est rendu el-Béchir, lesquels étaient liés par la saisine du Conseil sur le Darfour ?",
    "¿Qué Estados visitados por al-Bashir estaban obligados por la remisión del Consejo de Seguridad?",
    "Quais Estados visitados por al-Bashir estavam vinculados pela remessa do Conselho de Segurança?",
    "Quali Stati visitati da al-Bashir erano vincolati dal deferimento del Consiglio di sicurezza?",
    "Welche von al-Bashir besuchten Staaten waren an die Überweisung durch den Sicherheitsrat gebunden?",
])
def test_a_referral_comparison_is_answered_in_six_languages(facts, text):
    got = read(facts, text)
    assert (got["kind"], got["asks"], got["person"]) == ("record", "trips", BASHIR)
    assert got["host_referral"] is True
    assert got["referral"]["resolution"] == "UNSC res 1593 (2005)"
    # the kept visits are exactly those whose duty the engine rests on the resolution
    for r in got["records"]:
        assert r["duty"] == "obliged" and any(b.startswith("UNSC res 1593 (2005)") for b in r["duty_basis"])
    assert got["count"] == len({r["state"] for r in got["records"]})
    assert "UNSC res 1593 (2005)" in got["in_words"]


def test_each_left_out_visit_says_why_by_the_engines_answer(facts):
    got = read(facts, "Which States visited by al-Bashir were bound by the Darfur referral?")
    left = got["left_out"]
    by_why: dict[str, list[dict]] = {}
    for r in left:
        by_why.setdefault(r["why"], []).append(r)
    # Jordan 2017-03-28 was a State Party: bound by the Statute itself, not by the referral
    assert any(r["state"] == "JOR" and r["date"] == "2017-03-28" for r in by_why["party"])
    for r in by_why["party"]:
        assert r["host_status"].startswith("party") and not any(b.startswith("UNSC") for b in r["duty_basis"])
    # Saudi Arabia 2017-06-19, no party: the engine finds no duty (the resolution urges it only)
    assert any(r["state"] == "SAU" and r["date"] == "2017-06-19" for r in by_why["not_obliged"])
    duty = ask_arrest(facts, "SAU", BASHIR, dt.date(2017, 6, 19))
    assert duty["answer"] == "not_obliged"
    # a trip dated only to a month is left out as not known to the day
    assert by_why["day_unknown"] and all(len(r["date"]) < 10 for r in by_why["day_unknown"])
    assert "State Party" in got["in_words"] and "not known to the day" in got["in_words"]
    # nothing is lost: kept and left out are the recorded visits
    plain = read(facts, "Which States did al-Bashir visit?")
    visits = [r for r in plain["records"] if r["trip"] == "visit"]
    assert len(got["records"]) + len(left) == len(visits)


def test_a_visit_in_a_libya_referral_is_weighed_by_res_1970(facts):
    got = read(facts, "Which States visited by El Hishri were bound by the Security Council referral?")
    assert got["person"] == ELHISHRI and got["referral"]["resolution"] == "UNSC res 1970 (2011)"
    # his one recorded visit, Germany, a State Party: bound by the Statute, left out
    assert got["count"] == 0 and [r["state"] for r in got["left_out"]] == ["DEU"]
    assert got["left_out"][0]["why"] == "party"


# --- contrasts ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "person"), [
    ("Which States visited by Putin were bound by a Security Council referral at the time?", PUTIN),
    ("Quels États visités par Netanyahou étaient liés par une saisine du Conseil de sécurité ?", NETANYAHU),
])
def test_a_person_of_a_situation_not_referred_is_answered_none_saying_why(facts, text, person):
    got = read(facts, text)
    assert got["person"] == person and got["count"] == 0 and got["records"] == []
    assert got["referral"]["resolution"] is None
    assert "not referred by the Security Council" in got["in_words"]
    assert "no visit" in got["in_words"]


def test_a_person_with_no_recorded_trip_is_answered_none(facts):
    got = read(facts, "Which States visited by Saif al-Islam Gaddafi were bound by the Libya referral?")
    assert got["person"] == SAIF and got["count"] == 0 and got["records"] == [] and got["left_out"] == []
    assert got["referral"]["resolution"] == "UNSC res 1970 (2011)"
    assert "0 visits" in got["in_words"]


@pytest.mark.parametrize(("text", "host_party", "n"), [
    ("Which States visited by Putin since his arrest warrant were not parties at the time?", False, 13),
    ("Which States visited by Netanyahu since his arrest warrant were parties at the time?", True, None),
])
def test_the_relation_comparisons_are_unchanged(facts, text, host_party, n):
    got = read(facts, text)
    assert got["host_party"] is host_party and "referral" not in got
    if n is not None:
        assert got["count"] == n


@pytest.mark.parametrize(("text", "host_party"), [
    # the comparison asked as a choice among the visited States, read by the same modes (session 47)
    ("¿Cuáles de los Estados visitados por Putin desde su orden de arresto no eran partes?", False),
    ("Quais dos Estados visitados por Putin eram partes do Estatuto?", True),
    ("Quali degli Stati visitati da Putin non erano parte dello Statuto?", False),
    ("Which of the States Putin has visited were parties at the time?", True),
])
def test_a_choice_among_the_visited_states_is_the_same_comparison(facts, text, host_party):
    got = read(facts, text)
    assert (got["kind"], got["asks"], got["person"], got["host_party"]) == ("record", "trips", PUTIN, host_party)


# --- the command line and the API say it -----------------------------------------------------------------------------


def test_the_command_line_says_the_referral_comparison_as_read(db_url):
    import json

    from tests.test_cli import runner

    from iccwatch.cli import app as cli_app

    question = "Which States visited by El Hishri were bound by the Security Council referral?"
    plain = runner.invoke(cli_app, ["ask", "question", question, "--db", db_url])
    assert plain.exit_code == 0, plain.output
    assert "by a Security Council referral to arrest the person" in plain.stderr
    got = json.loads(runner.invoke(cli_app, ["ask", "question", question, "--json", "--db", db_url]).stdout)
    assert got["host_referral"] is True and got["referral"]["resolution"] == "UNSC res 1970 (2011)"
    assert [r["state"] for r in got["left_out"]] == ["DEU"] and all(r["sources"] for r in got["left_out"])


def test_the_api_gives_the_referral_comparison(client):
    read = client.get("/api/v1/question", params={"q": "Which States visited by al-Bashir were bound by the Darfur "
                                                        "referral?", "today": "2026-12-04"})
    assert read.status_code == 200, read.text
    got = read.json()
    assert got["asks"] == "trips" and got["count"] == 0 and got["referral"]["resolution"] == "UNSC res 1593 (2005)"
    assert {r["why"] for r in got["left_out"]} >= {"party", "not_obliged", "day_unknown"}


def test_the_ask_page_says_the_referral_comparison(client):
    r = client.get("/ask", params={"question": "Which States visited by El Hishri were bound by the Security Council "
                                               "referral?"}, follow_redirects=True)
    assert r.status_code == 200, r.text[:500]
    assert "UNSC res 1970 (2011)" in r.text and "not by the referral" in r.text
