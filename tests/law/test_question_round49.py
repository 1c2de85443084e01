"""The round-49 fixes (tests/law/audit/round49.yaml), each with sentences of my own and contrasts that must not be read
the new way: the Court's reply to a State's consultations under Art. 97 as a field of the consultation (its day, what
it said, the sources that state it); a State that only said it would seek consultations named in the doubt, not listed
as having sought them; what a State said about an overflight assurance, a safe-passage pledge or an immunity read as
its positions of that form, not its duty; 'Did <State> claim that <person> had immunity?' and 'Which States pledged that
<person> would not be arrested?' read as positions of that form; positions whose summaries state an immunity ground or a
guarantee carry the form as data. Expected values are read from the record itself, never written here."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.law.reading import NETANYAHU, TODAY, read_fields
from tests.law.reading import read as _read

from iccwatch.model.dates import DateSpan

BASHIR = "omar-hassan-ahmad-al-bashir"


def _first(date: object) -> dt.date:
    return DateSpan.parse(str(date)).first


# --- the Court's reply to a consultation ---------------------------------------------------------------------------------

def _replied(facts) -> list:
    return [e for e in facts.records.events.values() if e.consultation is not None and e.consultation.reply is not None]


def test_a_reply_the_record_states_is_a_field_of_the_answer(facts):
    own = _replied(facts)
    assert own  # the record's own: the case this rule is for
    for e in own:
        name = facts.records.states[e.state].name
        read = _read(facts, f"What did the Court reply to {name}'s request for consultations under Article 97?")
        assert (read["kind"], read["asks"], read["state"]) == ("record", "consultations", e.state)
        row = next(r for r in read["records"] if r["id"] == e.id)
        reply = e.consultation.reply
        assert row["reply"]["date"] == (str(reply.date) if reply.date else None)
        assert row["reply"]["said"] == " ".join(reply.said.split())
        stated = {str(s.url) for i, s in enumerate(e.sources) if i in reply.stated_by or str(s.url) in reply.stated_by}
        assert {x["url"] for x in row["reply"]["sources"]} == stated and stated
        assert "replied" in read["in_words"] and (str(reply.date) in read["in_words"] if reply.date else True)


def test_a_consultation_with_no_reply_stated_says_none_is_recorded(facts):
    bare = [e for e in facts.records.events.values() if e.consultation is not None and e.consultation.reply is None]
    assert bare
    e = bare[0]
    read = _read(facts, f"When did {facts.records.states[e.state].name} consult the Court under Article 97?")
    row = next(r for r in read["records"] if r["id"] == e.id)
    assert row["reply"] is None


def test_a_reply_citing_no_source_of_the_event_is_refused():
    """Bad input: a reply's ``stated_by`` naming no source of the event is an error naming the field."""
    from pydantic import ValidationError

    from iccwatch.model.event import Event

    base = {"id": "x", "date": "2024-09-02", "person": "p", "state": "MNG", "action": "no_arrest",
            "sources": [{"url": "https://example.org/a", "kind": "secondary"}]}
    ok = {"stated_by": [0], "reply": {"date": "2024-08-30", "said": "too late", "stated_by": [0]}}
    Event.model_validate({**base, "consultation": ok})
    for bad in ([3], ["https://example.org/b"]):
        with pytest.raises(ValidationError) as info:
            Event.model_validate({**base, "consultation": {**ok, "reply": {**ok["reply"], "stated_by": bad}}})
        assert "consultation.reply.stated_by[0]" in str(info.value)
    with pytest.raises(ValidationError) as info:  # a reply before the consultation it answers
        Event.model_validate({**base, "consultation": {"date": "2024-08-30", "stated_by": [0],
                                                       "reply": {"date": "2024-08-29", "said": "x", "stated_by": [0]}}})
    assert "consultation.reply.date" in str(info.value)


# --- a State that only said it would seek consultations -------------------------------------------------------------------

