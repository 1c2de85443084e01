"""Round thirty-two of the bad input (tests/dataset/ROUND32.md): the monitor's words (``monitor_words.yaml``), dates
written by hand, references written in another spelling, a State's treaty acts out of order. Each case of the sweep must
be refused naming the file, the record and the field, or, where the record may be right, warned about (``WARNED``); the
few the checker does not see are listed with why (``LEFT``); a legitimate one must not be refused. Then the rules the
sweep found missing, each on a table of its own, with a control that must pass."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.dataset import round32_sweep as sweep
from tests.dataset.sweep_runner import assert_refused, sweep_cases

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

#: Cases warned about rather than refused (by the words of their label), with why.
WARNED: dict[str, str] = {}
#: Cases the checker does not see, by the words of their label, with why.
LEFT: dict[str, str] = {}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sweep.base_copy(tmp_path_factory.mktemp("round32") / "data")


CASES: list[sweep.Case] = sweep_cases(sweep.base_copy, sweep.cases)


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_a_bad_word_date_reference_or_treaty_act_is_refused_naming_file_record_and_field(base: Path, c: sweep.Case) -> None:
    assert_refused(sweep.outcome, c, base, WARNED, LEFT)


def test_the_sweep_covers_every_group_and_the_base_passes(base: Path) -> None:
    groups = {c.group for c in CASES}
    assert groups == {"the monitor's words", "dates written by hand", "a reference by another spelling", "treaty acts out of order"}
    assert sum("matches an empty text inside a text" in c.id for c in CASES) >= 2 * 30  # two patterns on every pattern swept
    assert sum("listed twice" in c.id for c in CASES) >= 10
    assert len({c.id.split(":")[0] for c in CASES if c.group == "dates written by hand"}) >= 8  # the dated kinds
    assert sum(c.group == "a reference by another spelling" for c in CASES) >= 3 * 20
    assert len(CASES) >= 100
    assert not [p for p in check_dataset(base)[1] if p.severity == "error"]


# -- the rules the sweep found missing: each fails on main's code, each with a control ----------------------------------

MW = "lookups/monitor_words.yaml"


def _problems(base: Path, rel: str, change: Callable[[Any], None]) -> list[Any]:
    path = base / rel
    text = path.read_text(encoding="utf-8")
    obj = load_yaml(text)
    change(obj)
    path.write_text(dump_yaml(obj), encoding="utf-8")
    try:
        return list(check_dataset(base)[1])
    finally:
        path.write_text(text, encoding="utf-8")


def _named(problems: list[Any], field_start: str, words: str) -> list[Any]:
    return [p for p in problems if p.file == f"data/{MW}" and p.record == "monitor_words" and p.severity == "error"
            and (p.field or "").startswith(field_start) and words in p.message]


def _first_language(t: Any) -> str:
    return next(iter(t["languages"]))


def _set_pattern(where: str, pattern: str) -> Callable[[Any], None]:
    """Set a pattern of the first language (``last``), or of a table by language (warrant_issue's noun, a gathering's)."""
    def change(t: Any) -> None:
        lang = _first_language(t)
        if where == "last":
            t["languages"][lang]["last"]["pattern"] = pattern
        elif where == "warrant_issue":
            t["warrant_issue"]["nouns"][lang] = pattern
        else:
            t["gatherings"]["nouns"][0]["words"][lang] = pattern
    return change


FIELD = {"last": "languages.{lang}.last", "warrant_issue": "warrant_issue.nouns.{lang}",
         "gathering": "gatherings.nouns[0].words.{lang}"}


@pytest.mark.parametrize("where", list(FIELD))
@pytest.mark.parametrize("pattern", [r"\b|x", r"(?=\w)", r"\B|zz"])
def test_a_monitor_pattern_that_matches_nothing_inside_a_text_is_refused(base: Path, where: str, pattern: str) -> None:
    lang = _first_language(load_yaml((base / MW).read_text(encoding="utf-8")))
    bad = _problems(base, MW, _set_pattern(where, pattern))
    assert _named(bad, FIELD[where].format(lang=lang), "empty match"), [str(p) for p in bad if p.severity == "error"]


@pytest.mark.parametrize("where", list(FIELD))
@pytest.mark.parametrize("pattern", [r"\bdernier\b", r"(?<!\w)sommets?(?!\w)", r"mandats?(?=\s)"])
def test_a_monitor_pattern_that_reads_words_passes(base: Path, where: str, pattern: str) -> None:
    ok = _problems(base, MW, _set_pattern(where, pattern))
    assert not [p for p in ok if p.file == f"data/{MW}" and p.severity == "error"]


@pytest.mark.parametrize("where", ["warrant_issue", "gathering"])
@pytest.mark.parametrize("pattern", [".*", "(unclosed"])
def test_a_bad_pattern_of_a_table_by_language_names_its_language(base: Path, where: str, pattern: str) -> None:
    lang = _first_language(load_yaml((base / MW).read_text(encoding="utf-8")))
    bad = _problems(base, MW, _set_pattern(where, pattern))
    assert _named(bad, FIELD[where].format(lang=lang), ""), [str(p) for p in bad if p.severity == "error"]


@pytest.mark.parametrize("code", ["FR", "xx", "fra", "en"])
def test_a_language_key_of_the_wrong_form_is_named_on_languages(base: Path, code: str) -> None:
    def change(t: Any) -> None:
        t["languages"][code] = t["languages"].pop(_first_language(t))
    assert _named(_problems(base, MW, change), "languages", code)


@pytest.mark.parametrize("at", ["court", "openers", "instruments"])
def test_a_name_listed_twice_is_refused_and_listed_once_passes(base: Path, at: str) -> None:
    def twice(t: Any) -> None:
        names = t["languages"][_first_language(t)][at]["names"]
        names.append(names[0])
    lang = _first_language(load_yaml((base / MW).read_text(encoding="utf-8")))
    assert _named(_problems(base, MW, twice), f"languages.{lang}.{at}.names[", "listed twice")

    def other_case(t: Any) -> None:  # the same word in another case is another name (the names are read as written)
        names = t["languages"][_first_language(t)][at]["names"]
        names.append(names[0].swapcase())
    assert not _named(_problems(base, MW, other_case), f"languages.{lang}.{at}", "listed twice")


def test_a_word_listed_twice_in_a_table_by_language_is_refused(base: Path) -> None:
    def twice(t: Any) -> None:
        words = t["relative_pronouns"]["words"]["en"]
        words.append(words[0])
    assert _named(_problems(base, MW, twice), "relative_pronouns.words.en[", "listed twice")


def test_a_weekday_word_under_two_weekdays_is_refused(base: Path) -> None:
    def two_days(t: Any) -> None:
        days = t["languages"][_first_language(t)]["weekdays"]["names"]
        days["tuesday"].append(days["monday"][0])
    lang = _first_language(load_yaml((base / MW).read_text(encoding="utf-8")))
    assert _named(_problems(base, MW, two_days), f"languages.{lang}.weekdays.names.tuesday[", "'monday' and 'tuesday'")

    def another_word(t: Any) -> None:  # a second word for one day passes
        days = t["languages"][_first_language(t)]["weekdays"]["names"]
        days["monday"].append(days["monday"][0] + "s")
    assert not _named(_problems(base, MW, another_word), f"languages.{lang}.weekdays", "")


def test_the_bundled_monitor_words_pass_the_new_rules() -> None:
    from iccwatch.dataset.loader import MonitorWords

    table = load_yaml((Path(__file__).resolve().parents[2] / "data" / MW).read_text(encoding="utf-8"))
    MonitorWords.model_validate(table)  # no pattern of the record matches nothing inside a probe text


JOR = "states/JOR.yaml"


def _act(action: str, date: str) -> Callable[[Any], None]:
    def change(st: Any) -> None:
        rat = next(a for a in st["participation"] if a["action"] == "ratification")
        st["participation"].append({"instrument": "rome-statute", "action": action, "date": date, "sources": rat["sources"],
                                    **({"primary_gap": rat["primary_gap"]} if rat.get("primary_gap") else {})})
    return change


def _on(problems: list[Any], rel: str, field: str, words: str) -> list[Any]:
    return [p for p in problems if p.file == f"data/{rel}" and p.field == field and words in p.message and p.severity == "error"]


def test_a_withdrawal_announced_before_the_ratification_is_refused_and_one_after_it_is_not(base: Path) -> None:
    st = load_yaml((base / JOR).read_text(encoding="utf-8"))
    n = len(st["participation"])
    rat = next(a for a in st["participation"] if a["action"] == "ratification")["date"]
    assert str(rat) == "2002-04-11"
    bad = _problems(base, JOR, _act("withdrawal_announced", "2002-03-01"))
    assert _on(bad, JOR, f"participation[{n}].action", "before the State ratified or acceded"), [str(p) for p in bad]
    ok = _problems(base, JOR, _act("withdrawal_announced", "2016-10-21"))  # while a party: a government's announcement
    assert not [p for p in ok if p.file == f"data/{JOR}" and "before the State ratified" in p.message]


def test_a_withdrawal_before_the_statute_bound_the_state_is_named_by_its_date(base: Path) -> None:
    st = load_yaml((base / JOR).read_text(encoding="utf-8"))
    n = len(st["participation"])
    bad = _problems(base, JOR, _act("withdrawal_notified", "2002-05-01"))
    assert _on(bad, JOR, f"participation[{n}].date", "is not counted: the withdrawal notified on 2002-05-01"), [str(p) for p in bad]
