"""The assessment: events judged against the law, the enforcement chain, and the due-diligence index."""

from __future__ import annotations

import re
from typing import Any

from iccwatch.assess.audit import audit
from iccwatch.assess.events import assess_events
from iccwatch.assess.gaps import enforcement_chain
from iccwatch.assess.index import compute_index, explain, load_weights, public, with_window
from iccwatch.facts import Facts
from iccwatch.service.common import graded


@graded
def assessed_events(facts: Facts, state: str | None = None, person: str | None = None,
                    host_party: bool | None = None) -> list[dict[str, Any]]:
    """Every recorded event (of ``state`` or ``person`` if given) with what the law asked and what was done, and the
    host's relation to the Statute on the event's day (``host_status``, as the events list gives it); ``host_party``:
    only events whose host was a State Party on the day (True) or was not (False)."""
    from iccwatch.service.events import host_kept, host_status

    out = []
    for a in assess_events(facts, state, person):
        row = a.as_dict(facts)
        e = facts.records.events[row["event"]]
        row["host_status"] = host_status(facts, e.state, e.date)
        if host_kept(row["host_status"], host_party):
            out.append(row)
    return out


@graded
def enforcement_gaps(facts: Facts) -> dict[str, Any]:
    """From a failure to arrest to a finding, a referral and what the Assembly or the Council did."""
    return enforcement_chain(facts)


def _index_weights(weights_path: Any, window: int | None) -> dict[str, Any]:
    weights = load_weights(weights_path)
    return with_window(weights, years=window) if window is not None else weights


def index_ranking(facts: Facts, year: int, weights_path: Any = None, samples: int = 1000, seed: int = 42, window: int | None = None) -> dict[str, Any]:
    """The index for a year: every State with its peer group (``group``), score, rank, ``tied``, ``band``,
    ``rank_interval`` and coverage; States Parties and the others are ranked apart."""
    return public(compute_index(facts, year, _index_weights(weights_path, window), samples, seed))


@graded
def index_explain(facts: Facts, state: str, year: int, weights_path: Any = None, samples: int = 1000, seed: int = 42,
                  window: int | None = None) -> dict[str, Any]:
    """One State's index score indicator by indicator, with the records each value rests on; the notes
    and facts in words (a referral occasion ``ukraine@2022`` as "Ukraine (2022)", no file paths), each
    indicator with ``pillar_label`` and ``status_text``."""
    return _explain_data(facts, state, year, weights_path, samples, seed, window)


def _explain_data(facts: Facts, state: str, year: int, weights_path: Any, samples: int, seed: int, window: int | None) -> dict[str, Any]:
    """``index_explain`` before its sources are graded (``index_compare`` grades its whole answer once)."""
    data = explain(facts, state, year, _index_weights(weights_path, window), samples, seed)
    data["pillar_labels"] = {p: p.replace("_", " ") for p in data.get("pillars") or {}}
    for i in data.get("indicators") or []:
        i["pillar_label"] = str(i.get("pillar") or "").replace("_", " ")
        i["status_text"] = INDICATOR_STATUS.get(str(i.get("status")), str(i.get("status") or "").replace("_", " "))
        i["counted_text"] = counted_text(i)
        i["note"] = readable_note(facts, i.get("note") or "")
        i["definition"] = readable_note(facts, i.get("definition") or "")
        for e in i.get("evidence") or []:
            e["what"] = readable_note(facts, e.get("what") or "")
    # what separates the State from the States ranked just above it (session 38), computed from the points
    from iccwatch.assess.compare import just_above

    data["above"] = just_above(_index_result(facts, year, weights_path, samples, seed, window), data["iso3"])
    return data


#: An indicator's status as a reader reads it.
INDICATOR_STATUS = {"ok": "value recorded", "missing": "no value in the record", "not_applicable": "not applicable"}
def counted_text(indicator: dict[str, Any]) -> str:
    """Whether an indicator counts in this State's score, in words: "yes" only when it is scored in the
    State's group and the State has a value (a pillar is the mean of its scored indicators with data); an
    indicator scored in the group but not applicable to the State, or without a value, read "yes" beside
    "not applicable"."""
    if not indicator.get("scored"):
        return "no"
    if indicator.get("status") == "not_applicable":
        return "no: does not apply to this State"
    if indicator.get("raw") is None:
        return "no: no value in the record"
    return "yes"


