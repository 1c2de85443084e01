"""The index, step by step on small worked examples, then on the record."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from iccwatch.assess import index as ix
from iccwatch.assess.indicators import INDICATORS, PILLARS
from iccwatch.facts import Facts

N = len(INDICATORS)


def _col(name: str) -> int:
    return [i.id for i in INDICATORS].index(name)


def test_minmax_normalisation_reverses_negative_counts() -> None:
    x = np.full((3, N), np.nan)
    j = _col("failures_to_arrest")  # a count where more is worse
    x[:, j] = [0.0, 2.0, 4.0]
    norm = ix._normalise(x, "minmax")
    assert norm[:, j].tolist() == [1.0, 0.5, 0.0]
    k = _col("acceptance_of_jurisdiction")  # a share, kept as is
    x[:, k] = [0.25, 1.0, np.nan]
    norm = ix._normalise(x, "minmax")
    assert norm[0, k] == 0.25 and np.isnan(norm[2, k])


def test_aggregation_renormalises_over_available_data() -> None:
    # One State; legal commitment: acceptance 1.0 (w 0.5) and apic 0.0 (w 0.15), others missing:
    # pillar = (0.5*1 + 0.15*0) / 0.65; only that pillar has data, so the score is the pillar score.
    norm = np.full((1, N), np.nan)
    norm[0, _col("acceptance_of_jurisdiction")] = 1.0
    norm[0, _col("apic")] = 0.0
    w, p = ix._weight_vectors(ix.load_weights())
    score, pillars = ix._aggregate(norm, w, p)
    assert pillars[0, PILLARS.index("legal_commitment")] == pytest.approx(100 * 0.5 / 0.65)
    assert score[0] == pytest.approx(100 * 0.5 / 0.65)
    assert np.isnan(pillars[0, PILLARS.index("support")])


def test_ties_share_the_best_rank() -> None:
    assert ix._ranks(np.array([80.0, 100.0, 80.0, np.nan])).tolist()[:3] == [2.0, 1.0, 2.0]


def test_weights_file_is_checked(tmp_path: Path) -> None:
    bad = tmp_path / "w.yaml"
    bad.write_text("pillars:\n  legal_commitment: {weight: 1, indicators: {apic: 1}}\n")
    with pytest.raises(ix.WeightsError, match="lacks weights"):
        ix.load_weights(bad)
    bad.write_text("pillars:\n  virtue: {weight: 1, indicators: {}}\n")
    with pytest.raises(ix.WeightsError, match="unknown pillar 'virtue'"):
        ix.load_weights(bad)


def test_index_ranks_every_state_with_an_interval_and_is_reproducible(facts: Facts) -> None:
    a = ix.compute_index(facts, 2025, samples=200, seed=3)
    b = ix.compute_index(facts, 2025, samples=200, seed=3)
    assert [r["rank_interval"] for r in a["states"]] == [r["rank_interval"] for r in b["states"]]
    assert len(a["states"]) == 196
    assert all(r["rank"] is not None and r["rank_interval"] is not None for r in a["states"])
    for r in a["states"]:
        lo, hi = r["rank_interval"]
        assert 1 <= lo <= hi <= 196


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
    failures = next(i for i in e["indicators"] if i["indicator"] == "failures_to_arrest")
    assert failures["raw"] == 1.0 and failures["evidence"] and failures["evidence"][0]["sources"]
    assert sum(w["weight"] for w in weights["pillars"].values()) == pytest.approx(1.0)


def test_missing_is_not_zero(facts: Facts) -> None:
    e = ix.explain(facts, "HUN", 2025, samples=10)
    kampala = next(i for i in e["indicators"] if i["indicator"] == "kampala")
    assert kampala["status"] == "missing" and kampala["raw"] is None and kampala["normalised"] is None
