"""The due-diligence index: indicators → normalisation → weights → aggregation, with missing data kept
missing, a Monte-Carlo sensitivity analysis over weights and normalisation, and indicator correlations.

Method (docs/index-method.md), following the OECD/JRC Handbook on Constructing Composite Indicators:
1. each indicator is computed for every State for the year (indicators.py), or marked missing / not
   applicable;
2. normalisation: min-max over the States with a value (counts), shares and binaries kept in [0, 1];
   indicators where more is worse are reversed (1 - x);
3. aggregation: weighted arithmetic mean within each pillar over the indicators with data, then across
   the pillars with data; weights from a YAML file;
4. score 0-100 and rank (ties share the best rank); coverage = indicators with data / applicable ones;
5. sensitivity: N draws (seeded) that scale every weight by a uniform factor in [0.5, 1.5] and pick
   min-max or percentile-rank normalisation at random; each State's rank interval is the 5th-95th
   percentile of its ranks over the draws.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from iccwatch.assess.events import EventAssessment, assess_events
from iccwatch.assess.indicators import INDICATORS, PILLARS, Value
from iccwatch.facts import Facts

DEFAULT_WEIGHTS = Path(__file__).with_name("default_weights.yaml")
METHOD_VERSION = "1"


class WeightsError(ValueError):
    pass


def load_weights(path: Path | None = None) -> dict[str, Any]:
    """Read and check a weights file: every pillar and indicator named, weights non-negative."""
    p = path or DEFAULT_WEIGHTS
    try:
        raw = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise WeightsError(f"{p}: cannot read weights: {exc}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("pillars"), dict):
        raise WeightsError(f"{p}: expected a mapping with 'pillars'")
    known = {i.id: i.pillar for i in INDICATORS}
    pillars = raw["pillars"]
    for name in pillars:
        if name not in PILLARS:
            raise WeightsError(f"{p}: unknown pillar {name!r}; pillars are {', '.join(PILLARS)}")
    for name in PILLARS:
        spec = pillars.get(name)
        if not isinstance(spec, dict) or "weight" not in spec or "indicators" not in spec:
            raise WeightsError(f"{p}: pillar {name!r} needs 'weight' and 'indicators'")
        if not isinstance(spec["weight"], (int, float)) or spec["weight"] < 0:
            raise WeightsError(f"{p}: pillars.{name}.weight must be a non-negative number")
        for ind, w in spec["indicators"].items():
            if known.get(ind) != name:
                raise WeightsError(f"{p}: pillars.{name}.indicators.{ind}: unknown indicator for this pillar")
            if not isinstance(w, (int, float)) or w < 0:
                raise WeightsError(f"{p}: pillars.{name}.indicators.{ind} must be a non-negative number")
        missing = [i.id for i in INDICATORS if i.pillar == name and i.id not in spec["indicators"]]
        if missing:
            raise WeightsError(f"{p}: pillars.{name} lacks weights for {', '.join(missing)}")
    return raw


def _weight_vectors(weights: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    ind = np.array([weights["pillars"][i.pillar]["indicators"][i.id] for i in INDICATORS], dtype=float)
    pil = np.array([weights["pillars"][p]["weight"] for p in PILLARS], dtype=float)
    return ind, pil


def _raw_matrix(facts: Facts, year: int) -> tuple[list[str], list[list[Value]]]:
    assessed: dict[str, list[EventAssessment]] = defaultdict(list)
    for a in assess_events(facts):
        assessed[a.event.state].append(a)
    states = sorted(facts.records.states)
    values = [[ind.compute(facts, iso3, year, assessed) for ind in INDICATORS] for iso3 in states]
    return states, values


def _normalise(x: np.ndarray, method: str) -> np.ndarray:
    """Column-wise normalisation to [0, 1], NaN kept; reversed for negative indicators."""
    out = np.full_like(x, np.nan)
    for j, ind in enumerate(INDICATORS):
        col = x[:, j]
        ok = ~np.isnan(col)
        if not ok.any():
            continue
        v = col[ok]
        if method == "rank":
            order = v.argsort().argsort().astype(float)
            # average ranks for ties
            ranks = np.empty_like(v)
            for val in np.unique(v):
                sel = v == val
                ranks[sel] = order[sel].mean()
            n = (len(v) - 1) or 1
            scaled = ranks / n
        elif ind.kind == "count":
            lo, hi = v.min(), v.max()
            scaled = (v - lo) / (hi - lo) if hi > lo else np.zeros_like(v)
        else:
            scaled = v
        if ind.direction < 0:
            scaled = 1 - scaled
        out[ok, j] = scaled
    return out


def _aggregate(norm: np.ndarray, ind_w: np.ndarray, pil_w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Scores (0-100) and pillar scores for every State, NaN where nothing is known."""
    pillar_scores = np.full((norm.shape[0], len(PILLARS)), np.nan)
    for k, p in enumerate(PILLARS):
        cols = [j for j, i in enumerate(INDICATORS) if i.pillar == p]
        sub = norm[:, cols]
        w = np.where(np.isnan(sub), 0.0, ind_w[cols])
        total = w.sum(axis=1)
        with np.errstate(invalid="ignore"):
            pillar_scores[:, k] = np.where(total > 0, np.nansum(sub * w, axis=1) / np.where(total > 0, total, 1), np.nan)
    w = np.where(np.isnan(pillar_scores), 0.0, pil_w)
    total = w.sum(axis=1)
    score = np.where(total > 0, np.nansum(pillar_scores * w, axis=1) / np.where(total > 0, total, 1), np.nan) * 100
    return score, pillar_scores * 100


