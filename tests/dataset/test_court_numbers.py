"""Numbers of the Court's record beyond a filing's own (model.court_number): hearing transcripts, where oral
rulings and initial appearances are recorded, and the numbering of proceedings on a request under
regulation 46(3), which precede any situation; the checker reads them with the same patterns."""

from __future__ import annotations

import re
from typing import Any

import pytest

from iccwatch.dataset import RecordSet
from iccwatch.dataset.context_checks import _court_numbers
from iccwatch.dataset.coverage_checks import _decision_citability
from iccwatch.dataset.review_checks import _filings
from iccwatch.law.citations import FILING, citation_url
from iccwatch.model import Decision, Meta
from iccwatch.model.court_number import COURT_NUMBER, FILING_NUMBER, is_filing_number
from iccwatch.model.situation import Situation

SRC = [{"url": "https://example.org/s", "kind": "secondary"}]
META = Meta.model_validate({"checked_through": "2026-11-30", "title": "t", "licence": "l"})


@pytest.mark.parametrize(("number", "is_filing"), [
    ("ICC-02/05-03/09-T-4-ENG", True),        # a hearing's transcript, English
    ("ICC-01/21-01/25-T-001-ENG", True),
    ("ICC-01/04-01/06-T-1-CONF-ENG", True),
    ("ICC-02/11-01/15-T-232-ENG (A)", True),
    ("ICC-RoC46(3)-01/18-37", True),          # a filing in proceedings under regulation 46(3)
    ("ICC-RoC46(3)-01/18-3", True),
    ("ICC-RoC46(3)-01/18", False),            # the proceedings' number alone
    ("ICC-02/05-03/09-T-", False),            # no transcript number
    ("ICC-02/05-03/09-T4", False),            # no hyphen between T and its number
    ("ICC-02/05-03/09-X-4", False),           # not a transcript's letter
    ("ICC-RoC46-01/18-37", False),            # the regulation's paragraph is part of the number
    ("ICC-RoC46(3)-1/18-37", False),
    ("ICC-02/05-03/09-T-4 ENG", False),       # words after the number are not part of it
])
def test_transcripts_and_regulation_46_3_filings_are_filing_numbers(number: str, is_filing: bool) -> None:
    assert bool(re.match(FILING_NUMBER, number)) is is_filing
    assert is_filing_number(number) is is_filing


@pytest.mark.parametrize(("number", "ok"), [
    ("ICC-RoC46(3)-01/18", True), ("ICC-RoC46(3)-01/18-37", True), ("ICC-01/21-01/25-T-001-ENG", True),
    ("ICC-01/21", True), ("ICC-RoC(3)-01/18", False), ("ICC-01/21-T", False), ("ICC-01/21-01/25-T-001 ENG", False),
])
def test_a_court_number_may_be_of_a_regulation_46_3_request_or_a_transcript(number: str, ok: bool) -> None:
    assert bool(COURT_NUMBER.match(number)) is ok


def test_the_law_cites_a_transcript_as_a_filing_but_links_only_a_filing_whose_page_address_is_known() -> None:
    assert FILING.match("ICC-02/05-03/09-T-4-ENG") and FILING.match("ICC-RoC46(3)-01/18-37")
    assert not FILING.match("ICC-02/05-03/09")
    assert citation_url("ICC-02/05-01/09-397") == "https://www.icc-cpi.int/court-record/icc-02/05-01/09-397"
    # a transcript's number is not cut down to a filing of another document (ICC-02/05-03 is no filing)
    assert citation_url("ICC-02/05-03/09-T-4-ENG") is None
    assert citation_url("ICC-RoC46(3)-01/18-37") is None


def _decision(key: str, situation: str, number: str, **extra: Any) -> Decision:
    return Decision.model_validate({"id": key, "date": "2018-09-06", "chamber": "Pre-Trial Chamber I", "kind": "other",
                                    "outcome": "ruled", "situation": situation, "record_number": number, "sources": SRC, **extra})


def _situation(key: str, number: str) -> Situation:
    return Situation.model_validate({"id": key, "name": key, "icc_number": number, "trigger": "proprio_motu",
                                     "status": "investigation", "states": ["BGD"], "status_as_of": "2020-01-01", "sources": SRC})


def _records(*decisions: Decision) -> RecordSet:
    sits = {"bm": _situation("bm", "ICC-01/19"), "kn": _situation("kn", "ICC-01/09")}
    return RecordSet(meta=META, decisions={d.id: d for d in decisions}, situations=sits,
                     files={("decisions", d.id): f"data/decisions/{d.id}.yaml" for d in decisions})


def test_a_regulation_46_3_number_is_of_no_situation_but_a_situation_s_number_must_be_its_own() -> None:
    found = list(_court_numbers(_records(_decision("a", "bm", "ICC-RoC46(3)-01/18-37"),
                                         _decision("b", "bm", "ICC-01/09-01/11-T-1-ENG"),
                                         _decision("c", "kn", "ICC-01/09-01/11-T-1-ENG"),
                                         _decision("d", "kn", "ICC-RoC46-01/18-37"))))
    by = {p.record: p.message for p in found}
    assert set(by) == {"b", "d"}
    assert "another situation" in by["b"] and "is not a number of the Court's record" in by["d"]


def test_a_transcript_counts_as_a_filing_number_and_one_transcript_is_one_decision() -> None:
    decisions = [_decision("a", "kn", "ICC-01/09-01/11-T-1-ENG"), _decision("b", "kn", "ICC-01/09"),
                 _decision("c", "kn", "ICC-01/09-01/11-T-1-ENG")]
    warned = {p.record for p in _decision_citability(_records(*decisions)) if p.field == "record_number"}
    assert warned == {"b"}
    shared = [p for p in _filings(_records(*decisions)) if p.field == "record_number"]
    assert [p.record for p in shared] == ["c"] and "ICC-01/09-01/11-T-1-ENG" in shared[0].message
