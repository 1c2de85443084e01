"""The round-50 fixes (tests/law/audit/round50.yaml), each with sentences of my own and contrasts that must not be read
the new way: the Court's own acts about one State (when it found a State in non-compliance, whether it referred it to
the Assembly or the Council) as the State's findings, not its duty; the States found in non-compliance within a period
('in 2025') as the findings made in it; sanctions or measures of a period ('since 2025'), with one State left out
('other than the United States') and measures other than sanctions where 'measures' is asked; 'Did <State> promise
<person> he would not be arrested?' as its guarantees of safe passage, worded by their form (round 49's leftover);
what the record does not hold (the Trust Fund for Victims, a person's hiding place) refused saying so; a clause that
tells before one that asks about a time ahead, a season, a year told in a sentence before one asking of the present;
'next month' and 'last year' in Spanish and French. Expected values are read from the record itself, never written
here."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.law.reading import NETANYAHU, PUTIN, TODAY, read, refused

from iccwatch.model.dates import DateSpan


def _first(date: object) -> dt.date:
    return DateSpan.parse(str(date)).first


def _findings(facts, iso3: str) -> list:
    """The record's findings of non-compliance against ``iso3`` (not appeal judgments), oldest first."""
    return sorted((d for d in facts.records.decisions.values() if d.state == iso3 and d.finding == "non_compliance"
                   and not d.appeal_of and _first(d.date) <= TODAY), key=lambda d: (_first(d.date), d.id))


def _standing(facts, d) -> set[str]:
    """The bodies a finding stands referred to, an appeal judgment ruling on its referral applied."""
    appeal = next((a for a in facts.records.decisions.values() if a.appeal_of == d.id and a.referred_to
                   and a.finding in ("reversed_on_appeal", "non_compliance")), None)
    if appeal is not None and appeal.finding == "reversed_on_appeal":
        return set()
    used = appeal if appeal is not None else d
    return {f for f in str(used.referred_to or "").split("+") if f in ("ASP", "UNSC")}


# --- the Court's own acts about one State ---------------------------------------------------------------------------------

def _found_states(facts) -> list[str]:
    return sorted({d.state for d in facts.records.decisions.values() if d.finding == "non_compliance" and d.state
                   and not d.appeal_of})


@pytest.mark.parametrize("template", [
    "When did the Court find {name} in breach of its obligations?",
    "When did the ICC find {name} in non-compliance?",
    "Has the Court ever found that {name} failed to comply?",
])
def test_when_the_court_found_a_state_in_breach_is_its_findings(facts, template):
    for iso3 in _found_states(facts):
        got = read(facts, template.format(name=facts.records.states[iso3].name))
        assert (got["kind"], got["asks"], got["state"]) == ("record", "referrals", iso3), iso3
        own = _findings(facts, iso3)
        assert got["answer"] == len(own) and [r["id"] for r in got["records"]] == [d.id for d in own]
        for d in own:
            assert str(d.date) in got["in_words"]


@pytest.mark.parametrize(("template", "forum"), [
    ("Has the Court referred {name} to the Security Council?", "UNSC"),
    ("Has the Court referred {name} to the Assembly of States Parties?", "ASP"),
    ("Did the ICC refer {name} to the UN Security Council over its failure?", "UNSC"),
    ("La Cour a-t-elle renvoyé {name} devant le Conseil de sécurité ?", "UNSC"),
])
def test_whether_the_court_referred_a_state_is_yes_or_no_by_its_findings(facts, template, forum):
    answers = set()
    for iso3 in _found_states(facts):
        got = read(facts, template.format(name=facts.records.states[iso3].name))
        assert (got["asks"], got["state"], got["forum"]) == ("referrals", iso3, forum), iso3
        want = "yes" if any(forum in _standing(facts, d) for d in _findings(facts, iso3)) else "no"
        assert got["answer"] == want, iso3
        answers.add(want)
    assert answers == {"yes", "no"}  # the record holds both kinds, so the test could fail either way


