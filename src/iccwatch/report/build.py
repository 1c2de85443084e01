"""Assemble the reports from the service layer and render them to HTML or PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from iccwatch import service
from iccwatch.facts import Facts
from iccwatch.law import party_status
from iccwatch.model import parse_partial_date
from iccwatch.report import charts
from iccwatch.report.footnotes import Footnotes
from iccwatch.web.assets import VENDOR

TEMPLATES = Path(__file__).with_name("templates")
STATUS_LABEL = {
    "party": "party", "party_withdrawal_pending": "party", "former_party": "former party",
    "signatory": "signatory", "signature_withdrawn": "not party", "non_party": "not party", "ratified_not_in_force": "signatory",
}


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    env.filters["label"] = lambda s: str(s).replace("_", " ")
    return env


def party_segments(facts: Facts, iso3: str, until: dt.date) -> list[dict[str, str]]:
    """Bands of a State's relation to the Statute from 1998 to ``until`` (for the timeline chart)."""
    st = facts.state(iso3)
    points = sorted({parse_partial_date(a.date)[0] for a in st.participation if a.instrument == "rome-statute"} | {dt.date(1998, 7, 17)})
    points = [p for p in points if p <= until]
    segments: list[dict[str, str]] = []
    for i, start in enumerate(points):
        end = points[i + 1] if i + 1 < len(points) else until
        label = STATUS_LABEL[party_status(facts, iso3, start).status]
        if segments and segments[-1]["status"] == label:
            segments[-1]["end"] = end.isoformat()
        else:
            segments.append({"status": label, "start": start.isoformat(), "end": end.isoformat()})
    return segments


def state_report_data(facts: Facts, code: str, on: dt.date, year: int, samples: int = 500) -> dict[str, Any]:
    st = facts.state(code)
    notes = Footnotes(facts.publishers)
    relation = service.state_relation(facts, st.iso3, on)
    timeline = []
    for a in sorted(st.participation, key=lambda a: a.date):
        doubt = "disputed" if a.disputed else {"low": "uncertain", "medium": "one source"}.get(a.confidence, "")
        note = a.note or ""
        timeline.append({"date": a.date, "instrument": facts.records.instruments[a.instrument].citation if a.instrument in facts.records.instruments else a.instrument,
                         "action": a.action, "doubt": doubt, "note": note if len(note) <= 240 else note[:239].rsplit(" ", 1)[0] + " …",
                         "cite": notes.cite(a.sources)})
    duties = service.ask_obligations(facts, st.iso3, on)
    events = service.assessed_events(facts, state=st.iso3)
    for e in events:
        e["cite"] = notes.cite(e["sources"])
    decisions = service.decisions_list(facts, state=st.iso3)
    for d in decisions:
        d["cite"] = notes.cite(d["sources"])
    statements = [s for s in service.statements_list(facts) if st.iso3 in s["signatories"]]
    for s in statements:
        s["cite"] = notes.cite(s["sources"])
    index = service.index_explain(facts, st.iso3, year, samples=samples)
    for i in index["indicators"]:
        i["cite"] = "".join(notes.cite(e["sources"]) for e in i["evidence"])
    measures = [m.model_dump(mode="json", exclude_none=True) for m in facts.records.measures.values() if m.state == st.iso3]
    for m in measures:
        m["cite"] = notes.cite(m["sources"])
    relation_cite = notes.cite(relation["sources"])
    return {
        "state": st, "on": on.isoformat(), "year": year, "relation": relation, "relation_cite": relation_cite,
        "timeline": timeline, "duties": duties, "events": events, "decisions": decisions, "statements": statements,
        "measures": measures, "index": index, "footnotes": notes.items,
        "checked_through": facts.records.meta.checked_through,
        "generated": dt.date.today().isoformat(),
        "charts": {
            "timeline": charts.to_svg(charts.party_timeline(party_segments(facts, st.iso3, on))),
            "pillars": charts.to_svg(charts.pillar_bars(index["pillars"])) if any(v is not None for v in index["pillars"].values()) else "",
        },
    }


def gaps_report_data(facts: Facts) -> dict[str, Any]:
    notes = Footnotes(facts.publishers)
    gaps = service.enforcement_gaps(facts)
    events = {e.id: e for e in facts.records.events.values()}
    what = {"none_recorded": "no court action recorded", "informed_only": "decision without finding"}
    rows = []
    for f in gaps["failures"]:
        f["cite"] = notes.cite([*events[f["event"]].sources, *(s for d in f["decisions"] for s in facts.records.decisions[d].sources)])
        followed = what.get(f["court_action"]) or {"no_referral": "finding, no referral", "responded": "referred, response recorded"}.get(
            f["gap"], "referred, no response recorded")
        f["what_followed"] = followed
        rows.append({"year": f["date"][:4], "what_followed": followed})
    by_state: dict[str, int] = {}
    for f in gaps["failures"]:
        by_state[f["state"]] = by_state.get(f["state"], 0) + 1
    map_svg = ""
    topology_file = VENDOR / "countries-50m.json"
    if by_state and topology_file.exists():  # the geometry comes with the dashboard's assets (scripts/web-assets.sh)
        import json

        map_rows = [{"numeric": facts.records.states[iso3].numeric, "name": facts.records.states[iso3].name, "failures": n}
                    for iso3, n in by_state.items()]
        map_svg = charts.to_svg(charts.failures_map(map_rows, json.loads(topology_file.read_text(encoding="utf-8"))))
    return {"gaps": gaps, "footnotes": notes.items, "generated": dt.date.today().isoformat(),
            "checked_through": facts.records.meta.checked_through,
            "chart": charts.to_svg(charts.failures_by_year(rows)) if rows else "", "map": map_svg}


def render_html(template: str, data: dict[str, Any]) -> str:
    return _env().get_template(template).render(**data)


def write_report(html: str, output: Path, fmt: str) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "html":
        output.write_text(html, encoding="utf-8")
    elif fmt == "pdf":
        from weasyprint import HTML

        tmp = output.with_name(f".{output.name}.tmp")
        HTML(string=html, base_url=str(TEMPLATES)).write_pdf(tmp)
        tmp.replace(output)
    else:
        raise ValueError(f"unknown format {fmt!r}: html or pdf")
