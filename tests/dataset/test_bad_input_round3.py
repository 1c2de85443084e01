"""Round three of the bad records: what the fixture folders do not show on their own (the build refusing the
new kinds and keeping the store, the edges of the pinpoint and id rules, text that stands for no letter).

What was tried in round three (about 350 kinds of bad record across every file kind), which the checker
already refused, which rule closed a hole, and which were left as they are and why, is the table in
``tests/dataset/ROUND3.md``. Each closed hole has a fixture in ``tests/fixtures/bad/<case>/`` that
``tests/test_dataset_check.py`` picks up."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from iccwatch.dataset import check_dataset
from iccwatch.dataset.context_checks import _pinpoint_problem

from .test_bad_input import (  # noqa: F401 - the store fixture is shared
    _apply,
    _named,
    _snapshot,
    assert_build_refuses_and_keeps_the_store,
    built_small_store,
)

#: One of each sort of rule round three added: a date after the cut-off, a status after the warrant ended,
#: an id against its date, a filing number, a referral by a non-party, a pinpoint, text that stands for no
#: letter, a hidden top-level file, an assertion on a year.
BUILD_CASES = ["status-after-cutoff", "at-large-after-withdrawal", "event-id-other-date", "record-number-other-situation",
               "referral-by-non-party", "pinpoint-range-backwards", "replacement-character", "hidden-meta-file", "parties-on-a-year",
               "agreement-before-the-court"]

runner = CliRunner()


@pytest.mark.parametrize("case", BUILD_CASES)
def test_build_refuses_the_round_three_kinds_and_keeps_the_store(case: str, data_copy: Path, tmp_path: Path,
                                                                 built_small_store: Path) -> None:  # noqa: F811
    assert_build_refuses_and_keeps_the_store(case, data_copy, tmp_path, built_small_store)


@pytest.mark.parametrize("pin", ["p. 0", "para. 0", "§ 0", "paras. 30-12", "pp. 112-109", "arts. 0-3",
                                 "https://www.icc-cpi.int/court-record/x", "www.icc-cpi.int/x"])
def test_a_pinpoint_in_the_wrong_form_is_refused(pin: str) -> None:
    assert _pinpoint_problem(pin) is not None


@pytest.mark.parametrize("pin", ["p. 3", "paras. 12-30", "pp. 112-13", "art. 127(1)", "ICC-02/05-01/09-302, para. 10",
                                 "case summary (arrest warrant of 11 September 2014)", "section 10", "p. 10-11"])
def test_a_pinpoint_in_a_proper_form_passes(pin: str) -> None:
    """(``pp. 112-13`` is the usual short form of pages 112 to 113.)"""
    assert _pinpoint_problem(pin) is None


def _event(data: Path) -> Path:
    return data / "events" / "2017-03-29-omar-hassan-ahmad-al-bashir-jordan.yaml"


def test_an_id_kept_on_purpose_after_a_date_correction_passes_when_the_note_says_so(data_copy: Path) -> None:
    path = _event(data_copy)
    text = path.read_text().replace('date: "2017-03-29"', 'date: "2017-03-30"')
    path.write_text(text + "note: date corrected from the 29th; the id keeps the earlier date so references stay valid\n")
    _, problems = check_dataset(data_copy)
    assert not [p for p in problems if p.severity == "error" and "the id begins with the date" in p.message]
    # Without the note the same record is refused, naming the field.
    path.write_text(text)
    _, problems = check_dataset(data_copy)
    assert any(p.field == "date" and "the id begins with the date 2017-03-29" in p.message for p in problems)


@pytest.mark.parametrize("char", ["\ue000", "\U000f0001", "\ufdd0", "\ufffd"])
def test_a_character_that_stands_for_no_letter_is_named_by_its_code_point(char: str, data_copy: Path) -> None:
    path = data_copy / "persons" / "joseph-kony.yaml"
    path.write_text(path.read_text().replace("name: Joseph Kony", f'name: "Joseph Kony{char}"'))
    _, problems = check_dataset(data_copy)
    assert any(p.field == "name" and f"U+{ord(char):04X}" in p.message for p in problems), [str(p) for p in problems][:5]


def test_an_accented_name_and_a_joiner_in_a_script_that_needs_it_still_pass(data_copy: Path) -> None:
    """The new text rules leave real names alone: precomposed accents, and non-Latin scripts."""
    path = data_copy / "persons" / "joseph-kony.yaml"
    path.write_text(path.read_text().replace("aliases:\n", "aliases:\n- Jōsèph Kóny\n- \u062c\u0648\u0632\u064a\u0641 \u0643\u0648\u0646\u064a\n"))
    _, problems = check_dataset(data_copy)
    assert [str(p) for p in problems if p.severity == "error"] == []
