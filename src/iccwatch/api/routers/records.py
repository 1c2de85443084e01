"""Records: situations, decisions, events and statements, filtered by State, person, year or date."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from iccwatch import service
from iccwatch.api.deps import FactsDep, Limit, Offset, PersonQ, StateQ, UntilDep, YearQ, page
from iccwatch.api.errors import RESPONSES
from iccwatch.api.models import Decision, Event, Page, Situation, Statement, StatementDetail

router = APIRouter(prefix="/api/v1", responses=RESPONSES, tags=["records"])


@router.get("/situations", summary="Situations and their triggers", response_model=list[Situation])
def situations(facts: FactsDep, on: UntilDep) -> list[dict[str, Any]]:
    return service.situations_list(facts, on)


@router.get("/decisions", summary="The Court's decisions: findings on States' cooperation and rulings in the cases", response_model=Page[Decision])
def decisions(facts: FactsDep, on: UntilDep, state: StateQ = None, person: PersonQ = None, year: YearQ = None,
              limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(service.decisions_list(facts, state, person, year, on), limit, offset, service.list_notice(facts, on, ("decisions",)))


@router.get("/events", summary="Visits of warrant subjects and what host States did", response_model=Page[Event])
def events(facts: FactsDep, on: UntilDep, state: StateQ = None, person: PersonQ = None, year: YearQ = None,
           limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(service.events_list(facts, state, person, year, on), limit, offset, service.list_notice(facts, on, ("events",)))


@router.get("/statements", summary="Joint statements about the Court (in support or against)", response_model=list[Statement])
def statements(facts: FactsDep, on: UntilDep, state: StateQ = None, year: YearQ = None) -> list[dict[str, Any]]:
    return service.statements_list(facts, state, year, on)


@router.get("/statements/{statement}", summary="One joint statement, its signatories by name with their relation to the Statute that day",
            response_model=StatementDetail)
def statement(facts: FactsDep, statement: Annotated[str, Path(description="A joint statement's id (`/statements` lists them).")]) -> dict[str, Any]:
    return service.statement_view(facts, statement)
