"""The due-diligence index: indicators → normalisation → weights → aggregation, with missing data kept
missing, peer groups ranked apart, a Monte-Carlo sensitivity analysis, rank intervals and bands.

Method (docs/index-method.md), following the OECD/JRC Handbook on Constructing Composite Indicators:
1. each indicator is computed for every State over a window of years ending with the index year
   (indicators.py), or marked missing / not applicable; older years weigh less;
2. peer groups: States Parties on the last day of the year are scored and ranked among themselves;
   non-parties and former parties in a table of their own, on the duties they had and their conduct;
3. data selection: within a group, an indicator enters the score only where the record gives a value
   for at least ``min_coverage`` of the States to which it applies; the others are shown, not scored;
4. normalisation within the group: min-max (counts), shares and binaries kept in [0, 1]; indicators
   where more is worse are reversed (1 - x);
5. aggregation: weighted arithmetic mean within each pillar over the scored indicators with data,
   then across the pillars with data; weights from a YAML file;
6. score 0-100 and rank within the group (equal scores share the best rank and are marked ``tied``);
7. sensitivity: N draws (seeded) that scale every weight by a uniform factor in [0.5, 1.5] and pick
   min-max or percentile-rank normalisation at random; a State's rank interval is the 5th-95th
   percentile of its ranks over the draws; bands group States whose order the draws cannot settle.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from iccwatch.assess.events import EventAssessment, assess_events
from iccwatch.assess.indicators import INDICATORS, PILLARS, Value, Window, party_on
from iccwatch.errors import InputError
from iccwatch.facts import Facts

DEFAULT_WEIGHTS = Path(__file__).with_name("default_weights.yaml")
METHOD_VERSION = "2"

#: Peer groups: the two tables the index never mixes.
GROUPS = {"states_parties": "States Parties", "others": "Non-parties and former parties"}
#: The same groups within a sentence ("rank 6 of 71 non-parties and former parties"), where a heading's capital is wrong.
GROUP_WORDS = {"states_parties": "States Parties", "others": "non-parties and former parties"}
#: Two States are in different bands when the first outscores the second in at least this share of draws.
BAND_CONFIDENCE = 0.95
DEFAULT_WINDOW = {"years": 5, "half_life": 2.0}
DEFAULT_SELECTION = {"min_coverage": 0.8}


class WeightsError(InputError):
    """Weights that cannot be read or used (422, field ``weights``)."""

    field = "weights"


#: The largest weight taken: weights are relative, and a sum of huge ones overflows to infinity.
MAX_WEIGHT = 1e6
#: The largest weights file read (the published one is under 2 kB).
MAX_WEIGHTS_BYTES = 1_000_000


def _weight(p: Path, where: str, w: Any) -> float:
    if isinstance(w, bool) or not isinstance(w, (int, float)) or not math.isfinite(w) or not 0 <= w <= MAX_WEIGHT:
        raise WeightsError(f"{p}: {where} must be a number from 0 to {MAX_WEIGHT:,.0f}, not {str(w)[:40]!r}")
    return float(w)


def load_weights(path: Path | None = None) -> dict[str, Any]:
    """Read and check a weights file: every pillar and indicator named, weights finite and non-negative
    (not every one 0), window and selection (optional) well formed. Defaults are filled in, so the result
    states the whole method. Anything else is a WeightsError naming the file and the field."""
    from iccwatch.dataset.yaml_io import load_yaml

    p = path or DEFAULT_WEIGHTS
    try:
        if not p.is_file():  # a folder, a pipe that would never end, nothing at all
            raise WeightsError(f"{p}: cannot read weights: {'no such file' if not p.exists() else 'not a regular file'}")
        if p.stat().st_size > MAX_WEIGHTS_BYTES:
            raise WeightsError(f"{p}: {p.stat().st_size:,} bytes, over the limit of {MAX_WEIGHTS_BYTES:,} for a weights file")
        raw = load_yaml(p.read_bytes()[: MAX_WEIGHTS_BYTES + 1].decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise WeightsError(f"{p}: cannot read weights: not UTF-8 text (byte {exc.start})") from None
    except (OSError, yaml.YAMLError) as exc:
        why = getattr(exc, "strerror", None) or " ".join(str(exc).split())
        raise WeightsError(f"{p}: cannot read weights: {why}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("pillars"), dict):
        raise WeightsError(f"{p}: expected a mapping with 'pillars'")
    unknown = set(raw) - {"pillars", "window", "selection"}
    if unknown:
        raise WeightsError(f"{p}: unknown key(s) {', '.join(sorted(map(str, unknown)))}; expected pillars, window, selection")
    known = {i.id: i.pillar for i in INDICATORS}
    pillars = raw["pillars"]
    for name in pillars:
        if name not in PILLARS:
            raise WeightsError(f"{p}: unknown pillar {str(name)[:60]!r}; pillars are {', '.join(PILLARS)}")
    for name in PILLARS:
        spec = pillars.get(name)
        if not isinstance(spec, dict) or "weight" not in spec or "indicators" not in spec:
            raise WeightsError(f"{p}: pillar {name!r} needs 'weight' and 'indicators'")
        weight = _weight(p, f"pillars.{name}.weight", spec["weight"])
        if not isinstance(spec["indicators"], dict):
            raise WeightsError(f"{p}: pillars.{name}.indicators must be a mapping of indicator: weight")
        for ind, w in spec["indicators"].items():
            if known.get(ind) != name:
                raise WeightsError(f"{p}: pillars.{name}.indicators.{str(ind)[:60]}: unknown indicator for this pillar")
            _weight(p, f"pillars.{name}.indicators.{ind}", w)
        missing = [i.id for i in INDICATORS if i.pillar == name and i.id not in spec["indicators"]]
        if missing:
            raise WeightsError(f"{p}: pillars.{name} lacks weights for {', '.join(missing)}")
        if weight > 0 and not any(spec["indicators"].values()):
            raise WeightsError(f"{p}: pillars.{name}: every indicator weight is 0: give one a weight, or the pillar weight 0")
    if not any(pillars[name]["weight"] for name in PILLARS):
        raise WeightsError(f"{p}: every pillar weight is 0: no score could be computed")
    for part in ("window", "selection"):
        if raw.get(part) is not None and not isinstance(raw[part], dict):
            raise WeightsError(f"{p}: {part} must be a mapping (see the published weights)")
    for part, default in (("window", DEFAULT_WINDOW), ("selection", DEFAULT_SELECTION)):
        extra = sorted(str(k) for k in (raw.get(part) or {}) if k not in default)
        if extra:  # round 34: the key named, not only the section
            raise WeightsError(f"{p}: {part}.{extra[0][:60]}: not a key of {part}; it takes only {', '.join(map(repr, default))}")
    window = {**DEFAULT_WINDOW, **(raw.get("window") or {})}
    if not isinstance(window["years"], int) or isinstance(window["years"], bool) or not 1 <= window["years"] <= 30:
        raise WeightsError(f"{p}: window.years must be a whole number from 1 to 30")
    hl = window["half_life"]
    if hl is not None and (isinstance(hl, bool) or not isinstance(hl, (int, float)) or not math.isfinite(hl) or hl <= 0):
        raise WeightsError(f"{p}: window.half_life must be a positive number of years, or null for no decay")
    selection = {**DEFAULT_SELECTION, **(raw.get("selection") or {})}
    mc = selection.get("min_coverage")
    if set(selection) != set(DEFAULT_SELECTION) or isinstance(mc, bool) or not isinstance(mc, (int, float)) or not 0 <= mc <= 1:
        raise WeightsError(f"{p}: selection.min_coverage must be a number from 0 to 1")
    return {"pillars": pillars, "window": window, "selection": selection}


def with_window(weights: dict[str, Any], years: int | None = None, half_life: float | None = None, no_decay: bool = False) -> dict[str, Any]:
    """A copy of the weights with another window (the CLI's --window and the audit's sensitivity runs)."""
    out = {**weights, "window": dict(weights["window"])}
    if years is not None:
        if not 1 <= years <= 30:
            raise WeightsError(f"window years must be from 1 to 30, not {years}")
        out["window"]["years"] = years
    if half_life is not None:
        out["window"]["half_life"] = half_life
    if no_decay:
        out["window"]["half_life"] = None
    return out


def window_of(weights: dict[str, Any], year: int) -> Window:
    hl = weights["window"]["half_life"]
    return Window(year, weights["window"]["years"], math.inf if hl is None else float(hl))


def weight_vectors(weights: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    ind = np.array([weights["pillars"][i.pillar]["indicators"][i.id] for i in INDICATORS], dtype=float)
    pil = np.array([weights["pillars"][p]["weight"] for p in PILLARS], dtype=float)
    return ind, pil


def peer_group(facts: Facts, iso3: str, year: int) -> tuple[str, str]:
    """(group, status): a State Party on the year's last day is ranked with the States Parties; every
    other State (non-party, or former party whose withdrawal took effect) in the other table."""
    import datetime as dt

    if party_on(facts, iso3, dt.date(year, 12, 31)):
        return "states_parties", "party"
    acts = facts.records.states[iso3].participation
    if any(a.instrument == "rome-statute" and a.action == "entry_into_force" for a in acts) and any(
            a.instrument == "rome-statute" and a.action == "withdrawal_effective" for a in acts):
        return "others", "former_party"
    return "others", "non_party"


def _assessed(facts: Facts) -> dict[str, list[EventAssessment]]:
    def compute() -> dict[str, list[EventAssessment]]:
        out: dict[str, list[EventAssessment]] = defaultdict(list)
        for a in assess_events(facts):
            out[a.event.state].append(a)
        return dict(out)

    return facts.memoised("index_assessed", (), compute, maxsize=1)


def raw_values(facts: Facts, window: Window) -> tuple[list[str], list[list[Value]]]:
    """Every indicator for every State over the window (memoised, bounded, on the read-only facts)."""
    def compute() -> tuple[list[str], list[list[Value]]]:
        assessed = _assessed(facts)
        states = sorted(facts.records.states)
        return states, [[ind.compute(facts, iso3, window, assessed) for ind in INDICATORS] for iso3 in states]

    return facts.memoised("index_values", window, compute, maxsize=16)


def normalise(x: np.ndarray, method: str) -> np.ndarray:
    """Column-wise normalisation to [0, 1] over the rows given (one peer group), NaN kept; reversed
    for negative indicators."""
    out = np.full_like(x, np.nan)
    for j, ind in enumerate(INDICATORS):
        col = x[:, j]
        ok = ~np.isnan(col)
        if not ok.any():
            continue
        v = col[ok]
        if method == "rank":
            order = v.argsort().argsort().astype(float)
            ranks = np.empty_like(v)
            for val in np.unique(v):  # average ranks for ties
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


def aggregate(norm: np.ndarray, ind_w: np.ndarray, pil_w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
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


def ranks(score: np.ndarray) -> np.ndarray:
    """1 = best; equal scores share the best rank; NaN scores get NaN."""
    out = np.full(score.shape, np.nan)
    ok = ~np.isnan(score)
    vals = score[ok]
    out[ok] = 1 + (vals[None, :] > vals[:, None]).sum(axis=1)
    return out


#: What a band means, in the words every page, comparison and report uses (session 40): the rule of ``bands``. A band
#: is not a set of States the draws cannot order among themselves: two States further down one band may be ordered.
BAND_MEANING = ("a band opens where a State falls below the band's first State in at least 95% of the sensitivity draws, "
                "so a band holds the States the draws do not put below its first; two States further down one band may "
                "still be ordered by the draws")
#: A band's heading: its States are those the draws do not put below the band's first.
BAND_HEAD = "the draws do not put below its first"


def bands(score: np.ndarray, draws: np.ndarray, confidence: float = BAND_CONFIDENCE) -> np.ndarray:
    """Band numbers (1 = best) for States in score order: a State opens a new band when the first State
    of the current band outscores it in at least ``confidence`` of the draws; otherwise the draws cannot
    tell them apart and they share the band. NaN scores get NaN."""
    out = np.full(score.shape, np.nan)
    order = [i for i in np.argsort(-np.nan_to_num(score, nan=-np.inf), kind="stable") if not np.isnan(score[i])]
    band, leader = 0, None
    for i in order:
        if leader is None or (draws.shape[0] and np.mean(draws[:, leader] > draws[:, i]) >= confidence) or (
                not draws.shape[0] and score[leader] > score[i]):
            band += 1
            leader = i
        out[i] = band
    return out


@dataclass
class GroupResult:
    """One peer group's arrays, in the order of ``iso3`` (kept for the audit)."""

    iso3: list[str]
    x: np.ndarray  # raw values (NaN = missing or not applicable)
    applicable: np.ndarray  # bool: the indicator applies to the State
    scored: np.ndarray  # bool per indicator: enters the group's score
    norm: np.ndarray  # normalised (min-max), NaN where missing, not applicable or not scored
    score: np.ndarray
    pillars: np.ndarray
    rank: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    band: np.ndarray
    coverage: list[dict[str, Any]]
    #: the scores of every draw of the sensitivity analysis (draws x States; session 38: how often one State
    #: outscores another, for the comparison of two States)
    draws: np.ndarray | None = None


