"""States: their relation to the Rome Statute on a date, with reasoning and sources, and their duties."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from iccwatch import service
from iccwatch.api.deps import AssumedFactsDep, Limit, Offset, OnDep, StateP, page
from iccwatch.api.errors import RESPONSES
from iccwatch.api.models import Obligations, Page, StateAnswer, StateRow
from iccwatch.service.inputs import as_code

router = APIRouter(prefix="/api/v1", responses=RESPONSES)


@router.get("/states", tags=["states"], summary="States and their relation to the Statute on a date", response_model=Page[StateRow])
def states(facts: AssumedFactsDep, on: OnDep,
           party: Annotated[bool | None, Query(description="Only States Parties on the date (true) or only the others (false).")] = None,
           status: Annotated[str | None, Query(max_length=40, description="Only this relation to the Statute, as stored or as "
                                                                         "printed: party, signatory, former party (former_party), ...")] = None, limit: Limit = 250, offset: Offset = 0) -> dict[str, Any]:
    return page(service.states_list(facts, on, party=party, status=as_code(status) if status is not None else None), limit, offset,
                service.list_notice(facts, on, ("states",)))


@router.get("/states/{state}", tags=["states"], summary="A State's relation to the Statute on a date, with reasoning and sources",
            response_model=StateAnswer)
def state(state: StateP, facts: AssumedFactsDep, on: OnDep) -> dict[str, Any]:
    data = service.state_relation(facts, state, on)
    data["timeline"] = service.state_timeline(facts, state)
    return data


@router.get("/states/{state}/obligations", tags=["law"], summary="Every cooperation duty of a State on a date", response_model=Obligations)
def obligations(state: StateP, facts: AssumedFactsDep, on: OnDep) -> dict[str, Any]:
    return service.ask_obligations(facts, state, on)
