"""The round-46 fixes (tests/law/audit/round46.yaml), each with sentences of my own and contrasts that must not be read
the new way: the index in words (a State's score, rank, ties, interval and the method's version; each peer group's lowest
band), a State's genitive after its noun ('die Pflicht Ungarns'), nouns of a duty ('Aufgabe', 'plicht', 'compito'),
sanctions in force on a day, a month holding two joint statements, the wanted of one situation, States found in
non-compliance more than once, the day a withdrawal took effect, the persons surrendered in a period, and the heading
of a record answer's list. Expected values are read from the record itself (the index's own explain, the record's
acts, events and measures), never written here."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.law.reading import NETANYAHU, TODAY, read_fields
from tests.law.reading import read as _read
from tests.law.reading import refused as _refused

from iccwatch.assess.index import compute_index, explain
from iccwatch.model.dates import DateSpan
from iccwatch.service import record_answers
from iccwatch.service.persons import persons_list

# --- the index ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "iso3"), [("How does Italy rank in the index?", "ITA"), ("What is Armenia's index score?", "ARM"),
                                            ("Quelle est la note de la France dans l'indice ?", "FRA"),
                                            # round 43 refused these naming `iccwatch index` (round 46 answers them)
                                            ("What is Chile's rank in the index?", "CHL"),
                                            ("Quelle est la classement de la France ?", "FRA"),
                                            ("Why did Jordan score low?", "JOR")])
def test_a_states_rank_or_score_is_the_index_explain_of_the_last_whole_year(facts, text, iso3):
    read = _read(facts, text)
    whole = explain(facts, iso3, TODAY.year - 1)
    assert (read["kind"], read["asks"], read["state"], read["year"]) == ("record", "index", iso3, TODAY.year - 1)
    assert (read["answer"], read["rank"], read["rank_interval"], read["band"]) == (
        whole["score"], whole["rank"], whole["rank_interval"], whole["band"])
    assert read["method_version"] == compute_index(facts, TODAY.year - 1)["method_version"]
    assert f"method version {read['method_version']}" in read["in_words"]
    assert f"from {whole['rank_interval'][0]} to {whole['rank_interval'][1]}" in read["in_words"]


def test_a_tie_is_said_with_how_many_share_the_rank(facts):
    rows = compute_index(facts, TODAY.year - 1)["states"]
    tied = next(r for r in rows if r["tied"] and r["group"] == "states_parties")
    read = _read(facts, f"What is {tied['name']}'s score in the index?")
    others = [r for r in rows if r["group"] == tied["group"] and r["rank"] == tied["rank"] and r["iso3"] != tied["iso3"]]
    assert read["tied"] and len(read["tied_with"]) == len(others)
    assert f"tied with {len(others)} other" in read["in_words"]


def test_a_year_named_is_the_year_measured(facts):
    read = _read(facts, "What was Hungary's rank in the index in 2023?")
    assert read["year"] == 2023 and read["rank"] == explain(facts, "HUN", 2023)["rank"]


def test_the_lowest_are_each_groups_lowest_band_and_parties_only_when_named(facts):
    rows = compute_index(facts, TODAY.year - 1)["states"]
    low = {g: max(r["band"] for r in rows if r["group"] == g and r["band"]) for g in {r["group"] for r in rows}}
    every = {r["iso3"] for r in rows if r["band"] == low[r["group"]]}
    parties = {r["iso3"] for r in rows if r["group"] == "states_parties" and r["band"] == low["states_parties"]}
    read = _read(facts, "Which countries rank worst in the due diligence index?")
    assert read["asks"] == "index_lowest" and {r["iso3"] for r in read["states_listed"]} == every
    read = _read(facts, "Which States Parties are ranked last in the index?")
    assert {r["iso3"] for r in read["states_listed"]} == parties and read["answer"] == len(parties)


def test_an_index_question_naming_no_state_and_no_lowest_is_refused(facts):
    assert "names no State" in _refused(facts, "What does the index score?")


# --- German, Dutch and Italian: the State after its noun, nouns of a duty ------------------------------------------------

@pytest.mark.parametrize(("text", "state", "on"), [("Was war die Pflicht Ungarns am 3. April 2025?", "HUN", "2025-04-03"),
                                                   ("Welche waren die Pflichten Tadschikistans am 9. Oktober 2025?", "TJK", "2025-10-09"),
                                                   ("Wat was de plicht van Hongarije op 3 april 2025?", "HUN", "2025-04-03"),
                                                   ("Qual era il dovere dell'Ungheria il 3 aprile 2025?", "HUN", "2025-04-03")])
def test_a_states_genitive_after_its_noun_and_a_noun_of_duty_ask_the_duties(facts, text, state, on):
    assert read_fields(facts, text) == ("obligations", state, None, on)


@pytest.mark.parametrize("text", ["War es Ungarns Aufgabe, Netanjahu am 3. April 2025 festzunehmen?",
                                  "Was het de taak van Hongarije om Netanyahu op 3 april 2025 te arresteren?",
                                  "Era compito dell'Ungheria arrestare Netanyahu il 3 aprile 2025?"])
def test_a_noun_of_duty_before_a_surname_is_no_first_name(facts, text):
    assert read_fields(facts, text) == ("arrest", "HUN", NETANYAHU, "2025-04-03")


def test_a_namesake_after_a_word_that_is_no_duty_is_still_no_person(facts):
    """Contrast: 'Yair Netanyahu' stays a namesake (round 42), so the question names no person under a warrant."""
    assert "'Yair Netanyahu' is not one of them" in _refused(facts, "Must Hungary arrest Yair Netanyahu on 3 April 2025?")


def test_a_capitalised_word_before_a_states_name_is_still_refused_as_a_longer_place(facts):
    """Contrast: the genitive after its noun is read only for a word with the genitive ending, not a State's plain name
    after a capitalised word ('New Georgia' stays refused as no State the record holds)."""
    assert "is no State or city" in _refused(facts, "Must New Georgia arrest Putin?")


# --- sanctions in force, two joint statements ---------------------------------------------------------------------------

@pytest.mark.parametrize("day", ["2020-07-01", "2021-05-01", "2025-07-02"])
def test_sanctions_in_force_are_those_dated_by_the_day_whose_end_is_after_it(facts, day):
    read = _read(facts, f"Which sanctions against the ICC were in force on {day}?")
    d = dt.date.fromisoformat(day)
    expected = {m.id for m in facts.records.measures.values() if m.kind == "sanctions_against_court"
                and DateSpan.parse(str(m.date)).first <= d and not (m.end_date and DateSpan.parse(str(m.end_date)).first <= d)}
    assert {r["id"] for r in read["records"]} == expected and read["answer"] == len(expected)


def test_sanctions_without_in_force_are_still_the_states_that_took_any(facts):
    """Contrast: 'Which States sanctioned ICC officials?' counts States (round 44), not the sanctions in force."""
    read = _read(facts, "Which States sanctioned ICC officials?")
    assert "in_force_on" not in read and read["answer"] == len(read["states_listed"])


def test_a_month_with_two_statements_is_answered_for_each(facts):
    first, last = dt.date(2025, 1, 1), dt.date(2025, 1, 31)
    statements = record_answers.statements_between(facts, first, last)
    assert len(statements) == 2  # the record's own: the case this rule is for
    read = _read(facts, "Did Panama sign the joint statement of January 2025?")
    each = ["signed" if "PAN" in set(s.signatories) | set(s.drafters) else "not_signed" for s in statements]
    assert read["answers"] == each
    assert read["answer"] == (each[0] if len(set(each)) == 1 else "mixed")
    assert {r["id"] for r in read["records"]} == {s.id for s in statements}


def test_a_day_with_one_statement_is_still_that_statement(facts):
    """Contrast: a day the record dates one statement on is answered by it alone (31 January 2025 would not do: the
    Council members' statement of that month is dated only to its month, so it may be of that day)."""
    read = _read(facts, "Did Panama sign the joint statement of 7 February 2025?")
    assert len(read["records"]) == 1 and "answers" not in read


# --- court staff -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "situation"), [("Which warrants are outstanding in the Georgia situation?", "georgia"),
                                                 ("Who is wanted in the situation in Mali?", "mali")])
