"""One test per rule, on the real record."""

from __future__ import annotations

import datetime as dt

from iccwatch.facts import Assumption, Facts
from iccwatch.law.declarations import declaration_basis
from iccwatch.law.forum import forum_for
from iccwatch.law.immunity import immunity_check, offices_held
from iccwatch.law.statute import residual_basis, state_party_basis
from iccwatch.law.unsc import unsc_basis
from iccwatch.law.warrants import warrant_status

D = dt.date.fromisoformat


def test_state_party_basis_applies_in_any_situation(facts: Facts) -> None:
    darfur = facts.records.situations["darfur-sudan"]
    assert state_party_basis(facts, "ZAF", darfur, D("2015-06-13")).applies == "yes"
    assert state_party_basis(facts, "RWA", darfur, D("2016-07-15")).applies == "no"


def test_residual_basis_burundi_clear_philippines_contested(facts: Facts) -> None:
    assert residual_basis(facts, "BDI", facts.records.situations["burundi"], D("2019-01-01")).applies == "yes"
    phl = residual_basis(facts, "PHL", facts.records.situations["philippines"], D("2025-03-11"))
    assert phl.applies == "contested"
    assert {p.id for p in phl.positions} >= {"philippines-osg-article-127-2", "otp-philippines-article-127-2"}
    # An investigation opened after the withdrawal with no earlier examination: no residual duty.
    assert residual_basis(facts, "BDI", facts.records.situations["ukraine"], D("2024-01-01")).applies == "no"


def test_declaration_basis_limited_to_own_situation(facts: Facts) -> None:
    assert declaration_basis(facts, "UKR", facts.records.situations["ukraine"], D("2024-06-01")).applies == "yes"
    assert declaration_basis(facts, "UKR", facts.records.situations["georgia"], D("2024-06-01")).applies == "no"


def test_unsc_basis_binds_addressees_only(facts: Facts) -> None:
    darfur, libya = facts.records.situations["darfur-sudan"], facts.records.situations["libya"]
    assert unsc_basis(facts, "SDN", darfur, D("2015-01-01")).applies == "yes"
    assert unsc_basis(facts, "EGY", darfur, D("2015-01-01")).applies == "no"
    assert unsc_basis(facts, "LBY", libya, D("2014-12-10")).applies == "yes"
    assert unsc_basis(facts, "LBY", libya, D("2011-01-01")).applies == "no"  # before resolution 1970
    assert unsc_basis(facts, "SDN", facts.records.situations["ukraine"], D("2024-01-01")).applies == "no"


def test_forum(facts: Facts) -> None:
    assert forum_for("statute", facts.records.situations["ukraine"])[0] == {"ASP"}
    assert forum_for("statute", facts.records.situations["darfur-sudan"])[0] == {"ASP", "UNSC"}
    assert forum_for("unsc", facts.records.situations["libya"])[0] == {"UNSC"}
    assert forum_for("arrangement", facts.records.situations["kenya"]) == ({"ASP"}, ["RS art 87(5)(b)"])


def test_warrant_status(facts: Facts) -> None:
    putin = facts.person("Putin")
    assert not warrant_status(facts, putin, D("2023-03-16")).outstanding
    assert warrant_status(facts, putin, D("2023-03-17")).outstanding
    duterte = facts.person("Duterte")
    assert warrant_status(facts, duterte, D("2025-03-10")).outstanding
    assert not warrant_status(facts, duterte, D("2025-03-13")).outstanding
    libya_unknown = facts.person("Makhlouf Makhlouf Arhoumah Doumah")
    # Known only through dated entries (unsealed and at large on 2024-10-04): outstanding from then on,
    # unknown before.
    assert warrant_status(facts, libya_unknown, D("2025-01-01")).outstanding
    ws = warrant_status(facts, libya_unknown, D("2023-01-01"))
    assert ws.unknown and ws.missing


def test_a_warrant_of_unknown_date_leaves_a_state_bound_by_nothing_not_obliged(facts: Facts) -> None:
    from iccwatch.law import arrest_obligation

    assert arrest_obligation(facts, "USA", "Makhlouf Makhlouf Arhoumah Doumah", D("2023-01-01")).answer == "not_obliged"
    assert arrest_obligation(facts, "LBY", "Makhlouf Makhlouf Arhoumah Doumah", D("2023-01-01")).answer == "unknown"
    assert arrest_obligation(facts, "LBY", "Makhlouf Makhlouf Arhoumah Doumah", D("2025-01-01")).answer == "obliged"


