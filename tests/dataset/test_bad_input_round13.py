"""Round thirteen of the bad records: each new rule (now in ``src/iccwatch/dataset/``: ``identity_checks``,
``instrument_checks``, ``situation_checks``, ``warrant_checks``, ``address_checks``, ``text_checks``,
``lookup_name_checks``, ``alias_checks``) names the bad form, and leaves the proper forms next to it alone.

What was tried in round thirteen, which the checker already refused, which rule closed a hole and which were left as
they are and why, is the table in ``tests/dataset/ROUND13.md`` (made by ``tests/dataset/round13_probe.py``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.dataset.editing import edit_record

from iccwatch.dataset.address_checks import empty_marks
from iccwatch.dataset.alias_checks import aliases_differing_in_case
from iccwatch.dataset.identity_checks import dates_inside_ids
from iccwatch.dataset.instrument_checks import council_responses
from iccwatch.dataset.loader import load_records
from iccwatch.dataset.lookup_name_checks import lookup_entries
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.situation_checks import council_deferrals
from iccwatch.dataset.text_checks import bylines
from iccwatch.dataset.warrant_checks import issued_after_death
from iccwatch.dataset.yaml_io import dump_yaml

#: The checks this round wrote, each in the module of what it checks, in the order they report.
ROUND_CHECKS = (
    dates_inside_ids, council_responses, council_deferrals, issued_after_death, empty_marks, bylines, lookup_entries,
    aliases_differing_in_case,
)


def round13_problems(records: RecordSet) -> list[Problem]:
    return [p for check in ROUND_CHECKS for p in check(records)]


BASHIR = "omar-hassan-ahmad-al-bashir"
W1 = f"warrants/{BASHIR}-1.yaml"
E_CHAD = f"events/2010-07-21-{BASHIR}-chad.yaml"
P_BASHIR = f"persons/{BASHIR}.yaml"
ST = "statements/js-2020-06-23.yaml"
ICC = {"url": "https://www.icc-cpi.int/darfur/albashir", "publisher": "International Criminal Court", "kind": "primary"}
NEWS = {"url": "https://www.reuters.com/world/x-2010-07-22/", "publisher": "Reuters", "kind": "secondary", "date": "2010-07-22"}
DEATH = {"status": "deceased", "date": "2024-01-01", "note": "fixture death", "sources": [dict(ICC)]}


def _problems(data: Path) -> list[str]:
    records, problems = load_records(data)
    assert records is not None and not [p for p in problems if p.severity == "error"], [str(p) for p in problems]
    return [str(p) for p in round13_problems(records)]


def _errors(data: Path) -> list[str]:
    return [p for p in _problems(data) if p.startswith("error")]


def _write(data: Path, rel: str, obj: dict[str, Any]) -> None:
    (data / rel).parent.mkdir(parents=True, exist_ok=True)
    (data / rel).write_text(dump_yaml(obj), encoding="utf-8")


def test_the_small_record_trips_no_round_thirteen_rule(data_copy: Path) -> None:
    assert _problems(data_copy) == []


@pytest.mark.parametrize(("date", "note", "refused"), [
    ("2020-06-24", None, True),  # another day
    ("2020-07", None, True),  # a month the id's day is not in
    ("2020-06", None, False),  # a coarser date holding the id's day
    ("2020-06-23", None, False),
    ("2020-06-24", "dated on publication", True),  # a note that does not speak of the id
    ("2020-06-24", "the id keeps the announcement's day on purpose", False),
])
def test_an_id_holding_another_date_than_the_record_is_refused(data_copy: Path, date: str, note: str | None, refused: bool) -> None:
    edit_record(data_copy, ST, lambda s: s.update(date=date, **({"note": note} if note else {})))
    found = _errors(data_copy)
    assert found == [] if not refused else (len(found) == 1 and "js-2020-06-23" in found[0] and "id holds the date 2020-06-23" in found[0])


def _response(data: Path, situation: str, body: str = "UNSC") -> None:
    rid = f"2013-02-13-{body.lower()}-{situation}"
    _write(data, f"responses/{rid}.yaml", {"id": rid, "situation": situation, "body": body, "date": "2013-02-13",
                                           "kind": "unsc_discussion" if body == "UNSC" else "informal",
                                           "summary": "fixture", "sources": [dict(ICC)]})


@pytest.mark.parametrize(("situation", "body", "refused"), [
    ("uganda", "UNSC", True),  # a State referral
    ("philippines", "UNSC", True),  # opened by the Prosecutor
    ("darfur-sudan", "UNSC", False),  # the Council referred it
    ("uganda", "ASP", False),  # the Assembly takes up any situation
])
def test_a_council_response_about_a_situation_it_did_not_refer_is_refused(data_copy: Path, situation: str, body: str, refused: bool) -> None:
    _response(data_copy, situation, body)
    found = _errors(data_copy)
    assert found == [] if not refused else (len(found) == 1 and "situation:" in found[0] and "did not refer" in found[0])


@pytest.mark.parametrize(("situation", "state", "refused"), [("darfur-sudan", "SDN", True), ("philippines", "PHL", False),
                                                              ("uganda", "UGA", False)])
def test_an_article_18_deferral_in_a_council_referral_is_refused(data_copy: Path, situation: str, state: str, refused: bool) -> None:
    edit_record(data_copy, f"situations/{situation}.yaml", lambda s: s.setdefault("deferrals", []).append(
        {"state": state, "requested": "2021-11-10" if state == "PHL" else "2005-08-01", "outcome": "pending", "sources": [dict(ICC)]}))
    found = _errors(data_copy)
    assert found == [] if not refused else (len(found) == 1 and "deferrals[0]" in found[0] and "Art. 18(1)" in found[0])


def _third_warrant(data: Path, issued: str, *more: dict[str, Any]) -> None:
    _write(data, f"warrants/{BASHIR}-3.yaml", {
        "id": f"{BASHIR}-3", "person": BASHIR, "situation": "darfur-sudan", "kind": "arrest_warrant", "case_number": "ICC-02/05-01/09",
        "issued": issued, "crimes": ["war_crimes"], "status_history": [{"status": "issued", "date": issued, "sources": [dict(ICC)]}, *more],
        "sources": [dict(ICC)]})


def test_a_warrant_issued_after_a_death_recorded_on_another_warrant_is_refused(data_copy: Path) -> None:
    edit_record(data_copy, W1, lambda w: w["status_history"].append(dict(DEATH)))
    _third_warrant(data_copy, "2023-06-01")  # before the death
    assert _errors(data_copy) == []
    _third_warrant(data_copy, "2024-06-01", {**DEATH, "status": "deceased"})  # it records the death itself: left alone
    assert _errors(data_copy) == []
    _third_warrant(data_copy, "2024-06-01")
    found = _errors(data_copy)
    assert len(found) == 1 and f"{BASHIR}-3" in found[0] and " issued: " in found[0] and "records no death" in found[0]


def test_a_disputed_death_does_not_bar_a_later_warrant(data_copy: Path) -> None:
    edit_record(data_copy, W1, lambda w: w["status_history"].append({**DEATH, "disputed": True}))
    _third_warrant(data_copy, "2024-06-01")
    assert _errors(data_copy) == []


@pytest.mark.parametrize(("url", "refused"), [
    ("https://www.reuters.com/world/x-2010-07-22/#", True), ("https://www.reuters.com/world/x-2010-07-22/?", True),
    ("https://www.reuters.com/world/x-2010-07-22/#para3", False), ("https://www.reuters.com/world/x?id=1", False),
])
def test_an_address_ending_in_an_empty_fragment_or_query_is_refused(data_copy: Path, url: str, refused: bool) -> None:
    edit_record(data_copy, E_CHAD, lambda e: e["sources"].append({**NEWS, "url": url}))
    found = _errors(data_copy)
    assert found == [] if not refused else (len(found) == 1 and "sources[1].url" in found[0] and "empty" in found[0])


@pytest.mark.parametrize(("publisher", "refused"), [("By John Smith", True), ("by Amina Diallo", True), ("BY ÉLISE DUPONT", True),
                                                    ("Reuters", False), ("Byline Times", False), ("Bylines Network", False)])
def test_a_byline_given_as_the_publisher_is_refused(data_copy: Path, publisher: str, refused: bool) -> None:
    edit_record(data_copy, E_CHAD, lambda e: e["sources"].append({**NEWS, "publisher": publisher}))
    found = [p for p in _errors(data_copy) if "byline" in p]
    assert found == [] if not refused else (len(found) == 1 and "sources[1].publisher" in found[0])


def _variants(data: Path, reason: str) -> None:
    _write(data, "lookups/name_variants.yaml", {"about": "fixture", "sources": [
        {"url": "https://libguides.princeton.edu/syriac/romanization", "publisher": "Princeton University Library", "kind": "secondary"}],
        "spellings": [], "persons": {"joseph-kony": [{"name": "Yosef Koni", "reason": reason}]}})


@pytest.mark.parametrize(("reason", "refused"), [("TBD", True), ("todo", True), ("Placeholder", True), ("...", True),
                                                 ("Hebrew-style transliteration in Israeli reports", False)])
def test_a_lookup_reason_left_as_a_placeholder_is_refused(data_copy: Path, reason: str, refused: bool) -> None:
    _variants(data_copy, reason)
    found = _errors(data_copy)
    assert found == [] if not refused else (len(found) == 1 and "persons.joseph-kony[0].reason" in found[0] and "placeholder" in found[0])


@pytest.mark.parametrize(("key", "refused"), [("Entebbe International Airport ", True), (" Entebbe", True),
                                              ("Entebbe International Airport", False), ("Addis Ababa Bole", False)])
def test_a_lookup_key_with_space_around_it_is_refused(data_copy: Path, key: str, refused: bool) -> None:
    _write(data_copy, "lookups/airports.yaml", {"about": "fixture", "sources": [
        {"url": "https://www.geonames.org/", "publisher": "GeoNames", "kind": "secondary"}], "airports": {key: "UGA"}})
    found = _errors(data_copy)
    assert found == [] if not refused else (len(found) == 1 and "data/lookups/airports.yaml" in found[0] and "space around it" in found[0])


@pytest.mark.parametrize(("extra", "warned"), [(["Omar Al-bashir"], True), (["OMAR AL BASHIR"], True),
                                               (["Omar Hassan Al-Bashir", "Omar Hassan Al Bashir"], False)])
def test_two_aliases_differing_only_in_case_are_flagged(data_copy: Path, extra: list[str], warned: bool) -> None:
    edit_record(data_copy, P_BASHIR, lambda p: p["aliases"].extend(extra))
    found = _problems(data_copy)
    assert all(p.startswith("warning") for p in found)
    assert found == [] if not warned else (len(found) == 1 and "only in case" in found[0])
