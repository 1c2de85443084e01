"""A warrant status inferred rather than stated by its sources (``inferred:`` on a status entry): the model, the
checker's rule for ``at_large``, the law's reading (unchanged) and what the views show (docs/data-format.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from iccwatch import service
from iccwatch.cli import app
from iccwatch.dataset.sources_policy import _status_basis
from iccwatch.facts import Facts
from iccwatch.law.warrants import warrant_status
from iccwatch.model import StatusChange, Warrant

SRC = {"url": "https://www.icc-cpi.int/news/x", "kind": "primary"}


def _warrant(*entries: dict[str, Any]) -> Warrant:
    return Warrant.model_validate({"id": "a-b-1", "person": "a-b", "situation": "s", "kind": "arrest_warrant",
                                   "issued": "2020-01-02", "sources": [SRC], "status_history": list(entries)})


def _at_large(**extra: Any) -> dict[str, Any]:
    return {"status": "at_large", "date": "2020-01-02", "sources": [extra.pop("source", SRC)], **extra}


def test_blank_reason_is_refused() -> None:
    with pytest.raises(ValidationError, match="inferred"):
        StatusChange.model_validate({"status": "at_large", "inferred": "  ", "sources": [SRC]})


def test_at_large_neither_stated_nor_inferred_is_an_error_naming_the_entry() -> None:
    w = _warrant({"status": "issued", "date": "2020-01-02", "sources": [SRC]}, _at_large())
    problems = list(_status_basis("data/warrants/a-b-1.yaml", "a-b-1", w))
    assert [(p.file, p.record, p.field, p.severity) for p in problems] == \
        [("data/warrants/a-b-1.yaml", "a-b-1", "status_history[1].sources", "error")]
    assert "inferred" in problems[0].message and "pinpoint" in problems[0].message


def test_at_large_marked_inferred_passes() -> None:
    w = _warrant(_at_large(inferred="a public warrant, no arrest recorded"))
    assert list(_status_basis("f", "a-b-1", w)) == []


def test_at_large_with_a_pinpoint_passes() -> None:
    w = _warrant(_at_large(source={**SRC, "pinpoint": '"The suspect is still at large."'}))
    assert list(_status_basis("f", "a-b-1", w)) == []


def test_other_statuses_need_neither() -> None:
    w = _warrant({"status": "issued", "date": "2020-01-02", "sources": [SRC]},
                 {"status": "surrendered", "date": "2020-02-03", "sources": [SRC]})
    assert list(_status_basis("f", "a-b-1", w)) == []


def _inferred(facts: Facts) -> list[Warrant]:
    return [w for w in facts.records.warrants.values() if any(h.inferred for h in w.status_history)]


def test_the_record_marks_some_at_large_inferred_and_states_others(facts: Facts) -> None:
    at_large = [h for w in facts.records.warrants.values() for h in w.status_history if h.status == "at_large"]
    assert any(h.inferred for h in at_large) and any(not h.inferred for h in at_large)
    assert all(h.inferred or any(s.pinpoint for s in h.sources) for h in at_large)


def _stripped(facts: Facts) -> Facts:
    warrants = {k: w.model_copy(update={"status_history": [h.model_copy(update={"inferred": None}) for h in w.status_history]})
                for k, w in facts.records.warrants.items()}
    return Facts(replace(facts.records, warrants=warrants))


def _answer(facts: Facts, person: str, on: dt.date) -> tuple[Any, ...]:
    ws = warrant_status(facts, facts.person(person), on)
    return ([w.id for w in ws.outstanding], [w.id for w in ws.uncertain], ws.missing, ws.doubts, ws.duty_missing,
            ws.issue_spans, ws.step.as_dict())


def test_the_law_reads_an_inferred_status_as_before(facts: Facts) -> None:
    plain = _stripped(facts)
    persons = sorted({w.person for w in _inferred(facts)})
    assert persons
    for person in persons:
        for on in (dt.date(2012, 6, 1), dt.date(2024, 12, 1), facts.checked_through):
            assert _answer(facts, person, on) == _answer(plain, person, on), (person, on)


def test_the_person_view_says_which_status_is_inferred(facts: Facts) -> None:
    seen = {True: 0, False: 0}
    for w in facts.records.warrants.values():
        latest = w.status_history[-1] if w.status_history else None
        if latest is None or latest.status != "at_large":
            continue
        view = service.person_view(facts, w.person)
        row = next(x for x in view["warrants"] if x["id"] == w.id)
        assert row.get("status_inferred") == latest.inferred
        entry = row["status_history"][-1]
        assert (entry.get("basis") == f"inferred: {latest.inferred}") if latest.inferred else "basis" not in entry
        seen[bool(latest.inferred)] += 1
    assert seen[True] and seen[False]


def test_the_cli_shows_inferred_beside_the_status(db_url: str, facts: Facts) -> None:
    w = next(w for w in _inferred(facts) if w.status_history[-1].inferred)
    name = facts.records.persons[w.person].name
    out = CliRunner().invoke(app, ["person", name, "--db", db_url]).output
    assert "(inferred)" in out and "not stated by its sources" in out
