"""Round sixteen (ROUND16.md): the review's ``--set`` values, and the proper forms beside the new rules' bad cases
(the bad cases themselves are in tests/fixtures/bad/ and run by tests/test_dataset_check.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.dataset.editing import edit_record

from iccwatch.dataset import check_dataset
from iccwatch.monitor.review import ReviewError, parse_sets

SMALL = Path(__file__).resolve().parents[1] / "fixtures" / "record"


def test_a_set_field_given_twice_is_refused() -> None:
    with pytest.raises(ReviewError, match="given twice"):
        parse_sets(["date=2010-07-21", "date=2011-01-01"])


@pytest.mark.parametrize("forum", ["parliament", "asp", "ASP and UNSC"])
def test_a_forum_the_court_does_not_refer_to_is_refused(forum: str) -> None:
    with pytest.raises(ReviewError, match="one of ASP, UNSC, ASP\\+UNSC, none"):
        parse_sets([f"forum={forum}"])


def test_a_forum_the_court_refers_to_is_kept() -> None:
    assert parse_sets(["forum=ASP+UNSC"]) == {"forum": "ASP+UNSC"}


def _errors(data: Path) -> list[str]:
    return [str(p) for p in check_dataset(data)[1] if p.severity == "error"]


def test_a_renewal_that_follows_its_request_and_a_log_in_order_pass(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(SMALL, data)
    request = {"paragraph": 1, "start": "2002-07-01", "end": "2003-06-30", "covers": "personnel of contributing States"}
    edit_record(data, "instruments/unsc-res-1422-2002.yaml", lambda i: i.update(art16_request=request))
    renewal = (data / "instruments" / "unsc-res-1422-2002.yaml").read_text(encoding="utf-8")
    renewal = renewal.replace("unsc-res-1422-2002", "unsc-res-1487-2003").replace("1422 (2002)", "1487 (2003)") \
        .replace("1422(2002)", "1487(2003)").replace('adopted: "2002-07-12"', 'adopted: "2003-06-12"')
    (data / "instruments" / "unsc-res-1487-2003.yaml").write_text(renewal, encoding="utf-8")
    edit_record(data, "instruments/unsc-res-1487-2003.yaml", lambda i: i["art16_request"].update(
        start="2003-07-01", end="2004-06-30", renews="unsc-res-1422-2002"))
    log = [{"on": "2026-12-01", "route": "court-releases", "detail": "The Court's releases by name."},
           {"on": "2026-12-02", "route": "court-case-pages", "detail": "The case page."}]
    edit_record(data, "warrants/omar-hassan-ahmad-al-bashir-1.yaml",
                lambda w: w["status_history"][1].update(primary_gap="The Court's release was not found.", searched=log))
    assert [e for e in _errors(data) if "art16" in e or "searched" in e] == []
