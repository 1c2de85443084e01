"""Round eleven of the bad records: the build refusing the new kinds and keeping the store, what a fixture folder cannot
hold (a file no file system everywhere can hold), and the proper forms each new rule (now in
``src/iccwatch/dataset/``: ``warrant_checks``, ``participation_checks``, ``ruling_checks``, ``custody_checks``,
``situation_checks``, ``identity_checks``, ``state_checks``, ``address_checks``, ``text_checks``,
``lookup_name_checks``) must leave alone.

What was tried in round eleven, which the checker already refused, which rule closed a hole and which were left as they
are and why, is the table in ``tests/dataset/ROUND11.md`` (made by ``tests/dataset/round11_probe.py``). Each closed
hole a fixture folder can hold has a fixture in ``tests/fixtures/bad/<case>/`` that ``tests/test_dataset_check.py``
picks up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.dataset.editing import edit_record

from iccwatch.dataset import check_dataset
from iccwatch.dataset.address_checks import address_spellings
from iccwatch.dataset.custody_checks import custody_spells
from iccwatch.dataset.identity_checks import MAX_ID_CHARS, identities, ids_as_file_names
from iccwatch.dataset.loader import load_records
from iccwatch.dataset.lookup_name_checks import demonyms_of_other_states
from iccwatch.dataset.participation_checks import consent_to_the_statute
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.ruling_checks import (
    chambers,
    conviction_before_confirmation,
    findings_before_requests,
    postponements,
    responses_naming_other_states,
)
from iccwatch.dataset.situation_checks import jurisdiction_from
from iccwatch.dataset.state_checks import heads_of_two_states
from iccwatch.dataset.text_checks import _text_problem, odd_texts
from iccwatch.dataset.warrant_checks import challenges_out_of_time, statuses_twice
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

from .test_bad_input import (  # noqa: F401 - the store fixture is shared
    assert_build_refuses_and_keeps_the_store,
    built_small_store,
)

#: The checks this round wrote, each in the module of what it checks, in the order they report.
ROUND_CHECKS = (
    statuses_twice, consent_to_the_statute, chambers, findings_before_requests, custody_spells,
    conviction_before_confirmation, postponements, challenges_out_of_time, jurisdiction_from, identities,
    heads_of_two_states, responses_naming_other_states, address_spellings, odd_texts, demonyms_of_other_states,
    ids_as_file_names,
)


def round11_problems(records: RecordSet) -> list[Problem]:
    return [p for check in ROUND_CHECKS for p in check(records)]


#: Round eleven's errors, one of each kind of rule.
BUILD_CASES = ["status-recorded-twice", "accession-by-a-signatory", "decision-chamber-of-the-prosecutor", "custody-after-death",
               "custody-surrender-not-recorded", "conviction-before-confirmation", "postponement-without-challenge",
               "warrant-recorded-twice", "pinpoint-ibid", "url-host-capitals", "emoji-in-text", "int-tag-on-quoted-text",
               "next-line-character", "demonym-of-another-state"]

BASHIR = "omar-hassan-ahmad-al-bashir"
E_CHAD = f"events/2010-07-21-{BASHIR}-chad.yaml"
KONY_W = "warrants/joseph-kony-1.yaml"
BEMBA_W = "warrants/jean-pierre-bemba-gombo-1.yaml"
D_JOR = "decisions/2017-12-11-jordan.yaml"
ICC = {"url": "https://www.icc-cpi.int/uganda/kony", "publisher": "International Criminal Court", "kind": "primary"}
NEWS = {"url": "https://www.reuters.com/world/x-2010-07-22/", "publisher": "Reuters", "kind": "secondary", "date": "2010-07-22"}


@pytest.mark.parametrize("case", BUILD_CASES)
def test_build_refuses_the_round_eleven_kinds_and_keeps_the_store(case: str, data_copy: Path, tmp_path: Path,
                                                                  built_small_store: Path) -> None:  # noqa: F811
    assert_build_refuses_and_keeps_the_store(case, data_copy, tmp_path, built_small_store)


def _problems(data: Path) -> list[str]:
    records, problems = load_records(data)
    assert records is not None and not [p for p in problems if p.severity == "error"], [str(p) for p in problems]
    return [str(p) for p in round11_problems(records)]


def _person(data: Path, pid: str) -> None:
    (data / "persons" / f"{pid}.yaml").write_text(dump_yaml({"id": pid, "name": "Fixture Person", "sources": [dict(NEWS)]}), encoding="utf-8")


def test_the_small_record_trips_no_round_eleven_rule(data_copy: Path) -> None:
    assert _problems(data_copy) == []


@pytest.mark.parametrize("pid", ["con", "nul", "aux", "com1", "lpt9", "prn"])
def test_an_id_that_is_a_windows_device_name_is_named(pid: str, data_copy: Path) -> None:
    _person(data_copy, pid)
    _, problems = check_dataset(data_copy)
    assert [p for p in problems if p.file == f"data/persons/{pid}.yaml" and p.field == "id" and "device name on Windows" in p.message]


@pytest.mark.parametrize(("pid", "named"), [("console", False), ("com10", False), ("k" * MAX_ID_CHARS, False), ("k" * (MAX_ID_CHARS + 1), True)])
def test_ids_near_a_device_name_or_the_length_limit(pid: str, named: bool, data_copy: Path) -> None:
    _person(data_copy, pid)
    _, problems = check_dataset(data_copy)
    assert bool([p for p in problems if p.file == f"data/persons/{pid}.yaml" and p.field == "id"]) is named


def test_a_custody_spell_ended_by_the_surrender_that_day_passes(data_copy: Path) -> None:
    spell = {"held_by": "BEL", "since": "2008-05-24", "until": "2008-07-03", "ended": "surrendered", "sources": [dict(ICC)]}
    edit_record(data_copy, BEMBA_W, lambda w: w.update(custody=[spell]))
    assert _problems(data_copy) == []
    edit_record(data_copy, BEMBA_W, lambda w: w["custody"][0].update(until="2008-07-04"))
    found = _problems(data_copy)
    assert any("custody[0].ended" in p for p in found) and any("custody[0].until" in p and "surrender to the Court" in p for p in found)


def test_a_spell_ended_by_death_on_the_day_of_death_passes(data_copy: Path) -> None:
    def change(w: dict[str, Any]) -> None:
        w["status_history"].append({"status": "deceased", "date": "2009-06-01", "sources": [dict(ICC)]})
        w["custody"] = [{"held_by": "UGA", "since": "2009-01-01", "until": "2009-06-01", "ended": "died", "sources": [dict(ICC)]}]
    edit_record(data_copy, KONY_W, change)
    assert [p for p in _problems(data_copy) if "custody" in p] == []
    edit_record(data_copy, KONY_W, lambda w: w["custody"][0].update(until="2009-06-02"))
    assert [p for p in _problems(data_copy) if "custody" in p and "after the death" in p]


@pytest.mark.parametrize(("chamber", "named"), [("Pre-Trial Chamber II", False), ("Trial Chamber V(B)", False),
                                                ("Pre-Trial Chamber A (Article 70)", False), ("Appeals Chamber (panel of three judges)", False),
                                                ("Presidency", False), ("Plenary of Judges", False), ("Pre-Trial Chamber", False),
                                                ("Pre-Trial Chamber 2", True), ("Office of the Prosecutor", True), ("Registry", True),
                                                ("pre-trial chamber II", True), ("Supreme Court of Appeal", True)])
def test_a_decision_is_a_chamber_of_the_court(chamber: str, named: bool, data_copy: Path) -> None:
    edit_record(data_copy, D_JOR, lambda d: d.update(chamber=chamber))
    assert bool([p for p in _problems(data_copy) if "] chamber:" in p]) is named


def test_accession_after_withdrawing_the_signature_passes_and_after_signing_is_named(data_copy: Path) -> None:
    def act(action: str, date: str) -> dict[str, Any]:
        return {"instrument": "rome-statute", "action": action, "date": date, "sources": [dict(ICC)]}
    edit_record(data_copy, "states/RUS.yaml", lambda s: s["participation"].append(act("accession", "2025-01-02")))
    rus = load_yaml((data_copy / "states/RUS.yaml").read_text(encoding="utf-8"))
    signed = [a for a in rus["participation"] if a["action"] == "signature"]
    withdrawn = [a for a in rus["participation"] if a["action"] == "signature_withdrawn"]
    assert signed and withdrawn  # the small record's Russia signed (2000) and withdrew its signature (2016)
    assert [p for p in _problems(data_copy) if "accession" in p] == []
    edit_record(data_copy, "states/RUS.yaml", lambda s: s.update(participation=[a for a in s["participation"] if a["action"] != "signature_withdrawn"]))
    assert [p for p in _problems(data_copy) if "art. 125(2)" in p and "accession" in p]


def test_an_amendment_accepted_by_a_party_passes(data_copy: Path) -> None:
    kampala = {"instrument": "kampala-aggression", "action": "ratification", "date": "2015-05-01", "sources": [dict(ICC)]}
    edit_record(data_copy, "states/JOR.yaml", lambda s: s["participation"].append(kampala))
    assert _problems(data_copy) == []
    edit_record(data_copy, "states/JOR.yaml", lambda s: s["participation"][-1].update(date="2001-05-01"))
    assert [p for p in _problems(data_copy) if "art. 121" in p]


@pytest.mark.parametrize(("pinpoint", "named"), [("p. 3", False), ("whole item", False), ("first paragraph", False), ('row "Chile"', False),
                                                 ("art. 126(2)", False), ("ibid.", True), ("Ibid", True), ("see above", True), ("n/a", True),
                                                 ("p.", True), ("paras.", True), ("§", True), ("-", True), ("supra", True)])
def test_a_pinpoint_names_a_place_in_the_document(pinpoint: str, named: bool, data_copy: Path) -> None:
    edit_record(data_copy, E_CHAD, lambda o: o["sources"].append({**ICC, "pinpoint": pinpoint}))
    assert bool([p for p in _problems(data_copy) if "points at nothing" in p]) is named


@pytest.mark.parametrize(("name", "text", "named"), [
    ("aliases", "\u062c\u0648\u0632\u064a\u0641 \u0643\u0648\u0646\u064a", False), ("note", "Loi n\u00b0 2012-15, 25\u00b0C", False),
    ("title", "\u5173\u4e8e\u56fd\u9645\u5211\u4e8b\u6cd5\u9662\uff0c\u58f0\u660e", False), ("note", "See [sic] (page 3)", False),
    ("note", "Kony (www group) said", False), ("aliases", "Joseph\ufe0f Kony", True), ("aliases", "\uff2b\uff4f\uff4e\uff59", True),
    ("aliases", "\U0001d40a\U0001d428\U0001d427\U0001d432", True), ("note", "He \U0001f525 flew", True),
    ("aliases", "www.kony.example.com", True), ("note", "[the release](https://example.org/x)", True), ("note", "![x](/p.png)", True),
    ("title", "-", True), ("aliases", "Nguy\u1ec5n", False), ("note", "q" + "\u0301" * 5, True), ("summary", "TBD", True), ("note", "...", True), ("status", "none", False), ("title", "2013", False)])
def test_text_rules(name: str, text: str, named: bool) -> None:
    assert (_text_problem(name, text) is not None) is named


def test_a_source_dated_the_day_its_address_gives_passes(data_copy: Path) -> None:
    src = {**NEWS, "url": "https://www.reuters.com/article/2010/07/22/chad-idUS1", "date": "2010-07-22"}
    edit_record(data_copy, E_CHAD, lambda o: o["sources"].append(src))
    assert _problems(data_copy) == []
    edit_record(data_copy, E_CHAD, lambda o: o["sources"][-1].update(date="2010-07"))  # a month only: not compared
    assert _problems(data_copy) == []
    edit_record(data_copy, E_CHAD, lambda o: o["sources"][-1].update(date="2010-07-23"))
    found = _problems(data_copy)
    assert len(found) == 1 and found[0].startswith("warning:") and "2010-07-22" in found[0]


@pytest.mark.parametrize(("url", "named"), [("https://www.icc-cpi.int/news/A-Title", False), ("https://www.icc-cpi.int/x?q=%20a%C3%A9", False),
                                            ("https://WWW.icc-cpi.int/x", True), ("https://www.icc-cpi.int/x%0Ay", True),
                                            ("https://www.icc-cpi.int/x?a=%00", True)])
def test_addresses_host_case_and_encoded_controls(url: str, named: bool, data_copy: Path) -> None:
    edit_record(data_copy, E_CHAD, lambda o: o["sources"].append({**ICC, "url": url}))
    assert bool(_problems(data_copy)) is named


def test_a_demonym_of_its_own_state_passes(data_copy: Path) -> None:
    text = (data_copy / "lookups" / "demonyms.yaml").read_text(encoding="utf-8")
    (data_copy / "lookups" / "demonyms.yaml").write_text(text.replace("\n  TCD:\n", "\n  TCD:\n  - Chad\n", 1), encoding="utf-8")
    assert _problems(data_copy) == []


@pytest.mark.parametrize(("text", "refused"), [('n: !!int "82"', True), ("n: !!int '82'", True), ("n: !!int 82", False), ("n: 82", False)])
def test_int_tag_only_on_a_plain_number(text: str, refused: bool) -> None:
    import yaml

    if refused:
        with pytest.raises(yaml.YAMLError, match="quoted text tagged !!int"):
            load_yaml(text)
    else:
        assert load_yaml(text) == {"n": 82}


def test_a_next_line_written_inside_a_value_is_named_with_its_line(data_copy: Path) -> None:
    """In a quoted value YAML folds U+0085 into a space ('Joseph Rao Kony' is read); the file is named, with the line."""
    path = data_copy / "persons" / "joseph-kony.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("- Joseph Rao Kony", "- 'Joseph\x85Rao Kony'"), encoding="utf-8")
    _, problems = check_dataset(data_copy)
    found = [p for p in problems if p.file == "data/persons/joseph-kony.yaml" and "U+0085" in p.message]
    assert len(found) == 1 and found[0].message.startswith("line 4:")
