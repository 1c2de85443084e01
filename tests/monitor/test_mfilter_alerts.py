"""The alert model (monitor/mfilter.py, ``alert_passes``; trained by monitor/mfilter_train.py): an alert needs its
stricter score in the filtered mode, its file is checked when read, and its weights are what its training gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iccwatch.facts import Facts
from iccwatch.monitor import mfilter, mfilter_train
from iccwatch.monitor.alerts import alert_for
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

REALNEWS = Path(__file__).parent / "realnews"


def _visit(spec):  # noqa: ANN001, ANN202
    doc = make_document("Omar al-Bashir arrived in N'Djamena on Monday for a summit of regional leaders.", date="2013-02-26")
    visits = [c for c in extract_candidates(doc, spec, mode="rules") if c.type == "visit"]
    assert [c.state for c in visits] == ["TCD"]
    return doc, visits[0]


def test_an_alert_needs_the_stricter_score(spec, facts: Facts, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    doc, visit = _visit(spec)
    assert alert_for(visit, facts, doc.date) is not None  # the rules' reading alone: an alert
    model = mfilter.load_alert_model()
    p = mfilter.alert_probability(visit, doc, model)
    assert 0.0 < p < 1.0
    # a threshold just above the candidate's score stops the alert; at the score, it passes
    monkeypatch.setattr(mfilter, "load_alert_model", lambda: {**model, "threshold": min(p + 1e-6, 0.999999)})
    assert alert_for(visit, facts, doc.date, doc) is None
    monkeypatch.setattr(mfilter, "load_alert_model", lambda: {**model, "threshold": p})
    assert alert_for(visit, facts, doc.date, doc) is not None
    # an alert held back is still a candidate for review: the alert model never touches extraction
    never = {**model, "weights": {}, "bias": -50.0}
    monkeypatch.setattr(mfilter, "load_alert_model", lambda: never)
    assert alert_for(visit, facts, doc.date, doc) is None
    keep_all = {**mfilter.load_model(), "weights": {}, "bias": 50.0}
    monkeypatch.setattr(mfilter, "load_model", lambda: keep_all)
    assert visit in extract_candidates(doc, spec, mode="filtered")
    # a candidate read from an official document passes, as it passes the filter
    assert alert_for(visit.model_copy(update={"official": "press_release"}), facts, doc.date, doc) is not None


def test_the_evaluation_gates_alerts_in_the_filtered_mode_only(spec, facts: Facts, tmp_path: Path,  # noqa: ANN001
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from iccwatch.monitor.evaluate import evaluate_realnews

    half = tmp_path / "dev"
    half.mkdir()
    (half / "001.txt").write_text("---\ndate: 2013-02-26\ntitle: A summit\n---\nOmar al-Bashir arrived in N'Djamena on Monday "
                                  "for a summit of regional leaders.\n", encoding="utf-8")
    (half / "001.yaml").write_text("expected:\n- {type: visit, person: omar-hassan-ahmad-al-bashir, state: TCD, alert: true}\n",
                                   encoding="utf-8")
    always = {**mfilter.load_alert_model(), "weights": {}, "bias": 50.0}
    never = {**always, "bias": -50.0}
    keep_all = {**mfilter.load_model(), "weights": {}, "bias": 50.0}
    monkeypatch.setattr(mfilter, "load_model", lambda: keep_all)
    for setting, model, mode, raised in (("on", always, "filtered", 1), ("on", never, "filtered", 0), ("on", never, "rules", 1),
                                         ("off", never, "filtered", 1)):
        monkeypatch.setenv("ICCWATCH_MONITOR_ALERT_MODEL", setting)
        monkeypatch.setattr(mfilter, "load_alert_model", lambda m=model: m)
        r = evaluate_realnews(half, spec, facts, mode=mode)
        assert r["overall"]["tp"] == 1  # the candidate itself is kept either way
        assert r["alerts"]["raised"] == raised, (setting, mode, raised)


def test_the_alert_model_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ICCWATCH_MONITOR_ALERT_MODEL", raising=False)
    assert mfilter.alert_model_enabled() is mfilter.ALERT_MODEL_DEFAULT
    monkeypatch.setenv("ICCWATCH_MONITOR_ALERT_MODEL", "on")
    assert mfilter.alert_model_enabled() is True
    monkeypatch.setenv("ICCWATCH_MONITOR_ALERT_MODEL", "off")
    assert mfilter.alert_model_enabled() is False
    monkeypatch.setenv("ICCWATCH_MONITOR_ALERT_MODEL", "strict")
    with pytest.raises(ValueError, match="ICCWATCH_MONITOR_ALERT_MODEL"):
        mfilter.alert_model_enabled()


def test_the_alert_threshold_is_stricter_and_chosen_by_cross_validation() -> None:
    committed = json.loads(mfilter.ALERT_WEIGHTS.read_text())
    cv = committed["cross_validation"]
    assert committed["threshold"] == cv["best"]["threshold"]
    assert committed["threshold"] > json.loads(mfilter.WEIGHTS.read_text())["threshold"]
    assert cv["sources"] == list(mfilter_train.ALERT_SOURCES) and cv["precision_goal"] == mfilter_train.ALERT_PRECISION
    # at the chosen threshold the pooled out-of-fold alert precision reaches the goal, and no threshold reaching it keeps
    # more right alerts
    curve = {t: (n, ok) for t, n, ok in cv["best"]["curve"]}
    n, ok = curve[committed["threshold"]]
    assert n and ok / n >= mfilter_train.ALERT_PRECISION
    assert all(right <= ok for raised, right in curve.values() if raised and right / raised >= mfilter_train.ALERT_PRECISION)
    # and it holds back alerts the filter alone would raise
    assert n < cv["best"]["curve"][0][1]


@pytest.mark.parametrize("bad", [1.5, 0, "high", None, True])
def test_a_bad_alert_threshold_is_an_error_naming_file_and_field(tmp_path: Path, bad: object) -> None:
    model = json.loads(mfilter.ALERT_WEIGHTS.read_text())
    p = tmp_path / "alert.json"
    p.write_text(json.dumps({**model, "threshold": bad}))
    with pytest.raises(ValueError, match=r"alert\.json.*'threshold'"):
        mfilter.load_alert_model(str(p))
    del model["threshold"]
    p.write_text(json.dumps(model))
    with pytest.raises(ValueError, match=r"alert\.json.*'threshold' missing"):
        mfilter.load_alert_model(str(p))
    with pytest.raises(ValueError, match=r"nowhere\.json"):
        mfilter.load_alert_model(str(tmp_path / "nowhere.json"))


def test_the_shipped_alert_file_is_read() -> None:
    mfilter.load_alert_model.cache_clear()
    model = mfilter.load_alert_model()
    assert model["threshold"] == json.loads(mfilter.ALERT_WEIGHTS.read_text())["threshold"]


@pytest.mark.xdist_group("realnews")  # reads the dev half, as tests/monitor/test_realnews.py does
def test_refitting_the_alert_table_gives_the_committed_alert_weights() -> None:
    committed = json.loads(mfilter.ALERT_WEIGHTS.read_text())
    table = mfilter_train.read_table()
    rows = mfilter_train.with_features(table, REALNEWS / "dev", extra=committed["extra"])
    arows = mfilter_train._alert_rows(rows, mfilter_train.read_alert_table(), table)
    model = mfilter_train.fit(arows, committed["lambda"], committed["bow"], False, committed["doc_cues"])
    assert model["weights"].keys() == committed["weights"].keys()
    assert all(abs(model["weights"][k] - v) <= 2e-6 for k, v in committed["weights"].items())
    assert abs(model["bias"] - committed["bias"]) <= 2e-6
    assert committed["training"]["documents"] == len(arows)


def test_the_alert_table_holds_alert_raising_candidates_of_dev_documents() -> None:
    table = {r["doc"]: r for r in mfilter_train.read_table()}
    atable = mfilter_train.read_alert_table()
    test = {p.stem for p in (REALNEWS / "test").glob("*.txt")}
    assert {a["doc"] for a in atable} == set(table) and not set(table) & test
    checked = 0
    for a in atable:
        for source in ("rules", *mfilter_train.SOURCES):
            for i, right in a[source]:
                label, c = table[a["doc"]][source][i]
                assert c["type"] in mfilter_train.ALERT_TYPES and c.get("person") and c.get("state")
                if right:
                    assert label == 1  # a right alert is a right candidate
                checked += 1
    assert checked


@pytest.mark.xdist_group("realnews")
def test_test_half_alert_floor_with_the_alert_model(spec, facts: Facts, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """A floor under the alert precision of the whole test half with the alert model on, measured once (2026-12-03):
    65 raised / 46 right (0.708) without it, 33 / 29 (0.879) with it (docs/monitor.md, "Alert calibration")."""
    from iccwatch.monitor.evaluate import evaluate_realnews

    monkeypatch.setenv("ICCWATCH_MONITOR_ALERT_MODEL", "on")
    r = evaluate_realnews(REALNEWS / "test", spec, facts)
    assert r["alerts"]["precision"] >= 0.85


@pytest.mark.xdist_group("realnews")
def test_the_out_of_fold_report_is_the_cross_validation_the_filter_was_chosen_by() -> None:
    """``mfilter_train oof``: the committed filter's out-of-fold figures per source are those its cross-validation
    recorded for the setting it chose, and the per-type counts add up to them."""
    committed = json.loads(mfilter.WEIGHTS.read_text())
    report = mfilter_train.oof_report(mfilter_train.with_features(mfilter_train.read_table(), REALNEWS / "dev"), committed)
    for source, figures in committed["cross_validation"]["best"]["filtered"].items():
        assert report[source]["overall"] == figures
        assert sum(d["tp"] for d in report[source]["per_type"].values()) == figures["tp"]
        assert sum(d["fp"] for d in report[source]["per_type"].values()) == figures["fp"]
