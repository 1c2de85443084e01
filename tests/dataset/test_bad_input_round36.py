"""Round thirty-six of the bad input (tests/dataset/ROUND36.md): a pinpoint's form (ranges in words or with look-alike
dashes, a paragraph sign, a range ending in a bare label, a number given twice), records that contradict another file,
a source's fields against one another, the index's weights as written. Each case of the sweep must be refused naming
the file, the record and the field (a legitimate one must not be refused); then the rules the sweep found missing, each
with a control that must pass."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.dataset import round36_sweep as sweep
from tests.dataset.sweep_runner import assert_refused, sweep_cases
from tests.dataset.sweep_runner import pinpoint_errors as _pinpoint_errors

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

#: Cases warned about rather than refused (by the words of their label), with why.
WARNED: dict[str, str] = {
    "in the Court's custody since": "an office taken up in the Court's custody is warned about (an earlier round's rule): a "
                                    "detained person may be elected or appointed, and the note says how",
}
#: Cases the checker does not see, by the words of their label, with why: none.
LEFT: dict[str, str] = {}

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sweep.base_copy(tmp_path_factory.mktemp("round36") / "data")


CASES: list[sweep.Case] = sweep_cases(sweep.base_copy, sweep.cases)


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_a_bad_pinpoint_a_contradicting_record_a_bad_source_or_weights_are_refused_naming_file_record_and_field(
        base: Path, c: sweep.Case) -> None:
    assert_refused(sweep.outcome, c, base, WARNED, LEFT)


def test_the_sweep_covers_every_group_and_the_base_passes(base: Path) -> None:
    assert {c.group for c in CASES} == {sweep.PINS, sweep.COPY, sweep.XREC, sweep.SRC, sweep.WEIGHTS}
    assert len({c.files[0] for c in CASES if c.group == sweep.PINS}) == 12
    assert len({c.files[0] for c in CASES if c.group == sweep.COPY}) == 12
    assert sum(not c.valid for c in CASES) >= 100 and sum(c.valid for c in CASES) >= 4
    assert not [p for p in check_dataset(base)[1] if p.severity == "error"]


# -- the rules the sweep found missing: each fails on main's code, each with a control ----------------------------------

BAD_PINS = [(label, pin) for label, pin, valid in sweep.PIN_FORMS if not valid]
GOOD_PINS = [(label, pin) for label, pin, valid in sweep.PIN_FORMS if valid] + [
    ("an em-dash range forward", "pp. 12\u201414"), ("a list of numbers", "paras. 12, 14, 16"),
    ("a range in words through", "pages 3 through 5"), ("a number, then prose", "p. 12 to the end of the section"),
    ("prose with a year", "the decision of 2005 to 2009"), ("the same number under two labels", "para. 12 and p. 12"),
    ("an article and its bis", "arts. 8 and 8 bis"), ("a paragraph and its sub-paragraph", "paras. 12 and 12(a)"),
    ("a paragraph and its bis, written together", "paras. 12, 12bis"), ("a page and a decimal paragraph", "pp. 12, 12.5"),
    ("a range to a suffixed number", "paras. 12-12bis")]


@pytest.mark.parametrize(("label", "pin"), BAD_PINS, ids=[label for label, _ in BAD_PINS])
def test_a_pinpoint_of_a_bad_form_is_refused_on_the_pinpoint(base: Path, label: str, pin: str) -> None:
    got = _pinpoint_errors(base, pin)
    assert len(got) == 1, (label, [p.message for p in got])
    assert repr(pin)[:40].rstrip("'") in got[0].message or "points at nothing" in got[0].message


@pytest.mark.parametrize(("label", "pin"), GOOD_PINS, ids=[label for label, _ in GOOD_PINS])
def test_a_pinpoint_of_a_good_form_passes(base: Path, label: str, pin: str) -> None:
    assert not _pinpoint_errors(base, pin), label


@pytest.mark.parametrize(("pin", "words"), [
    ("pp. 14\u201412", "ends before it starts"), ("paras. 14 to 12", "ends before it starts"),
    ("pages 3 to", "has no end"), ("para. 12bis-", "has no end"), ("p. 12-p.", "has no end"),
    ("\u00b6 0", "number 0"), ("pp. 12, 12", "twice"), ("pp. xii-iv", "ends before it starts"),
    ("page 3 to page", "has no end"), ("sections 4 to 2", "ends before it starts")])
def test_the_message_says_what_is_wrong(base: Path, pin: str, words: str) -> None:
    got = _pinpoint_errors(base, pin)
    assert got and words in got[0].message, [p.message for p in got]


def test_a_character_range_with_a_look_alike_dash_is_read_backwards_too(base: Path) -> None:
    """The ranges of lines and characters (pinpoint_checks) read the same dashes and words as pages and paragraphs."""
    assert _pinpoint_errors(base, "characters 500\u2014400")
    assert _pinpoint_errors(base, "lines 20 to 10")
    assert not _pinpoint_errors(base, "lines 10 to 20")


def test_the_bundled_record_passes_the_new_rules() -> None:
    from iccwatch.dataset.address_checks import other_addresses
    from iccwatch.dataset.loader import load_records

    records, problems = load_records(REPO / "data")
    assert records is not None
    pins = [p for p in problems if p.severity == "error" and (p.field or "").endswith("pinpoint")]
    assert not pins, [str(p) for p in pins[:3]]
    copies = [p for p in other_addresses(records) if (p.field or "").endswith("copy_of")]
    assert not copies, [str(p) for p in copies[:3]]


BAD_COPIES = [(label, value) for label, value, valid in sweep.COPY_FORMS if not valid]
GOOD_COPIES = [(label, value) for label, value, valid in sweep.COPY_FORMS if valid] + [
    ("a title with a colon", "ICC: press release of 4 March 2009"), ("a DOI", "doi:10.1017/S0020589300000001"),
    ("a title opening with a number", "2009 press release of the Court"), ("a host named in prose", "the release on icc-cpi.int")]


def _copy_errors(base: Path, value: str) -> list[Any]:
    rel = f"warrants/{sorted((base / 'warrants').glob('*.yaml'))[0].name}"
    path = base / rel
    text = path.read_text(encoding="utf-8")
    obj = load_yaml(text)
    obj["sources"][0].update(url="https://www.example-copies.org/doc.pdf", kind="secondary", copy_of=value)
    obj["sources"][0].pop("pinpoint", None)
    path.write_text(dump_yaml(obj), encoding="utf-8")
    try:
        return [p for p in check_dataset(base)[1] if p.file == f"data/{rel}" and p.severity == "error"
                and p.field == "sources[0].copy_of"]
    finally:
        path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("label", "value"), BAD_COPIES, ids=[label for label, _ in BAD_COPIES])
def test_a_copy_of_written_as_part_of_an_address_is_refused_on_copy_of(base: Path, label: str, value: str) -> None:
    got = _copy_errors(base, value)
    assert len(got) == 1 and "not a whole one" in got[0].message and value[:20] in got[0].message, (label, got)


@pytest.mark.parametrize(("label", "value"), GOOD_COPIES, ids=[label for label, _ in GOOD_COPIES])
def test_a_copy_of_that_is_a_title_or_a_whole_address_passes(base: Path, label: str, value: str) -> None:
    assert not _copy_errors(base, value), label


def _weights(tmp_path: Path, text: str) -> Callable[[], Any]:
    from iccwatch.assess.index import load_weights

    target = tmp_path / "weights.yaml"
    target.write_text(text, encoding="utf-8")
    return lambda: load_weights(target)


def test_a_weight_of_half_written_with_a_leading_dot_is_read(tmp_path: Path) -> None:
    """Control: ``.5`` is a plain decimal number."""
    got = _weights(tmp_path, sweep.weights_text(".5"))()
    assert got["pillars"]["legal_commitment"]["indicators"]["acceptance_of_jurisdiction"] == 0.5
