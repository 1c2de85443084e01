"""Each indicator on worked examples from the record, with the hand-computed value (one-year windows
for the yearly values; the rolling window and its decay on their own)."""

from __future__ import annotations

import copy
import dataclasses
from collections import defaultdict

import pytest

from iccwatch.assess import indicators as ind
from iccwatch.assess.events import assess_events
from iccwatch.dataset.grading import PublisherIndex
from iccwatch.facts import Facts


@pytest.fixture(scope="module")
def assessed(facts: Facts) -> dict:
    out = defaultdict(list)
    for a in assess_events(facts):
        out[a.event.state].append(a)
    return out


@pytest.mark.parametrize(
    ("fn", "iso3", "year", "value", "status"),
    [
        # Burundi was a party from 1 January to 26 October 2017: 299 of 365 days.
        (ind.acceptance_of_jurisdiction, "BDI", 2017, 299 / 365, "ok"),
        # Ukraine, not yet a party in 2024, had Art. 12(3) declarations in force.
        (ind.acceptance_of_jurisdiction, "UKR", 2024, 1.0, "ok"),
        (ind.acceptance_of_jurisdiction, "CHN", 2024, 0.0, "ok"),
        (ind.apic, "HUN", 2025, 1.0, "ok"),
        (ind.apic, "CHN", 2025, None, "missing"),  # the APIC list is partial: silence is not zero
        (ind.kampala, "DEU", 2019, 1.0, "ok"),
        (ind.kampala, "HUN", 2018, 0.0, "ok"),  # the list is complete up to 2019-11-27 ...
        (ind.kampala, "HUN", 2019, 0.0, "ok"),  # ... which answers for the index year 2019 (as at that date)
        (ind.kampala, "HUN", 2024, None, "missing"),  # ... and not after
        (ind.kampala, "CHN", 2018, None, "not_applicable"),
        (ind.implementing_legislation, "ARG", 2007, 1.0, "ok"),
        (ind.arrests_executed, "DEU", 2025, 1.0, "ok"),  # El Hishri: 1 of 1 occasions
        (ind.arrests_executed, "MNG", 2024, 0.0, "ok"),  # Putin: 0 of 1
        (ind.arrests_executed, "FRA", 2024, None, "not_applicable"),
        (ind.failures_to_arrest, "MNG", 2024, 1.0, "ok"),
        (ind.noncompliance_findings, "HUN", 2025, 1.0, "ok"),
        (ind.noncompliance_findings, "SDN", 2015, 2.0, "ok"),  # Al-Bashir (March) and Hussein (June)
        (ind.noncompliance_findings, "CHN", 2015, None, "not_applicable"),
        (ind.joint_statements, "SVN", 2025, 1.0, "ok"),
        (ind.joint_statements, "USA", 2025, None, "not_applicable"),
        (ind.cooperation_agreements, "ARG", 2019, 1.0, "ok"),
        # The Court's list of enforcement agreements is held in full to 28 March 2025: absence means none in 2025 ...
        (ind.cooperation_agreements, "HUN", 2025, 0.0, "ok"),
        # ... and for earlier years, but not for a year the complete list does not reach.
        (ind.cooperation_agreements, "HUN", 2024, 0.0, "ok"),  # complete to 2025-03-28 answers for 2024 too
        (ind.cooperation_agreements, "FRA", 2026, 1.0, "ok"),
        (ind.cooperation_agreements, "HUN", 2026, None, "missing"),
        (ind.measures_against_court, "USA", 2025, 1.0, "ok"),
        (ind.measures_against_court, "FRA", 2025, 0.0, "ok"),
        (ind.withdrawal, "HUN", 2025, 1.0, "ok"),  # notified 2 June 2025
        (ind.withdrawal, "BFA", 2025, 0.5, "ok"),  # announced, never notified
        (ind.withdrawal, "DEU", 2025, 0.0, "ok"),
    ],
)
def test_indicator(facts: Facts, assessed: dict, fn, iso3: str, year: int, value, status: str) -> None:  # noqa: ANN001
    v = fn(facts, iso3, ind.Window(year, years=1), assessed)
    assert v.status == status
    assert v.value == pytest.approx(value) if value is not None else v.value is None
    if v.status == "ok" and v.value:
        assert v.evidence and all(e["sources"] for e in v.evidence)
    if v.status == "ok" and v.value == 0 and fn in (ind.cooperation_agreements, ind.kampala):
        assert v.evidence[0]["sources"], "a 'none' from a complete list cites the list's sources"


