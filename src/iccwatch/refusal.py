"""A refusal answered outside the routes' own error handling, in the API's JSON error shape on the API's paths and as a
short HTML page on the site's: the one rule for which paths are the API's, and the one builder of such a body.

Used by ``web.unreadable`` (a request head the HTTP layer cannot read, 400, or not finished in time, 408: no request
reached the app, the path told from the head's first bytes), by ``api.guard`` (no file descriptor left to open the
store, 503) and by ``web.errors`` (whose templated pages answer the site's paths, 409 among them). Round 32, session 48:
the same choice and the same body were built twice, in the two sibling layers. Nothing here imports more than the
standard library: it is built when the process may have no file left to open a module with (round 31)."""

from __future__ import annotations

import html
import json

#: The API's paths (the JSON API and its documentation page): a refusal there is JSON. ``/api`` alone is the site's page
#: about the API (HTML).
API_PREFIXES = ("/api/", "/docs")

JSON = "application/json"
HTML = "text/html; charset=utf-8"
_VIEWPORT = '<meta name="viewport" content="width=device-width, initial-scale=1">'
_STYLE = ("<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:1.5rem auto;padding:0 1rem;"
          "overflow-wrap:anywhere}h1{font-size:1.4rem}</style>")


def is_api(path: str) -> bool:
    """Whether ``path`` (a request's path, without its query) is one of the API's (``API_PREFIXES``)."""
    return path.startswith(API_PREFIXES)


def path_of(head: bytes) -> str:
    """The path of a request from its head's first bytes ("" when its first line is not there whole enough to say)."""
    line = head.split(b"\r\n", 1)[0].split(b"\n", 1)[0]
    parts = line.split(b" ")
    return parts[1].split(b"?", 1)[0].decode("latin-1") if len(parts) >= 2 else ""


def body(path: str, message: str, heading: str = "Cannot answer that", title: str | None = None,
         home: bool = True) -> tuple[str, bytes]:
    """(content type, body) of a refusal saying ``message`` (a sentence without its final stop) for a request to
    ``path``: the API's error shape (``{"detail": message, "field": null}``, as ``api.guard.error_body`` and a
    ``JSONResponse`` write it) on the API's paths, else an HTML page headed ``heading`` (its title ``title``, by default
    the heading and the site's name), with a link to the home page when ``home``."""
    if is_api(path):
        return JSON, json.dumps({"detail": message, "field": None}, ensure_ascii=False, allow_nan=False,
                                separators=(",", ":")).encode("utf-8")
    title = f"{heading} · iccwatch" if title is None else title
    link = "<p><a href=\"/\">iccwatch: the home page</a></p>" if home else ""
    # (session 48) the viewport named and a few rules inline (no stylesheet asked of a server that refused): a phone lays the
    # page out at its own width (it was 980 px wide, its text at two fifths of its size: tests/web/test_web_s48.py)
    page = (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">{_VIEWPORT}<title>{html.escape(title)}</title>"
            f"{_STYLE}</head>"
            f"<body><h1>{html.escape(heading)}</h1><p>{html.escape(message[0].upper() + message[1:])}.</p>{link}"
            "</body></html>")
    return HTML, page.encode("utf-8")


def described(route: object, field: str) -> str | None:
    """The description a route gives its query parameter ``field`` (by its name or alias, in its own dependencies too),
    None where it gives none: the words a refusal of that parameter left out says what to give with (the API's 422 since
    session 34; the site's pages since round 33, session 49, which said only "Field required"). Read by attribute
    only (a FastAPI route's ``dependant``), so this module still imports nothing but the standard library."""
    todo = [getattr(route, "dependant", None)]
    while todo:
        dependant = todo.pop(0)
        for param in getattr(dependant, "query_params", None) or []:
            if field in (getattr(param, "alias", None), getattr(param, "name", None)):
                description = getattr(getattr(param, "field_info", None), "description", None)
                if description:
                    return str(description)
        todo.extend(getattr(dependant, "dependencies", None) or [])
    return None
