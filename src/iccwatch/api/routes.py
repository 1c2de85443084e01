"""The REST API, versioned under /api/v1: the same shapes as the CLI (both call iccwatch.service)."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Query, Request, UploadFile
from fastapi.responses import Response

from iccwatch import service
from iccwatch.api.deps import AssumedFactsDep, FactsDep, FieldError, OnDep, UpToDep
from iccwatch.assess.index import WeightsError
from iccwatch.settings import MAX_UPLOAD

router = APIRouter(prefix="/api/v1")

StateQ = Annotated[str | None, Query(description="ISO alpha-3 code of a State.", max_length=60)]
PersonQ = Annotated[str | None, Query(description="A person's id, name or alias.", max_length=200)]
YearQ = Annotated[int | None, Query(description="A year.", ge=1998, le=2100)]
Limit = Annotated[int, Query(ge=1, le=1000, description="Page size.")]
Offset = Annotated[int, Query(ge=0, description="Rows to skip.")]


def page(rows: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    return {"total": len(rows), "limit": limit, "offset": offset, "items": rows[offset: offset + limit]}


# ----------------------------------------------------------------------------------- meta, map


@router.get("/meta", tags=["meta"], summary="What the record holds and up to when it was checked")
def meta(request: Request, facts: FactsDep) -> dict[str, Any]:
    return {"meta": facts.records.meta.model_dump(mode="json"), "counts": facts.records.counts(),
            "built_at": request.app.state.build_info.get("built_at"), "data_sha256": request.app.state.build_info.get("data_sha256")}


@router.get("/map", tags=["states"], summary="Every State's relation to the Statute on a date, for the map")
def map_data(facts: FactsDep, on: OnDep) -> dict[str, Any]:
    rows = service.states_list(facts, on)
    numeric = {iso3: s.numeric for iso3, s in facts.records.states.items()}
    for r in rows:
        r["numeric"] = numeric[r["iso3"]]
    return {"on": on.isoformat(), "parties": sum(r["party"] for r in rows), "states": rows}


# ---------------------------------------------------------------------------------------- states


@router.get("/states", tags=["states"], summary="States and their relation to the Statute on a date")
def states(facts: AssumedFactsDep, on: OnDep, party: bool | None = None,
           status: Annotated[str | None, Query(max_length=40)] = None, limit: Limit = 250, offset: Offset = 0) -> dict[str, Any]:
    return page(service.states_list(facts, on, party=party, status=status), limit, offset)


@router.get("/states/{state}", tags=["states"], summary="A State's relation to the Statute on a date, with reasoning and sources")
def state(state: str, facts: AssumedFactsDep, on: OnDep) -> dict[str, Any]:
    data = service.state_relation(facts, state, on)
    data["timeline"] = service.state_timeline(facts, state)
    return data


@router.get("/states/{state}/obligations", tags=["law"], summary="Every cooperation duty of a State on a date")
def obligations(state: str, facts: AssumedFactsDep, on: OnDep) -> dict[str, Any]:
    return service.ask_obligations(facts, state, on)


# --------------------------------------------------------------------------------------- persons


@router.get("/persons", tags=["persons"], summary="Persons subject to warrants, summonses or applications")
def persons(facts: FactsDep, on: UpToDep, q: Annotated[str | None, Query(max_length=200)] = None, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(service.persons_list(facts, q, on), limit, offset)


@router.get("/persons/{person}", tags=["persons"], summary="A person's warrants, status, travels and decisions")
def person(person: str, facts: FactsDep, on: UpToDep) -> dict[str, Any]:
    return service.person_view(facts, person, on)


@router.get("/persons/{person}/travel", tags=["law"], summary="The travel map: every State classified for this person on a date")
def travel(person: str, facts: AssumedFactsDep, on: OnDep) -> dict[str, Any]:
    return service.ask_travel(facts, person, on)


# ------------------------------------------------------------------------------------------ law


@router.get("/arrest", tags=["law"], summary="Must a State arrest and surrender a person present on its territory on a date?")
def arrest(facts: AssumedFactsDep, on: OnDep,
           state: Annotated[str, Query(description="ISO alpha-3 code of the State.", max_length=60)],
           person: Annotated[str, Query(description="The person (id, name or alias).", max_length=200)]) -> dict[str, Any]:
    return service.ask_arrest(facts, state, person, on)


# ------------------------------------------------------------------------------------- records


@router.get("/situations", tags=["records"], summary="Situations and their triggers")
def situations(facts: FactsDep, on: UpToDep) -> list[dict[str, Any]]:
    return service.situations_list(facts, on)


@router.get("/decisions", tags=["records"], summary="Decisions on States' cooperation")
def decisions(facts: FactsDep, on: UpToDep, state: StateQ = None, person: PersonQ = None, year: YearQ = None,
              limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(service.decisions_list(facts, state, person, year, on), limit, offset)


@router.get("/events", tags=["records"], summary="Visits of warrant subjects and what host States did")
def events(facts: FactsDep, on: UpToDep, state: StateQ = None, person: PersonQ = None, year: YearQ = None,
           limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(service.events_list(facts, state, person, year, on), limit, offset)


@router.get("/statements", tags=["records"], summary="Joint statements in support of the Court")
def statements(facts: FactsDep, on: UpToDep, state: StateQ = None, year: YearQ = None) -> list[dict[str, Any]]:
    return service.statements_list(facts, state, year, on)


# ---------------------------------------------------------------------------------- assessment


@router.get("/assessment/events", tags=["assessment"], summary="The compliance of every event")
def assessed(facts: FactsDep, state: StateQ = None, person: PersonQ = None, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(service.assessed_events(facts, state, person), limit, offset)


@router.get("/assessment/gaps", tags=["assessment"], summary="The enforcement chain after failures and its gaps")
def gaps(facts: FactsDep) -> dict[str, Any]:
    return service.enforcement_gaps(facts)


#: Draws of the sensitivity analysis a request may ask for: each costs CPU (5,000 took 13-20 s).
MAX_SAMPLES = 1000
Samples = Annotated[int, Query(ge=0, le=MAX_SAMPLES, description="Monte-Carlo draws of the sensitivity analysis (at most 1000).")]
Seed = Annotated[int, Query(ge=0, le=2**31 - 1, description="Seed of the sensitivity analysis.")]
Year = Annotated[int, Query(ge=2002, le=2100, description="The year the index measures.")]


def _cached_index(request: Request, facts: Any, year: int, weights_path: Path | None, samples: int, seed: int, key: str) -> dict[str, Any]:
    cache = request.app.state.index_cache  # bounded: a varying seed cannot grow it
    if key not in cache:
        cache[key] = service.index_ranking(facts, year, weights_path, samples, seed)
    return cache[key]


@router.get("/index", tags=["assessment"], summary="The due-diligence index for a year")
def index(request: Request, facts: FactsDep, year: Year = 2025, samples: Samples = 1000, seed: Seed = 42) -> dict[str, Any]:
    return _cached_index(request, facts, year, None, samples, seed, f"default:{year}:{samples}:{seed}")


@router.post("/index", tags=["assessment"], summary="The index with uploaded weights (a YAML file shaped like the default)")
async def index_with_weights(request: Request, facts: FactsDep, weights: Annotated[UploadFile, File(description="weights YAML")],
                             year: Year = 2025, samples: Samples = 1000, seed: Seed = 42) -> dict[str, Any]:
    body = await weights.read(MAX_UPLOAD + 1)
    if len(body) > MAX_UPLOAD:
        raise FieldError("weights", f"the weights file is larger than {MAX_UPLOAD // 1000} kB")
    with tempfile.NamedTemporaryFile(suffix=".yaml", delete=False) as fh:
        fh.write(body)
        path = Path(fh.name)
    try:
        return _cached_index(request, facts, year, path, samples, seed, f"{hashlib.sha256(body).hexdigest()}:{year}:{samples}:{seed}")
    except WeightsError as exc:  # the message must not show where the upload was kept
        raise WeightsError(str(exc).replace(str(path), "the uploaded weights")) from None
    finally:
        path.unlink(missing_ok=True)


@router.get("/index/{state}", tags=["assessment"], summary="A State's index score decomposed into its indicators, with sources")
def index_explain(state: str, facts: FactsDep, year: Year = 2025, samples: Samples = 1000, seed: Seed = 42) -> dict[str, Any]:
    return service.index_explain(facts, state, year, None, samples, seed)


# --------------------------------------------------------------------------------------- monitor


def _monitor_queue(request: Request) -> Any:
    queue = request.app.state.queue
    if queue is None:  # pragma: no cover - the monitor extra is not installed
        raise FieldError("monitor", "the monitor needs the monitor extra: pip install iccwatch[monitor]")
    return queue


@router.get("/monitor/candidates", tags=["monitor"], summary="Candidate facts from ingested documents, with their evidence")
def candidates(request: Request, status: Annotated[str, Query(pattern="^(pending|accepted|rejected|duplicate|all)$")] = "pending",
               limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    rows = _monitor_queue(request).list(None if status == "all" else status)
    return page(rows, limit, offset)


@router.get("/monitor/alerts", tags=["monitor"], summary="Candidate visits to States that must arrest, with the determination")
def monitor_alerts(request: Request) -> list[dict[str, Any]]:
    return _monitor_queue(request).list_alerts()


# ---------------------------------------------------------------------------------------- export


@router.get("/export/{kind}", tags=["export"], summary="Export one kind of record as CSV or JSON")
def export(kind: str, facts: FactsDep, format: Annotated[str, Query(pattern="^(csv|json)$")] = "csv") -> Any:
    if kind not in service.EXPORT_KINDS:
        raise FieldError("kind", f"unknown export kind {kind!r}; one of: {', '.join(service.EXPORT_KINDS)}")
    rows = service.export_rows(facts, kind, flat=format == "csv")
    if format == "json":
        return rows
    return Response(service.rows_to_csv(rows), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="iccwatch-{kind}.csv"'})
