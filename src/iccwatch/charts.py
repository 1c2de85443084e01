"""Vega-Lite specifications for the reports and the dashboard (one spec, two renderers: vl-convert
to SVG for reports, vega-embed in the browser), and the data they draw. Below both ``web`` and ``report``."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from iccwatch.facts import Facts

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"  # an identifier, never fetched
CONFIG = {"legend": {"labelLimit": 260}, "font": "DejaVu Sans"}


#: What a pillar without a score means (session 39: the chart drew nothing for it, as for a zero).
PILLAR_NO_DATA = "no data: none of the pillar's indicators could be scored, so it does not count in the score"


def pillar_bars(pillars: dict[str, float | None]) -> dict[str, Any]:
    """The pillar scores as bars, each pillar on its line (session 39): a bar with a mark at its end and its value
    written beside it, so a score of 0 shows as a mark at the baseline labelled "0", never as nothing; a pillar without
    a score is on its line too, with the words "no data" and no mark (``PILLAR_NO_DATA`` in the tooltip)."""
    values = [{"pillar": k.replace("_", " "), "score": v,
               "value_text": "no data" if v is None else f"{v:g}",
               "meaning": PILLAR_NO_DATA if v is None else "pillar score (0-100)",
               "at": 0 if v is None else v} for k, v in pillars.items()]
    # every pillar on its line in the index's order, a "no data" one too (it has no bar to put it in the scale)
    y = {"field": "pillar", "type": "nominal", "title": None, "sort": None,
         "scale": {"domain": [v["pillar"] for v in values]}}
    scored = {"filter": "datum.score != null"}
    return {
        "$schema": SCHEMA,
        "width": 420, "height": 140,
        "data": {"values": values},
        "encoding": {"y": y, "tooltip": [{"field": "pillar"}, {"field": "value_text", "title": "score"},
                                         {"field": "meaning"}]},
        "layer": [
            {"transform": [scored], "mark": {"type": "bar", "color": "#2c5d8f"},
             "encoding": {"x": {"field": "score", "type": "quantitative", "scale": {"domain": [0, 100]},
                                "title": "pillar score (0-100)"}}},
            # the bar's end, seen at 0 too: a zero is a zero
            {"transform": [scored], "mark": {"type": "tick", "color": "#1b3a5c", "thickness": 3},
             "encoding": {"x": {"field": "score", "type": "quantitative"}}},
            {"mark": {"type": "text", "align": "left", "dx": 5, "color": "#222"},
             "encoding": {"x": {"field": "at", "type": "quantitative"}, "text": {"field": "value_text"}}},
        ],
    }


def pillar_text(pillars: dict[str, float | None]) -> str:
    """The pillar chart in words, its text alternative: each pillar's score, 0 said as 0 and a pillar without a score
    as "no data" with what that means."""
    parts = [f"{k.replace('_', ' ')} {'no data' if v is None else f'{v:g}'}" for k, v in pillars.items()]
    none = any(v is None for v in pillars.values())
    return "Pillar scores (0-100): " + "; ".join(parts) + (f" ({PILLAR_NO_DATA})" if none else "") + "."


def party_timeline(segments: list[dict[str, str]]) -> dict[str, Any]:
    """Horizontal bands of a State's relation to the Statute over time."""
    return {
        "$schema": SCHEMA,
        "width": 520, "height": 60,
        "data": {"values": segments},
        "mark": {"type": "bar", "height": 26},
        "encoding": {
            "x": {"field": "start", "type": "temporal", "title": None},
            "x2": {"field": "end"},
            "color": {"field": "status", "type": "nominal", "title": "status",
                      "scale": {"domain": list(TIMELINE_COLOURS), "range": list(TIMELINE_COLOURS.values())},
                      # the legend lists the statuses the State had, in the scale's order
                      "legend": {"values": [v for v in TIMELINE_COLOURS if v in {s["status"] for s in segments}]}},
            "tooltip": [{"field": "status"}, {"field": "start", "type": "temporal"}, {"field": "end", "type": "temporal"}],
        },
    }


#: What followed a failure, in the order the chart's legend lists it, with its colour; a decision that
#: informed the Assembly or the Council without a finding ("Court informed ASP and UNSC, no finding",
#: worded by the bodies it informed) comes after "no court action recorded", in shades of orange.
FOLLOWED_COLOURS = {"no court action recorded": "#a23b3b", "decision without finding": "#d98c3f",
                    "finding, no referral": "#c9b458", "referred, no response recorded": "#2c5d8f",
                    "referred, response recorded": "#2c7a4b"}
INFORMED_COLOURS = ("#e6a65c", "#f0c48f", "#f6dbb8")


def failures_by_year(rows: list[dict[str, Any]]) -> dict[str, Any]:
    informed = sorted({str(r["what_followed"]) for r in rows} - set(FOLLOWED_COLOURS))
    colours = dict(FOLLOWED_COLOURS)
    order = list(colours)
    for i, phrase in enumerate(informed):
        colours[phrase] = INFORMED_COLOURS[i % len(INFORMED_COLOURS)]
        order.insert(1 + i, phrase)
    return {
        "$schema": SCHEMA,
        "width": 520, "height": 180,
        "data": {"values": rows},
        "mark": "bar",
        "encoding": {
            "x": {"field": "year", "type": "ordinal", "title": None},
            "y": {"aggregate": "count", "title": "failures to arrest", "axis": {"tickMinStep": 1, "format": "d"}},
            "color": {"field": "what_followed", "type": "nominal", "title": "what followed",
                      "scale": {"domain": order, "range": [colours[p] for p in order]}},
        },
    }


