"""Session 20 (issue 12): general readings written from the mechanisms behind the dev parts' errors of batches 42-43 (their
test parts unread) and the dev leftovers session 19 named, tested with sentences written for the purpose (not copied from the
real-news set), each with contrasts."""

from __future__ import annotations

import pytest
from tests.monitor.probe import facts_of as _facts
from tests.monitor.probe import rule_candidates

BASHIR = "omar-hassan-ahmad-al-bashir"
PUTIN = "vladimir-vladimirovich-putin"
GBAGBO = "laurent-koudou-gbagbo"
DAY = "2025-05-07"  # a Wednesday


# --- a refusal told as the arrest being none of the government's business; an accusation is none -----------------------------

@pytest.mark.parametrize("text", [
    "Arresting Omar al-Bashir is not the business of the Zambian government, its spokesman said.",
    "\"We have no business with the arrest of Omar al-Bashir,\" Zambia's foreign minister told reporters.",
    "It is none of Zambia's business to arrest Omar al-Bashir, the minister said.",
    "It isn't the job or the business of the Zambian government to arrest Omar al-Bashir, a minister said.",
])
def test_refusal_told_as_no_business_of_the_government(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "refusal") == {(BASHIR, "ZMB")}


@pytest.mark.parametrize("text", [
    # contrasts: an accusation of the State's conduct by someone else, a business that is the arrest's
    "\"By refusing to arrest Omar al-Bashir, Zambia has shamed itself,\" the activist said.",
    "Rights groups criticised Zambia for refusing to arrest Omar al-Bashir.",
    "Zambia's minister said it was the police's business to arrest Omar al-Bashir if he came.",
])
def test_no_refusal_in_an_accusation_or_a_pledge(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "refusal") == set()


def test_refusal_said_by_the_government_is_kept(spec) -> None:  # noqa: ANN001
    text = "Zambia refused to arrest Omar al-Bashir, its foreign minister said on Tuesday."
    assert _facts(spec, text, DAY, "refusal") == {(BASHIR, "ZMB")}


# --- a trip only supposed: "if X showed up in …" -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The minister said that if Vladimir Putin showed up in Germany, the police would have to act.",
    "If Putin turns up in Austria, he must be detained, the chancellor said.",
    "Should Putin appear in Austria, he would be arrested, the chancellor said.",
])
def test_trip_after_if_is_supposed(spec, text: str) -> None:  # noqa: ANN001
    assert [c for c in rule_candidates(spec, text, DAY) if c[0] in ("visit", "planned_visit")] == []


def test_trip_made_after_the_if_clause_is_kept(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin showed up in Tajikistan on Tuesday for a summit, as if nothing had happened."
    assert _facts(spec, text, DAY, "visit") == {(PUTIN, "TJK")}


# --- an arrest made before the Court issued any warrant for the person is no arrest on its warrant -------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("Laurent Gbagbo was arrested by troops loyal to his rival in Abidjan on Monday.", "2011-04-13"),
    ("Forces captured Laurent Gbagbo in his residence in Abidjan today.", "2011-04-11"),
])
def test_arrest_before_any_warrant_is_none(spec, text: str, day: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, day, "arrest") == set()


def test_arrest_after_the_warrant_is_kept(spec) -> None:  # noqa: ANN001
    # the same wording and person, after the Court's first warrant for him (November 2011)
    text = "Laurent Gbagbo was arrested by troops loyal to his rival in Abidjan on Tuesday."
    assert _facts(spec, text, "2011-11-30", "arrest") == {(GBAGBO, "CIV")}


# --- findings: a referral ordered in the passive; the Court's statement giving the day; a past finding recalled -------------

@pytest.mark.parametrize("text", [
    "The judges yesterday ordered that Zambia be reported to the Assembly of State Parties for failing to arrest Omar al-Bashir.",
    "On Monday the Chamber decided that Zambia should be referred to the UN Security Council over the visit of Omar al-Bashir.",
])
def test_finding_told_as_a_referral_ordered(spec, text: str) -> None:  # noqa: ANN001
    assert {st for _, st in _facts(spec, text, DAY, "noncompliance_finding")} == {"ZMB"}


