"""The round-48 fixes (tests/law/audit/round48.yaml), each with sentences of my own and contrasts that must not be read
the new way: the consultations under Art. 97 States sought about a visit (the events' ``consultation``); which States
gave a person a guarantee of safe passage, an overflight assurance or claimed an immunity, each kind apart (the
positions' ``form``), and the 'would not arrest' list grouped by them; the enforcement gap on a past day with the
findings made by then (an appeal that later reversed a referral, a later decision that referred a finding); why a State
ranks where it does, beside the States ranked just above it. Expected values are read from the record itself (its
events, positions, decisions and the index), never written here."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.law.reading import NETANYAHU, PUTIN, TODAY, read_fields
from tests.law.reading import read as _read
from tests.law.reading import refused as _refused

from iccwatch.assess.gaps import enforcement_chain
from iccwatch.model.dates import DateSpan
from iccwatch.service.question import read_question


def _first(date: object) -> dt.date:
    return DateSpan.parse(str(date)).first


# --- consultations under Art. 97 -----------------------------------------------------------------------------------------

def _consulted(facts, iso3: str | None = None, person: str | None = None) -> list:
    return sorted((e for e in facts.records.events.values() if e.consultation is not None
                   and _first(e.consultation.date or e.date) <= TODAY and (iso3 is None or e.state == iso3)
                   and (person is None or e.person == person)),
                  key=lambda e: (_first(e.consultation.date or e.date), e.id))


@pytest.mark.parametrize("text", ["Which States asked the Court for consultations under Article 97?",
                                  "Which countries consulted the ICC under Art. 97?",
                                  "Quels États ont demandé des consultations au titre de l'article 97 ?",
                                  "¿Qué Estados pidieron consultas con la Corte según el artículo 97?"])
def test_which_states_sought_consultations_is_the_events_consultations(facts, text):
    own = _consulted(facts)
    assert len({e.state for e in own}) >= 2  # the record's own: the case this rule is for
    read = _read(facts, text)
    assert (read["kind"], read["asks"], read["state"]) == ("record", "consultations", None)
    assert [r["id"] for r in read["records"]] == [e.id for e in own]
    assert read["answer"] == len({e.state for e in own}) == len(read["states_listed"])
    # each entry cites the event's sources that state the consultation, no other
    for r in read["records"]:
        e = facts.records.events[r["id"]]
        stated = {str(s.url) for i, s in enumerate(e.sources)
                  if i in e.consultation.stated_by or str(s.url) in e.consultation.stated_by}
        assert {x["url"] for x in r["sources"]} == stated and stated
    assert any("do not suspend the duty" in d for d in read["doubts"])


def test_when_a_state_consulted_is_its_day_or_undated(facts):
    dated = [e for e in _consulted(facts) if e.consultation.date]
    undated = [e for e in _consulted(facts) if not e.consultation.date]
    assert dated and undated
    for e in (dated[0], undated[0]):
        name, person = facts.records.states[e.state].name, facts.records.persons[e.person].name
        read = _read(facts, f"When did {name} consult the Court under Article 97 about {person}?")
        assert (read["asks"], read["state"], read["person"]) == ("consultations", e.state, e.person)
        assert read["answer"] == (str(e.consultation.date) if e.consultation.date else "undated")


def test_a_state_that_sought_none_is_none(facts):
    assert not _consulted(facts, "TJK")
    assert _read(facts, "When did Tajikistan consult the Court under Article 97?")["answer"] == "none"


def test_a_consultation_after_the_day_asked_is_not_yet_sought(facts):
    e = next(e for e in _consulted(facts) if e.consultation.date)
    day = _first(e.consultation.date)
    name = facts.records.states[e.state].name
    before = read_question(facts, f"When did {name} consult the Court under Article 97 by {(day - dt.timedelta(days=1)).isoformat()}?",
                           today=TODAY)
    assert before["answer"] == "none"


@pytest.mark.parametrize(("text", "state", "person"), [
    ("Was Mongolia obliged to arrest Putin on 3 September 2024?", "MNG", PUTIN),
    ("Did Jordan have to consult the Court under Article 97 before al-Bashir came in March 2017?", "JOR",
     "omar-hassan-ahmad-al-bashir"),
    ("Would consultations under Article 97 have relieved South Africa of its duty to arrest Putin in August 2023?", "ZAF",
     PUTIN)])
def test_a_duty_asked_beside_consultations_stays_the_duty(facts, text, state, person):
    """Contrast: the duty of a State that consulted, or had to, stays the law's answer (rounds 36, 38, 42 asked so)."""
    assert read_fields(facts, text)[:3] == ("arrest", state, person)


