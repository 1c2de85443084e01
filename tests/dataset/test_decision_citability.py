"""Decisions a lawyer can cite and follow: filing numbers (a warning per decision without one) and the
later rulings of every finding of non-compliance (recorded, or ``later_rulings_gap``)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from iccwatch.dataset import RecordSet
from iccwatch.dataset.coverage_checks import FILING_NUMBER, _decision_citability
from iccwatch.model import Decision, Meta

SRC = [{"url": "https://example.org/s", "kind": "secondary"}]
META = Meta.model_validate({"checked_through": "2026-11-30", "title": "t", "licence": "l"})


def _finding(key: str, **extra: Any) -> Decision:
    return Decision.model_validate({"id": key, "date": "2020-01-01", "chamber": "Pre-Trial Chamber II", "state": "JOR",
                                    "situation": "s", "request_type": "arrest_surrender", "finding": "non_compliance",
                                    "referred_to": "ASP", "sources": SRC, **extra})


def _ruling(key: str, **extra: Any) -> Decision:
    return Decision.model_validate({"id": key, "date": "2021-01-01", "chamber": "Appeals Chamber", "kind": "appeal_judgment",
                                    "situation": "s", "outcome": "upheld", "sources": SRC, **extra})


def _problems(*decisions: Decision) -> list:
    return list(_decision_citability(RecordSet(meta=META, decisions={d.id: d for d in decisions})))


@pytest.mark.parametrize(("number", "is_filing"), [
    ("ICC-02/05-01/09-139", True),
    ("ICC-02/05-01/09-139-Corr", True),
    ("ICC-02/05-01/09-140-tENG", True),
    ("ICC-01/22-90", True),
    ("ICC-01/09-02/11-1032 (OA5)", True),
    ("ICC-02/05-01/09-397 (OA2)", True),
    ("ICC-02/05-01/09", False),   # a case number: its last part is the case's, not a document's
    ("ICC-01/22", False),         # a situation number
    ("ICC-01/21-01/25", False),
    ("ICC-02/05-01/09-", False),
    ("see ICC-02/05-01/09-139", False),
])
def test_a_filing_number_ends_in_the_document_s_own_number(number: str, is_filing: bool) -> None:
    assert bool(re.match(FILING_NUMBER, number)) is is_filing


def test_a_decision_without_a_filing_number_is_a_warning_each() -> None:
    found = _problems(_finding("a", record_number="ICC-02/05-01/09", later_rulings_gap="searched; none"),
                      _finding("b", record_number="ICC-02/05-01/09-139", later_rulings_gap="searched; none"),
                      _ruling("c"))
    flagged = {p.record: p for p in found if p.field == "record_number"}
    assert set(flagged) == {"a", "c"} and all(p.severity == "warning" for p in flagged.values())
    assert "ICC-02/05-01/09" in flagged["a"].message and "no record number" in flagged["c"].message


def test_a_finding_needs_its_later_rulings_or_a_gap_saying_none_was_found() -> None:
    bare = _problems(_finding("a", record_number="ICC-01/22-90"))
    assert [(p.record, p.field, p.severity) for p in bare] == [("a", "later_rulings_gap", "error")]
    assert not _problems(_finding("a", record_number="ICC-01/22-90", later_rulings_gap="searched 2026-12-01; none found"))
    assert not _problems(_finding("a", record_number="ICC-01/22-90", note="No later ruling found (searched 2026)."))
    followed = _problems(_finding("a", record_number="ICC-01/22-90"), _ruling("b", record_number="ICC-01/22-91", appeal_of="a"))
    assert not followed
    also = _problems(_finding("a", record_number="ICC-01/22-90"), _ruling("b", record_number="ICC-01/22-91", follows="a"))
    assert not also


def test_only_findings_of_non_compliance_need_later_rulings() -> None:
    informing = _finding("a", record_number="ICC-02/05-01/09-107", finding="no_finding")
    assert not _problems(informing)


def test_a_gap_on_a_followed_finding_contradicts_the_record() -> None:
    found = _problems(_finding("a", record_number="ICC-01/22-90", later_rulings_gap="none found"),
                      _ruling("b", record_number="ICC-01/22-91", appeal_of="a"))
    assert [(p.record, p.field, p.severity) for p in found] == [("a", "later_rulings_gap", "warning")]


def test_the_record_has_no_finding_without_its_later_rulings(records: RecordSet) -> None:
    errors = [p for p in _decision_citability(records) if p.severity == "error"]
    assert errors == []


def _response(key: str, body: str, **extra: Any) -> Any:
    from iccwatch.model import Response

    kind = "formal" if body == "ASP" else "unsc_discussion"
    return Response.model_validate({"id": key, "body": body, "date": "2020-02-01", "kind": kind, "summary": "s",
                                    "situation": "s", "sources": SRC, **extra})


def _referral_problems(decisions: list[Decision], responses: list[Any] = ()) -> list:
    from iccwatch.dataset.coverage_checks import _finding_responses

    return list(_finding_responses(RecordSet(meta=META, decisions={d.id: d for d in decisions},
                                             responses={x.id: x for x in responses})))


def test_a_referred_finding_needs_each_forum_s_response_or_a_gap() -> None:
    both = _finding("a", referred_to="ASP+UNSC")
    bare = _referral_problems([both])
    assert [(p.record, p.field, p.severity) for p in bare] == [("a", "responses_gap", "warning")]
    assert "the ASP and the UNSC" in bare[0].message
    # the Council's response names it; the Assembly's is still missing, and the warning says so
    half = _referral_problems([both], [_response("r1", "UNSC", decision="a")])
    assert len(half) == 1 and "referred to the ASP has" in half[0].message
    # a response naming it among related decisions counts as well as one naming it as its decision
    assert not _referral_problems([both], [_response("r1", "UNSC", decision="a"), _response("r2", "ASP", related_decisions=["a"])])
    assert not _referral_problems([_finding("a", referred_to="ASP", responses_gap="searched 2026-12-02; none found")])


def test_data_coverage_lists_a_referral_without_a_response_until_its_gap_is_written() -> None:
    from iccwatch.dataset.coverage_checks import known_gaps

    bare = known_gaps(RecordSet(meta=META, decisions={"a": _finding("a", later_rulings_gap="none")}))
    assert bare["responses"] == ["1 finding(s) referred to a forum with no recorded response of that forum and no "
                                 "responses_gap saying what was searched: a (ASP)"]
    noted = known_gaps(RecordSet(meta=META, decisions={"a": _finding("a", later_rulings_gap="none", responses_gap="none found")}))
    assert "responses" not in noted


def test_a_response_of_another_finding_or_a_finding_not_referred_needs_nothing() -> None:
    other = _referral_problems([_finding("a"), _finding("b")], [_response("r", "ASP", decision="b")])
    assert [p.record for p in other] == ["a"]
    assert not _referral_problems([_finding("a", referred_to="none")])
    assert not _referral_problems([_finding("a", finding="no_finding")])


def test_the_record_names_what_was_searched_for_every_unanswered_referral(records: RecordSet) -> None:
    from iccwatch.dataset.coverage_checks import _finding_responses

    assert list(_finding_responses(records)) == []


def _person(pid: str, **extra: Any) -> Any:
    from iccwatch.model import Person

    return Person.model_validate({"id": pid, "name": pid.title(), "sources": SRC, **extra})


def _warrant(pid: str, status: str) -> Any:
    from iccwatch.model import Warrant

    return Warrant.model_validate({"id": f"{pid}-1", "person": pid, "situation": "s", "kind": "arrest_warrant",
                                   "issued": "2024-03-05", "sources": SRC,
                                   "status_history": [{"status": "issued", "date": "2024-03-05", "sources": SRC},
                                                      {"status": status, "date": "2024-03-05", "sources": SRC}]})


def _event(pid: str) -> Any:
    from iccwatch.model import Event

    return Event.model_validate({"id": f"2024-05-01-{pid}-china", "date": "2024-05-01", "person": pid, "state": "CHN",
                                 "action": "no_arrest", "sources": SRC})


def _travel(persons: list[Any], warrants: list[Any], events: list[Any] = ()) -> list:
    from iccwatch.dataset.coverage_checks import _untravelled

    return list(_untravelled(RecordSet(meta=META, persons={p.id: p for p in persons}, warrants={w.id: w for w in warrants},
                                       events={e.id: e for e in events})))


def test_a_person_at_large_with_no_trip_says_what_was_searched() -> None:
    bare = _travel([_person("a")], [_warrant("a", "at_large")])
    assert [(p.record, p.field, p.severity) for p in bare] == [("a", "travel_gap", "warning")]
    assert not _travel([_person("a", travel_gap="searched 2026-12-02; none found")], [_warrant("a", "at_large")])
    # a recorded trip, or a warrant no longer at large, asks for nothing
    assert not _travel([_person("a")], [_warrant("a", "at_large")], [_event("a")])
    assert not _travel([_person("a")], [_warrant("a", "surrendered")])


def test_data_coverage_lists_persons_at_large_without_a_trip_or_a_gap() -> None:
    from iccwatch.dataset.coverage_checks import known_gaps

    r = RecordSet(meta=META, persons={"a": _person("a", note="no office found"), "b": _person("b", note="no office found",
                                                                                           travel_gap="searched")},
                  warrants={w.id: w for w in (_warrant("a", "at_large"), _warrant("b", "at_large"))})
    assert known_gaps(r)["events"] == ["1 person(s) at large under a public warrant with no trip recorded and no travel_gap "
                                       "saying what was searched: a"]


def test_the_record_says_what_was_searched_for_every_person_at_large_without_a_trip(records: RecordSet) -> None:
    from iccwatch.dataset.coverage_checks import _untravelled

    assert list(_untravelled(records)) == []