@pytest.mark.parametrize("text", [
    # contrasts: a referral asked for, or only possible
    "Activists demanded that Zambia be reported to the Assembly of States Parties.",
    "The Prosecutor asked that Zambia be referred to the UN Security Council.",
])
def test_no_finding_in_a_referral_asked_for(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "noncompliance_finding") == set()


def test_finding_dated_by_the_courts_statement(spec) -> None:  # noqa: ANN001
    # the lead tells the finding in the present perfect; the next sentence gives the day of the Court's statement
    text = ("The International Criminal Court says it has made a finding of non-compliance by Zambia and is referring the matter "
            "to the UN Security Council. In a statement on Monday, the Court said Zambia had failed to comply with its request to "
            "arrest Omar al-Bashir.")
    got = [(c[2], c[3]) for c in rule_candidates(spec, text, DAY) if c[0] == "noncompliance_finding"]
    assert got == [("ZMB", "2025-05-05")]


def test_finding_of_the_documents_day_is_kept(spec) -> None:  # noqa: ANN001
    # contrast: no other day told, the lead's present perfect gives the document's day
    text = "The International Criminal Court says it has made a finding of non-compliance by Zambia over Omar al-Bashir's visit."
    got = [(c[2], c[3]) for c in rule_candidates(spec, text, DAY) if c[0] == "noncompliance_finding"]
    assert got == [("ZMB", DAY)]


@pytest.mark.parametrize("text", [
    "Recently, Zambia and Malawi were held in non-compliance and last week the court announced that a hearing would be held.",
    "Zambia had previously been found in non-compliance by the Court over a visit by Omar al-Bashir, the envoy recalled.",
])
def test_finding_recalled_in_the_passive_is_background(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "noncompliance_finding") == set()


def test_finding_made_in_the_passive_is_kept(spec) -> None:  # noqa: ANN001
    # contrast: the same passive, told as the day's act
    text = "On Monday Zambia was found in non-compliance by the Chamber for failing to arrest Omar al-Bashir."
    assert {st for _, st in _facts(spec, text, DAY, "noncompliance_finding")} == {"ZMB"}


def test_finding_told_today_keeps_its_day(spec) -> None:  # noqa: ANN001
    # contrast: the lead tells the day itself ("today"); a later sentence recalls another decision "yesterday"
    text = ("The Court decided today that Zambia failed to cooperate by not arresting Omar al-Bashir during his visit. "
            "The chamber also concluded that Zambia did not consult it, and recalled its decision yesterday on Malawi.")
    got = {(c[2], c[3]) for c in rule_candidates(spec, text, DAY) if c[0] == "noncompliance_finding"}
    assert ("ZMB", DAY) in got and ("ZMB", "2025-05-06") not in got


# --- presence told as "is in the country for …"; an arrest "unlikely to happen" denies no trip -----------------------------------

@pytest.mark.parametrize("text", [
    "The Court urged Zambia to arrest Omar al-Bashir, who is in the country for a regional summit.",
    "Omar al-Bashir is in the country to attend a trade summit, officials in Zambia said.",
])
def test_presence_in_the_country_named_by_the_sentence(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "visit") == {(BASHIR, "ZMB")}


@pytest.mark.parametrize("text", [
    # contrasts: the presence only supposed, or no stay at all
    "Zambia said it would arrest Omar al-Bashir if he is in the country for the summit.",
    "Omar al-Bashir is in the country's thoughts, Zambia's minister said.",
])
def test_no_presence_supposed_or_figurative(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "visit") == set()


def test_an_arrest_unlikely_to_happen_denies_no_trip(spec) -> None:  # noqa: ANN001
    text = ("Omar al-Bashir is in the country for a summit, officials in Zambia said. Zambia is obliged to arrest him if he sets "
            "foot in the country, but this is unlikely to happen.")
    assert _facts(spec, text, DAY, "visit") == {(BASHIR, "ZMB")}


# --- a finding's day is its referral's, not the day of the visit told in the failure's clause --------------------------------

