"""The OpenAPI document the server serves declares the refusals the API answers (round 32, session 48): 400 and 408 (the
HTTP layer's, any path), 503 with Retry-After (no descriptor left, any path), 409 where the store's queue is read (the
monitor's operations), each in the API's error shape (``ErrorBody``)."""

from __future__ import annotations

from typing import Any


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(path, method, op) for path, item in spec["paths"].items() for method, op in item.items()
            if method in ("get", "post", "put", "delete", "patch")]


def test_every_operation_declares_400_408_and_503_with_retry_after(client) -> None:  # noqa: ANN001
    spec = client.get("/api/v1/openapi.json").json()
    ops = _operations(spec)
    assert len(ops) > 10
    for path, method, op in ops:
        responses = op["responses"]
        for code in ("400", "408", "503"):
            assert code in responses, (path, method, code, sorted(responses))
            schema = responses[code]["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/ErrorBody"}, (path, code, schema)
        assert "Retry-After" in responses["503"]["headers"], (path, method)
        assert responses["503"]["headers"]["Retry-After"]["schema"]["type"] == "integer"
        assert "Retry-After" in responses["429"]["headers"], (path, method)
        assert "16 kB" in responses["400"]["description"] and "ICCWATCH_HEAD_WAIT" in responses["408"]["description"]


def test_the_monitors_operations_declare_409_and_the_records_do_not(client) -> None:  # noqa: ANN001
    spec = client.get("/api/v1/openapi.json").json()
    ops = _operations(spec)
    monitor = [(p, op) for p, _, op in ops if p.startswith("/api/v1/monitor/")]
    assert {p for p, _ in monitor} >= {"/api/v1/monitor/candidates", "/api/v1/monitor/alerts"}
    for path, op in monitor:
        assert "409" in op["responses"] and "busy" in op["responses"]["409"]["description"], path
    others = [p for p, _, op in ops if not p.startswith("/api/v1/monitor/") and "409" in op["responses"]]
    assert others == [], others  # control: 409 only where the queue is read


def test_the_declared_error_shape_is_what_a_refusal_answers(client) -> None:  # noqa: ANN001
    """The 503's body and the 400's (``iccwatch.refusal``) have exactly ErrorBody's required fields, and nothing
    ErrorBody does not name."""
    import json

    from iccwatch.refusal import body

    spec = client.get("/api/v1/openapi.json").json()
    error = spec["components"]["schemas"]["ErrorBody"]
    kind, text = body("/api/v1/meta", "the request could not be read as HTTP")
    answered = json.loads(text)
    assert kind == "application/json" and set(error["required"]) <= set(answered) <= set(error["properties"])
