"""Notes shown to readers carry no bookkeeping: a working session's number or a tests/ path is a warning."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from iccwatch.dataset import check_dataset
from iccwatch.dataset.bookkeeping import bookkeeping


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("searched again (2026-12-02, session 16): nothing", "'session 16'"),
        ("Session 9: the status said so", "'Session 9'"),
        ("kept in tests/fixtures/expected.yaml", "'tests/fixtures/expected.yaml'"),
        ("searched again (2026-12-02): nothing", None),
        ("Foreign Affairs Committee report (HC 574, session 2005-06)", None),  # a parliament's session
        ("adopted at the Assembly's twenty-fourth session", None),
        ("https://example.org/tests/x was read", None),  # part of an address, not a path of ours
    ],
)
def test_bookkeeping_names_what_a_reader_cannot_use(text: str, flagged: str | None) -> None:
    found = bookkeeping(text)
    assert (found is None) if flagged is None else (flagged in (found or ""))


def test_a_record_note_naming_a_session_is_flagged_with_its_field(data_copy: Path, checked_record: tuple) -> None:
    path = sorted((data_copy / "warrants").glob("*.yaml"))[0]
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    record["note"] = "added in session 10; checked against tests/fixtures/x.yaml"
    record["sources"][0]["note"] = "read (2026-12-02, session 16)"
    record["sources"][0]["title"] = "Report of the Committee, session 12"  # a title names a document: not flagged
    path.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
    _, problems = check_dataset(data_copy)
    flagged = {p.field: p for p in problems if "note shown to readers" in p.message and p.file.endswith(path.name)}
    assert set(flagged) == {"note", "sources[0].note"}
    assert all(p.severity == "warning" for p in flagged.values())
    # the real record's notes are written for readers
    _, real = checked_record
    assert not [p for p in real if "note shown to readers" in p.message]
