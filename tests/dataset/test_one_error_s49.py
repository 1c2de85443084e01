"""An act dated before its instrument was adopted is one error, not two (task rely34, session 49; docs/data-format.md,
"One error for an act before the Statute's adoption (session 49)"). A signature, ratification or declaration under the
Rome Statute dated before 1998-07-17 was reported by ``checks._state_acts`` (the Statute's own rule) and again by
``integrity_checks``' rule for any instrument, in two wordings; the Statute's own rule stays (it names the Statute and
checks against ``model.rome_statute.ADOPTED`` even where the instruments folder does not hold the Statute), the general
rule keeps every other instrument."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import read_yaml

TESTS = Path(__file__).resolve().parent.parent
BAD = TESTS / "fixtures" / "bad"
SMALL = TESTS / "fixtures" / "record"


@pytest.mark.parametrize("case, words", [
    ("ratification-before-the-statute", "before the Statute was adopted on 1998-07-17"),
    ("declaration-before-the-statute", "before the Statute was adopted on 1998-07-17"),
    # controls: acts under other instruments keep the general rule's one error, in its words
    ("kampala-before-adoption", "before kampala-aggression was adopted on 2010-06-11"),
    ("apic-before-adoption", "before apic was adopted on 2002-09-09"),
])
def test_an_act_before_its_instruments_adoption_is_one_error(case: str, words: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(SMALL, data)
    for item in sorted((BAD / case).rglob("*")):
        rel = item.relative_to(BAD / case)
        if item.is_file() and rel != Path("expected.yaml"):
            (data / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(item, data / rel)
    expected = read_yaml(BAD / case / "expected.yaml")
    _, problems = check_dataset(data)
    here = [p for p in problems if p.file == expected["file"] and p.record == expected["record"]
            and p.field == expected["field"] and "adopted" in p.message]
    assert len(here) == 1, "\n".join(map(str, here))
    assert words in here[0].message and here[0].severity == "error", here[0]