@pytest.mark.parametrize(("text", "date", "want"), [
    ("The ICC [its website] on Monday referred Zambia [the decision; a release] to the UN Security Council [official sites] for "
     "failing to arrest Omar al-Bashir [earlier reports; an archive] when he visited the country for a trade summit in March.",
     "2025-05", "2025-05"),
    ("On Monday the judges reported Zambia to the Assembly of States Parties for not arresting Omar al-Bashir while he was in "
     "Lusaka on 14 March.", DAY, "2025-05-05"),
])
def test_finding_dated_by_the_referral_not_the_visit(spec, text: str, date: str, want: str) -> None:  # noqa: ANN001
    got = [(c[2], c[3]) for c in rule_candidates(spec, text, date) if c[0] == "noncompliance_finding"]
    assert got == [("ZMB", want)]


# --- "a few weeks ago": counted back from the document's day, with its doubt; a stay weeks old raises no alert ------------------

@pytest.mark.parametrize(("phrase", "want"), [
    ("a few weeks ago", ("2013-02", "2013-02-12")),  # more than a fortnight back: the month of three weeks, the latest day
    ("three weeks ago", ("2013-02-06", None)),
    ("two days ago", ("2013-02-25", None)),
    ("a month ago", ("2013-01", None)),
])
def test_time_ago_counted_back_from_the_document(phrase: str, want: tuple[str, str | None]) -> None:
    import datetime as dt

    from iccwatch.monitor.dates import find_dates

    (found,) = find_dates(f"He visited the country {phrase} for a summit.", dt.date(2013, 2, 27), True)
    assert (found.date, found.end_date) == want


def test_visit_weeks_ago_raises_no_alert(spec, facts) -> None:  # noqa: ANN001
    from iccwatch.monitor.alerts import alert_for
    from iccwatch.monitor.documents import make_document
    from iccwatch.monitor.extract import extract_candidates

    old = "A few weeks ago, Omar al-Bashir visited Chad to attend a summit of regional leaders."
    new = "On Monday, Omar al-Bashir visited Chad to attend a summit of regional leaders."
    for text, alerted in ((old, False), (new, True)):
        doc = make_document(text, date="2013-02-27")
        visits = [c for c in extract_candidates(doc, spec, mode="rules") if c.type == "visit"]
        assert [c.state for c in visits] == ["TCD"]
        assert (alert_for(visits[0], facts, doc.date) is not None) is alerted


# --- a gathering skipped touches only the trips told with a gathering ----------------------------------------------------------

def test_skipped_gathering_leaves_another_trip_to_come(spec) -> None:  # noqa: ANN001
    text = ("Vladimir Putin will visit China in October, officials said. In a call, Putin conveyed his inability to attend the "
            "G20 summit.")
    assert _facts(spec, text, DAY, "planned_visit") == {(PUTIN, "CHN")}


def test_skipped_gathering_cancels_the_trip_to_it(spec) -> None:  # noqa: ANN001
    # contrast: the trip told is the one to the gathering skipped
    text = ("Vladimir Putin will travel to Tajikistan for the regional summit next week, officials said. Later, Putin conveyed "
            "his inability to attend the summit.")
    assert _facts(spec, text, DAY, "planned_visit") == set()


# --- a trip named only as the time of the host's act: "during X's visit this week" ----------------------------------------------

@pytest.mark.parametrize(("text", "kind", "date"), [
    ("Zambia is expected to announce its decision during Vladimir Putin's visit this week, officials said.", "planned_visit", "2025-05"),
    ("Zambia will sign two agreements during Vladimir Putin's visit next week.", "planned_visit", "2025-05"),
    ("Zambia signed two agreements during Vladimir Putin's visit on Monday.", "visit", "2025-05-05"),
])
def test_trip_named_as_the_time_of_the_hosts_act(spec, text: str, kind: str, date: str) -> None:  # noqa: ANN001
    got = [c for c in rule_candidates(spec, text, DAY) if c[0] in ("visit", "planned_visit")]
    assert got == [(kind, PUTIN, "ZMB", date)]


