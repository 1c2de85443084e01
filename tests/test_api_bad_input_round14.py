"""Round fourteen, the API's doors: a query parameter that takes one value given twice, and an upload with fields
beside its file, are 422s naming the field (FastAPI kept the last value, or ignored the field, without a word).
The table of what was tried is ``tests/dataset/ROUND14.md``."""

from __future__ import annotations

import re
from pathlib import Path

WEIGHTS = (Path(__file__).resolve().parents[1] / "src" / "iccwatch" / "assess" / "default_weights.yaml").read_bytes()


def test_every_single_value_query_parameter_given_twice_is_a_422_naming_it(app, client) -> None:  # noqa: ANN001
    """Every GET operation the OpenAPI schema declares, each of its query parameters that is not a list: given twice,
    the answer is a 422 whose ``field`` is the parameter (the check runs before the value is read, so any value)."""
    checked = 0
    for path, ops in app.openapi()["paths"].items():
        op = ops.get("get")
        if not op:
            continue
        url = re.sub(r"\{[^}]+\}", "x", path)
        for p in op.get("parameters", []):
            schema = p.get("schema", {})
            is_list = schema.get("type") == "array" or any(s.get("type") == "array" for s in schema.get("anyOf", []))
            if p["in"] != "query" or is_list:
                continue
            r = client.get(url, params=[(p["name"], "1"), (p["name"], "2")])
            assert r.status_code == 422 and r.json()["field"] == p["name"], (path, p["name"], r.status_code, r.text[:200])
            assert "given 2 times" in r.json()["detail"]
            checked += 1
    assert checked >= 30


def test_a_list_parameter_may_be_repeated(client) -> None:  # noqa: ANN001
    r = client.get("/api/v1/search", params=[("q", "bashir"), ("kind", "events"), ("kind", "persons")])
    assert r.status_code == 200
    assert r.json()["items"] and {h["kind"] for h in r.json()["items"]} <= {"Event", "Person"}


def test_an_upload_with_another_field_or_two_files_is_refused_naming_it(client) -> None:  # noqa: ANN001
    r = client.post("/api/v1/index", params={"samples": 10}, files={"weights": ("w.yaml", WEIGHTS, "application/yaml")}, data={"colour": "red"})
    assert r.status_code == 422 and r.json()["field"] == "colour" and "not a field of this upload" in r.json()["detail"]
    r = client.post("/api/v1/index", params={"samples": 10},
                    files=[("weights", ("a.yaml", WEIGHTS, "application/yaml")), ("weights", ("b.yaml", WEIGHTS, "application/yaml"))])
    assert r.status_code == 422 and r.json()["field"] == "weights" and "send one" in r.json()["detail"]
    r = client.post("/api/v1/index", params={"samples": 10}, files={"weights": ("w.yaml", WEIGHTS, "application/yaml")})  # control
    assert r.status_code == 200
