"""The README's table of what the record holds gives each kind's count; the counts follow the bundled record (they
had drifted by three to five records in four kinds when session 24 found them)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from iccwatch.facts import Facts

README = Path(__file__).resolve().parents[1] / "README.md"

#: The README's words after each count, and the kind of record counted.
COUNTED = [
    (r"(\d+) States \(", "states"),
    (r"(\d+) situations", "situations"),
    (r"(\d+) persons with offices", "persons"),
    (r"(\d+) non-compliance findings and other rulings", "decisions"),
    (r"(\d+) trips, arrests and surrenders", "events"),
    (r"(\d+) joint statements", "statements"),
    (r"(\d+) measures", "measures"),
    (r"(\d+) responses of the Assembly", "responses"),
    (r"(\d+) legal positions", "positions"),
]


@pytest.mark.parametrize(("words", "kind"), COUNTED, ids=[k for _, k in COUNTED])
def test_the_readme_counts_what_the_record_holds(facts: Facts, words: str, kind: str) -> None:
    found = re.findall(words, README.read_text(encoding="utf-8"))
    assert len(found) == 1, f"README.md: {words!r} found {len(found)} times"
    assert int(found[0]) == len(getattr(facts.records, kind)), f"README.md says {found[0]} {kind}"


def test_the_readme_counts_statements_against_the_court(facts: Facts) -> None:
    found = re.findall(r"(\d+) against the Court\)", README.read_text(encoding="utf-8"))
    assert found == [str(sum(1 for s in facts.records.statements.values() if s.stance == "against"))]
