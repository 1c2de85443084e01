"""What keeps a running server sound: bounded caches, a rebuilt store noticed, request limits, and
security headers on every answer."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from iccwatch import refusal
from iccwatch.caching import BoundedCache
from iccwatch.gone import GONE, ClientGone
from iccwatch.gone import check as check_gone
from iccwatch.store.build import sqlite_path
from iccwatch.store.locks import out_of_files

# ------------------------------------------------------------------------------ the store's identity


def store_identity(db_url: str) -> tuple[int, int] | None:
    """(device, inode) of the SQLite store file: a build renames a new file into place, so the identity
    changes with every build and never with a write to the operational tables. None for a server database."""
    path = sqlite_path(db_url)
    if path is None:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def build_stamp(engine: Any) -> str | None:
    """The build's stamp on a server database (PostgreSQL), where a build replaces the record tables in
    one transaction rather than a file: ``built_at`` and the record's digest from ``build_info``."""
    from sqlalchemy import select

    from iccwatch.store import schema

    table = schema.build_info
    try:
        with engine.connect() as conn:
            rows = dict(conn.execute(select(table.c.key, table.c.value).where(
                table.c.key.in_(("built_at", "data_sha256")))).all())
    except Exception:  # noqa: BLE001 - an unreachable database or a build mid-way: keep the facts we have
        return None
    return f"{rows.get('built_at')}|{rows.get('data_sha256')}" if rows else None


class StoreWatch:
    """Answers from the store now in place: on a request, a changed store reloads the facts; requests
    already running finish on the facts they started with.

    A SQLite store is checked on every request (one ``stat`` of the file, whose identity a build
    changes). A server database is asked for its build stamp at most once every ``interval`` seconds,
    so a rebuild is noticed within that time without a query per request."""

    def __init__(self, app: FastAPI, load: Callable[[], None], interval: float = 2.0):
        self.app = app
        self.load = load
        self.interval = interval
        self._lock = threading.Lock()
        self._engine: Any = None
        self._next = 0.0
        url = app.state.settings.db_url
        self.server = sqlite_path(url) is None
        self.identity: Any = self._server_stamp() if self.server else store_identity(url)

    def _server_stamp(self) -> str | None:
        if self._engine is None:
            from iccwatch.store.build import make_engine

            self._engine = make_engine(self.app.state.settings.db_url)
        return build_stamp(self._engine)

    def _current(self) -> Any:
        if not self.server:
            return store_identity(self.app.state.settings.db_url)
        now = time.monotonic()
        if now < self._next or not self._lock.acquire(blocking=False):
            return None  # asked recently, or another request is asking now
        try:
            self._next = now + self.interval
            return self._server_stamp()
        finally:
            self._lock.release()

    def check(self) -> bool:
        """Reload if the store was rebuilt; True if it was."""
        now = self._current()
        if now is None or now == self.identity:
            return False
        with self._lock:
            if now == self.identity:  # another request reloaded meanwhile
                return False
            self.load()
            self.identity = now
            return True


# ---------------------------------------------------------------------------------------- limits


