"""One place for the refusals answered outside the routes (round 32, session 48): the 400 and the 408 of a request head
the HTTP layer could not read (``web.unreadable``), the 503 of no descriptor left (``api.guard``) and the 409 of a busy
store (``web.errors``'s pages, the API's JSON) answer as they did before ``iccwatch.refusal`` took the choice of shape and
the body over: JSON in the API's error shape on the API's paths, the same HTML page on the site's."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from starlette.requests import Request

from iccwatch.api.guard import _out_of_files
from iccwatch.web.unreadable import body

UNREADABLE = ("the request could not be read as HTTP (a malformed request line or header): it was not read and nothing "
              "was changed")
HTML_400 = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
            'initial-scale=1"><title>Cannot answer that · iccwatch</title><style>body{font-family:system-ui,sans-serif;'
            'line-height:1.5;max-width:40rem;margin:1.5rem auto;padding:0 1rem;overflow-wrap:anywhere}h1{font-size:1.4rem}'
            '</style></head>'
            '<body><h1>Cannot answer that</h1><p>The request could not be read as HTTP (a malformed request line or header): '
            'it was not read and nothing was changed.</p><p><a href="/">iccwatch: the home page</a></p></body></html>')
BUSY = ("the server cannot open the store now: every file it may hold open is in use (too many connections at once; "
        "[Errno 24] Too many open files); nothing was read or changed: try again in 2 s")


def _request(path: str) -> Request:
    return Request({"type": "http", "path": path, "headers": [], "method": "GET", "query_string": b""})


@pytest.mark.parametrize("path", ["/api/v1/meta", "/api/v1/monitor/candidates?status=all", "/docs", "/docs/oauth2-redirect"])
def test_the_400_and_408_on_the_apis_paths_are_its_json_error_shape(path: str) -> None:
    kind, text = body(f"GET {path} HTTP/1.1\r\nHost: x\r\n".encode(), 40)
    assert kind == b"application/json" and json.loads(text) == {"detail": UNREADABLE, "field": None}
    kind, text = body(f"GET {path} HTTP/1.1\r\n".encode(), 40, "the request's head did not arrive within 5 seconds")
    assert kind == b"application/json"
    assert json.loads(text) == {"detail": "the request's head did not arrive within 5 seconds", "field": None}


@pytest.mark.parametrize("head", [b"GET /monitor HTTP/1.1\r\n", b"GET /states/HUN?x=1 HTTP/1.1\r\n", b"GET / HTTP/1.1\r\n",
                                  b"\x16\x03\x01\x02\x00", b"GET", b""])
def test_the_400_and_408_on_the_sites_paths_are_the_same_html_page(head: bytes) -> None:
    kind, text = body(head, max(len(head), 1))
    assert (kind, text.decode()) == (b"text/html; charset=utf-8", HTML_400)
    kind, text = body(head, 1, "the request's head did not arrive within 5 seconds")
    assert kind == b"text/html; charset=utf-8"
    assert text.decode() == HTML_400.replace(UNREADABLE[0].upper() + UNREADABLE[1:],
                                                 "The request&#x27;s head did not arrive within 5 seconds")


def test_a_head_too_large_says_so_in_either_shape() -> None:
    kind, text = body(b"GET /api/v1/meta?q=" + b"x" * 1000, 20_000_000)
    assert kind == b"application/json" and "larger than this server reads (16 kB)" in json.loads(text)["detail"]
    kind, text = body(b"GET /monitor?q=" + b"x" * 1000, 20_000_000)
    assert kind.startswith(b"text/html") and b"Larger than this server reads (16 kB)" not in text and b"larger than" in text


def test_the_site_page_about_the_api_is_refused_as_the_site_is() -> None:
    """``/api`` alone is the site's page about the API (HTML): its 400 is the HTML page, as its 503 and its 409 were
    (before round 32 the 400's own test of the path counted it the API's, the guard's and the pages' did not)."""
    kind, text = body(b"GET /api HTTP/1.1\r\n", 20)
    assert (kind, text.decode()) == (b"text/html; charset=utf-8", HTML_400)
    assert _out_of_files(_request("/api"), OSError(24, "Too many open files")).headers["content-type"].startswith("text/html")


@pytest.mark.parametrize("path", ["/api/v1/meta", "/api/v1/monitor/candidates", "/docs"])
def test_the_503_on_the_apis_paths_is_its_json_error_shape_with_retry_after(path: str) -> None:
    r = _out_of_files(_request(path), OSError(24, "Too many open files"))
    assert r.status_code == 503 and r.headers["retry-after"] == "2" and r.headers["content-type"] == "application/json"
    assert r.body == json.dumps({"detail": BUSY, "field": None}, separators=(",", ":")).encode()


@pytest.mark.parametrize("path", ["/monitor", "/", "/states/HUN", "/api"])
def test_the_503_on_the_sites_paths_is_the_same_html_page(path: str) -> None:
    r = _out_of_files(_request(path), OSError(24, "Too many open files"))
    assert r.status_code == 503 and r.headers["retry-after"] == "2" and r.headers["content-type"] == "text/html; charset=utf-8"
    head = HTML_400[:HTML_400.index("</head>") + 7].replace("Cannot answer that · iccwatch", "Busy: try again")
    assert r.body.decode() == head + f'<body><h1>Busy: try again</h1><p>{BUSY[0].upper() + BUSY[1:]}.</p></body></html>'


def test_the_409_of_a_busy_store_is_json_on_the_api_and_the_sites_page_on_the_site(env: dict[str, Path],
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A store another program holds locked past the wait (``ICCWATCH_LOCK_WAIT``): the API's queue answers 409 in its
    error shape, the review page 409 as the site's templated page, each saying the store is busy."""
    from tests.test_reliability_s43 import _fill_queue

    from iccwatch.app import create_app
    from iccwatch.settings import Settings

    _fill_queue(env["db"], 30)
    monkeypatch.setenv("ICCWATCH_LOCK_WAIT", "0.5")
    app = create_app(Settings(data_dir=env["data"], db_url=f"sqlite:///{env['db']}", rate_limit=0))
    with TestClient(app) as client:
        assert client.get("/api/v1/monitor/candidates?status=all").status_code == 200
        holder = sqlite3.connect(env["db"], isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            api = client.get("/api/v1/monitor/candidates?status=pending&limit=7")
            page = client.get("/monitor?status=pending&sort=person_name")
        finally:
            holder.execute("ROLLBACK")
            holder.close()
    assert api.status_code == 409 and api.headers["content-type"] == "application/json", (api.status_code, api.text[:300])
    assert set(api.json()) >= {"detail", "field"} and "is busy" in api.json()["detail"]
    assert page.status_code == 409 and page.headers["content-type"].startswith("text/html"), (page.status_code, page.text[:300])
    assert "is busy" in page.text and "<!doctype html>" in page.text.lower() and 'href="/"' in page.text
