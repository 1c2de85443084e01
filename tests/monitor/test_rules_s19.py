"""Session 19 (issue 12): general readings written from the mechanisms behind the dev parts' errors of batches 40-41 (their
test parts unread), tested with sentences written for the purpose (not copied from the real-news set), each with contrasts."""

from __future__ import annotations

import pytest
from tests.monitor.probe import facts_of as _facts
from tests.monitor.probe import rule_candidates

BASHIR = "omar-hassan-ahmad-al-bashir"
PUTIN = "vladimir-vladimirovich-putin"
WEDNESDAY = "2011-12-14"  # "on Monday" is 2011-12-12
DAY = "2025-05-07"


# --- findings told as the Court reporting or referring a State to the Security Council or the Assembly ----------------------

@pytest.mark.parametrize(("text", "states"), [
    ("The ICC has reported Zambia and Malawi to the UN Security Council for failing to arrest Omar al-Bashir.", {"ZMB", "MWI"}),
    ("The Court said on Monday it was referring Kenya to the UN Security Council over the visit of Omar al-Bashir.", {"KEN"}),
    ("Judges at the ICC have referred Djibouti to the Assembly of States Parties after Omar al-Bashir's visit.", {"DJI"}),
])
def test_finding_told_as_a_referral_of_a_state(spec, text: str, states: set[str]) -> None:  # noqa: ANN001
    assert {st for _, st in _facts(spec, text, WEDNESDAY, "noncompliance_finding")} == states


@pytest.mark.parametrize("text", [
    # contrasts: the Council referring a situation to the Court, a referral asked for or only weighed
    "The UN Security Council referred the situation in Darfur to the ICC in 2005.",
    "Activists urged the ICC to report Kenya to the UN Security Council.",
    "The judges will decide whether to refer Kenya to the UN Security Council.",
    "The Court could refer Kenya to the Assembly of States Parties if it fails to explain itself.",
])
def test_no_finding_in_a_referral_not_made(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, WEDNESDAY, "noncompliance_finding") == set()


@pytest.mark.parametrize(("text", "day"), [
    # the day of the visit, told in the clause of the failure, is not the finding's
    ("The ICC on Monday referred Malawi to the UN Security Council for failing to arrest Omar al-Bashir when he visited the "
     "country for a summit in October.", "2011-12-12"),
    ("On Monday the Court found that Malawi failed to arrest Omar al-Bashir during his visit to Lilongwe on 14 October.", "2011-12-12"),
])
def test_finding_not_dated_by_the_visit_it_judges(spec, text: str, day: str) -> None:  # noqa: ANN001
    got = [c for c in rule_candidates(spec, text, WEDNESDAY) if c[0] == "noncompliance_finding"]
    assert [(st, d) for _, _, st, d in got] == [("MWI", day)]


# --- a warrant only reported by others, a withdrawal only expected -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Sudan dismissed the Court amid reports that it has issued an arrest warrant for Omar al-Bashir.",
    "Amid reports the ICC had issued a warrant for Omar al-Bashir, the envoy said it meant nothing.",
    "The envoy vowed his country would not cooperate with the International Criminal Court (ICC) amid reports it has issued an "
    "arrest warrant for Omar al-Bashir, the Sudanese leader.",
])
def test_warrant_only_reported_is_none(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "warrant_issued") == set()


def test_warrant_told_by_the_court_is_kept(spec) -> None:  # noqa: ANN001
    text = "The ICC has issued an arrest warrant for Omar al-Bashir, its spokesman said."
    assert _facts(spec, text, DAY, "warrant_issued") == {(BASHIR, None)}


@pytest.mark.parametrize("text", [
    "Hungary is expected to announce this week that it is withdrawing from the Rome Statute.",
    "Hungary is set to announce its withdrawal from the Rome Statute on Thursday.",
    "The government is likely to declare on Friday that it will leave the Rome Statute.",
])
def test_withdrawal_only_expected_is_none(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "withdrawal_announced") == set()


def test_withdrawal_announced_is_kept(spec) -> None:  # noqa: ANN001
    text = "Hungary announced on Thursday that it is withdrawing from the Rome Statute."
    assert {st for _, st in _facts(spec, text, DAY, "withdrawal_announced")} == {"HUN"}


# --- an arrival only awaited ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In anticipation of Omar al-Bashir's arrival in Kenya, the Registrar wrote to the Kenyan embassy in Brussels on 13 October.",
    "Ahead of Vladimir Putin's arrival in Mongolia, the Court reminded Ulaanbaatar of its duty.",
    "Before Omar al-Bashir's expected arrival in Malawi, rights groups wrote to the government in Lilongwe.",
])
def test_arrival_only_awaited_is_no_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "visit") == set()


