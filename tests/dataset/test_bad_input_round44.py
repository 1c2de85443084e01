"""Round forty-four of the bad input (tests/dataset/ROUND44.md): what a spreadsheet's export (error values, formulas, a
serial date, a data frame's empty values, a cell's TRUE), YAML's own reading (``~``, ``1:30``, ``!!binary``, ``!!set``, an
alias bomb), a careless paste (a non-breaking space or hyphen, fullwidth digits, a Greek look-alike letter) and a
contributor writing a field's name in another language leave in a record; dates out of order in time and one record under
two names. Each case of the sweep must be refused naming the file, the record and (where the case gives one) the field,
and a case with words to say must say them; a control must pass. Then the rules themselves, with controls, and fixtures
through the check, the build and the API's load."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.dataset import round44_sweep as sweep
from tests.dataset.test_bad_input import built_small_store, round_tests  # noqa: F401 (built_small_store: a fixture)

from iccwatch.dataset import check_dataset
from iccwatch.dataset.text_checks import placeholder_problem, placeholder_reason

#: Cases the checker does not see, with why.
LEFT: dict[str, str] = {
    "written as 1:30": "the project's reader keeps every plain scalar as text (no YAML 1.1 sexagesimal), so nothing was read "
    "as 90: the record holds what was written; a name, title or publisher of digits and signs alone is real (the "
    "Hungarian outlet '444' in the bundled record), so no rule can refuse it",
}

FIXTURES = ["title-a-spreadsheet-error-value", "title-a-spreadsheet-formula", "title-a-spreadsheet-boolean"]
#: The round's base (the fixture ``base``), its cases and their test, and the build's and the API's tests on FIXTURES
#: (the part rounds 41 to 44 share: ``test_bad_input.round_tests``).
_T = round_tests(sweep, FIXTURES, "test_a_spreadsheet_s_yaml_s_or_a_paste_s_leavings_are_refused", {}, LEFT)
globals().update(_T.tests)
CASES: list[sweep.Case] = _T.cases


def test_the_sweep_covers_every_group_and_the_base_passes(base: Path) -> None:
    assert {c.group for c in CASES} == {sweep.SHEET, sweep.YAML, sweep.TEXT, sweep.FIELDS, sweep.TIME, sweep.SAME,
                                        sweep.CONTROLS}
    assert sum(not c.valid for c in CASES) >= 120 and sum(c.valid for c in CASES) >= 10
    assert not [p for p in check_dataset(base)[1] if p.severity == "error"]


# -- a spreadsheet's leftovers in a free text ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("#REF!", "error value"), ("#VALUE!", "error value"), ("#NAME?", "error value"), ("#DIV/0!", "error value"),
    ("#num!", "error value"), ("#NULL!", "error value"),
    ("=VLOOKUP(A2,Sheet2!A:B,2,FALSE)", "formula"), ("=HYPERLINK(\"https://example.org\",\"page\")", "formula"),
    ("= sum(B2:B9)", "formula"), ("=Sheet2!B4", "formula"), ("=$A$2", "formula"), ("=A2", "formula"),
    ("TRUE", "boolean"), ("False", "boolean"),
])
def test_a_spreadsheet_s_error_value_formula_or_boolean_is_a_placeholder_said_as_what_it_is(text: str, words: str) -> None:
    message = placeholder_problem("title", text)
    assert message is not None and message.startswith(f"{text[:40]!r} is a placeholder: write the title, or leave the field out (")
    assert words in (placeholder_reason(text) or "")


@pytest.mark.parametrize("text", [
    "#GlobalJustice Weekly / Al Hassan makes first ICC appearance",  # a hashtag opening a real title
    "a = b", "= E=mc2 (a note)", "=3", "Q1=2", "#1", "True story", "Falsely accused", "No. #2 = N/A form", "444",
    "1:30", "REF", "Nanterre",
])
def test_a_text_holding_those_signs_among_its_words_passes(text: str) -> None:
    assert placeholder_problem("title", text) is None


def test_an_older_placeholder_keeps_its_message_and_adds_its_reason() -> None:
    message = placeholder_problem("publisher", "nan")
    assert message == ("'nan' is a placeholder: write the publisher, or leave the field out (a spreadsheet's empty cell as "
                       "pandas writes it (not a number))")
    assert placeholder_problem("title", "---") == "'---' is a placeholder: write the title, or leave the field out"


EVENT = "events/2010-07-21-omar-hassan-ahmad-al-bashir-chad.yaml"


@pytest.mark.parametrize("title", ["'#REF!'", "'=VLOOKUP(A2,Sheet2!A:B,2,FALSE)'", "TRUE"])
def test_a_source_title_from_a_sheet_is_named_by_its_field(data_copy: Path, title: str) -> None:
    path = data_copy / EVENT
    text = path.read_text(encoding="utf-8")
    old = "  publisher: International Criminal Court\n"
    assert old in text
    path.write_text(text.replace(old, old + f"  title: {title}\n", 1), encoding="utf-8")
    errors = [str(p) for p in check_dataset(data_copy)[1] if p.severity == "error"]
    assert [e for e in errors if e.startswith(f"error: data/{EVENT} [2010-07-21-omar-hassan-ahmad-al-bashir-chad] "
                                              "sources[0].title: ") and "is a placeholder" in e], errors
