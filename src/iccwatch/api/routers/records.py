"""Records: situations, decisions, events and statements, filtered by State, person, year or date."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from iccwatch import service
from iccwatch.api.deps import (
    FactsDep,
    HostPartyQ,
    Limit,
    Offset,
    PersonQ,
    StateQ,
    UntilDep,
    YearQ,
    page,
)
from iccwatch.api.errors import RESPONSES
from iccwatch.api.models import Decision, Event, Page, Situation, Statement, StatementDetail
from iccwatch.errors import FieldError

router = APIRouter(prefix="/api/v1", responses=RESPONSES, tags=["records"])


#: ``paged=true``: the envelope the other lists answer. These two lists answered a bare list from the start of
#: /api/v1 (docs/web.md said so): a client may rely on it, so it stays the default in v1 and the envelope is asked
#: for; a later version of the API would make the envelope the default (docs/web.md, "Compatibility").
Paged = Annotated[bool, Query(description="true: the envelope of the paged lists (persons, States, events, decisions), "
                                          "{total, limit, offset, items, coverage_notice}, taking limit and offset; "
                                          "false (the default in /api/v1): the bare list, as before.")]
LimitOpt = Annotated[int | None, Query(ge=1, le=1000, description="Page size (with paged=true; default 100).")]
OffsetOpt = Annotated[int | None, Query(ge=0, description="Rows to skip (with paged=true; default 0).")]
#: Checked by the service (``check_kind``: a 422 naming ``kind`` and the kinds), as the CLI's --kind and the dashboard's filter.
DecisionKindQ = Annotated[str | None, Query(min_length=1, max_length=60, description=(
    "Only this kind of decision: " + ", ".join(service.DECISION_KINDS) + " (non_compliance: the findings under Art. 87(7) "
    "and the decisions around them)."))]


def _listed(rows: list[dict[str, Any]], paged: bool, limit: int | None, offset: int | None,
            notice: Any) -> list[dict[str, Any]] | dict[str, Any]:
    """The bare list (v1's default), or with ``paged`` one page of it in the envelope with the coverage notice;
    ``limit`` or ``offset`` without ``paged`` is refused (422 naming it), not silently ignored."""
    if not paged:
        for name, value in (("limit", limit), ("offset", offset)):
            if value is not None:
                raise FieldError(name, f"{name} takes effect with paged=true (without it the list is answered whole)")
        return rows
    return page(rows, 100 if limit is None else limit, offset or 0, notice())


@router.get("/situations", summary="Situations and their triggers (paged=true: in the envelope of the paged lists)",
            response_model=list[Situation] | Page[Situation])
def situations(facts: FactsDep, on: UntilDep, paged: Paged = False, limit: LimitOpt = None,
               offset: OffsetOpt = None) -> list[dict[str, Any]] | dict[str, Any]:
    return _listed(service.situations_list(facts, on), paged, limit, offset,
                   lambda: service.list_notice(facts, on, ("situations",)))


@router.get("/decisions", summary="The Court's decisions: findings on States' cooperation and rulings in the cases", response_model=Page[Decision])
def decisions(facts: FactsDep, on: UntilDep, state: StateQ = None, person: PersonQ = None, year: YearQ = None,
              kind: DecisionKindQ = None, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(service.decisions_list(facts, state, person, year, on, kind), limit, offset,
                service.list_notice(facts, on, ("decisions",)))


@router.get("/events", summary="Visits of warrant subjects and what host States did", response_model=Page[Event])
def events(facts: FactsDep, on: UntilDep, state: StateQ = None, person: PersonQ = None, year: YearQ = None,
           host_party: HostPartyQ = None, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(service.events_list(facts, state, person, year, on, host_party), limit, offset,
                service.list_notice(facts, on, ("events",)))


@router.get("/statements", summary="Joint statements about the Court (in support or against; paged=true: in the envelope of the paged lists)",
            response_model=list[Statement] | Page[Statement])
def statements(facts: FactsDep, on: UntilDep, state: StateQ = None, year: YearQ = None, paged: Paged = False,
               limit: LimitOpt = None, offset: OffsetOpt = None) -> list[dict[str, Any]] | dict[str, Any]:
    return _listed(service.statements_list(facts, state, year, on), paged, limit, offset,
                   lambda: service.list_notice(facts, on, ("statements",)))


@router.get("/statements/{statement}", summary="One joint statement, its signatories by name with their relation to the Statute that day",
            response_model=StatementDetail)
def statement(facts: FactsDep, statement: Annotated[str, Path(description="A joint statement's id (`/statements` lists them).")]) -> dict[str, Any]:
    return service.statement_view(facts, statement)
