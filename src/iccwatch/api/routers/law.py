"""The law engine's question: must a State arrest and surrender a person on a date?"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from iccwatch import service
from iccwatch.api.deps import AssumedFactsDep, OnDep
from iccwatch.api.errors import RESPONSES
from iccwatch.api.models import Determination

router = APIRouter(prefix="/api/v1", responses=RESPONSES)


@router.get("/arrest", tags=["law"], summary="Must a State arrest and surrender a person present on its territory on a date?",
            response_model=Determination)
def arrest(facts: AssumedFactsDep, on: OnDep,
           state: Annotated[str, Query(description="ISO alpha-3 code of the State.", max_length=60)],
           person: Annotated[str, Query(description="The person (id, name or alias).", max_length=200)]) -> dict[str, Any]:
    return service.ask_arrest(facts, state, person, on)
