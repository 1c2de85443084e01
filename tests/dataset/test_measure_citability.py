"""A measure that cites no primary source must say in primary_gap what was searched (a warning). The bad
fixture measure-without-primary-or-gap is the case caught; these are the cases left alone."""

from __future__ import annotations

from pathlib import Path

from iccwatch.dataset.coverage_checks import coverage_problems
from iccwatch.dataset.loader import load_records
from iccwatch.dataset.yaml_io import dump_yaml

KEY = "aut-2003-01-01-implementing-legislation-contrast"


def _measure(data: Path, **extra: object) -> list[str]:
    doc = {"id": KEY, "state": "AUT", "kind": "implementing_legislation", "title": "A law implementing the Rome Statute",
           "date": "2003-01-01", "summary": "Implements the Statute.",
           "sources": [{"url": "https://www.icc-cpi.int/news/contrast-law", "publisher": "International Criminal Court", "kind": "secondary"}],
           **extra}
    (data / "measures").mkdir(exist_ok=True)
    (data / f"measures/{KEY}.yaml").write_text(dump_yaml(doc), encoding="utf-8")
    records, problems = load_records(data)
    assert records is not None and not problems, problems
    return [p.message for p in coverage_problems(records) if p.record == KEY]


def test_a_measure_with_no_primary_is_warned_until_it_says_what_was_searched(data_copy: Path) -> None:
    assert any("no primary source and no primary_gap" in m for m in _measure(data_copy))
    assert _measure(data_copy, primary_gap="the gazette text was not found in the stored material (searched 2026-12-02)") == []


def test_a_measure_citing_its_own_text_as_primary_is_left_alone(data_copy: Path) -> None:
    primary = {"url": "https://www.ris.bka.gv.at/fixture-law", "publisher": "Austrian Federal Legal Information System", "kind": "primary"}
    assert _measure(data_copy, sources=[primary]) == []
