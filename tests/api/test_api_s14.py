"""The REST API tried as a script would call it (session 14): errors say in words what is accepted, and a
value is taken as the answers print it. Each test failed before its fix."""

from __future__ import annotations

import re

import pytest


@pytest.mark.parametrize(("url", "field", "bad"), [
    ("/api/v1/export/states?format=xml", "format", "xml"),
    ("/api/v1/monitor/candidates?status=maybe", "status", "maybe"),
])
def test_a_value_outside_a_fixed_list_is_answered_with_the_list_not_a_pattern(client, url: str, field: str, bad: str) -> None:  # noqa: ANN001
    r = client.get(url)
    assert r.status_code == 422
    body = r.json()
    assert body["field"] == field
    assert repr(bad) in body["detail"] and "one of:" in body["detail"]
    assert not re.search(r"[\^$|]", body["detail"]), body["detail"]  # no regular expression shown


def test_the_openapi_patterns_are_the_lists_the_errors_give(client) -> None:  # noqa: ANN001
    """The words an error lists are those the OpenAPI schema's pattern accepts (one source of truth)."""
    spec = client.get("/api/v1/openapi.json").json()
    checked = 0
    for path, ops in spec["paths"].items():
        for p in ops.get("get", {}).get("parameters", []):
            pattern = (p.get("schema") or {}).get("pattern")
            if not pattern or "{" in path:
                continue
            words = re.fullmatch(r"\^\(?([\w|-]+)\)?\$", pattern).group(1).split("|")
            detail = client.get(path, params={p["name"]: "not-a-listed-word"}).json()["detail"]
            assert detail.endswith(", ".join(words)), (path, detail)
            checked += 1
    assert checked


def test_status_is_taken_as_printed(client) -> None:  # noqa: ANN001
    base = client.get("/api/v1/states", params={"status": "former_party", "on": "2024-01-01"}).json()
    assert base["total"] > 0
    for typed in ("former party", "Former-Party"):
        r = client.get("/api/v1/states", params={"status": typed, "on": "2024-01-01"})
        assert r.status_code == 200 and r.json()["items"] == base["items"]


def test_a_state_is_found_by_its_name_without_accents(client, facts) -> None:  # noqa: ANN001
    import unicodedata

    accented = [s for s in facts.records.states.values()
                if unicodedata.normalize("NFKD", s.name) != s.name]
    assert accented
    for st in accented:
        plain = "".join(c for c in unicodedata.normalize("NFKD", st.name) if not unicodedata.combining(c))
        r = client.get(f"/api/v1/states/{plain}", params={"on": "2024-01-01"})
        assert r.status_code == 200 and r.json()["iso3"] == st.iso3


def test_a_query_date_error_offers_only_what_a_question_accepts(client) -> None:  # noqa: ANN001
    r = client.get("/api/v1/states", params={"on": "yesterday"})
    assert r.status_code == 422 and r.json()["field"] == "on"
    assert "YYYY-MM-DD" in r.json()["detail"] and "YYYY-MM /" not in r.json()["detail"]
    assert client.get("/api/v1/states", params={"on": " 2025-01-01 ", "limit": 1}).json()["items"][0]["on"] == "2025-01-01"


@pytest.mark.parametrize(("url", "field"), [
    ("/api/v1/events?state=", "state"), ("/api/v1/decisions?person=", "person"),
    ("/api/v1/assessment/events?state=", "state"), ("/api/v1/arrest?state=ZAF&person=", "person"),
])
def test_an_empty_filter_is_refused_not_read_as_every_row(client, url: str, field: str) -> None:  # noqa: ANN001
    r = client.get(url)
    assert r.status_code == 422 and r.json()["field"] == field and "empty" in r.json()["detail"]
