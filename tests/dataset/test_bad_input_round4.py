"""Round four of the bad records: the build refusing the new kinds and keeping the store, and the real cases
each new rule must leave alone (the exceptions a reviewer of a legal record would raise).

What was tried in round four (contradictions across records, dates, text, YAML and files), which the
checker already refused, which rule closed a hole, and which were left as they are and why, is the table in
``tests/dataset/ROUND4.md`` (made by ``tests/dataset/round4_probe.py``). Each closed hole has a fixture in
``tests/fixtures/bad/<case>/`` that ``tests/test_dataset_check.py`` picks up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.dataset.editing import edit_file as _edit
from typer.testing import CliRunner

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml

from .test_bad_input import (  # noqa: F401 - the store fixture is shared
    _apply,
    _named,
    _snapshot,
    assert_build_refuses_and_keeps_the_store,
    built_small_store,
)

#: One of each sort of rule round four added: a crime's jurisdiction date, a declaration, an entry into
#: force, a finding's duty, Art. 87(7), a request, a response's document, a position, an event against the
#: warrant, a long name, a mixed-script word.
BUILD_CASES = ["aggression-before-activation", "declaration-by-a-party", "entry-into-force-before-deposit", "finding-without-a-duty",
               "council-referral-outside-council-situation", "court-request-after-warrants-ended",
               "assembly-response-with-council-document", "court-holding-not-by-a-chamber", "arrest-event-by-another-state",
               "name-too-long", "mixed-script-word"]

runner = CliRunner()


@pytest.mark.parametrize("case", BUILD_CASES)
def test_build_refuses_the_round_four_kinds_and_keeps_the_store(case: str, data_copy: Path, tmp_path: Path,
                                                                built_small_store: Path) -> None:  # noqa: F811
    assert_build_refuses_and_keeps_the_store(case, data_copy, tmp_path, built_small_store)


def _errors(data: Path) -> list[str]:
    _, problems = check_dataset(data)
    return [str(p) for p in problems if p.severity == "error"]


UNTC = {"url": "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-10&chapter=18&clang=_en",
        "publisher": "United Nations Treaty Collection", "kind": "primary"}
ICC = {"url": "https://www.icc-cpi.int/darfur/albashir", "publisher": "International Criminal Court", "kind": "primary"}


def _act(data: Path, iso3: str, **act: Any) -> None:
    _edit(data / "states" / f"{iso3}.yaml", lambda s: s["participation"].append({"instrument": "rome-statute", **act, "sources": [dict(UNTC)]}))


def test_a_declaration_for_the_period_before_joining_passes(data_copy: Path) -> None:
    """A State that later joined may accept jurisdiction for the time before (a confirmation while not yet a party
    is in the small record already); only a declaration by a party for its own party period is refused."""
    _act(data_copy, "CIV", action="declaration_12_3_confirmed", date="2012-01-10", covers_from="2010-11-28")
    _act(data_copy, "PSE", action="declaration_12_3", date="2015-04-02", covers_from="2014-06-13")  # a party since 2015-04-01, for before
    assert _errors(data_copy) == []
    _act(data_copy, "PSE", action="declaration_12_3", date="2016-01-01", covers_from="2015-06-01")
    assert any("PSE" in e and "by a State Party" in e for e in _errors(data_copy))


def test_a_declaration_by_a_former_party_and_an_arrangement_by_a_non_party_pass(data_copy: Path) -> None:
    _act(data_copy, "BDI", action="declaration_12_3", date="2019-01-01", covers_from="2018-01-01")  # after its withdrawal took effect
    _act(data_copy, "RUS", action="ad_hoc_arrangement", date="2010-01-01")
    assert _errors(data_copy) == []


def test_an_article_124_declaration_on_joining_passes(data_copy: Path) -> None:
    _act(data_copy, "TCD", action="declaration_124", date="2006-11-01")  # the day of its ratification
    _act(data_copy, "JOR", action="declaration_124", date="2002-07-01")  # the day the Statute entered into force for it
    assert _errors(data_copy) == []


def test_an_entry_into_force_before_a_succession_is_not_refused(data_copy: Path) -> None:
    """A succession applies from the day the predecessor's obligations passed, which may be before the notice."""
    _act(data_copy, "TCD", instrument="apic", action="succession", date="2010-05-01")
    _act(data_copy, "TCD", instrument="apic", action="entry_into_force", date="2010-04-01")
    assert not [e for e in _errors(data_copy) if "before the State deposited" in e]


