"""Errors as clear 4xx JSON answers naming the field; never a 500 for bad input.

The dashboard (``iccwatch.web.errors``) wraps these handlers so that page paths answer an HTML page.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from iccwatch import refusal
from iccwatch.errors import TypedError, http_status, shorten_quoted
from iccwatch.facts import AmbiguousPerson, UnknownPerson


class ErrorBody(BaseModel):
    """Every API error: what is wrong, and the request field it is about (None when it is not one field)."""

    detail: str
    field: str | None = None
    #: A name that fits several records (422): each one's id and name, to ask again by id.
    candidates: list[dict[str, str]] | None = None


def _declared(description: str, retry: str | None = None) -> dict[str, Any]:
    declared: dict[str, Any] = {"model": ErrorBody, "description": description}
    if retry:
        declared["headers"] = {"Retry-After": {"description": retry, "schema": {"type": "integer", "minimum": 1}}}
    return declared


#: The errors every API operation may answer, as the OpenAPI schema declares them. 400 and 408 are the HTTP layer's
#: (``web.unreadable``: the request never reaches the operation) and 503 the guard's (``api.guard``): any path may get them
#: (round 32, session 48: they were answered but not declared).
RESPONSES: dict[int | str, dict[str, Any]] = {
    400: _declared("The request could not be read as HTTP, or its head (address and headers) is larger than the server "
                   "reads (16 kB): nothing was read or changed; shorten the address or the headers."),
    404: _declared("No such State, person or record."),
    408: _declared("The request's head did not arrive whole within the server's wait (ICCWATCH_HEAD_WAIT, 30 s by "
                   "default): nothing was read or changed; the connection is closed."),
    413: _declared("The request body is over the size limit."),
    422: _declared("A bad value in the named field; a person's name that fits several persons lists them in "
                   "`candidates` (id and name), to ask again by id."),
    429: _declared("Too many requests from this client: wait for Retry-After seconds.",
                   retry="The seconds to wait before asking again."),
    503: _declared("The server cannot open the store now: every file it may hold open is in use (too many connections at "
                   "once); nothing was read or changed: ask again after Retry-After seconds.",
                   retry="The seconds to wait before asking again."),
}

#: The monitor's queue is read from the store at each request: another program holding a transaction on the store past
#: the lock wait (ICCWATCH_LOCK_WAIT) is a 409 (``store.locks.StoreBusy``; round 30, session 47).
QUEUE_RESPONSES: dict[int | str, dict[str, Any]] = {
    **RESPONSES,
    409: _declared("The store is busy: another program holds a transaction on it and did not let go within the lock wait "
                   "(ICCWATCH_LOCK_WAIT); nothing was read: try again once it has finished."),
}


def unquote(text: str) -> str:
    """A LookupError's message without the quotes Python puts around it (only those: a name quoted at
    the end of the message keeps its closing quote)."""
    return text[1:-1] if len(text) > 1 and text[0] == text[-1] and text[0] in "'\"" else text


def describe(exc: Exception) -> tuple[int, str | None, str]:
    """(status, field, message) of an expected error: the status by its kind (``iccwatch.errors.HTTP_STATUS``,
    the one mapping), the field its own or the request's."""
    if isinstance(exc, RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
        loc = [str(x) for x in first.get("loc", ()) if x not in ("query", "path", "body", "header")]
        return 422, ".".join(loc) or "request", _readable(first)
    if not isinstance(exc, TypedError):
        raise TypeError(exc)  # pragma: no cover - only the classes installed below reach here
    message = unquote(str(exc)) if isinstance(exc, LookupError) else str(exc)
    return http_status(exc), exc.field, message


def _readable(error: dict[str, Any]) -> str:
    """A validation error's message for a person: a value that must be one of a few words says which
    ("'xml' is not one of: csv, json") rather than the regular expression it failed."""
    message = str(error.get("msg", "invalid value"))
    pattern = str((error.get("ctx") or {}).get("pattern") or "")
    m = re.fullmatch(r"\^\(?([\w|-]+)\)?\$", pattern)
    if error.get("type") == "string_pattern_mismatch" and m:
        return f"{error.get('input')!r} is not one of: {', '.join(m.group(1).split('|'))}"
    if error.get("type") == "string_too_short" and error.get("input") == "":
        return "the value is empty: give one (an empty filter is not read as no filter)"
    return message


def _required_words(request: Request, field: str | None, message: str) -> str:
    """A required parameter left out: "Field required" and the parameter's own description, which says what to give
    ("Field required: the forum: ASP (...) or UNSC (...)"); session 34: the bare words named nothing to choose."""
    if message != "Field required" or not field:
        return message
    description = refusal.described(request.scope.get("route"), field)
    return f"Field required: {description[0].lower()}{description[1:]}" if description else message


async def answer(request: Request, exc: Exception) -> Response:
    status, field, message = describe(exc)
    message = _required_words(request, field, message)
    if isinstance(exc, UnknownPerson) and message.startswith("no person") and hasattr(request.app.state, "facts"):
        from iccwatch.service.persons import did_you_mean

        query = message[message.find("'") + 1:message.rfind("'")] if message.count("'") >= 2 else ""
        message += did_you_mean(request.app.state.facts, query)
    body: dict[str, Any] = {"detail": shorten_quoted(message), "field": field}
    if isinstance(exc, AmbiguousPerson):
        body["candidates"] = [{"id": pid, "name": name} for pid, name in exc.candidates]
    return JSONResponse(body, status_code=status)


async def http_answer(request: Request, exc: Exception) -> Response:
    """Starlette's own errors (no route at the address, a method the address does not take, a body it could not
    parse) as the other errors are: the detail says what was wrong with what was sent, ``field`` names the part of the
    request (round twenty-two: they answered only "Not Found", "Method Not Allowed" or the parser's words)."""
    if not isinstance(exc, StarletteHTTPException):  # pragma: no cover - only installed for that class
        raise TypeError(exc)
    status, detail, headers = exc.status_code, str(exc.detail), dict(exc.headers or {})
    if status not in (400, 404, 405):
        return await http_exception_handler(request, exc)
    path = shorten_quoted(repr(request.url.path[:200]))
    field: str | None = None
    if status == 404 and detail == "Not Found":
        field, detail = "path", f"no address {path} in the API: its addresses are listed at /docs (and /api/v1/openapi.json)"
    elif status == 405:
        allowed = headers.get("allow") or headers.get("Allow") or ""
        field, detail = "method", f"{request.method} is not a method of {path}" + (f": it takes {allowed}" if allowed else "")
    else:
        sent = request.headers.get("content-type") or "none"
        field, detail = "body", f"the request's body could not be read ({detail.rstrip('.')}; content type {shorten_quoted(repr(sent[:120]))})"
    return JSONResponse({"detail": detail, "field": field}, status_code=status, headers=headers or None)


def install(app: FastAPI) -> None:
    for cls in (TypedError, RequestValidationError):
        app.add_exception_handler(cls, answer)
    app.add_exception_handler(StarletteHTTPException, http_answer)
