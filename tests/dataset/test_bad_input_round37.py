"""Round thirty-seven of the bad input (tests/dataset/ROUND37.md): a State acting on a day before it existed, a
pinpoint's labels no round read (``s.``, upper-case Roman numerals, a page with a letter, footnotes and notes), dates
impossible in context, characters no one sees, YAML's own devices. Each case of the sweep must be refused naming the
file, the record and the field (a legitimate one must not be refused); then the rules the sweep found missing, each with
a control that must pass."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.dataset import round37_sweep as sweep
from tests.dataset.sweep_runner import assert_refused, sweep_cases
from tests.dataset.sweep_runner import errors_after as _errors
from tests.dataset.sweep_runner import pinpoint_errors as _pinpoint_errors

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import UnsafeYAML, dump_yaml, load_yaml

#: Cases warned about rather than refused (by the words of their label), with why: none.
WARNED: dict[str, str] = {}
#: Cases the checker does not see, by the words of their label, with why: none.
LEFT: dict[str, str] = {}
#: Cases refused naming the file and where the text says so its line, but no field, with why: a file whose text is not
#: read names no field (tests/fixtures/bad: deep-flow-nesting, number-too-long, malformed-yaml expect ``field: null``).
#: Round 38 (ROUND38.md) names their record, by the file's name (the record's key): they are refused, named.
PARTLY: dict[str, str] = {
    "nesting 40 deep": "refused before parsing: the line, no record (tests/fixtures/bad/deep-flow-nesting)",
    "a 10 MB string": "refused before reading: the file's size, no record",
    "a %YAML 1.1 directive": "refused before parsing: the line, no record",
    "a second document": "the parser's error at the second document's line, no record",
    "a !!python/object tag": "the constructor's error at the tag's line, no record (tests/fixtures/bad/yaml-python-tag)",
}

REPO = Path(__file__).resolve().parents[2]
RESPONSE = "responses/2013-02-13-asp-president-letter-chad.yaml"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sweep.base_copy(tmp_path_factory.mktemp("round37") / "data")


CASES: list[sweep.Case] = sweep_cases(sweep.base_copy, sweep.cases)


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_a_state_before_it_existed_a_pinpoint_label_an_impossible_date_a_hidden_character_or_a_yaml_device_is_refused(
        base: Path, c: sweep.Case) -> None:
    if any(words in c.id for words in PARTLY):
        result, shown = sweep.outcome(c, base)
        assert result == "refused, named" and all(c.files[0] in line for line in shown), (result, shown)
        return
    assert_refused(sweep.outcome, c, base, WARNED, LEFT)


def test_the_sweep_covers_every_group_and_the_base_passes(base: Path) -> None:
    assert {c.group for c in CASES} == {sweep.STATE, sweep.PINS, sweep.DATES, sweep.CHARS, sweep.YAMLS}
    assert len({c.files[0] for c in CASES if c.group == sweep.PINS}) == 12
    # every kind where a State acts on a day, each with a bad case
    assert len({c.id.split(" (SSD)")[0] for c in CASES if c.group == sweep.STATE and not c.valid}) >= 20
    assert sum(not c.valid for c in CASES) >= 100 and sum(c.valid for c in CASES) >= 4
    assert not [p for p in check_dataset(base)[1] if p.severity == "error"]


# -- a pinpoint's labels ----------------------------------------------------------------------------------------------

#: The forms the checker passed before this round (the others of the sweep were refused by earlier rules).
BAD_PINS = [("a range of sections under 's.', backwards", "s. 14-12"), ("a range of upper-case Roman pages, backwards", "pp. XII-IV"),
            ("a range of pages with a letter, backwards", "pp. 14a-12"), ("a range of paragraphs with letters", "paras. 14b-12a"),
            ("one number, two letters, backwards", "para. 12b-12a"), ("a footnote numbered 0", "fn. 0"),
            ("a bare footnote label", "fn."), ("a footnote listed twice", "fns. 12, 12"), ("a note numbered 0", "n. 0"),
            ("a bare note label", "nn."), ("a footnote in words, backwards", "footnotes 14 to 12")]
GOOD_PINS = [(label, pin) for label, pin, valid in sweep.PIN_FORMS if valid] + [
    ("a law report, no range", "543 U.S. 2019"), ("an annex, abbreviated", "Ann. 3"), ("a part, in Roman numerals", "Part II-IV"),
    ("a range from a number to its letter", "paras. 12-12a"), ("letters forward", "para. 12a-12b"),
    ("lower-case Roman pages forward", "pp. iv-xii"), ("the UN's initials before a number", "U.N. Doc. 12"),
    ("a page and a footnote", "p. 12, fn. 4"), ("a section and its subsection", "s. 12(3)")]


@pytest.mark.parametrize(("label", "pin"), BAD_PINS, ids=[label for label, _ in BAD_PINS])
def test_a_pinpoint_under_a_label_no_round_read_is_refused_on_the_pinpoint(base: Path, label: str, pin: str) -> None:
    assert _pinpoint_errors(base, pin), pin


@pytest.mark.parametrize(("label", "pin"), GOOD_PINS, ids=[label for label, _ in GOOD_PINS])
def test_a_pinpoint_of_a_good_form_passes(base: Path, label: str, pin: str) -> None:
    assert not _pinpoint_errors(base, pin), pin


@pytest.mark.parametrize(("pin", "words"), [("s. 14-12", "the range 14-12 ends before it starts"),
                                            ("pp. 14a-12", "the range 14a-12 ends before it starts"),
                                            ("pp. XII-IV", "the range XII-IV ends before it starts"),
                                            ("fn. 0", "names number 0"), ("fn.", "points at nothing")])
def test_the_message_says_what_is_wrong(base: Path, pin: str, words: str) -> None:
    assert any(words in p.message for p in _pinpoint_errors(base, pin)), pin


def test_the_bundled_record_passes_the_new_rules() -> None:
    from iccwatch.dataset.loader import load_records

    records, problems = load_records(REPO / "data")
    assert records is not None
    pins = [p for p in problems if p.severity == "error" and (p.field or "").endswith("pinpoint")]
    assert not pins, [str(p) for p in pins[:3]]
    from iccwatch.dataset.state_checks import facts_before_the_state

    assert not list(facts_before_the_state(records))


# -- a State acting before it existed ---------------------------------------------------------------------------------

def _ssd_since(day: str) -> Any:
    def change(o: dict[str, Any]) -> None:
        o["since"]["date"] = day
    return change


def _state_errors(base: Path, rel: str, change: Any, field: str, since: str) -> list[Any]:
    own = base / "states/SSD.yaml"
    text = own.read_text(encoding="utf-8")
    obj = load_yaml(text)
    obj["since"]["date"] = since
    own.write_text(dump_yaml(obj), encoding="utf-8")
    try:
        return [p for p in _errors(base, rel, change, field) if "before it existed" in p.message]
    finally:
        own.write_text(text, encoding="utf-8")


def test_a_drafter_before_the_state_existed_is_refused_on_the_drafter(base: Path) -> None:
    st = "statements/js-2020-06-23.yaml"
    assert _state_errors(base, st, lambda o: o["drafters"].append("SSD"), "drafters[1]", "2020-06-24")
    assert not _state_errors(base, st, lambda o: o["drafters"].append("SSD"), "drafters[1]", "2020-06-23")  # the same day


def _office(end: str, start: str | None = None) -> Any:
    def change(o: dict[str, Any]) -> None:
        office = {"title": "Minister", "state": "SSD", "kind": "minister", "end": end,
                  "sources": o["offices"][0]["sources"]}
        if start:
            office["start"] = start
        o["offices"].append(office)
    return change


def test_an_office_known_only_by_its_end_before_the_state_existed_is_refused_on_the_end(base: Path) -> None:
    pe = "persons/bosco-ntaganda.yaml"
    got = _state_errors(base, pe, _office("2005-06-30"), "offices[2].end", "2005-07-01")
    assert got and "2005-06-30" in got[0].message
    assert not _state_errors(base, pe, _office("2005-06-30"), "offices[2]", "2005-06-30")  # ended on the first day
    assert not _state_errors(base, pe, _office("2005-06"), "offices[2]", "2005-06-15")  # a month that holds the day


# -- YAML's own devices -------------------------------------------------------------------------------------------------

def _yaml_errors(base: Path, change: Any) -> list[Any]:
    return _errors(base, RESPONSE, lambda o: change((base / RESPONSE).read_text(encoding="utf-8")))


def test_a_merge_key_names_the_record_and_the_key(base: Path) -> None:
    errors = _yaml_errors(base, lambda t: t + "extra: &x {a: 1}\n<<: *x\n")
    assert any(p.record == "2013-02-13-asp-president-letter-chad" and p.field == "<<" for p in errors), [str(p)[:200] for p in errors]
    nested = _yaml_errors(base, lambda t: t.replace("  kind: primary\n", "  kind: primary\n  <<: {a: 1}\n", 1))
    assert any(p.field == "sources[0].<<" for p in nested), [str(p)[:200] for p in nested]


@pytest.mark.parametrize(("label", "change", "words"), [
    ("a %YAML 1.1 directive", lambda t: "%YAML 1.1\n---\n" + t, "a %YAML 1.1 directive (line 1)"),
    ("a %YAML 1.2 directive after a comment", lambda t: "# x\n%YAML 1.2\n---\n" + t, "a %YAML 1.2 directive (line 2)"),
], ids=lambda v: v if isinstance(v, str) else "")
def test_a_yaml_1_directive_is_refused_naming_the_file_and_its_line(base: Path, label: str, change: Any, words: str) -> None:
    errors = _yaml_errors(base, change)
    assert any(words in p.message for p in errors), [str(p)[:200] for p in errors]


def test_a_directive_is_refused_by_the_reader_and_a_percent_sign_in_a_value_is_not() -> None:
    with pytest.raises(UnsafeYAML, match="%YAML 1.2 directive"):
        load_yaml("%YAML 1.2\n---\na: 1\n")
    with pytest.raises(UnsafeYAML, match="%YAML 1.1 directive"):
        load_yaml("\ufeff\n# a comment\n%YAML 1.1\n---\na: 1\n")
    assert load_yaml("a: 50% of\nb: |\n  %YAML 1.1\n# %YAML 1.1\n") == {"a": "50% of", "b": "%YAML 1.1\n"}
    assert load_yaml("%TAG !e! tag:yaml.org,2002:\n---\na: !e!str x\n") == {"a": "x"}  # a tag renamed, still read as written


def test_a_refused_file_changes_nothing(base: Path) -> None:
    before = {p: p.read_bytes() for p in base.parent.rglob("*") if p.is_file()}
    assert _yaml_errors(base, lambda t: "%YAML 1.1\n---\n" + t)
    after = {p: p.read_bytes() for p in base.parent.rglob("*") if p.is_file()}
    assert after == before