#: An occasion named by its situation (or target) and year: ``ukraine@2022``.
_OCCASION = re.compile(r"\b([a-z0-9][a-z0-9-]*)@(\d{4})\b")
#: A record's identifier (``benjamin-netanyahu``) and a stored code (``no_arrest``) inside a fact's text.
_RECORD_ID = re.compile(r"\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b")
_SNAKE_CODE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
#: A pointer to the record's own files (for its editors): ``; data/measures/*enforcement-of-sentences*``.
_FILE_POINTER = re.compile(r"(;\s*|\s*\()data/[^\s;)]+\)?")


def readable_note(facts: Facts, text: str) -> str:
    """An indicator's note or fact in words: occasions by their situation's name and year, persons by their
    names, stored codes in words, the record's file paths left out."""
    situations = facts.records.situations

    def occasion(m: re.Match[str]) -> str:  # a situation's id, or a short name (a State's, as a slug)
        sit = situations.get(m.group(1))
        name = sit.name if sit is not None else next(
            (st.name for st in facts.records.states.values() if re.sub(r"[^a-z0-9]+", "-", st.name.casefold()).strip("-") == m.group(1)),
            m.group(1).replace("-", " "))
        return f"{name} ({m.group(2)})"

    text = _OCCASION.sub(occasion, text)
    text = _FILE_POINTER.sub(lambda m: ")" if m.group(0).endswith(")") and m.group(1).strip() == ";" else "", text)
    persons = facts.records.persons  # a person's identifier as the person's name
    text = _RECORD_ID.sub(lambda m: persons[m.group(0)].name if m.group(0) in persons else m.group(0), text)
    return _SNAKE_CODE.sub(lambda m: m.group(0).replace("_", " "), text)  # a stored code in words: "no arrest"


def _words(code: Any) -> str:
    """A stored code in words (``visit_cancelled`` -> "visit cancelled", ``non_compliance`` -> "non-compliance")."""
    return re.sub(r"\bnon_", "non-", str(code or "")).replace("_", " ")


def event_texts(row: dict[str, Any]) -> tuple[str, str]:
    """An assessed event's action and outcome as the dashboard and the reports word them: a transit says so,
    and a cancelled trip is its own outcome, with who cancelled it; a planned visit says that the record holds
    no more of it (its day may have passed: "visit planned" alone read as a trip still to come)."""
    action = _words(row.get("action")) + (" (transit)" if row.get("trip") == "transit" else "")
    if row.get("action") == "visit_planned":
        action += " (not recorded as made or cancelled)"
    if row.get("trip") == "cancelled" or row.get("action") == "visit_cancelled":
        who = row.get("cancelled_by")
        return action, "visit cancelled" + (f" ({_words(who)})" if who and who != "unknown" else " (who cancelled not recorded)")
    return action, _words(row.get("outcome"))


def index_audit(facts: Facts, year: int, weights_path: Any = None, samples: int = 1000, seed: int = 42, window: int | None = None) -> dict[str, Any]:
    """The JRC checks of the index (correlations, Cronbach's alpha, principal components, coverage, ties,
    sensitivity of ranks to weights, normalisation and window)."""
    return audit(facts, year, _index_weights(weights_path, window), samples, seed)


def _index_result(facts: Facts, year: int, weights_path: Any, samples: int, seed: int, window: int | None) -> dict[str, Any]:
    return compute_index(facts, year, _index_weights(weights_path, window), samples, seed)


#: The most States `index compare` sets side by side (two: the question is "A or B", and two columns read on a phone).
COMPARE_STATES = 2


def compare_states_arg(states: list[str] | str) -> list[str]:
    """The States to compare, from ``"HUN,CHL"`` (the API's and the page's ``states``) or a list (the CLI's two
    arguments): exactly two, each given, not the same one twice (checked after lookup); anything else a FieldError
    on ``states``."""
    from iccwatch.errors import FieldError

    given = [s.strip() for s in (states.split(",") if isinstance(states, str) else states)]
    if len(given) != COMPARE_STATES or not all(given):
        raise FieldError("states", f"give two States to compare, separated by a comma (e.g. HUN,CHL), not {','.join(given)[:80]!r}")
    return given


