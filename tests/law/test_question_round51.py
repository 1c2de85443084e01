"""The round-51 fixes (tests/law/audit/round51.yaml), each with sentences of my own and contrasts that must not be read
the new way: two States or two persons named together ('Must Mongolia or Tajikistan arrest Putin?', 'Netanyahu and
Gallant', 'the same duty as', 'compared with'), each asked apart and every answer given, where they were refused asking
for one (two named apart stay refused); a month with no year after 'since' as the latest such month before the day
asked; a time ahead asked after a clause of context closed by a comma; the day a State ratified or signed the Statute,
or it entered into force for it; how many times the Court found a State in non-compliance; whether it found any State
in a period; the Court's budget and contributions, which the record does not hold; a person's custody asked with a time
('in custody today') or by 'When was ... surrendered'; 'no próximo mês' in Portuguese; the command line and the API's
answers to two States. Expected values are read from the record itself, never written here."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from tests.law.reading import NETANYAHU, PUTIN, SHOIGU, TODAY, read, refused

from iccwatch.model.dates import DateSpan
from iccwatch.service import ask_arrest

GERASIMOV = "valery-vasilyevich-gerasimov"


def _answers(facts, got: dict) -> dict[str, str]:
    """Each question asked apart answered as the engine answers it alone, by its State (or person)."""
    out = {}
    for r in got["each"]:
        key = r["state"] if got["each_of"] == "states" else r["person"]
        out[key] = ask_arrest(facts, r["state"], r["person"], dt.date.fromisoformat(r["on"]))["answer"]
    return out


# --- two States or two persons named together ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "states", "person", "on"), [
    ("Must Mongolia or Tajikistan arrest Putin on 1 May 2027?", ["MNG", "TJK"], PUTIN, "2027-05-01"),
    ("Must Armenia and Azerbaijan arrest Putin today?", ["ARM", "AZE"], PUTIN, None),
    ("Must Spain, Portugal and Italy arrest Netanyahu?", ["ESP", "PRT", "ITA"], NETANYAHU, None),
    ("Are Poland and Hungary still bound to arrest Netanyahu?", ["POL", "HUN"], NETANYAHU, None),
    ("Does Germany have the same duty as Austria to arrest Netanyahu?", ["DEU", "AUT"], NETANYAHU, None),
    ("¿Deben Brasil y Argentina detener a Putin?", ["BRA", "ARG"], PUTIN, None),
    ("La Mongolie et le Tadjikistan doivent-ils arrêter Poutine ?", ["MNG", "TJK"], PUTIN, None),
    ("A Mongólia e o Tajiquistão devem prender Putin?", ["MNG", "TJK"], PUTIN, None),
])
def test_two_states_named_together_are_each_asked_apart(facts, text, states, person, on):
    got = read(facts, text)
    assert (got["kind"], got["each_of"]) == ("each", "states")
    assert [r["state"] for r in got["each"]] == states
    assert all(r["kind"] == "arrest" and r["person"] == person and r["on"] == (on or TODAY.isoformat()) for r in got["each"])
    answers = _answers(facts, got)
    assert answers == {s: ask_arrest(facts, s, person, dt.date.fromisoformat(on or TODAY.isoformat()))["answer"]
                       for s in states}


def test_two_states_answered_apart_can_differ(facts):
    """A party and a State that never joined: the answers differ, so the test could fail either way."""
    got = read(facts, "Must Armenia and Azerbaijan arrest Putin today?")
    assert set(_answers(facts, got).values()) == {"obliged", "not_obliged"}


def test_each_state_keeps_its_own_trip_in_a_year(facts):
    """'when he visited them in 2025': each State is asked on the day of its own recorded visit."""
    got = read(facts, "Did Tajikistan and Kyrgyzstan have to arrest Putin when he visited them in 2025?")
    days = {r["state"]: r["on"] for r in got["each"]}
    for iso3, day in days.items():
        trips = [e for e in facts.records.events.values() if e.person == PUTIN and e.state == iso3 and e.date.startswith("2025")]
        assert len(trips) == 1 and day == trips[0].date, iso3


@pytest.mark.parametrize(("text", "state", "persons"), [
    ("Must France arrest Shoigu and Gerasimov today?", "FRA", [SHOIGU, GERASIMOV]),
    ("Must Serbia arrest Netanyahu and Putin on 1 June 2026?", "SRB", [NETANYAHU, PUTIN]),
])
def test_two_persons_named_together_are_each_asked_apart(facts, text, state, persons):
    got = read(facts, text)
    assert (got["kind"], got["each_of"]) == ("each", "persons")
    assert [(r["state"], r["person"]) for r in got["each"]] == [(state, p) for p in persons]
    assert all(r["asked_apart"] and all(facts.records.persons[p].name.split()[-1] not in r["asked_apart"]
                                        for p in persons if p != r["person"]) for r in got["each"])


def test_two_states_compared_on_the_index_are_each_index(facts):
    got = read(facts, "How does Italy rank on the index compared with Hungary?")
    assert got["kind"] == "each" and [(r["kind"], r["asks"], r["state"]) for r in got["each"]] == [
        ("record", "index", "ITA"), ("record", "index", "HUN")]
    for r in got["each"]:
        assert r["answer"] == read(facts, f"What is {facts.records.states[r['state']].name}'s index score?")["answer"]


@pytest.mark.parametrize(("text", "said"), [
    # contrasts: named apart, not together (a city of another State; the State asked beside two flown over)
    ("Must Mongolia arrest Putin in Budapest on 2024-09-03?", "several States"),
    ("Was Italy obliged to arrest Netanyahu when his plane flew only over Greece and Italy on 25 September 2025?",
     "several States"),
    ("Must the Ukrainian government and Qatar arrest Putin on 1 May 2024?", "several States"),
])
def test_two_named_apart_are_still_refused(facts, text, said):
    assert said in refused(facts, text)


def test_a_question_asked_apart_that_is_refused_says_which(facts):
    """A question asked apart keeps its own refusal, said with the words asked."""
    said = refused(facts, "Must Mongolia or Tajikistan arrest Putin in 2023?")
    assert "asked apart" in said and "Mongolia" in said


# --- a month with no year after 'since'; a time ahead after a comma-closed clause ------------------------------------------

def test_since_a_month_with_no_year_in_a_past_question_stays_the_latest_such_month(facts):
    """Contrast: asked of the past, 'since February' was the latest February before (and stays so); asked beside a time
    ahead ('would ... next week'), 'since June' was the coming June and is now the latest (the test below)."""
    got = read(facts, "Which States has the Court found in non-compliance since February?")
    year = TODAY.year if TODAY.month > 2 else TODAY.year - 1
    assert got["period"] == f"{year}-02-01/{TODAY.isoformat()}" and got["findings_within"]


def test_since_a_month_in_a_clause_then_a_time_ahead_is_the_time_ahead(facts):
    got = read(facts, "With Hungary out of the Court since June, would it have to arrest Netanyahu if he came next week?")
    monday = TODAY + dt.timedelta(days=7 - TODAY.weekday())
    assert (got["kind"], got["state"], got["person"], got["on"]) == ("arrest", "HUN", NETANYAHU, monday.isoformat())
    answer = ask_arrest(facts, "HUN", NETANYAHU, monday)
    assert "RS art 127(2)" in answer["basis"]


def test_a_clause_with_the_only_day_keeps_it(facts):
    """Contrast: a clause opening 'With' that holds the question's only day is still the day asked."""
    got = read(facts, "With Putin in Ulaanbaatar on 3 September 2024, was Mongolia obliged to arrest him?")
    assert got["on"] == "2024-09-03"


