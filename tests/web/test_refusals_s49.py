"""The site's refusals in the site's form (round 33, session 49; docs/monitor.md, "Concurrent use, round 33"): a 429 (too
many requests) on a site page is an HTML page, as its 503 and 408 are, and stays the API's JSON on the API's paths; an
/ask/* answer page asked with no parameters says which field is missing and what to give, in HTML, 422 as the API's
contract answers the same omission (in JSON). A real server (uvicorn on a port), on a copy of the reliability rounds'
small record and its store."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest
from tests.live_server import serve

from iccwatch.app import create_app
from iccwatch.settings import Settings


def _start(env: dict[str, Path], monkeypatch: pytest.MonkeyPatch, rate: str) -> tuple[str, object]:
    monkeypatch.setenv("ICCWATCH_RATE_LIMIT", rate)
    base, server, _ = serve(create_app(Settings.from_env(data_dir=env["data"], db=f"sqlite:///{env['db']}")))
    return base, server


def _words(page: str) -> str:
    main = re.search(r"<main.*?</main>", page, re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main.group(0) if main else page)).strip()


def test_a_429_is_the_sites_html_page_on_its_paths_and_the_apis_json_on_the_apis(env: dict[str, Path],
                                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Two requests a minute (a burst of one): the first request is answered, the next ones refused 429 with Retry-After;
    on the site's paths (the map, a State's page, the review queue, an answer page, ``/api`` alone, which is the site's
    page about the API) an HTML page headed "Too many requests"; on the API's paths the API's error shape, the same JSON
    value as before. Before round 33 every 429 was JSON."""
    base, server = _start(env, monkeypatch, "2")
    try:
        with httpx.Client(base_url=base, timeout=60) as c:
            assert c.get("/api/v1/meta").status_code == 200  # the burst's one token
            for path in ("/", "/states/MNG", "/monitor", "/ask/custody?person=x", "/api"):
                r = c.get(path)
                assert r.status_code == 429, (path, r.status_code)
                assert r.headers["content-type"] == "text/html; charset=utf-8", path
                assert int(r.headers["retry-after"]) >= 1
                assert "<h1>Too many requests</h1>" in r.text and "Too many requests: slow down." in r.text, r.text
                assert '<meta name="viewport"' in r.text
            for path in ("/api/v1/meta", "/api/v1/states/MNG", "/api/v1/monitor/candidates", "/docs"):
                r = c.get(path)
                assert r.status_code == 429, (path, r.status_code)
                assert r.headers["content-type"] == "application/json", path
                assert int(r.headers["retry-after"]) >= 1
                assert r.content == b'{"detail":"too many requests: slow down","field":null}', r.content
            assert c.get("/static/css/site.css").status_code == 200  # control: the site's files are not counted
    finally:
        server.should_exit = True  # type: ignore[attr-defined]


#: Each /ask/* answer page with no parameters: the fields it needs and the words that say what to give.
ASKED = {
    "/ask/custody": [("person", "the person: an id, a name or an alias")],
    "/ask/responses": [("state", "the State: its ISO alpha-3 code or its name"),
                       ("forum", "the forum: ASP (the Assembly of States Parties) or UNSC (the Security Council)")],
    "/ask/list": [("list_of", "the list: parties, former_parties, ratified or non_compliance")],
}


def test_an_ask_page_with_no_parameters_says_which_field_is_missing_and_what_to_give(env: dict[str, Path],
                                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """/ask/custody, /ask/responses and /ask/list with no parameters: 422, the site's HTML page naming each missing field
    and what it takes (before round 33: "The field “person”: Field required", naming nothing to give); the API's own
    omission (a State's responses without ``forum``) stays JSON, 422, with its field and its words (control). A page
    given its fields answers 200 (control)."""
    base, server = _start(env, monkeypatch, "0")
    try:
        with httpx.Client(base_url=base, timeout=120) as c:
            for path, fields in ASKED.items():
                r = c.get(path)
                assert r.status_code == 422, (path, r.status_code)
                assert r.headers["content-type"] == "text/html; charset=utf-8", path
                words = _words(r.text)
                assert "Field required" not in words, words
                for field, said in fields:
                    assert f"The field “{field}” is missing: {said}" in words, (path, words)
            r = c.get("/ask/responses?state=MNG")  # one of two given: only the other is said missing
            words = _words(r.text)
            assert r.status_code == 422 and "“forum” is missing" in words and "“state”" not in words, words
            api = c.get("/api/v1/states/MNG/responses")
            assert api.status_code == 422 and api.headers["content-type"] == "application/json"
            assert json.loads(api.content) == {"detail": "Field required: the forum: ASP (the Assembly of States Parties) "
                                                         "or UNSC (the Security Council).", "field": "forum"}
            assert c.get("/ask/responses?state=MNG&forum=ASP").status_code == 200
            assert c.get("/ask/list?list_of=parties").status_code == 200
    finally:
        server.should_exit = True  # type: ignore[attr-defined]
