"""Round 19's questions marked ``api: true`` asked of the REST API (/api/v1), as a caller of the API asks them: the
answer the API gives must be the one expected (tests/law/audit/round19*.yaml), and the same as the service gives
(tests/law/test_audit.py asks every question of the service)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from iccwatch.dataset.yaml_io import read_yaml

ROUNDS = sorted((Path(__file__).parent / "audit").glob("round19*.yaml"))
API = [(f"{p.stem}-{q['id']}", q) for p in ROUNDS for g in read_yaml(p)["groups"] for q in g["questions"] if q.get("api")]


def _api_answer(client: Any, q: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    on = str(q["on"])
    if q["kind"] == "arrest":
        r = client.get("/api/v1/arrest", params={"state": q["state"], "person": q["person"], "on": on})
        assert r.status_code == 200, r.text
        return r.json()["answer"], r.json()
    if q["kind"] == "obligations":
        r = client.get(f"/api/v1/states/{q['state']}/obligations", params={"on": on})
        assert r.status_code == 200, r.text
        d = r.json()
        if q.get("situation"):
            row = next((s for s in d["situations"] if s["situation"] == q["situation"]), None)
            return (row["status"], row) if row else ("not_bound", d)
        return d["status"]["status"], d
    r = client.get(f"/api/v1/persons/{q['person']}/travel", params={"on": on})
    assert r.status_code == 200, r.text
    d = r.json()
    if q.get("state"):
        row = next(s for s in d["states"] if s["iso3"] == q["state"])
        return row["answer"], row
    return d["warrant"]["outstanding"], d


def _param(qid: str, q: dict[str, Any]) -> Any:
    if q.get("record_fault"):
        return pytest.param(q, id=qid, marks=pytest.mark.xfail(strict=True, reason=f"record fault: {q['record_fault']}"))
    return pytest.param(q, id=qid)


def test_round19_has_questions_through_the_api() -> None:
    assert len(API) >= 30


@pytest.mark.parametrize("q", [_param(i, q) for i, q in API])
def test_round19_through_the_api(client: Any, q: dict[str, Any]) -> None:
    answer, whole = _api_answer(client, q)
    assert answer == q["expect"], f"question {q['id']}: the API answered {answer!r}, not {q['expect']!r}"
    for citation in (q.get("check") or {}).get("basis_includes", []):
        assert citation in str(whole.get("basis", whole)), f"question {q['id']}: {citation} not in the basis"
