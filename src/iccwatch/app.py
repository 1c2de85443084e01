"""The web application: the REST API under /api/v1 and the dashboard pages, assembled on one FastAPI app.

This module sits above both interfaces: ``api`` and ``web`` never import each other. The API installs
JSON error handlers; the dashboard wraps them so that page paths answer an HTML page.
"""

from __future__ import annotations

from fastapi import FastAPI

from iccwatch.settings import MAX_UPLOAD, Settings


def create_app(settings: Settings | None = None) -> FastAPI:
    from fastapi import Depends
    from fastapi.openapi.docs import get_swagger_ui_html
    from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES, GZipMiddleware

    from iccwatch import __version__
    from iccwatch.api import errors, guard
    from iccwatch.api.deps import known_params_only
    from iccwatch.api.routers import ROUTERS
    from iccwatch.caching import BoundedCache
    from iccwatch.service import open_facts
    from iccwatch.store import read_build_info
    from iccwatch.web import errors as web_errors
    from iccwatch.web import pages

    settings = settings or Settings.from_env()
    app = FastAPI(
        title="iccwatch",
        version=__version__,
        description=(
            "States' cooperation with the International Criminal Court: a sourced, dated record and the law "
            "of cooperation as code. Every answer carries its reasoning, citations and sources."
        ),
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # served below with locally installed Swagger UI assets, never from a CDN
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.index_cache = BoundedCache(32)

    def load() -> None:
        app.state.facts = open_facts(settings)
        app.state.build_info = read_build_info(settings.db_url) or {}
        app.state.index_cache.clear()
        if hasattr(app.state, "record_version"):  # the dashboard's citations name the record read
            del app.state.record_version

    load()
    app.state.queue = open_queue(settings.db_url)
    guard.install(app, guard.StoreWatch(app, load, settings.store_check_seconds), guard.RateLimit(settings.rate_limit))
    app.add_middleware(guard.BodyLimit, limit=MAX_UPLOAD + 10_000)  # the weights file and its multipart envelope
    # Outermost: pages, JSON, CSV, scripts and errors go compressed to a client that asks for it (a PDF is
    # compressed inside already). Level 6: most of level 9's saving for a third of its CPU on the Swagger bundle.
    app.add_middleware(GZipMiddleware, minimum_size=1000, compresslevel=6,
                       exclude_content_types=(*DEFAULT_EXCLUDED_CONTENT_TYPES, "application/pdf"))
    errors.install(app)
    for router in ROUTERS:  # every API address refuses a query parameter it does not take (api.deps)
        app.include_router(router, dependencies=[Depends(known_params_only)])
    pages.install(app)
    web_errors.install(app)

    @app.get("/docs", include_in_schema=False)
    def docs() -> object:
        return get_swagger_ui_html(openapi_url=app.openapi_url or "", title="iccwatch API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui.css", swagger_favicon_url="/static/favicon.svg",
                                   swagger_ui_parameters=SWAGGER_PARAMETERS)

    return app


#: Swagger UI's options for /docs: its "Schemas" section at the page's foot (every response model drawn
#: again) is left out, each operation still showing its own: 591 elements instead of 983, fewer stops for a
#: keyboard. It does not make the page quicker: Chromium spends about 4.8 s of CPU on it either way on the
#: loaded test machine, 3.4 s more than a plain page, most of it running the 1.7 MB bundle
#: (benchmarks/bench_web.py).
SWAGGER_PARAMETERS = {"defaultModelsExpandDepth": -1}


def open_queue(db_url: str) -> object | None:
    """The app's one review queue, its tables migrated now (at start-up), never by a request; None
    without the monitor extra."""
    try:
        from iccwatch.monitor.queue import Queue
    except ImportError:  # pragma: no cover - the monitor extra is not installed
        return None
    return Queue(db_url)
