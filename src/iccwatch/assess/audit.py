"""The JRC checks of the due-diligence index (OECD/JRC Handbook, steps 4, 6 and 7): correlations,
reliability per pillar (Cronbach's alpha), principal components, coverage, ties, and the sensitivity of
ranks to weights, normalisation and window. Every number on the method page's generated section comes
from here (``iccwatch index audit``; scripts/index_method_doc.py writes it into docs/index-method.md).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from iccwatch.assess.index import (
    GroupResult,
    aggregate,
    compute_index,
    load_weights,
    normalise,
    ranks,
    weight_vectors,
    with_window,
)
from iccwatch.assess.indicators import INDICATORS, PILLARS, Window, complete_list, known_through
from iccwatch.errors import InputError
from iccwatch.facts import Facts

#: Alternative settings the audit re-runs the index with (one change at a time from the published weights).
SCENARIOS: tuple[tuple[str, str], ...] = (
    ("equal_weights", "every pillar and every indicator weighted equally"),
    ("rank_normalisation", "percentile ranks instead of min-max"),
    ("window_1", "a one-year window"),
    ("window_3", "a three-year window"),
    ("window_10", "a ten-year window"),
    ("no_decay", "every year of the window weighted the same"),
)


def cronbach_alpha(items: np.ndarray) -> float | None:
    """Cronbach's alpha over the rows with every item known: k/(k-1) * (1 - sum of item variances /
    variance of the sum). None where fewer than two items vary or fewer than three rows are complete."""
    ok = ~np.isnan(items).any(axis=1)
    m = items[ok]
    if m.shape[0] < 3:  # too few complete rows
        return None
    m = m[:, m.std(axis=0) > 0]
    k = m.shape[1]
    if k < 2:
        return None
    total = m.sum(axis=1).var(ddof=1)
    if total == 0:
        return None
    return float(k / (k - 1) * (1 - m.var(axis=0, ddof=1).sum() / total))


def principal_components(x: np.ndarray, ids: list[str]) -> dict[str, Any]:
    """Principal components of the correlation matrix of the indicators (columns of ``x``, named by
    ``ids``) that vary, over the rows where all are known."""
    ok = ~np.isnan(x).any(axis=1) if x.size else np.zeros(x.shape[0], dtype=bool)
    m = x[ok]
    cols = [j for j in range(x.shape[1]) if m.shape[0] >= 3 and m[:, j].std() > 0]
    if len(cols) < 2:
        return {"rows": int(ok.sum()), "indicators": [], "eigenvalues": [], "explained": [], "kaiser_components": 0, "first_loadings": {}}
    corr = np.corrcoef(m[:, cols], rowvar=False)
    vals, vecs = np.linalg.eigh(corr)
    order = np.argsort(vals)[::-1]
    vals, vecs = vals[order], vecs[:, order]
    first = vecs[:, 0] * (1 if vecs[:, 0].sum() >= 0 else -1)
    return {
        "rows": int(ok.sum()),
        "indicators": [ids[j] for j in cols],
        "eigenvalues": [round(float(v), 3) for v in vals],
        "explained": [round(float(v / vals.sum()), 3) for v in vals],
        "kaiser_components": int((vals > 1).sum()),
        "first_loadings": {ids[j]: round(float(first[c] * np.sqrt(max(vals[0], 0))), 3) for c, j in enumerate(cols)},
    }


def _spearman(a: np.ndarray, b: np.ndarray) -> float | None:
    ok = ~np.isnan(a) & ~np.isnan(b)
    if ok.sum() < 3:
        return None
    ra, rb = _avg_ranks(a[ok]), _avg_ranks(b[ok])
    if ra.std() == 0 or rb.std() == 0:
        return None
    return float(np.corrcoef(ra, rb)[0, 1])


def _avg_ranks(v: np.ndarray) -> np.ndarray:
    order = v.argsort().argsort().astype(float)
    out = np.empty_like(order)
    for val in np.unique(v):
        sel = v == val
        out[sel] = order[sel].mean()
    return out


def _scenario(name: str, weights: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """(weights, normalisation) for an alternative run."""
    if name == "equal_weights":
        pillars = {p: {"weight": 1.0, "indicators": {i.id: 1.0 for i in INDICATORS if i.pillar == p}} for p in PILLARS}
        return {**weights, "pillars": pillars}, "minmax"
    if name == "rank_normalisation":
        return weights, "rank"
    if name.startswith("window_"):
        return with_window(weights, years=int(name.split("_")[1])), "minmax"
    if name == "no_decay":
        return with_window(weights, no_decay=True), "minmax"
    raise InputError(f"unknown scenario {name!r}")


def _group_scores(facts: Facts, year: int, weights: dict[str, Any], normalisation: str, group: str) -> dict[str, float]:
    """Point scores of a group's States under other settings, keeping the group's data selection."""
    res: GroupResult = compute_index(facts, year, weights, samples=0)["_groups"][group]
    if normalisation == "rank":
        iw, pw = weight_vectors(weights)
        score, _ = aggregate(normalise(np.where(res.scored[None, :], res.x, np.nan), "rank"), iw, pw)
    else:
        score = res.score
    return {iso3: float(score[k]) for k, iso3 in enumerate(res.iso3)}


def audit(facts: Facts, year: int, weights: dict[str, Any] | None = None, samples: int = 1000, seed: int = 42) -> dict[str, Any]:
    """The JRC checks for the year, per peer group where it matters (States Parties first)."""
    weights = weights or load_weights()
    result = compute_index(facts, year, weights, samples, seed)
    out: dict[str, Any] = {"year": year, "method_version": result["method_version"], "window": result["window"], "samples": samples, "seed": seed,
                           "min_coverage": weights["selection"]["min_coverage"], "groups": {}}
    for gid, res in result["_groups"].items():
        g = result["groups"][gid]
        scored_cols = [j for j in range(len(INDICATORS)) if res.scored[j]]
        xs = np.where(res.scored[None, :], res.x, np.nan)
        corr = []
        for a in scored_cols:
            for b in scored_cols:
                if b <= a:
                    continue
                ok = ~np.isnan(xs[:, a]) & ~np.isnan(xs[:, b])
                r = None
                if ok.sum() >= 3 and xs[ok, a].std() > 0 and xs[ok, b].std() > 0:
                    r = round(float(np.corrcoef(xs[ok, a], xs[ok, b])[0, 1]), 3)
                corr.append({"a": INDICATORS[a].id, "b": INDICATORS[b].id, "n": int(ok.sum()), "r": r})
        alphas = {}
        for p in PILLARS:
            cols = [j for j in scored_cols if INDICATORS[j].pillar == p]
            alpha = cronbach_alpha(res.norm[:, cols]) if len(cols) >= 2 else None
            rows = int((~np.isnan(res.norm[:, cols]).any(axis=1)).sum()) if cols else 0
            alphas[p] = {"indicators": [INDICATORS[j].id for j in cols], "complete_rows": rows, "alpha": None if alpha is None else round(alpha, 3)}
        # PCA over the scored indicators that apply to most of the group (not the rare occasions to arrest)
        broad = [j for j in scored_cols if res.applicable[:, j].mean() >= weights["selection"]["min_coverage"]]
        widths = [int(h - lo) for lo, h in zip(res.lo, res.hi, strict=True) if not np.isnan(lo)]
        ranked = [r for r in result["states"] if r["group"] == gid and r["rank"] is not None]
        base = {r["iso3"]: r["score"] for r in ranked}
        sens = []
        for name, what in SCENARIOS:
            w2, norm = _scenario(name, weights)
            alt = _group_scores(facts, year, w2, norm, gid)
            base_scores = np.array([base[k] for k in base], dtype=float)
            alt_scores = np.array([alt.get(k, np.nan) for k in base], dtype=float)
            ra, rb = ranks(np.round(base_scores, 1)), ranks(np.round(alt_scores, 1))
            ok = ~np.isnan(ra) & ~np.isnan(rb)
            rho = _spearman(base_scores, alt_scores)
            sens.append({"scenario": name, "change": what, "spearman": None if rho is None else round(rho, 3),
                         "mean_abs_rank_shift": round(float(np.abs(ra[ok] - rb[ok]).mean()), 2) if ok.any() else None,
                         "max_abs_rank_shift": int(np.abs(ra[ok] - rb[ok]).max()) if ok.any() else None})
        out["groups"][gid] = {
            "label": g["label"], "states": g["states"], "ranked": g["ranked"], "distinct_ranks": g["distinct_ranks"], "bands": g["bands"],
            "largest_tie": g["largest_tie"], "largest_tie_profiles": tie_profiles(res, g["largest_tie"]["rank"]), "median_coverage": g["median_coverage"], "median_coverage_all": g["median_coverage_all"],
            "indicators": g["indicators"],
            "correlations": corr,
            "cronbach_alpha": alphas,
            "principal_components": principal_components(res.norm[:, broad], [INDICATORS[j].id for j in broad]),
            "rank_interval_width": {"median": float(np.median(widths)) if widths else None, "max": max(widths) if widths else None},
            "sensitivity": sens,
        }
    out["lists"] = lists_held(facts, year)
    out["checks"] = done_checks(result)
    return out


def tie_profiles(res: GroupResult, rank: int | None) -> dict[str, Any] | None:
    """The States sharing ``rank``: how many distinct profiles of scored indicator values they hold, and
    how many share the commonest profile (identical on every scored indicator: a genuine tie, the record
    cannot tell them apart). Others in the group have the same score from different values.

    ``unscored``: for each indicator that applies to the tied States but is not scored in the group (its
    coverage is below the data selection's threshold), how many of them the record gives a value for and
    how many distinct values those take: what could separate them if the record held it for enough States."""
    if rank is None:
        return None
    members = np.flatnonzero(res.rank == rank)
    cols = np.flatnonzero(res.scored)
    counts: dict[tuple[Any, ...], int] = {}
    for i in members:
        key = tuple("-" if np.isnan(v) else round(float(v), 6) for v in res.norm[i, cols])
        counts[key] = counts.get(key, 0) + 1
    unscored = {}
    for j, ind in enumerate(INDICATORS):
        if res.scored[j] or not res.applicable[members, j].any():
            continue
        known = res.x[members, j][~np.isnan(res.x[members, j])]
        unscored[ind.id] = {"applicable": int(res.applicable[members, j].sum()), "with_data": int(known.size),
                            "distinct_values": int(np.unique(np.round(known, 6)).size)}
    return {"profiles": len(counts), "largest_identical": max(counts.values()), "size": int(members.size), "unscored": unscored}


def lists_held(facts: Facts, year: int) -> list[dict[str, Any]]:
    """What data/lookups/complete_lists.yaml says of each list, and whether it answers for ``year``
    (absence from it then counts as 'none' or 'not a party')."""
    table = (facts.records.lookups.get("complete_lists") or {}).get("lists", {})
    out = []
    for key in table:
        lst = complete_list(facts, key)
        out.append({"list": key, "indicator": table[key].get("indicator"), "through": None if lst.through is None else str(lst.through),
                    "since": None if lst.since is None else str(lst.since), "partial": dict(lst.partial),
                    "answers_for_year": known_through(lst, Window(year)), "basis": lst.basis, "sources": len(lst.sources)})
    return out


def done_checks(result: dict[str, Any]) -> dict[str, Any]:
    """The issue's acceptance properties, measured on the computed index (never hard-coded)."""
    sp = [r for r in result["states"] if r["group"] == "states_parties"]
    scores = [r["score"] for r in sp if r["score"] is not None]
    median = float(np.median(scores)) if scores else None
    values = result["_values"]
    j = [i.id for i in INDICATORS].index("noncompliance_findings")
    found = [r for r in sp if values[r["iso3"]][j].status == "ok" and (values[r["iso3"]][j].value or 0) > 0]
    g = result["groups"]["states_parties"]
    return {
        "states_parties_ranked_apart": all(r["group"] == "states_parties" for r in sp) and not any(
            r["group"] != "states_parties" and r["status"] == "party" for r in result["states"]),
        "median_coverage_scored": g["median_coverage"],
        "median_coverage_all_applicable": g["median_coverage_all"],
        "largest_tie_share": g["largest_tie"]["share"],
        "median_state_party_score": median,
        "noncompliance_in_window": [{"iso3": r["iso3"], "score": r["score"], "below_median": median is not None and r["score"] is not None and r["score"] < median}
                                    for r in found],
    }


def _pct(v: float | None) -> str:
    return "n/a" if v is None else f"{100 * v:.0f}%"


def _num(v: float | None) -> str:
    return "n/a" if v is None else f"{v:g}"


def _tie_text(p: dict[str, Any] | None) -> str:
    if not p:
        return "no State is ranked."
    if p["profiles"] == 1:
        out = "all of them are identical on every scored indicator (a genuine tie: the record cannot tell them apart)."
    else:
        out = (f"{p['largest_identical']} of them are identical on every scored indicator (a genuine tie: the record cannot tell them apart); "
               f"the others reach the same score from other values ({p['profiles']} distinct profiles in all).")
    uns = p.get("unscored") or {}
    if uns:
        out += (" Indicators that apply to them but are not scored (too little coverage in the group), with how many of the tied States"
                " the record gives a value for and how many distinct values those take: "
                + "; ".join(f"`{k}` {v['with_data']} of {v['applicable']}, {v['distinct_values']} value(s)" for k, v in uns.items()) + ".")
    return out


def _held(x: dict[str, Any]) -> str:
    """When a list is held in full, from when, and which of its parts are partial (absence there is unknown)."""
    if not x.get("through"):
        return "not held in full"
    out = f"{x['since']} to {x['through']}" if x.get("since") else str(x["through"])
    if x.get("partial"):
        out += "; partial: " + ", ".join(f"`{k}`" for k in x["partial"])
    return out


def audit_markdown(a: dict[str, Any]) -> str:
    """The audit as the Markdown section of docs/index-method.md (every number from ``audit``)."""
    w = a["window"]
    out = [f"Computed by `iccwatch index audit --year {a['year']}` (method v{a['method_version']}, window {w['description']}, "
           f"{a['samples']} draws, seed {a['seed']}, data selection at {_pct(a['min_coverage'])} coverage).", ""]
    for g in a["groups"].values():
        tie = g["largest_tie"]
        out += [f"### {g['label']}", "",
                f"- States: {g['states']}; ranked: {g['ranked']}; distinct ranks: {g['distinct_ranks']}; bands: {g['bands']}.",
                f"- Largest group sharing one rank: {tie['size']} States at rank {tie['rank']} ({_pct(tie['share'])} of those ranked); "
                + _tie_text(g.get("largest_tie_profiles")),
                f"- Median coverage: {_pct(g['median_coverage'])} of the scored indicators that apply; "
                f"{_pct(g['median_coverage_all'])} of all indicators that apply.",
                f"- Rank intervals (5th-95th percentile): median width {_num(g['rank_interval_width']['median'])}, "
                f"widest {_num(g['rank_interval_width']['max'])}.", "",
                "| indicator | applies to | with data | coverage | scored |", "|---|---|---|---|---|"]
        out += [f"| `{i['indicator']}` | {i['applicable']} | {i['with_data']} | {_pct(i['coverage'])} | {'yes' if i['scored'] else 'no'} |"
                for i in g["indicators"]]
        out += ["", "Cronbach's alpha per pillar (scored indicators that vary, States with all of them known):", "",
                "| pillar | indicators | complete rows | alpha |", "|---|---|---|---|"]
        out += [f"| {p} | {', '.join(x['indicators']) or 'none'} | {x['complete_rows']} | {_num(x['alpha'])} |" for p, x in g["cronbach_alpha"].items()]
        pc = g["principal_components"]
        if pc["indicators"]:
            out += ["", f"Principal components of {', '.join(pc['indicators'])} over {pc['rows']} States: eigenvalues "
                    f"{', '.join(_num(v) for v in pc['eigenvalues'])}; share of variance {', '.join(_pct(v) for v in pc['explained'])}; "
                    f"{pc['kaiser_components']} component(s) with eigenvalue above 1; loadings on the first: "
                    + ", ".join(f"{k} {_num(v)}" for k, v in pc["first_loadings"].items()) + "."]
        else:
            out += ["", "Principal components: fewer than two scored indicators vary across this group."]
        pairs = [c for c in g["correlations"] if c["r"] is not None]
        if pairs:
            out += ["", "Correlations between scored indicators (Pearson, States with both values):", "",
                    "| a | b | n | r |", "|---|---|---|---|"]
            out += [f"| `{c['a']}` | `{c['b']}` | {c['n']} | {_num(c['r'])} |" for c in pairs]
        out += ["", "Sensitivity of ranks (one change at a time, against the published settings):", "",
                "| change | Spearman rho | mean rank shift | largest rank shift |", "|---|---|---|---|"]
        out += [f"| {s['change']} | {_num(s['spearman'])} | {_num(s['mean_abs_rank_shift'])} | {_num(s['max_abs_rank_shift'])} |" for s in g["sensitivity"]]
        out.append("")
    out += [f"### Lists read as complete ({a['year']})", "",
            "From `data/lookups/complete_lists.yaml`: where a list is held in full to a date in the index year or later, absence "
            "from it counts as 'none' or 'not a party'; otherwise absence is unknown (missing).", "",
            "| list | indicator | held in full to | answers for the year | basis | sources |", "|---|---|---|---|---|---|"]
    out += [f"| {x['list']} | {'`' + x['indicator'] + '`' if x['indicator'] else 'none (not in the index)'} | {_held(x)} | "
            f"{'yes' if x['answers_for_year'] else 'no'} | {x['basis']} | {x['sources']} |" for x in a.get("lists", [])]
    out.append("")
    c = a["checks"]
    out += ["### Acceptance checks", "",
            f"- States Parties ranked apart from other States: {'yes' if c['states_parties_ranked_apart'] else 'no'}.",
            f"- Median coverage of States Parties: {_pct(c['median_coverage_scored'])} of scored indicators, "
            f"{_pct(c['median_coverage_all_applicable'])} of all applicable indicators.",
            f"- Largest group of States Parties sharing one rank: {_pct(c['largest_tie_share'])}.",
            f"- Median State Party score: {_num(c['median_state_party_score'])}; States Parties with a finding of non-compliance in the window: "
            + (", ".join(f"{x['iso3']} {_num(x['score'])} ({'below' if x['below_median'] else 'NOT below'} the median)" for x in c["noncompliance_in_window"]) or "none")
            + "."]
    return "\n".join(out) + "\n"


#: The method page's generated section lies between these markers (scripts/index_method_doc.py writes it).
DOC_START = "<!-- generated by scripts/index_method_doc.py: do not edit by hand -->"
DOC_END = "<!-- end of generated section -->"
#: The settings the method page's numbers are computed with.
DOC_YEAR, DOC_SAMPLES, DOC_SEED = 2025, 1000, 42


def generated_section(doc: str) -> str:
    """The text between the method page's markers (ValueError naming the markers if absent)."""
    try:
        start = doc.index(DOC_START) + len(DOC_START)
        end = doc.index(DOC_END, start)
    except ValueError:
        raise ValueError(f"docs/index-method.md lacks the markers {DOC_START!r} and {DOC_END!r}") from None
    return doc[start:end].strip("\n") + "\n"


def with_generated_section(doc: str, section: str) -> str:
    generated_section(doc)  # checks the markers
    start = doc.index(DOC_START) + len(DOC_START)
    end = doc.index(DOC_END, start)
    return doc[:start] + "\n" + section.strip("\n") + "\n" + doc[end:]
