"""The checker: the real record is clean, and each deliberately bad fixture is caught with a message
that names the file, the record and the field."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from tests.record_assertions import assertions, exact_count

from iccwatch.dataset import Problem, RecordSet, check_dataset
from iccwatch.dataset.yaml_io import read_yaml

BAD = Path(__file__).parent / "fixtures" / "bad"
SMALL = Path(__file__).parent / "fixtures" / "record"
CASES = sorted(p.name for p in BAD.iterdir() if p.is_dir())


def test_real_record_has_no_problems(checked_record: tuple[RecordSet | None, list[Problem]]) -> None:
    records, problems = checked_record
    assert records is not None
    assert [str(p) for p in problems if p.severity == "error"] == []


def test_record_covers_every_state_and_kind(records: RecordSet) -> None:
    assert len(records.states) == exact_count("states")  # every State, as data/assertions.yaml fixes it
    assert {s.un_status for s in records.states.values()} == {"member", "observer", "non_member"}
    assert sum(s.un_status == "member" for s in records.states.values()) == assertions()["un_status"]["member"]
    assert {"VAT", "PSE", "COK"} <= set(records.states)


@pytest.fixture(scope="session")
def small_source(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """A private copy of the small record that the bad cases' folder hard-links its files to, and its
    files' bytes (relative path -> bytes)."""
    source = tmp_path_factory.mktemp("small-record") / "data"
    shutil.copytree(SMALL, source)
    return source, _files(source)


def _tree(root: Path) -> list[str]:
    """Every file and folder below ``root``, as sorted relative paths (what ``rglob("*")`` lists, read with
    ``os.walk``: a case laid over the small record lists ~120 paths twice, and pathlib's rglob and relative_to
    cost the 548 cases about as much CPU as a tenth of their checks)."""
    out: list[str] = []
    for folder, dirs, files in os.walk(root):
        rel = os.path.relpath(folder, root)
        out += [name if rel == "." else os.path.join(rel, name) for name in (*dirs, *files)]
    return sorted(out)


