"""Round seventeen (ROUND17.md): the review's ``--set`` lists and dates, and the proper forms beside the new rules' bad
cases (the bad cases themselves are in tests/fixtures/bad/ and run by tests/test_dataset_check.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.dataset.editing import edit_record

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml
from iccwatch.monitor.review import ReviewError, parse_sets

SMALL = Path(__file__).resolve().parents[1] / "fixtures" / "record"
BASHIR = "omar-hassan-ahmad-al-bashir"
ICC = {"url": "https://www.icc-cpi.int/darfur/albashir", "title": "Al Bashir Case", "publisher": "International Criminal Court", "kind": "primary"}


@pytest.mark.parametrize(("value", "words"), [("TCD,TCD", "TCD given twice"), ("TCD,,JOR", "separated by single commas"),
                                              ("TCD,JOR,", "separated by single commas"), ("", "one or more")])
def test_a_bad_signatory_list_is_refused(value: str, words: str) -> None:
    with pytest.raises(ReviewError, match=words):
        parse_sets([f"signatories={value}"])


def test_a_proper_list_is_kept_and_drafters_may_be_cleared() -> None:
    assert parse_sets(["signatories=TCD, jor", "drafters="]) == {"signatories": ["TCD", "JOR"], "drafters": []}


def test_an_end_before_the_start_is_refused() -> None:
    with pytest.raises(ReviewError, match="before date=2017-03-30"):
        parse_sets(["date=2017-03-30", "end_date=2017-03-29"])
    assert parse_sets(["date=2017-03", "end_date=2017-03-29"]) == {"date": "2017-03", "end_date": "2017-03-29"}


def _errors(data: Path) -> list[str]:
    return [str(p) for p in check_dataset(data)[1] if p.severity == "error"]


def test_the_proper_forms_pass(tmp_path: Path) -> None:
    """A trip's id naming its State by a name state_names.yaml gives it; custody by one State after another's ended on the
    person's other warrant; a copy beside its original."""
    data = tmp_path / "data"
    shutil.copytree(SMALL, data)
    trip = {"id": f"2012-01-01-{BASHIR}-ivory-coast", "date": "2012-01-01", "person": BASHIR, "state": "CIV", "action": "no_arrest",
            "sources": [dict(ICC)]}
    (data / "events" / f"{trip['id']}.yaml").write_text(dump_yaml(trip), encoding="utf-8")
    spell = {"held_by": "SDN", "since": "2019-04-11", "until": "2019-12-31", "ended": "released", "sources": [dict(ICC)]}
    edit_record(data, f"warrants/{BASHIR}-1.yaml", lambda w: w.setdefault("custody", []).append(spell))
    later = {**spell, "held_by": "TCD", "since": "2020-01-01", "until": "2020-06-30"}
    edit_record(data, f"warrants/{BASHIR}-2.yaml", lambda w: w.setdefault("custody", []).append(later))
    copies = [{"url": "https://www.reuters.com/world/a/", "publisher": "Reuters", "kind": "secondary"},
              {"url": "https://www.reuters.com/world/b/", "publisher": "Reuters", "kind": "secondary", "copy_of": "https://www.reuters.com/world/a/"}]
    edit_record(data, f"events/2017-03-29-{BASHIR}-jordan.yaml", lambda e: e["sources"].extend(copies))
    assert _errors(data) == []