def score_group(x: np.ndarray, applicable: np.ndarray, weights: dict[str, Any], samples: int, seed: int,
                iso3: list[str] | None = None) -> GroupResult:
    """Score, rank, rank interval and band for the States of one peer group."""
    with_data = ~np.isnan(x)
    n_app = applicable.sum(axis=0)
    n_ok = with_data.sum(axis=0)
    min_cov = weights["selection"]["min_coverage"]
    cov = np.where(n_app > 0, n_ok / np.where(n_app > 0, n_app, 1), 0.0)
    scored = (n_app > 0) & (cov >= min_cov - 1e-12)
    xs = np.where(scored[None, :], x, np.nan)
    ind_w, pil_w = weight_vectors(weights)
    norm = normalise(xs, "minmax")
    score, pillars = aggregate(norm, ind_w, pil_w)
    rank = ranks(np.round(score, 1))
    rng = np.random.default_rng(seed)
    norms = {"minmax": norm, "rank": normalise(xs, "rank")}
    draw_scores = np.empty((samples, len(score)))
    for s in range(samples):
        method = "rank" if rng.random() < 0.5 else "minmax"
        draw_scores[s], _ = aggregate(norms[method], ind_w * rng.uniform(0.5, 1.5, ind_w.shape), pil_w * rng.uniform(0.5, 1.5, pil_w.shape))
    if samples:
        draw_ranks = np.array([ranks(np.round(d, 6)) for d in draw_scores])
        with np.errstate(invalid="ignore"):
            lo = np.nanpercentile(draw_ranks, 5, axis=0, method="lower") if len(score) else rank
            hi = np.nanpercentile(draw_ranks, 95, axis=0, method="higher") if len(score) else rank
    else:
        lo, hi = rank, rank
    band = bands(np.round(score, 6), np.round(draw_scores, 6))
    coverage = [{"indicator": ind.id, "applicable": int(n_app[j]), "with_data": int(n_ok[j]),
                 "coverage": round(float(cov[j]), 3) if n_app[j] else None, "scored": bool(scored[j])} for j, ind in enumerate(INDICATORS)]
    return GroupResult(iso3 or [], x, applicable, scored, norm, score, pillars, rank, lo, hi, band, coverage, np.round(draw_scores, 6))