def test_immunity_raises_the_contest_only_for_sitting_troika(facts: Facts) -> None:
    putin = facts.person("Putin")
    ukraine = facts.records.situations["ukraine"]
    assert offices_held(putin, D("2024-09-03"))[0]
    check = immunity_check(facts, putin, "MNG", D("2024-09-03"), ukraine)
    assert check.applies == "yes"
    # As at 3 September 2024 the Court had not ruled on immunity in a situation the Council did not refer:
    # the Mongolia finding (24 October 2024) is later held, and the Darfur appeal is not on point.
    assert not any(p.court for p in check.positions) and any(not p.court for p in check.positions)
    assert "icc-ptc-mongolia-2024" in {p.id for p in check.later}
    assert "icc-appeals-jordan-2019" not in {p.id for p in (*check.positions, *check.later)}
    after = immunity_check(facts, putin, "TJK", D("2025-10-07"), ukraine)
    assert "icc-ptc-mongolia-2024" in {p.id for p in after.positions}
    lvova = facts.person("Lvova-Belova")
    assert immunity_check(facts, lvova, "MNG", D("2024-09-03"), ukraine).applies == "no"


def test_immunity_of_a_state_partys_official_is_not_in_dispute(facts: Facts) -> None:
    from iccwatch.law import arrest_obligation

    f = facts.with_assumptions([Assumption.parse("office Duterte head_of_state PHL 2016-06-30"),
                                Assumption.parse("warrant Duterte issued 2017-01-01 in kenya")])
    det = arrest_obligation(f, "JPN", "Duterte", D("2017-06-01"))
    assert not det.contested
    assert any(s.rule == "personal_immunity" and "not in dispute" in s.conclusion for s in det.reasoning.walk())


def test_travel_matrix_agrees_with_the_engine(facts: Facts) -> None:
    """The interval sweep must give the engine's own classification, at every breakpoint and between."""
    import random

    from iccwatch.law import arrest_obligation
    from iccwatch.law.matrix import travel_matrix
    from iccwatch.law.travel import classify

    fresh = Facts(facts.records)
    matrix = travel_matrix(fresh)
    rng = random.Random(11)
    persons, states = sorted(facts.records.persons), sorted(facts.records.states)
    checked = 0
    for p in ("vladimir-vladimirovich-putin", "benjamin-netanyahu", "rodrigo-roa-duterte", "omar-hassan-ahmad-al-bashir"):
        for s in ("HUN", "PHL", "MNG", "SDN", "UKR", "BDI", "USA"):
            for start in matrix.starts[(p, s)]:
                for d in (start - dt.timedelta(days=1), start):
                    assert matrix.lookup(p, s, d) == classify(arrest_obligation(fresh, s, p, d)), (p, s, d)
                    checked += 1
    for _ in range(500):
        p, s = rng.choice(persons), rng.choice(states)
        d = dt.date(2002, 7, 1) + dt.timedelta(days=rng.randrange(8800))
        assert matrix.lookup(p, s, d) == classify(arrest_obligation(fresh, s, p, d)), (p, s, d)
    assert checked > 20


def test_ad_hoc_arrangement_binds_a_non_party(facts: Facts) -> None:
    from iccwatch.facts import Assumption
    from iccwatch.law import arrest_obligation

    assert arrest_obligation(facts, "CHN", "Putin", D("2024-05-16")).answer == "not_obliged"
    f = facts.with_assumptions([Assumption.parse("CHN ad_hoc_arrangement 2024-01-01 for ukraine")])
    det = arrest_obligation(f, "CHN", "Putin", D("2024-05-16"))
    assert det.answer == "obliged" and "RS art 87(5)(a)" in det.basis and det.forum == "ASP"
    assert det.assumptions == ("CHN ad_hoc_arrangement 2024-01-01 for ukraine",)
    # Limited to its situation: it does not bind China in the situation in Palestine.
    assert arrest_obligation(f, "CHN", "Netanyahu", D("2025-01-01")).answer == "not_obliged"
    # An arrangement whose situation the record does not give: whether it binds cannot be told.
    g = facts.with_assumptions([Assumption.parse("CHN ad_hoc_arrangement 2024-01-01")])
    unscoped = arrest_obligation(g, "CHN", "Putin", D("2024-05-16"))
    assert unscoped.answer == "unknown" and any("which situation" in m for m in unscoped.missing_facts)


def test_art_98_2_agreement_makes_surrender_contested(facts: Facts) -> None:
    from iccwatch.facts import Assumption
    from iccwatch.law import arrest_obligation
    from iccwatch.law.matrix import travel_matrix
    from iccwatch.law.travel import classify

    f = facts.with_assumptions([Assumption.parse("MNG art_98_2_agreement 2010-01-01 with RUS")])
    det = arrest_obligation(f, "MNG", "Putin", D("2024-09-03"))
    assert det.answer == "contested" and "RS art 98(2)" in det.basis
    # Only for persons of the counterparty State.
    assert arrest_obligation(f, "MNG", "Netanyahu", D("2025-01-01")).answer == "obliged"
    m = travel_matrix(f)
    assert m.lookup("vladimir-vladimirovich-putin", "MNG", D("2024-09-03")) == classify(det) == "contested"