def test_a_consultation_citing_no_source_of_the_event_is_refused():
    """Bad input: a ``stated_by`` naming no source of the event is an error naming the field."""
    from pydantic import ValidationError

    from iccwatch.model.event import Event

    base = {"id": "x", "date": "2024-09-02", "person": "p", "state": "MNG", "action": "no_arrest",
            "sources": [{"url": "https://example.org/a", "kind": "secondary"}]}
    Event.model_validate({**base, "consultation": {"stated_by": [0]}})
    for bad in ([1], ["https://example.org/b"]):
        with pytest.raises(ValidationError) as info:
            Event.model_validate({**base, "consultation": {"stated_by": bad}})
        assert "consultation.stated_by[0]" in str(info.value)


# --- each kind of 'would not arrest' apart ------------------------------------------------------------------------------

def _of_form(facts, person: str, form: str) -> list[str]:
    return sorted({s for p in facts.records.positions.values() if person in p.persons and p.form == form
                   and (p.date is None or _first(p.date) <= TODAY) for s in p.states})


@pytest.mark.parametrize(("text", "person", "form"), [
    ("Which States have pledged safe passage to Netanyahu?", NETANYAHU, "safe_passage"),
    ("Which countries guaranteed Putin safe passage?", PUTIN, "safe_passage"),
    ("Which States gave Netanyahu overflight assurances?", NETANYAHU, "overflight_assurance"),
    ("Which States claimed that Netanyahu has immunity?", NETANYAHU, "immunity_claim"),
    ("Which governments argued that Putin enjoys immunity?", PUTIN, "immunity_claim"),
    ("Quels États ont promis un sauf-conduit à Netanyahou ?", NETANYAHU, "safe_passage"),
    ("¿Qué Estados han invocado la inmunidad de Putin?", PUTIN, "immunity_claim")])
def test_a_form_asked_lists_the_states_with_a_position_of_that_form(facts, text, person, form):
    expected = _of_form(facts, person, form)
    assert expected  # the record's own
    read = _read(facts, text)
    assert (read["kind"], read["asks"], read["state"], read["person"], read["form"]) == (
        "record", "positions", None, person, form)
    assert sorted(r["iso3"] for r in read["states_listed"]) == expected and read["answer"] == len(expected)
    assert all(r["form"] == form for r in read["records"])


def test_the_forms_are_kept_apart(facts):
    """An overflight assurance is no safe-passage pledge and no immunity claim: the lists differ where the record does."""
    safe = set(_of_form(facts, NETANYAHU, "safe_passage"))
    over = set(_of_form(facts, NETANYAHU, "overflight_assurance"))
    assert over and not over <= safe
    got = {r["iso3"] for r in _read(facts, "Which States have pledged safe passage to Netanyahu?")["states_listed"]}
    assert got == safe and not over - safe & got


def test_the_would_not_list_gives_each_states_form_and_groups_its_words(facts):
    read = _read(facts, "Which States have said they would not arrest Netanyahu?")
    assert read["stance"] == "not_obliged" and read["states_listed"]
    for r in read["states_listed"]:
        assert r["form"] == facts.records.positions[r["latest"]].form
    forms = {r["form"] for r in read["states_listed"]}
    assert len(forms) > 1  # the record's own mix: the case this rule is for
    from iccwatch.service.record_answers import FORM_WORDS

    for f in forms:
        assert f"by {FORM_WORDS[f]}:" in read["in_words"]


def test_a_list_of_statements_only_is_not_grouped(facts):
    """Contrast: 'would arrest' with no position of a form stays a plain list (no 'by a statement:')."""
    read = _read(facts, "Which States have said they would arrest Netanyahu?")
    assert read.get("form") is None and read["stance"] == "obliged"
    if {r["form"] for r in read["states_listed"]} == {None}:
        assert "by a statement" not in read["in_words"]


