"""Round forty-three of the bad input (tests/dataset/ROUND43.md): what a merge gone wrong, a write cut short, a script's
export and a copy-and-paste leave in a record (git's conflict markers, a file cut in its last line or inside a character,
a source as a list, a value nested 3,000 deep, addresses wrapped or defanged), references to a record of the wrong kind
or to itself, codes of States that no longer exist, and files a tool leaves beside a record. Each case of the sweep must
be refused naming the file, the record and (where the case gives one) the field, and a merge's or a cut write's error
must say so; a control must pass. Then the rules themselves, with controls, and fixtures through the check, the build
and the API's load."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.dataset import round43_sweep as sweep
from tests.dataset.test_bad_input import built_small_store, round_tests  # noqa: F401 (built_small_store: a fixture)

from iccwatch.dataset import check_dataset
from iccwatch.dataset.whole_file_checks import conflict_marker, cut_short

FIXTURES = ["merge-conflict-left-in", "merge-conflict-in-a-folded-note", "file-cut-short", "file-cut-inside-a-character"]
#: The round's base (the fixture ``base``), its cases and their test, and the build's and the API's tests on FIXTURES
#: (the part rounds 41 to 44 share: ``test_bad_input.round_tests``).
_T = round_tests(sweep, FIXTURES, "test_a_merge_s_a_cut_write_s_or_an_export_s_leavings_are_refused")
globals().update(_T.tests)
CASES: list[sweep.Case] = _T.cases


def test_the_sweep_covers_every_group_and_the_base_passes(base: Path) -> None:
    assert {c.group for c in CASES} == {sweep.MERGE, sweep.CUT, sweep.SHAPE, sweep.ADDRESSES, sweep.REFS, sweep.GONE,
                                        sweep.FILES, sweep.CONTROLS}
    assert sum(not c.valid for c in CASES) >= 120 and sum(c.valid for c in CASES) >= 10
    assert not [p for p in check_dataset(base)[1] if p.severity == "error"]


# -- a merge conflict's marker ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, found", [
    ("a: 1\n<<<<<<< HEAD\na: 2\n=======\na: 3\n>>>>>>> origin/main\n", (2, "<<<<<<<")),
    ("a: 1\n=======\nb: 2\n", (2, "=======")),
    ("a: 1\n>>>>>>> 5f3a2c1 (a commit's subject)\n", (2, ">>>>>>>")),
    ("a: 1\n||||||| merged common ancestors\n", (2, "|||||||")),
    ("note: >-\n  text\n  <<<<<<< HEAD\n  more\n", (3, "<<<<<<<")),  # pasted into a block, indented with it
    ("a: 1\r\n=======\r\n", (2, "=======")),
    # not a marker: a ruler of more signs, signs inside a line, fewer signs
    ("note: >-\n  Totals\n  ==========\n", None),
    ("note: a <<<<<<< b\n", None),
    ("note: x =======\n", None),
    ("a: 1\n======\n", None),
    ("a: '<<<<<<<x'\n", None),
])
def test_a_conflict_marker_is_found_at_a_line_s_start_only(text: str, found: tuple[int, str] | None) -> None:
    assert conflict_marker(text) == found


EVENT = "events/2010-07-21-omar-hassan-ahmad-al-bashir-chad.yaml"


def _errors(data: Path, rel: str, change: object) -> list[str]:
    path = data / rel
    text = path.read_text(encoding="utf-8")
    path.write_bytes(change(text).encode("utf-8"))  # type: ignore[operator]
    return [str(p) for p in check_dataset(data)[1] if p.severity == "error"]


def test_markers_in_a_folded_text_name_its_field(data_copy: Path) -> None:
    errors = _errors(data_copy, EVENT, lambda t: t.rstrip("\n") + "\nnote: >-\n  <<<<<<< HEAD\n  read\n  =======\n  seen\n  >>>>>>> x\n")
    assert [e for e in errors if e.startswith(f"error: data/{EVENT} [2010-07-21-omar-hassan-ahmad-al-bashir-chad] note: line ")
            and "merge conflict's marker (<<<<<<<)" in e], errors


def test_signs_in_a_text_where_no_marker_is_pass(data_copy: Path) -> None:
    errors = _errors(data_copy, EVENT, lambda t: t.rstrip("\n") + "\nnote: >-\n  Counted as a = b, 2 < 3 and 5 > 4\n  ==========\n")
    assert not [e for e in errors if "merge conflict" in e], errors


# -- a last line with no line break ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, cut", [
    ("a: 1\nb: tw", True),
    ("a: 1", True),
    ("a: 1\n# a comment", True),
    ("a: 1\n", False),
    ("a: 1\r\n", False),
    ("a: 1\r", False),  # a carriage return alone: round 41's rule says it
    ("", False),  # an empty file: its own rule
])
def test_a_last_line_with_no_line_break_is_a_write_cut_short(text: str, cut: bool) -> None:
    assert (cut_short(text) is not None) is cut


def test_a_file_cut_in_its_last_value_is_named_and_one_ending_in_a_line_break_passes(data_copy: Path) -> None:
    errors = _errors(data_copy, EVENT, lambda t: t.rstrip("\n")[:-3])
    assert [e for e in errors if e.startswith(f"error: data/{EVENT} [2010-07-21-omar-hassan-ahmad-al-bashir-chad]: line ")
            and "does not end in a line break: a write cut short" in e], errors
    errors = _errors(data_copy, EVENT, lambda t: t + "\n")  # whole again, with a blank line at the end
    assert not [e for e in errors if "cut short" in e], errors