def _finding(data: Path, state: str, day: str, situation: str = "darfur-sudan", person: str = "omar-hassan-ahmad-al-bashir") -> None:
    rec = {"id": f"{day}-finding", "date": day, "chamber": "Pre-Trial Chamber II", "state": state, "persons": [person],
           "situation": situation, "request_type": "arrest_surrender", "finding": "non_compliance", "referred_to": "ASP",
           "later_rulings_gap": "none searched (test)", "sources": [dict(ICC)]}
    (data / "decisions" / f"{day}-finding.yaml").write_text(dump_yaml(rec), encoding="utf-8")


def test_findings_against_a_state_with_a_duty_pass(data_copy: Path) -> None:
    """A State the Council's resolution obliges, a former party (Art. 127(2)) and a declarant have a duty."""
    _finding(data_copy, "SDN", "2010-05-25")  # obliged by the Council's resolution though never a party
    _finding(data_copy, "BDI", "2019-06-03")  # a party until 2017-10-27
    _finding(data_copy, "UKR", "2023-06-01", situation="ukraine", person="vladimir-vladimirovich-putin")  # Art. 12(3) declarant
    assert _errors(data_copy) == []
    _finding(data_copy, "RUS", "2015-09-01")
    assert any("2015-09-01-finding" in e and "no duty to cooperate" in e for e in _errors(data_copy))


def test_an_aggression_warrant_after_activation_passes(data_copy: Path) -> None:
    _edit(data_copy / "warrants" / "vladimir-vladimirovich-putin-1.yaml", lambda w: w["crimes"].append("aggression"))
    assert _errors(data_copy) == []


@pytest.mark.parametrize(("field", "ok", "bad"), [("name", 300, 301), ("url", 2048, 2049)])
def test_a_short_field_has_a_limit_and_a_note_does_not(data_copy: Path, field: str, ok: int, bad: int) -> None:
    path = data_copy / "persons" / "joseph-kony.yaml"
    if field == "name":
        values = {n: "Joseph " + "K" * (n - 7) for n in (ok, bad)}
        set_it = lambda p, v: p.update(name=v)  # noqa: E731
    else:
        base = "https://www.icc-cpi.int/"
        values = {n: base + "a" * (n - len(base)) for n in (ok, bad)}
        set_it = lambda p, v: p["sources"].append({"url": v, "publisher": "International Criminal Court", "kind": "primary"})  # noqa: E731
    original = path.read_text(encoding="utf-8")
    _edit(path, lambda p: (set_it(p, values[ok]), p.update(note="n" * 5000)))
    assert _errors(data_copy) == []
    path.write_text(original, encoding="utf-8")
    _edit(path, lambda p: set_it(p, values[bad]))
    assert any(f"too long for a {field}" in e and "joseph-kony" in e for e in _errors(data_copy))


@pytest.mark.parametrize("alias", ["Joseph Kony (\u0399\u03c9\u03c3\u03ae\u03c6 \u039a\u03cc\u03bd\u03b9)", "\u0419\u043e\u0437\u0435\u0444 Kony",
                                   "Jōsèph Kóny", "Kony-\u041a\u043e\u043d\u0438"])
def test_a_word_in_another_script_beside_a_latin_one_passes(alias: str, data_copy: Path) -> None:
    """Only a word that mixes scripts is refused; a hyphen separates words (\\w does not match it)."""
    _edit(data_copy / "persons" / "joseph-kony.yaml", lambda p: p["aliases"].append(alias))
    assert _errors(data_copy) == []


@pytest.mark.parametrize("word", ["J\u043eseph", "K\u03bfny", "Kony\u0410"])
def test_a_word_mixing_scripts_is_refused_naming_the_letter(word: str, data_copy: Path) -> None:
    _edit(data_copy / "persons" / "joseph-kony.yaml", lambda p: p["aliases"].append(f"{word} Kony"))
    errors = _errors(data_copy)
    assert any("aliases[1]" in e and "mixes Latin letters" in e and "U+" in e for e in errors), errors
