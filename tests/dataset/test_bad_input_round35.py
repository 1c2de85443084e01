"""Round thirty-five of the bad input (tests/dataset/ROUND35.md): dates written with digits or dashes of another script
(in the record, given to the CLI and the API, in a saved text's front matter), the Court's places table, one person
recorded twice under names that differ only by Unicode or case. Each case of the sweep must be refused naming the file,
the record and the field (a legitimate one must not be refused); then the rules the sweep found missing, each with a
control that must pass."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.dataset import round35_sweep as sweep
from tests.dataset.sweep_runner import assert_refused, sweep_cases

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml
from iccwatch.errors import InputError
from iccwatch.model.dates import DateSpan
from iccwatch.service.inputs import parse_day, parse_until

#: Cases warned about rather than refused (by the words of their label), with why.
WARNED: dict[str, str] = {
    "an alias that is": "an alias that is another person's name is warned about (`aliases_of_others`, an earlier round's "
                        "rule): a person may go by another's name, and the note says why",
}
#: Cases the checker does not see, by the words of their label, with why: none.
LEFT: dict[str, str] = {}

REPO = Path(__file__).resolve().parents[2]
DAY = "2014-09-11"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sweep.base_copy(tmp_path_factory.mktemp("round35") / "data")


CASES: list[sweep.Case] = sweep_cases(sweep.base_copy, sweep.cases)


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_a_date_in_another_script_a_bad_court_place_or_a_person_twice_are_refused_naming_file_record_and_field(
        base: Path, c: sweep.Case) -> None:
    assert_refused(sweep.outcome, c, base, WARNED, LEFT)


def test_the_sweep_covers_every_group_and_the_base_passes(base: Path) -> None:
    groups = {c.group for c in CASES}
    assert groups == {sweep.DATES, sweep.INPUTS, sweep.COURT, sweep.PERSONS}
    assert len({(c.files[0], c.fields[0]) for c in CASES if c.group == sweep.DATES and "numeric" not in c.fields}) == 9
    assert sum(c.valid for c in CASES) >= 4
    assert len(CASES) >= 100
    assert not [p for p in check_dataset(base)[1] if p.severity == "error"]


# -- the rules the sweep found missing: each fails on main's code, each with a control ----------------------------------

ANOTHER_SCRIPT = [(label, form(DAY)) for label, form in sweep.DIGIT_FORMS]


@pytest.mark.parametrize(("label", "value"), ANOTHER_SCRIPT, ids=[label for label, _ in ANOTHER_SCRIPT])
def test_a_date_in_another_script_or_with_a_line_break_is_no_iso_date(label: str, value: str) -> None:
    with pytest.raises(ValueError, match="not an ISO 8601 date") as err:
        DateSpan.parse(value)
    assert "ASCII" in str(err.value) or "write the day alone" in str(err.value), label


@pytest.mark.parametrize("value", [DAY, "2014-09", "2014"])
def test_an_ascii_date_is_still_read(value: str) -> None:
    assert str(DateSpan.parse(value)) == value


@pytest.mark.parametrize("reader", [parse_day, parse_until])
@pytest.mark.parametrize(("label", "value"), [(lab, v) for lab, v in ANOTHER_SCRIPT if v.strip() != DAY],
                         ids=[lab for lab, v in ANOTHER_SCRIPT if v.strip() != DAY])
def test_a_question_day_in_another_script_is_refused_naming_it(reader: Callable[[str], Any], label: str, value: str) -> None:
    with pytest.raises(InputError) as err:
        reader(value)
    assert repr(value) in str(err.value) and "U+" in str(err.value), label


@pytest.mark.parametrize("reader", [parse_day, parse_until])
def test_a_question_day_in_ascii_with_spaces_around_is_still_read(reader: Callable[[str], Any]) -> None:
    assert reader(f" {DAY}\n").isoformat() == DAY


def test_a_search_day_in_another_script_is_refused() -> None:
    from iccwatch.model.common import _check_day

    for value in ("٢٠١٤-09-11", f"{DAY}\n"):
        with pytest.raises(ValueError):
            _check_day(value)
    assert _check_day(DAY) == DAY


def _problems(base: Path, rel: str, change: Callable[[Any], None]) -> list[Any]:
    """The problems of the base with the file ``rel`` changed in place by ``change``, the base restored after."""
    path = base / rel
    text = path.read_text(encoding="utf-8")
    obj = load_yaml(text)
    change(obj)
    path.write_text(dump_yaml(obj), encoding="utf-8")
    try:
        return list(check_dataset(base)[1])
    finally:
        path.write_text(text, encoding="utf-8")


def _errors(problems: list[Any], rel: str, field: str, words: str = "") -> list[Any]:
    return [p for p in problems if p.file == f"data/{rel}" and p.severity == "error" and p.field == field and words in p.message]


def _first(base: Path, kind: str) -> str:
    return f"{kind}/{sorted((base / kind).glob('*.yaml'))[0].name}"


def test_a_record_date_ending_in_a_line_break_is_refused_on_its_field(base: Path) -> None:
    """A date is one line. Round 35 read a final line break as a block scalar's syntax and took the day; round 41
    (docs/data-format.md, "Bad records, round 41 (session 46)") refuses it on the field, naming the fix (write it on the
    key's line, or with ``|-``). Its other-script twin is refused on the field too (round 11's rule, kept); the day as
    written passes (control)."""
    rel = _first(base, "warrants")

    def change(w: Any) -> None:
        w["issued"] = str(w["issued"]) + "\n"
    assert _errors(_problems(base, rel, change), rel, "issued", "line break")

    def other(w: Any) -> None:
        w["issued"] = "".join(chr(0x0660 + int(c)) if c.isdigit() else c for c in str(w["issued"]))
    assert _errors(_problems(base, rel, other), rel, "issued")

    def same(w: Any) -> None:
        w["issued"] = str(w["issued"])
    assert not _errors(_problems(base, rel, same), rel, "issued")


PLACES = sweep.PLACES


def _places(base: Path, change: Callable[[Any], None]) -> list[Any]:
    return [p for p in _problems(base, PLACES, change) if p.file == f"data/{PLACES}" and p.severity == "error"]


def test_a_court_place_listed_twice_in_one_entry_is_refused(base: Path) -> None:
    got = _places(base, lambda t: t["places"][0]["names"].append(t["places"][0]["names"][0]))
    assert [p.field for p in got] == [f"places[0].names[{len(load_yaml((base / PLACES).read_text())['places'][0]['names'])}]"]


@pytest.mark.parametrize("other", ["state", "kind"])
def test_one_court_place_name_under_two_entries_is_refused(base: Path, other: str) -> None:
    def change(t: Any) -> None:
        first = dict(t["places"][0])
        first["state" if other == "state" else "kind"] = "BEL" if other == "state" else (
            "seat" if first["kind"] == "detention" else "detention")
        t["places"].append(first)
    got = _places(base, change)
    n = len(load_yaml((base / PLACES).read_text())["places"])
    assert [p.field for p in got] == [f"places[{n}].names[0]"] and "also a name of places[0]" in got[0].message


def test_a_court_place_named_as_a_state_is_refused(base: Path) -> None:
    got = _places(base, lambda t: t["places"][0]["names"].append("Netherlands"))
    assert len(got) == 1 and "the name of the State NLD" in got[0].message


def test_the_court_places_names_in_several_cases_pass(base: Path) -> None:
    """Control: the bundled table lists 'The Hague' and 'the Hague' (matched as written), which are two names."""
    names = [n for e in load_yaml((base / PLACES).read_text())["places"] for n in e["names"]]
    assert "The Hague" in names and "the Hague" in names
    assert not _places(base, lambda t: None)


def _twin(base: Path, name: str, note: str | None = None) -> list[Any]:
    rel = _first(base, "persons")
    person = load_yaml((base / rel).read_text(encoding="utf-8"))
    twin = {**person, "id": f"{person['id']}-twin", "name": name, "aliases": []}
    if note:
        twin["note"] = note
    path = base / "persons" / f"{twin['id']}.yaml"
    path.write_text(dump_yaml(twin), encoding="utf-8")
    try:
        return [p for p in check_dataset(base)[1] if p.file == f"data/persons/{twin['id']}.yaml" and p.field == "name"
                and p.severity == "error"]
    finally:
        path.unlink()


@pytest.mark.parametrize("how", ["same", "upper", "accent"])
def test_a_second_person_of_one_name_is_refused_on_name(base: Path, how: str) -> None:
    name = load_yaml((base / _first(base, "persons")).read_text(encoding="utf-8"))["name"]
    given = {"same": name, "upper": name.upper(), "accent": name.replace("a", "á", 1)}[how]
    got = _twin(base, given)
    assert len(got) == 1 and "one person recorded twice, or namesakes" in got[0].message


def test_namesakes_said_in_the_note_and_another_name_pass(base: Path) -> None:
    person = load_yaml((base / _first(base, "persons")).read_text(encoding="utf-8"))
    assert not _twin(base, person["name"], note=f"a namesake of {person['id']}, another person")
    assert not _twin(base, person["name"] + " Junior")


def test_the_bundled_record_passes_the_new_rules() -> None:
    from iccwatch.dataset.alias_checks import shared_names
    from iccwatch.dataset.loader import load_records
    from iccwatch.dataset.lookup_name_checks import court_place_tables

    records, problems = load_records(REPO / "data")
    assert records is not None and not [p for p in problems if p.severity == "error"]
    assert not list(court_place_tables(records)) and not list(shared_names(records))
