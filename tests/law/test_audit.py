"""The law audit's questions (tests/law/audit/*.yaml): real events and what-ifs, each with the answer the Statute
and the Court's case law give, asked of the record through the same service the CLI and the API use."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from iccwatch.dataset.yaml_io import read_yaml
from iccwatch.facts import Assumption, Facts, UnknownPerson
from iccwatch.service import ask_arrest, ask_obligations, ask_travel

AUDITS = sorted((Path(__file__).parent / "audit").glob("*.yaml"))
QUESTIONS = [(f"{p.stem}-{q['id']}", q) for p in AUDITS for g in read_yaml(p)["groups"] for q in g["questions"]]


def _answer(facts: Facts, q: dict[str, Any]) -> str:
    on = dt.date.fromisoformat(q["on"])
    if q["kind"] == "arrest":
        return ask_arrest(facts, q["state"], q["person"], on)["answer"]
    if q["kind"] == "obligations":
        return ask_obligations(facts, q["state"], on)["status"]["status"]
    travel = ask_travel(facts, q["person"], on)
    if "state" in q:
        return next(r["answer"] for r in travel["states"] if r["iso3"] == q["state"])
    return travel["warrant"]["outstanding"]


@pytest.mark.parametrize("q", [q for _, q in QUESTIONS], ids=[i for i, _ in QUESTIONS])
def test_audit_question(facts: Facts, q: dict[str, Any]) -> None:
    expect = q["expect"]
    if isinstance(expect, str) and expect.startswith("ERROR"):
        with pytest.raises(UnknownPerson):
            f = facts.with_assumptions([Assumption.parse(a) for a in q.get("assume", [])])
            _answer(f, q)
        return
    f = facts.with_assumptions([Assumption.parse(a) for a in q.get("assume", [])]) if q.get("assume") else facts
    got = _answer(f, q)
    assert got in (expect if isinstance(expect, list) else [expect]), f"question {q['id']}: {got}, expected {expect}"


def test_the_audit_is_not_empty() -> None:
    assert len(QUESTIONS) >= 60
