"""Round fifteen of the bad records: each new rule (now in ``src/iccwatch/dataset/``: ``text_checks``,
``situation_checks``, ``ruling_checks``, ``warrant_checks``, ``position_checks``, ``coverage_checks``,
``trip_checks``, and the rules it widened in ``review_checks``, the checks of round 7 and ``checks``) names the bad
form, and leaves the proper forms next to it alone.

What was tried in round fifteen, which the checker already refused, which rule closed a hole and which were left as
they are and why, is the table in ``tests/dataset/ROUND15.md`` (made by ``tests/dataset/round15_probe.py``); each bad
form also has its case in ``tests/fixtures/bad/``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.dataset.editing import edit_record

from iccwatch.dataset import check_dataset
from iccwatch.dataset.coverage_checks import coverage_lists_twice
from iccwatch.dataset.loader import load_records
from iccwatch.dataset.position_checks import position_scopes
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.ruling_checks import gaps_on_rulings
from iccwatch.dataset.situation_checks import authorisations_of_referrals
from iccwatch.dataset.text_checks import prose_fields
from iccwatch.dataset.trip_checks import travel_gaps_beside_trips
from iccwatch.dataset.warrant_checks import challenges_on_the_warrant
from iccwatch.dataset.yaml_io import dump_yaml

#: The checks this round wrote, each in the module of what it checks, in the order they report.
ROUND_CHECKS = (
    prose_fields, authorisations_of_referrals, gaps_on_rulings, challenges_on_the_warrant, position_scopes,
    coverage_lists_twice, travel_gaps_beside_trips,
)


def round15_problems(records: RecordSet) -> list[Problem]:
    return [p for check in ROUND_CHECKS for p in check(records)]


BASHIR = "omar-hassan-ahmad-al-bashir"
W1 = f"warrants/{BASHIR}-1.yaml"
E_CHAD = f"events/2010-07-21-{BASHIR}-chad.yaml"
P_BASHIR = f"persons/{BASHIR}.yaml"
P_KONY = "persons/joseph-kony.yaml"
D_CHAD = "decisions/2010-08-27-chad.yaml"
ICC = {"url": "https://www.icc-cpi.int/darfur/albashir", "publisher": "International Criminal Court", "kind": "primary"}


def _problems(data: Path) -> list[str]:
    records, problems = load_records(data)
    assert records is not None and not [p for p in problems if p.severity == "error"], [str(p) for p in problems]
    return [str(p) for p in round15_problems(records)]


def _all(data: Path) -> list[str]:
    return [f"{p.severity}|{p}" for p in check_dataset(data)[1]]


def _write(data: Path, rel: str, obj: dict[str, Any]) -> None:
    (data / rel).parent.mkdir(parents=True, exist_ok=True)
    (data / rel).write_text(dump_yaml(obj), encoding="utf-8")


def test_the_small_record_trips_no_round_fifteen_rule(data_copy: Path) -> None:
    assert _problems(data_copy) == []


@pytest.mark.parametrize(("note", "refused"), [
    ("seen in Khartoum on 2010-02-30", True),
    ("seen in Khartoum on 2010-13-01", True),
    ("seen in Khartoum on 2012-02-29", False),  # a leap day
    ("filing ICC-02/05-01/09-2010-02-30 cited", False),  # parts of a number, not a day
    ("searched 2026-12-03", False),
])
def test_words_naming_a_day_no_calendar_has_are_refused(data_copy: Path, note: str, refused: bool) -> None:
    edit_record(data_copy, W1, lambda w: w["status_history"][1].update(note=note))
    found = [p for p in _problems(data_copy) if "which no calendar has" in p]
    assert bool(found) == refused, found
    if refused:
        assert "status_history[1].note" in found[0]


def test_a_day_no_calendar_has_in_a_sources_note_is_refused(data_copy: Path) -> None:
    edit_record(data_copy, E_CHAD, lambda e: e["sources"][0].update(note="read on 2026-02-30"))
    assert any("sources[0].note: the text names the day 2026-02-30" in p for p in _problems(data_copy))


@pytest.mark.parametrize(("field", "value", "refused"), [
    ("occasion", "https://www.reuters.com/article/x", True),
    ("occasion", "<https://www.reuters.com/article/x>", True),
    ("occasion", "www.reuters.com/article/x", True),
    ("occasion", "summit (see https://www.reuters.com/article/x)", False),  # words with an address beside them
    ("followup", "https://www.icc-cpi.int/x", True),
    ("followup", "the Court informed the Council", False),
])
def test_a_text_that_is_only_an_address_is_refused(data_copy: Path, field: str, value: str, refused: bool) -> None:
    edit_record(data_copy, E_CHAD, lambda e: e.update({field: value}))
    found = [p for p in _problems(data_copy) if "is only a web address" in p]
    assert bool(found) == refused, found


@pytest.mark.parametrize(("fields", "refused"), [
    ({"disputed": True}, True),
    ({"disputed": True, "note": "the Court's release says 22 July; Reuters says 21 July"}, False),
    ({"confidence": "low"}, True),
    ({"confidence": "low", "note": "one report only"}, False),
    ({"confidence": "low", "primary_gap": "the Court's filing is not stored"}, False),
    ({"confidence": "medium"}, False),
])
def test_a_doubtful_fact_says_why(data_copy: Path, fields: dict[str, Any], refused: bool) -> None:
    def change(e: dict[str, Any]) -> None:
        e.pop("note", None)
        e.update(fields)
    edit_record(data_copy, E_CHAD, change)
    found = [p for p in _problems(data_copy) if "with no note" in p]
    assert bool(found) == refused, found


def test_a_travel_gap_beside_recorded_trips_is_a_warning(data_copy: Path) -> None:
    edit_record(data_copy, P_BASHIR, lambda p: p.update(travel_gap="news searched on 2026-01-01; none found"))
    edit_record(data_copy, P_KONY, lambda p: p.update(travel_gap="news searched on 2026-01-01; none found"))
    found = [p for p in _all(data_copy) if "travel_gap" in p and "recorded of this person" in p]
    assert len(found) == 1 and found[0].startswith("warning|") and BASHIR in found[0], found  # Kony has no trip recorded


def test_an_authorisation_belongs_to_a_proprio_motu_situation_and_is_sourced(data_copy: Path) -> None:
    assert not [p for p in _problems(data_copy) if "authorisation" in p]  # the Philippines' own, sourced
    edit_record(data_copy, "situations/darfur-sudan.yaml",
                lambda s: s.update(authorisation={"date": "2005-06-01", "chamber": "Pre-Trial Chamber I", "sources": [dict(ICC)]}))
    edit_record(data_copy, "situations/philippines.yaml", lambda s: s["authorisation"].update(sources=[]))
    found = [p for p in _problems(data_copy) if "authorisation" in p]
    assert len(found) == 2, found
    assert any("[darfur-sudan] authorisation:" in p and "unsc_referral" in p for p in found)
    assert any("[philippines] authorisation.sources:" in p for p in found)


@pytest.mark.parametrize(("changes", "refused"), [
    ({"later_rulings_gap": "searched; none"}, False),  # a finding of non-compliance: its place
    ({"finding": "no_finding", "later_rulings_gap": "searched; none"}, False),  # an informing decision: left alone
    ({"kind": "conviction", "outcome": "convicted", "later_rulings_gap": "searched; none"}, True),
    ({"responses_gap": "searched; none"}, False),  # referred to both
    ({"referred_to": "none", "responses_gap": "searched; none"}, True),
])
def test_a_gap_is_written_only_where_it_belongs(data_copy: Path, changes: dict[str, Any], refused: bool) -> None:
    edit_record(data_copy, "decisions/2017-12-11-jordan.yaml", lambda d: d.update(changes))
    found = [p for p in _problems(data_copy) if "_gap: set on" in p]
    assert bool(found) == refused, found


@pytest.mark.parametrize(("challenges", "expected"), [
    ([{"by_state": "SDN", "made": "2010-01-01", "determined": "2010-06-01"}, {"by_state": "SDN", "made": "2011-01-01"}], []),
    ([{"by_state": "SDN", "made": "2010-01-01"}, {"by_state": "TCD", "made": "2011-01-01"}], []),  # two States
    ([{"by_state": "SDN", "made": "2009-03"}], []),  # the month of the issue
    ([{"by_state": "SDN", "made": "2010-01-01"}, {"by_state": "SDN", "made": "2011-01-01"}], ["admissibility_challenges[1].made: 2011-01-01: a second challenge"]),
    ([{"by_state": "SDN", "made": "2010-01-01", "determined": "2012-01-01"}, {"by_state": "SDN", "made": "2011-01-01"}],
     ["a second challenge by SDN while its challenge of 2010-01-01 (admissibility_challenges[0], determined on 2012-01-01)"]),
    ([{"by_state": "SDN", "made": "2008-12-31"}], ["admissibility_challenges[0].made: 2008-12-31, before the warrant's first recorded date (2009-03-04"]),
])
def test_admissibility_challenges_follow_the_case_and_one_another(data_copy: Path, challenges: list[dict[str, Any]], expected: list[str]) -> None:
    edit_record(data_copy, W1, lambda w: w.update(admissibility_challenges=[{**c, "sources": [dict(ICC)]} for c in challenges]))
    found = [p for p in _problems(data_copy) if "admissibility_challenges" in p]
    assert len(found) == len(expected) and all(e in f for e, f in zip(expected, found, strict=True)), found


@pytest.mark.parametrize(("situations", "refused"), [(["darfur-sudan"], False), (["ukraine"], True), (["philippines"], True)])
def test_a_holding_on_point_in_council_referrals_names_only_such_situations(data_copy: Path, situations: list[str], refused: bool) -> None:
    _write(data_copy, "positions/icc-appeals-jordan-2019.yaml", {
        "id": "icc-appeals-jordan-2019", "issue": "personal-immunity", "held_by": "ICC Appeals Chamber", "date": "2019-05-06", "court": True,
        "scope": "unsc_referral", "summary": "No immunity before an international court.", "answer_if_followed": "obliged",
        "situations": situations, "sources": [dict(ICC)]})
    found = [p for p in _problems(data_copy) if "scope is unsc_referral" in p]
    assert bool(found) == refused, found


def test_a_coverage_gap_written_twice_is_refused(data_copy: Path) -> None:
    edit_record(data_copy, "meta.yaml", lambda m: m["coverage"]["states"]["incomplete"].append(
        m["coverage"]["states"]["incomplete"][0].upper().replace(" ", "  ", 1)))  # the same words, in another case and spacing
    found = [p for p in _problems(data_copy) if "written twice" in p]
    assert len(found) == 1 and "coverage.states.incomplete[3]" in found[0], found


@pytest.mark.parametrize(("kind", "statuses", "refused"), [
    ("interim_release", [], True),
    ("interim_release", [{"status": "surrendered", "date": "2014-12-01"}], False),
    ("interim_release", [{"status": "surrendered", "date": "2015-02-01"}], True),  # surrendered after the ruling
    ("warrant_withdrawn", [], True),
    ("warrant_withdrawn", [{"status": "warrant_withdrawn", "date": "2015-01-01"}], False),
    ("proceedings_terminated", [{"status": "warrant_withdrawn", "date": "2015-01-01"}], False),
    ("proceedings_terminated", [{"status": "proceedings_terminated", "date": "2015-01-02"}], True),  # another day
])
def test_a_ruling_on_a_warrant_is_recorded_on_the_warrant(data_copy: Path, kind: str, statuses: list[dict[str, Any]], refused: bool) -> None:
    edit_record(data_copy, "warrants/joseph-kony-1.yaml",
                lambda w: w["status_history"].extend({**s, "sources": [dict(ICC)]} for s in statuses))
    _write(data_copy, "decisions/2015-01-01-uganda-kony-ruling.yaml", {
        "id": "2015-01-01-uganda-kony-ruling", "date": "2015-01-01", "chamber": "Pre-Trial Chamber II", "kind": kind, "situation": "uganda",
        "persons": ["joseph-kony"], "outcome": "granted", "sources": [dict(ICC)]})
    found = [p for p in _all(data_copy) if p.startswith("error|") and "2015-01-01-uganda-kony-ruling" in p and "persons[0]" in p]
    assert bool(found) == refused, found


@pytest.mark.parametrize(("second", "warned"), [
    ("https://www.icc-cpi.int/Pages/item.aspx?lan=en-GB&name=pr1094", True),  # parameters in another order
    ("https://www.icc-cpi.int/Pages/item.aspx?name=pr1094&lan=en-GB", False),  # the same address: the duplicate rule's
    ("https://www.icc-cpi.int/Pages/item.aspx?name=pr1095&lan=en-GB", False),  # another page
    ("https://www.icc-cpi.int/P%61ges/item.aspx?name=pr1094&lan=en-GB", True),  # a letter escaped
    ("https://www.icc-cpi.int/Pages%2fitem.aspx?name=pr1094&lan=en-GB", False),  # an escaped slash is not a slash
])
def test_one_page_under_two_spellings_of_its_address_is_a_warning(data_copy: Path, second: str, warned: bool) -> None:
    first = "https://www.icc-cpi.int/Pages/item.aspx?name=pr1094&lan=en-GB"
    edit_record(data_copy, E_CHAD, lambda e: e.update(sources=[{**ICC, "url": first}, {**ICC, "url": second}]))
    # round 40: two citations apart only in the address's spelling are one source twice, an error ("under two forms")
    found = [p for p in _all(data_copy) if "under another form of its address" in p or "under two forms of its address" in p]
    assert bool(found) == warned, found


def test_two_escapes_of_one_character_in_two_cases_are_one_page(data_copy: Path) -> None:
    first, second = "https://www.icc-cpi.int/court-record/icc-02%2F05-01%2F09-139", "https://www.icc-cpi.int/court-record/icc-02%2f05-01%2f09-139"
    edit_record(data_copy, E_CHAD, lambda e: e.update(sources=[{**ICC, "url": first}, {**ICC, "url": second}]))
    assert any("under another form of its address" in p or "under two forms of its address" in p for p in _all(data_copy))


def test_a_ratification_withdrawn_before_force_is_named_when_an_entry_into_force_follows_it(data_copy: Path) -> None:
    edit_record(data_copy, "states/JOR.yaml", lambda s: s["participation"].append(
        {"instrument": "rome-statute", "action": "withdrawal_notified", "date": "2002-05-01", "sources": [dict(ICC)]}))
    # round 32: the problem names the withdrawal's date (participation[3].date), where it named only the list
    found = [p for p in _all(data_copy) if "[JOR] participation[3].date:" in p]
    assert found and "the ratification of 2002-04-11 is not counted: the withdrawal notified on 2002-05-01" in found[0], found


@pytest.mark.parametrize(("value", "refused"), [(2, False), (999, False), (1000, True), (10**20, True)])
def test_a_cooperation_paragraph_has_a_paragraph_number(data_copy: Path, value: int, refused: bool) -> None:
    edit_record(data_copy, "instruments/unsc-res-1593-2005.yaml", lambda i: i.update(cooperation_paragraph=value))
    found = [p for p in _all(data_copy) if p.startswith("error|") and "cooperation_paragraph" in p]
    assert bool(found) == refused, found


def test_an_empty_reason_in_a_lookup_says_reason(data_copy: Path) -> None:
    path = data_copy / "lookups" / "publishers.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("\n  reason: ") + len("\n  reason: ")
    path.write_text(text[:start] + "''" + text[text.index("\n", start):], encoding="utf-8")
    found = [p for p in _all(data_copy) if "publishers.yaml" in p and "empty text" in p]
    assert found and "write the reason, or leave the entry out" in found[0], found


@pytest.mark.parametrize(("act", "expected"), [
    ({"action": "declaration_12_3", "date": "2003-01-01", "covers_to": "2000-12-31"}, "covers_to: 2000-12-31, before the Statute entered into force"),
    ({"action": "declaration_12_3", "date": "2003-01-01", "covers_to": "2002-07"}, None),  # the month it entered into force
    ({"action": "ratification", "date": "2002-04-11", "situation": "darfur-sudan"}, "situation applies only to declarations"),
    ({"action": "ad_hoc_arrangement", "date": "2010-01-01", "situation": "darfur-sudan"}, None),
])
def test_a_declarations_fields_belong_to_declarations(data_copy: Path, act: dict[str, Any], expected: str | None) -> None:
    edit_record(data_copy, "states/JOR.yaml", lambda s: s["participation"].append({"instrument": "rome-statute", **act, "sources": [dict(ICC)]}))
    found = [p for p in _all(data_copy) if p.startswith("error|") and "[JOR] participation[3]" in p and ("covers_to" in p or ".situation" in p)]
    assert [expected in p for p in found] == ([True] if expected else []), found


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("official_name", "Sudan", "'Sudan' is also the name of SDN"),
    ("short_name", "Republic of the Sudan", "'Republic of the Sudan' is also the official_name of SDN"),
    ("official_name", "Republic of Chad", None),  # its own
    ("official_name_fr", "Soudan", "'Soudan' is also the name_fr of SDN"),
])
def test_a_states_name_is_no_other_states_name_in_another_field(data_copy: Path, field: str, value: str, expected: str | None) -> None:
    edit_record(data_copy, "states/TCD.yaml", lambda s: s.update({field: value}))
    found = [p for p in _all(data_copy) if p.startswith("error|") and "[TCD]" in p and "is also the" in p]
    assert [expected in p for p in found] == ([True] if expected else []), found


def test_a_persons_name_that_is_a_states_name_is_a_warning(data_copy: Path) -> None:
    assert not [p for p in _all(data_copy) if "is the name of the State" in p]
    edit_record(data_copy, P_KONY, lambda p: p.update(name="Uganda"))
    found = [p for p in _all(data_copy) if "is the name of the State" in p]
    assert len(found) == 1 and found[0].startswith("warning|") and "[joseph-kony] name: 'Uganda' is the name of the State UGA" in found[0], found


@pytest.mark.parametrize(("url", "pinpoint", "warned"), [
    ("https://www.icc-cpi.int/", None, True),
    ("https://www.icc-cpi.int", None, True),
    ("https://www.icc-cpi.int/", "the banner of 21 July 2010", False),
    ("https://www.icc-cpi.int/darfur", None, False),
    ("https://www.icc-cpi.int/?lang=fr", None, False),  # a query is another matter (listing pages)
])
def test_a_sites_home_page_without_a_pinpoint_is_a_warning(data_copy: Path, url: str, pinpoint: str | None, warned: bool) -> None:
    edit_record(data_copy, E_CHAD, lambda e: e["sources"][0].update(url=url, **({"pinpoint": pinpoint} if pinpoint else {})))
    found = [p for p in _all(data_copy) if "a site's home page" in p]
    assert [p.startswith("warning|") for p in found] == ([True] if warned else []), found
