"""What the record holds, and the map of every State's relation to the Statute on a date."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from iccwatch import service
from iccwatch.api.deps import FactsDep, OnDep
from iccwatch.api.errors import RESPONSES
from iccwatch.api.models import MapAnswer, MetaAnswer

router = APIRouter(prefix="/api/v1", responses=RESPONSES)


@router.get("/meta", tags=["meta"], summary="What the record holds and up to when it was checked", response_model=MetaAnswer)
def meta(request: Request, facts: FactsDep) -> dict[str, Any]:
    return {"meta": facts.records.meta.model_dump(mode="json"), "counts": facts.records.counts(),
            "built_at": request.app.state.build_info.get("built_at"), "data_sha256": request.app.state.build_info.get("data_sha256")}


@router.get("/map", tags=["states"], summary="Every State's relation to the Statute on a date, for the map", response_model=MapAnswer)
def map_data(facts: FactsDep, on: OnDep) -> dict[str, Any]:
    rows = service.states_list(facts, on)
    numeric = {iso3: s.numeric for iso3, s in facts.records.states.items()}
    for r in rows:
        r["numeric"] = numeric[r["iso3"]]
    return {"on": on.isoformat(), "parties": sum(r["party"] for r in rows), "states": rows}
