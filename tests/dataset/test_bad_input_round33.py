"""Round thirty-three of the bad input (tests/dataset/ROUND33.md): records that are each valid but contradict one another
across files, names written with look-alike or invisible characters, numbers no record can hold. Each case of the sweep
must be refused naming the file, the record and the field; a legitimate one must not be refused. Then the rules the
sweep found missing, each with a control that must pass."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.dataset import round33_sweep as sweep
from tests.dataset.sweep_runner import assert_refused, sweep_cases

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

#: Cases warned about rather than refused (by the words of their label), with why: none.
WARNED: dict[str, str] = {}
#: Cases the checker does not see, by the words of their label, with why: none.
LEFT: dict[str, str] = {}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sweep.base_copy(tmp_path_factory.mktemp("round33") / "data")


CASES: list[sweep.Case] = sweep_cases(sweep.base_copy, sweep.cases)


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_a_contradiction_an_odd_character_or_an_impossible_number_is_refused_naming_file_record_and_field(
        base: Path, c: sweep.Case) -> None:
    assert_refused(sweep.outcome, c, base, WARNED, LEFT)


def test_the_sweep_covers_every_group_and_the_base_passes(base: Path) -> None:
    groups = {c.group for c in CASES}
    assert groups == {"records that contradict each other", "look-alike and invisible characters", "numbers no record can hold"}
    assert len({c.id.split(":")[0] for c in CASES if c.group == "look-alike and invisible characters"}) >= 6  # lookups and records
    assert sum(c.valid for c in CASES) >= 3
    assert len(CASES) >= 100
    assert not [p for p in check_dataset(base)[1] if p.severity == "error"]


# -- the rules the sweep found missing: each fails on main's code, each with a control ----------------------------------


def _problems(base: Path, rel: str, change: Callable[[Any], Any]) -> list[Any]:
    """The problems of the base with the file ``rel`` changed (``change`` edits the parsed file in place, or returns a
    new one; a file that does not exist is written from ``change(None)``), the base restored after."""
    path = base / rel
    text = path.read_text(encoding="utf-8") if path.exists() else None
    obj = load_yaml(text) if text is not None else None
    new = change(obj)
    path.write_text(dump_yaml(new if new is not None else obj), encoding="utf-8")
    try:
        return list(check_dataset(base)[1])
    finally:
        if text is None:
            path.unlink()
        else:
            path.write_text(text, encoding="utf-8")


def _errors(problems: list[Any], rel: str, field: str, words: str = "") -> list[Any]:
    return [p for p in problems if p.file == f"data/{rel}" and p.severity == "error" and p.field == field and words in p.message]


SN = "lookups/state_names.yaml"


@pytest.mark.parametrize(("label", "form"), [("a full-width letter", lambda t: "\uff21" + t[1:]),
                                             ("a variation selector", lambda t: t[:2] + "\ufe0f" + t[2:]),
                                             ("a tag character", lambda t: t + "\U000e0041"),
                                             ("a mathematical bold letter", lambda t: "\U0001d400" + t[1:])])
def test_a_lookup_name_in_an_odd_character_form_is_refused(base: Path, label: str, form: Callable[[str], str]) -> None:
    def change(t: Any) -> None:
        t["names"]["AFG"][0] = form(t["names"]["AFG"][0])
    bad = _problems(base, SN, change)
    assert [p for p in _errors(bad, SN, "names.AFG[0]") if p.record == "state_names"], [str(p) for p in bad if p.severity == "error"]


def test_a_lookup_name_with_accents_written_as_one_character_passes(base: Path) -> None:
    def change(t: Any) -> None:  # "Afganistán" (Spanish), its accent as one character (NFC): a plain name
        t["names"]["AFG"].append("Afganist\u00e1n")
    ok = _problems(base, SN, change)
    assert not [p for p in ok if p.file == f"data/{SN}" and p.severity == "error"]


def test_the_bundled_lookups_hold_no_odd_character_form() -> None:
    from iccwatch.dataset.record_walks import texts_of
    from iccwatch.dataset.text_checks import character_form_problem

    for path in sorted((Path(__file__).resolve().parents[2] / "data" / "lookups").glob("*.yaml")):
        raw = load_yaml(path.read_text(encoding="utf-8"))
        assert not [(at, v) for at, v in texts_of(raw, keys=True) if character_form_problem(v)], path.name


# the Chambers of the stages of a case

WRONG_DIVISION = [("confirmation_of_charges", "Trial Chamber III"), ("confirmation_of_charges", "Appeals Chamber"),
                  ("conviction", "Pre-Trial Chamber II"), ("conviction", "Appeals Chamber"), ("acquittal", "Pre-Trial Chamber I"),
                  ("acquittal", "Appeals Chamber"), ("sentence", "Pre-Trial Chamber II"), ("appeal_judgment", "Trial Chamber III"),
                  ("appeal_judgment", "Pre-Trial Chamber II"), ("conviction", "Presidency"), ("appeal_judgment", "Plenary of Judges")]


def _ruling(base: Path, kind: str, chamber: str, day: str = "2010-01-04") -> Callable[[Any], dict[str, Any]]:
    """A ruling of ``kind`` by ``chamber`` on the person of the base's first warrant holding a surrender, citing its sources."""
    w = load_yaml((base / "warrants/jean-pierre-bemba-gombo-1.yaml").read_text(encoding="utf-8"))

    def change(_: Any) -> dict[str, Any]:
        return {"id": "ruling-of-round-33", "date": day, "chamber": chamber, "kind": kind, "persons": [w["person"]],
                "situation": w["situation"], "outcome": "as the round's test writes it", "sources": w["status_history"][-1]["sources"]}
    return change


