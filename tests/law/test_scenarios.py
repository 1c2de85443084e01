"""Law scenarios written as YAML (facts on a date → expected answer, basis, forum), collected here.

A lawyer adds a scenario by adding a file to tests/law/scenarios/; no Python needed. Every decision in
the record has a scenario (the Court's real outcome); contrasts cover non-parties and the other side
of each rule.

A scenario may state the law on its own facts, as OpenFisca's YAML tests carry their inputs: a
``facts:`` block lists records by kind (``states``, ``situations``, ``persons``, ``warrants``,
``instruments``, ``decisions``, ``positions``, ``requests``) in the record's own YAML shape, and the question is
asked of those facts alone (the real record supplies only its checked-through date). ``sources`` may
be left out (each record then cites the scenario), and a State needs only ``iso3`` and ``name``.
``expect.citations`` must all appear somewhere in the reasoning tree; ``expect.citations_exclude``
must appear nowhere in it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.yaml_io import read_yaml
from iccwatch.facts import Assumption, Facts
from iccwatch.law import party_status
from iccwatch.model import (
    Decision,
    Instrument,
    Person,
    Position,
    Request,
    Situation,
    State,
    Warrant,
)
from iccwatch.service import ask_arrest, ask_obligations

SCENARIOS = sorted((Path(__file__).parent / "scenarios").glob("*.yaml"))
KEYS = {"name", "question", "expect", "assume", "decision", "facts"}
EXPECT_KEYS = {"answer", "basis_includes", "basis_excludes", "forum", "forum_includes", "contested_includes", "contested_excludes", "depends_on_count",
               "situation", "status", "bases_include", "citations", "citations_exclude", "later_held_includes", "doubts_include",
               "missing_include", "party", "until", "since", "doubts_exclude", "reasoning_includes", "reasoning_excludes",
               "state_status", "person_answers", "summary_includes", "situations_exclude", "duties"}
MODELS: dict[str, Any] = {"states": State, "situations": Situation, "persons": Person, "warrants": Warrant,
                          "instruments": Instrument, "decisions": Decision, "positions": Position, "requests": Request}


def scenario_facts(path: Path, block: dict[str, list[dict[str, Any]]], real: Facts) -> Facts:
    """The facts a scenario states, validated by the record's own models."""
    unknown = set(block) - set(MODELS)
    assert not unknown, f"{path.name}: facts: unknown kinds {sorted(unknown)}"
    source = {"url": f"https://iccwatch.invalid/scenario/{path.stem}", "kind": "secondary", "title": "stated by the scenario"}
    records = RecordSet(meta=real.records.meta, lookups=real.records.lookups)
    for kind, items in block.items():
        for i, raw in enumerate(items):
            data = {"sources": [source], **raw}
            if kind == "states":
                data = {"iso2": data["iso3"][:2], "numeric": "999", "name_fr": data["name"], "un_status": "member", **data}
                data["participation"] = [{"sources": [source], **a} for a in data.get("participation", [])]
            if kind == "situations":
                data["deferrals"] = [{"sources": [source], **d} for d in data.get("deferrals", [])]
            if kind == "persons":
                data["offices"] = [{"sources": [source], **o} for o in data.get("offices", [])]
            if kind == "warrants":
                data["status_history"] = [{"sources": [source], **h} for h in data.get("status_history", [])]
                data["admissibility_challenges"] = [{"sources": [source], **c} for c in data.get("admissibility_challenges", [])]
            try:
                obj = MODELS[kind].model_validate(data)
            except Exception as exc:  # pragma: no cover - reported with the file
                raise AssertionError(f"{path.name}: facts.{kind}[{i}]: {exc}") from None
            key = obj.iso3 if kind == "states" else obj.id
            records.of_kind(kind)[key] = obj
    return Facts(records)


def _walk(step: dict[str, Any]) -> list[dict[str, Any]]:
    out = [step]
    for c in step["children"]:
        out += _walk(c)
    return out