def test_a_states_position_of_one_form(facts):
    """A State named with a form asked: its positions of that form only."""
    own = [p for p in facts.records.positions.values() if "FRA" in p.states and p.form == "overflight_assurance"
           and NETANYAHU in p.persons]
    assert own
    read = _read(facts, "What is France's position on Netanyahu's overflight?")
    assert (read["kind"], read["asks"], read["state"], read["form"]) == ("record", "positions", "FRA", "overflight_assurance")
    assert [r["id"] for r in read["records"]] == [p.id for p in own]


def test_a_form_that_is_no_form_of_the_model_is_refused():
    from pydantic import ValidationError

    from iccwatch.model.position import Position

    base = {"id": "x", "issue": "personal-immunity", "held_by": "a government", "summary": "s",
            "answer_if_followed": "not_obliged", "sources": [{"url": "https://example.org/a", "kind": "secondary"}]}
    assert Position.model_validate({**base, "form": "safe_passage"}).form == "safe_passage"
    with pytest.raises(ValidationError) as info:
        Position.model_validate({**base, "form": "promise"})
    assert "form" in str(info.value)


def test_must_a_state_that_pledged_safe_passage_arrest_stays_the_duty(facts):
    """Contrast: a duty asked of a State that pledged safe passage stays the duty."""
    assert read_fields(facts, "Despite its pledge of safe passage, must Poland arrest Netanyahu?")[:3] == (
        "arrest", "POL", NETANYAHU)


# --- the enforcement gap on a past day ------------------------------------------------------------------------------------

def _findings_by(facts, event_id: str, day: dt.date) -> list:
    return sorted((d for d in facts.records.decisions.values() if d.finding == "non_compliance" and event_id in d.events
                   and _first(d.date) <= day), key=lambda d: (_first(d.date), d.id))


def _two_findings(facts) -> list[tuple[dict, list]]:
    """The failures the Court found twice (an appeal, a later decision), each with its findings by date."""
    out = []
    for c in enforcement_chain(facts)["failures"]:
        found = _findings_by(facts, c["event"], TODAY)
        if len(found) > 1:
            out.append((c, found))
    return out


def test_a_past_day_between_two_findings_takes_the_first(facts):
    twice = _two_findings(facts)
    assert twice  # the record's own: the case this rule is for
    for c, found in twice:
        day = _first(found[1].date) - dt.timedelta(days=1)
        name = facts.records.states[c["state"]].name
        read = read_question(facts, f"What was the enforcement gap for {name} on {day.isoformat()}?", today=TODAY)
        row = next(r for r in read["records"] if r["id"] == c["event"])
        assert row["finding"] == found[0].id and row["finding_date"] == str(found[0].date)
        assert row["referred_to"] == found[0].referred_to
        assert row["gap"] == ("no_referral" if found[0].referred_to == "none" else row["gap"])
        assert row["gap"] != "no_finding"
        after = read_question(facts, f"What was the enforcement gap for {name} on {_first(found[1].date).isoformat()}?",
                              today=TODAY)
        assert next(r for r in after["records"] if r["id"] == c["event"])["finding"] == found[1].id


def test_found_but_not_referred_on_a_past_day(facts):
    day = dt.date(2025, 12, 1)
    expected = []
    for c in enforcement_chain(facts)["failures"]:
        found = _findings_by(facts, c["event"], day)
        if _first(c["date"]) <= day and found and found[-1].referred_to == "none":
            expected.append(c["event"])
    read = read_question(facts, f"Which failures to arrest were found but not referred by {day.isoformat()}?", today=TODAY)
    assert (read["asks"], read["stage"]) == ("gaps", "no_referral")
    assert [r["id"] for r in read["records"]] == expected and read["answer"] == len(expected)


