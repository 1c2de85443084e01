"""Two States side by side on the index, and what separates a State from the States ranked just above it
(session 38).

A State's score is a weighted mean of its pillars with data, each a weighted mean of its scored indicators with
data (index.py, ``aggregate``). So the score splits exactly into one share per indicator, in points of the 0-100
score: ``100 * normalised * (indicator weight / weights of the pillar's indicators with data) * (pillar weight /
weights of the State's pillars with data)``. A pillar's points are the sum of its indicators' points; a State's
points sum to its score. The difference of two States' scores is then the sum of the differences of their points,
component by component: that is what "the component that separates them" means here, computed, never written by
hand, the same way for every State.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from iccwatch.assess.indicators import INDICATORS, PILLARS

#: States named by the words of the "just above" sentence before "and N others".
NAMED_ABOVE = 5


def _pts(v: float) -> str:
    return f"{v:g} point{'' if v == 1 else 's'}"


def pillar_label(p: str) -> str:
    return p.replace("_", " ")


def points(result: dict[str, Any], iso3: str) -> dict[str, dict[str, float]]:
    """The State's score split into points per indicator and per pillar (``{"indicators": {id: points},
    "pillars": {id: points}}``); an indicator or pillar without data in the score has no entry. The points sum to
    the State's score (before rounding)."""
    weights = result["weights"]["pillars"]
    norm = result["_norm"][iso3]
    per_pillar: dict[str, tuple[float, float]] = {}  # pillar: (weighted sum of normalised values, sum of weights)
    for j, ind in enumerate(INDICATORS):
        w = float(weights[ind.pillar]["indicators"][ind.id])
        if np.isnan(norm[j]) or w <= 0:
            continue
        s, t = per_pillar.get(ind.pillar, (0.0, 0.0))
        per_pillar[ind.pillar] = (s + float(norm[j]) * w, t + w)
    with_data = {p: v for p, v in per_pillar.items() if v[1] > 0 and float(weights[p]["weight"]) > 0}
    total = sum(float(weights[p]["weight"]) for p in with_data)
    out: dict[str, dict[str, float]] = {"indicators": {}, "pillars": {}}
    if total <= 0:
        return out
    for j, ind in enumerate(INDICATORS):
        if ind.pillar not in with_data or np.isnan(norm[j]):
            continue
        w = float(weights[ind.pillar]["indicators"][ind.id])
        if w <= 0:
            continue
        share = w / with_data[ind.pillar][1] * float(weights[ind.pillar]["weight"]) / total
        out["indicators"][ind.id] = 100 * float(norm[j]) * share
    for p in PILLARS:
        if p in with_data:
            out["pillars"][p] = sum(v for i, v in out["indicators"].items() if _pillar_of(i) == p)
    return out


def _pillar_of(indicator: str) -> str:
    return next(i.pillar for i in INDICATORS if i.id == indicator)


def _label_of(indicator: str) -> str:
    return next(i.label for i in INDICATORS if i.id == indicator)


def differences(result: dict[str, Any], a: str, b: str) -> dict[str, dict[str, float]]:
    """``a``'s points minus ``b``'s, per indicator and per pillar (a component one of them has no points on counts
    0 for it: its score rests on the others)."""
    pa, pb = points(result, a), points(result, b)
    return {part: {k: round(pa[part].get(k, 0.0) - pb[part].get(k, 0.0), 6) for k in dict.fromkeys([*pa[part], *pb[part]])}
            for part in ("indicators", "pillars")}


def group_draws(result: dict[str, Any], group: str) -> tuple[list[str], np.ndarray | None]:
    res = result["_groups"][group]
    return res.iso3, res.draws


def outscored_share(result: dict[str, Any], a: str, b: str, group: str) -> tuple[float, float] | None:
    """The shares of the sensitivity draws in which ``a`` outscores ``b`` and ``b`` outscores ``a`` (the rest are
    draws they tie); None without draws or where the two are not in ``group``."""
    iso3, draws = group_draws(result, group)
    if draws is None or not draws.shape[0] or a not in iso3 or b not in iso3:
        return None
    i, j = iso3.index(a), iso3.index(b)
    return round(float(np.mean(draws[:, i] > draws[:, j])), 3), round(float(np.mean(draws[:, j] > draws[:, i])), 3)


