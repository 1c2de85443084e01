"""Session 49 (law64), round 63's leftovers, second wave. Sentences of my own; asked on tests.law.reading.TODAY (2026-12-04).

1. How many times a person visited one State ('How often has Putin been to Kazakhstan?', 'Combien de fois ... est-il
   allé au Tchad ?'): refused in session 49's first wave, pointing to the events list; now counted from the record's
   events, each visit listed with its day, the host's relation to the Statute that day and its sources, the trips only
   planned or cancelled named and not counted."""

from __future__ import annotations

import pytest
from tests.law.reading import PUTIN, read, refused

BASHIR = "omar-hassan-ahmad-al-bashir"

# the record's visits (events with trip 'visit'): Putin to Kazakhstan 2023-11-09, 2024-07-03, 2024-11-27, 2026-05-27;
# Putin to China 2023-10-17, 2024-05-16, 2025-08-31, 2026-05-19 (and a trip planned for 2026-11); al-Bashir to Chad
# 2010-07-21, 2011-08-07, 2013-02-15, 2016-08-08, 2017-12-01


# --- 1. how many times a person visited one State -----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "person", "state", "count"), [
    ("How often has Putin been to Kazakhstan since his warrant?", PUTIN, "KAZ", 4),
    ("How many times did Vladimir Putin travel to Kazakhstan?", PUTIN, "KAZ", 4),
    ("Combien de fois Omar el-Béchir est-il allé au Tchad ?", BASHIR, "TCD", 5),
    ("¿Cuántas veces viajó Putin a Kazajistán?", PUTIN, "KAZ", 4),
    ("Quantas vezes Putin visitou o Cazaquistão?", PUTIN, "KAZ", 4),
    ("Quante volte al-Bashir è stato in Ciad?", BASHIR, "TCD", 5),
    ("Wie oft ist Putin nach Kasachstan gereist?", PUTIN, "KAZ", 4),
    ("How many times has Putin visited China?", PUTIN, "CHN", 4),
])
def test_visits_to_one_state_are_counted(facts, text, person, state, count):
    got = read(facts, text)
    assert (got["kind"], got["asks"], got["person"], got["state"], got["count"]) == ("record", "visits", person, state, count)
    assert got["answer"] == count and len(got["records"]) == count
    for r in got["records"]:  # each visit with its day, the host's relation that day and its sources
        assert r["state"] == state and r["trip"] == "visit" and len(r["date"]) >= 4 and r["host_status"] and r["sources"]
    assert f"{count} visits" in got["in_words"]


def test_visits_counted_within_a_year(facts):
    got = read(facts, "How many times did Putin visit Kazakhstan in 2024?")
    assert got["count"] == 2 and [r["date"] for r in got["records"]] == ["2024-07-03", "2024-11-27"]


def test_a_planned_trip_is_named_not_counted(facts):
    got = read(facts, "How many times has Putin visited China?")
    assert got["count"] == 4
    assert [r["trip"] for r in got["not_counted"]] == ["planned"]
    assert "not counted" in got["in_words"] and "planned" in got["in_words"]


def test_the_host_relation_and_duty_are_given(facts):
    got = read(facts, "Combien de fois Omar el-Béchir est-il allé au Tchad ?")
    # Chad a State Party from 2007: each visit's host a party on the day, and the law's answer for it
    assert {r["host_status"] for r in got["records"]} == {"party"}
    assert all(r["duty"] == "obliged" for r in got["records"])


def test_no_visit_is_answered_zero(facts):
    got = read(facts, "How many times has Putin visited France?")
    assert got["count"] == 0 and got["records"] == []


def test_visits_to_two_states_are_counted_apart(facts):
    """Two States named together are answered each apart (round 51's mechanism), each its own count."""
    got = read(facts, "How many times has Putin visited Kazakhstan and China?")
    assert got["kind"] == "each"
    assert [(a["asks"], a["state"], a["count"]) for a in got["each"]] == [("visits", "KAZ", 4), ("visits", "CHN", 4)]


@pytest.mark.parametrize(("text", "said"), [
    ("How many times have Putin and Netanyahu visited Hungary?", "several persons"),
    ("How many times has Putin visited a State Party?", "names no State"),
])
def test_visits_of_several_persons_or_no_state_are_refused(facts, text, said):
    assert said in refused(facts, text)


@pytest.mark.parametrize(("text", "asks"), [
    ("Which States has Putin visited since his warrant?", "trips"),  # contrast: the trips answer counts States
    ("How many times has the Court found Chad in non-compliance?", "referrals"),  # contrast: the findings
])
def test_other_counts_unchanged(facts, text, asks):
    assert read(facts, text).get("asks") == asks


def test_a_duty_on_a_visit_unchanged(facts):
    got = read(facts, "Did Kazakhstan have to arrest Putin on 9 November 2023?")
    assert (got["kind"], got["state"], got["on"]) == ("arrest", "KAZ", "2023-11-09")


# --- 2. 'Which States did not arrest X?': the Court's findings, and the hosts that had the duty and did not arrest ------
# the record's visits of Putin whose host was obliged on the day by the law's answer and did not arrest: Mongolia
# 2024-09-02 among them; the Court's findings: Mongolia only


