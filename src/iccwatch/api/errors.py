"""Errors as clear 4xx answers naming the field; never a 500 for bad input.

API paths answer JSON; page paths answer an HTML error page rendered by the dashboard.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

from iccwatch.api.deps import FieldError
from iccwatch.assess.index import WeightsError
from iccwatch.facts import UnknownPerson, UnknownState


class ErrorBody(BaseModel):
    """Every API error: what is wrong, and the request field it is about (None when it is not one field)."""

    detail: str
    field: str | None = None


def _declared(description: str) -> dict[str, Any]:
    return {"model": ErrorBody, "description": description}


#: The errors every API operation may answer, as the OpenAPI schema declares them.
RESPONSES: dict[int | str, dict[str, Any]] = {
    404: _declared("No such State, person or record."),
    413: _declared("The request body is over the size limit."),
    422: _declared("A bad value in the named field."),
    429: _declared("Too many requests from this client: wait for Retry-After seconds."),
}


def _answer(request: Request, status: int, field: str, message: str) -> Response:
    if request.url.path.startswith("/api/") or not hasattr(request.app.state, "render_error"):
        return JSONResponse({"detail": message, "field": field}, status_code=status)
    return request.app.state.render_error(request, status, f"{field}: {message}" if status == 422 else message)


def install(app: FastAPI) -> None:
    @app.exception_handler(FieldError)
    async def _field(request: Request, exc: FieldError) -> Response:
        return _answer(request, 422, exc.field, str(exc))

    @app.exception_handler(UnknownState)
    async def _state(request: Request, exc: UnknownState) -> Response:
        return _answer(request, 404, "state", str(exc).strip("'\""))

    @app.exception_handler(UnknownPerson)
    async def _person(request: Request, exc: UnknownPerson) -> Response:
        return _answer(request, 404, "person", str(exc).strip("'\""))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
        loc = [str(x) for x in first.get("loc", ()) if x not in ("query", "path", "body", "header")]
        return _answer(request, 422, ".".join(loc) or "request", str(first.get("msg", "invalid value")))

    @app.exception_handler(WeightsError)
    async def _weights(request: Request, exc: WeightsError) -> Response:
        return _answer(request, 422, "weights", str(exc))
