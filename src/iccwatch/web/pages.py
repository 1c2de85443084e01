"""Dashboard pages, thin over the service layer: the same answers as the CLI and the API, by clicking."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from iccwatch import service
from iccwatch.api.deps import FieldError
from iccwatch.facts import Assumption, Facts
from iccwatch.law.citations import citation_url
from iccwatch.report import charts
from iccwatch.web.assets import STATIC, missing_assets

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
TEMPLATES.env.filters["label"] = lambda s: str(s).replace("_", " ")
TEMPLATES.env.filters["cite_url"] = citation_url
TEMPLATES.env.filters["tojson_attr"] = lambda v: json.dumps(v)

NAV = [("/", "Map"), ("/ask", "Ask"), ("/persons", "Persons"), ("/decisions", "Decisions"), ("/events", "Events"),
       ("/statements", "Statements"), ("/gaps", "Gaps"), ("/index", "Index"), ("/monitor", "Monitor")]


def _facts(request: Request) -> Facts:
    return request.app.state.facts


def _day(value: str | None, field: str = "on") -> dt.date:
    try:
        return service.parse_day(value)
    except ValueError as exc:
        raise FieldError(field, str(exc)) from None


def _render(request: Request, template: str, status_code: int = 200, **ctx: Any) -> HTMLResponse:
    facts = _facts(request)
    base = {"nav": NAV, "path": request.url.path, "checked_through": facts.records.meta.checked_through,
            "today": dt.date.today().isoformat(), "missing_assets": missing_assets()}
    return TEMPLATES.TemplateResponse(request, template, {**base, **ctx}, status_code=status_code)


def _sorted(rows: list[dict[str, Any]], sort: str | None, direction: str) -> list[dict[str, Any]]:
    if not sort or not rows or sort not in rows[0]:
        return rows
    return sorted(rows, key=lambda r: (r.get(sort) is None, str(r.get(sort)) if not isinstance(r.get(sort), (int, float)) else r.get(sort)),
                  reverse=direction == "desc")


def _table_page(request: Request, title: str, rows: list[dict[str, Any]], columns: list[tuple[str, str]], sort: str | None,
                direction: str, csv_name: str, filters: dict[str, Any], intro: str = "", links: dict[str, str] | None = None) -> Response:
    rows = _sorted(rows, sort, direction)
    if request.query_params.get("format") == "csv":
        return Response(service.rows_to_csv([{c: r.get(c) for c, _ in columns} for r in rows]), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="iccwatch-{csv_name}.csv"'})
    return _render(request, "table.html", title=title, rows=rows, columns=columns, sort=sort, direction=direction,
                   filters=filters, intro=intro, links=links or {})


def install(app: FastAPI) -> None:
    STATIC.mkdir(exist_ok=True)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    app.state.render_error = lambda request, status, message: _render(request, "error.html", status_code=status, message=message)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def world_map(request: Request, on: str | None = None) -> Response:
        day = _day(on)
        data = service.states_list(_facts(request), day)
        return _render(request, "map.html", on=day.isoformat(), parties=sum(r["party"] for r in data), rows=data)

    @app.get("/states/{state}", response_class=HTMLResponse, include_in_schema=False)
    def state_page(request: Request, state: str, on: str | None = None, year: Annotated[int, Query(ge=2002, le=2100)] = 2025) -> Response:
        facts = _facts(request)
        day = _day(on)
        relation = service.state_relation(facts, state, day)
        iso3 = relation["iso3"]
        index = service.index_explain(facts, iso3, year, samples=1000)
        from iccwatch.report.build import party_segments

        return _render(request, "state.html", st=facts.records.states[iso3], on=day.isoformat(), year=year, relation=relation,
                       timeline=service.state_timeline(facts, iso3), duties=service.ask_obligations(facts, iso3, day),
                       events=service.assessed_events(facts, state=iso3), decisions=service.decisions_list(facts, state=iso3),
                       statements=[s for s in service.statements_list(facts) if iso3 in s["signatories"]], index=index,
                       timeline_spec=charts.party_timeline(party_segments(facts, iso3, day)), pillar_spec=charts.pillar_bars(index["pillars"]))

    @app.get("/states/{state}/report.{fmt}", include_in_schema=False)
    def state_report(request: Request, state: str, fmt: str, on: str | None = None) -> Response:
        if fmt not in ("pdf", "html"):
            raise FieldError("format", "report format must be pdf or html")
        try:
            from iccwatch.report.build import render_html, state_report_data
        except ImportError:  # pragma: no cover - the report extra is not installed
            return _render(request, "error.html", status_code=501, message="reports need the report extra: pip install iccwatch[report]")
        facts = _facts(request)
        data = state_report_data(facts, state, _day(on), 2025, samples=300)
        html = render_html("state.html", data)
        if fmt == "html":
            return HTMLResponse(html)
        from weasyprint import HTML

        return Response(HTML(string=html).write_pdf(), media_type="application/pdf",
                        headers={"Content-Disposition": f'inline; filename="iccwatch-{data["state"].iso3}.pdf"'})

    @app.get("/persons", response_class=HTMLResponse, include_in_schema=False)
    def persons_page(request: Request, q: str | None = None, sort: str | None = "name", dir: str = "asc") -> Response:
        rows = service.persons_list(_facts(request), q)
        return _table_page(request, "Persons under warrant, summons or application", rows,
                           [("name", "Name"), ("nationality", "Nationality"), ("situations", "Situations"), ("status", "Status")],
                           sort, dir, "persons", {"q": q}, links={"name": "/persons/{id}"})

    @app.get("/persons/{person}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(request: Request, person: str, on: str | None = None) -> Response:
        facts = _facts(request)
        day = _day(on)
        view = service.person_view(facts, person, None)
        assessed = {a["event"]: a for a in service.assessed_events(facts, person=view["id"])}
        travel = service.ask_travel(facts, view["id"], day)
        return _render(request, "person.html", p=view, on=day.isoformat(), assessed=assessed, travel=travel)

    @app.get("/ask", response_class=HTMLResponse, include_in_schema=False)
    def ask_page(request: Request, state: str | None = None, person: str | None = None, on: str | None = None, assume: str | None = None) -> Response:
        facts = _facts(request)
        result = _ask(facts, state, person, on, assume) if state and person else None
        return _render(request, "ask.html", states=sorted(facts.records.states.values(), key=lambda s: s.name),
                       persons=sorted(facts.records.persons.values(), key=lambda p: p.name), state=state, person=person,
                       on=on or dt.date.today().isoformat(), assume=assume or "", result=result)

    @app.get("/ask/result", response_class=HTMLResponse, include_in_schema=False)
    def ask_result(request: Request, state: str, person: str, on: str | None = None, assume: str | None = None) -> Response:
        result = _ask(_facts(request), state, person, on, assume)
        return TEMPLATES.TemplateResponse(request, "ask_result.html", {"d": result})

    def _ask(facts: Facts, state: str, person: str, on: str | None, assume: str | None) -> dict[str, Any]:
        lines = [x.strip() for x in (assume or "").splitlines() if x.strip()]
        try:
            if lines:
                facts = facts.with_assumptions([Assumption.parse(x) for x in lines])
        except ValueError as exc:
            raise FieldError("assume", str(exc)) from None
        return service.ask_arrest(facts, state, person, _day(on))

    @app.get("/decisions", response_class=HTMLResponse, include_in_schema=False)
    def decisions_page(request: Request, state: str | None = None, person: str | None = None, year: int | None = None,
                       sort: str | None = "date", dir: str = "asc") -> Response:
        rows = service.decisions_list(_facts(request), state or None, person or None, year)
        for r in rows:
            r["person_names"] = ", ".join(r["person_names"])
        return _table_page(request, "Decisions on States' cooperation", rows,
                           [("date", "Date"), ("state_name", "State"), ("person_names", "Person"), ("chamber", "Chamber"), ("finding", "Finding"),
                            ("referred_to", "Referred to"), ("record_number", "Record")],
                           sort, dir, "decisions", {"state": state, "person": person, "year": year}, links={"state_name": "/states/{state}"})

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, state: str | None = None, person: str | None = None, sort: str | None = "date", dir: str = "asc") -> Response:
        rows = service.assessed_events(_facts(request), state or None, person or None)
        return _table_page(request, "Events: warrant subjects abroad, and what host States did", rows,
                           [("date", "Date"), ("person_name", "Person"), ("state_name", "Host State"), ("action", "What happened"),
                            ("duty", "Duty"), ("outcome", "Assessment")],
                           sort, dir, "events", {"state": state, "person": person},
                           links={"person_name": "/persons/{person}", "state_name": "/states/{state}"})

    @app.get("/statements", response_class=HTMLResponse, include_in_schema=False)
    def statements_page(request: Request, state: str | None = None, sort: str | None = "date", dir: str = "asc") -> Response:
        rows = service.statements_list(_facts(request), state or None)
        return _table_page(request, "Joint statements in support of the Court", rows,
                           [("date", "Date"), ("title", "Statement"), ("signatory_count", "Signatories named"),
                            ("announced_signatories", "Announced"), ("complete", "List complete")],
                           sort, dir, "statements", {"state": state})

    @app.get("/gaps", response_class=HTMLResponse, include_in_schema=False)
    def gaps_page(request: Request, sort: str | None = "date", dir: str = "asc") -> Response:
        data = service.enforcement_gaps(_facts(request))
        intro = " · ".join(f"{k.replace('_', ' ')}: {v}" for k, v in data["summary"].items()) + ". " + data["note"]
        return _table_page(request, "The enforcement gap", data["failures"],
                           [("date", "Date"), ("state_name", "State"), ("person_name", "Person"), ("court_action", "Court action"),
                            ("finding_date", "Finding"), ("days_to_finding", "Days"), ("referred_to", "Referred to"), ("gap", "Gap")],
                           sort, dir, "gaps", {}, intro=intro, links={"state_name": "/states/{state}", "person_name": "/persons/{person}"})

    @app.get("/monitor", response_class=HTMLResponse, include_in_schema=False)
    def monitor_page(request: Request, status: str = "pending", sort: str | None = "created_at", dir: str = "desc") -> Response:
        from iccwatch.monitor.queue import Queue

        q = Queue(request.app.state.settings.db_url)
        try:
            rows = [{"id": r["id"], "type": r["type"], "person": r["payload"].get("person") or r["payload"].get("person_name"),
                     "state": r["payload"].get("state"), "date": r["payload"].get("date"), "confidence": r["confidence"], "status": r["status"],
                     "evidence": r["payload"]["evidence"]["sentence"], "document": r["title"] or r["url"], "created_at": r["created_at"]}
                    for r in q.list(None if status == "all" else status)]
            alerts = q.list_alerts()
        finally:
            q.close()
        intro = (f"{len(alerts)} alert(s): " + "; ".join(f"{a['person']} in {a['state']} on {a['on_date']} ({a['answer']})" for a in alerts[-10:])
                 if alerts else "No alert.") + " Review with `iccwatch monitor review`; nothing reaches the record until a person accepts it."
        return _table_page(request, "Monitor: candidate facts awaiting review", rows,
                           [("created_at", "Ingested"), ("type", "Type"), ("person", "Person"), ("state", "State"), ("date", "Date"),
                            ("confidence", "Confidence"), ("status", "Status"), ("evidence", "Evidence"), ("document", "Document")],
                           sort, dir, "candidates", {"status": status}, intro=intro)

    @app.get("/index", response_class=HTMLResponse, include_in_schema=False)
    def index_page(request: Request, year: Annotated[int, Query(ge=2002, le=2100)] = 2025, sort: str | None = "rank", dir: str = "asc") -> Response:
        key = f"default:{year}:1000:42"
        cache = request.app.state.index_cache
        if key not in cache:
            cache[key] = service.index_ranking(_facts(request), year, None, 1000, 42)
        data = cache[key]
        rows = [{**r, "interval": f"{r['rank_interval'][0]}–{r['rank_interval'][1]}" if r["rank_interval"] else ""} for r in data["states"]]
        return _table_page(request, f"Due-diligence index {year}", rows,
                           [("rank", "Rank"), ("interval", "Rank interval"), ("name", "State"), ("score", "Score"), ("coverage", "Coverage")],
                           sort, dir, f"index-{year}", {"year": year},
                           intro="Method: docs/index-method.md. Rank interval: 5th-95th percentile over 1000 sensitivity draws. Missing data are never counted as zero.",
                           links={"name": "/states/{iso3}?year=" + str(year)})