def test_window_weights_fade_with_age() -> None:
    w = ind.Window(2025, years=5, half_life=2)
    assert [w.weight(y) for y in (2026, 2025, 2023, 2021, 2020)] == [0.0, 1.0, 0.5, 0.25, 0.0]
    flat = ind.Window(2025, years=3, half_life=float("inf"))
    assert [flat.weight(y) for y in (2022, 2023, 2025)] == [0.0, 1.0, 1.0]
    with pytest.raises(ValueError):
        ind.Window(2025, years=0)


def test_a_failure_still_counts_the_next_year(facts: Facts, assessed: dict) -> None:
    # Mongolia's failure to arrest (2024) and the Court's finding on it are outside a one-year 2025
    # window, but inside the default five-year window, at the weight of a year-old fact.
    one, five = ind.Window(2025, years=1), ind.Window(2025)
    assert ind.failures_to_arrest(facts, "MNG", one, assessed).status == "not_applicable"
    v = ind.failures_to_arrest(facts, "MNG", five, assessed)
    assert v.value == pytest.approx(five.weight(2024)) and v.evidence[0]["weight"] == pytest.approx(five.weight(2024), abs=1e-3)
    assert ind.noncompliance_findings(facts, "MNG", one, assessed).value == 0.0
    assert ind.noncompliance_findings(facts, "MNG", five, assessed).value > 0


def test_conduct_over_the_window_is_an_age_weighted_mean(facts: Facts, assessed: dict) -> None:
    # Hungary notified withdrawal on 2 June 2025: only the window's last year counts.
    w = ind.Window(2025, years=5, half_life=2)
    total = sum(w.weight(y) for y in w.span)
    assert ind.withdrawal(facts, "HUN", w, assessed).value == pytest.approx(1 / total)


def _with_lists(facts: Facts, **changes: dict | None) -> Facts:
    """The same record with data/lookups/complete_lists.yaml changed (a list set to None is removed)."""
    lookups = copy.deepcopy(facts.records.lookups)
    lists = lookups.setdefault("complete_lists", {"lists": {}})["lists"]
    for key, entry in changes.items():
        if entry is None:
            lists.pop(key, None)
        else:
            lists[key] = entry
    return Facts(dataclasses.replace(facts.records, lookups=lookups))


SOURCE = {"url": "https://treaties.un.org/example", "title": "a list", "kind": "primary"}


def test_a_list_held_in_full_turns_absence_into_zero_and_the_date_is_data(facts: Facts, assessed: dict) -> None:
    w = ind.Window(2025, years=1)
    # China is not in the record's APIC list, which is not held in full: unknown.
    assert ind.apic(facts, "CHN", w, assessed).status == "missing"
    full = _with_lists(facts, apic={"indicator": "apic", "through": "2025-06-30", "basis": "test", "sources": [SOURCE]})
    v = ind.apic(full, "CHN", w, assessed)
    assert (v.status, v.value) == ("ok", 0.0) and "2025-06-30" in v.note
    assert v.evidence[-1]["sources"] == [SOURCE], "a 'not a party' from a complete list cites the list's sources"
    # A State in the list keeps its value; a list complete only to an earlier year does not answer for 2025.
    assert ind.apic(full, "HUN", w, assessed).value == 1.0
    old = _with_lists(facts, apic={"indicator": "apic", "through": "2024-12-31", "basis": "test", "sources": [SOURCE]})
    assert ind.apic(old, "CHN", w, assessed).status == "missing"
    # The same for the Kampala amendments (States Parties only) and for implementing legislation.
    assert ind.kampala(facts, "HUN", w, assessed).status == "missing"
    kfull = _with_lists(facts, kampala={"indicator": "kampala", "through": "2025-12-31", "basis": "test", "sources": [SOURCE]})
    assert ind.kampala(kfull, "HUN", w, assessed).value == 0.0
    assert ind.kampala(kfull, "DEU", w, assessed).value == 1.0
    assert ind.kampala(kfull, "CHN", w, assessed).status == "not_applicable"
    no_law = [iso for iso in ("HUN", "MNG", "FRA") if ind.implementing_legislation(facts, iso, w, assessed).status == "missing"]
    assert no_law, "the record has States Parties without a recorded law"
    lfull = _with_lists(facts, implementing_legislation={"indicator": "implementing_legislation", "through": "2025-01-01", "basis": "test", "sources": [SOURCE]})
    assert all(ind.implementing_legislation(lfull, iso, w, assessed).value == 0.0 for iso in no_law)
    # Removing the enforcement list's date from the data turns Hungary's 'none' back into unknown.
    assert ind.cooperation_agreements(facts, "HUN", w, assessed).value == 0.0
    assert ind.cooperation_agreements(_with_lists(facts, enforcement_agreements=None), "HUN", w, assessed).status == "missing"


