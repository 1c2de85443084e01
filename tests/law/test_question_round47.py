"""The round-47 fixes (tests/law/audit/round47.yaml), each with sentences of my own and contrasts that must not be read
the new way: what a State has said on an issue of the law (a person's immunity, its duty after withdrawing) and which
States said they would or would not arrest a person (the record's positions); the enforcement gap after failures to
arrest (the chain of `assess gaps`); the words for "States" in six languages opening a question ('Quels États doivent
arrêter Poutine ?'). Expected values are read from the record itself (its positions, the enforcement chain), never
written here."""

from __future__ import annotations

import pytest
from tests.law.reading import NETANYAHU, PUTIN, TODAY, read_fields
from tests.law.reading import read as _read
from tests.law.reading import refused as _refused

from iccwatch.assess.gaps import enforcement_chain
from iccwatch.model.dates import DateSpan
from iccwatch.service.question import read_question


def _dated(p) -> bool:
    return p.date is None or DateSpan.parse(str(p.date)).first <= TODAY


def _own(facts, iso3: str, person: str | None, issue: str | None) -> list:
    """The State's positions by TODAY on the issue, about the person or no one, by date (the record's own entries)."""
    return sorted((p for p in facts.records.positions.values() if iso3 in p.states and _dated(p)
                   and (issue is None or p.issue == issue) and (person is None or not p.persons or person in p.persons)),
                  key=lambda p: (DateSpan.parse(str(p.date)).first, p.id))


# --- what a State said ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "iso3", "person"), [
    ("What is Belgium's position on Netanyahu's immunity?", "BEL", NETANYAHU),
    ("What did South Africa argue about Putin's immunity?", "ZAF", PUTIN),
    ("What is Switzerland's position on immunity?", "CHE", None),
    ("Quelle est la position de la Slovénie sur l'immunité de Netanyahu ?", "SVN", NETANYAHU),
    ("¿Cuál es la posición de Brasil sobre la inmunidad de Putin?", "BRA", PUTIN),
    ("Qual è la posizione dell'Austria sull'immunità di Putin?", "AUT", PUTIN)])
def test_a_states_position_is_its_records_latest_with_all_listed(facts, text, iso3, person):
    read = _read(facts, text)
    own = _own(facts, iso3, person, "personal-immunity")
    assert own  # the record's own: the case this rule is for
    assert (read["kind"], read["asks"], read["state"], read["person"]) == ("record", "positions", iso3, person)
    assert [r["id"] for r in read["records"]] == [p.id for p in own]
    assert read["answer"] == own[-1].answer_if_followed
    assert read["changed"] == (len({p.answer_if_followed for p in own}) > 1)
    assert all(r["sources"] for r in read["records"])


def test_the_court_holdings_on_point_are_the_contrary_view(facts):
    """Hungary's latest on Netanyahu would mean no arrest; the Court's holdings of a duty, on point for a situation no
    Council resolution referred, are listed apart and said as a doubt; the holding on Council referrals only is not."""
    read = _read(facts, "What is Hungary's position on Netanyahu's immunity?")
    held = {r["id"] for r in read["court_holdings"]}
    on_point = {p.id for p in facts.records.positions.values() if p.court and p.issue == "personal-immunity"
                and p.scope in ("all", "other") and _dated(p)}
    assert held == on_point and on_point
    assert read["answer"] == "not_obliged" and any("The Court held otherwise" in d for d in read["doubts"])


def test_a_state_with_no_position_on_the_person_is_none_recorded(facts):
    """Brazil's positions in the record are about Putin: asked of Netanyahu, none (its duty is the law's answer)."""
    assert not _own(facts, "BRA", NETANYAHU, "personal-immunity")
    read = _read(facts, "What is Brazil's position on Netanyahu's immunity?")
    assert read["answer"] == "none_recorded" and read["records"] == []


def test_the_duty_after_withdrawal_is_its_own_issue(facts):
    read = _read(facts, "What did the Philippines say about Article 127?")
    own = _own(facts, "PHL", None, "residual-duty-after-withdrawal")
    assert read["issues"] == ["residual-duty-after-withdrawal"]
    assert [r["id"] for r in read["records"]] == [p.id for p in own] and read["answer"] == own[-1].answer_if_followed


