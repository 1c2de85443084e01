"""Round thirty-one of the bad input (tests/dataset/ROUND31.md): what a contributor gets wrong in a person's standing,
the Court's rulings, the records the record answers read and the question tables. Each case of the sweep must be
refused naming the file, the record and the field, or, where the record may be right and must say why, warned about
(``WARNED``); the few the checker does not see are listed with why (``LEFT``); a legitimate one must not be refused.
Then the rules the sweep found missing, each on a record of its own, with a control that must pass."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.dataset import round31_sweep as sweep
from tests.dataset.sweep_runner import assert_refused, sweep_cases

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

#: Cases warned about rather than refused (by the words of their label), with why.
WARNED = {
    "an acquittal with no acquittal decision": "the record may hold a status without its ruling (a note says where it is)",
    "acquitted on the day of the status convicted": "one judgment may convict on some charges and acquit on others",
    "a confirmation after the convicted status": "a second case against the person (Art. 70) may be confirmed after the "
                                                  "first's judgment",
}
#: Cases the checker does not see, by the words of their label, with why.
LEFT = {
    "an appeal judgment before the convicted status": "kind appeal_judgment also rules on interlocutory appeals (7 of the "
                                                      "record's, on admissibility, jurisdiction, detention, are before any "
                                                      "verdict); one naming a later trial judgment in appeal_of is refused",
    "a sanction against a person the record does not know": "a measure's targets is free text (a situation's id or words: "
                                                            "'the Court's Prosecutor'), not a person's id",
}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sweep.base_copy(tmp_path_factory.mktemp("round31") / "data")


CASES: list[sweep.Case] = sweep_cases(sweep.base_copy, sweep.cases)


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_a_contradicted_standing_ruling_or_table_is_refused_naming_file_record_and_field(base: Path, c: sweep.Case) -> None:
    assert_refused(sweep.outcome, c, base, WARNED, LEFT)


def test_the_sweep_covers_every_group_and_every_ground_and_the_base_passes(base: Path) -> None:
    from typing import get_args

    from iccwatch.model.person import GROUNDS_OF, WarrantStatus

    groups = {c.group for c in CASES}
    assert groups == {"standing", "rulings", "what the record answers read", "the question tables"}
    takes_none = [s for s in get_args(WarrantStatus) if s not in GROUNDS_OF]
    assert all(any(f"on the status {s}, which takes none" in c.id for c in CASES) for s in takes_none)
    assert sum("matches every question" in c.id for c in CASES) >= 3 * 8  # three patterns on every list of patterns
    assert not [p for p in check_dataset(base)[1] if p.severity == "error"]


# -- the rules the sweep found missing: each fails on main's code, each with a control ----------------------------------


def _edit(base: Path, rel: str, change: Callable[[Any], None]) -> Callable[[], None]:
    """Apply ``change`` to the file's object; return the undo."""
    path = base / rel
    text = path.read_text(encoding="utf-8")
    obj = load_yaml(text)
    change(obj)
    path.write_text(dump_yaml(obj), encoding="utf-8")
    return lambda: path.write_text(text, encoding="utf-8")


def _problems(base: Path, *edits: tuple[str, Callable[[Any], None]], new: dict[str, Any] | None = None) -> list[Any]:
    undo = [_edit(base, rel, ch) for rel, ch in edits]
    written = []
    for rel, obj in (new or {}).items():
        (base / rel).write_text(dump_yaml(obj), encoding="utf-8")
        written.append(base / rel)
    try:
        return [p for p in check_dataset(base)[1]]
    finally:
        for u in undo:
            u()
        for p in written:
            p.unlink()


CONVICTED = "warrants/bosco-ntaganda-1.yaml"


def _append(*statuses: dict[str, Any]) -> tuple[str, Callable[[Any], None]]:
    def change(w: Any) -> None:
        src = w["status_history"][-1]["sources"]
        w["status_history"] += [{**s, "sources": src} for s in statuses]
    return CONVICTED, change


def _ruling(key: str, kind: str, date: str, **more: Any) -> dict[str, Any]:
    return {f"decisions/{key}.yaml": {"id": key, "date": date, "chamber": more.pop("chamber", "Trial Chamber VI"), "kind": kind,
                                      "persons": ["bosco-ntaganda"], "situation": "drc", "outcome": "ruled",
                                      "sources": [{"url": "https://www.icc-cpi.int/drc/ntaganda", "publisher": "International Criminal Court",
                                                   "kind": "primary", "title": "Ntaganda Case"}], **more}}


def _named(problems: list[Any], file: str, field_start: str, words: str, severity: str = "error") -> list[Any]:
    return [p for p in problems if p.file == f"data/{file}" and (p.field or "").startswith(field_start) and words in p.message
            and p.severity == severity]


def test_a_conviction_after_an_acquittal_needs_an_appeal_judgment_that_day(base: Path) -> None:
    statuses = ({"status": "acquitted", "date": "2020-08-11"}, {"status": "convicted", "date": "2021-09-15"})
    bad = _problems(base, _append(*statuses))
    assert _named(bad, CONVICTED, "status_history[4]", "after the acquittal")
    good = _problems(base, _append(*statuses), new=_ruling("2021-09-15-appeal", "appeal_judgment", "2021-09-15",
                                                          chamber="Appeals Chamber"))
    assert not _named(good, CONVICTED, "status_history[4]", "after the acquittal")


