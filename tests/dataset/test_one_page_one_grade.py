"""One page, one grade (session 35): the bundled record cites each address with one publisher and one grade.

Round 30 (tests/dataset/ROUND30.md) warns where one address is cited as primary in one record and secondary in
another, or with two publishers that cannot be one body's. Session 35 made every record citing such a page agree
(docs/coverage.md, "One page, one grade (session 35)"); these tests keep it so. They read the real record, checked
once per session, and fail on the first address a later edit grades or attributes two ways.
"""

from __future__ import annotations

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet

TWO_GRADES = "a page read that states the fact is primary wherever it is cited for one"
TWO_PUBLISHERS = "one page has one publisher"


def _warned(checked_record: tuple[RecordSet | None, list[Problem]], words: str) -> list[str]:
    return [str(p) for p in checked_record[1] if words in p.message]


def test_no_address_is_graded_primary_in_one_record_and_secondary_in_another(
        checked_record: tuple[RecordSet | None, list[Problem]]) -> None:
    assert not _warned(checked_record, TWO_GRADES)


def test_no_address_has_two_publishers(checked_record: tuple[RecordSet | None, list[Problem]]) -> None:
    assert not _warned(checked_record, TWO_PUBLISHERS)


def test_the_record_still_loads_and_has_no_error(checked_record: tuple[RecordSet | None, list[Problem]]) -> None:
    records, problems = checked_record
    assert records is not None
    assert not [str(p) for p in problems if p.severity == "error"]