def _ranks(score: np.ndarray) -> np.ndarray:
    """1 = best; ties share the best rank; NaN scores get NaN."""
    out = np.full(score.shape, np.nan)
    ok = ~np.isnan(score)
    vals = score[ok]
    r = np.array([1 + (vals > v).sum() for v in vals], dtype=float)
    out[ok] = r
    return out


def compute_index(facts: Facts, year: int, weights: dict[str, Any] | None = None, samples: int = 1000, seed: int = 42) -> dict[str, Any]:
    """The index for a year (memoised on the read-only facts: the same inputs give the same result)."""
    weights = weights or load_weights()
    key = ("index", year, yaml.safe_dump(weights, sort_keys=True), samples, seed)
    return facts.memoised("index", key, lambda: _compute_index(facts, year, weights, samples, seed), maxsize=16)


def _compute_index(facts: Facts, year: int, weights: dict[str, Any], samples: int, seed: int) -> dict[str, Any]:
    states, values = _raw_matrix(facts, year)
    x = np.array([[v.value if v.status == "ok" else np.nan for v in row] for row in values], dtype=float)
    ind_w, pil_w = _weight_vectors(weights)
    norm = _normalise(x, "minmax")
    score, pillars = _aggregate(norm, ind_w, pil_w)
    rank = _ranks(score)
    # Sensitivity: weights scaled by U(0.5, 1.5), normalisation drawn at random.
    rng = np.random.default_rng(seed)
    norms = {"minmax": norm, "rank": _normalise(x, "rank")}
    draws = np.empty((samples, len(states)))
    for s in range(samples):
        method = "rank" if rng.random() < 0.5 else "minmax"
        sc, _ = _aggregate(norms[method], ind_w * rng.uniform(0.5, 1.5, ind_w.shape), pil_w * rng.uniform(0.5, 1.5, pil_w.shape))
        draws[s] = _ranks(sc)
    with np.errstate(invalid="ignore"):
        lo = np.nanpercentile(draws, 5, axis=0) if samples else rank
        hi = np.nanpercentile(draws, 95, axis=0) if samples else rank
    rows = []
    for i, iso3 in enumerate(states):
        applicable = [v for v in values[i] if v.status != "not_applicable"]
        known = [v for v in applicable if v.status == "ok"]
        rows.append({
            "iso3": iso3,
            "name": facts.records.states[iso3].name,
            "score": None if np.isnan(score[i]) else round(float(score[i]), 1),
            "rank": None if np.isnan(rank[i]) else int(rank[i]),
            "rank_interval": None if np.isnan(lo[i]) else [int(round(lo[i])), int(round(hi[i]))],
            "pillars": {p: (None if np.isnan(pillars[i, k]) else round(float(pillars[i, k]), 1)) for k, p in enumerate(PILLARS)},
            "coverage": f"{len(known)}/{len(applicable)}",
            "indicators_with_data": len(known),
            "indicators_applicable": len(applicable),
        })
    rows.sort(key=lambda r: (r["rank"] is None, r["rank"] or 0, r["iso3"]))
    return {
        "year": year,
        "method_version": METHOD_VERSION,
        "samples": samples,
        "seed": seed,
        "weights": weights,
        "states": rows,
        "correlations": correlations(x),
        "record_checked_through": facts.records.meta.checked_through,
        "_values": {iso3: values[i] for i, iso3 in enumerate(states)},
        "_norm": {iso3: norm[i] for i, iso3 in enumerate(states)},
    }


def correlations(x: np.ndarray) -> list[dict[str, Any]]:
    """Pearson correlation of every pair of indicators over the States with both values."""
    out = []
    for a in range(len(INDICATORS)):
        for b in range(a + 1, len(INDICATORS)):
            ok = ~np.isnan(x[:, a]) & ~np.isnan(x[:, b])
            n = int(ok.sum())
            r = None
            if n >= 3 and x[ok, a].std() > 0 and x[ok, b].std() > 0:
                r = round(float(np.corrcoef(x[ok, a], x[ok, b])[0, 1]), 3)
            out.append({"a": INDICATORS[a].id, "b": INDICATORS[b].id, "n": n, "r": r})
    return out


def public(result: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in result.items() if not k.startswith("_")}


def explain(facts: Facts, iso3: str, year: int, weights: dict[str, Any] | None = None, samples: int = 1000, seed: int = 42) -> dict[str, Any]:
    """One State's score decomposed into its indicators, each with its value, weight and sources."""
    st = facts.state(iso3)
    result = compute_index(facts, year, weights, samples, seed)
    weights = result["weights"]
    row = next(r for r in result["states"] if r["iso3"] == st.iso3)
    vals, norm = result["_values"][st.iso3], result["_norm"][st.iso3]
    items = []
    for j, ind in enumerate(INDICATORS):
        v = vals[j]
        items.append({
            "indicator": ind.id,
            "label": ind.label,
            "pillar": ind.pillar,
            "definition": ind.definition,
            "direction": "higher is better" if ind.direction > 0 else "higher is worse",
            "status": v.status,
            "raw": v.value,
            "normalised": None if np.isnan(norm[j]) else round(float(norm[j]), 3),
            "weight_in_pillar": weights["pillars"][ind.pillar]["indicators"][ind.id],
            "note": v.note,
            "evidence": v.evidence,
        })
    return {"year": year, "iso3": st.iso3, "name": st.name, **{k: row[k] for k in ("score", "rank", "rank_interval", "pillars", "coverage")},
            "pillar_weights": {p: weights["pillars"][p]["weight"] for p in PILLARS}, "indicators": items,
            "states_ranked": sum(r["rank"] is not None for r in result["states"])}
