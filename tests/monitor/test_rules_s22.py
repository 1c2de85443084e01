"""Session 22 (issue 12): general readings written from the mechanisms behind the dev errors of batches 48-49 (their test
parts unread), tested with sentences written for the purpose (not copied from the real-news set), each with a contrast
that must not fire. No State or person is special-cased: the names below are only the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import facts_of as _facts
from tests.monitor.probe import rule_candidates, typed

BASHIR = "omar-hassan-ahmad-al-bashir"
HARUN = "ahmad-muhammad-harun"
DAY = "2025-05-07"  # a Wednesday


def _typed(spec, text: str, date: str, kind: str, title: str | None = None) -> list[tuple[object, ...]]:  # noqa: ANN001
    return typed(spec, text, date, kind, title=title)


# --- a warrant told in the lead in the simple past, with no day, under a headline that names it ----------------------------

LEAD = ("The International Criminal Court issued an arrest warrant for Ahmad Harun, a former minister, for crimes "
        "committed in Darfur, according to a statement published by the Court.\n\nThe judges found reasonable grounds.")


@pytest.mark.parametrize("title", ["Court issues arrest warrant for former Sudanese minister", "New ICC warrant for Darfur suspect"])
def test_lead_warrant_under_a_warrant_headline_is_the_days_news(spec, title: str) -> None:  # noqa: ANN001
    assert _typed(spec, LEAD, "2025-05", "warrant_issued", title) == [(HARUN, None, "2025-05")]


@pytest.mark.parametrize("title", [
    None,  # no headline naming a warrant: an undated past issue is background, as before
    "Former Sudanese minister travels to Cairo",
    "Prosecutor seeks arrest warrant for former Sudanese minister",  # a warrant only sought
])
def test_lead_warrant_without_a_warrant_headline_stays_background(spec, title: str | None) -> None:  # noqa: ANN001
    assert _typed(spec, LEAD, "2025-05", "warrant_issued", title) == []


# --- "there can be no question of X being arrested": a refusal, not an arrest ----------------------------------------------

@pytest.mark.parametrize("text", [
    "The government of Chad said on Tuesday there could be no question of Omar al-Bashir being arrested while he is in Chad.",
    "Officials in Chad said there was no question of arresting Omar al-Bashir.",
    "A minister of Chad said arresting Omar al-Bashir was out of the question.",
])
def test_arrest_ruled_out_is_a_refusal_not_an_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "refusal") == {(BASHIR, "TCD")}
    assert _facts(spec, text, DAY, "arrest") == set()


def test_no_question_that_he_was_arrested_is_an_arrest(spec) -> None:  # noqa: ANN001
    # contrast: "no question that" asserts the custody, it does not rule it out
    text = "Police in Chad said there was no question that Omar al-Bashir was arrested in Chad on Tuesday."
    assert _facts(spec, text, DAY, "arrest") == {(BASHIR, "TCD")}
    assert _facts(spec, text, DAY, "refusal") == set()


# --- "during his current visit to X": a stay told with a word between the possessive and "visit" ----------------------------

@pytest.mark.parametrize("text", [
    "Chad's government said on Tuesday it would not arrest Omar al-Bashir during his current visit to Chad.",
    "Omar al-Bashir met the president of Chad on Tuesday during his two-day visit to Chad.",
])
def test_visit_during_a_modified_visit(spec, text: str) -> None:  # noqa: ANN001
    assert (BASHIR, "TCD") in _facts(spec, text, DAY, "visit")


def test_no_visit_during_a_planned_visit(spec) -> None:  # noqa: ANN001
    # contrast: a visit still to come is no stay made
    text = "Chad's government said on Tuesday it would not arrest Omar al-Bashir during his planned visit to Chad next month."
    assert _facts(spec, text, DAY, "visit") == set()


# --- a statement whose States are listed or speak as its signatories --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "This declaration in support of the International Criminal Court is endorsed by the following States: Chile, Ghana, "
    "Norway and Peru.\nThe signatories reaffirm their support for the independence of the Court.",
    "We, the undersigned States Parties to the Rome Statute, reaffirm our unwavering support for the International Criminal Court.",
])
def test_joint_statement_listed_or_undersigned(spec, text: str) -> None:  # noqa: ANN001
    assert [c for c in rule_candidates(spec, text, DAY) if c[0] == "joint_statement"] == [("joint_statement", None, None, DAY)]


@pytest.mark.parametrize("text", [
    "We, the undersigned organisations, reaffirm our unwavering support for the International Criminal Court.",
    "This declaration is endorsed by the following civil society groups: Amnesty International and FIDH.",
])
def test_no_joint_statement_by_organisations(spec, text: str) -> None:  # noqa: ANN001
    assert [c for c in rule_candidates(spec, text, DAY) if c[0] == "joint_statement"] == []


# --- a withdrawal told in the present progressive --------------------------------------------------------------------------

def test_withdrawal_in_the_present_progressive(spec) -> None:  # noqa: ANN001
    text = "Zambia is formally withdrawing as a state party to the Rome Statute amid a dispute with the Court."
    assert _facts(spec, text, DAY, "withdrawal_announced") == {(None, "ZMB")}


@pytest.mark.parametrize("text", [
    "Zambia is considering withdrawing from the Rome Statute amid a dispute with the Court.",
    "Zambia is not withdrawing from the Rome Statute, its foreign minister said.",
])
def test_no_withdrawal_only_considered_or_denied(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "withdrawal_announced") == set()


# --- a dateline with the country in capitals: where the story was filed ------------------------------------------------------

def test_dateline_with_capital_country_code_is_not_a_party(spec) -> None:  # noqa: ANN001
    text = ("Nairobi, KE (XYZ) - Uganda has failed to comply with the request for the arrest and surrender of Omar Al Bashir to "
            "the International Criminal Court and the matter was referred to the Security Council, the Chamber said on Tuesday.")
    assert {st for _, st in _facts(spec, text, DAY, "noncompliance_finding")} == {"UGA"}


def test_dateline_state_still_read_in_the_body(spec) -> None:  # noqa: ANN001
    # contrast: the same State named in the body, not only in the dateline, is a party
    text = ("Kampala, UG (XYZ) - Uganda has failed to comply with the request for the arrest and surrender of Omar Al Bashir to "
            "the International Criminal Court and the matter was referred to the Security Council, the Chamber said on Tuesday.")
    assert {st for _, st in _facts(spec, text, DAY, "noncompliance_finding")} == {"UGA"}


# --- a departure told by its purpose abroad: a trip under way ---------------------------------------------------------------

def test_departure_with_a_purpose_abroad_is_a_trip_under_way(spec) -> None:  # noqa: ANN001
    text = "Omar al-Bashir departed Khartoum on Tuesday evening to attend the summit of the regional bloc in Nairobi."
    assert _facts(spec, text, DAY, "planned_visit") == {(BASHIR, "KEN")}
    assert _facts(spec, text, DAY, "visit") == set()


def test_leaving_a_room_to_attend_is_no_trip(spec) -> None:  # noqa: ANN001
    # contrast: a place that is no departure point abroad ("left the hall") names no trip
    text = "Omar al-Bashir left the hall on Tuesday to attend a vote in parliament."
    assert _facts(spec, text, DAY, "planned_visit") == set()


def test_withdrawing_a_signature_is_no_withdrawal_announced(spec) -> None:  # noqa: ANN001
    # contrast to the progressive: a signature withdrawn is no party's leaving (the set labels it nothing)
    text = "Moscow said on Wednesday it is formally withdrawing its signature from the Rome Statute of the Court."
    assert _facts(spec, text, DAY, "withdrawal_announced") == set()


# --- a day of the month told by its ordinal alone ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "ref", "exact", "want"), [
    ("The judges issued the warrants on the 8th for two leaders.", (2025, 7, 1), False, ["2025-07-08"]),  # a page dated to its month
    ("The judges issued the warrants on the 8th for two leaders.", (2025, 7, 20), True, ["2025-07-08"]),
    ("The judges issued the warrants on the 28th for two leaders.", (2025, 7, 20), True, ["2025-06-28"]),  # later than the page: the month before
    ("The delegates met on the 8th floor of the building.", (2025, 7, 20), True, []),  # contrast: no day
    ("The summit opened on the 8th anniversary of the accord.", (2025, 7, 20), True, []),
])
def test_ordinal_day_alone(text: str, ref: tuple[int, int, int], exact: bool, want: list[str]) -> None:
    import datetime as dt

    from iccwatch.monitor.dates import find_dates

    assert [f.date for f in find_dates(text, dt.date(*ref), exact)] == want


def test_ordinal_before_a_noun_is_no_day() -> None:
    import datetime as dt

    from iccwatch.monitor.dates import find_dates

    # contrast: an ordinal that counts something ("the 3rd foreign trip") is no day of the month
    assert find_dates("The president arrived on the 3rd foreign trip of his term.", dt.date(2025, 7, 20), True) == []


# --- "his current visit to the country": the State the sentence names, not the traveller's own ---------------------------------

def test_visit_to_the_country_is_the_state_named(spec) -> None:  # noqa: ANN001
    text = ("The government of Chad said on Tuesday there was no question of the Sudanese President, Omar al-Bashir, being "
            "arrested during his current visit to the country.")
    assert _facts(spec, text, DAY, "visit") == {(BASHIR, "TCD")}


def test_no_visit_when_the_country_is_only_his_own(spec) -> None:  # noqa: ANN001
    # contrast: the only State named is the traveller's own (a demonym), so "the country" is no destination abroad
    text = "The Sudanese President, Omar al-Bashir, spoke on Tuesday during his current visit to the country's north."
    assert _facts(spec, text, DAY, "visit") == set()


# --- a stay told only in reported speech in the past progressive, beside a trip announced to come -------------------------

def test_reported_progressive_beside_a_trip_to_come_is_the_plan(spec) -> None:  # noqa: ANN001
    text = ("Omar al-Bashir will attend the summit in Amman on Friday, his foreign minister said on Wednesday.\n\n"
            "The minister said Bashir was attending the summit at the invitation of the king.")
    assert _facts(spec, text, DAY, "planned_visit") == {(BASHIR, "JOR")}
    assert _facts(spec, text, DAY, "visit") == set()


def test_reported_progressive_alone_stays_a_visit(spec) -> None:  # noqa: ANN001
    # contrast: with no trip announced to come, the reported stay is read as before
    text = "The foreign minister said on Wednesday that Omar al-Bashir was attending the summit in Amman."
    assert _facts(spec, text, DAY, "visit") == {(BASHIR, "JOR")}


def test_past_visit_to_the_country_recalled_in_a_finding_is_no_visit(spec) -> None:  # noqa: ANN001
    # contrast: a stay recalled as the ground of a finding ("during his visit to the country") is no stay under way
    text = ("The Court said on Tuesday that Malawi failed to cooperate by not arresting Omar al-Bashir during his visit to the "
            "country.")
    assert _facts(spec, text, DAY, "visit") == set()
