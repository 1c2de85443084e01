"""The law audit's questions (tests/law/audit/*.yaml): real events and what-ifs, each with the answer the Statute
and the Court's case law give, asked of the record through the same service the CLI and the API use.

A question may also carry ``check:`` (what the answer must show besides its answer: its basis, forum, the
citations of its whole reasoning tree, the holdings that stood on the date and those held later, its doubts, a
travel category, the coverage notice, the duties listed, the rules of the reasoning steps, the words of the steps'
conclusions, the exact set of bodies of the forum, and who holds a listed position and from when) and ``record_fault:`` (the record, not the engine, is wrong for it: the
expected answer is the true one, and the question is an expected failure until the record is mended).

A question of kind ``question`` is typed in words (``text``), read as ``ask question`` reads it with ``on`` as the
day it is asked (today, for words such as 'last year'), then answered as the kind it was read as; ``read:`` is
what the reading must find (kind, state, person, on, and ``region``: the name of the region it read, whose States
are then answered one by one, checked by ``region_answers`` and ``region_count``, and ``custody``: the record's arrests and
surrenders of the person a question asking who did lists, each 'STATE YYYY-MM-DD action', round 37; and ``list_of``: the
list a count or list question asks for, answered by its count, ``states_listed`` checking the States it lists, session
33; ``list_changes``: a period's changes of the list, round 41; kind ``record``: the record's answer in the read, its
``asks`` (statement, measures, referrals) and ``forum``, ``records_include`` checking the entries it lists, round 44)
and kind ``each``: two States or persons named together, round 51, whose
``expect`` maps each State's code or person's id to its answer) and an error answer
may give ``said:``, words its message must hold. An ``obligations`` question may name a ``situation``: its answer is then that situation's status,
and its checks apply to that situation's row (basis, forum, duties)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from iccwatch.dataset.yaml_io import read_yaml
from iccwatch.facts import Assumption, Facts, UnknownPerson, UnknownState
from iccwatch.service import ask_arrest, ask_obligations, ask_travel
from iccwatch.service.inputs import parse_day
from iccwatch.service.question import QuestionError, read_question

AUDITS = sorted((Path(__file__).parent / "audit").glob("*.yaml"))
QUESTIONS = [(f"{p.stem}-{q['id']}", q) for p in AUDITS for g in read_yaml(p)["groups"] for q in g["questions"]]
ERRORS: dict[str, type[Exception]] = {"UnknownPerson": UnknownPerson, "UnknownState": UnknownState, "ValueError": ValueError,
                                      "QuestionError": QuestionError}


def _ask(facts: Facts, q: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The answer and the whole answer it comes from (the determination, the status, the travel row)."""
    on = parse_day(str(q["on"]))
    if q["kind"] == "question":
        read = read_question(facts, q["text"], today=on)
        got = {**read, "region": (read.get("region") or {}).get("name"),
               "custody": None if read.get("custody") is None else [f"{c['state']} {c['on']} {c['action']}" for c in read["custody"]]}
        bad = [f"read {k} {got.get(k)!r}, not {v!r}" for k, v in q.get("read", {}).items() if got.get(k) != v]
        assert not bad, f"question {q['id']}: " + "; ".join(bad)
        if read["kind"] == "each":  # round 51: two States or persons named together: each one's answer, by its code or id
            # round 52: each pair of a State and a person ('Must France and Germany arrest Putin and Netanyahu?'), 'ISO3 person'
            rows = {(r["state"] if read["each_of"] == "states" else r["person"] if read["each_of"] == "persons"
                     else f"{r['state']} {r['person']}"):
                    _ask(facts, {"kind": "question", "text": r["asked_apart"], "on": q["on"]})[0] for r in read["each"]}
            return rows, {"kind": "each", "each_of": read["each_of"], "each": read["each"], "each_answers": rows}
        if read["kind"] == "states":  # a count or a list (session 33): the count, and the read holds the list
            return read["count"], read
        if read["kind"] == "record":  # round 44: the record's answer (a statement, measures, referrals) in the read
            return read["answer"], read
        asked = {k: v for k, v in q.items() if k not in ("text", "read")}
        if read.get("assume"):  # session 45: a withdrawal the question supposes, applied as --assume applies it
            facts = facts.with_assumptions([Assumption.parse(a) for a in read["assume"]])
        answer, whole = _ask(facts, {**asked, "kind": read["kind"], "state": read["state"], "person": read["person"], "on": read["on"],
                                     "presence": read.get("presence", "territory")})
        if read.get("region"):  # a region: its States' answers, one by one
            members = set(read["region"]["states"])
            rows = {r["iso3"]: r["answer"] for r in whole.get("states", []) if r["iso3"] in members}
            whole = {**whole, "region_answers": rows, "region_states": sorted(members)}
        return answer, whole
    if q["kind"] == "arrest":
        d = ask_arrest(facts, q["state"], q["person"], on, q.get("presence", "territory"))
        return d["answer"], d
    if q["kind"] == "obligations":
        d = ask_obligations(facts, q["state"], on)
        if q.get("situation"):
            row = next((r for r in d["situations"] if r["situation"] == q["situation"]), None)
            return (row["status"], row) if row else ("not_bound", d)
        return d["status"]["status"], d
    travel = ask_travel(facts, q["person"], on)
    if q.get("state"):
        row = next(r for r in travel["states"] if r["iso3"] == q["state"])
        # a flight over the State (round 20): the category of its own the map gives an overflight
        return (row["overflight_category"] if q.get("presence") == "airspace" else row["answer"]), {**travel, **row}
    return travel["warrant"]["outstanding"], travel


