"""(session 32) The filter's threshold per fact type (monitor/mfilter_train.py, ``per_type_block``): the committed block is
what the trainer makes from the committed table, the rule keeps the global threshold for a type with too few examples,
and the filter applies a type's own threshold when the weights carry one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iccwatch.monitor import mfilter, mfilter_train
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates


@pytest.mark.xdist_group("realnews")  # reads the dev half, as tests/monitor/test_realnews.py does
def test_the_committed_thresholds_per_type_are_the_trainers(dev_features) -> None:  # noqa: ANN001
    """``mfilter_train types`` on the committed table and weights gives the committed block (the rule's choice on every dev
    document, the nested check, and the thresholds shipped) and changes nothing else of the weights."""
    committed = json.loads(mfilter.WEIGHTS.read_text())
    again = json.loads(json.dumps(mfilter_train.retype(dev_features(False), committed)))
    assert again["cross_validation"]["per_type"] == committed["cross_validation"]["per_type"]
    assert again["type_thresholds"] == committed["type_thresholds"]
    assert again == committed
    block = committed["cross_validation"]["per_type"]
    # shipped only when the nested check says the thresholds per type beat the one threshold on the pooled sources
    per, one = (block["nested"]["figures"][k]["sources"]["all"]["f1"] for k in ("per_type", "global"))
    assert block["nested"]["use"] == (per > one)
    assert committed["type_thresholds"] == (block["chosen"] if per > one else {})
    # every type of the table is given a threshold, each of the grid or the global one
    assert set(block["chosen"]) == set(block["examples"])
    assert all(t in mfilter_train.THRESHOLDS for t in block["chosen"].values())


def _curve(best: float, f1_there: int) -> list[list[float]]:
    """A curve over the grid whose F1 peaks at ``best`` (tp ``f1_there`` there, fewer elsewhere; fp and fn fixed)."""
    return [[t, f1_there if t == best else f1_there // 2, 10, 100] for t in mfilter_train.THRESHOLDS]


def test_a_type_with_fewer_examples_than_the_minimum_keeps_the_global_threshold() -> None:
    curves = {"visit": _curve(0.2, 80), "joint_statement": _curve(0.7, 80)}
    minimum = mfilter_train.TYPE_MIN_EXAMPLES
    got = mfilter_train.type_thresholds(curves, {"visit": minimum, "joint_statement": minimum - 1}, 0.4)
    assert got == {"visit": 0.2, "joint_statement": 0.4}
    # with as many examples as the minimum, the type gets its own curve's best
    got = mfilter_train.type_thresholds(curves, {"visit": minimum, "joint_statement": minimum}, 0.4)
    assert got == {"visit": 0.2, "joint_statement": 0.7}
    # a type the examples do not count at all keeps the global threshold too
    assert mfilter_train.type_thresholds(curves, {"visit": minimum}, 0.35)["joint_statement"] == 0.35


def test_the_type_curves_count_each_types_expected_facts() -> None:
    """On a written two-document table: tp + fn of a type is its expected facts once per source and run, and a table
    without the expected facts per type is an error naming the document and the field."""
    def row(doc: str, types: dict[str, int], cands: list[tuple[int, str]]) -> dict[str, object]:
        r: dict[str, object] = {"doc": doc, "expected": sum(types.values()), "expected_types": types}
        for source in ("rules", *mfilter_train.SOURCES):
            r[source] = [[label, [f"type={t}"]] for label, t in cands]
        return r

    rows = [row("a", {"visit": 2}, [(1, "visit"), (0, "visit")]), row("b", {"arrest": 1}, [(1, "arrest"), (0, "visit")])]
    probs = {(r["doc"], s, i): p for r in rows for s in ("rules", *mfilter_train.SOURCES) for i, p in enumerate((0.9, 0.3))}
    curves = mfilter_train.type_curves(rows, [probs, probs])  # type: ignore[arg-type]
    n = len(mfilter_train.SOURCES) * 2
    at = {t: {c[0]: c[1:] for c in curve} for t, curve in curves.items()}
    assert at["visit"][0.05] == [1 * n, 2 * n, 1 * n]  # both visits kept: one right of two expected, two wrong
    assert at["visit"][0.5] == [1 * n, 0, 1 * n]       # the wrong ones (0.3) dropped
    assert at["arrest"][0.9] == [1 * n, 0, 0]          # the right arrest (0.9) kept up to the grid's top
    assert set(at) == {"visit", "arrest"} and all(tp + fn == (2 if t == "visit" else 1) * n for t, c in at.items() for tp, _, fn in c.values())
    del rows[1]["expected_types"]
    with pytest.raises(ValueError, match=r"'b'.*expected_types"):
        mfilter_train.type_curves(rows, [probs])  # type: ignore[arg-type]


def test_the_filter_applies_a_types_own_threshold(spec) -> None:  # noqa: ANN001
    """With a threshold for one type in the weights, that type's candidates are kept at it and the others at the global."""
    doc = make_document("Omar al-Bashir arrived in Kampala on Monday for the inauguration. Judges at the International "
                        "Criminal Court issued an arrest warrant for Joseph Kony on Tuesday.", date="2025-05-08")
    rules = extract_candidates(doc, spec, mode="rules")
    model = mfilter.load_model()
    prob = {c.type: mfilter.probability(model, mfilter.features(c, doc, model["bow"], spec=spec)) for c in rules}
    assert {"visit", "warrant_issued"} <= set(prob)
    everything = {**model, "threshold": 0.01, "type_thresholds": {}}
    assert mfilter.apply(rules, doc, everything, spec=spec) == rules
    # the visit's own threshold just above its probability drops it alone
    visit_out = {**everything, "type_thresholds": {"visit": min(prob["visit"] + 1e-6, 0.999999)}}
    assert [c.type for c in mfilter.apply(rules, doc, visit_out, spec=spec)] == [c.type for c in rules if c.type != "visit"]
    # and at its probability keeps it
    assert mfilter.apply(rules, doc, {**everything, "type_thresholds": {"visit": prob["visit"]}}, spec=spec) == rules