RULING = "decisions/ruling-of-round-33.yaml"


@pytest.mark.parametrize(("kind", "chamber"), WRONG_DIVISION)
def test_a_stage_of_a_case_ruled_on_by_another_division_is_refused_on_chamber(base: Path, kind: str, chamber: str) -> None:
    bad = _problems(base, RULING, _ruling(base, kind, chamber))
    assert _errors(bad, RULING, "chamber", f"by the {chamber}"), [str(p) for p in bad if p.severity == "error"]


@pytest.mark.parametrize(("kind", "chamber"), [("confirmation_of_charges", "Pre-Trial Chamber II"), ("conviction", "Trial Chamber III"),
                                               ("acquittal", "Trial Chamber I"), ("sentence", "Trial Chamber III"),
                                               ("sentence", "Appeals Chamber"), ("appeal_judgment", "Appeals Chamber"),
                                               ("interim_release", "Appeals Chamber"), ("other", "Presidency")])
def test_a_stage_of_a_case_ruled_on_by_its_own_division_is_not_refused_on_chamber(base: Path, kind: str, chamber: str) -> None:
    ok = _problems(base, RULING, _ruling(base, kind, chamber))
    assert not _errors(ok, RULING, "chamber"), [str(p) for p in ok if p.severity == "error"]


# an event copied under another day

VISIT = "events/2010-07-21-omar-hassan-ahmad-al-bashir-chad.yaml"
COPY = "events/2010-08-20-omar-hassan-ahmad-al-bashir-chad-copy.yaml"


def _copy(base: Path, **changes: Any) -> Callable[[Any], dict[str, Any]]:
    def change(_: Any) -> dict[str, Any]:
        e = load_yaml((base / VISIT).read_text(encoding="utf-8"))
        return {**e, "id": "2010-08-20-omar-hassan-ahmad-al-bashir-chad-copy", "date": "2010-08-20", **changes}
    return change


def test_an_event_copied_under_another_day_is_refused(base: Path) -> None:
    bad = _problems(base, COPY, _copy(base))
    assert _errors(bad, COPY, "date", "2010-07-21-omar-hassan-ahmad-al-bashir-chad's (2010-07-21)"), \
        [str(p) for p in bad if p.severity == "error"]


@pytest.mark.parametrize("changes", [{"followup": "a follow-up of its own"}, {"occasion": "an occasion of its own"},
                                     {"action": "visit_planned", "trip": "planned"}])
def test_an_event_on_another_day_with_a_text_or_action_of_its_own_passes(base: Path, changes: dict[str, Any]) -> None:
    ok = _problems(base, COPY, _copy(base, **changes))
    assert not [p for p in ok if "but its id and date" in p.message]


# numbers no record of States can hold

AS = "assertions.yaml"


@pytest.mark.parametrize(("path", "value"), [(("counts", "states", "max"), 10**20), (("counts", "states", "max"), 250),
                                             (("parties_on", "2025-01-01"), 10**20), (("un_status", "member"), 2**63)])
def test_an_assertion_of_more_states_than_there_are_is_refused(base: Path, path: tuple[str, ...], value: int) -> None:
    def change(a: Any) -> None:
        into = a
        for k in path[:-1]:
            into = into.setdefault(k, {})
        into[path[-1]] = value
    bad = _problems(base, AS, change)
    assert [p for p in bad if p.file == f"data/{AS}" and p.severity == "error" and p.record == path[0]
            and "more than there are" in p.message], [str(p) for p in bad if p.severity == "error"]


def test_an_assertion_of_every_state_there_is_as_a_bound_passes(base: Path) -> None:
    def change(a: Any) -> None:
        a["counts"]["states"]["max"] = 249
    ok = _problems(base, AS, change)
    assert not [p for p in ok if p.file == f"data/{AS}" and p.severity == "error"]