def test_an_acquittal_with_no_ruling_is_warned_and_one_with_its_ruling_is_not(base: Path) -> None:
    status = {"status": "acquitted", "date": "2020-08-11"}
    assert _named(_problems(base, _append(status)), CONVICTED, "status_history[3]", "no ruling acquitting", "warning")
    with_ruling = _problems(base, _append(status), new=_ruling("2020-08-11-acquittal", "acquittal", "2020-08-11"))
    assert not _named(with_ruling, CONVICTED, "status_history[3]", "no ruling acquitting", "warning")


def test_a_verdict_on_the_day_the_person_came_before_the_court_is_refused(base: Path) -> None:
    def change(w: Any) -> None:
        w["status_history"].insert(2, {"status": "acquitted", "date": "2013-03-22", "sources": w["status_history"][1]["sources"]})
    assert _named(_problems(base, (CONVICTED, change)), CONVICTED, "status_history[2]", "the day the person surrendered")

    def later(w: Any) -> None:
        w["status_history"].insert(2, {"status": "acquitted", "date": "2013-03-23", "sources": w["status_history"][1]["sources"]})
    assert not _named(_problems(base, (CONVICTED, later)), CONVICTED, "status_history[2]", "the day the person")


def test_a_sentence_completed_before_the_conviction_or_its_sentence_is_refused(base: Path) -> None:
    early = {"status": "released", "ground": "sentence_completed", "date": "2019-07-08"}
    assert _named(_problems(base, _append(early)), CONVICTED, "status_history[3].ground", "a sentence runs from a conviction")
    later = {"status": "released", "ground": "sentence_completed", "date": "2019-10-16"}
    assert not _named(_problems(base, _append(later)), CONVICTED, "status_history[3].ground", "sentence")
    before_sentence = _problems(base, _append(later), new=_ruling("2019-11-07-sentence", "sentence", "2019-11-07"))
    assert _named(before_sentence, CONVICTED, "status_history[3].ground", "before the sentence itself")


def test_a_death_stated_as_a_ground_ends_the_rulings(base: Path) -> None:
    ended = {"status": "proceedings_terminated", "ground": "death", "date": "2019-08-07"}
    bad = _problems(base, _append(ended), new=_ruling("2019-09-06-hearing", "other", "2019-09-06"))
    assert _named(bad, "decisions/2019-09-06-hearing.yaml", "persons[0]", "after the death")
    ok = _problems(base, _append({**ended, "ground": "charges_withdrawn"}), new=_ruling("2019-09-06-hearing", "other", "2019-09-06"))
    assert not _named(ok, "decisions/2019-09-06-hearing.yaml", "persons[0]", "after the death")


def test_the_appeals_chamber_has_no_number(base: Path) -> None:
    rel = sorted(p.relative_to(base).as_posix() for p in (base / "decisions").glob("*.yaml"))[0]
    bad = _problems(base, (rel, lambda d: d.update(chamber="Appeals Chamber II")))
    assert _named(bad, rel, "chamber", "Appeals Chamber")
    ok = _problems(base, (rel, lambda d: d.update(chamber="Appeals Chamber (panel of three judges for the review of sentence)")))
    assert not _named(ok, rel, "chamber", "not a Chamber")


def test_a_confirmation_after_a_trial_judgment_is_warned(base: Path) -> None:
    after = _problems(base, new=_ruling("2019-10-06-confirmation", "confirmation_of_charges", "2019-10-06", chamber="Pre-Trial Chamber II"))
    assert _named(after, "decisions/2019-10-06-confirmation.yaml", "persons[0]", "after a trial judgment", "warning")
    before = _problems(base, new=_ruling("2014-06-09-confirmation", "confirmation_of_charges", "2014-06-09", chamber="Pre-Trial Chamber II"))
    assert not _named(before, "decisions/2014-06-09-confirmation.yaml", "persons[0]", "after a trial judgment", "warning")


QW = "lookups/question_words.yaml"


@pytest.mark.parametrize("pattern", [".*", "(?:)", r"\b|x", r"(?=\w)"])
def test_a_question_pattern_that_matches_every_question_is_refused(base: Path, pattern: str) -> None:
    bad = _problems(base, (QW, lambda t: t["custody_questions"]["patterns"].__setitem__(0, pattern)))
    assert _named(bad, QW, "custody_questions.patterns[0]", "every question")


@pytest.mark.parametrize("pattern", [r"\bin\s+custody\b", r"(?<!\w)custod\w*", r"\bheld\b(?=\s)"])
def test_a_question_pattern_that_reads_words_passes(base: Path, pattern: str) -> None:
    ok = _problems(base, (QW, lambda t: t["custody_questions"]["patterns"].__setitem__(0, pattern)))
    assert not _named(ok, QW, "custody_questions", "every question")


def test_a_weekday_word_under_two_keys_and_a_word_listed_twice_are_refused(base: Path) -> None:
    def two_keys(t: Any) -> None:
        t["weekday_words"]["last"].append(t["weekday_words"]["next"][0])
    assert _named(_problems(base, (QW, two_keys)), QW, "weekday_words.last", "listed under 'next' and 'last'")

    def twice(t: Any) -> None:
        t["past_words"]["names"].append(t["past_words"]["names"][0])
    assert _named(_problems(base, (QW, twice)), QW, "past_words.names", "listed twice")


def test_a_signatory_listed_twice_is_named_by_its_field(base: Path) -> None:
    rel = sorted(p.relative_to(base).as_posix() for p in (base / "statements").glob("*.yaml"))[0]
    bad = _problems(base, (rel, lambda s: s["signatories"].append(s["signatories"][0])))
    assert [p for p in bad if p.file == f"data/{rel}" and p.field == "signatories" and "listed twice" in p.message]