# --- a State's joining of the Statute -------------------------------------------------------------------------------------

def _acts(facts, iso3: str, actions: tuple[str, ...]) -> list[str]:
    return sorted(str(p.date) for p in facts.records.states[iso3].participation
                  if p.instrument == "rome-statute" and p.action in actions)


@pytest.mark.parametrize(("text", "iso3", "actions"), [
    ("When did Ukraine ratify the Rome Statute?", "UKR", ("ratification",)),
    ("When did Malaysia accede to the Statute?", "MYS", ("accession",)),
    ("¿Cuándo ratificó Armenia el Estatuto de Roma?", "ARM", ("ratification",)),
    ("When did the Rome Statute enter into force for Ukraine?", "UKR", ("entry_into_force",)),
    ("Quand le Statut de Rome est-il entré en vigueur pour la Hongrie ?", "HUN", ("entry_into_force",)),
    ("When did Hungary sign the Rome Statute?", "HUN", ("signature",)),
])
def test_when_a_state_joined_is_its_act(facts, text, iso3, actions):
    got = read(facts, text)
    assert (got["kind"], got["asks"], got["state"]) == ("record", "joined", iso3)
    want = _acts(facts, iso3, actions)
    assert want and got["answer"] == want[-1] and want[-1] in got["in_words"]


def test_a_state_that_never_ratified_is_said_so(facts):
    got = read(facts, "When did Russia ratify the Rome Statute?")
    assert not _acts(facts, "RUS", ("ratification", "accession"))
    assert got["answer"] == "none" and "holds no act" in got["in_words"]


def test_a_withdrawal_stays_the_withdrawal(facts):
    """Contrast: 'When did Hungary's withdrawal take effect?' stays round 46's answer."""
    assert read(facts, "When did Hungary's withdrawal take effect?")["asks"] == "withdrawal"


# --- the Court's findings: how many times; any State in a period ---------------------------------------------------------

