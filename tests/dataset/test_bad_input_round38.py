"""Round thirty-eight of the bad input (tests/dataset/ROUND38.md): a record's files as files, a source's read date
against its own date and today, a content farm or mirror cited as primary, one address twice in one fact's sources,
records against one another. Each case of the sweep must be refused naming the file, the record and (where the case
gives one) the field; a legitimate one must pass. Then the two rules the sweep found missing, each with controls."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.dataset import round38_sweep as sweep
from tests.dataset.sweep_runner import assert_refused, sweep_cases

from iccwatch.dataset import check_dataset
from iccwatch.dataset.read_notes import read_days

#: Cases warned about rather than refused, and cases the checker does not see: none.
WARNED: dict[str, str] = {}
LEFT: dict[str, str] = {}

REPO = Path(__file__).resolve().parents[2]
DECISION = "decisions/2010-08-27-chad.yaml"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sweep.base_copy(tmp_path_factory.mktemp("round38") / "data")


CASES: list[sweep.Case] = sweep_cases(sweep.base_copy, sweep.cases)


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_a_file_a_read_date_a_source_kind_or_a_record_against_another_is_refused(base: Path, c: sweep.Case) -> None:
    assert_refused(sweep.outcome, c, base, WARNED, LEFT)


def test_the_sweep_covers_every_group_and_the_base_passes(base: Path) -> None:
    assert {c.group for c in CASES} == {sweep.FILES, sweep.SOURCES, sweep.CROSS}
    assert len({c.files[0].split("/")[0] for c in CASES if c.group == sweep.FILES}) == 12
    assert len({c.files[0] for c in CASES if c.group == sweep.SOURCES}) >= 12
    assert sum(not c.valid for c in CASES) >= 100 and sum(c.valid for c in CASES) >= 4
    assert not [p for p in check_dataset(base)[1] if p.severity == "error"]


# -- a source's read date ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("note", "days"), [
    ("read (2026-12-02)", ["2026-12-02"]),
    ("read 2026-12-02; the Court's release", ["2026-12-02"]),
    ("read on 2026-12-01", ["2026-12-01"]),
    ("read/2026-12-01", ["2026-12-01"]),
    ("read in the stored copy on 2026-12-03", ["2026-12-03"]),
    ("read in the stored material (2026-12-03)", ["2026-12-03"]),
    ("read at the Court's address (2026-12-04)", ["2026-12-04"]),
    ("read at this address on 2026-12-04", ["2026-12-04"]),
    # not the day of a reading
    ("not read (2026-12-02): not in the stored material", []),
    ("could not be read (2026-12-02)", []),
    ("read (searched 2026-12-02)", []),
    ("the question was read as Brazil's duties on 2025-06-01", []),
    ("found in a search of 2013-02-12", []),
    ("reader's note of 2026-12-02", []),
])
def test_the_day_a_note_says_a_source_was_read(note: str, days: list[str]) -> None:
    assert read_days(note) == days


def _source_problems(base: Path, note: str, date: str | None) -> list[str]:
    """The new errors on the decision's first source's note, with ``note`` and ``date`` written on it."""
    from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

    path = base / DECISION
    text = path.read_text(encoding="utf-8")
    try:
        obj = load_yaml(text)
        src = obj["sources"][0]
        src["note"] = note
        if date is None:
            src.pop("date", None)
        else:
            src["date"] = date
        path.write_text(dump_yaml(obj), encoding="utf-8")
        return [p.message for p in check_dataset(base)[1]
                if p.file == f"data/{DECISION}" and p.field == "sources[0].note" and p.severity == "error"]
    finally:
        path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("note", "date", "refused"), [
    ("read (2010-08-26)", "2010-08-27", "before its own date (2010-08-27)"),
    ("read on 2010-07-31", "2010-08", "before its own date (2010-08)"),  # a month: read before its first day
    ("read (2009-12-31)", "2010", "before its own date (2010)"),
    ("read (2099-01-01)", "2010-08-27", "in the future"),
    ("read (2099-01-01)", None, "in the future"),
    ("read (2010-08-27)", "2010-08-27", None),  # the day it is dated
    ("read on 2010-08-01", "2010-08", None),  # within its month
    ("read (2026-12-02)", "2010-08-27", None),
    ("not read (2009-01-01): searched for", "2010-08-27", None),  # a search's day, not a reading's
    ("read (2009-01-01)", None, None),  # no date of its own to be before
])
def test_a_source_read_before_its_own_date_or_in_the_future_is_refused(base: Path, note: str, date: str | None,
                                                                        refused: str | None) -> None:
    found = _source_problems(base, note, date)
    if refused is None:
        assert not found, found
    else:
        assert len(found) == 1 and refused in found[0] and "read on" in found[0], found


# -- a record file refused as a file names its record ---------------------------------------------------------------

@pytest.mark.parametrize(("label", "change"), [
    ("tabs", lambda p: p.write_text(sweep._tabs(p.read_text(encoding="utf-8")), encoding="utf-8")),
    ("not UTF-8", lambda p: p.write_bytes(p.read_bytes().replace(b"Chad", b"Tch\xe9d", 1))),
    ("a python tag", lambda p: p.write_text(p.read_text(encoding="utf-8").replace("chamber: ", "chamber: !!python/object:os.system ", 1),
                                            encoding="utf-8")),
    ("nesting 40 deep", lambda p: p.write_text(p.read_text(encoding="utf-8") + "extra: " + "[" * 40 + "]" * 40 + "\n", encoding="utf-8")),
])
def test_a_record_file_refused_as_a_file_names_its_record_and_changes_nothing(base: Path, label: str, change: object) -> None:
    path = base / DECISION
    original = path.read_bytes()
    try:
        change(path)  # type: ignore[operator]
        written = path.read_bytes()
        errors = [p for p in check_dataset(base)[1] if p.file == f"data/{DECISION}" and p.severity == "error"]
        assert errors and all(p.record == "2010-08-27-chad" for p in errors), [str(p) for p in errors]
        assert path.read_bytes() == written  # checking writes nothing
    finally:
        path.write_bytes(original)


def test_a_symlink_out_of_the_data_folder_names_its_record(base: Path, tmp_path: Path) -> None:
    path = base / DECISION
    original = path.read_bytes()
    outside = tmp_path / "2010-08-27-chad.yaml"
    outside.write_bytes(original)
    path.unlink()
    os.symlink(outside, path)
    try:
        errors = [p for p in check_dataset(base)[1] if p.file == f"data/{DECISION}" and p.severity == "error"]
        assert [p.record for p in errors] == ["2010-08-27-chad"] and "outside the data folder" in errors[0].message
        assert outside.read_bytes() == original
    finally:
        path.unlink()
        path.write_bytes(original)


def test_a_file_not_read_as_a_record_names_the_record_it_would_be(base: Path) -> None:
    """A file the loader does not read as a record (not .yaml) had no record to name until round 41, which names the
    record its stem would be and says how to mend it (fixtures backup-file, yml-extension; docs/data-format.md, "Bad
    records, round 41 (session 46)"); the file is still not read as a record."""
    extra = base / "decisions" / "2010-08-27-chad.yml"
    extra.write_text("id: 2010-08-27-chad\n", encoding="utf-8")
    try:
        errors = [p for p in check_dataset(base)[1] if p.file == "data/decisions/2010-08-27-chad.yml"]
        assert errors and all(p.record == "2010-08-27-chad" for p in errors)
        assert any("2010-08-27-chad.yaml" in p.message for p in errors)
    finally:
        extra.unlink()


def test_the_bundled_record_has_no_source_read_before_its_date_or_in_the_future() -> None:
    problems = check_dataset(REPO / "data")[1]
    assert not [str(p) for p in problems if p.severity == "error"]
    assert not [str(p) for p in problems if "the note says the source was read on" in p.message]