def _speaks_of_consultations(facts, iso3: str) -> list[str]:
    from iccwatch.service.record_answers import positions_speaking_of_consultations

    return [p.id for p in positions_speaking_of_consultations(facts, iso3, None, TODAY)]


def test_a_state_that_only_said_it_would_consult_is_none_with_its_words_in_the_doubt(facts):
    sought = {e.state for e in facts.records.events.values() if e.consultation is not None}
    said_only = sorted({s for p in facts.records.positions.values() for s in p.states
                        if s not in sought and _speaks_of_consultations(facts, s)})
    assert said_only  # the record's own
    for iso3 in said_only:
        read = _read(facts, f"Did {facts.records.states[iso3].name} ask the Court for consultations under Article 97?")
        assert (read["asks"], read["state"], read["answer"]) == ("consultations", iso3, "none")
        for pid in _speaks_of_consultations(facts, iso3):
            assert any(pid in d for d in read["doubts"]), pid
        assert read["states_listed"] == []


def test_a_state_with_no_words_on_consultations_has_no_such_doubt(facts):
    read = _read(facts, "When did Tajikistan consult the Court under Article 97?")
    assert read["answer"] == "none" and len(read["doubts"]) == 1


# --- what a State said about an overflight, safe passage or an immunity ---------------------------------------------------

def _positions_of(facts, iso3: str, person: str, form: str) -> list[str]:
    return sorted(p.id for p in facts.records.positions.values() if iso3 in p.states and p.form == form
                  and (not p.persons or person in p.persons) and (p.date is None or _first(p.date) <= TODAY))


@pytest.mark.parametrize(("text", "state", "form"), [
    ("What did France say about an overflight assurance for Netanyahu?", "FRA", "overflight_assurance"),
    ("What has France said about Netanyahu's overflights?", "FRA", "overflight_assurance"),
    ("What did Hungary say about safe passage for Netanyahu?", "HUN", "safe_passage"),
    ("Qu'a dit la France sur le survol de Netanyahou ?", "FRA", "overflight_assurance"),
    ("¿Qué dijo Polonia sobre un salvoconducto para Netanyahu?", "POL", "safe_passage"),
])
def test_what_a_state_said_about_a_form_is_its_positions_of_that_form(facts, text, state, form):
    read = _read(facts, text)
    assert (read["kind"], read["asks"], read["state"], read["person"], read["form"]) == (
        "record", "positions", state, NETANYAHU, form)
    own = _positions_of(facts, state, NETANYAHU, form)
    assert own and sorted(r["id"] for r in read["records"]) == own


@pytest.mark.parametrize(("text", "state"), [
    ("Did Chad claim that al-Bashir had immunity?", "TCD"),
    ("Did Jordan argue that al-Bashir enjoyed immunity?", "JOR"),
    ("Has Italy claimed that Netanyahu has immunity?", "ITA"),
])
def test_did_a_state_claim_immunity_is_its_immunity_claims(facts, text, state):
    read = _read(facts, text)
    assert (read["kind"], read["asks"], read["state"], read["form"]) == ("record", "positions", state, "immunity_claim")
    person = read["person"]
    assert sorted(r["id"] for r in read["records"]) == _positions_of(facts, state, person, "immunity_claim")


def _states_of_form(facts, person: str, form: str) -> list[str]:
    return sorted({s for p in facts.records.positions.values() if person in p.persons and p.form == form
                   and (p.date is None or _first(p.date) <= TODAY) for s in p.states})


@pytest.mark.parametrize(("text", "person"), [
    ("Which States pledged that al-Bashir would not be arrested on their territory?", BASHIR),
    ("Which countries promised that Netanyahu would not be arrested?", NETANYAHU),
    ("Which governments assured al-Bashir that he would not be arrested?", BASHIR),
    ("Quels États ont garanti que Netanyahou ne serait pas arrêté ?", NETANYAHU),
])
def test_which_states_pledged_no_arrest_is_the_safe_passage_list(facts, text, person):
    read = _read(facts, text)
    assert (read["kind"], read["asks"], read["form"]) == ("record", "positions", "safe_passage")
    assert sorted(s["iso3"] for s in read["states_listed"]) == _states_of_form(facts, person, "safe_passage")