def compute_index(facts: Facts, year: int, weights: dict[str, Any] | None = None, samples: int = 1000, seed: int = 42) -> dict[str, Any]:
    """The index for a year (memoised on the read-only facts: the same inputs give the same result)."""
    weights = weights or load_weights()
    key = ("index", year, yaml.safe_dump(weights, sort_keys=True), samples, seed)
    return facts.memoised("index", key, lambda: _compute_index(facts, year, weights, samples, seed), maxsize=16)


def _fmt(v: float) -> float | None:
    return None if np.isnan(v) else round(float(v), 1)


def _compute_index(facts: Facts, year: int, weights: dict[str, Any], samples: int, seed: int) -> dict[str, Any]:
    window = window_of(weights, year)
    states, values = raw_values(facts, window)
    member: dict[str, list[int]] = {g: [] for g in GROUPS}
    status: dict[str, str] = {}
    for i, iso3 in enumerate(states):
        g, status[iso3] = peer_group(facts, iso3, year)
        member[g].append(i)
    rows: list[dict[str, Any]] = []
    groups: dict[str, Any] = {}
    results: dict[str, GroupResult] = {}
    norm_of: dict[str, np.ndarray] = {}
    for gid, idx in member.items():
        x = np.array([[v.value if v.status == "ok" else np.nan for v in values[i]] for i in idx], dtype=float).reshape(len(idx), len(INDICATORS))
        app = np.array([[v.status != "not_applicable" for v in values[i]] for i in idx], dtype=bool).reshape(len(idx), len(INDICATORS))
        res = score_group(x, app, weights, samples, seed, [states[i] for i in idx])
        results[gid] = res
        grows: list[dict[str, Any]] = []
        cov: list[float] = []
        cov_all: list[float] = []
        for k, i in enumerate(idx):
            iso3 = states[i]
            norm_of[iso3] = res.norm[k]
            applicable = [j for j in range(len(INDICATORS)) if app[k, j]]
            known = [j for j in applicable if not np.isnan(x[k, j])]
            s_app = [j for j in applicable if res.scored[j]]
            s_known = [j for j in s_app if not np.isnan(x[k, j])]
            ranked = not np.isnan(res.rank[k])
            if s_app:
                cov.append(len(s_known) / len(s_app))
            if applicable:
                cov_all.append(len(known) / len(applicable))
            grows.append({
                "iso3": iso3,
                "name": facts.records.states[iso3].name,
                "group": gid,
                "status": status[iso3],
                "score": _fmt(res.score[k]),
                "rank": int(res.rank[k]) if ranked else None,
                "tied": bool(ranked and (res.rank == res.rank[k]).sum() > 1),
                "band": int(res.band[k]) if ranked else None,
                "rank_interval": [int(res.lo[k]), int(res.hi[k])] if ranked else None,
                "pillars": {p: _fmt(res.pillars[k, m]) for m, p in enumerate(PILLARS)},
                "coverage": f"{len(s_known)}/{len(s_app)}",
                "coverage_share": round(len(s_known) / len(s_app), 3) if s_app else None,
                "coverage_all": f"{len(known)}/{len(applicable)}",
                "indicators_with_data": len(s_known),
                "indicators_applicable": len(s_app),
            })
        grows.sort(key=lambda r: (r["rank"] is None, r["rank"] or 0, r["iso3"]))
        rows += grows
        ranked_rows = [r for r in grows if r["rank"] is not None]
        ties: Counter[int] = Counter(int(r["rank"]) for r in ranked_rows)
        top_rank, top_size = max(ties.items(), key=lambda kv: (kv[1], -kv[0])) if ties else (None, 0)
        groups[gid] = {
            "label": GROUPS[gid],
            "words": GROUP_WORDS[gid],
            "states": len(grows),
            "ranked": len(ranked_rows),
            "distinct_ranks": len(ties),
            "bands": len({r["band"] for r in ranked_rows}),
            "largest_tie": {"rank": top_rank, "size": top_size, "share": round(top_size / len(ranked_rows), 3) if ranked_rows else None},
            "median_coverage": round(float(np.median(cov)), 3) if cov else None,
            "median_coverage_all": round(float(np.median(cov_all)), 3) if cov_all else None,
            "indicators": res.coverage,
        }
    return {
        "year": year,
        "method_version": METHOD_VERSION,
        "window": {"from": window.first, "to": window.year, "years": window.years,
                   "half_life": None if math.isinf(window.half_life) else window.half_life, "description": window.describe()},
        "samples": samples,
        "seed": seed,
        "weights": weights,
        "groups": groups,
        "states": rows,
        "correlations": correlations(results["states_parties"]),
        "record_checked_through": facts.records.meta.checked_through,
        "_values": {iso3: values[i] for i, iso3 in enumerate(states)},
        "_norm": norm_of,
        "_groups": results,
    }