@graded
def index_compare(facts: Facts, states: list[str] | str, year: int, weights_path: Any = None, samples: int = 1000, seed: int = 42,
                  window: int | None = None) -> dict[str, Any]:
    """Two States side by side on the index of ``year`` (session 38): each one's score, rank (with how many share
    it), rank interval, band and coverage; whether they are ranked in one peer group, and if so in what share of the
    sensitivity draws each outscores the other and whether the draws can tell them apart (bands); each pillar and each
    indicator with both States' values and points (the share of the 0-100 score it gives: ``assess/compare.py``) and
    the difference; the facts and sources each value rests on; and the words. A State named wrongly is the same
    UnknownState (with its "did you mean") as everywhere."""
    from iccwatch.assess.compare import differences, outscored_share, pillar_label, points
    from iccwatch.errors import FieldError
    from iccwatch.facts import UnknownState

    given = compare_states_arg(states)
    try:
        found = [facts.state(s) for s in given]
    except UnknownState as exc:  # the same words and "did you mean" as elsewhere, on the field asked
        exc.field = "states"
        raise
    if found[0].iso3 == found[1].iso3:
        raise FieldError("states", f"{given[0]!r} and {given[1]!r} are one State ({found[0].name}): give two different States")
    result = _index_result(facts, year, weights_path, samples, seed, window)
    a, b = (st.iso3 for st in found)
    ex = {s: _explain_data(facts, s, year, weights_path, samples, seed, window) for s in (a, b)}
    rows = {r["iso3"]: r for r in result["states"] if r["iso3"] in (a, b)}
    pts = {s: points(result, s) for s in (a, b)}
    diff = differences(result, a, b)
    same_group = rows[a]["group"] == rows[b]["group"]

    def side(s: str) -> dict[str, Any]:
        r, g = rows[s], result["groups"][rows[s]["group"]]
        shared = sum(1 for o in result["states"] if o["group"] == r["group"] and o["rank"] is not None and o["rank"] == r["rank"])
        return {"iso3": s, "name": r["name"], "group": r["group"], "group_label": g["label"], "group_words": g["words"],
                "status": r["status"], "score": r["score"], "rank": r["rank"], "tied": r["tied"],
                "sharing_rank": shared if r["rank"] is not None else 0, "states_ranked": g["ranked"], "rank_interval": r["rank_interval"],
                "band": r["band"], "bands": g["bands"], "coverage": r["coverage"], "coverage_all": r["coverage_all"],
                "pillars": r["pillars"]}

    pillars = [{"pillar": p, "label": pillar_label(p), "weight": result["weights"]["pillars"][p]["weight"],
                "scores": {s: rows[s]["pillars"].get(p) for s in (a, b)},
                "points": {s: _round2(pts[s]["pillars"].get(p)) for s in (a, b)},
                "difference": _round2(diff["pillars"].get(p))} for p in result["weights"]["pillars"]]
    indicators = []
    for ia, ib in zip(ex[a]["indicators"], ex[b]["indicators"], strict=True):
        k = ia["indicator"]
        indicators.append({
            "indicator": k, "label": ia["label"], "pillar": ia["pillar"], "pillar_label": ia["pillar_label"],
            "direction": ia["direction"], "weight_in_pillar": ia["weight_in_pillar"],
            # what the value measures, as the State page says it (session 38: "0.3558" alone said nothing)
            "definition": ia.get("definition") or "",
            "values": {s: {"raw": i["raw"], "normalised": i["normalised"], "status": i["status"], "status_text": i["status_text"],
                           "scored": i["scored"], "counted_text": i["counted_text"], "note": i["note"],
                           "points": _round2(pts[s]["indicators"].get(k)), "evidence": i.get("evidence") or []}
                       for s, i in ((a, ia), (b, ib))},
            "difference": _round2(diff["indicators"].get(k)),
        })
    share = outscored_share(result, a, b, rows[a]["group"]) if same_group else None
    from iccwatch.assess.index import BAND_CONFIDENCE
    first, second = side(a), side(b)
    out = {"year": year, "method_version": result["method_version"], "window": result["window"], "samples": result["samples"],
           "seed": result["seed"], "states": [first, second], "same_group": same_group,
           "score_difference": None if first["score"] is None or second["score"] is None else round(first["score"] - second["score"], 1),
           "outscores": None if share is None else {a: share[0], b: share[1]},
           # the draws order the two where one outscores the other in at least the share that opens a band (95%)
           "told_apart": None if share is None or first["rank"] is None or second["rank"] is None else max(share) >= BAND_CONFIDENCE,
           "pillars": pillars, "indicators": indicators}
    out["in_words"] = compare_words(out)
    return out