def _ask(facts: Facts, q: dict[str, Any]) -> dict[str, Any]:
    on = dt.date.fromisoformat(q["on"])
    if q["kind"] == "arrest":
        return ask_arrest(facts, q["state"], q["person"], on, q.get("presence", "territory"))
    if q["kind"] == "obligations":
        return ask_obligations(facts, q["state"], on)
    if q["kind"] == "party_status":
        ps = party_status(facts, q["state"], on)
        return {"status": ps.status, "party": ps.party, "since": ps.since, "until": ps.until, "doubts": list(ps.doubts),
                "reasoning": ps.step.as_dict()}
    raise AssertionError(f"unknown question kind {q['kind']!r}")


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario(path: Path, facts: Facts) -> None:
    sc = read_yaml(path)
    assert set(sc) <= KEYS, f"{path.name}: unknown keys {set(sc) - KEYS}"
    assert set(sc["expect"]) <= EXPECT_KEYS, f"{path.name}: unknown expectations {set(sc['expect']) - EXPECT_KEYS}"
    if sc.get("facts"):
        facts = scenario_facts(path, sc["facts"], facts)
    if sc.get("assume"):
        facts = facts.with_assumptions([Assumption.parse(a) for a in sc["assume"]])
    got = _ask(facts, sc["question"])
    exp = sc["expect"]
    kind = sc["question"]["kind"]
    tree = got.get("reasoning", {})
    if kind == "obligations":
        by_situation = {s["situation"]: s for s in got["situations"]}
        if "state_status" in exp:
            assert got["status"]["status"] == exp["state_status"], got["status"]["conclusion"]
        for t in exp.get("summary_includes", []):
            assert t in got["summary"], got["summary"]
        for x in exp.get("situations_exclude", []):
            assert x not in by_situation, f"{x} listed: {got['summary']}"
        tree = {"rule": "obligations", "citations": [], "conclusion": "", "facts": [], "children": [got["status"]["reasoning"]]}
        if "situation" in exp:
            assert exp["situation"] in by_situation, f"no duty found in {exp['situation']}: {sorted(by_situation)}"
            doubts = got["doubts"]
            got = by_situation[exp["situation"]]
            assert got["status"] == exp["status"]
            for b in exp.get("bases_include", []):
                assert b in got["bases"]
            if "duties" in exp:
                assert [d["duty"] for d in got["duties"]] == exp["duties"], got["duties"]
            wanted = {p["name"]: p for p in got["persons_to_arrest"]}
            assert len(wanted) == len(got["persons_to_arrest"]), "a person is listed twice"
            if "later_held_includes" in exp:
                assert set(exp["later_held_includes"]) <= {p["id"] for p in got["later_held"]}, got["later_held"]
                assert not set(exp["later_held_includes"]) & {p["id"] for p in got["contested"]}
            if "contested_includes" in exp:
                assert set(exp["contested_includes"]) <= {p["id"] for p in got["contested"]}, [p["id"] for p in got["contested"]]
            if "contested_excludes" in exp:
                assert not set(exp["contested_excludes"]) & {p["id"] for p in got["contested"]}, [p["id"] for p in got["contested"]]
            for name, answer in exp.get("person_answers", {}).items():
                assert name in wanted, f"{name} not among {sorted(wanted)}"
                assert wanted[name]["answer"] == answer, wanted[name]
            tree = {"rule": "obligations", "citations": [], "conclusion": "", "facts": [], "children": [*tree["children"], *got["reasoning"]]}
            got = {**got, "doubts": [*doubts, *got["doubts"]]}
    elif kind == "party_status":
        for k in ("status", "party", "since", "until"):
            if k in exp:
                assert got[k] == exp[k], f"{sc['name']}: {k} is {got[k]!r}: {tree['conclusion']}"
    else:
        assert got["answer"] == exp["answer"], f"{sc['name']}: {tree['conclusion']}"
        for c in exp.get("basis_includes", []):
            assert c in got["basis"], f"{c} not in {got['basis']}"
        for c in exp.get("basis_excludes", []):
            assert c not in got["basis"], f"{c} in {got['basis']}"
        if "contested_includes" in exp:
            assert set(exp["contested_includes"]) <= {p["id"] for p in got["contested"]}, [p["id"] for p in got["contested"]]
        if "contested_excludes" in exp:
            assert not set(exp["contested_excludes"]) & {p["id"] for p in got["contested"]}
        if "later_held_includes" in exp:
            assert set(exp["later_held_includes"]) <= {p["id"] for p in got["later_held"]}, [p["id"] for p in got["later_held"]]
        if "depends_on_count" in exp:
            assert len(got["depends_on"]) == exp["depends_on_count"]
        for m in exp.get("missing_include", []):
            assert any(m in x for x in got["missing_facts"]), got["missing_facts"]
    cited = {c for s in _walk(tree) for c in s["citations"]}
    for c in exp.get("citations", []):
        assert c in cited, f"{sc['name']}: {c} not cited in the reasoning ({sorted(cited)})"
    for c in exp.get("citations_exclude", []):
        assert c not in cited, f"{sc['name']}: {c} is cited in the reasoning"
    for d in exp.get("doubts_include", []):
        assert any(d in x for x in got.get("doubts", [])), got.get("doubts")
    for d in exp.get("doubts_exclude", []):
        assert not any(d in x for x in got.get("doubts", [])), got.get("doubts")
    said = [s["conclusion"] for s in _walk(tree)]
    for t in exp.get("reasoning_includes", []):
        assert any(t in x for x in said), f"{sc['name']}: {t!r} is said nowhere in the reasoning"
    for t in exp.get("reasoning_excludes", []):
        assert not any(t in x for x in said), f"{sc['name']}: {t!r} is said in the reasoning"
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
