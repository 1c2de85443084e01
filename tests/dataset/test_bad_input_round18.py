"""Round eighteen of the bad input, the paths beside the record (tests/dataset/ROUND18.md; the record's cases are
fixtures in tests/fixtures/bad/): a data folder that is a symbolic link loop and a setting that is no number are said,
not a traceback; the review queue refuses an empty candidate id (which matched every candidate) and a reviewer or
reason no person writes, changing nothing; a typed question holding a control character or a direction mark is
refused (the NUL was read past, the override hid the State's name)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import Candidate, Evidence
from iccwatch.monitor.queue import Queue
from iccwatch.monitor.review import ReviewError, accept, edit, parse_sets, reject
from iccwatch.service.question import QuestionError, read_question
from iccwatch.settings import Settings, SettingsError

EXE = str(Path(sys.executable).with_name("iccwatch"))


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([EXE, *args], capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200", **env},
                          timeout=120, errors="replace")


def test_a_data_folder_that_is_a_link_to_itself_is_said_not_a_traceback(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    with pytest.raises(SettingsError, match="symbolic link loop"):
        Settings.from_env(data_dir=loop)
    for args in (["data", "check", "--data", str(loop)], ["data", "build", "--data", str(loop), "--db", str(tmp_path / "s.sqlite")]):
        p = _run(*args)
        assert p.returncode == 2, p.stdout + p.stderr
        assert "Traceback" not in p.stdout + p.stderr
        assert "symbolic link loop" in p.stderr and str(loop) in p.stderr
    assert not (tmp_path / "s.sqlite").exists()


def test_a_rate_limit_that_is_no_number_is_said_not_a_traceback(small_dir: Path) -> None:
    p = _run("data", "check", "--data", str(small_dir), ICCWATCH_RATE_LIMIT="abc")
    assert p.returncode == 2 and "Traceback" not in p.stdout + p.stderr
    assert "ICCWATCH_RATE_LIMIT='abc'" in p.stderr


@pytest.fixture
def queue_of_one(tmp_path: Path) -> tuple[Queue, Path, str]:
    """A queue holding one pending candidate (a visit), and an empty data folder beside it."""
    q = Queue(f"sqlite:///{tmp_path / 'store.sqlite'}")
    text = "Omar Al-Bashir arrived in N'Djamena on 22 July 2010 for a summit."
    doc = make_document(text, url="https://www.reuters.com/world/x-2010-07-22/", title="Bashir in Chad", publisher="Reuters", date="2010-07-22")
    c = Candidate(id="00000000000000aa", document=doc.id, type="visit", evidence=Evidence(sentence=text, start=0, end=len(text)),
                  confidence=0.9, method="test", person="omar-hassan-ahmad-al-bashir", state="TCD", date="2010-07-22")
    q.add(doc, [(c, None)])
    data = tmp_path / "data"
    data.mkdir()
    yield q, data, c.id
    q.close()


@pytest.mark.parametrize("cid", ["", " ", "\t"])
def test_an_empty_candidate_id_names_no_candidate_and_changes_nothing(queue_of_one: tuple[Queue, Path, str], cid: str) -> None:
    q, data, real = queue_of_one
    with pytest.raises(KeyError, match="empty id"):
        q.get(cid)
    for act in (lambda: accept(q, data, cid), lambda: reject(q, data, cid), lambda: edit(q, data, cid, {"date": "2010-07-23"})):
        with pytest.raises(ReviewError, match="empty id"):
            act()
    row = q.get(real)
    assert row["status"] == "pending" and row["payload"]["date"] == "2010-07-22"
    assert list(data.iterdir()) == []


@pytest.mark.parametrize(("option", "value"), [
    ("reviewer", "Ann\nBob"), ("reviewer", "\x1b[31mAnn"), ("reviewer", "A\u202eB"), ("reviewer", " "), ("reviewer", "x" * 201),
    ("reason", "duplicate\x07"), ("reason", "two\nlines"), ("reason", "x" * 20_001),
])
def test_a_reviewer_or_reason_no_person_writes_is_refused_and_nothing_changes(queue_of_one: tuple[Queue, Path, str], option: str,
                                                                              value: str) -> None:
    q, data, cid = queue_of_one
    with pytest.raises(ReviewError, match=f"--{option}"):
        reject(q, data, cid, **{option: value})
    with pytest.raises(ReviewError, match=f"--{option}"):
        accept(q, data, cid, **{option: value})
    assert q.get(cid)["status"] == "pending"
    assert list(data.iterdir()) == []


def test_a_plain_reviewer_and_reason_are_kept(queue_of_one: tuple[Queue, Path, str]) -> None:
    q, data, cid = queue_of_one
    assert reject(q, data, cid, reason="the trip is recorded already (a report of the same day)", reviewer="Ann Smith") == cid
    row = q.get(cid)
    assert (row["status"], row["reviewer"], row["review_note"]) == ("rejected", "Ann Smith", "the trip is recorded already (a report of the same day)")


def test_a_set_id_longer_than_any_record_key_is_refused_naming_the_field() -> None:
    assert parse_sets(["person=" + "a" * 200]) == {"person": "a" * 200}
    with pytest.raises(ReviewError, match="--set person="):
        parse_sets(["person=" + "a" * 201])


@pytest.mark.parametrize("question", [
    "Must Chad arrest Omar Al-Bashir\x00 on 21 July 2010?",
    "Must \u202edahC arrest Omar Al-Bashir on 21 July 2010?",
    "Must Chad arrest Omar Al\u200b-Bashir on 21 July 2010?",
    "Must Chad arrest Omar Al-Bashir on 21 July 2010?\x1b[2J",
])
def test_a_question_with_a_control_or_direction_character_is_refused(facts, question: str) -> None:  # noqa: ANN001
    with pytest.raises(QuestionError, match="U\\+"):
        read_question(facts, question)


def test_the_same_question_typed_plainly_is_read(facts) -> None:  # noqa: ANN001
    read = read_question(facts, "Must Chad arrest Omar Al-Bashir on 21 July 2010?\n")
    assert (read["kind"], read["state"], read["on"]) == ("arrest", "TCD", "2010-07-21")