def test_a_referral_reversed_on_appeal_is_said_with_the_appeal(facts):
    reversed_ = [d for d in facts.records.decisions.values() if d.finding == "non_compliance" and not d.appeal_of
                 and d.referred_to not in (None, "none") and not _standing(facts, d) and d.state]
    assert reversed_  # the record's own (a referral the appeal judgment reversed)
    for d in reversed_:
        got = read(facts, f"Has the Court referred {facts.records.states[d.state].name} to the Security Council?")
        assert got["answer"] == "no" and "appeal judgment" in got["in_words"]


def test_a_state_never_found_has_no_finding(facts):
    never = next(s for s in sorted(facts.records.states) if not _findings(facts, s) and s not in _found_states(facts))
    got = read(facts, f"Has the Court referred {facts.records.states[never].name} to the Assembly of States Parties?")
    assert got["answer"] == "no" and got["records"] == [] and "no finding of non-compliance" in got["in_words"]


def test_which_states_were_found_in_a_year_are_the_findings_made_in_it(facts):
    for year in (2025, 2017):
        got = read(facts, f"Which States did the Court find in non-compliance in {year}?")
        want = sorted({d.state for d in facts.records.decisions.values() if d.finding == "non_compliance" and d.state
                       and d.request_type == "arrest_surrender" and _first(d.date).year == year
                       and not any(a.appeal_of == d.id and a.finding == "reversed_on_appeal"
                                   for a in facts.records.decisions.values())})
        assert want and sorted(r["iso3"] for r in got["states_listed"]) == want, year
        assert got["findings_within"] is True


def test_by_a_year_stays_every_finding_by_its_end(facts):
    """Contrast: 'by 2017' (and no preposition of a period) is every finding by the year's end, as before."""
    got = read(facts, "Which States were found in non-compliance by 2017?")
    want = sorted({d.state for d in facts.records.decisions.values() if d.finding == "non_compliance" and d.state
                   and d.request_type == "arrest_surrender" and _first(d.date).year <= 2017
                   and not any(a.appeal_of == d.id and a.finding == "reversed_on_appeal"
                               for a in facts.records.decisions.values())})
    assert sorted(r["iso3"] for r in got["states_listed"]) == want and not got["findings_within"]


def test_which_states_did_the_court_find_stays_a_list(facts):
    """Contrast: the Court's acts asked of no State stay the list of States (not one State's findings)."""
    got = read(facts, "Which States did the Court find in non-compliance?")
    assert got["kind"] == "states" and got["list_of"] == "non_compliance"


# --- sanctions and measures of a period -----------------------------------------------------------------------------------

def _sanctioning(facts) -> str:
    return sorted({m.state for m in facts.records.measures.values() if m.kind == "sanctions_against_court" and m.state})[0]


def test_sanctions_since_a_year_are_those_of_the_period(facts):
    iso3 = _sanctioning(facts)
    name = facts.records.states[iso3].name
    for year in (2020, 2025):
        got = read(facts, f"What sanctions has {name} imposed on the Court since {year}?")
        assert (got["kind"], got["asks"], got["state"]) == ("record", "measures", iso3)
        want = sorted(m.id for m in facts.records.measures.values() if m.state == iso3
                      and m.kind == "sanctions_against_court" and DateSpan.parse(str(m.date)).last >= dt.date(year, 1, 1)
                      and _first(m.date) <= TODAY)
        got_ids = sorted(r["id"] for r in got["records"] if r["kind"] == "sanctions_against_court")
        assert want and got_ids == want, year
        assert f"from {year}-01-01" in got["in_words"]


def test_measures_other_than_one_state_leave_it_out_and_name_other_kinds(facts):
    iso3 = _sanctioning(facts)
    got = read(facts, f"Which States other than {facts.records.states[iso3].name} have taken measures against ICC officials?")
    others = ("proceedings_against_court_officials", "law_restricting_cooperation", "visa_denial_to_court_officials",
              "sanctions_against_court")
    want = sorted({m.state for m in facts.records.measures.values() if m.kind in others and m.state and m.state != iso3
                   and _first(m.date) <= TODAY})
    assert want and sorted(r["iso3"] for r in got["states_listed"]) == want
    assert iso3 not in {r["iso3"] for r in got["states_listed"]}


def test_which_states_sanctioned_stays_sanctions_only(facts):
    """Contrast: 'sanctioned' (not 'measures') lists the States with sanctions only, as before."""
    got = read(facts, "Which States sanctioned ICC judges?")
    want = sorted({m.state for m in facts.records.measures.values() if m.kind == "sanctions_against_court" and m.state})
    assert sorted(r["iso3"] for r in got["states_listed"]) == want


