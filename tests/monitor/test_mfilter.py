"""The statistical filter over the rules' candidates (monitor/mfilter.py): its weights are what its training
script gives from its committed table, it was trained on the dev half only, and extraction applies it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iccwatch.monitor import mfilter, mfilter_train
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

REALNEWS = Path(__file__).parent / "realnews"
#: How far the filter's threshold moved across fold seeds under the repeated rule when it was chosen (2026-12-03,
#: docs/monitor.md, "A stable filter"): seeds 0-4 and 0-9 gave 0.35, seeds 5-9 0.40.
SEED_SPREAD = 0.05



@pytest.mark.xdist_group("realnews")  # reads the dev half, as tests/monitor/test_realnews.py does
def test_refitting_the_table_gives_the_committed_weights(dev_features) -> None:  # noqa: ANN001
    committed = json.loads(mfilter.WEIGHTS.read_text())
    rows = dev_features(False)
    model = mfilter_train.fit(rows, committed["lambda"], committed["bow"], committed["background_negative"], committed.get("doc_cues", True))
    assert model["weights"].keys() == committed["weights"].keys()
    assert all(abs(model["weights"][k] - v) <= 2e-6 for k, v in committed["weights"].items())
    assert abs(model["bias"] - committed["bias"]) <= 2e-6
    # the threshold is the one cross-validation chose
    assert committed["threshold"] == committed["cross_validation"]["best"]["threshold"]


def test_training_table_holds_dev_documents_only() -> None:
    rows = mfilter_train.read_table()
    dev = {p.stem for p in (REALNEWS / "dev").glob("*.txt")}
    test = {p.stem for p in (REALNEWS / "test").glob("*.txt")}
    names = {r["doc"] for r in rows}
    assert names and names <= dev and not names & test
    committed = json.loads(mfilter.WEIGHTS.read_text())
    assert committed["training"]["documents"] == len(rows)


def test_labels_come_from_the_evaluation_matcher() -> None:
    """A table entry labelled 1 matches an expected fact of its document; one labelled 0 matches no label."""
    from iccwatch.dataset.yaml_io import read_yaml
    from iccwatch.monitor.evaluate import _matches

    rows = mfilter_train.read_table()[:40]
    checked = 0
    for r in rows:
        labels = read_yaml(REALNEWS / "dev" / f"{r['doc']}.yaml") or {}
        every = list(labels.get("expected") or []) + list(labels.get("optional") or [])
        for label, c in r["loose"]:
            cand = mfilter_train.as_candidate(c, r["doc"])
            if label == 1:
                assert any(_matches(cand, e) for e in labels.get("expected") or [])
            elif label == 0:
                assert not any(_matches(cand, e) for e in every)
            checked += 1
    assert checked


def test_extraction_applies_the_filter(spec, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    doc = make_document("Omar al-Bashir arrived in Kampala on Monday for the inauguration. Judges at the International "
                        "Criminal Court issued an arrest warrant for Joseph Kony on Tuesday.", date="2025-05-08")
    rules = extract_candidates(doc, spec, mode="rules")
    model = mfilter.load_model()
    probs = sorted(mfilter.probability(model, mfilter.features(c, doc, model["bow"], spec=spec)) for c in rules)
    assert len(probs) >= 2 and probs[0] < probs[-1]
    # with the threshold between the two, the filter keeps only the candidates at or above it
    stricter = {**model, "threshold": (probs[0] + probs[-1]) / 2}
    monkeypatch.setattr(mfilter, "load_model", lambda: stricter)
    kept = extract_candidates(doc, spec, mode="filtered")
    assert 0 < len(kept) < len(rules)
    assert all(mfilter.probability(model, mfilter.features(c, doc, model["bow"], spec=spec)) >= stricter["threshold"] for c in kept)
    assert kept == [c for c in rules if c in kept]


def test_the_setting_chooses_the_mode(spec, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("ICCWATCH_MONITOR_FILTER", "off")
    assert mfilter.default_mode() == "rules"
    monkeypatch.setenv("ICCWATCH_MONITOR_FILTER", "on")
    assert mfilter.default_mode() == "filtered"
    monkeypatch.setenv("ICCWATCH_MONITOR_FILTER", "sometimes")
    with pytest.raises(ValueError, match="ICCWATCH_MONITOR_FILTER"):
        mfilter.default_mode()
    with pytest.raises(ValueError, match="mode"):
        extract_candidates(make_document("Nothing happened.", date="2025-05-08"), spec, mode="loud")


def test_bad_weights_file_names_file_and_field(tmp_path: Path) -> None:
    p = tmp_path / "w.json"
    p.write_text(json.dumps({"weights": {}, "bias": 0.0, "bow": False}))
    with pytest.raises(ValueError, match=r"w\.json.*threshold"):
        mfilter.load_model(str(p))


def test_loose_mode_keeps_what_the_rules_drop(spec) -> None:  # noqa: ANN001
    """A trip the text cancels gives no candidate to the rules, and one to the loose mode (a negative to learn from)."""
    doc = make_document("Omar al-Bashir was due to travel to Kampala on Friday for the summit, but the trip was cancelled "
                        "on Wednesday.", date="2025-05-08")
    assert not [c for c in extract_candidates(doc, spec, mode="rules") if c.type in ("visit", "planned_visit")]
    assert [c for c in extract_candidates(doc, spec, mode="loose") if c.type in ("visit", "planned_visit")]


def test_the_filter_never_drops_a_new_subject_or_an_official_act(spec) -> None:  # noqa: ANN001
    """Whatever the weights, a candidate about a person the record does not hold, and one read from an official
    document, go on to review: a model that scores every candidate 0 keeps exactly those."""
    never = {"weights": {}, "bias": -50.0, "threshold": 0.5, "bow": False}
    new = make_document("Judges of the International Criminal Court on Tuesday issued arrest warrants for Musa Idris Karim, "
                        "the Court said.", date="2026-03-05")
    cands = extract_candidates(new, spec, mode="rules")
    assert [(c.type, c.person, c.person_name) for c in cands] == [("warrant_issued", None, "Musa Idris Karim")]
    assert mfilter.apply(cands, new, never, spec=spec) == cands
    known = make_document("Vladimir Putin arrived in Ulaanbaatar on Monday.", date="2024-09-03")
    visits = extract_candidates(known, spec, mode="rules")
    assert visits and all(c.person and not c.official for c in visits)
    assert mfilter.apply(visits, known, never, spec=spec) == []
    official = [c.model_copy(update={"official": "press_release"}) for c in visits]
    assert mfilter.apply(official, known, never, spec=spec) == official


def test_the_filter_setting_has_the_lowest_mean_log_loss_and_its_threshold_is_the_summed_curves() -> None:
    """The committed filter's setting has the lowest mean out-of-fold log loss of the grid over the repeated
    cross-validation, and its threshold is ``filter_threshold``'s on the curve summed over the repeats."""
    committed = json.loads(mfilter.WEIGHTS.read_text())
    best = committed["cross_validation"]["best"]
    assert best["seeds"] == list(range(mfilter_train.FILTER_REPEATS)) and mfilter_train.FILTER_REPEATS > 1
    keys = ("bow", "lambda", "background_negative", "doc_cues")
    assert len(best["losses"]) == len(mfilter_train.SETTINGS)
    lowest = min((s for s in best["losses"] if s["repeated"]), key=lambda s: s["log_loss"])
    # a setting not repeated lost by more than the race's margin on the first seed
    assert all(s["log_loss"] > lowest["log_loss"] for s in best["losses"] if not s["repeated"])
    assert all(committed[k] == best[k] == lowest[k] for k in keys)
    assert mfilter_train.filter_threshold(best["curve"])["threshold"] == committed["threshold"] == best["threshold"]
    # the curve is summed over the repeats: at the lowest threshold, the candidates kept and missed add up to the
    # pooled sources' expected facts once per repeat
    t, tp, fp, fn = best["curve"][0]
    unfiltered = committed["cross_validation"]["unfiltered_pooled"]
    assert tp + fn == (unfiltered["tp"] + unfiltered["fn"]) * mfilter_train.FILTER_REPEATS