def _tree_citations(step: dict[str, Any]) -> set[str]:
    out = set(step.get("citations", []))
    for child in step.get("children", []):
        out |= _tree_citations(child)
    return out


def _tree_rules(step: dict[str, Any]) -> set[str]:
    return {step.get("rule", ""), *(r for child in step.get("children", []) for r in _tree_rules(child))}


def _tree_text(step: dict[str, Any]) -> str:
    return "\n".join([step.get("conclusion", ""), *(_tree_text(child) for child in step.get("children", []))])


def _detail(d: dict[str, Any], key: str, want: dict[str, list[str]]) -> list[str]:
    """``contested_detail`` / ``later_held_detail``: for each listed position (by id), words of who holds it and its date."""
    bad = []
    k = key.split("_detail")[0]
    listed = {p.get("id"): p for p in d.get(k, [])}
    for pid, (held_by, date) in want.items():
        p = listed.get(pid)
        if p is None:
            bad.append(f"{k} lacks {pid}")
            continue
        if held_by not in (p.get("held_by") or ""):
            bad.append(f"{k} {pid} held by {p.get('held_by')!r}, not {held_by!r}")
        if str(p.get("date")) != str(date):
            bad.append(f"{k} {pid} dated {p.get('date')}, not {date}")
    return bad


def _check(d: dict[str, Any], check: dict[str, Any]) -> list[str]:
    """What the answer fails of its ``check:`` block, one line each."""
    bad = []
    cited = set(d.get("basis", [])) | {c["citation"] for c in d.get("citations", [])}
    for tree in d["reasoning"] if isinstance(d.get("reasoning"), list) else [d["reasoning"]] if "reasoning" in d else []:
        cited |= _tree_citations(tree)
    ids = {k: {p.get("id") for p in d.get(k, [])} | {p.get("record_number") for p in d.get(k, [])} for k in ("contested", "later_held")}
    issues = {p.get("issue") for p in d.get("contested", [])}
    warrant = d.get("warrant") if isinstance(d.get("warrant"), dict) else {}
    doubts = " | ".join([*d.get("doubts", []), *warrant.get("doubts", [])])
    status = d.get("status") if isinstance(d.get("status"), dict) else {}
    trees = [t for t in (d.get("reasoning"), status.get("reasoning")) if isinstance(t, dict)]
    rules = {r for t in trees for r in _tree_rules(t)}
    text = "\n".join(_tree_text(t) for t in [*trees, *(d["reasoning"] if isinstance(d.get("reasoning"), list) else [])])
    for key, want in check.items():
        if key == "basis_includes":
            bad += [f"basis lacks {w}" for w in want if w not in d["basis"]]
        elif key == "basis_excludes":
            bad += [f"basis has {w}" for w in want if w in d["basis"]]
        elif key == "citations_include":
            bad += [f"no citation of {w}" for w in want if not any(w in c for c in cited)]
        elif key == "citations_exclude":
            bad += [f"cites {c}" for w in want for c in cited if w in c]
        elif key in ("contested_includes", "later_held_includes"):
            k = key.split("_includes")[0]
            bad += [f"{k} lacks {w}" for w in want if w not in ids[k]]
        elif key in ("contested_excludes", "later_held_excludes"):
            k = key.split("_excludes")[0]
            bad += [f"{k} has {w}" for w in want if w in ids[k]]
        elif key == "contested_issues_exclude":
            bad += [f"contested on {w}" for w in want if w in issues]
        elif key == "contested_issues_include":
            bad += [f"not contested on {w}" for w in want if w not in issues]
        elif key == "forum":
            bad += [] if d["forum"] == want else [f"forum {d['forum']}, not {want}"]
        elif key == "forum_bodies":
            bad += [] if set(d["forum_bodies"]) == set(want) else [f"forum bodies {sorted(d['forum_bodies'])}, not {sorted(want)}"]
        elif key == "reasoning_includes":
            bad += [f"no reasoning step says {w!r}" for w in want if w.lower() not in text.lower()]
        elif key == "reasoning_excludes":
            bad += [f"a reasoning step says {w!r}" for w in want if w.lower() in text.lower()]
        elif key in ("contested_detail", "later_held_detail"):
            bad += _detail(d, key, want)
        elif key == "forum_includes":
            bad += [f"forum lacks {w}" for w in want if w not in d["forum_bodies"]]
        elif key == "doubts_include":
            bad += [f"no doubt mentions {w!r}" for w in want if w not in doubts]
        elif key == "doubts_exclude":
            bad += [f"a doubt mentions {w!r}" for w in want if w in doubts]
        elif key == "rules_include":
            bad += [f"no reasoning step {w}" for w in want if w not in rules]
        elif key == "rules_exclude":
            bad += [f"a reasoning step {w}" for w in want if w in rules]
        elif key == "category":
            bad += [] if d["category"] == want else [f"category {d['category']}, not {want}"]
        elif key == "duties_include":
            bad += [f"duties lack {w}" for w in want if w not in {x["duty"] for x in d.get("duties", [])}]
        elif key == "region_answers":
            got_rows = d.get("region_answers", {})
            bad += [f"{iso3}: {got_rows.get(iso3)}, not {a}" for iso3, a in want.items() if got_rows.get(iso3) != a]
        elif key == "region_count":
            bad += [] if len(d.get("region_states", [])) == want else [f"{len(d.get('region_states', []))} States in the region, not {want}"]
        elif key == "states_listed":  # the States a count or list question lists, exactly (session 33)
            listed = sorted(r["iso3"] for r in d.get("states_listed", []))
            bad += [] if listed == sorted(want) else [f"lists {listed}, not {sorted(want)}"]
        elif key == "records_include":  # the record's entries a record answer lists (round 44), by id
            listed = {r["id"] for r in d.get("records") or []}
            bad += [f"lists no record {w}" for w in want if w not in listed]
        elif key == "fields":  # fields of the answer itself, each exactly (round 46: the index's rank, interval, year)
            bad += [f"{k} {d.get(k)!r}, not {v!r}" for k, v in want.items() if d.get(k) != v]
        elif key == "coverage_notice":
            bad += [] if bool(d.get("coverage_notice")) == want else [f"coverage notice {'missing' if want else 'shown'}"]
        elif key == "list_changes":  # the changes of a list over a period, 'ISO3 YYYY-MM-DD joined|left' (round 41)
            changes = [f"{c['iso3']} {c['on']} {c['change']}" for c in d.get("list_changes") or []]
            bad += [] if changes == list(want) else [f"changes {changes}, not {list(want)}"]
        else:
            raise AssertionError(f"unknown check {key!r}")
    return bad


