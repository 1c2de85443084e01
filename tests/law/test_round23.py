"""Round 23 (issue 11): the round's questions marked ``api: true`` (tests/law/audit/round23*.yaml; round23h.yaml holds the questions held out until the fixes) asked of the REST API
(/api/v1) as a caller asks them; each must get the answer expected and pass its ``check:`` block on the API's JSON, as
the service's answer must (tests/law/test_audit.py asks every question of the service)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.law.test_audit import _check
from tests.law.test_round20 import _api_answer

from iccwatch.dataset.yaml_io import read_yaml

AUDIT = Path(__file__).parent / "audit"
ROUNDS = sorted(AUDIT.glob("round23*.yaml"))
API = [
    (f"{p.stem}-{q['id']}", q)
    for p in ROUNDS
    for g in read_yaml(p)["groups"]
    for q in g["questions"]
    if q.get("api")
]


@pytest.mark.parametrize("q", [q for _, q in API], ids=[i for i, _ in API])
def test_round23_api_question(client: Any, q: dict[str, Any]) -> None:
    got, whole = _api_answer(client, q)
    expect = q["expect"]
    assert got in (expect if isinstance(expect, list) else [expect]), (
        f"question {q['id']}: {got}, expected {expect}"
    )
    bad = _check(whole, q.get("check", {}))
    assert not bad, f"question {q['id']}: " + "; ".join(bad)


def test_the_round_has_questions_through_the_api_and_in_words() -> None:
    qs = [q for p in ROUNDS for g in read_yaml(p)["groups"] for q in g["questions"]]
    assert (
        sum(1 for q in qs if q.get("api")) >= 20
        and sum(1 for q in qs if q["kind"] == "question") >= 20
    )
