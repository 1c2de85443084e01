"""Errors as clear 4xx answers naming the field; never a 500 for bad input.

API paths answer JSON; page paths answer an HTML error page rendered by the dashboard.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from iccwatch.api.deps import FieldError
from iccwatch.assess.index import WeightsError
from iccwatch.facts import UnknownPerson, UnknownState


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

    @app.exception_handler(WeightsError)
    async def _weights(request: Request, exc: WeightsError) -> Response:
        return _answer(request, 422, "weights", str(exc))