def _round2(v: float | None) -> float | None:
    return None if v is None else round(v, 2)


def _rank_words(s: dict[str, Any]) -> str:
    if s["rank"] is None:
        return "not ranked"
    shared = f", shared with {s['sharing_rank'] - 1} other{'s' if s['sharing_rank'] != 2 else ''}" if s["tied"] else ""
    interval = f", interval {s['rank_interval'][0]}-{s['rank_interval'][1]}" if s["rank_interval"] else ""
    return f"rank {s['rank']} of {s['states_ranked']} {s['group_words']}{shared}{interval}, band {s['band']} of {s['bands']}"


def compare_words(d: dict[str, Any]) -> str:
    """The comparison in sentences: each State's score and rank (ties said), whether the draws tell them apart, and
    the components that make the difference (largest first)."""
    a, b = d["states"]
    words = [f"{s['name']} ({s['iso3']}): score {s['score'] if s['score'] is not None else 'none'}, {_rank_words(s)}." for s in (a, b)]
    if not d["same_group"]:
        words.append(f"They are ranked in different tables ({a['group_words']}; {b['group_words']}): their ranks do not compare, "
                     "and their scores are normalised within each table.")
    elif d["outscores"] is not None and a["score"] is not None and b["score"] is not None:
        oa, ob = d["outscores"][a["iso3"]], d["outscores"][b["iso3"]]
        apart = ("the draws order them (one outscores the other in at least 95% of them)" if d["told_apart"]
                 else "the draws cannot order them (neither outscores the other in 95% of them)")
        # session 40: "the draws order them …; they share band 7" read as a contradiction. A band opens against the
        # band's first State (docs/index-method.md), so two States of one band may be ordered, and two States of
        # neighbouring bands may not be: said where it happens.
        if a["band"] == b["band"]:
            apart += (f"; both are in band {a['band']} all the same, because a band opens only where a State falls below the "
                      "band's first State in at least 95% of the draws, not below the State just above it" if d["told_apart"]
                      else f"; both are in band {a['band']}")
        else:
            apart += (f"; bands {a['band']} and {b['band']}" if d["told_apart"]
                      else f"; they are in bands {a['band']} and {b['band']} all the same, because a band opens where a State "
                           "falls below the band's first State in at least 95% of the draws, not below the State just above it")
        words.append(f"Over {d['samples']} draws {a['name']} outscores {b['name']} in {oa:.0%} and {b['name']} outscores "
                     f"{a['name']} in {ob:.0%}: {apart}.")
    moved = sorted((i for i in d["indicators"] if i["difference"]), key=lambda i: -abs(i["difference"]))
    pillars = sorted((p for p in d["pillars"] if p.get("difference")), key=lambda p: -abs(p["difference"]))
    if d["score_difference"] and (pillars or moved):
        # session 40: by pillar first, each with the indicators that move within it; a pillar that gives both the same
        # points is not a component of the gap, even where its indicators' points differ (a State with fewer of the
        # pillar's indicators applying gives each a larger share of its weight: docs/index-method.md), so that is
        # said apart. Before, the four largest indicator differences were listed alone ("Findings of non-compliance
        # +24.5" for two States with no finding each).
        lead = a if d["score_difference"] > 0 else b
        said = (f"{lead['name']} scores {abs(d['score_difference']):g} points higher" if d["same_group"]
                else f"their scores differ by {abs(d['score_difference']):g} points")

        def within(pillar: str) -> list[dict[str, Any]]:
            return [i for i in moved if i["pillar"] == pillar]

        parts = [f"{p['label']} {p['difference']:+g}" + (" (" + "; ".join(f"{i['label']} {i['difference']:+g}" for i in within(p["pillar"])[:3]) + ")"
                                                       if within(p["pillar"]) else "") for p in pillars]
        words.append(f"{said[:1].upper()}{said[1:]}; by pillar (points of the score, {a['name']} minus {b['name']}): "
                     + "; ".join(parts) + ".")
        even = [p for p in d["pillars"] if p.get("difference") == 0 and within(p["pillar"])]
        for p in even:
            words.append(f"The {p['label']} pillar gives both the same points; its indicators' points differ ("
                         + "; ".join(f"{i['label']} {i['difference']:+g}" for i in within(p["pillar"])[:3])
                         + ") only because not the same indicators of it apply or have data for both States: each State's "
                           "indicators with data share the pillar's weight.")
    elif d["score_difference"] == 0:
        words.append("Their scores are equal.")
    return " ".join(words)