def _question(q: dict[str, Any]) -> Any:
    if q.get("record_fault"):
        return pytest.param(q, marks=pytest.mark.xfail(strict=True, reason=f"record fault: {q['record_fault']}"))
    return q


@pytest.mark.parametrize("q", [_question(q) for _, q in QUESTIONS], ids=[i for i, _ in QUESTIONS])
def test_audit_question(facts: Facts, q: dict[str, Any]) -> None:
    expect = q["expect"]
    if isinstance(expect, str) and expect.startswith("ERROR"):
        with pytest.raises(ERRORS[expect.split()[1]]) as info:
            f = facts.with_assumptions([Assumption.parse(a) for a in q.get("assume", [])])
            _ask(f, q)
        assert all(w in str(info.value) for w in q.get("said", [])), f"question {q['id']}: {info.value}"
        return
    f = facts.with_assumptions([Assumption.parse(a) for a in q.get("assume", [])]) if q.get("assume") else facts
    got, whole = _ask(f, q)
    assert got in (expect if isinstance(expect, list) else [expect]), f"question {q['id']}: {got}, expected {expect}"
    bad = _check(whole, q.get("check", {}))
    assert not bad, f"question {q['id']}: " + "; ".join(bad)


def test_the_reasoning_checks_can_fail() -> None:
    """The checks on what an answer says (round 17) report what is missing, not only what is there."""
    step = {"rule": "root", "citations": ["RS art 89(1)"], "conclusion": "X must arrest and surrender Y",
            "children": [{"rule": "personal_immunity", "citations": ["RS art 27(2)"], "conclusion": "immunity is not in dispute"}]}
    held = {"id": "p1", "held_by": "Government of Testland", "date": "2024-11-22"}
    d = {"basis": ["RS art 86"], "forum": "ASP+UNSC", "forum_bodies": ["ASP", "UNSC"], "reasoning": step,
         "contested": [held], "later_held": []}
    assert not _check(d, {"reasoning_includes": ["NOT in dispute"], "forum_bodies": ["UNSC", "ASP"],
                          "contested_detail": {"p1": ["Testland", "2024-11-22"]}, "reasoning_excludes": ["later held"]})
    assert _check(d, {"reasoning_includes": ["later held"]}) == ["no reasoning step says 'later held'"]
    assert _check(d, {"reasoning_excludes": ["must arrest"]}) == ["a reasoning step says 'must arrest'"]
    assert _check(d, {"forum_bodies": ["ASP"]}) == ["forum bodies ['ASP', 'UNSC'], not ['ASP']"]
    assert _check(d, {"contested_detail": {"p1": ["Hungary", "2024-11-22"]}}) == [
        "contested p1 held by 'Government of Testland', not 'Hungary'"]
    assert _check(d, {"contested_detail": {"p1": ["Testland", "2024-11"]}}) == ["contested p1 dated 2024-11-22, not 2024-11"]
    assert _check(d, {"later_held_detail": {"p1": ["Testland", "2024-11-22"]}}) == ["later_held lacks p1"]


def test_the_audit_is_not_empty() -> None:
    assert len(QUESTIONS) >= 60