def test_never_followed_by_a_finding_on_a_past_day_counts_a_finding_made_by_then(facts):
    day = dt.date(2018, 6, 1)
    expected = [c["event"] for c in enforcement_chain(facts)["failures"]
                if _first(c["date"]) <= day and not _findings_by(facts, c["event"], day)]
    read = read_question(facts, f"Which failures to arrest were never followed by a finding by {day.isoformat()}?",
                         today=TODAY)
    assert [r["id"] for r in read["records"]] == expected


@pytest.mark.parametrize("text", ["Quels manquements ont été constatés mais jamais renvoyés ?",
                                  "¿Qué incumplimientos fueron constatados pero no remitidos?"])
def test_found_but_not_referred_in_other_languages(facts, text):
    read = _read(facts, text)
    assert (read["asks"], read["stage"]) == ("gaps", "no_referral")


# --- why a State ranks where it does ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("iso3", ["HUN", "TJK", "MNG"])
def test_why_a_state_ranks_compares_it_with_the_states_just_above(facts, iso3):
    from iccwatch.assess.index import compute_index

    result = compute_index(facts, TODAY.year - 1)
    rows = {r["iso3"]: r for r in result["states"]}
    me = rows[iso3]
    above = [r for r in result["states"] if r["group"] == me["group"] and r["rank"] is not None and r["rank"] < me["rank"]]
    nearest = max(r["rank"] for r in above)
    expected = sorted(r["iso3"] for r in above if r["rank"] == nearest)
    name = facts.records.states[iso3].name
    read = _read(facts, f"Why does {name} rank where it does?")
    assert [r["iso3"] for r in read["ranked_above"]] == expected
    for r in read["ranked_above"]:
        theirs, mine = rows[r["iso3"]]["pillars"], me["pillars"]
        assert set(r["leads"]) == {p for p in theirs if theirs[p] > mine[p]}
        assert set(r["trails"]) == {p for p in theirs if theirs[p] < mine[p]}
        assert r["name"] in read["in_words"]
    assert "Ranked just above it" in read["in_words"]


def test_the_first_ranked_has_no_one_above(facts):
    from iccwatch.assess.index import compute_index

    result = compute_index(facts, TODAY.year - 1)
    first = next(r for r in result["states"] if r["group"] == "states_parties" and r["rank"] == 1)
    read = _read(facts, f"Why does {facts.records.states[first['iso3']].name} rank where it does?")
    assert read["ranked_above"] == [] and "No State of its peer group ranks above it" in read["in_words"]


def test_the_lowest_band_stays_the_list(facts):
    """Contrast: 'Which States rank lowest?' stays round 46's list of the lowest band."""
    assert _read(facts, "Which States rank lowest?")["asks"] == "index_lowest"


# --- the command line and the API say the new answers ----------------------------------------------------------------------

@pytest.mark.parametrize(("question", "said"), [
    ("Which States asked the Court for consultations under Article 97?",
     "Read as: Which States sought consultations with the Court under Art. 97"),
    ("Which States have pledged safe passage to Netanyahu?",
     "Read as: Which States gave a guarantee of safe passage as to Benjamin Netanyahu"),
    ("Which failures to arrest were found but not referred by 2025-12-01?", "found and not referred")])
def test_the_command_line_says_the_new_answers_as_read(db_url, question, said):
    import json

    from tests.test_cli import runner

    from iccwatch.cli import app as cli_app

    plain = runner.invoke(cli_app, ["ask", "question", question, "--db", db_url])
    assert plain.exit_code == 0, plain.output
    assert said in plain.stderr
    got = json.loads(runner.invoke(cli_app, ["ask", "question", question, "--json", "--db", db_url]).stdout)
    assert got["records_heading"] in plain.stdout and all(r["sources"] for r in got["records"])


def test_the_api_gives_the_consultations_and_the_forms(client):
    for question, asks in (("Which States asked the Court for consultations under Article 97?", "consultations"),
                           ("Which States gave Netanyahu overflight assurances?", "positions")):
        read = client.get("/api/v1/question", params={"q": question, "today": TODAY.isoformat()})
        assert read.status_code == 200, read.text
        assert read.json()["asks"] == asks and read.json()["records"]


def test_a_consultations_question_naming_two_persons_is_refused(facts):
    assert "several persons" in _refused(facts, "Which States consulted the Court under Article 97 about Putin and Netanyahu?")
