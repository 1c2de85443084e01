"""Session 48 (issue 12, task mgap48): the anatomy of a miss (scripts/monitor_gap.py). Each kind the script gives a false
negative or a false positive, on a document written for the test (no page of the set); the scoring is evaluate's own."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.evaluate import _Score
from iccwatch.monitor.extract import extract_candidates

PUTIN = "vladimir-vladimirovich-putin"
TEXT = "Vladimir Putin arrived in Mongolia on Monday for talks with the country's president, officials said."
TOLD = "2024-09-04"  # a Wednesday: "on Monday" is 2024-09-02


def _gap() -> Any:
    path = Path(__file__).resolve().parents[2] / "scripts" / "monitor_gap.py"
    spec = importlib.util.spec_from_file_location("monitor_gap", path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _kinds(spec: Any, expected: list[dict[str, Any]], optional: list[dict[str, Any]] | None = None,
           note: str = "") -> tuple[list[str], list[str]]:
    doc = make_document(TEXT, date=TOLD, language="en")
    got = extract_candidates(doc, spec, "rules")
    assert [(c.type, c.person, c.state, c.date) for c in got] == [("visit", PUTIN, "MNG", "2024-09-02")], got
    fn, fp = _gap().classify(doc, {"expected": expected, "optional": optional or [], "note": note}, got, None, spec,
                             _Score(spec).names, lambda d: extract_candidates(d, spec, "loose"))
    return [k for _, k in fn], [k for _, k in fp]


@pytest.mark.parametrize(("label", "kind"), [
    ({"type": "visit", "person": PUTIN, "state": "MNG", "date": "2024-09-03"}, "slot_date"),
    ({"type": "visit", "person": PUTIN, "state": "KAZ", "date": "2024-09-02"}, "slot_state"),
    ({"type": "visit", "person": PUTIN, "state": "KAZ", "date": "2024-08"}, "slot_both"),
    ({"type": "planned_visit", "person": PUTIN, "state": "MNG", "date": "2024-09-02"}, "type"),
    ({"type": "visit", "person": "yoav-gallant", "state": "MNG", "date": "2024-09-02"}, "unresolved"),
    ({"type": "arrest", "person": PUTIN, "state": "KAZ"}, "found_unread"),
    ({"type": "arrest", "person": PUTIN, "state": "MNG"}, "type"),
])
def test_a_miss_gets_its_kind(spec, label: dict[str, Any], kind: str) -> None:  # noqa: ANN001
    fn, fp = _kinds(spec, [label])
    assert fn == [kind]
    # the visit found is a false positive: the slot error's twin when the miss is of its type and person
    assert fp == (["slot_twin"] if kind.startswith("slot") else ["none"])


def test_control_a_match_is_no_miss_and_no_false_positive(spec) -> None:  # noqa: ANN001
    assert _kinds(spec, [{"type": "visit", "person": PUTIN, "state": "MNG", "date": "2024-09-02"}]) == ([], [])


def test_a_false_positive_of_a_background_or_a_trap(spec) -> None:  # noqa: ANN001
    assert _kinds(spec, [], [{"type": "visit", "person": PUTIN, "state": "MNG", "date": "2019-09"}]) == ([], ["background"])
    assert _kinds(spec, [], note="The trip was cancelled.") == ([], ["trap"])


def test_a_fact_the_loose_rules_read_without_its_day_is_read_slot(spec) -> None:  # noqa: ANN001
    # the simple past with no day and no headline: the rules leave the issue undated and drop it as background (session 26's
    # reading); the loose mode reads it undated: the words are read, the day is not
    doc = make_document("The International Criminal Court issued an arrest warrant for Vladimir Putin over the deportation of "
                        "children.\n\nThe judges said the decision was unanimous.", date="2023-03-18", language="en")
    got = extract_candidates(doc, spec, "rules")
    assert [c for c in got if c.type == "warrant_issued"] == []
    label = {"type": "warrant_issued", "person": PUTIN, "date": "2023-03"}
    fn, _ = _gap().classify(doc, {"expected": [label], "optional": [], "note": ""}, got, None, spec, _Score(spec).names,
                            lambda d: extract_candidates(d, spec, "loose"))
    assert [k for _, k in fn] == ["found_read_slot"]