@pytest.mark.parametrize("text", [
    # contrasts: the act only supposed; a State named as an owner, not as the host; the person's own State
    "Zambia could sign agreements if it happens during Vladimir Putin's visit.",
    "Zambia's leader spoke during Vladimir Putin's visit.",
    "Russia will sign two agreements during Vladimir Putin's visit next week.",
])
def test_no_trip_from_a_noun_without_a_host(spec, text: str) -> None:  # noqa: ANN001
    assert [c for c in rule_candidates(spec, text, DAY) if c[0] in ("visit", "planned_visit")] == []


# --- a refusal argued by the harm an arrest would do; its State the one named before when the sentence names only his own -----

@pytest.mark.parametrize("text", [
    "Zambia's foreign minister defended the visit. He argued that arresting Omar al-Bashir as others proposed would have a "
    "negative impact on the peace talks in Sudan.",
    "The arrest of Omar al-Bashir would jeopardise regional security, Zambia's foreign minister said.",
])
def test_refusal_argued_by_the_harm_of_an_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "refusal") == {(BASHIR, "ZMB")}


@pytest.mark.parametrize("text", [
    # contrasts: the harm denied, an arrest argued for
    "Zambia's minister said arresting Omar al-Bashir would not harm the peace talks.",
    "Activists in Zambia said arresting Omar al-Bashir would help the victims in Sudan.",
])
def test_no_refusal_when_the_arrest_is_argued_for(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "refusal") == set()


# --- a trip to come named by its preparations or as "upcoming … visit of X"; a weekday followed by a future verb ----------------

@pytest.mark.parametrize("text", [
    "Preparations for the upcoming state visit of Vladimir Putin to Zambia are in full swing, the spokesman said.",
    "We are continuing preparations for President Putin's state visit to Zambia, the spokesman said.",
])
def test_trip_to_come_told_by_its_preparations(spec, text: str) -> None:  # noqa: ANN001
    got = [c[:3] for c in rule_candidates(spec, text, DAY) if c[0] in ("visit", "planned_visit")]
    assert got == [("planned_visit", PUTIN, "ZMB")]


def test_trip_made_by_noun_stays_a_visit(spec) -> None:  # noqa: ANN001
    # contrast: a visit named by its noun and told as made
    text = "During his state visit to Zambia on Monday, Vladimir Putin laid a wreath."
    assert [c[:3] for c in rule_candidates(spec, text, DAY) if c[0] in ("visit", "planned_visit")] == [("visit", PUTIN, "ZMB")]


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("Omar al-Bashir on Monday will lead his delegation to a summit in Malabo, Equatorial Guinea.", "planned_visit", "2025-05-12"),
    # contrast: the same weekday with a past verb after it
    ("Omar al-Bashir on Monday arrived in Malabo, Equatorial Guinea, for a summit.", "visit", "2025-05-05"),
])
def test_weekday_takes_the_tense_of_the_verb_after_it(spec, text: str, kind: str, day: str) -> None:  # noqa: ANN001
    assert [c for c in rule_candidates(spec, text, DAY) if c[0] in ("visit", "planned_visit")] == [(kind, BASHIR, "GNQ", day)]


def test_custody_before_the_warrant_still_places_the_transfer(spec) -> None:  # noqa: ANN001
    # the arrest months before the warrant is none, but it tells where the person was held: the transfer's State
    text = ("Laurent Gbagbo was arrested in Abidjan by forces loyal to his rival in April. On Tuesday he was transferred to The "
            "Hague to face the International Criminal Court.")
    got = [c[:3] for c in rule_candidates(spec, text, "2011-11-30") if c[0] in ("arrest", "surrender")]
    assert got == [("surrender", GBAGBO, "CIV")]


def test_a_news_agency_reporting_is_no_act_of_the_chamber(spec) -> None:  # noqa: ANN001
    # the finding's day is the one its own verb gives, not the day a news agency reported something else
    text = ("The Chamber found on Monday that Zambia failed to arrest Omar al-Bashir, after the visit that Reuters reported "
            "on 2 March.")
    got = [(c[2], c[3]) for c in rule_candidates(spec, text, DAY) if c[0] == "noncompliance_finding"]
    assert got == [("ZMB", "2025-05-05")]
