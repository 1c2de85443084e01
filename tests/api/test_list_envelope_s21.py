"""`/api/v1/situations` and `/api/v1/statements` answered bare lists, unlike the paged lists (persons, States, events,
decisions) that carry the coverage notice beside the page. v1 keeps the bare list as its default (docs/web.md said
so, and a client may rely on it); `paged=true` answers the same envelope as the other lists."""

from __future__ import annotations

import datetime as dt

import pytest

from iccwatch.model import DateSpan


@pytest.mark.parametrize("path,kind", [("/api/v1/situations", "situations"), ("/api/v1/statements", "statements")])
def test_paged_true_gives_the_envelope_and_the_default_stays_a_bare_list(client, facts, path: str, kind: str) -> None:  # noqa: ANN001
    bare = client.get(path)
    assert bare.status_code == 200 and isinstance(bare.json(), list) and len(bare.json()) >= 2
    rows = bare.json()
    env = client.get(path, params={"paged": "true"})
    assert env.status_code == 200
    body = env.json()
    assert set(body) >= {"total", "limit", "offset", "items"}
    assert body["total"] == len(rows) and body["items"] == rows[:100] and (body["limit"], body["offset"]) == (100, 0)
    # a page of it: the rows at the offset, the total counting every row
    one = client.get(path, params={"paged": "true", "limit": 1, "offset": 1}).json()
    assert one["total"] == len(rows) and one["items"] == rows[1:2]
    # the coverage notice beside the page, once, on a day after the kind's check date; none on that date
    last = DateSpan.parse(facts.records.meta.checked_through_of(kind)).last
    late = client.get(path, params={"paged": "true", "on": (last + dt.timedelta(days=1)).isoformat()}).json()
    notice = late.get("coverage_notice") or ""
    assert notice.count("may be missing") == 1 and facts.records.meta.checked_through_of(kind) in notice
    assert all("coverage_notice" not in r for r in late["items"])  # once, beside the page
    assert not client.get(path, params={"paged": "true", "on": last.isoformat()}).json().get("coverage_notice")


@pytest.mark.parametrize("path", ["/api/v1/situations", "/api/v1/statements"])
def test_limit_without_paged_is_refused_not_ignored(client, path: str) -> None:  # noqa: ANN001
    r = client.get(path, params={"limit": 1})
    assert r.status_code == 422 and r.json()["field"] == "limit" and "paged=true" in r.json()["detail"]


def test_the_schema_declares_both_shapes(client) -> None:  # noqa: ANN001
    schema = client.get("/api/v1/openapi.json").json()
    for path in ("/api/v1/situations", "/api/v1/statements"):
        op = schema["paths"][path]["get"]
        assert {"paged", "limit", "offset"} <= {p["name"] for p in op["parameters"]}
        shapes = op["responses"]["200"]["content"]["application/json"]["schema"]
        refs = str(shapes)
        assert "anyOf" in shapes and "array" in refs and "Page_" in refs, shapes
