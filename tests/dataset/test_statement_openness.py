"""A complete joint statement with few signatories must say whom it was open to (``open_to``): the index reads
a statement without it as open to every State Party and counts every other party as having declined it. The
bad fixture statement-few-signatories-without-open-to is the case caught; these are the cases left alone."""

from __future__ import annotations

from pathlib import Path

from iccwatch.dataset.context_checks import FEW_SIGNATORIES, context_problems
from iccwatch.dataset.loader import load_records
from iccwatch.dataset.yaml_io import dump_yaml


def _statement(data: Path, signatories: list[str], **extra: object) -> None:
    doc = {"id": "js-2023-03-01-group", "title": "Joint statement of a group of States Parties", "date": "2023-03-01",
           "signatories": signatories, "complete": True,
           "sources": [{"url": "https://www.icc-cpi.int/news/fixture-group", "publisher": "International Criminal Court", "kind": "primary"}],
           **extra}
    (data / "statements/js-2023-03-01-group.yaml").write_text(dump_yaml(doc), encoding="utf-8")


def _openness(data: Path) -> list[str]:
    records, problems = load_records(data)
    assert records is not None, problems
    return [p.message for p in context_problems(records) if p.field == "open_to" and p.record == "js-2023-03-01-group"]


def test_a_small_complete_list_is_warned_until_it_says_whom_it_was_open_to(data_copy: Path) -> None:
    _statement(data_copy, ["AUT", "BEL", "DEU"])
    assert _openness(data_copy) and "3 signatories" in _openness(data_copy)[0]
    _statement(data_copy, ["AUT", "BEL", "DEU"], open_to=["AUT", "BEL", "DEU"])  # a group speaking for itself
    assert _openness(data_copy) == []


def test_a_partial_list_or_a_large_one_is_left_alone(data_copy: Path) -> None:
    _statement(data_copy, ["AUT", "BEL"], complete=False)  # partial: the index does not count absence
    assert _openness(data_copy) == []
    states = sorted(p.stem for p in (data_copy / "states").glob("*.yaml"))[:FEW_SIGNATORIES]
    assert len(states) == FEW_SIGNATORIES
    _statement(data_copy, states)
    assert _openness(data_copy) == []
