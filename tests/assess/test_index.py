"""The index, step by step on small worked examples, then its properties on the record."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from iccwatch.assess import index as ix
from iccwatch.assess.indicators import INDICATORS, PILLARS, party_on
from iccwatch.facts import Facts

N = len(INDICATORS)


def _col(name: str) -> int:
    return [i.id for i in INDICATORS].index(name)


def test_minmax_normalisation_reverses_negative_counts() -> None:
    x = np.full((3, N), np.nan)
    j = _col("failures_to_arrest")  # a count where more is worse
    x[:, j] = [0.0, 2.0, 4.0]
    norm = ix.normalise(x, "minmax")
    assert norm[:, j].tolist() == [1.0, 0.5, 0.0]
    k = _col("acceptance_of_jurisdiction")  # a share, kept as is
    x[:, k] = [0.25, 1.0, np.nan]
    norm = ix.normalise(x, "minmax")
    assert norm[0, k] == 0.25 and np.isnan(norm[2, k])


def test_aggregation_renormalises_over_available_data() -> None:
    # One State; legal commitment: acceptance 1.0 (w 0.5) and apic 0.0 (w 0.15), others missing:
    # pillar = (0.5*1 + 0.15*0) / 0.65; only that pillar has data, so the score is the pillar score.
    norm = np.full((1, N), np.nan)
    norm[0, _col("acceptance_of_jurisdiction")] = 1.0
    norm[0, _col("apic")] = 0.0
    w, p = ix.weight_vectors(ix.load_weights())
    score, pillars = ix.aggregate(norm, w, p)
    assert pillars[0, PILLARS.index("legal_commitment")] == pytest.approx(100 * 0.5 / 0.65)
    assert score[0] == pytest.approx(100 * 0.5 / 0.65)
    assert np.isnan(pillars[0, PILLARS.index("support")])


def test_ties_share_the_best_rank() -> None:
    assert ix.ranks(np.array([80.0, 100.0, 80.0, np.nan])).tolist()[:3] == [2.0, 1.0, 2.0]


def test_bands_join_states_the_draws_cannot_order() -> None:
    score = np.array([90.0, 89.0, 50.0, np.nan])
    # A beats B in only 60% of draws, A and B beat C in all: bands 1, 1, 2.
    draws = np.array([[90, 89, 50, np.nan]] * 6 + [[88, 89, 50, np.nan]] * 4, dtype=float)
    assert ix.bands(score, draws).tolist()[:3] == [1.0, 1.0, 2.0]
    assert np.isnan(ix.bands(score, draws)[3])


def test_data_selection_leaves_out_an_indicator_the_record_rarely_knows() -> None:
    # Two indicators apply to four States; the record knows one for all four, the other for one.
    x = np.full((4, N), np.nan)
    app = np.zeros((4, N), dtype=bool)
    a, b = _col("withdrawal"), _col("apic")
    x[:, a] = [0.0, 0.0, 1.0, 0.0]
    x[0, b] = 1.0
    app[:, [a, b]] = True
    res = ix.score_group(x, app, ix.load_weights(), samples=0, seed=0)
    assert res.scored[a] and not res.scored[b]
    assert np.isnan(res.norm[0, b])  # shown by explain, not scored
    assert res.rank.tolist() == [1.0, 1.0, 4.0, 1.0]


def test_weights_file_is_checked(tmp_path: Path) -> None:
    bad = tmp_path / "w.yaml"
    bad.write_text("pillars:\n  legal_commitment: {weight: 1, indicators: {apic: 1}}\n")
    with pytest.raises(ix.WeightsError, match="lacks weights"):
        ix.load_weights(bad)
    bad.write_text("pillars:\n  virtue: {weight: 1, indicators: {}}\n")
    with pytest.raises(ix.WeightsError, match="unknown pillar 'virtue'"):
        ix.load_weights(bad)
    good = ix.DEFAULT_WEIGHTS.read_text()
    bad.write_text(good.replace("years: 5", "years: 0"))
    with pytest.raises(ix.WeightsError, match="window.years"):
        ix.load_weights(bad)
    bad.write_text(good.replace("min_coverage: 0.8", "min_coverage: 2"))
    with pytest.raises(ix.WeightsError, match="min_coverage"):
        ix.load_weights(bad)


@pytest.fixture(scope="module")
def index_2025(facts: Facts) -> dict:
    return ix.compute_index(facts, 2025, samples=200, seed=3)


def test_index_is_reproducible_and_every_state_has_an_interval(facts: Facts, index_2025: dict) -> None:
    b = ix.compute_index(facts, 2025, samples=200, seed=3)
    assert [r["rank_interval"] for r in index_2025["states"]] == [r["rank_interval"] for r in b["states"]]
    assert len(index_2025["states"]) == len(facts.records.states)
    for r in index_2025["states"]:
        size = index_2025["groups"][r["group"]]["ranked"]
        lo, hi = r["rank_interval"]
        assert 1 <= lo <= hi <= size


def test_states_parties_are_ranked_apart(facts: Facts, index_2025: dict) -> None:
    last = dt.date(2025, 12, 31)
    for r in index_2025["states"]:
        assert (r["group"] == "states_parties") == party_on(facts, r["iso3"], last)
    for gid, g in index_2025["groups"].items():
        got = sorted(r["rank"] for r in index_2025["states"] if r["group"] == gid)
        assert got[0] == 1 and got[-1] <= g["ranked"]  # each table ranks from 1 on its own


def test_ties_are_marked_and_mean_equal_scores(index_2025: dict) -> None:
    for gid in index_2025["groups"]:
        rows = [r for r in index_2025["states"] if r["group"] == gid]
        for r in rows:
            same = [o for o in rows if o["rank"] == r["rank"]]
            assert r["tied"] == (len(same) > 1)
            assert {o["score"] for o in same} == {r["score"]}
        largest = index_2025["groups"][gid]["largest_tie"]["size"]
        assert largest == max(sum(o["rank"] == r["rank"] for o in rows) for r in rows)


def test_a_finding_of_noncompliance_in_the_window_scores_below_the_median(index_2025: dict) -> None:
    sp = [r for r in index_2025["states"] if r["group"] == "states_parties"]
    median = float(np.median([r["score"] for r in sp]))
    j = _col("noncompliance_findings")
    found = [r for r in sp if (index_2025["_values"][r["iso3"]][j].value or 0) > 0]
    assert found, "the record holds findings of non-compliance dated 2021-2025"
    for r in found:
        assert r["score"] < median, r["iso3"]


def test_scored_coverage_of_states_parties_is_high_and_the_rest_is_reported(index_2025: dict) -> None:
    g = index_2025["groups"]["states_parties"]
    assert g["median_coverage"] >= 0.9
    assert all(i["scored"] == (i["applicable"] > 0 and i["coverage"] >= 0.8) for i in g["indicators"])
    assert g["median_coverage_all"] <= g["median_coverage"]


def test_explain_decomposes_the_score(facts: Facts) -> None:
    e = ix.explain(facts, "HUN", 2025, samples=50)
    weights = ix.load_weights()
    for p in PILLARS:
        items = [i for i in e["indicators"] if i["pillar"] == p and i["normalised"] is not None]
        if not items:
            assert e["pillars"][p] is None
            continue
        expected = 100 * sum(i["normalised"] * i["weight_in_pillar"] for i in items) / sum(i["weight_in_pillar"] for i in items)
        assert e["pillars"][p] == pytest.approx(expected, abs=0.1)
    assert e["group"] == "states_parties"
    failures = next(i for i in e["indicators"] if i["indicator"] == "failures_to_arrest")
    assert failures["raw"] == 1.0 and failures["evidence"] and failures["evidence"][0]["sources"]
    assert sum(w["weight"] for w in weights["pillars"].values()) == pytest.approx(1.0)
    unscored = [i for i in e["indicators"] if not i["scored"] and i["status"] != "not_applicable"]
    assert all(i["normalised"] is None and "not scored" in i["note"] for i in unscored)


def test_missing_is_not_zero(facts: Facts) -> None:
    e = ix.explain(facts, "HUN", 2025, samples=10)
    kampala = next(i for i in e["indicators"] if i["indicator"] == "kampala")
    assert kampala["status"] == "missing" and kampala["raw"] is None and kampala["normalised"] is None
