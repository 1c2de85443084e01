"""The evaluation's per-process memory of documents read and candidates extracted (monitor/evaluate.py) follows
a changed file, a changed and a changed mode (the gazetteer's part of the key is its content key): what it returns is what reading and extracting again give."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from iccwatch.monitor.documents import read_file_once, read_path
from iccwatch.monitor.evaluate import evaluate_realnews, load_realnews
from iccwatch.monitor.extract import extract_candidates

TEXT = "Vladimir Putin arrived in Ulaanbaatar on 2 September 2024 for a state visit to Mongolia."
OTHER = "Benjamin Netanyahu arrived in Budapest on 3 April 2025 for a visit to Hungary."


def _write(folder: Path, body: str, date: str | None = "2024-09-03") -> Path:
    folder.mkdir(exist_ok=True)
    head = f'url: "https://example.org/{len(body)}"\n' + (f'date: "{date}"\n' if date else "")
    txt = folder / "001.txt"
    txt.write_text(f"---\n{head}---\n{body}\n")
    (folder / "001.yaml").write_text("expected: []\n")
    return txt


def test_a_changed_document_is_read_again(tmp_path: Path) -> None:
    txt = _write(tmp_path / "h", TEXT)
    ((first, _, _),) = load_realnews(tmp_path / "h")
    ((again, _, _),) = load_realnews(tmp_path / "h")
    assert again == first == read_path(txt)[0]
    _write(tmp_path / "h", OTHER)
    ((changed, _, _),) = load_realnews(tmp_path / "h")
    assert changed.text == OTHER and changed == read_path(txt)[0]


def test_a_document_dated_by_its_file_follows_the_files_time(tmp_path: Path) -> None:
    txt = _write(tmp_path / "h", TEXT, date=None)
    os.utime(txt, (1_700_000_000, 1_700_000_000))  # 2023-11-14
    first = read_file_once(txt)
    os.utime(txt, (1_600_000_000, 1_600_000_000))  # 2020-09-13: same bytes, another date
    later = read_file_once(txt)
    assert first.date != later.date and later == read_path(txt)[0]
    # the real-news set's own loader refuses such a document: a document of the set is dated by its page (round 24)
    with pytest.raises(ValueError, match="front matter has no date"):
        load_realnews(tmp_path / "h")


def test_candidates_follow_the_mode(tmp_path: Path, spec) -> None:  # noqa: ANN001
    _write(tmp_path / "h", "Vladimir Putin did not travel to Mongolia; he arrived in Ulaanbaatar on 2 September 2024, "
                         "reports said, and was not arrested.")
    ((doc, _, _),) = load_realnews(tmp_path / "h")
    counts = {mode: len(extract_candidates(doc, spec, mode)) for mode in ("rules", "loose")}
    assert counts["rules"] != counts["loose"]  # so a memory that ignored the mode would be seen
    for mode in ("rules", "loose", "rules", "loose"):
        assert evaluate_realnews(tmp_path / "h", spec, mode=mode)["overall"]["fp"] == counts[mode], mode