@pytest.mark.parametrize(("text", "stance"), [("Which States have said they would not arrest Putin?", "not_obliged"),
                                              ("Which countries said they would arrest Gallant?", "obliged"),
                                              ("Which governments have stated they would never arrest Netanyahu?", "not_obliged")])
def test_which_states_said_they_would_or_would_not_arrest(facts, text, stance):
    read = _read(facts, text)
    person = read["person"]
    latest: dict[str, object] = {}
    for p in sorted((p for p in facts.records.positions.values() if person in p.persons and _dated(p)),
                    key=lambda p: (DateSpan.parse(str(p.date)).first, p.id)):
        for s in p.states:
            latest[s] = p
    expected = sorted(s for s, p in latest.items() if p.answer_if_followed == stance)
    assert read["asks"] == "positions" and read["state"] is None and read["stance"] == stance
    assert sorted(r["iso3"] for r in read["states_listed"]) == expected and read["answer"] == len(expected)


def test_a_position_beside_a_duty_is_the_duty(facts):
    """Contrast: a duty asked beside a position stays the duty (the law engine lists the position as contested)."""
    assert read_fields(facts, "Given France's position on immunity, must France arrest Netanyahu?")[:3] == (
        "arrest", "FRA", NETANYAHU)
    assert read_fields(facts, "Despite its position on Putin's immunity, was Mongolia obliged to arrest him on 3 September "
                              "2024?") == ("arrest", "MNG", PUTIN, "2024-09-03")


def test_a_position_naming_no_state_and_no_stance_is_refused(facts):
    assert "names no State" in _refused(facts, "What is the position on Netanyahu's immunity?")


# --- the enforcement gap -------------------------------------------------------------------------------------------------

def _failures(facts, **only):
    return [c for c in enforcement_chain(facts)["failures"] if DateSpan.parse(str(c["date"])).first <= TODAY
            and all(c[k] == v for k, v in only.items())]


@pytest.mark.parametrize(("text", "only", "forum"), [
    ("Which failures to arrest were never followed by a finding?", {"gap": "no_finding"}, None),
    ("Which failures to arrest al-Bashir were never followed by a finding?",
     {"gap": "no_finding", "person": "omar-hassan-ahmad-al-bashir"}, None),
    ("Which referrals to the Security Council have had no response?", {"gap": "no_response_recorded"}, "UNSC"),
    ("Which findings were referred to the Assembly without any response?", {"gap": "no_response_recorded"}, "ASP"),
    ("Which failures to arrest had no referral?", {"gap": "no_referral"}, None),
    ("What is the enforcement gap for Djibouti?", {"state": "DJI"}, None),
    ("What is the enforcement gap for Norway?", {"state": "NOR"}, None)])
def test_the_gap_is_the_enforcement_chains_failures(facts, text, only, forum):
    read = _read(facts, text)
    expected = [c["event"] for c in _failures(facts, **only) if forum is None or forum in str(c["referred_to"]).split("+")]
    assert (read["kind"], read["asks"]) == ("record", "gaps")
    assert [r["id"] for r in read["records"]] == expected and read["answer"] == len(expected)
    assert read["doubts"]  # a response the record lacks may exist: said


@pytest.mark.parametrize("iso3", ["MNG", "HUN", "ITA"])
def test_how_long_a_finding_took_is_the_chains_days(facts, iso3):
    name = facts.records.states[iso3].name
    read = _read(facts, f"How long did the Court take to find {name} in non-compliance?")
    found = [c for c in _failures(facts, state=iso3) if c["days_to_finding"] is not None]
    assert found and read["answer"] == found[-1]["days_to_finding"]


def test_how_long_for_a_state_with_no_finding_is_none(facts):
    assert not [c for c in _failures(facts, state="TJK") if c["finding"]]
    assert _read(facts, "How long did the ICC take to find Tajikistan in non-compliance?")["answer"] == "none"


def test_referrals_without_no_response_are_still_the_referrals_count(facts):
    """Contrast: 'How many findings were referred to the Assembly?' stays round 44's count of referrals."""
    read = _read(facts, "How many findings were referred to the Assembly?")
    assert read["asks"] == "referrals"