#: Square degrees: a State whose outline is smaller than this is also drawn as a ringed circle on the printed
#: map (520 px wide, about 1.4 px a degree: such an outline is a speck of 3 px or less, Djibouti's 1.8 square
#: degrees all but vanished under the borders), as the dashboard's map circles its small States (map.js, SMALL).
SMALL_ON_PRINT = 5.0


def small_state_points(rows: list[dict[str, Any]], centroids: dict[str, dict[str, float]]) -> list[dict[str, Any]]:
    """The rows (each with ``numeric``) whose outline is smaller than ``SMALL_ON_PRINT``, each with the longitude
    and latitude of its point (``centroids.json`` from the dashboard's assets, keyed by the numeric code)."""
    points = []
    for r in rows:
        c = centroids.get(str(r.get("numeric")))
        if c and float(c["area"]) < SMALL_ON_PRINT:
            points.append({**r, "lon": c["lon"], "lat": c["lat"]})
    return points


def failures_map(rows: list[dict[str, Any]], topology: dict[str, Any],
                 points: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """World map of failures to arrest by host State (geometry inlined: rendered offline); ``points``
    (``small_state_points``) are drawn again as circles of the same colour, ringed, so that no State vanishes."""
    color = {"field": "failures", "type": "quantitative", "title": "failures to arrest",
             # the scheme's palest third left out: a State with one failure, drawn in it, was hardly told from the grey
             "scale": {"scheme": {"name": "reds", "extent": [0.3, 1]}},
             "legend": {"type": "symbol", "symbolType": "square", "format": "d",
                        "values": sorted({int(r["failures"]) for r in rows})}}
    circles = [{"data": {"values": points},
                "mark": {"type": "circle", "size": 40, "opacity": 1, "stroke": "#1b1b1b", "strokeWidth": 0.8},
                "encoding": {"longitude": {"field": "lon", "type": "quantitative"},
                             "latitude": {"field": "lat", "type": "quantitative"},
                             "color": {**color, "legend": None}}}] if points else []
    return {
        "$schema": SCHEMA,
        "width": 520, "height": 280,
        "projection": {"type": "equalEarth"},
        "layer": [
            {"data": {"values": topology, "format": {"type": "topojson", "feature": "countries"}},
             "mark": {"type": "geoshape", "fill": "#eeeeee", "stroke": "#ffffff", "strokeWidth": 0.3}},
            {"data": {"values": topology, "format": {"type": "topojson", "feature": "countries"}},
             "transform": [{"lookup": "id", "from": {"data": {"values": rows}, "key": "numeric", "fields": ["failures", "name"]}},
                           {"filter": "datum.failures > 0"}],
             "mark": {"type": "geoshape", "stroke": "#ffffff", "strokeWidth": 0.3},
             # a legend of swatches, one per count recorded: a continuous legend is drawn with an SVG gradient,
             # which the PDF renderer (WeasyPrint) left blank but for a dot, so the map's colours had no key
             "encoding": {"color": color}},
            *circles,
        ],
    }


#: The timeline's bands: each status in the words and colours of the map's legend (static/js/map.js), so that
#: a State's chart, its heading and the map name one status alike (the chart had called a withdrawn signature
#: "not party" under a heading saying "signature withdrawn", where the map said "signature withdrawn").
STATUS_LABEL = {
    "party": "party", "party_withdrawal_pending": "party (withdrawal pending)", "former_party": "former party",
    "signatory": "signatory", "signature_withdrawn": "signature withdrawn", "non_party": "not party",
    "ratified_not_in_force": "ratified, not yet in force",
}
TIMELINE_COLOURS = {"signatory": "#E69F00", "ratified, not yet in force": "#009E73", "party": "#0072B2",
                    "party (withdrawal pending)": "#56B4E9", "former party": "#D55E00", "signature withdrawn": "#CC79A7",
                    "not party": "#BBBBBB"}


def party_segments(facts: Facts, iso3: str, until: dt.date) -> list[dict[str, str]]:
    """Bands of a State's relation to the Statute from 1998 (or from the day a later State came into being,
    its ``since``: South Sudan was not "not a party" in 2005) to ``until`` (for the timeline chart)."""
    from iccwatch.law import party_status
    from iccwatch.model import DateSpan

    st = facts.state(iso3)
    start = max(dt.date(1998, 7, 17), DateSpan.parse(st.since.date).first) if st.since else dt.date(1998, 7, 17)
    points = sorted({DateSpan.parse(a.date).first for a in st.participation if a.instrument == "rome-statute"} | {start})
    points = [p for p in points if start <= p <= until]
    segments: list[dict[str, str]] = []
    for i, start in enumerate(points):
        end = points[i + 1] if i + 1 < len(points) else until
        label = STATUS_LABEL[party_status(facts, iso3, start).status]
        if segments and segments[-1]["status"] == label:
            segments[-1]["end"] = end.isoformat()
        else:
            segments.append({"status": label, "start": start.isoformat(), "end": end.isoformat()})
    return segments