def test_an_apic_signature_alone_is_not_a_not_party_unless_the_list_is_held_in_full(facts: Facts, assessed: dict) -> None:
    from iccwatch.model.terms import CONSENT_ACTIONS

    w = ind.Window(2025, years=1)
    signed_only = [iso for iso, st in facts.records.states.items()
                   if (acts := [a for a in st.participation if a.instrument == "apic"])
                   and not any(a.action in (*CONSENT_ACTIONS, "entry_into_force") for a in acts)]
    assert signed_only, "the record has States with an APIC signature and no recorded ratification"
    for iso in signed_only:
        v = ind.apic(facts, iso, w, assessed)
        assert v.status == "missing", iso  # the partial list cannot say the State never ratified
        assert v.evidence, "the recorded signature is still shown"
    full = _with_lists(facts, apic={"indicator": "apic", "through": "2025-06-30", "basis": "test", "sources": [SOURCE]})
    for iso in signed_only:
        v = ind.apic(full, iso, w, assessed)
        assert (v.status, v.value) == ("ok", 0.0) and "2025-06-30" in v.note
        assert v.evidence[-1]["sources"] == [SOURCE] and len(v.evidence) >= 2


def test_complete_lists_name_index_indicators_and_classified_sources(facts: Facts) -> None:
    table = facts.records.lookups["complete_lists"]["lists"]
    ids = {i.id for i in ind.INDICATORS}
    index = PublisherIndex.from_lookups(facts.records.lookups)
    for key, entry in table.items():
        assert entry.get("indicator") is None or entry["indicator"] in ids, key
        for s in [*(entry.get("sources") or []), *(c["source"] for c in entry.get("counts") or [])]:
            assert index.lookup(s["url"]) is not None, f"{key}: {s['url']} is not classified in data/lookups/publishers.yaml"


def test_a_crimes_only_law_is_not_a_cooperation_law(facts: Facts) -> None:
    """Art. 88 asks for procedures to cooperate: a law that only puts the Statute's crimes into national
    law scores nothing on implementing legislation, and the value says what was found."""
    from iccwatch.model.measure import Measure

    crimes = [m for m in facts.records.measures.values() if m.kind == "implementing_legislation" and m.scope == "crimes_only"]
    assert crimes, "the record codes crimes-only laws"
    law = crimes[0]
    measures = {k: m for k, m in facts.records.measures.items()
                if not (m.state == law.state and m.kind == "implementing_legislation" and m is not law)}
    only_crimes = Facts(dataclasses.replace(facts.records, measures=measures))
    year = int(str(law.date)[:4]) + 1
    value = ind.implementing_legislation(only_crimes, law.state, ind.Window(year), {})
    assert value.value is None and value.status == "missing"
    assert "crimes" in value.note and value.evidence
    measures[law.id] = Measure.model_validate({**law.model_dump(mode="json"), "scope": "cooperation"})
    coded = Facts(dataclasses.replace(facts.records, measures=measures))
    assert ind.implementing_legislation(coded, law.state, ind.Window(year), {}).value == 1.0