def test_bad_thresholds_per_type_name_the_file_the_field_and_the_type(tmp_path: Path) -> None:
    p = tmp_path / "w.json"
    p.write_text(json.dumps({"weights": {}, "bias": 0.0, "bow": False, "threshold": 0.4, "type_thresholds": {"visit": 1.5}}))
    with pytest.raises(ValueError, match=r"w\.json.*type_thresholds.*'visit'"):
        mfilter.load_model(str(p))
    p.write_text(json.dumps({"weights": {}, "bias": 0.0, "bow": False, "threshold": 0.4, "type_thresholds": [0.3]}))
    with pytest.raises(ValueError, match=r"w\.json.*type_thresholds"):
        mfilter.load_model(str(p))


def test_the_alert_trainer_reads_the_filters_threshold_per_type() -> None:
    """The alert trainer compares the filter's probability with its global threshold: with thresholds per type folded in
    (``type_folded``), a candidate passes exactly when its probability reaches its own type's threshold."""
    rows = [{"doc": "a", **{s: [[1, ["type=visit"]], [1, ["type=arrest"]]] for s in ("rules", *mfilter_train.SOURCES)}}]
    probs = {("a", s, i): p for s in ("rules", *mfilter_train.SOURCES) for i, p in enumerate((0.3, 0.45))}
    model = {"threshold": 0.4, "type_thresholds": {"visit": 0.25, "arrest": 0.5}}
    folded = mfilter_train.type_folded(rows, probs, model)
    passes = {key: p >= model["threshold"] for key, p in folded.items()}
    assert passes[("a", "rules", 0)] and not passes[("a", "rules", 1)]  # the visit (0.3 >= 0.25) passes, the arrest (0.45 < 0.5) not
    assert mfilter_train.type_folded(rows, probs, {"threshold": 0.4, "type_thresholds": {}}) is probs
