"""Session 10's general rules (issue 12, batches 22 and 23), from sentences written for the purpose in other wordings
(agency style, passive voice, headlines, another tense), each with its contrast case (not copied from the real-news set)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import rule_candidates as _got

PUTIN = "vladimir-vladimirovich-putin"




def _visits(spec, text: str, date: str = "2025-05-07") -> list[tuple[str | None, str | None]]:  # noqa: ANN001
    return [(s, d) for t, p, s, d in _got(spec, text, date) if t == "visit" and p == PUTIN]


@pytest.mark.parametrize("text", [
    "Vladimir Putin is visiting neighbouring Mongolia this week. He denies the charges against him.",
    "Vladimir Putin arrived in Mongolia on Wednesday. The Russian leader has denied all allegations of war crimes.",
    "Vladimir Putin landed in Mongolia on Wednesday. He denies any wrongdoing.",
])
def test_denying_the_charges_is_no_denied_trip(spec, text: str) -> None:  # noqa: ANN001
    assert [s for s, d in _visits(spec, text) if d and d.startswith("2025-05")] == ["MNG"]


@pytest.mark.parametrize("text", [
    "Vladimir Putin landed in Mongolia on Wednesday, a report said. Officials in Ulaanbaatar denied that Vladimir Putin was in Mongolia.",
    "Vladimir Putin is visiting Mongolia this week, a report said. Vladimir Putin's spokesman denied the report.",
])
def test_a_denied_trip_still_gives_nothing(spec, text: str) -> None:  # noqa: ANN001
    assert not _visits(spec, text)


@pytest.mark.parametrize("text", [
    "Vladimir Putin is visiting neighbouring Kazakhstan, defying calls for his arrest.",
    "Vladimir Putin is visiting nearby Kazakhstan.",
    "Vladimir Putin was visiting neighboring Kazakhstan on Wednesday.",
])
def test_visiting_a_neighbouring_state_is_a_visit(spec, text: str) -> None:  # noqa: ANN001
    assert [s for s, _ in _visits(spec, text)] == ["KAZ"]


def test_a_neighbouring_state_named_as_a_topic_is_no_destination(spec) -> None:  # noqa: ANN001
    assert not _visits(spec, "Vladimir Putin spoke about neighbouring Kazakhstan in Moscow on Wednesday.")


@pytest.mark.parametrize("text", [
    "Vladimir Putin joined other Central Asian leaders at the summit in Astana.",
    "Vladimir Putin joined fellow regional heads of state at a ceremony in Astana.",
])
def test_joining_other_leaders_somewhere_is_a_visit(spec, text: str) -> None:  # noqa: ANN001
    assert "KAZ" in [s for s, _ in _visits(spec, text)]


def test_joining_leaders_by_video_is_no_visit(spec) -> None:  # noqa: ANN001
    assert not _visits(spec, "Vladimir Putin joined other Central Asian leaders by video link for the summit in Astana.")


def test_an_undated_visit_told_just_after_the_lead_is_the_days_news(spec) -> None:  # noqa: ANN001
    text = ("Kazakh officials brushed off questions about the warrant at a press conference held in the capital on the day.\n\n"
            "President Tokayev greeted Vladimir Putin when he arrived in Astana for the regional summit.")
    assert ("KAZ", "2025-05-07") in _visits(spec, text)
    # contrast: a visit told far below the lead, with no day of its own, is not given the document's day
    far = text + "\n\nThe weather was mild.\n\nNo one commented.\n\nVladimir Putin visited Hungary, a Court member."
    assert ("HUN", "2025-05-07") not in _visits(spec, far)


KONY = "joseph-kony"


@pytest.mark.parametrize("text", ["The International Criminal Court issued, on Friday, an arrest warrant for Joseph Kony.",
                                  "Judges at The Hague issued, late on Friday, a sealed warrant of arrest against Joseph Kony."])
def test_a_warrant_issued_with_its_day_between_commas(spec, text: str) -> None:  # noqa: ANN001
    assert ("warrant_issued", KONY, None, "2025-05-02") in _got(spec, text)


def test_a_statement_issued_between_commas_is_no_warrant(spec) -> None:  # noqa: ANN001
    assert not [t for t, *_ in _got(spec, "The Court issued, on Friday, a statement about the warrant for Joseph Kony.") if t.startswith("warrant")]


def test_an_issue_told_loosely_then_made_public_is_the_unsealing_of_that_day(spec) -> None:  # noqa: ANN001
    text = ("The Court issued, this Monday, an arrest warrant against Joseph Kony. "
            "Pre-Trial Chamber II made public the warrant, which had been issued under seal in 2005.")
    got = _got(spec, text)
    assert ("warrant_unsealed", KONY, None, "2025-05-05") in got
    assert ("warrant_issued", KONY, None, "2025-05-05") not in got
    # contrast: without the unsealing, the issue of that day stands
    assert ("warrant_issued", KONY, None, "2025-05-05") in _got(spec, text.split(". ")[0] + ".")


def test_a_day_in_apposition_refines_a_weekday_in_a_month_only_page(spec) -> None:  # noqa: ANN001
    got = _got(spec, "The ICC issued, this Friday, May 2, 2025, an arrest warrant against Joseph Kony.", date="2025-05")
    assert ("warrant_issued", KONY, None, "2025-05-02") in got
    # contrast: two dates not in apposition keep the nearer one
    got = _got(spec, "The ICC issued an arrest warrant against Joseph Kony this Friday; hearings end June 21, 2025.", date="2025-05")
    assert ("warrant_issued", KONY, None, "2025-06-21") not in got


@pytest.mark.parametrize("text", [
    "Kazakhstan's president brushed off suggestions that police would arrest visiting Russian President Vladimir Putin.",
    "Officials in Kazakhstan waved away calls for police to arrest Vladimir Putin.",
    "Kazakhstan has dismissed demands that it should detain Vladimir Putin.",
])
def test_dismissing_calls_to_arrest_is_a_refusal(spec, text: str) -> None:  # noqa: ANN001
    assert ("refusal", PUTIN, "KAZ", None) in _got(spec, text)


@pytest.mark.parametrize("text", [
    "Kazakhstan's president brushed off suggestions that the summit would fail, and said police would arrest Vladimir Putin.",
    "Kazakhstan dismissed suggestions that Vladimir Putin would visit.",
])
def test_a_dismissal_of_something_else_beside_a_pledge_is_no_refusal(spec, text: str) -> None:  # noqa: ANN001
    assert "refusal" not in [t for t, *_ in _got(spec, text)]


@pytest.mark.parametrize("text", [
    "The ICC has issued sealed arrest warrants against four officers, two of whom are close to Vladimir Putin.",
    "Warrants were issued on Monday for three militiamen linked to Vladimir Putin.",
])
def test_a_warrant_for_others_close_to_someone_is_not_his(spec, text: str) -> None:  # noqa: ANN001
    assert not [p for t, p, *_ in _got(spec, text) if t == "warrant_issued" and p == PUTIN]


def test_a_warrant_for_someone_described_as_close_to_others_is_his(spec) -> None:  # noqa: ANN001
    assert ("warrant_issued", PUTIN, None, "2025-05-05") in _got(spec, "The ICC on Monday issued a warrant against Vladimir Putin, who is close to the army.")


@pytest.mark.parametrize("text", [
    "Vladimir Putin wrapped up his visit to Mongolia on Tuesday and will then head for China to meet Xi Jinping.",
    "Vladimir Putin finished a state visit in Mongolia on Tuesday and will leave for China.",
    "Vladimir Putin concluded his two-day trip to Mongolia on Tuesday and is now heading for China.",
])
def test_a_visit_ended_then_a_trip_onward(spec, text: str) -> None:  # noqa: ANN001
    got = [(t, s) for t, p, s, _ in _got(spec, text) if p == PUTIN]
    assert ("visit", "MNG") in got and ("planned_visit", "CHN") in got
    assert ("visit", "CHN") not in got  # the onward destination is no visit made


def test_two_states_visited_are_both_visits(spec) -> None:  # noqa: ANN001
    got = [(t, s) for t, p, s, _ in _got(spec, "Vladimir Putin visited Mongolia and China on Tuesday.") if p == PUTIN]
    assert ("visit", "MNG") in got and ("visit", "CHN") in got and not [t for t, _ in got if t == "planned_visit"]


@pytest.mark.parametrize("text", ["Kenyan police on Tuesday placed under their custody Joseph Kony on the strength of an ICC warrant.",
                                  "Joseph Kony was placed under custody by Kenyan police on Tuesday."])
def test_placed_under_custody_is_an_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert ("arrest", KONY, "KEN", "2025-05-06") in _got(spec, text)


@pytest.mark.parametrize("text", ["Joseph Kony was placed under the custody of the ICC on Tuesday.",
                                  "Kenya said Joseph Kony would be placed under custody if he came."])
def test_custody_of_the_court_or_supposed_is_no_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert "arrest" not in [t for t, *_ in _got(spec, text)]


@pytest.mark.parametrize("text", ["Vladimir Putin has arrived in Mongolia for talks. He visited Mongolia in July 2019.",
                                  "Vladimir Putin is in Mongolia for talks. The Russian leader last visited Mongolia in July 2019."])
def test_the_days_visit_is_not_merged_into_an_old_one(spec, text: str) -> None:  # noqa: ANN001
    assert ("MNG", "2025-05-07") in _visits(spec, text)


def test_an_old_visit_alone_is_not_the_days_news(spec) -> None:  # noqa: ANN001
    assert ("MNG", "2025-05-07") not in _visits(spec, "He said that Vladimir Putin visited Mongolia in July 2019.")
