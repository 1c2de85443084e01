"""Round sixteen (ROUND16.md): the review's ``--set`` values, and the proper forms beside the new rules' bad cases
(the bad cases themselves are in tests/fixtures/bad/ and run by tests/test_dataset_check.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.dataset.editing import edit_record

from iccwatch.dataset import check_dataset
from iccwatch.facts import Assumption, AssumptionError, Facts
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


# --- what-if assumptions (``--assume``, ``assume=``): the API answered 500 for a year beyond the calendar, and three
# kinds were taken without a word (ROUND16.md, the paths)


@pytest.fixture(scope="module")
def small_facts() -> Facts:
    records, problems = check_dataset(SMALL)
    assert records is not None and not [p for p in problems if p.severity == "error"]
    return Facts(records)


@pytest.mark.parametrize("text", ["TCD withdrawal_notified 9999-12-31", "TCD ratification 1799-12-31", "custody joseph-kony 9001-01-01"])
def test_an_assumed_date_outside_the_records_years_is_refused(text: str) -> None:
    with pytest.raises(AssumptionError, match="outside the years the record reads"):
        Assumption.parse(text)


def test_an_assumed_art16_deferral_over_twelve_months_is_refused() -> None:
    with pytest.raises(AssumptionError, match="longer than the twelve months"):
        Assumption.parse("art16 deferral darfur-sudan 2010-01-01 2015-01-01")
    assert Assumption.parse("art16 deferral darfur-sudan 2010-01-01 2010-12-31").end == "2010-12-31"


def test_one_act_assumed_twice_is_refused(small_facts: Facts) -> None:
    twice = [Assumption.parse("TCD withdrawal_notified 2009-01-01"), Assumption.parse("TCD withdrawal_notified 2009-06-01")]
    with pytest.raises(AssumptionError, match="assumed twice"):
        small_facts.with_assumptions(twice)


def test_an_assumed_withdrawal_effect_needs_a_notification(small_facts: Facts) -> None:
    with pytest.raises(AssumptionError, match=r"Art\. 127\(1\)"):
        small_facts.with_assumptions([Assumption.parse("TCD withdrawal_effective 2010-01-01")])
    # where the record holds the notification, its effect may be assumed (on another day than the derived one)
    small_facts.with_assumptions([Assumption.parse("BDI withdrawal_effective 2017-10-28")])
    both = [Assumption.parse("TCD withdrawal_effective 2010-01-01"), Assumption.parse("TCD withdrawal_notified 2009-01-01")]
    acts = {(p.action, p.date) for p in small_facts.with_assumptions(both).records.states["TCD"].participation}
    # given in either order, the assumed effect is kept (a notification applied after it used to drop it)
    assert {("withdrawal_notified", "2009-01-01"), ("withdrawal_effective", "2010-01-01")} <= acts
