"""Official documents read as such. The texts below are format fixtures (the layout of a depositary
notification and of a Court press release), not copies of real documents."""

from __future__ import annotations

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates
from iccwatch.monitor.official import official_kind

NOTICE = """Reference: C.N.999.2099.TREATIES-XVIII.10 (Depositary Notification)

ROME STATUTE OF THE INTERNATIONAL CRIMINAL COURT
ROME, 17 JULY 1998

PHILIPPINES: WITHDRAWAL

The Secretary-General of the United Nations, acting in his capacity as depositary, communicates the following:
The above action was effected on 17 March 2099.
"""

REVOCATION = NOTICE.replace("PHILIPPINES: WITHDRAWAL", "PHILIPPINES: WITHDRAWAL OF NOTIFICATION OF WITHDRAWAL")



def test_depositary_notification_gives_a_primary_withdrawal_notified(spec) -> None:  # noqa: ANN001
    doc = make_document(NOTICE, url="https://treaties.un.org/doc/Publication/CN/2099/CN.999.2099-Eng.pdf")
    assert official_kind(doc) == "un_depositary"
    got = [c for c in extract_candidates(doc, spec) if c.type == "withdrawal_notified"]
    assert [(c.state, c.date, c.source_kind) for c in got] == [("PHL", "2099-03-17", "primary")]
    assert got[0].evidence.sentence == doc.text[got[0].evidence.start: got[0].evidence.end]


def test_revoking_a_withdrawal_is_not_a_withdrawal(spec) -> None:  # noqa: ANN001
    doc = make_document(REVOCATION)
    assert [c for c in extract_candidates(doc, spec) if c.type == "withdrawal_notified"] == []


def test_press_release_dates_itself_and_its_candidates_are_primary(spec) -> None:  # noqa: ANN001
    text = ("Press Release: 24 October 2099 | ICC-CPI-20991024-PR9999\n\n"
            "Pre-Trial Chamber II found that Mongolia has failed to comply with the Court's request to cooperate "
            "and referred the matter to the Assembly of States Parties.")
    doc = make_document(text)  # no date given: the header states it
    cands = extract_candidates(doc, spec)
    assert cands and all(c.source_kind == "primary" and c.official == "icc_press_release" for c in cands)
    assert ("noncompliance_finding", "MNG", "2099-10-24") in {(c.type, c.state, c.date) for c in cands}


def test_news_is_secondary(spec) -> None:  # noqa: ANN001
    cands = extract_candidates(make_document("Vladimir Putin arrived in Ulaanbaatar on Monday.", date="2024-09-03",
                                             url="https://news.example.org/a"), spec)
    assert cands and all(c.source_kind == "secondary" and c.official is None for c in cands)