# --- a promise that a person would not be arrested; positions worded by their form ----------------------------------------

def _form_positions(facts, iso3: str, person: str, form: str) -> list[str]:
    return sorted(p.id for p in facts.records.positions.values() if iso3 in p.states and p.form == form
                  and (not p.persons or person in p.persons) and (p.date is None or _first(p.date) <= TODAY))


@pytest.mark.parametrize(("template", "language"), [
    ("Did {state} promise {person} he would not be arrested?", "en"),
    ("Has {state} guaranteed that {person} will not be arrested?", "en"),
])
def test_did_a_state_promise_no_arrest_is_its_guarantees(facts, template, language):
    pairs = sorted({(s, p) for pos in facts.records.positions.values() if pos.form == "safe_passage"
                    for s in pos.states for p in pos.persons if p in (PUTIN, NETANYAHU)})
    assert pairs
    for iso3, person in pairs:
        text = template.format(state=facts.records.states[iso3].name, person=facts.records.persons[person].name)
        got = read(facts, text)
        assert (got["asks"], got["state"], got["person"], got["form"]) == ("positions", iso3, person, "safe_passage"), text
        assert sorted(r["id"] for r in got["records"]) == _form_positions(facts, iso3, person, "safe_passage")


def test_did_a_state_promise_no_arrest_in_french_and_spanish(facts):
    for text in ("Le Brésil a-t-il promis à Poutine qu'il ne serait pas arrêté ?",
                 "¿Prometió Brasil a Putin que no sería detenido?"):
        got = read(facts, text)
        assert (got["asks"], got["state"], got["person"], got["form"]) == ("positions", "BRA", PUTIN, "safe_passage")
        assert sorted(r["id"] for r in got["records"]) == _form_positions(facts, "BRA", PUTIN, "safe_passage")


@pytest.mark.parametrize(("form", "noun"), [("safe_passage", "guarantee of safe passage"),
                                            ("immunity_claim", "claim of immunity")])
def test_positions_of_a_form_are_worded_by_it_not_by_their_issue(facts, form, noun):
    pos = next(p for p in sorted(facts.records.positions.values(), key=lambda p: p.id) if p.form == form and p.persons
               and p.states and not p.court)
    iso3, person = pos.states[0], pos.persons[0]
    words = {"safe_passage": "What did {s} say about safe passage for {p}?",
             "immunity_claim": "Did {s} claim that {p} had immunity?"}[form]
    got = read(facts, words.format(s=facts.records.states[iso3].name, p=facts.records.persons[person].name))
    n = len(_form_positions(facts, iso3, person, form))
    assert got["form"] == form and f"has {n} {noun}" in got["in_words"]
    assert "on immunity" not in got["in_words"].split(";")[0]


def test_a_promise_beside_a_duty_stays_the_duty(facts):
    """Contrast: the duty asked beside a promise stays the duty (the entry's `unless`)."""
    got = read(facts, "Must Brazil arrest Putin if it promised he would not be arrested?")
    assert (got["kind"], got["state"], got["person"]) == ("arrest", "BRA", PUTIN)


# --- what the record does not hold ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "said"), [
    ("How much has Germany contributed to the Trust Fund for Victims?", "does not hold the Trust Fund"),
    ("Combien la France a-t-elle versé au Fonds au profit des victimes ?", "does not hold the Trust Fund"),
    ("Where is Joseph Kony hiding today?", "does not hold where a person is hiding"),
    ("What are Kony's whereabouts?", "does not hold where a person is hiding"),
    ("¿Dónde se esconde Joseph Kony?", "does not hold where a person is hiding"),
])
def test_what_the_record_does_not_hold_is_refused_saying_so(facts, text, said):
    assert said in refused(facts, text)


def test_where_a_person_is_held_stays_custody(facts):
    """Contrast: 'Where is Duterte held?' stays the record's arrests and surrenders."""
    got = read(facts, "Where is Duterte held?")
    assert got.get("asks") == "custody"


# --- days: a clause that tells, a season, a year told before a question of the present, other languages -----------------