def test_what_the_assembly_did_about_a_state_stays_its_responses(facts):
    """Contrast: what a forum did about one State stays session 32's responses, not the gap."""
    read = _read(facts, "What did the Assembly do after the Court's finding against Hungary?")
    assert read.get("asks") == "responses" and read["state"] == "HUN"


# --- the words for "States" opening a question -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "person"), [("Quels États doivent arrêter Poutine aujourd'hui ?", PUTIN),
                                              ("¿Qué Estados deben detener a Netanyahu hoy?", NETANYAHU),
                                              ("Welche Staaten müssen Putin heute festnehmen?", PUTIN),
                                              ("Quali Stati devono arrestare Netanyahu oggi?", NETANYAHU)])
def test_which_states_in_other_languages_is_the_travel_map(facts, text, person):
    assert read_fields(facts, text) == ("travel", None, person, TODAY.isoformat())


def test_a_states_name_holding_the_noun_is_still_the_state(facts):
    """Contrast: 'Estados Unidos' stays the United States; 'Quels États ont quitté la CPI ?' stays the list."""
    assert read_fields(facts, "¿Debe Estados Unidos detener a Putin?")[:3] == ("arrest", "USA", PUTIN)
    assert _read(facts, "Quels États ont quitté la CPI ?")["kind"] == "states"


# --- the command line, the API and the page say the new answers -----------------------------------------------------

@pytest.mark.parametrize(("question", "said"), [
    ("What is France's position on Netanyahu's immunity?", "Read as: What has France (FRA) said on immunity as to"),
    ("Which States have said they would not arrest Netanyahu?", "Read as: Which States said they would not arrest"),
    ("What is the enforcement gap for Chad?", "Read as: What followed Chad (TCD)'s failures to arrest"),
    ("Which referrals to the Assembly have had no response?", "referred with no response recorded (ASP)")])
def test_the_command_line_says_the_new_answers_as_read_and_gives_them_as_json(db_url, question, said):
    import json

    from tests.test_cli import runner

    from iccwatch.cli import app as cli_app

    plain = runner.invoke(cli_app, ["ask", "question", question, "--db", db_url])
    assert plain.exit_code == 0, plain.output
    assert said in plain.stderr
    as_json = runner.invoke(cli_app, ["ask", "question", question, "--json", "--db", db_url])
    got = json.loads(as_json.stdout)
    assert got["records_heading"] in plain.stdout and got["in_words"].split()[0] in plain.stdout
    assert got["asks"] in ("positions", "gaps") and all(r["sources"] for r in got["records"])


@pytest.mark.parametrize("question", ["What is Hungary's position on Netanyahu's immunity?",
                                      "Which failures to arrest were never followed by a finding?"])
def test_the_api_and_the_page_give_the_new_answers_with_their_address(client, question):
    read = client.get("/api/v1/question", params={"q": question, "today": TODAY.isoformat()})
    assert read.status_code == 200, read.text
    body = read.json()
    assert body["kind"] == "record" and client.get(body["answer_url"]).status_code == 200
    page = client.get("/ask", params={"question": question})
    assert page.status_code == 200, page.text[:500]
    import html

    assert body["records_heading"] in html.unescape(page.text)  # the page says the API's heading


def test_the_gap_asked_of_a_past_day_is_the_chain_as_it_stood_then(facts):
    """A finding made after the day asked was not yet made: Mongolia's failure of 2024-09-02 (found on 2024-10-24) had
    no finding on 2024-09-30, and has one by the end of 2024."""
    chain = {c["event"]: c for c in enforcement_chain(facts)["failures"]}
    mongolia = next(e for e, c in chain.items() if c["state"] == "MNG" and c["finding_date"])
    found = DateSpan.parse(str(chain[mongolia]["finding_date"])).first
    before = read_question(facts, f"Which failures to arrest were never followed by a finding by {found.replace(day=found.day - 1).isoformat()}?",
                           today=TODAY)
    after = read_question(facts, f"Which failures to arrest were never followed by a finding by {found.isoformat()}?", today=TODAY)
    assert mongolia in {r["id"] for r in before["records"]} and mongolia not in {r["id"] for r in after["records"]}
