"""HTML error pages for the dashboard's paths; API paths keep the JSON answers the API installed.

Registered after the API's handlers: each one installed here falls back to the handler it replaces for
paths under /api/, so neither interface imports the other and nothing hooks through ``app.state``.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError, WebSocketRequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from iccwatch import refusal
from iccwatch.errors import FieldError, http_status
from iccwatch.web.pages import message_of, render_error

Handler = Callable[[Request, Exception], Awaitable[Response]]


def _is_api(request: Request) -> bool:
    return refusal.is_api(request.url.path)


def _message(exc: Exception, route: object = None) -> tuple[int, str]:
    if isinstance(exc, HTTPException):
        if exc.status_code == 404:
            return 404, "There is no page at this address."
        return exc.status_code, str(exc.detail)
    if isinstance(exc, RequestValidationError):
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ())[1:]) or "request"
            if e.get("type") == "missing":  # (round 33, session 49) what to give, as the API's 422 says it ("Field required")
                description = refusal.described(route, where)
                parts.append(f"The field “{where}” is missing" + (f": {description[0].lower()}{description[1:]}".rstrip(".")
                                                                 if description else ""))
                continue
            given = e.get("input")
            value = f" (given: {given!r})" if isinstance(given, (str, int, float)) else ""
            parts.append(f"The field “{where}”{value}: {e.get('msg', 'invalid value')}")
        return 422, "; ".join(parts)
    # The page names the field of a bad value in a named field (FieldError), as before every typed error had a field.
    field = exc.field if isinstance(exc, FieldError) else None
    text = message_of(exc)
    # By the error's kind, as in the API (iccwatch.errors.HTTP_STATUS): AmbiguousPerson (a name that fits several
    # persons) is 422, a value to make more specific
    status = http_status(exc)
    return status, f"The field “{field}”: {text}" if field and status == 422 else text


def meant_links(request: Request, asked: str | None, meant: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (address, "Hungary (HUN)") of each State a misspelt State's error offers (session 39: the page named it
    without a link): the address asked with the misspelt State replaced by the State's code, in the path or in a
    parameter (alone or in a list: ``states=HUN,Hungray``), else the State's page."""
    if not asked:
        return []
    from urllib.parse import quote, unquote, urlencode

    key = asked.strip().casefold()
    out = []
    for iso3, name in meant:
        parts = request.url.path.split("/")
        path = "/".join(iso3 if unquote(p).strip().casefold() == key else p for p in parts)
        query, changed = [], path != request.url.path
        for k, v in request.query_params.multi_items():
            items = v.split(",")
            new = [iso3 if i.strip().casefold() == key else i for i in items]
            changed |= new != items
            query.append((k, ",".join(new)))
        url = (quote(path) + ("?" + urlencode(query, safe=",") if query else "")) if changed else f"/states/{iso3}"
        out.append((url, f"{name} ({iso3})"))
    return out


def install(app: FastAPI) -> None:
    defaults: dict[type[Exception], Handler] = {
        HTTPException: http_exception_handler,  # type: ignore[dict-item]
        RequestValidationError: request_validation_exception_handler,  # type: ignore[dict-item]
    }
    classes = {cls for cls in app.exception_handlers if isinstance(cls, type)} | set(defaults)
    for cls in classes:
        if cls is Exception or cls is WebSocketRequestValidationError or not issubclass(cls, Exception):
            continue
        previous: Handler = app.exception_handlers.get(cls) or defaults[cls]  # type: ignore[assignment]

        def make(previous: Handler) -> Handler:
            async def handler(request: Request, exc: Exception) -> Response:
                if _is_api(request):
                    return await previous(request, exc)
                status, message = _message(exc, request.scope.get("route"))
                more = {"UnknownPerson": ("/persons", "Every person in the record"),
                        "AmbiguousPerson": ("/persons", "Every person in the record"),
                        "UnknownState": ("/#map-table", "Every State (the map's table)"),
                        "UnknownStatement": ("/statements", "Every joint statement")}.get(type(exc).__name__)
                meant = meant_links(request, getattr(exc, "asked", None), getattr(exc, "meant", None) or [])
                if meant:  # "did you mean" said once, as the links below it (session 39); the rest of the words kept
                    message = re.sub(r"; did you mean [^?]*\?", "", message)
                # the field the error names was read by the page: it is not also "not a parameter of this address"
                field = getattr(exc, "field", None)
                return render_error(request, status, message, more, getattr(exc, "candidates", None), meant,
                                    reads=(field,) if isinstance(field, str) and field else ())

            return handler

        app.add_exception_handler(cls, make(previous))