def test_arrival_told_as_made_is_a_visit(spec) -> None:  # noqa: ANN001
    text = "Omar al-Bashir's arrival in Kenya on Friday drew protests from rights groups."
    assert _facts(spec, text, DAY, "visit") == {(BASHIR, "KEN")}


# --- a new name is the person's, not the nationality before it ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("ICC unseals warrant for Libyan Khalil Omar Badri", "Khalil Omar Badri"),
    ("The ICC on Monday unsealed a warrant for Malian Ahmed Ould Sidi.", "Ahmed Ould Sidi"),
])
def test_new_name_without_its_demonym(spec, text: str, name: str) -> None:  # noqa: ANN001
    from iccwatch.monitor.documents import make_document
    from iccwatch.monitor.extract import extract_candidates

    got = [c.person_name for c in extract_candidates(make_document(text, date=DAY), spec, mode="rules") if c.type == "warrant_unsealed"]
    assert got == [name]


# --- a refusal needs a State that says it: countries in general are none -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Djibouti hosted a summit in May. The prosecutor criticised the Council for failing to act against countries that do not "
    "arrest Omar al-Bashir.",
    "Uganda was named in the report. Rights groups condemned the states that will not arrest Omar al-Bashir.",
])
def test_countries_in_general_make_no_refusal(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "refusal") == set()


def test_a_state_saying_it_will_not_arrest_is_a_refusal(spec) -> None:  # noqa: ANN001
    assert _facts(spec, "Djibouti said it would not arrest Omar al-Bashir.", DAY, "refusal") == {(BASHIR, "DJI")}


# --- no place from a treaty's name; no arrest in one escaped or only wanted ----------------------------------------------------

def test_the_rome_treaty_is_no_place(spec) -> None:  # noqa: ANN001
    text = "Omar al-Bashir has continued to travel, including to nations that ratified the Rome treaty."
    assert not [c for c in rule_candidates(spec, text, DAY) if c[2] == "ITA"]


@pytest.mark.parametrize("text", [
    "Omar al-Bashir narrowly escaped being arrested while attending a summit in Johannesburg.",
    "A diplomat said the ICC had decided it wants Omar al-Bashir arrested.",
    "Omar al-Bashir avoided being arrested in South Africa last month.",
])
def test_arrest_escaped_or_wished_is_none(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "arrest") == set()
    assert _facts(spec, text, DAY, "surrender") == set()


def test_arrest_made_is_kept(spec) -> None:  # noqa: ANN001
    text = "Police arrested Omar al-Bashir in Johannesburg on Monday."
    assert _facts(spec, text, DAY, "arrest") == {(BASHIR, "ZAF")}


# --- a trip to come placed by "the country" ----------------------------------------------------------------------------------

def test_trip_to_the_country_named_before(spec) -> None:  # noqa: ANN001
    text = ("The president of Argentina invited Benjamin Netanyahu last month. Benjamin Netanyahu would soon travel to the South "
            "American country, officials said.")
    assert _facts(spec, text, DAY, "planned_visit") == {("benjamin-netanyahu", "ARG")}


@pytest.mark.parametrize("text", [
    # contrasts: no State named before; the trip denied
    "Benjamin Netanyahu would soon travel to the country, officials said.",
    "The president of Argentina invited Benjamin Netanyahu last month. Benjamin Netanyahu will not travel to the South American "
    "country, officials said.",
])
def test_no_trip_to_an_unnamed_or_denied_country(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "planned_visit") == set()


# --- a refusal told as having no right to arrest; a trip under "if and when" ----------------------------

def test_no_right_to_arrest_is_a_refusal(spec) -> None:  # noqa: ANN001
    text = "Omar al-Bashir will be welcome in Rwanda, the minister said. Rwanda has no obligation and no right to arrest anybody, she added."
    assert _facts(spec, text, DAY, "refusal") == {(BASHIR, "RWA")}


def test_right_to_arrest_claimed_is_no_refusal(spec) -> None:  # noqa: ANN001
    text = "Omar al-Bashir is expected in Kenya, the minister said. Kenya has every right to arrest him, she added."
    assert _facts(spec, text, DAY, "refusal") == set()


def test_trip_under_if_and_when_is_none(spec) -> None:  # noqa: ANN001
    text = '"If and when Omar al-Bashir arrives here in Uganda, the police will decide," the minister said.'
    assert _facts(spec, text, DAY, "visit") == set()