def test_a_clause_that_tells_before_a_question_about_a_season_ahead(facts):
    got = read(facts, "Hungary left the Court this year; if Netanyahu flies to Budapest next spring, does it have to "
                      "arrest him?")
    spring = dt.date(TODAY.year + (TODAY.month > 5), 3, 1)
    assert (got["kind"], got["state"], got["person"], got["on"]) == ("arrest", "HUN", NETANYAHU, spring.isoformat())
    assert got["period"] == f"{spring.isoformat()}/{spring.replace(month=5, day=31).isoformat()}"


def test_a_season_alone_is_its_days(facts):
    got = read(facts, "Must Germany arrest Netanyahu next summer?")
    summer = dt.date(TODAY.year + (TODAY.month > 8), 6, 1)
    assert got["on"] == summer.isoformat() and got["period"].endswith(f"{summer.year}-08-31")


def test_a_year_told_before_a_question_of_the_present_is_not_the_day_asked(facts):
    dead = next(p for p in sorted(facts.records.persons) if p == "paul-gicheru")
    got = read(facts, f"{facts.records.persons[dead].name} died in 2022. Must Kenya still arrest him?")
    assert got["on"] == TODAY.isoformat() and not got["date_given"]


def test_a_day_ahead_told_before_a_question_with_no_still_is_the_day_asked(facts):
    """Contrast (round 36): 'Putin is due in Dushanbe on Tuesday. Must Tajikistan arrest him?' asks of the Tuesday ahead."""
    got = read(facts, "Putin is due in Dushanbe on Tuesday. Must Tajikistan arrest him?")
    assert got["on"] > TODAY.isoformat() and got["date_given"]


def test_a_year_told_before_a_question_of_the_past_is_still_read(facts):
    """Contrast: 'Was it obliged ...?' after a sentence naming a day asks of that day (round 35's rule)."""
    got = read(facts, "Putin visited Mongolia on 3 September 2024. Was it obliged to arrest him?")
    assert got["on"] == "2024-09-03"


@pytest.mark.parametrize(("text", "first"), [
    ("¿Debe Tayikistán detener a Putin el mes que viene?", "next_month"),
    ("¿Debe Tayikistán detener a Putin el próximo mes?", "next_month"),
    ("Le Tadjikistan doit-il arrêter Poutine le mois prochain ?", "next_month"),
    ("¿Debía España detener a Netanyahu el año pasado?", "last_year"),
])
def test_next_month_and_last_year_in_spanish_and_french(facts, text, first):
    got = read(facts, text)
    next_month = dt.date(TODAY.year + (TODAY.month == 12), TODAY.month % 12 + 1, 1)
    want = {"next_month": next_month, "last_year": dt.date(TODAY.year - 1, 1, 1)}[first]
    assert got["on"] == want.isoformat() and got["date_given"]


# --- the list's address for the findings of a period ----------------------------------------------------------------------

def test_the_list_address_gives_the_findings_of_the_period(client, facts):
    got = read(facts, "Which States did the Court find in non-compliance in 2025?")
    own = client.get("/api/v1/state-lists/non_compliance", params={"on": "2025-12-31", "since": "2025-01-01"})
    assert own.status_code == 200, own.text
    assert [r["iso3"] for r in own.json()["states_listed"]] == [r["iso3"] for r in got["states_listed"]]
    whole = client.get("/api/v1/state-lists/non_compliance", params={"on": "2025-12-31"}).json()
    assert len(whole["states_listed"]) > len(own.json()["states_listed"])  # by its end, every finding (as before)
    assert "since=2025-01-01" in own.json()["citation"]["api_url"]


@pytest.mark.parametrize(("params", "said"), [
    ({"on": "2025-12-31", "since": "2026-01-01"}, "must not be after on"),
    ({"on": "2025-12-31", "since": "not a day"}, "not a day"),
])
def test_a_bad_since_is_refused_naming_it(client, params, said):
    got = client.get("/api/v1/state-lists/non_compliance", params=params)
    assert got.status_code == 422 and "since" in got.text and said in got.text


def test_since_is_refused_for_a_relation_list(client):
    got = client.get("/api/v1/state-lists/parties", params={"on": "2025-12-31", "since": "2025-01-01"})
    assert got.status_code == 422 and "asked of only for the list non_compliance" in got.text