def correlations(res: GroupResult) -> list[dict[str, Any]]:
    """Pearson correlation of every pair of indicators over the group's States with both values."""
    x = res.x
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
    """One State's score decomposed into its indicators, each with its value, weight, whether it is
    scored in the State's peer group, and the facts and sources behind it."""
    st = facts.state(iso3)
    result = compute_index(facts, year, weights, samples, seed)
    weights = result["weights"]
    row = next(r for r in result["states"] if r["iso3"] == st.iso3)
    group = result["groups"][row["group"]]
    vals, norm = result["_values"][st.iso3], result["_norm"][st.iso3]
    items = []
    for j, ind in enumerate(INDICATORS):
        v = vals[j]
        cov = group["indicators"][j]
        items.append({
            "indicator": ind.id,
            "label": ind.label,
            "pillar": ind.pillar,
            "definition": ind.definition,
            "timing": ind.timing,
            "direction": "higher is better" if ind.direction > 0 else "higher is worse",
            "status": v.status,
            "raw": None if v.value is None else round(v.value, 4),
            "normalised": None if np.isnan(norm[j]) else round(float(norm[j]), 3),
            "weight_in_pillar": weights["pillars"][ind.pillar]["indicators"][ind.id],
            "scored": cov["scored"],
            "group_coverage": cov["coverage"],
            "note": v.note if cov["scored"] or v.status == "not_applicable" else
                    f"{v.note + '; ' if v.note else ''}not scored: the record gives a value for {cov['with_data']} of {cov['applicable']} {group['words']} (below the {weights['selection']['min_coverage']:.0%} needed)",
            "evidence": v.evidence,
        })
    return {"year": year, "window": result["window"], "iso3": st.iso3, "name": st.name,
            **{k: row[k] for k in ("group", "status", "score", "rank", "tied", "band", "rank_interval", "pillars", "coverage", "coverage_all")},
            "group_label": group["label"], "group_words": group["words"], "pillar_weights": {p: weights["pillars"][p]["weight"] for p in PILLARS}, "indicators": items,
            "states_ranked": group["ranked"]}
