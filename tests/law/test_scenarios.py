"""Law scenarios written as YAML (facts on a date → expected answer, basis, forum), collected here.

A lawyer adds a scenario by adding a file to tests/law/scenarios/; no Python needed. Every decision in
the record has a scenario (the Court's real outcome); contrasts cover non-parties.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from iccwatch.dataset.yaml_io import read_yaml
from iccwatch.facts import Assumption, Facts
from iccwatch.service import ask_arrest, ask_obligations

SCENARIOS = sorted((Path(__file__).parent / "scenarios").glob("*.yaml"))
KEYS = {"name", "question", "expect", "assume", "decision"}
EXPECT_KEYS = {"answer", "basis_includes", "forum", "forum_includes", "contested_includes", "depends_on_count",
               "situation", "status", "bases_include"}


def _ask(facts: Facts, q: dict[str, Any]) -> dict[str, Any]:
    on = dt.date.fromisoformat(q["on"])
    if q["kind"] == "arrest":
        return ask_arrest(facts, q["state"], q["person"], on)
    if q["kind"] == "obligations":
        return ask_obligations(facts, q["state"], on)
    raise AssertionError(f"unknown question kind {q['kind']!r}")


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario(path: Path, facts: Facts) -> None:
    sc = read_yaml(path)
    assert set(sc) <= KEYS, f"{path.name}: unknown keys {set(sc) - KEYS}"
    assert set(sc["expect"]) <= EXPECT_KEYS, f"{path.name}: unknown expectations {set(sc['expect']) - EXPECT_KEYS}"
    if sc.get("assume"):
        facts = facts.with_assumptions([Assumption.parse(a) for a in sc["assume"]])
    got = _ask(facts, sc["question"])
    exp = sc["expect"]
    if sc["question"]["kind"] == "obligations":
        by_situation = {s["situation"]: s for s in got["situations"]}
        assert exp["situation"] in by_situation, f"no duty found in {exp['situation']}: {sorted(by_situation)}"
        got = by_situation[exp["situation"]]
        assert got["status"] == exp["status"]
        for b in exp.get("bases_include", []):
            assert b in got["bases"]
    else:
        assert got["answer"] == exp["answer"], f"{sc['name']}: {got['reasoning']['conclusion']}"
        for c in exp.get("basis_includes", []):
            assert c in got["basis"], f"{c} not in {got['basis']}"
        if "contested_includes" in exp:
            assert set(exp["contested_includes"]) <= {p["id"] for p in got["contested"]}
        if "depends_on_count" in exp:
            assert len(got["depends_on"]) == exp["depends_on_count"]
    if "forum" in exp:
        assert got["forum"] == exp["forum"]
    if "forum_includes" in exp:
        assert set(exp["forum_includes"].split("+")) <= set(got["forum"].split("+")), f"forum {got['forum']} lacks {exp['forum_includes']}"


def test_every_decision_has_a_scenario(facts: Facts) -> None:
    # Every decision on a State's cooperation (kind non_compliance: findings, informing decisions, their
    # appeals) is a duty the engine must reproduce; other rulings (confirmation of charges, sentences,
    # leave to appeal ...) decide no State's duty and have no scenario.
    covered = {read_yaml(p).get("decision") for p in SCENARIOS}
    on_cooperation = {k for k, d in facts.records.decisions.items() if d.kind == "non_compliance"}
    assert on_cooperation, "the record holds decisions on cooperation"
    assert on_cooperation <= covered, sorted(on_cooperation - covered)
