"""A situation's Art. 18(2) deferral requests (``deferrals``): the checker refuses one that contradicts the
situation or the decision it names, and the schema one whose outcome and ruling disagree."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.dataset.editing import edit_record

from iccwatch.dataset.checks import _deferrals
from iccwatch.dataset.loader import load_records

VEN = "situations/venezuela-i.yaml"


def _problems(data: Path) -> list[str]:
    records, problems = load_records(data)
    assert records is not None, problems
    return [str(p) for p in problems if p.severity == "error"] + [str(p) for p in _deferrals(records)]


def _deferral(change: dict[str, Any]) -> Any:
    return lambda sit: sit["deferrals"][0].update(change)


def test_the_recorded_deferrals_pass(full_data_copy: Path) -> None:
    assert _problems(full_data_copy) == []


def test_a_decision_of_another_situation_is_refused(full_data_copy: Path) -> None:
    edit_record(full_data_copy, VEN, _deferral({"decision": "2022-10-31-afghanistan-resumption-of-investigation-authorised"}))
    assert any("deferrals[0].decision" in p and "afghanistan" in p for p in _problems(full_data_copy))


def test_a_ruling_dated_otherwise_than_its_decision_is_refused(full_data_copy: Path) -> None:
    edit_record(full_data_copy, VEN, _deferral({"outcome_date": "2023-06-28"}))
    assert any("deferrals[0].outcome_date" in p and "dated 2023-06-27" in p for p in _problems(full_data_copy))


def test_a_request_before_the_investigation_opened_is_refused(full_data_copy: Path) -> None:
    edit_record(full_data_copy, VEN, _deferral({"requested": "2021-01-10", "notified": None}))
    assert any("deferrals[0].requested" in p and "before the investigation opened on 2021-11-03" in p for p in _problems(full_data_copy))


def test_a_request_by_a_state_not_of_the_situation_is_refused(full_data_copy: Path) -> None:
    edit_record(full_data_copy, VEN, _deferral({"state": "COL"}))
    assert any("deferrals[0].state" in p and "COL" in p for p in _problems(full_data_copy))


def test_a_pending_request_with_a_ruling_date_is_refused_naming_the_file(full_data_copy: Path) -> None:
    edit_record(full_data_copy, VEN, _deferral({"outcome": "pending"}))
    records, problems = load_records(full_data_copy)
    errors = [str(p) for p in problems if p.severity == "error"]
    assert any("venezuela-i" in p and "pending deferral request has no outcome_date" in p for p in errors), errors
