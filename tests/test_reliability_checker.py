"""Bad support files and bad files made in the test (they cannot sit in git as fixtures: a FIFO, a
symbolic link, a directory, multi-megabyte or 100,000-deep files): each refused with a clear error
naming the file, quickly, without a traceback or a hang, and changing nothing."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from iccwatch.dataset import check_dataset


def _errors(data: Path) -> list[str]:
    result: list[list[str]] = []

    def run() -> None:
        _, problems = check_dataset(data)
        result.append([str(p) for p in problems if p.severity == "error"])

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(timeout=300)
    assert result, "the checker hung"
    return result[0]


def _has(errors: list[str], file: str, text: str) -> bool:
    return any(file in e and text in e for e in errors)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
def test_a_fifo_as_meta_is_refused_without_hanging(data_copy: Path) -> None:
    (data_copy / "meta.yaml").unlink()
    os.mkfifo(data_copy / "meta.yaml")
    assert _has(_errors(data_copy), "data/meta.yaml", "a FIFO")


def test_a_directory_as_a_lookup_is_refused(data_copy: Path) -> None:
    (data_copy / "lookups" / "places.yaml").unlink()
    (data_copy / "lookups" / "places.yaml").mkdir()
    assert _has(_errors(data_copy), "data/lookups/places.yaml", "a directory")


def test_a_symlink_out_of_data_is_refused(data_copy: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.yaml"
    victim = sorted((data_copy / "events").glob("*.yaml"))[0]
    outside.write_text(victim.read_text())
    victim.unlink()
    victim.symlink_to(outside)
    assert _has(_errors(data_copy), f"data/events/{victim.name}", "outside the data folder")
    folder = tmp_path / "more"
    folder.mkdir()
    (data_copy / "measures").rename(tmp_path / "measures-moved") if (data_copy / "measures").exists() else None
    (data_copy / "measures").symlink_to(folder, target_is_directory=True)
    assert _has(_errors(data_copy), "data/measures", "outside the data folder")


def test_nesting_100000_deep_is_refused_before_parsing(data_copy: Path) -> None:
    (data_copy / "lookups" / "demonyms.yaml").write_text("demonyms: " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert _has(_errors(data_copy), "data/lookups/demonyms.yaml", "nested more than")


def test_a_file_over_the_size_limit_is_refused_before_parsing(data_copy: Path) -> None:
    victim = sorted((data_copy / "events").glob("*.yaml"))[0]
    victim.write_text(victim.read_text() + "#" * 1_100_000 + "\n")
    assert _has(_errors(data_copy), f"data/events/{victim.name}", "over the limit")


def test_a_multi_megabyte_field_is_refused(data_copy: Path) -> None:
    victim = sorted((data_copy / "events").glob("*.yaml"))[0]
    victim.write_text(victim.read_text().replace("id: ", f'note: "{"x" * 900_000}"\nid: ', 1))
    assert _has(_errors(data_copy), f"data/events/{victim.name}", "over the limit of 20,000 for one field")


@pytest.mark.parametrize(("text", "message"), [
    ("- just\n- a list\n", "valid dictionary"),
    ("counts: 5\n", "counts"),
    ("counts:\n  events: {min: many}\n", "counts.events.min"),
    ("parties_on:\n  '2025-01-01': lots\n", "parties_on"),
    ("surprise: 1\n", "surprise"),
    ("un_status:\n  member: lots\n", "un_status"),
])
def test_assertions_of_the_wrong_shape_are_refused(data_copy: Path, text: str, message: str) -> None:
    (data_copy / "assertions.yaml").write_text(text)
    assert _has(_errors(data_copy), "data/assertions.yaml", message)


def test_a_count_of_un_statuses_the_record_does_not_meet_is_an_error(data_copy: Path) -> None:
    # the record's own count of members passes; one more is named with both numbers
    from iccwatch.dataset import load_dataset

    records = load_dataset(data_copy)
    members = sum(st.un_status == "member" for st in records.states.values())
    (data_copy / "assertions.yaml").write_text(f"un_status:\n  member: {members}\n")
    assert not _has(_errors(data_copy), "data/assertions.yaml", "un_status")
    (data_copy / "assertions.yaml").write_text(f"un_status:\n  member: {members + 1}\n")
    assert _has(_errors(data_copy), "data/assertions.yaml", f"the record gives {members} States with UN status 'member', the assertion {members + 1}")