def test_the_wanted_of_one_situation(facts, text, situation):
    read = _read(facts, text)
    name = facts.records.situations[situation].name
    expected = {p["id"] for p in persons_list(facts, on=TODAY, outstanding=True) if name in p["situations"]}
    assert read["situation"] == situation and {r["id"] for r in read["records"]} == expected


def test_the_wanted_without_a_situation_are_everyone(facts):
    """Contrast: a State named without the word 'situation' does not narrow the list (round 45's rule)."""
    read = _read(facts, "Who is wanted by the ICC?")
    assert read.get("situation") is None
    assert read["answer"] == len(persons_list(facts, on=TODAY, outstanding=True))


def test_found_more_than_once_counts_each_finding_once(facts):
    read = _read(facts, "Which countries have been found in non-compliance more than once?")
    every = _read(facts, "Which countries have been found in non-compliance?")
    assert read["repeated"] and read["count"] == len(read["states_listed"]) < every["count"]
    for r in read["states_listed"]:
        counted = [f for f in r["findings"] if not f.get("appeal_of")
                   and facts.records.decisions[f["decision"]].follows not in {g["decision"] for g in r["findings"]}]
        assert len(counted) == r["findings_counted"] > 1
    listed = {r["iso3"] for r in read["states_listed"]}
    for r in every["states_listed"]:  # a State with one finding and its appeal or its referral is not listed
        own = {f["decision"] for f in r["findings"]}
        plain = [f for f in r["findings"] if not f.get("appeal_of") and facts.records.decisions[f["decision"]].follows not in own]
        assert (r["iso3"] in listed) == (len(plain) > 1)