def _names(rows: list[dict[str, Any]]) -> str:
    names = [r["name"] for r in rows]
    if len(names) <= NAMED_ABOVE:
        return ", ".join(names)
    return ", ".join(names[:NAMED_ABOVE]) + f" and {len(names) - NAMED_ABOVE} others"


def just_above(result: dict[str, Any], iso3: str) -> dict[str, Any] | None:
    """What separates ``iso3`` from the States ranked just above it in its peer group (the next better rank, all
    the States sharing it): the mean score gap, split into the mean difference of points per pillar and per
    indicator (above minus this State: positive where they gain), the pillar and the indicator that give the most
    of the gap, and the words. None for a State not ranked; ``states`` empty for a State at rank 1."""
    row = next((r for r in result["states"] if r["iso3"] == iso3), None)
    if row is None or row["rank"] is None:
        return None
    better = [r for r in result["states"] if r["group"] == row["group"] and r["rank"] is not None and r["rank"] < row["rank"]]
    if not better:
        return {"rank": None, "states": [], "count": 0, "gap": None, "pillars": [], "indicators": [], "pillar": None,
                "indicator": None, "words": f"No State is ranked above {row['name']} among the {result['groups'][row['group']]['words']}."}
    rank = max(r["rank"] for r in better)
    above = sorted((r for r in better if r["rank"] == rank), key=lambda r: r["name"])
    diffs = [differences(result, r["iso3"], iso3) for r in above]

    def mean(part: str) -> list[dict[str, Any]]:
        keys = list(dict.fromkeys(k for d in diffs for k in d[part]))
        rows = [{"id": k, "label": pillar_label(k) if part == "pillars" else _label_of(k),
                 **({"pillar": _pillar_of(k)} if part == "indicators" else {}),
                 "points": round(sum(d[part].get(k, 0.0) for d in diffs) / len(diffs), 2)} for k in keys]
        return sorted((r for r in rows if r["points"] != 0), key=lambda r: -r["points"])

    pillars, indicators = mean("pillars"), mean("indicators")
    gap = round(sum(float(r["score"]) for r in above) / len(above) - float(row["score"]), 2)
    top_p = pillars[0] if pillars and pillars[0]["points"] > 0 else None
    # the indicator that gives the most of the top pillar's gap (an indicator's points also move with which of its
    # pillar's indicators have data for the State: the pillar's split is the one that adds up across pillars)
    top_i = next((r for r in indicators if top_p and r["pillar"] == top_p["id"] and r["points"] > 0), None)
    # how many of the States above are ahead most on that same pillar (States at one rank may get there differently)
    same = sum(1 for d in diffs if top_p and d["pillars"] and max(d["pillars"], key=lambda k: d["pillars"][k]) == top_p["id"])
    who = (f"the {len(above)} States ranked just above it (rank {rank}: {_names(above)})" if len(above) > 1
           else f"the State ranked just above it ({above[0]['name']}, rank {rank})")
    avg = " on average" if len(above) > 1 else ""
    words = f"{row['name']} scores {_pts(gap)} below {who}{avg}"
    if top_p:
        words += f"; what separates them most is the {top_p['label']} pillar ({_pts(top_p['points'])}{avg}"
        words += f", chiefly {top_i['label']}: {_pts(top_i['points'])}" if top_i else ""
        # within that pillar, an indicator that gives this State more points, said: the pillar's gap is what is left
        # (it may count for this State and not for them: an indicator that does not apply to a State gives it none)
        lead = [r for r in indicators if r["pillar"] == top_p["id"] and r["points"] < 0]
        words += f"; {lead[-1]['label']} gives {row['name']} {_pts(-lead[-1]['points'])} more)" if top_i and lead else ")"
        if len(above) > 1 and same < len(above):
            words += f", the largest gap for {same} of the {len(above)}"
        ahead = [r for r in pillars if r["points"] < 0]
        if ahead:
            words += f"; it is ahead of them on the {ahead[-1]['label']} pillar ({_pts(-ahead[-1]['points'])})"
    words += "."
    return {"rank": rank, "states": [{"iso3": r["iso3"], "name": r["name"], "score": r["score"], "tied": r["tied"]} for r in above],
            "count": len(above), "gap": gap, "pillars": pillars, "indicators": indicators, "pillar": top_p, "indicator": top_i,
            "same_indicator": same, "words": words}
