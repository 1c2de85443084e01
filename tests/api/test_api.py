"""The REST API over the real app and store: shapes shared with the CLI, filters, paging, errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.record_assertions import exact_count, parties_on

from iccwatch.dataset.checks import parties_on as checked_parties_on


def test_map_party_count_changes_when_burundi_leaves(client) -> None:  # noqa: ANN001
    before = client.get("/api/v1/map", params={"on": "2017-10-26"}).json()
    after = client.get("/api/v1/map", params={"on": "2017-10-28"}).json()
    assert before["parties"] - after["parties"] == 1
    assert {r["iso3"] for r in before["states"] if r["party"]} - {r["iso3"] for r in after["states"] if r["party"]} == {"BDI"}
    assert all(len(r["numeric"]) == 3 for r in before["states"])


def test_state_shape_matches_the_cli(client) -> None:  # noqa: ANN001
    d = client.get("/api/v1/states/HUN", params={"on": "2026-07-01"}).json()
    for key in ("iso3", "name", "on", "party", "status", "sources", "doubts", "reasoning", "timeline"):
        assert key in d
    assert d["party"] is False and not d["certain"]


def test_arrest_determination_and_what_if(client) -> None:  # noqa: ANN001
    d = client.get("/api/v1/arrest", params={"state": "MNG", "person": "Putin", "on": "2024-09-03"}).json()
    assert d["answer"] == "obliged" and d["forum"] == "ASP" and d["contested"]
    w = client.get("/api/v1/arrest", params={"state": "HUN", "person": "Netanyahu", "on": "2026-07-01",
                                             "assume": "HUN withdrawal_revoked 2026-05-29"}).json()
    assert w["assumptions"] == ["HUN withdrawal_revoked 2026-05-29"] and "RS art 86" in w["basis"]


def test_lists_filter_and_page(client) -> None:  # noqa: ANN001
    d = client.get("/api/v1/decisions", params={"state": "JOR"}).json()
    assert d["total"] == 2
    for day, parties in parties_on().items():  # the counts data/assertions.yaml states
        offset = parties - 5
        p = client.get("/api/v1/states", params={"on": day.isoformat(), "party": True, "limit": 10, "offset": offset}).json()
        assert p["total"] == parties and len(p["items"]) == 5  # the last page holds what is left after the offset
    ev = client.get("/api/v1/assessment/events", params={"state": "MNG"}).json()
    assert ev["items"][0]["outcome"] == "failed"


def test_travel_and_obligations(client, records) -> None:  # noqa: ANN001
    t = client.get("/api/v1/persons/Netanyahu/travel", params={"on": "2025-04-03"}).json()
    # Bound by the Statute: the States Parties that day, as the checker counts them from the depositary dates
    assert t["counts"]["bound_by_statute"] == len(checked_parties_on(records, dt.date(2025, 4, 3)))
    o = client.get("/api/v1/states/HUN/obligations", params={"on": "2025-04-03"}).json()
    assert "palestine" in {s["situation"] for s in o["situations"]}


def test_index_and_uploaded_weights(client) -> None:  # noqa: ANN001
    d = client.get("/api/v1/index", params={"year": 2025, "samples": 50}).json()
    assert len(d["states"]) == exact_count("states") and d["states"][0]["rank"] == 1
    weights = open("src/iccwatch/assess/default_weights.yaml", "rb").read().replace(b"weight: 0.35", b"weight: 0.9")
    r = client.post("/api/v1/index", params={"year": 2025, "samples": 20}, files={"weights": ("w.yaml", weights, "application/yaml")})
    assert r.status_code == 200 and r.json()["weights"]["pillars"]["cooperation_record"]["weight"] == 0.9
    bad = client.post("/api/v1/index", files={"weights": ("w.yaml", b"pillars: {virtue: {weight: 1, indicators: {}}}", "application/yaml")})
    assert bad.status_code == 422 and bad.json()["field"] == "weights"


def test_exports(client) -> None:  # noqa: ANN001
    r = client.get("/api/v1/export/states-parties", params={"format": "csv"})
    assert r.status_code == 200 and r.text.startswith("iso3,state,signed,ratified_or_acceded,entry_into_force,withdrawal_notified,withdrawal_effective")
    recorded = len(list(Path("data/decisions").glob("*.yaml")))
    assert len(client.get("/api/v1/export/decisions", params={"format": "json"}).json()) == recorded


@pytest.mark.parametrize(
    ("path", "params", "status", "field"),
    [
        ("/api/v1/states/XYZ", {}, 404, "state"),
        ("/api/v1/states/HUN", {"on": "2025-02-30"}, 422, "on"),
        ("/api/v1/persons/Nobody%20Atall", {}, 404, "person"),
        ("/api/v1/arrest", {"state": "HUN", "person": "Putin", "on": "yesterday"}, 422, "on"),
        ("/api/v1/arrest", {"state": "HUN", "person": "Putin", "assume": "HUN leaves"}, 422, "assume"),
        ("/api/v1/export/everything", {}, 422, "kind"),
    ],
)
def test_bad_input_is_a_clear_4xx_naming_the_field(client, path: str, params: dict, status: int, field: str) -> None:  # noqa: ANN001
    r = client.get(path, params=params)
    assert r.status_code == status
    assert r.json()["field"] == field


def test_missing_required_query_names_the_field(client) -> None:  # noqa: ANN001
    r = client.get("/api/v1/arrest", params={"state": "HUN"})
    assert r.status_code == 422 and "person" in r.text


def test_pages_render(client) -> None:  # noqa: ANN001
    """Eleven dashboard pages (the API's docs among them) answer 200 through the app, with nothing loaded from a CDN; a page's
    CSV starts with its header and an unknown State is a 404. (Slow: each page computed on the real record.)"""
    for path in ("/", "/states/HUN?on=2026-07-01", "/persons/omar-hassan-ahmad-al-bashir", "/ask?state=MNG&person=Putin&on=2024-09-03",
                 "/decisions", "/events", "/statements", "/gaps", "/index", "/persons", "/docs"):
        r = client.get(path)
        assert r.status_code == 200, path
        assert "https://cdn" not in r.text and "jsdelivr" not in r.text and "unpkg" not in r.text
    assert client.get("/decisions?format=csv").text.startswith("id,date,")  # each row led by its record (tests/web/test_cliweb9_s22.py)
    assert client.get("/states/ZZZ").status_code == 404


def test_monitor_endpoints_and_page(client) -> None:  # noqa: ANN001
    r = client.get("/api/v1/monitor/candidates", params={"status": "all"})
    assert r.status_code == 200 and "items" in r.json()
    assert client.get("/api/v1/monitor/alerts").status_code == 200
    assert client.get("/api/v1/monitor/candidates", params={"status": "bogus"}).status_code == 422
    page = client.get("/monitor")
    assert page.status_code == 200 and "candidate facts" in page.text


def test_an_unknown_person_is_named_whole_with_a_suggestion(client) -> None:  # noqa: ANN001
    """The 404 names the person as asked, closing quote included, and suggests a close name, as the CLI does."""
    r = client.get("/api/v1/persons/Netanyah")
    assert r.status_code == 404 and r.json()["field"] == "person"
    detail = r.json()["detail"]
    assert "'Netanyah'" in detail and "Did you mean 'Benjamin Netanyahu'?" in detail
    r = client.get("/api/v1/arrest", params={"state": "MNG", "person": "Qwxz Zzyq", "on": "2024-09-03"})
    assert r.status_code == 404 and r.json()["detail"].endswith("'Qwxz Zzyq'")


def test_an_unknown_status_filter_is_a_422_not_an_empty_list(client) -> None:  # noqa: ANN001
    r = client.get("/api/v1/states", params={"status": "partyy"})
    assert r.status_code == 422 and r.json()["field"] == "status" and "former_party" in r.json()["detail"]
    assert client.get("/api/v1/states", params={"status": "former_party"}).json()["total"] >= 1


@pytest.mark.parametrize("value", ["2024-09", "2024"])
def test_a_month_or_year_gets_the_cli_hint(client, value: str) -> None:  # noqa: ANN001
    from iccwatch.cli.base import MONTH_HINT

    r = client.get("/api/v1/states/HUN", params={"on": value})
    assert r.status_code == 422 and r.json()["field"] == "on" and MONTH_HINT in r.json()["detail"]


def test_head_answers_as_get_without_a_body(client) -> None:  # noqa: ANN001
    """HEAD answers as GET does (status, content type, security headers), with an empty body."""
    for path in ("/api/v1/states/HUN", "/api/v1/meta", "/", "/api/v1/persons/Nobody-at-all"):
        get, head = client.get(path), client.head(path)
        assert head.status_code == get.status_code and head.content == b""
        assert head.headers["content-type"] == get.headers["content-type"]
        assert head.headers["x-content-type-options"] == "nosniff"


def test_options_lists_the_methods_of_the_path(client) -> None:  # noqa: ANN001
    r = client.options("/api/v1/index")
    assert r.status_code == 204 and set(r.headers["allow"].split(", ")) == {"GET", "HEAD", "OPTIONS", "POST"}
    r = client.options("/api/v1/states/HUN")
    assert r.status_code == 204 and set(r.headers["allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert "access-control-allow-origin" not in r.headers  # the queue is not for other sites to read
    assert client.options("/api/v1/no-such-thing").status_code == 404


def test_a_very_long_value_is_not_echoed_back_whole(client) -> None:  # noqa: ANN001
    r = client.get("/api/v1/states/" + "Q" * 6000)
    assert r.status_code == 404 and r.json()["field"] == "state"
    assert "(6000 characters)" in r.json()["detail"] and len(r.content) < 500
