"""Property-based fuzz of the OpenAPI schema (schemathesis): no input yields a server error, and every\nanswer has a status and a body the schema declares."""

from __future__ import annotations

import json

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance
from tests.conftest import SLOW_GROUP


@pytest.fixture(scope="module")
def schema(app):  # noqa: ANN001, ANN201
    return schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)


@pytest.mark.xdist_group(SLOW_GROUP)  # seconds of CPU: started first (tests/conftest.py)
def test_no_endpoint_answers_500(schema) -> None:  # noqa: ANN001
    """Property-based fuzz of every GET operation in the OpenAPI schema (12 examples each): no answer is a
    5xx, and every answer's status and body are ones the schema declares. (Slow: a dozen requests per
    operation, each answered from the real record.)"""
    failures = []
    checked = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.method.upper() == "POST":
            continue  # the upload endpoint is covered by test_index_and_uploaded_weights

        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def run(case) -> None:  # noqa: ANN001
            if "samples" in case.operation.query:
                # The index's draws (1000 by default) change its run time, not the shape of its answer:
                # at most 30 here, whether the fuzzer sent a number or left the default.
                query = dict(case.query or {})
                query["samples"] = min(int(query.get("samples", 30)), 30)
                case.query = query
            response = case.call()
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} {case.query}: {response.status_code}")
                return
            # Every answer, errors included, has a status the schema declares and the body it declares for it.
            try:
                case.validate_response(response, checks=[status_code_conformance, response_schema_conformance])
            except Exception as exc:  # schemathesis raises a group of check failures
                failures.append(f"{case.method} {case.formatted_path} {case.query}: {response.status_code}: {str(exc)[:300]}")

        run()
        checked += 1
    assert checked >= 15
    assert failures == []


def test_every_operation_documents_its_answer(app) -> None:  # noqa: ANN001
    """OpenAPI describes each operation's 200 body with a named model (a bare 'object' documents nothing);
    an export declares its CSV and JSON rows instead."""
    spec = app.openapi()
    undocumented = []
    for path, ops in spec["paths"].items():
        if not path.startswith("/api/v1"):
            continue
        for method, op in ops.items():
            content = op["responses"]["200"].get("content", {})
            schema = content.get("application/json", {}).get("schema", {})
            if "$ref" not in json.dumps(schema) and "text/csv" not in content:
                undocumented.append(f"{method.upper()} {path}")
    assert undocumented == []
