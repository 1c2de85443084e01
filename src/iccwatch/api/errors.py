"""Errors as clear 4xx JSON answers naming the field; never a 500 for bad input.

The dashboard (``iccwatch.web.errors``) wraps these handlers so that page paths answer an HTML page.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from iccwatch.assess.index import WeightsError
from iccwatch.errors import FieldError
from iccwatch.facts import UnknownPerson, UnknownState


def describe(exc: Exception) -> tuple[int, str, str]:
    """(status, field, message) of an expected error."""
    if isinstance(exc, FieldError):
        return 422, exc.field, str(exc)
    if isinstance(exc, UnknownState):
        return 404, "state", str(exc).strip("'\"")
    if isinstance(exc, UnknownPerson):
        return 404, "person", str(exc).strip("'\"")
    if isinstance(exc, WeightsError):
        return 422, "weights", str(exc)
    raise TypeError(exc)  # pragma: no cover - only the classes installed below reach here


async def answer(request: Request, exc: Exception) -> Response:
    status, field, message = describe(exc)
    return JSONResponse({"detail": message, "field": field}, status_code=status)


def install(app: FastAPI) -> None:
    for cls in (FieldError, UnknownState, UnknownPerson, WeightsError):
        app.add_exception_handler(cls, answer)
