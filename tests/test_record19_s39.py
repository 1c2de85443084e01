"""Session 39 (record19): rulings the Court's own listing pages state, added to the record.

The Court's per-case listing pages (icc-cpi.int/taxonomy/term/NNN) print each release's opening sentence, so one
stored page states several rulings. The Abd-Al-Rahman page (term 902, stored as of November 2021) states the
Appeals Chamber's judgment of 1 November 2021 on the Pre-Trial Chamber's jurisdiction decision of 17 May 2021, and
the Al Hassan page (term 781, second page) the amendment of the charges of 23 April 2020; the record lacked all
three. These tests read the record through the service a user queries (``iccwatch decisions --person``).
"""

from __future__ import annotations

from iccwatch import service

LISTING_902 = "icc-cpi.int/taxonomy/term/902"
LISTING_781 = "icc-cpi.int/taxonomy/term/781"


def _rows(facts, person: str) -> dict[str, dict]:  # noqa: ANN001
    return {r["id"]: r for r in service.decisions_list(facts, person=person)}


def _primary_urls(facts, decision_id: str) -> list[str]:  # noqa: ANN001
    d = facts.records.decisions[decision_id]
    return [s.url for s in d.sources if s.kind == "primary"]


def test_abd_al_rahman_jurisdiction_rulings_are_listed_with_their_appeal(facts) -> None:  # noqa: ANN001
    rows = _rows(facts, "Ali Kushayb")
    ptc = "2021-05-17-darfur-sudan-abd-al-rahman-jurisdiction-challenge-rejected"
    ac = "2021-11-01-darfur-sudan-abd-al-rahman-jurisdiction-appeal-rejected"
    assert ptc in rows and ac in rows
    assert facts.records.decisions[ac].appeal_of == ptc
    assert facts.records.decisions[ptc].chamber == "Pre-Trial Chamber II"
    assert facts.records.decisions[ac].chamber == "Appeals Chamber"
    # the appeal's ruling sits between the confirmation of charges (July 2021) and the conviction (October 2025)
    order = list(rows)
    assert order.index("2021-07-09-darfur-sudan-abd-al-rahman-confirmation-of-charges") < order.index(ac)
    for rid in (ptc, ac):
        assert any(LISTING_902 in u for u in _primary_urls(facts, rid)), rid


def test_abd_al_rahman_rulings_carry_their_filing_numbers(facts) -> None:  # noqa: ANN001
    rows = _rows(facts, "Ali Kushayb")
    assert rows["2021-05-17-darfur-sudan-abd-al-rahman-jurisdiction-challenge-rejected"]["record_number_kind"] == "filing"
    assert rows["2021-11-01-darfur-sudan-abd-al-rahman-jurisdiction-appeal-rejected"]["record_number_kind"] == "filing"


def test_al_hassan_amended_charges_follow_the_confirmation(facts) -> None:  # noqa: ANN001
    rows = _rows(facts, "Al Hassan")
    rid = "2020-04-23-mali-al-hassan-charges-amended"
    assert rid in rows
    d = facts.records.decisions[rid]
    assert d.follows == "2019-09-30-mali-al-hassan-confirmation-of-charges"
    assert any(LISTING_781 in u for u in _primary_urls(facts, rid))
    # confidential and its number not read: only the case number, and the table says so
    assert rows[rid]["record_number_kind"] == "case"


def test_gbagbo_ble_goude_release_rulings_form_one_chain(facts) -> None:  # noqa: ANN001
    # the second page of the Blé Goudé listing (term 638) states three rulings on the release after the acquittal,
    # which the record held only in the acquittal's summary
    rows = _rows(facts, "Blé Goudé")
    tc = "2019-01-16-cote-d-ivoire-gbagbo-ble-goude-release-ordered"
    kept = "2019-01-18-cote-d-ivoire-gbagbo-ble-goude-kept-in-custody"
    cond = "2019-02-01-cote-d-ivoire-gbagbo-ble-goude-conditional-release"
    assert {tc, kept, cond} <= set(rows)
    assert set(_rows(facts, "Laurent Gbagbo")) >= {tc, kept, cond}
    d = facts.records.decisions
    assert d[tc].follows == "2019-01-15-cote-d-ivoire-gbagbo-ble-goude-acquittal"
    assert d[kept].appeal_of == tc and d[cond].appeal_of == tc and d[cond].follows == kept
    assert all(d[r].kind == "interim_release" for r in (tc, kept, cond))
    for rid in (tc, kept, cond):
        assert any("icc-cpi.int/taxonomy/term/638?page=1" in u for u in _primary_urls(facts, rid)), rid