@pytest.mark.parametrize("text", [
    "Which States did not arrest Putin even though they were obliged to?",
    "Quels États n'ont pas arrêté Poutine ?",
    "¿Qué Estados no detuvieron a Putin?",
    "Quais Estados não prenderam Putin?",
    "Quali Stati non hanno arrestato Putin?",
    "Welche Staaten haben Putin nicht festgenommen?",
])
def test_did_not_arrest_says_the_list_is_of_findings_and_names_the_hosts(facts, text):
    got = read(facts, text)
    assert (got["kind"], got["list_of"], got["person"]) == ("states", "non_compliance", PUTIN)
    assert [s["iso3"] for s in got["states_listed"]] == ["MNG"]  # the list itself is unchanged: the Court's findings
    hosts = got["not_arrested_visits"]
    assert ("MNG", "2024-09-02") in {(v["state"], v["date"]) for v in hosts}
    assert all(v["duty"] == "obliged" and v["action"] == "no_arrest" and v["sources"] for v in hosts)
    assert "Court's findings" in got["in_words"] and "Mongolia 2024-09-02" in got["in_words"]


@pytest.mark.parametrize("text", [
    "Which States has the Court found in non-compliance over Putin?",  # contrast: findings asked, no negation
    "Which States failed to arrest Putin?",  # contrast: 'failed to', the findings' own words
])
def test_findings_asked_without_a_negation_unchanged(facts, text):
    got = read(facts, text)
    assert got["list_of"] == "non_compliance" and "not_arrested_visits" not in got


# --- 3. an inverted conditional, no 'if' ('Had Uzbekistan been a State Party, would ...') ----------------------------------
# a supposed status or accession: refused pointing to --assume, as 'If Uzbekistan had been a State Party, would ...' is


@pytest.mark.parametrize("text", [
    "Had Uzbekistan been a State Party, would it have had to arrest Putin on 27 May 2024?",
    "Had Uzbekistan become a member of the Court in 2022, would it have been obliged to arrest Putin on 27 May 2024?",
    "Had Uzbekistan ratified the Rome Statute, could it have refused to arrest Putin on 27 May 2024?",
    "Were Uzbekistan a State Party, would it have to arrest Putin today?",
    "Wäre Usbekistan Vertragsstaat gewesen, hätte es Putin am 27. Mai 2024 festnehmen müssen?",
    "Hätte Usbekistan das Statut ratifiziert, hätte es Putin am 27. Mai 2024 festnehmen müssen?",
    "De haber sido Estado parte, ¿habría tenido Uzbekistán que detener a Putin el 27 de mayo de 2024?",
    "Fosse stato parte dello Statuto, l'Uzbekistan avrebbe dovuto arrestare Putin il 27 maggio 2024?",
    "Tivesse o Uzbequistão sido parte, teria de prender Putin em 27 de maio de 2024?",
])
def test_an_inverted_conditional_supposing_a_status_is_refused(facts, text):
    said = refused(facts, text)
    assert "supposes" in said and "--assume" in said


@pytest.mark.parametrize(("text", "state", "day"), [
    # a supposed trip, inverted or after the main clause: answered for the day, as before
    ("Had Putin visited Ulaanbaatar on 1 March 2023, would Mongolia have had to arrest him?", "MNG", "2023-03-01"),
    ("Would Mongolia have had to arrest Putin had he visited Ulaanbaatar on 1 March 2023?", "MNG", "2023-03-01"),
    ("Wäre Putin am 1. März 2023 in der Mongolei gewesen, hätte die Mongolei ihn festnehmen müssen?", "MNG", "2023-03-01"),
    # a question, no supposition
    ("Hätte die Mongolei Putin am 2. September 2024 festnehmen müssen?", "MNG", "2024-09-02"),
])
def test_an_inverted_supposed_trip_or_a_plain_question_unchanged(facts, text, state, day):
    got = read(facts, text)
    assert (got["kind"], got["state"], got["on"]) == ("arrest", state, day)


def test_had_ratified_asked_as_a_fact_unchanged(facts):
    got = read(facts, "Had Mongolia ratified the Statute by 2 September 2024?")
    assert (got["kind"], got["state"], got["on"]) == ("obligations", "MNG", "2024-09-02")


# --- 4. German: the verb of reacting at the end, far from the forum's name ----------------------------------------------
# 'Hat die Versammlung ... auf die Feststellung ... von 2013 reagiert?': the participle closes the clause (the German
# bracket), more than five words after the forum's name; it was read as Chad's duties in 2013


@pytest.mark.parametrize("text", [
    "Hat die Versammlung der Vertragsstaaten auf die Feststellung zum Tschad von 2013 reagiert?",
    "Hat der Sicherheitsrat auf die Feststellung der Nichtzusammenarbeit des Tschad von 2013 reagiert?",
    "Hat der Sicherheitsrat der Vereinten Nationen gegen den Tschad nach der Feststellung von 2013 etwas unternommen?",
])
def test_german_reacting_verb_at_the_end_reads_the_forum(facts, text):
    got = read(facts, text)
    assert (got["kind"], got["state"], got.get("asks"), got["on"]) == ("obligations", "TCD", "responses", "2026-12-04")


def test_german_forum_named_with_a_duty_at_the_end_unchanged(facts):
    """A duty asked of a State, the forum named in it: still the State's duty (the duty word before the forum's name)."""
    got = read(facts, "Musste der Tschad al-Bashir trotz der Resolution des Sicherheitsrats am 21. Juli 2010 festnehmen?")
    assert (got["kind"], got["state"], got["on"]) == ("arrest", "TCD", "2010-07-21") and not got.get("asks")