@pytest.mark.xdist_group("realnews")
def test_the_filter_threshold_moves_little_when_a_batch_comes_or_goes(dev_features) -> None:  # noqa: ANN001
    """The committed filter's setting, its threshold chosen by the rule (``filter_curve``, ``filter_threshold``, the
    repeated cross-validation) on the whole dev half reproduces the committed curve and threshold, and on the dev half
    without one batch moves by at most one grid step (0.05) more than the spread across fold seeds: the last two batches
    (48-49) and the largest (batch 16). The spread: ``SEED_SPREAD``. The former rule (the best F1 on one fold
    assignment) moved 0.10 (0.20 -> 0.10) when batches 44-45 were left out, and 0.20-0.40 with the fold seed alone."""
    from iccwatch.dataset.yaml_io import read_yaml

    committed = json.loads(mfilter.WEIGHTS.read_text())
    setting = {k: committed[k] for k in ("lambda", "bow", "background_negative", "doc_cues")}
    rows = dev_features(False)
    batch: dict[str, str] = {}
    for f in REALNEWS.glob("batch-*.yaml"):
        for doc in (read_yaml(f) or {}).get("documents") or {}:
            batch[doc] = f.stem

    def choose(sub: list[dict[str, object]]) -> dict[str, object]:
        runs = [mfilter_train.oof_probabilities(sub, setting, seed) for seed in range(mfilter_train.FILTER_REPEATS)]
        curve = mfilter_train.filter_curve(sub, runs)
        return {"curve": curve, **mfilter_train.filter_threshold(curve)}

    whole = choose(rows)
    assert whole["curve"] == committed["cross_validation"]["best"]["curve"]
    assert whole["threshold"] == committed["threshold"]
    for left_out in (("batch-48", "batch-49"), ("batch-16",)):
        sub = [r for r in rows if batch.get(r["doc"]) not in left_out]
        assert len(rows) - len(sub) >= 18
        moved = abs(float(choose(sub)["threshold"]) - float(whole["threshold"]))  # type: ignore[arg-type]
        assert moved <= SEED_SPREAD + 0.05 + 1e-9, (left_out, moved)
