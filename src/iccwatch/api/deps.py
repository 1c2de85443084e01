"""Dependencies shared by the routers: the facts, and validated query values."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import Depends, Path, Query, Request

from iccwatch.api.errors import unquote
from iccwatch.errors import FieldError
from iccwatch.facts import Assumption, Facts
from iccwatch.service import parse_day, parse_until
from iccwatch.service.inputs import repeated_params, unknown_param_message, unknown_params

__all__ = ["FieldError", "get_facts", "get_on", "get_up_to", "get_assumed_facts", "known_params_only", "page"]

def known_params_only(request: Request) -> None:
    """Refuse (422 naming it) a query parameter the address does not take: FastAPI ignores it, so that
    `/events?until=2010-01-01` (the CLI's option name) answered every event as if no date were given; and one
    that takes one value given twice (FastAPI keeps the last).
    (A dashboard page names such a parameter in a notice, in the same words: ``web.pages``.)"""
    unknown, known = unknown_params(request.scope.get("route"), list(request.query_params.keys()))
    if unknown:
        raise FieldError(unknown[0], unknown_param_message(unknown[0], known))
    given = [k for k, _ in request.query_params.multi_items()]
    twice = repeated_params(request.scope.get("route"), given)
    if twice:
        values = request.query_params.getlist(twice[0])
        raise FieldError(twice[0], f"{twice[0]!r} is given {len(values)} times ({', '.join(repr(v[:40]) for v in values[:3])}): "
                                   "it takes one value; give it once")


def get_facts(request: Request) -> Facts:
    facts: Facts = request.app.state.facts  # set by the app's factory (app.py)
    return facts


def record_version(request: Request) -> str:
    """The record's version as citations name it (computed once per app; the dashboard's citations share it)."""
    from iccwatch.service.citation import app_version

    return app_version(request.app.state)


def get_on(on: Annotated[str | None, Query(description="Date of the question, YYYY-MM-DD (default: today).", examples=["2024-09-03"])] = None) -> dt.date:
    try:
        return parse_day(on)
    except ValueError as exc:
        raise FieldError("on", str(exc)) from None


def get_up_to(on: Annotated[str | None, Query(description="The day the status is given for, YYYY-MM-DD (default: the day the "
                                                           "record was checked through).")] = None) -> dt.date | None:
    if on is None:
        return None
    try:
        return parse_day(on)
    except ValueError as exc:
        raise FieldError("on", str(exc)) from None


def get_until(on: Annotated[str | None, Query(description="Only what had happened by this date, YYYY-MM-DD, or by the end of a "
                                                          "month or a year, YYYY-MM or YYYY (the CLI's --until).")] = None) -> dt.date | None:
    if on is None:
        return None
    try:
        return parse_until(on)
    except ValueError as exc:
        raise FieldError("on", str(exc)) from None


def get_assumed_facts(
    request: Request,
    assume: Annotated[list[str] | None, Query(description="What-if assumptions, 'ISO3 ACTION YYYY-MM-DD' (repeatable).")] = None,
) -> Facts:
    facts: Facts = request.app.state.facts
    if not assume:
        return facts
    try:
        return facts.with_assumptions([Assumption.parse(a) for a in assume])
    except ValueError as exc:
        raise FieldError("assume", str(exc)) from None
    except LookupError as exc:
        raise FieldError("assume", unquote(str(exc))) from None


FactsDep = Annotated[Facts, Depends(get_facts)]
AssumedFactsDep = Annotated[Facts, Depends(get_assumed_facts)]
OnDep = Annotated[dt.date, Depends(get_on)]
UpToDep = Annotated[dt.date | None, Depends(get_up_to)]
UntilDep = Annotated[dt.date | None, Depends(get_until)]


#: An empty filter is refused (422), not read as no filter: a script that sends an empty variable gets an
#: error, not every row.
StateP = Annotated[str, Path(description="A State: ISO 3166-1 alpha-3 code (HUN) or name (Hungary, Cote d'Ivoire).")]
PersonP = Annotated[str, Path(description="A person: id (vladimir-vladimirovich-putin), name or alias; a name that fits "
                                          "several persons is a 422 listing them.")]
StateQ = Annotated[str | None, Query(description="ISO alpha-3 code or name of a State.", min_length=1, max_length=60)]
PersonQ = Annotated[str | None, Query(description="A person's id, name or alias.", min_length=1, max_length=200)]
YearQ = Annotated[int | None, Query(description="A year.", ge=1998, le=2100)]
HostPartyQ = Annotated[bool | None, Query(description="true: only events whose host was a State Party on the event's day "
                                                     "(its withdrawal pending or not); false: only those whose host was not; a "
                                                     "host whose relation changed within a month or a year the event is dated "
                                                     "to (host_status 'uncertain') is in neither.")]
Limit = Annotated[int, Query(ge=1, le=1000, description="Page size.")]
Offset = Annotated[int, Query(ge=0, description="Rows to skip.")]


def page(rows: list[dict[str, Any]], limit: int, offset: int, notice: str | None = None) -> dict[str, Any]:
    """One page of rows, with the total (the shape of ``models.Page``), and the coverage notice of the day asked
    where there is one (``service.list_notice``)."""
    out = {"total": len(rows), "limit": limit, "offset": offset, "items": rows[offset: offset + limit]}
    return {**out, "coverage_notice": notice} if notice else out
