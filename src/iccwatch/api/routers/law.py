"""The law engine's question: must a State arrest and surrender a person on a date?"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request

from iccwatch import service
from iccwatch.api.deps import AssumedFactsDep, FactsDep, OnDep, record_version
from iccwatch.api.errors import RESPONSES
from iccwatch.api.models import Determination, QuestionRead
from iccwatch.errors import FieldError
from iccwatch.service import parse_day

router = APIRouter(prefix="/api/v1", responses=RESPONSES)


@router.get("/arrest", tags=["law"], summary="Must a State arrest and surrender a person present on its territory on a date?",
            response_model=Determination)
def arrest(request: Request, facts: AssumedFactsDep, on: OnDep,
           state: Annotated[str, Query(description="ISO alpha-3 code or name of the State.", min_length=1, max_length=60)],
           person: Annotated[str, Query(description="The person (id, name or alias).", min_length=1, max_length=200)],
           presence: Annotated[Literal["territory", "airspace", "transit", "state_craft"], Query(
               description="Where the person is: on the territory (default), in its airspace (an overflight: the duty on "
                           "the territory, with what is disputed about acting against the aircraft) or on a transit stop; "
                           "state_craft: aboard another State's warship or State aircraft on the territory, with the "
                           "immunity of a third State's property raised, Art. 98(1)).")]
           = "territory") -> dict[str, Any]:
    """The answer, and ``citation``: how to cite it (the dashboard's "Cite this answer" in the same words), at
    addresses that name the State's code, the person's id and the day, whatever was typed."""
    from iccwatch.service.citation import answer_citation, arrest_api_path, ask_path

    d = service.ask_arrest(facts, state, person, on, presence)
    base = str(request.base_url).rstrip("/")
    baseline = service.ask_arrest(request.app.state.facts, state, person, on, presence) if d.get("assumptions") else None
    cited = answer_citation(d, base + ask_path(d["question"], d["assumptions"]), record_version(request), dt.date.today(), baseline)
    return {**d, "citation": {**cited, "api_url": base + arrest_api_path(d["question"], d["assumptions"])}}


@router.get("/question", tags=["law"], response_model=QuestionRead,
            summary="Read a question in words ('Must Mongolia arrest Putin on 3 September 2024?') as the law engine's arguments")
def question(facts: FactsDep,
             q: Annotated[str, Query(description="The question in words; a State, a person and a day (today if none).",
                                     max_length=500)],
             today: Annotated[str | None, Query(description="The day the question is asked, YYYY-MM-DD (default: "
                                                "today): a question naming no day, and words such as 'last year', are "
                                                "read from it, so a reading can be repeated later.",
                                                examples=["2026-12-03"])] = None) -> dict[str, Any]:
    """Which question it is (arrest, obligations or travel), the State, person and day it names, and the
    address that answers it; a count or a list of States (kind states: 'How many States are parties today?', 'Which
    States failed to arrest al-Bashir?') is answered in the read itself (count, states_listed, coverage_notice), its
    address the list it is drawn from; a question naming no State and no person, or two of either, or a month where a
    day is needed (unless the record holds exactly one trip of the person to the State then, whose day is
    taken and named in ``day_from_event``), is refused (422, field ``q``) with the reason. Two States or two persons
    named together ('Must Mongolia or Tajikistan arrest Putin?', round 51) are kind ``each``: ``each`` holds the read of
    each question asked apart, with its own ``answer_url``; two named apart are refused."""
    from iccwatch.service.question import QuestionError, read_question

    try:
        asked = None if today is None else parse_day(today)
    except ValueError as exc:
        raise FieldError("today", str(exc)) from None
    try:
        read = read_question(facts, q, today=asked, assume_hint="the assume parameter (repeatable) of the answer's address, "
                             "/api/v1/arrest, /api/v1/states/{iso3}/obligations or /api/v1/persons/{id}/travel")
    except QuestionError as exc:
        raise FieldError("q", str(exc)) from None
    if read["kind"] == "each":  # round 51: two States or two persons named together: each read with its own address
        return {**read, "each": [_with_answer_url(r) for r in read["each"]], "answer_url": None}
    return _with_answer_url(read)


def _with_answer_url(read: dict[str, Any]) -> dict[str, Any]:
    """A question's read with the address that answers it (``answer_url``)."""
    from iccwatch.service.citation import list_path, record_path, responses_path, responses_question

    if read["kind"] == "each":
        return {**read, "each": [_with_answer_url(r) for r in read["each"]], "answer_url": None}
    if read["kind"] == "states":  # a count or a list (session 33): answered in the read; the same list at its own address
        return {**read, "answer_url": list_path(read, api=True)}
    if read["kind"] == "record":  # round 44: the record's answer in the read; the records it rests on at their address
        return {**read, "answer_url": record_path(read, api=True)}
    if read.get("asks") == "responses":  # 'What sanctions did the Assembly impose on Mongolia?' (session 33)
        return {**read, "answer_url": responses_path(responses_question(read), api=True)}
    path = {"arrest": "/api/v1/arrest", "obligations": f"/api/v1/states/{read['state']}/obligations",
            "travel": f"/api/v1/persons/{read['person']}/travel"}[read["kind"]]
    params = {"state": read["state"], "person": read["person"]} if read["kind"] == "arrest" else {}
    if read.get("asks") == "custody":  # 'Who surrendered Duterte?': the record's arrests and surrenders (session 32)
        path = f"/api/v1/persons/{read['person']}/custody"
        params = {"state": read["custody_state"]} if read.get("custody_state") else {}  # 'in the Philippines' (session 33)
    if read["kind"] == "arrest" and read.get("presence", "territory") != "territory":
        params["presence"] = read["presence"]
    # session 45: a withdrawal the question supposes (read's `assume`) asked with it, as the assume parameter states it
    return {**read, "answer_url": path + "?" + urlencode([*{**params, "on": read["on"]}.items(),
                                                          *(("assume", a) for a in read.get("assume") or [])])}
