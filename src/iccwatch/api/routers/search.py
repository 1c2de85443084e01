"""Full-text search over the record (States, persons, situations, decisions, events, statements, measures)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from iccwatch.api.deps import FactsDep
from iccwatch.api.errors import RESPONSES
from iccwatch.api.models import SearchAnswer
from iccwatch.service import search_answer
from iccwatch.store.search import KINDS

router = APIRouter(prefix="/api/v1", responses=RESPONSES)


@router.get("/search", tags=["records"], summary="Search the record's names, titles and notes (every word, as a prefix)",
            description="`total` counts every matching record, `items` holds the best `limit` of them (a State, person or "
                        "situation whose own name holds every word first).",
            response_model=SearchAnswer)
def search_records(request: Request, facts: FactsDep,
                   q: Annotated[str, Query(min_length=1, max_length=200, description="Words to find, e.g. 'bashir kenya'.")],
                   kind: Annotated[list[str] | None, Query(description=f"Only these kinds: {', '.join(KINDS)} (repeatable).")] = None,
                   limit: Annotated[int, Query(ge=1, le=200, description="At most this many results, the best first.")] = 50) -> dict[str, Any]:
    return search_answer(facts, request.app.state.settings.db_url, q, tuple(kind or KINDS), limit)