def compare_csv_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The comparison as CSV (the CLI's ``index compare --csv`` and, session 40, the comparison page's download): one row per measure (score, rank, tied, rank interval, band, coverage), pillar and
    indicator, with each State's value and points (``value_HUN``, ``points_HUN``) and the difference (first minus
    second, in points of the score); an indicator's row says what its value measures (``definition``, session 38).
    Session 40: a pillar's and an indicator's ``weight`` (the pillar's in the score, the indicator's in its pillar) and
    each State's normalised value (``normalised_HUN``, 0-1, 1 the better), so that a reader can compute each points
    figure from the file: normalised × weight / (the weights of the pillar's indicators with points for that State) ×
    the pillar's weight / (the weights of the State's pillars with points) × 100 (docs/index-method.md)."""
    a, b = (s["iso3"] for s in data["states"])
    rows: list[dict[str, Any]] = []

    def row(kind: str, component: str, label: str, pillar: str, va: Any, vb: Any, pa: Any = "", pb: Any = "", diff: Any = "",
            definition: str = "", weight: Any = "", na: Any = "", nb: Any = "") -> None:
        rows.append({"kind": kind, "component": component, "label": label, "pillar": pillar,
                     f"value_{a}": va, f"normalised_{a}": na, f"points_{a}": pa,
                     f"value_{b}": vb, f"normalised_{b}": nb, f"points_{b}": pb, "difference": diff, "weight": weight,
                     "definition": definition})

    sa, sb = data["states"]
    row("state", "group", "peer group", "", sa["group"], sb["group"])
    for key in ("score", "rank", "tied", "sharing_rank", "states_ranked", "band", "bands", "coverage"):
        row("state", key, key.replace("_", " "), "", sa[key], sb[key], diff=data["score_difference"] if key == "score" else "")
    for end, k in (("low", 0), ("high", 1)):
        row("state", f"rank_interval_{end}", f"rank interval {end}", "", sa["rank_interval"][k] if sa["rank_interval"] else "",
            sb["rank_interval"][k] if sb["rank_interval"] else "")
    if data["outscores"] is not None:
        row("state", "outscores_share", "share of the draws outscoring the other", "", data["outscores"][a], data["outscores"][b])
    for p in data["pillars"]:
        row("pillar", p["pillar"], p["label"], p["pillar"], p["scores"][a], p["scores"][b], p["points"][a], p["points"][b], p["difference"],
            weight=p["weight"])
    for i in data["indicators"]:
        va, vb = (i["values"][s] for s in (a, b))
        row("indicator", i["indicator"], i["label"], i["pillar"], va["raw"] if va["raw"] is not None else va["status"],
            vb["raw"] if vb["raw"] is not None else vb["status"], va["points"], vb["points"], i["difference"],
            i.get("definition") or "",  # what the value measures (session 38)
            weight=i.get("weight_in_pillar"), na=va.get("normalised"), nb=vb.get("normalised"))
    return [{k: ("" if v is None else v) for k, v in r.items()} for r in rows]