def test_found_without_more_than_once_is_every_state_found(facts):
    read = _read(facts, "Which States have been found in non-compliance?")
    assert not read.get("repeated")


@pytest.mark.parametrize("iso3", ["BDI", "PHL", "HUN", "ZAF", "GMB", "NER", "FRA"])
def test_a_withdrawals_day_of_effect_is_the_records_act_or_none(facts, iso3):
    name = facts.records.states[iso3].name
    read = _read(facts, f"When did {name}'s withdrawal take effect?")
    acts = [p for p in facts.records.states[iso3].participation if p.instrument == "rome-statute"]
    effective = [str(p.date) for p in acts if p.action == "withdrawal_effective"]
    assert read["asks"] == "withdrawal" and read["state"] == iso3
    assert read["answer"] == (effective[-1] if effective else "none")
    if not effective:
        assert read["in_words"].startswith("None:")


def test_a_withdrawal_question_naming_no_state_is_refused(facts):
    assert "names no State" in _refused(facts, "When did the withdrawal take effect?")


@pytest.mark.parametrize("year", [2019, 2022, 2025])
def test_the_persons_surrendered_in_a_year_are_the_records_surrenders(facts, year):
    read = _read(facts, f"Which persons were surrendered in {year}?")
    expected = {e.person for e in facts.records.events.values() if e.action == "surrender" and str(e.date).startswith(str(year))}
    assert read["asks"] == "surrendered" and {r["id"] for r in read["records"]} == expected


def test_who_surrendered_a_person_is_still_the_custody_answer(facts):
    """Contrast: 'Who surrendered Duterte?' asks who did it (round 37), not the persons surrendered in a period."""
    assert _read(facts, "Who surrendered Duterte?")["kind"] != "record"


# --- the heading of a record answer's list ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Why does Hungary rank where it does?", "When did Burundi's withdrawal take effect?",
                                  "Which persons were surrendered in 2025?", "Who is wanted by the ICC?"])
def test_a_record_answer_carries_the_heading_of_its_list(facts, text):
    read = _read(facts, text)
    assert read["records_heading"] == record_answers.RECORD_HEADINGS[read["asks"]]