def test_how_many_times_a_state_was_found_is_its_findings(facts):
    counts = set()
    for iso3 in ("TCD", "DJI", "MNG"):
        got = read(facts, f"How many times has the Court found {facts.records.states[iso3].name} in non-compliance?")
        want = [d for d in facts.records.decisions.values() if d.state == iso3 and d.finding == "non_compliance"
                and not d.appeal_of and DateSpan.parse(str(d.date)).first <= TODAY]
        assert (got["kind"], got["asks"], got["state"]) == ("record", "referrals", iso3)
        assert got["answer"] == len(want)
        counts.add(len(want))
    assert len(counts) > 1  # the record's counts differ, so the test could fail


def test_whether_the_court_found_any_state_is_the_list_of_the_period(facts):
    for text in ("Since September, has the Court found any State in non-compliance?",
                 "Has the Court found any State in non-compliance since September?"):
        got = read(facts, text)
        assert (got["kind"], got["list_of"]) == ("states", "non_compliance")
        year = TODAY.year if TODAY.month > 9 else TODAY.year - 1
        assert got["period"].startswith(f"{year}-09-01")


def test_whether_the_court_found_one_state_stays_its_findings(facts):
    """Contrast: 'Has the Court found Chad in non-compliance?' stays round 50's findings of one State."""
    assert read(facts, "Has the Court found Chad in non-compliance?")["asks"] == "referrals"


# --- what the record does not hold: the budget ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["How much does Germany pay into the ICC's budget?", "What are Italy's arrears to the Court?",
                                  "Quel est le budget de la CPI ?", "¿Cuál es el presupuesto de la Corte?"])
def test_the_courts_budget_is_refused_saying_the_record_does_not_hold_it(facts, text):
    assert "does not hold the Court's budget" in refused(facts, text)


# --- custody asked with a time, or by when a person was surrendered -------------------------------------------------------

@pytest.mark.parametrize(("text", "person"), [("Is Duterte in custody now?", "rodrigo-roa-duterte"),
                                              ("When was Ongwen surrendered?", "dominic-ongwen"),
                                              ("When was Duterte surrendered to the Court, and by whom?", "rodrigo-roa-duterte")])
def test_custody_with_a_time_or_asked_by_when_is_the_custody(facts, text, person):
    got = read(facts, text)
    assert (got["asks"], got["person"]) == ("custody", person)
    assert got["custody"] and all(c["state"] for c in got["custody"])


def test_a_duty_beside_an_arrest_stays_the_duty(facts):
    """Contrast: 'Must Italy arrest Almasri when he is arrested?' stays Italy's duty."""
    got = read(facts, "Must Italy arrest Almasri when he is arrested?")
    assert (got["kind"], got["state"]) == ("arrest", "ITA")


# --- Portuguese: next month ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["A Hungria teria de prender Netanyahu se ele viesse no próximo mês?",
                                  "O Brasil deve prender Putin no mês que vem?"])
def test_next_month_in_portuguese(facts, text):
    got = read(facts, text)
    next_month = dt.date(TODAY.year + (TODAY.month == 12), TODAY.month % 12 + 1, 1)
    assert got["on"] == next_month.isoformat() and got["date_given"]


# --- the command line and the API ----------------------------------------------------------------------------------------

def test_the_api_reads_two_states_each_with_its_address(client):
    got = client.get("/api/v1/question", params={"q": "Must Mongolia or Tajikistan arrest Putin?", "today": "2026-12-04"})
    assert got.status_code == 200, got.text
    body = got.json()
    assert body["kind"] == "each" and body["answer_url"] is None and len(body["each"]) == 2
    for r in body["each"]:
        answer = client.get(r["answer_url"])
        assert answer.status_code == 200 and answer.json()["question"]["state"] == r["state"]


def test_the_command_line_answers_each(cli):
    code, out, err = cli("ask", "question", "Must Armenia and Azerbaijan arrest Putin today?", "--json")
    assert code == 0, err
    body = json.loads(out)
    assert body["kind"] == "each" and [a["answer"] for a in body["answers"]] == ["obliged", "not_obliged"]
    code, out, err = cli("ask", "question", "Must Armenia and Azerbaijan arrest Putin today?")
    assert code == 0 and "Named together: Armenia and Azerbaijan" in err and "1 of 2" in err and "2 of 2" in err


def test_the_ask_page_says_to_ask_each_apart(client):
    got = client.get("/ask", params={"question": "Must Armenia and Azerbaijan arrest Putin today?"})
    assert "together" in got.text and "Must Armenia arrest Putin today?" in got.text


# --- bad input: a pattern that is no regular expression --------------------------------------------------------------------

def test_a_named_together_pattern_that_is_no_regex_is_refused_naming_it():
    from pydantic import ValidationError

    from iccwatch.dataset.loader import _NamedTogether

    with pytest.raises(ValidationError, match="is no regular expression"):
        _NamedTogether(reason="x", patterns=[r"\s+and\s+"], before=["(unclosed"])
    with pytest.raises(ValidationError, match="is no regular expression"):
        _NamedTogether(reason="x", patterns=["(unclosed"])