def test_competing_extradition_request_keeps_the_arrest_duty(facts: Facts) -> None:
    from dataclasses import replace

    from iccwatch.law import arrest_obligation
    from iccwatch.model import Request, Source

    req = Request(id="test-request", date="2025-01-20", person="osama-elmasry-njeem", requested_state="ITA", requesting="LBY",
                  kind="extradition", sources=[Source(url="https://example.org/r", kind="secondary")])
    f = Facts(replace(facts.records, requests={"test-request": req}))
    det = arrest_obligation(f, "ITA", "Almasri", D("2025-01-21"))
    assert det.answer == "obliged"
    assert any("90(4)" in s for step in det.reasoning.walk() for s in step.citations)
    assert any("extradite" in m for m in det.missing_facts)
    req2 = req.model_copy(update={"extradition_obligation": True})
    det2 = arrest_obligation(Facts(replace(facts.records, requests={"test-request": req2})), "ITA", "Almasri", D("2025-01-21"))
    assert any("90(6)" in s for step in det2.reasoning.walk() for s in step.citations)


def test_referral_assumption_is_read_and_refused_when_malformed(facts: Facts) -> None:
    import pytest

    a = Assumption.parse("referral ukraine unsc 2023-06-01 obliging RUS,UKR")
    assert str(a) == "referral ukraine unsc 2023-06-01 obliging RUS,UKR"
    f = facts.with_assumptions([a])
    sit = f.records.situations["ukraine"]
    assert sit.trigger == "unsc_referral" and f.records.instruments[sit.unsc_resolution or ""].obliges_states == ["RUS", "UKR"]
    assert facts.records.situations["ukraine"].trigger != "unsc_referral"  # the original is untouched
    with pytest.raises(ValueError, match="obliging"):
        Assumption.parse("referral ukraine unsc 2023-06-01 obliging Russia")
    with pytest.raises(ValueError, match="unknown situation"):
        facts.with_assumptions([Assumption.parse("referral atlantis unsc 2023-06-01")])


def test_court_decisions_say_which_came_after_the_question(facts: Facts) -> None:
    """The law as at the date: a finding made after the question's date is listed as later."""
    from iccwatch.law import arrest_obligation
    from iccwatch.model import DateSpan

    for on in (D("2015-06-13"), D("2018-01-01")):
        det = arrest_obligation(facts, "ZAF", "Omar Al Bashir", on)
        assert det.court_decisions, "the record holds the Court's decision on South Africa"
        for d in det.court_decisions:
            assert d["later"] == (DateSpan.parse(d["date"]).first > on), d
    visit = arrest_obligation(facts, "ZAF", "Omar Al Bashir", D("2015-06-13"))
    assert any(d["later"] for d in visit.court_decisions)  # the 2017 finding on that visit came later


def test_filing_numbers_only_are_citable() -> None:
    from iccwatch.law.citations import FILING

    for number in ("ICC-02/05-01/09-397", "ICC-02/05-01/09-397 (OA2)", "ICC-01/22-90", "ICC-01/09-02/11-982"):
        assert FILING.match(number), number
    for number in ("ICC-02/05-01/09", "ICC-01/22", "ICC-01/11-01/11 ", "ICC-01/21"):
        assert not FILING.match(number), number


def test_immunity_findings_are_findings_on_a_non_party_official(facts: Facts) -> None:
    from iccwatch.law.immunity import immunity_findings

    found = {d.id: referred for d, referred in immunity_findings(facts)}
    # A State Party's failure to arrest a sitting head of a non-party State bound by a Council referral.
    assert found.get("2011-12-12-malawi") is True
    # A non-referred situation (Mongolia 2024) counts as a holding of the other kind.
    assert found.get("2024-10-24-mongolia") is False
    # Not a finding on such an official: the official's own State (Sudan), or a finding on other assistance.
    assert "2015-03-09-sudan" not in found and "2016-09-19-kenya" not in found
    # Every entry is a finding of non-compliance with a request to arrest and surrender.
    assert all(d.finding == "non_compliance" and d.request_type == "arrest_surrender" for d, _ in immunity_findings(facts))


def test_reported_death_keeps_the_warrant_in_effect(facts: Facts) -> None:
    otti = facts.person("Vincent Otti")
    during = warrant_status(facts, otti, D("2010-06-01"))
    assert during.outstanding and any("58(4)" in d for d in during.doubts)
    assert not warrant_status(facts, otti, D("2024-01-01")).outstanding  # after the Court terminated the proceedings


def test_assumed_office_replaces_the_overlapping_recorded_term(facts: Facts) -> None:
    """An assumed term of an office replaces the recorded term of the same kind and State that overlaps it:
    the part before the assumed start stands, the part after the assumed end is dropped (the person left
    office then); offices of another kind are kept."""
    f = facts.with_assumptions([Assumption.parse("office Putin head_of_state RUS 2020-01-01 2024-12-01")])
    putin = f.person("Putin")
    assert offices_held(putin, D("2015-06-01"))[0], "the recorded term before the assumed start stands"
    assert offices_held(putin, D("2024-11-30"))[0]
    assert not offices_held(putin, D("2024-12-01"))[0], "left office on the assumed end"
    assert not offices_held(putin, D("2026-01-01"))[0]
    assert offices_held(putin, D("2010-01-01"))[0][0].kind == "head_of_government", "another kind of office is kept"
    assert offices_held(facts.person("Putin"), D("2026-01-01"))[0], "the record itself is unchanged"