class RateLimit:
    """A token bucket per client address: ``per_minute`` requests a minute on average, bursts up to
    ``burst``. 0 turns it off (e.g. for the soak benchmark)."""

    def __init__(self, per_minute: int, burst: int | None = None, clients: int = 10_000):
        self.rate = per_minute / 60.0
        self.burst = float(burst if burst is not None else max(per_minute // 2, 1))
        self._buckets: BoundedCache = BoundedCache(clients)
        self._lock = threading.Lock()

    def allow(self, client: str) -> float:
        """0 if the request may go on, else the seconds to wait."""
        if self.rate <= 0:
            return 0.0
        now = time.monotonic()
        with self._lock:
            tokens, at = self._buckets[client] if client in self._buckets else (self.burst, now)
            tokens = min(self.burst, tokens + (now - at) * self.rate)
            if tokens < 1:
                self._buckets[client] = (tokens, now)
                return (1 - tokens) / self.rate
            self._buckets[client] = (tokens - 1, now)
            return 0.0


#: The dashboard loads only its own files. Vega compiles chart expressions with Function(), hence
#: 'unsafe-eval'; vega-embed and htmx add inline styles. No frame may embed a page (clickjacking).
CSP = ("default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
#: The API documentation page (Swagger UI) starts itself with an inline script.
CSP_DOCS = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")


def error_body(field: str | None, message: str) -> dict[str, Any]:
    """The error shape every API error answers with (``Error`` in the OpenAPI schema)."""
    return {"detail": message, "field": field}


class HeadAndOptions:
    """HEAD and OPTIONS on every path, as HTTP asks (FastAPI's routes answer neither, 405):

    - HEAD is answered as GET would be, with its status and headers (Content-Length included) and no body;
    - OPTIONS answers 204 with ``Allow`` listing the path's methods (404 where no route has the path).

    No CORS header is added: the server answers its own pages only (the review queue under
    ``/api/v1/monitor`` is not for other sites to read from a reviewer's browser)."""

    def __init__(self, app: Any, router: Any):
        self.app = app
        self.router = router

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] not in ("HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        if scope["method"] == "OPTIONS":
            allowed = self.allowed(scope)
            if allowed:
                headers = {"Allow": ", ".join(allowed)}
                response = Response(status_code=204, headers=headers)
                response.headers.update(_SECURITY_HEADERS)
                await response(scope, receive, send)
                return
            await self.app(scope, receive, send)
            return

        async def bodiless(message: Any) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, bodiless)

    def allowed(self, scope: Any) -> list[str]:
        """The methods the routes at this path answer (with HEAD where GET is, and OPTIONS), or [] if none."""
        from starlette.routing import Match

        methods: set[str] = set()
        for route in _flat(self.router.routes):
            match, _ = route.matches({**scope, "method": "GET"})
            if match != Match.NONE:
                methods |= set(getattr(route, "methods", None) or {"GET"})
        if not methods:
            return []
        if "GET" in methods:
            methods.add("HEAD")
        return sorted(methods | {"OPTIONS"})


def _flat(routes: Any) -> Any:
    """Every route, those of included routers too (FastAPI keeps an included router whole, with its
    routes' full paths)."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from _flat(inner.routes)
        else:
            yield route


_SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
                     "Referrer-Policy": "same-origin"}


class HangUp:
    """Tell a GET's or a HEAD's work when its client hangs up (``iccwatch.gone``; round 31, session 47: a page sorted by
    names was computed to its end for a client gone for minutes). The request's body (empty) is read first and given to
    the app when it asks; then the connection's next message, which the server sends only when the client hangs up or
    the answer is complete, is awaited beside the app and sets the request's event. Work that checks it (``gone.check``,
    between the chunks of a read) stops with ``ClientGone``, answered to nobody (``guard``). A request with a body is
    passed on as it is."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        first = await receive()
        if first.get("type") != "http.request" or first.get("more_body"):
            given = False

            async def replay() -> Any:
                nonlocal given
                if not given:
                    given = True
                    return first
                return await receive()

            await self.app(scope, replay, send)
            return
        gone, ended = threading.Event(), anyio.Event()
        token = GONE.set(gone)
        asked = False

        async def watch() -> None:
            await receive()  # http.disconnect: the client hung up, or the answer is complete
            gone.set()
            ended.set()

        async def app_receive() -> Any:
            nonlocal asked
            if not asked:
                asked = True
                return first
            await ended.wait()
            return {"type": "http.disconnect"}

        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(watch)
                try:
                    await self.app(scope, app_receive, send)
                except Exception as exc:  # a stream (a download) stopped for its client gone: nobody to tell, no traceback
                    if not _only_gone(exc):
                        raise
                    _let_go(exc)
                finally:
                    tg.cancel_scope.cancel()
        finally:
            GONE.reset(token)


def _let_go(exc: BaseException) -> None:
    """Drop the frames a ``ClientGone`` (and what it groups or was raised from) holds through its traceback (round 32,
    session 48: AA7's abandoned pages). The frames hold the page's work (its rows), and a frame on the way out holds the
    exception again (Starlette's ``call_next`` keeps it in a closure's cell): a cycle, freed only when the cyclic
    collector next runs its oldest generation. 30 pages abandoned at once left 300,000-550,000 such objects waiting."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        e = todo.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        e.__traceback__ = None
        todo.extend(x for x in (e.__cause__, e.__context__) if x is not None)
        if isinstance(e, BaseExceptionGroup):
            todo.extend(e.exceptions)


def _only_gone(exc: BaseException) -> bool:
    """Whether ``exc`` is ``ClientGone``, or a group of nothing else (a task group's)."""
    if isinstance(exc, BaseExceptionGroup):
        return all(_only_gone(e) for e in exc.exceptions)
    return isinstance(exc, ClientGone)


def install(app: FastAPI, watch: StoreWatch | None, rate: RateLimit) -> None:
    app.add_middleware(HeadAndOptions, router=app.router)

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if not request.url.path.startswith("/static/"):
            wait = rate.allow(request.client.host if request.client else "?")
            if wait:
                # (round 33, session 49) in the site's form on the site's paths (an HTML page, as its 503 and 408), the
                # API's JSON error shape on the API's (the same value as before)
                kind, text = refusal.body(request.url.path, "too many requests: slow down", "Too many requests",
                                          home=False)
                response: Response = Response(text, status_code=429, media_type=kind,
                                              headers={"Retry-After": str(max(1, round(wait)))})
                return _secure(request, response)
            if watch is not None:
                watch.check()
        try:
            check_gone()  # a client that hung up while its request waited for the server: no work at all
            answered = await call_next(request)
        except ClientGone as gone:  # round 31: the work stopped for a client that hung up; this answer reaches nobody
            _let_go(gone)
            return Response(status_code=499)
        except Exception as exc:
            if not out_of_files(exc):
                raise
            answered = _out_of_files(request, exc)
        return _secure(request, answered)

    app.add_middleware(HangUp)  # outside the guard: the request's hang-up is set before any work starts


#: The seconds a client told 503 for descriptors used up is asked to wait (Retry-After): the connections holding them
#: are answered and closed within a few seconds under the load that takes them all.
RETRY_OUT_OF_FILES = 2


def _out_of_files(request: Request, exc: BaseException) -> Response:
    """503 with Retry-After for a request that could not open the store (or any file) because every file descriptor the
    process may hold is in use (round 31, session 47: a 500 and a traceback): the API's error shape on its paths, a short
    HTML page on the site's (``iccwatch.refusal``). Nothing was read or changed; the same request a little later is
    answered. (Nothing here imports a module: that opens a file.)"""
    why = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    message = (f"the server cannot open the store now: every file it may hold open is in use (too many connections at "
               f"once; {why[0] if why else type(exc).__name__}); nothing was read or changed: try again in "
               f"{RETRY_OUT_OF_FILES} s")
    kind, text = refusal.body(request.url.path, message, "Busy: try again", title="Busy: try again", home=False)
    return Response(text, status_code=503, media_type=kind, headers={"Retry-After": str(RETRY_OUT_OF_FILES)})


def _secure(request: Request, response: Response) -> Response:
    response.headers["Content-Security-Policy"] = CSP_DOCS if request.url.path == "/docs" else CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "same-origin"
    return response


class _TooLarge(Exception):
    pass


class BodyLimit:
    """Refuse a request body over ``limit`` bytes while it is being read (413), so a large upload is
    never held in memory or spooled whole: a declared Content-Length over the limit is refused before
    reading, and a body that grows past it is cut off."""

    def __init__(self, app: Any, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        message = f"the request body is larger than {self.limit // 1000} kB"
        declared = dict(scope.get("headers") or []).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            await JSONResponse(error_body("weights", message), status_code=413)(scope, receive, send)
            return
        seen = 0
        started = tripped = False

        async def counting_receive() -> Any:
            nonlocal seen, tripped
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.limit:
                    tripped = True
                    raise _TooLarge
            return msg

        async def tracking_send(msg: Any) -> None:
            nonlocal started
            if tripped:  # the framework turned the cut-off into its own error: answer 413 instead
                if msg["type"] == "http.response.start" and not started:
                    started = True
                    await JSONResponse(error_body("weights", message), status_code=413)(scope, receive, send)
                return
            started = started or msg["type"] == "http.response.start"
            await send(msg)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await JSONResponse(error_body("weights", message), status_code=413)(scope, receive, send)
