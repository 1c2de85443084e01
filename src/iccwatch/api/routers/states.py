"""States: their relation to the Rome Statute on a date, with reasoning and sources, and their duties."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request

from iccwatch import service
from iccwatch.api.deps import (
    AssumedFactsDep,
    FactsDep,
    Limit,
    Offset,
    OnDep,
    StateP,
    page,
    record_version,
)
from iccwatch.api.errors import RESPONSES
from iccwatch.api.models import (
    Obligations,
    Page,
    ResponsesAnswer,
    StateAnswer,
    StateListAnswer,
    StateRow,
)
from iccwatch.errors import FieldError
from iccwatch.service import parse_day
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


@router.get("/states/{state}/responses", tags=["law"], response_model=ResponsesAnswer,
            summary="What the Assembly or the Security Council did about the Court's findings of non-compliance against a "
                    "State ('What sanctions did the Assembly impose on Mongolia?')")
def responses(request: Request, state: StateP, facts: FactsDep, on: OnDep,
              forum: Annotated[Literal["ASP", "UNSC"], Query(description="The forum: ASP (the Assembly of States Parties) "
                                                                        "or UNSC (the Security Council).")]) -> dict[str, Any]:
    """The Court's findings of non-compliance against the State (Art. 87(7)) dated on or before the date, each with its
    sources and the forum's responses the record ties to it, or the record's note of its search where it holds none;
    or that the record holds no finding. The dashboard's answer (/ask/responses) shows this JSON, and ``citation``
    cites it as its "Cite this answer" does (session 33)."""
    from iccwatch.service.citation import responses_citation, responses_path

    d = service.ask_responses(facts, state, forum, on)
    base = str(request.base_url).rstrip("/")
    cited = responses_citation(d, base + responses_path(d["question"]), record_version(request), dt.date.today())
    return {**d, "citation": {**cited, "api_url": base + responses_path(d["question"], api=True)}}


@router.get("/state-lists/{list_of}", tags=["law"], response_model=StateListAnswer,
            summary="A count or a list of States on a date ('How many States are parties?', 'Which States failed to arrest "
                    "al-Bashir?')")
def state_list(request: Request, facts: FactsDep, on: OnDep,
               list_of: Annotated[str, Path(description="parties, former_parties, ratified or non_compliance (the States "
                                                        "the Court found failed to arrest and surrender a person).")],
               person: Annotated[str | None, Query(min_length=1, max_length=200,
                                                   description="For non_compliance: only the findings about this person "
                                                               "(id, name or alias).")] = None,
               to: Annotated[str | None, Query(description="The last day of a period beginning on `on`, YYYY-MM-DD (not for "
                                                           "non_compliance): the States on the list on any day of it, with "
                                                           "list_changes, count_first and count_last where it changes.")] = None,
               since: Annotated[str | None, Query(description="For non_compliance (round 50): only the findings made "
                                                              "from this day to `on`, YYYY-MM-DD ('in 2025').")] = None,
               repeated: Annotated[bool, Query(description="For non_compliance (round 46): only the States the Court found "
                                                           "failing more than once, an appeal judgment or a decision "
                                                           "following a finding not counted again.")] = False,
               ) -> dict[str, Any]:
    """The States of the list on the date (or over a period), each with its sources, the count and the list in words,
    as /api/v1/question's read of a count or a list question gives them; the dashboard's answer (/ask/list) shows this
    JSON, and ``citation`` cites it (session 33)."""
    from iccwatch.service.citation import list_citation, list_path

    try:
        last = None if to is None else parse_day(to)
    except ValueError as exc:
        raise FieldError("to", str(exc)) from None
    try:
        first = None if since is None else parse_day(since)
    except ValueError as exc:
        raise FieldError("since", str(exc)) from None
    d = service.ask_list(facts, list_of, on, person, last, repeated, first)
    base = str(request.base_url).rstrip("/")
    cited = list_citation(d, base + list_path(d["question"]), record_version(request), dt.date.today())
    return {**d, "citation": {**cited, "api_url": base + list_path(d["question"], api=True)}}
