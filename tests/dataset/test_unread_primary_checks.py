"""A primary source whose own note says it was not read (``dataset/unread_primary_checks.py``): the notes the rule
must catch and the ones it must leave alone, beside the bad fixture it must catch
(``tests/fixtures/bad/primary-said-not-read``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.dataset.editing import edit_record as _edit

from iccwatch.dataset.loader import load_records
from iccwatch.dataset.unread_primary_checks import says_unread, unread_primary_problems

DECISION = "decisions/2010-08-27-chad.yaml"


def _found(data: Path) -> list[str]:
    records, problems = load_records(data)
    assert records is not None, problems
    return [f"{p.file} {p.record} {p.field} {p.severity}" for p in unread_primary_problems(records)]


def _note_first_source(data: Path, note: str, kind: str = "primary") -> None:
    def change(d: dict) -> None:
        d["sources"][0]["note"] = note
        d["sources"][0]["kind"] = kind
    _edit(data, DECISION, change)


@pytest.mark.parametrize("note", [
    "not read",
    "the page could not be read in the stored material",
    "not found at this address (searched 2026-12-02)",
    "stored only as its header",
    "not in the stored material",
    "the release has not yet been read",
    "unread: cited from the Court's list",
])
def test_a_note_saying_the_page_was_not_read_is_caught(note: str) -> None:
    assert says_unread(note)


@pytest.mark.parametrize("note", [
    "read in the stored copy on 2026-12-02",
    # the policy's exception: an official text read in a licensed reproduction, the note saying where
    "the Court's PDF is not in the stored material; the article was read in a licensed reproduction",
    "read in the stored copy as far as the pinpoint; the four later States could not be read there",
    "names the 39 referring States Parties",
    "a readable scan of the gazette",
])
def test_a_note_saying_where_it_was_read_or_not_speaking_of_reading_is_left_alone(note: str) -> None:
    assert not says_unread(note)


def test_the_small_record_has_none(data_copy: Path) -> None:
    assert _found(data_copy) == []


def test_a_primary_said_not_found_is_a_warning_on_its_kind(data_copy: Path) -> None:
    _note_first_source(data_copy, "not found at this address in the stored material (searched 2026-12-02)")
    assert _found(data_copy) == [f"data/{DECISION} 2010-08-27-chad sources[0].kind warning"]


def test_the_same_note_on_a_secondary_source_is_left_alone(data_copy: Path) -> None:
    _note_first_source(data_copy, "not found at this address in the stored material (searched 2026-12-02)", "secondary")
    assert _found(data_copy) == []


def test_the_facts_own_note_about_another_document_is_left_alone(data_copy: Path) -> None:
    _edit(data_copy, DECISION, lambda d: d.update(note="the Chamber's decision itself was not found in the stored material"))
    assert _found(data_copy) == []
