"""Persons subject to warrants, summonses or applications; their status, travels and decisions."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from iccwatch import service
from iccwatch.api.deps import (
    AssumedFactsDep,
    FactsDep,
    Limit,
    Offset,
    OnDep,
    PersonP,
    UpToDep,
    page,
    record_version,
)
from iccwatch.api.errors import RESPONSES
from iccwatch.api.models import CustodyAnswer, Page, PersonAnswer, PersonRow, TravelMap
from iccwatch.service.persons import PERSON_KINDS

router = APIRouter(prefix="/api/v1", responses=RESPONSES)


@router.get("/persons", tags=["persons"], summary="Persons subject to warrants, summonses or applications", response_model=Page[PersonRow])
def persons(facts: FactsDep, on: UpToDep, q: Annotated[str | None, Query(max_length=200, description="Only persons one of whose names or aliases holds these words.")] = None,
            status: Annotated[str | None, Query(min_length=1, max_length=40, description=(
                "Only persons with this status on the day (a warrant's status, or 'unknown'; a value not among them is a "
                "422 naming them), as the dashboard's filter and `iccwatch persons --status`. 'at_large' is the Court's "
                "word (the warrant not executed) and keeps both 'at_large_not_held' (held by no one) and "
                "'held_not_surrendered' (held by a State or a group, not surrendered to the Court)."))] = None,
            outstanding: Annotated[bool | None, Query(description=(
                "true: only persons against whom a warrant of arrest was outstanding on the day (warrant_outstanding "
                "'yes'); false: only those with none ('no'). `iccwatch persons --outstanding`."))] = None,
            situation: Annotated[str | None, Query(min_length=1, max_length=80, description=(
                "Only persons with a warrant in this situation (its id, e.g. darfur-sudan; round 46: the wanted of one "
                "situation); an unknown id is a 422."))] = None,
            limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    rows = service.persons_list(facts, q, on, status, outstanding)
    if situation is not None:
        if situation not in facts.records.situations:
            from iccwatch.errors import FieldError

            raise FieldError("situation", f"{situation!r} is no situation of the record: one of "
                                          + ", ".join(sorted(facts.records.situations)))
        name = facts.records.situations[situation].name
        rows = [r for r in rows if name in r["situations"]]
    return page(rows, limit, offset, service.list_notice(facts, on, PERSON_KINDS))


@router.get("/persons/{person}", tags=["persons"], summary="A person's warrants, status, travels and decisions", response_model=PersonAnswer)
def person(person: PersonP, facts: FactsDep, on: UpToDep) -> dict[str, Any]:
    return service.person_view(facts, person, on)


@router.get("/persons/{person}/travel", tags=["law"], summary="The travel map: every State classified for this person on a date",
            response_model=TravelMap)
def travel(person: PersonP, facts: AssumedFactsDep, on: OnDep) -> dict[str, Any]:
    return service.ask_travel(facts, person, on)


@router.get("/persons/{person}/custody", tags=["law"], response_model=CustodyAnswer,
            summary="Who arrested or surrendered this person, by the record, on a date ('Who surrendered Duterte?')")
def custody(request: Request, person: PersonP, facts: FactsDep, on: OnDep,
            state: Annotated[str | None, Query(min_length=1, max_length=60,
                                               description="Only the arrests and surrenders by this State (ISO alpha-3 code "
                                                           "or name): 'Who arrested Duterte in the Philippines?'.")] = None,
            ) -> dict[str, Any]:
    """The record's arrests and surrenders of the person on or before the date (the State, the day, the event, its
    sources graded, primary first), or that it holds none, with the warrant's status; the dashboard's answer to the
    question (/ask/custody) shows this JSON, and ``citation`` cites it as its "Cite this answer" does."""
    from iccwatch.service.citation import custody_api_path, custody_citation, custody_path

    d = service.ask_custody(facts, person, on, state)
    base = str(request.base_url).rstrip("/")
    cited = custody_citation(d, base + custody_path(d["question"]), record_version(request), dt.date.today())
    return {**d, "citation": {**cited, "api_url": base + custody_api_path(d["question"])}}