@pytest.mark.parametrize(("text", "kind", "state"), [
    ("Was France obliged to arrest Netanyahu when his plane crossed French airspace on 2 February 2025?", "arrest", "FRA"),
    ("Did Chad have to arrest al-Bashir on 21 July 2010?", "arrest", "TCD"),
    ("Must Hungary arrest Netanyahu if it promised he would not be arrested?", "arrest", "HUN"),
    ("Which States must arrest al-Bashir today?", "travel", None),
])
def test_a_duty_asked_beside_these_words_stays_the_duty(facts, text, kind, state):
    """Contrast: a duty asked beside an overflight, a pledge or an immunity stays the law's answer."""
    assert read_fields(facts, text)[:2] == (kind, state)


# --- a position's form as data -------------------------------------------------------------------------------------------

def test_the_forms_set_in_round_49_are_stated_with_their_reason(facts):
    """Where a position's summary states an immunity ground or a guarantee, its form is set (round 49) and its note says
    why ('Form set on 2026-12-05: ...')."""
    set_now = [p for p in facts.records.positions.values() if p.form and "Form set on 2026-12-05" in (p.note or "")]
    assert len(set_now) >= 4
    for p in set_now:
        said = " ".join((p.summary or "").split()).casefold()
        if p.form == "immunity_claim":
            assert any(w in said for w in ("immunit", "sitting president", "article 98", "art. 98")), p.id
        else:
            assert p.form == "safe_passage" and ("not arrest" in said or "would not" in said), p.id


def test_which_states_claimed_immunity_for_bashir_include_a_claim_on_his_office(facts):
    read = _read(facts, "Which States claimed that al-Bashir has immunity?")
    assert sorted(s["iso3"] for s in read["states_listed"]) == _states_of_form(facts, BASHIR, "immunity_claim")
    assert "TCD" in {s["iso3"] for s in read["states_listed"]}


def test_the_command_line_says_the_form_asked_of_one_state(facts):
    """The 'Read as' line names the form asked of one State in words (the first run said '(an immunity)')."""
    from iccwatch.cli.ask_run import _scope

    read = _read(facts, "Did Chad claim that al-Bashir had immunity?")
    assert _scope(read).endswith("(a claim of immunity)")
    read = _read(facts, "What did France say about an overflight assurance for Netanyahu?")
    assert _scope(read).endswith("(an overflight assurance)")


def test_the_command_line_lists_the_reply_under_its_consultation(facts, capsys):
    """The command line prints the reply under the consultation it answers, with the sources that state it."""
    from iccwatch.cli.ask_run import record_answer

    e = _replied(facts)[0]
    read = _read(facts, f"When did {facts.records.states[e.state].name} consult the Court under Article 97?")
    record_answer(read)
    out = capsys.readouterr().out
    row = next(r for r in read["records"] if r["id"] == e.id)
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("  the Court replied"))  # its own line, not the sentence
    below = lines[at + 1:]  # session 40: its sources as every command prints them, indented under it
    below = below[:next((i for i, line in enumerate(below) if not line.startswith("  ")), len(below))]
    assert row["reply"]["sources"][0]["url"] in [line.strip() for line in below]


def test_the_ask_page_says_the_reply_under_its_consultation(facts, client):
    """The ask page gives the reply in the consultation's entry, with the sources that state it (round 49)."""
    import html

    e = _replied(facts)[0]
    page = client.get("/ask", params={"question": f"When did {facts.records.states[e.state].name} consult the Court "
                                                  "under Article 97?"}).text
    assert '<span class="reply">The Court replied' in page
    reply = html.unescape(page.split('<span class="reply">', 1)[1].split("</span>", 1)[0])
    assert str(e.consultation.reply.date) in reply and "sources:" in reply