def test_referrals_share_of_occasions_with_partial_lists_unknown(facts: Facts, assessed: dict) -> None:
    """Referrals of situations (Art. 14): each situation referred in a year is one occasion; a State
    named by a referral took part; the Ukraine referral of 2022 names 41 of its 43 referring States, so a
    State it does not name is unknown for that occasion, not 'none'."""
    w1 = ind.Window(2024, years=1)
    # 2024: Palestine (Mexico and Chile, January) and Belarus (Lithuania, September) are two occasions.
    assert ind.situation_referrals(facts, "LTU", w1, assessed).value == pytest.approx(0.5)
    assert ind.situation_referrals(facts, "MEX", w1, assessed).value == pytest.approx(0.5)
    assert ind.situation_referrals(facts, "FRA", w1, assessed).value == 0.0
    assert ind.situation_referrals(facts, "USA", w1, assessed).status == "not_applicable"
    # 2022: a State the partial Ukraine list names took part; one it does not name is unknown.
    w22 = ind.Window(2022, years=1)
    assert ind.situation_referrals(facts, "FRA", w22, assessed).value == 1.0
    assert ind.situation_referrals(facts, "MNE", w22, assessed).status == "missing"
    # Over a five-year window the unknown occasion is left out of the share (older occasions weigh less).
    w5 = ind.Window(2024)
    v = ind.situation_referrals(facts, "MNE", w5, assessed)
    assert v.status == "ok" and v.value == 0.0 and "ukraine@2022" in v.note
    fra = ind.situation_referrals(facts, "FRA", w5, assessed)
    occ = {"venezuela-ii@2020": w5.weight(2020), "ukraine@2022": w5.weight(2022), "drc@2023": w5.weight(2023),
           "palestine@2023": w5.weight(2023), "palestine@2024": w5.weight(2024), "belarus@2024": w5.weight(2024)}
    assert fra.value == pytest.approx(occ["ukraine@2022"] / sum(occ.values()))
    # The list answers only for years it is held in full: 2025 is after its date, so silence is unknown.
    assert ind.situation_referrals(facts, "FRA", ind.Window(2025, years=1), assessed).status == "missing"
    full = _with_lists(facts, situation_referrals={"indicator": "situation_referrals", "since": "2020-01-01", "through": "2025-12-31",
                                                   "basis": "test", "sources": [SOURCE]})
    v25 = ind.situation_referrals(full, "FRA", ind.Window(2025, years=1), assessed)
    assert (v25.status, v25.value) == ("ok", 0.0)
    # A list held in full only from 2021 does not answer for a window that starts in 2020.
    late = _with_lists(facts, situation_referrals={"indicator": "situation_referrals", "since": "2021-01-01", "through": "2024-12-31",
                                                   "basis": "test", "sources": [SOURCE]})
    assert ind.situation_referrals(late, "BRA", w5, assessed).status == "missing"
    assert ind.situation_referrals(late, "BRA", ind.Window(2024, years=4), assessed).value == 0.0


def test_every_referral_names_a_state_party_on_its_date(facts: Facts) -> None:
    refs = [m for m in facts.records.measures.values() if m.kind == "situation_referral"]
    assert len(refs) >= 50
    for m in refs:
        assert m.targets, m.id
        assert ind.party_on(facts, m.state, ind._first_day(m.date)), f"{m.id}: only a State Party can refer (Art. 14)"


def test_partial_parts_of_complete_lists_name_recorded_occasions(facts: Facts) -> None:
    """A 'partial' key that names no recorded referral occasion would silently mark nothing as unknown."""
    occasions = {ind.referral_occasion(m) for m in facts.records.measures.values() if m.kind == "situation_referral"}
    lst = ind.complete_list(facts, "situation_referrals")
    assert lst.partial, "the Ukraine referral names 41 of its 43 States: the list says so"
    for key, why in lst.partial:
        assert key in occasions, key
        assert why.strip()


def test_a_statement_open_only_to_named_states_counts_only_for_them(facts: Facts, assessed: dict) -> None:
    # A statement only some States Parties could join (e.g. the Council's members) is not a statement the
    # others declined: it must neither lower nor raise their share.
    closed = [s for s in facts.records.statements.values() if s.open_to]
    assert closed, "the record holds statements open only to named States"
    s = closed[0]
    year = int(s.date[:4])
    w = ind.Window(year, years=1)
    outsiders = [p for p in ("DEU", "NLD", "JPN", "BRA", "ZAF", "CAN") if p not in s.open_to]
    for iso3 in outsiders:
        v = ind.joint_statements(facts, iso3, w, assessed)
        assert all(s.title not in e["what"] for e in v.evidence), iso3
    insider = s.signatories[0]
    v = ind.joint_statements(facts, insider, w, assessed)
    assert any(s.title in e["what"] for e in v.evidence)