def _files(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` (relative path -> bytes), listed as ``_tree`` lists them."""
    out: dict[str, bytes] = {}
    for folder, _, files in os.walk(root):
        rel = os.path.relpath(folder, root)
        for name in files:
            path = os.path.join(folder, name)
            if os.path.isfile(path):  # as ``Path.is_file``: a link to a file is read through, a broken one left out
                with open(path, "rb") as fh:
                    out[name if rel == "." else os.path.join(rel, name)] = fh.read()
    return out


def _link_tree(source: Path, target: Path) -> None:
    """``target``: ``source``'s tree, its files hard links to ``source``'s (copies where links cannot be made)."""
    try:
        shutil.copytree(source, target, copy_function=os.link)
    except OSError:
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target)


def _link_file(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


@pytest.fixture(scope="session")
def bad_case_folder(small_source: tuple[Path, dict[str, bytes]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder per process holding the small record (hard links to ``small_source``), that each bad case is
    laid over and taken off again (``_laid_over``): ~460 cases laid out in folders of their own made and later
    deleted ~60,000 files a run."""
    target = tmp_path_factory.mktemp("bad-case") / "data"
    _link_tree(small_source[0], target)
    return target


@contextmanager
def _laid_over(source: Path, case: Path, target: Path) -> Iterator[None]:
    """``target`` (the small record, its files hard links to ``source``'s) with the case's files and folders laid
    over it while the block runs, then the small record again: the case's files and folders removed, the files
    it replaced linked back. A file the case replaces is unlinked first, so the case's bytes never reach
    ``source`` through a link. If anything else is left (a file the block wrote), the folder is laid out anew."""
    added_files: list[Path] = []
    added_dirs: list[Path] = []
    replaced: list[Path] = []
    try:
        for item in sorted(case.rglob("*")):
            rel = item.relative_to(case)
            if rel == Path("expected.yaml"):
                continue
            dest = target / rel
            if item.is_dir():
                if not dest.is_dir():
                    dest.mkdir()
                    added_dirs.append(dest)
                continue
            if dest.is_file():
                replaced.append(rel)
                dest.unlink()
            else:
                added_files.append(dest)
            shutil.copy2(item, dest)
        yield
    finally:
        for dest in added_files:
            dest.unlink(missing_ok=True)
        for rel in replaced:
            (target / rel).unlink(missing_ok=True)
            _link_file(source / rel, target / rel)
        for folder in reversed(added_dirs):
            shutil.rmtree(folder, ignore_errors=True)
        if _tree(target) != _tree(source):
            shutil.rmtree(target, ignore_errors=True)
            _link_tree(source, target)


@pytest.mark.parametrize("case", CASES)
def test_bad_fixture_is_rejected_with_its_location(case: str, small_source: tuple[Path, dict[str, bytes]], bad_case_folder: Path) -> None:
    """Each case in tests/fixtures/bad/ laid over the small record: the checker reports the problem the
    case's expected.yaml names (file, record, field, words, severity), and checking changes no file. (The
    cases are laid, one at a time, over one folder per process whose files are hard links to one copy of the
    small record, and taken off after: each case checks that its unchanged files still hold the small record's
    bytes and that no other file is there.)"""
    source, pristine = small_source
    expected = read_yaml(BAD / case / "expected.yaml")
    data_copy = bad_case_folder
    with _laid_over(source, BAD / case, data_copy):
        before = _files(data_copy)
        laid = set(_tree(BAD / case))
        assert {rel: b for rel, b in before.items() if rel not in laid} == {rel: b for rel, b in pristine.items() if rel not in laid}
        _, problems = check_dataset(data_copy)
        matching = [
            p for p in problems
            if p.file == expected["file"] and p.record == expected["record"] and p.field == expected["field"]
            and expected["message"] in p.message and p.severity == expected.get("severity", "error")
        ]
        assert matching, f"expected {expected}, got:\n" + "\n".join(map(str, problems))
        # Checking changes nothing.
        assert before == _files(data_copy)


def test_missing_assertions_file_is_an_error(data_copy: Path) -> None:
    (data_copy / "assertions.yaml").unlink()
    _, problems = check_dataset(data_copy)
    assert any(p.file == "data/assertions.yaml" and "missing" in p.message for p in problems)


def test_assertion_drift_fails(data_copy: Path) -> None:
    text = (data_copy / "assertions.yaml").read_text()
    (data_copy / "assertions.yaml").write_text(text.replace('"2025-01-01": 78', '"2025-01-01": 77'))
    _, problems = check_dataset(data_copy)
    assert any(p.record == "parties_on" and "78 States Parties" in p.message for p in problems)


def test_small_record_has_no_problems(small_dir: Path) -> None:
    """The fixture record the unit tests break on purpose starts clean (else every bad-fixture test is moot)."""
    records, problems = check_dataset(small_dir)
    assert records is not None
    assert [str(p) for p in problems if p.severity == "error"] == []


def test_a_file_changed_between_two_checks_is_read_again(data_copy: Path) -> None:
    """One process checking a record twice (a rebuild after an edit, the review queue's accepts, these tests)
    reuses what it read from unchanged files, and reads a changed file again: its new value, a problem its
    change brings (found by a walk over the record's sources) and that problem's end when it is undone."""
    first, problems = check_dataset(data_copy)
    assert first is not None and not [p for p in problems if p.severity == "error"]
    path = data_copy / "persons" / "joseph-kony.yaml"
    text = path.read_text()
    path.write_text(text.replace("name: Joseph Kony\n", "name: Joseph Kony Changed\n", 1)
                    .replace('date: "2025-09-25"', 'date: "2099-09-25"', 1))
    second, problems = check_dataset(data_copy)
    assert second is not None and second.persons["joseph-kony"].name == "Joseph Kony Changed"
    assert any(p.file == "data/persons/joseph-kony.yaml" and p.field == "offices[0].sources[0].date" and "in the future" in p.message
               for p in problems), [str(p) for p in problems]
    # An unchanged file gives the very record it gave before; the changed one a new one.
    assert all(second.warrants[k] is w for k, w in first.warrants.items())
    assert second.persons["joseph-kony"] is not first.persons["joseph-kony"]
    path.write_text(text)
    third, problems = check_dataset(data_copy)
    assert third is not None and third.persons["joseph-kony"].name == "Joseph Kony"
    assert not [p for p in problems if p.severity == "error"]


def test_the_source_policy_follows_a_changed_publishers_table_and_a_changed_record(data_copy: Path) -> None:
    """The source policy's problems are kept per record between two checks of one process: a regraded domain in
    the publishers' table and a changed source in one record are found by the next check, and undoing both gives
    the first check's problems again."""
    def of(problems: list[Problem]) -> list[str]:
        return [f"{p.severity}|{p}" for p in problems]

    _, first = check_dataset(data_copy)
    table = data_copy / "lookups" / "publishers.yaml"
    table_text = table.read_text(encoding="utf-8")
    entry = "- domain: dabangasudan.org\n  name: Radio Dabanga\n  class: newspaper_or_broadcaster\n  grade: B\n"
    assert entry in table_text
    table.write_text(table_text.replace(entry, entry.replace("grade: B", "grade: X")), encoding="utf-8")
    warrant = data_copy / "warrants" / "abdallah-banda-abakaer-nourain-1.yaml"
    warrant_text = warrant.read_text(encoding="utf-8")
    warrant.write_text(warrant_text.replace("http://www.icc-cpi.int/fr/taxonomy/term/622", "https://unclassified.example.net/term/622", 1),
                       encoding="utf-8")
    _, second = check_dataset(data_copy)
    assert any("dabangasudan.org is graded X" in p.message and p.file == "data/warrants/abdallah-banda-abakaer-nourain-2.yaml"
               for p in second), of(second)
    assert any("unknown domain of 'https://unclassified.example.net/term/622'" in p.message
               and p.file == "data/warrants/abdallah-banda-abakaer-nourain-1.yaml" for p in second), of(second)
    table.write_text(table_text, encoding="utf-8")
    warrant.write_text(warrant_text, encoding="utf-8")
    _, third = check_dataset(data_copy)
    assert of(third) == of(first)


def test_the_notes_rules_follow_a_changed_note_and_a_changed_decision(data_copy: Path) -> None:
    """The notes' rules (round five) keep each record's problems between two checks of one process: a filing
    number written into one record's note is found by the next check; stated by a recorded decision's source
    (the noting record unchanged), it is no longer a problem; undoing both gives the first check's problems."""
    def of(problems: list[Problem]) -> list[str]:
        return [f"{p.severity}|{p}" for p in problems]

    def named(problems: list[Problem]) -> list[Problem]:
        return [p for p in problems if p.file == "data/events/2008-05-24-jean-pierre-bemba-gombo-belgium.yaml"
                and p.field == "followup" and "names filing ICC-01/05-01/08-9999" in p.message]

    _, first = check_dataset(data_copy)
    assert not named(first)
    event = data_copy / "events" / "2008-05-24-jean-pierre-bemba-gombo-belgium.yaml"
    event_text = event.read_text(encoding="utf-8")
    assert "followup: Arrested near Brussels" in event_text
    event.write_text(event_text.replace("followup: Arrested near Brussels", "followup: Filing ICC-01/05-01/08-9999 says he was arrested near Brussels", 1),
                     encoding="utf-8")
    _, second = check_dataset(data_copy)
    assert [p.severity for p in named(second)] == ["warning"], of(second)
    decision = data_copy / "decisions" / "2010-08-27-chad.yaml"
    decision_text = decision.read_text(encoding="utf-8")
    source = "- url: http://jurist.org/paperchase/2010/08/icc-reports-kenya-to-un-over-al-bashir-visit.php\n"
    assert source in decision_text
    decision.write_text(decision_text.replace(source, source + "  title: Report citing ICC-01/05-01/08-9999\n", 1), encoding="utf-8")
    _, third = check_dataset(data_copy)
    assert not named(third), of(third)
    event.write_text(event_text, encoding="utf-8")
    decision.write_text(decision_text, encoding="utf-8")
    _, fourth = check_dataset(data_copy)
    assert of(fourth) == of(first)


def test_the_rules_kept_per_record_follow_a_changed_record(data_copy: Path) -> None:
    """The participation, consent, address and sourced-fact rules keep what they found per record object between two
    checks of one process (session 22): a changed State file's new problems are found by the next check (an entry into
    force off Art. 126, a tracking parameter, a dot segment, a bare primary gap beside a primary source, an accession
    by a signatory), and undoing the change gives the first check's problems again."""
    def of(problems: list[Problem]) -> list[str]:
        return [f"{p.severity}|{p}" for p in problems]

    _, first = check_dataset(data_copy)
    path = data_copy / "states" / "ALB.yaml"
    text = path.read_text(encoding="utf-8")
    changed = (text.replace('action: entry_into_force\n  date: "2003-05-01"', 'action: entry_into_force\n  date: "2003-05-02"', 1)
               .replace("https://www.un.org/en/about-us/member-states\n", "https://www.un.org/en/about-us/member-states?utm_source=x\n", 1)
               .replace("https://pgaction.org/es/ilhr/rome-statute/albania.html", "https://pgaction.org/es/ilhr/./rome-statute/albania.html", 1)
               .replace('  date: "2006-08-02"\n', '  date: "2006-08-02"\n  primary_gap: none found\n', 1)
               .replace('action: ratification\n  date: "2003-01-31"', 'action: accession\n  date: "2003-01-31"', 1))
    assert changed.count("\n") == text.count("\n") + 1 and changed != text
    path.write_text(changed, encoding="utf-8")
    _, second = check_dataset(data_copy)
    alb = [f"{p.field}|{p.message}" for p in second if p.file == "data/states/ALB.yaml"]
    for field, words in (("participation[2].date", "does not follow Art. 126"), ("sources[1].url", "tracking parameters"),
                         ("participation[0].sources[1].url", "dot segment"), ("participation[3].primary_gap", "says no primary was found"),
                         ("participation[1].action", "by a State that signed the Statute")):
        assert any(a.startswith(f"{field}|") and words in a for a in alb), (field, words, alb)
    path.write_text(text, encoding="utf-8")
    _, third = check_dataset(data_copy)
    assert of(third) == of(first)
