"""scripts/record_gaps_from_labels.py: a dev label is held by a record fact of its type, person and State dated within
the window, and lacked otherwise (written sentences of labels and records, fixed dates)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("record_gaps_from_labels", ROOT / "scripts" / "record_gaps_from_labels.py")
assert _spec and _spec.loader
gaps: Any = importlib.util.module_from_spec(_spec)
sys.modules["record_gaps_from_labels"] = gaps  # its dataclasses look their module up by name
_spec.loader.exec_module(gaps)


def label(type_: str, person: str | None = "p", state: str | None = "AAA", dates: tuple[str, ...] = ("2025-03-10",),
          person_name: str | None = None) -> Any:
    return gaps.Label("doc", "expected", type_, person, person_name, state, dates)


def record(**kinds: Any) -> Any:
    base: dict[str, Any] = {"events": [], "warrants": [], "decisions": [], "states": {}, "statements": [], "persons": {}}
    base.update(kinds)
    return gaps.Record(**base)


TRIP = {"id": "2025-03-07-p-aaa", "person": "p", "state": "AAA", "date": "2025-03-07", "end_date": "2025-03-11", "action": "no_arrest"}


def test_a_visit_within_the_trip_is_held_and_one_elsewhere_or_long_after_is_not() -> None:
    r = record(events=[TRIP])
    assert gaps.matches(label("visit"), r) == ["2025-03-07-p-aaa"]
    assert gaps.matches(label("visit", state="BBB"), r) == []
    assert gaps.matches(label("visit", dates=("2025-06-01",)), r) == []
    assert gaps.matches(label("visit", person="q"), r) == []


def test_a_trip_called_off_holds_a_planned_visit_but_not_a_visit() -> None:
    r = record(events=[{**TRIP, "action": "visit_cancelled"}])
    assert gaps.matches(label("planned_visit"), r) == ["2025-03-07-p-aaa"]
    assert gaps.matches(label("visit"), r) == []


def test_a_month_label_matches_a_day_in_it_and_the_window_is_the_days_given() -> None:
    assert gaps.near("2025-03", "2025-03-31", 0)
    assert not gaps.near("2025-03", "2025-04-08", 7)
    assert gaps.near("2025-03", "2025-04-07", 7)


def test_a_warrant_is_held_by_its_issue_and_an_unsealing_by_its_unsealing() -> None:
    w = {"id": "p-1", "person": "p", "kind": "arrest_warrant", "issued": "2020-11-10", "unsealed": "2025-08-08", "status_history": []}
    r = record(warrants=[w])
    assert gaps.matches(label("warrant_issued", state=None, dates=("2020-11",)), r) == ["p-1"]
    assert gaps.matches(label("warrant_unsealed", state=None, dates=("2025-08",)), r) == ["p-1"]
    assert gaps.matches(label("warrant_unsealed", state=None, dates=("2023-01",)), r) == []
    assert gaps.matches(label("warrant_issued", state=None, dates=("2020-11",)), record(warrants=[{**w, "kind": "application"}])) == []


def test_an_arrest_is_held_by_a_status_or_a_custody_spell_of_that_state() -> None:
    status = {"id": "p-1", "person": "p", "status_history": [{"status": "arrested", "date": "2025-03-11", "by_state": "AAA"}]}
    spell = {"id": "p-1", "person": "p", "status_history": [], "custody": [{"held_by": "AAA", "since": "2018-10-29"}]}
    assert gaps.matches(label("arrest", dates=("2025-03-11",)), record(warrants=[status])) == ["p-1: arrested 2025-03-11"]
    assert gaps.matches(label("arrest", state="BBB", dates=("2025-03-11",)), record(warrants=[status])) == []
    assert gaps.matches(label("arrest", dates=("2018-10",)), record(warrants=[spell])) == ["p-1: custody since 2018-10-29"]


def test_a_named_label_is_matched_through_the_persons_names_and_aliases() -> None:
    w = {"id": "p-1", "person": "p", "kind": "arrest_warrant", "issued": "2020-11-10", "status_history": []}
    r = record(warrants=[w], persons={gaps.fold("Seif Suleiman Sneidl"): "p"})
    assert gaps.matches(label("warrant_issued", person=None, state=None, dates=("2020-11",), person_name="Seif Suleiman Sneidl"), r) == ["p-1"]
    assert gaps.matches(label("warrant_issued", person=None, state=None, dates=("2020-11",), person_name="Someone Else"), r) == []


@pytest.mark.parametrize(("kind", "action"), [("withdrawal_announced", "withdrawal_announced"), ("withdrawal_notified", "withdrawal_notified")])
def test_a_withdrawal_is_held_by_the_states_act_of_that_kind(kind: str, action: str) -> None:
    r = record(states={"AAA": {"participation": [{"action": action, "date": "2025-06-02"}]}})
    assert gaps.matches(label(kind, person=None, dates=("2025-06-02",)), r) == [f"AAA: {action} 2025-06-02"]
    other = "withdrawal_notified" if action == "withdrawal_announced" else "withdrawal_announced"
    assert gaps.matches(label(other, person=None, dates=("2025-06-02",)), r) == []


def test_the_dev_half_is_read_and_every_label_has_a_type() -> None:
    found = list(gaps.labels())
    assert found and all(lab.type for lab in found)
    assert gaps.DEV.name == "dev"  # the test half is never opened


def test_a_day_inside_a_trip_matches_even_with_no_window() -> None:
    r = record(events=[TRIP])
    assert gaps.matches(label("visit", dates=("2025-03-09",)), r, days=0) == ["2025-03-07-p-aaa"]
    assert gaps.matches(label("visit", dates=("2025-03-12",)), r, days=0) == []