def test_a_signatory_outside_open_to_is_refused() -> None:
    from pydantic import ValidationError

    from iccwatch.model.statement import Statement

    src = [{"url": "https://www.un.org/x", "title": "t", "kind": "primary"}]
    with pytest.raises(ValidationError, match="not among the States it was open_to"):
        Statement(id="x", title="x", signatories=["FRA", "DEU"], complete=True, open_to=["FRA"], sources=src)


def test_the_checker_knows_exactly_the_index_indicators() -> None:
    """complete_lists.yaml's `indicator` is checked against model.terms.IndicatorId (the dataset layer cannot
    import the index): the two lists are the same."""
    from typing import get_args

    from iccwatch.assess.indicators import INDICATORS
    from iccwatch.model.terms import IndicatorId

    assert [i.id for i in INDICATORS] == list(get_args(IndicatorId))


def test_a_withdrawal_revoked_in_a_month_ends_a_notice_given_within_it(facts: Facts) -> None:
    # Partial dates are compared as the days they can mean, not as strings ("2020-03" < "2020-03-10" as text):
    # a notice revoked in March 2020 is not pending in 2021.
    from iccwatch.model import Participation

    iso3 = next(i for i in sorted(facts.records.states) if any(a.action in ("ratification", "accession") for a in facts.records.states[i].participation)
                and not any(a.action.startswith("withdrawal") for a in facts.records.states[i].participation))
    st = facts.records.states[iso3]

    def with_acts(*acts: tuple[str, str]) -> Facts:
        added = [Participation(instrument="rome-statute", action=a, date=d, sources=list(st.sources)) for a, d in acts]
        states = {**facts.records.states, iso3: st.model_copy(update={"participation": [*st.participation, *added]})}
        return Facts(dataclasses.replace(facts.records, states=states))

    revoked = with_acts(("withdrawal_notified", "2020-03-10"), ("withdrawal_revoked", "2020-03"))
    assert ind._withdrawal_in_year(revoked, iso3, 2020)[0] == 1.0  # pending in 2020 until revoked
    assert ind._withdrawal_in_year(revoked, iso3, 2021)[0] == 0.0
    earlier = with_acts(("withdrawal_notified", "2020-03-10"), ("withdrawal_revoked", "2020-02"))
    assert ind._withdrawal_in_year(earlier, iso3, 2021)[0] == 1.0  # a revocation before the notice does not end it


def test_an_overflight_is_no_occasion_and_the_indicators_say_it_was_left_out(facts: Facts) -> None:
    """An overflight over a State bound to arrest is not counted as complied or failed (whether and how the State had
    to act against the aircraft is disputed, law/airspace.py); the occasion indicators name it as left out."""
    from iccwatch.model import Event, Source

    e = Event.model_validate({"id": "test-flight", "person": "vladimir-vladimirovich-putin", "date": "2024-06-01", "state": "MNG",
                              "action": "no_arrest", "trip": "overflight", "sources": [Source(url="https://example.org/f", kind="secondary")]})
    f = Facts(dataclasses.replace(facts.records, events={**facts.records.events, e.id: e}))
    by_state: dict = defaultdict(list)
    for a in assess_events(f):
        by_state[a.event.state].append(a)
    w = ind.Window(2024, years=1)
    before = ind.failures_to_arrest(facts, "MNG", w, assessed_of(facts))
    after = ind.failures_to_arrest(f, "MNG", w, by_state)
    assert after.value == before.value == pytest.approx(1.0)  # the visit of 2024-09-02 only
    assert "overflight" not in before.note and "1 overflight" in after.note and "disputed" in after.note
    done = ind.arrests_executed(f, "MNG", w, by_state)
    assert done.value == 0.0 and "0 of 1" in done.note and "1 overflight" in done.note
    # A State with an overflight and no other occasion: still no occasion, and the note says why.
    only = ind.failures_to_arrest(f, "MNG", ind.Window(2024, years=1), {"MNG": [a for a in by_state["MNG"] if a.event.id == "test-flight"]})
    assert only.status == "not_applicable" and "overflight" in only.note


def assessed_of(facts: Facts) -> dict:
    out: dict = defaultdict(list)
    for a in assess_events(facts):
        out[a.event.state].append(a)
    return out
