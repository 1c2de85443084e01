"""Session 8's general rules, each on a sentence written for the test and its contrast case (not copied from the
real-news set)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import rule_candidates

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates
from iccwatch.monitor.lexicon import DATELINE


def _got(spec, text: str, date: str = "2025-05-06"):  # noqa: ANN001, ANN202
    """The rules' own candidates (2025-05-06: a Tuesday)."""
    return rule_candidates(spec, text, date)


@pytest.mark.parametrize("head", ["Geneva (Switzerland) (AFP) - ", "Lusaka, May 5 (EFE).- ", "Lusaka, Zambia, 5 May (Xinhua) -- ",
                                  "LUSAKA, May 5, 2025 (WAFA) - ", "Lusaka, Zambia (AP) — ", "LUSAKA (Zambia) — ", "LUSAKA: "])
def test_datelines_with_an_agency_are_where_the_story_was_filed(head: str) -> None:
    m = DATELINE.match(head + "The government said on Monday that it would stay.")
    assert m is not None and m.end() == len(head)


@pytest.mark.parametrize("text", ["Putin (pictured) - the Russian leader - spoke.", "The Gambia has notified the United Nations.",
                                  "Note: the court said so."])
def test_an_aside_in_brackets_is_no_dateline(text: str) -> None:
    assert DATELINE.match(text) is None


def test_a_dateline_state_is_not_the_acting_state(spec) -> None:  # noqa: ANN001
    text = "Geneva (Switzerland) (AFP) - Burundi has notified the United Nations that it is withdrawing from the Rome Statute, a spokesman said Monday."
    assert {(t, s) for t, _, s, _ in _got(spec, text)} == {("withdrawal_notified", "BDI")}
    # contrast: the same State as the sentence's subject acts
    text = "Switzerland has notified the United Nations that it is withdrawing from the Rome Statute, a spokesman said Monday."
    assert {(t, s) for t, _, s, _ in _got(spec, text)} == {("withdrawal_notified", "CHE")}


def test_a_dateline_state_does_not_refuse(spec) -> None:  # noqa: ANN001
    text = "Nairobi, May 5 (EFE).- The South African government said Vladimir Putin would not be arrested in South Africa."
    assert [(t, s) for t, p, s, _ in _got(spec, text) if t == "refusal"] == [("refusal", "ZAF")]


def test_a_trip_supposed_in_the_past_tense_is_no_planned_visit(spec) -> None:  # noqa: ANN001
    assert not [g for g in _got(spec, "Officials in Brasilia said Vladimir Putin would not be detained if he came to the summit in Brazil next year.")
                if g[0] == "planned_visit"]
    # contrast: the trip told as settled
    assert ("planned_visit", "vladimir-vladimirovich-putin", "BRA") in \
        [g[:3] for g in _got(spec, "Vladimir Putin will travel to the summit in Brazil next year, the Kremlin said.")]


def test_a_rescinded_withdrawal_is_no_withdrawal(spec) -> None:  # noqa: ANN001
    text = "On 3 May, Burundi delivered to the Secretary-General notification of the rescission of its withdrawal from the Rome Statute."
    assert not [g for g in _got(spec, text) if g[0].startswith("withdrawal")]
    text = "On 3 May, Burundi delivered to the Secretary-General notification of its withdrawal from the Rome Statute."
    assert ("withdrawal_notified", None, "BDI", "2025-05-03") in _got(spec, text)


def test_a_joint_statement_issued_on_a_day_takes_that_day(spec) -> None:  # noqa: ANN001
    text = "In a joint statement issued on 4 May, forty States reaffirmed their support for the International Criminal Court."
    assert [(t, d) for t, _, _, d in _got(spec, text)] == [("joint_statement", "2025-05-04")]
    # contrast: a date after another act's verb is that act's
    text = "In a joint statement, forty States reaffirmed their support for the Court after the warrants issued on 21 April."
    assert [d for t, _, _, d in _got(spec, text) if t == "joint_statement"] != ["2025-04-21"]


def test_an_arrest_takes_its_place_from_the_next_sentence(spec) -> None:  # noqa: ANN001
    text = "Joseph Kony was arrested by the authorities on Monday. He was taken into custody at a hotel in Nairobi, Kenya, after arriving from Juba."
    assert ("arrest", "joseph-kony", "KEN", "2025-05-05") in _got(spec, text)
    # contrast: the next sentence's places belong to an arrival, the arrest only recalled
    text = "Joseph Kony was arrested by the authorities on Monday. He arrived in the Netherlands on Tuesday, following his arrest."
    assert all(s != "NLD" for t, _, s, _ in _got(spec, text) if t == "arrest")


def test_a_warrant_is_not_dated_by_its_publication(spec) -> None:  # noqa: ANN001
    text = "The Court issued an arrest warrant for Joseph Kony, which was published on its website on 2 May. The warrant for Kony was signed by three judges on 28 April."
    assert [d for t, _, _, d in _got(spec, text) if t == "warrant_issued"] == ["2025-04-28"]
    # contrast: a warrant's own day
    assert [d for t, _, _, d in _got(spec, "The Court issued an arrest warrant for Joseph Kony on 2 May.") if t == "warrant_issued"] == ["2025-05-02"]


def test_a_finding_is_not_dated_by_the_trip_it_recalls(spec) -> None:  # noqa: ANN001
    text = "The International Criminal Court has ruled that Mongolia failed to comply with its obligations by not arresting Vladimir Putin during his visit to the country earlier this year."
    assert [(s, d) for t, _, s, d in _got(spec, text, "2025-07-10") if t == "noncompliance_finding"] == [("MNG", "2025-07-10")]
    # contrast: a date of the finding's own clause stays
    text = "On 2 July the International Criminal Court found that Mongolia failed to comply with its obligations by not arresting Vladimir Putin."
    assert [(s, d) for t, _, s, d in _got(spec, text, "2025-07-10") if t == "noncompliance_finding"] == [("MNG", "2025-07-02")]


def test_presence_on_a_states_territory_is_a_stay_there(spec) -> None:  # noqa: ANN001
    text = "The judges noted that Vladimir Putin was present on Mongolian territory between 2 and 4 May 2025."
    assert ("visit", "vladimir-vladimirovich-putin", "MNG") in [g[:3] for g in _got(spec, text)]
    # contrast: one's own State's territory is no visit
    text = "The judges noted that Vladimir Putin was present on Russian territory between 2 and 4 May 2025."
    assert not [g for g in _got(spec, text) if g[0] == "visit"]


def test_last_weekday_in_a_page_of_that_weekday_is_a_week_before() -> None:
    import datetime as dt

    from iccwatch.monitor.dates import find_dates

    sunday = dt.date(2025, 5, 4)
    assert [d.date for d in find_dates("The judges issued the warrant last Sunday.", sunday, True)] == ["2025-04-27"]
    # contrast: "on Sunday" in a Sunday's page is the day itself
    assert [d.date for d in find_dates("The judges issued the warrant on Sunday.", sunday, True)] == ["2025-05-04"]


def test_an_arrest_without_place_takes_the_state_that_surrendered_the_person(spec) -> None:  # noqa: ANN001
    text = ("Alfred Yekatom was handed over by the authorities of the Central African Republic to the International Criminal Court on Saturday. "
            "Yekatom was arrested in April for firing a pistol at a rally.")
    assert ("arrest", "alfred-yekatom", "CAF") in [g[:3] for g in _got(spec, text)]
    # contrast: no surrender told, no State given
    text = "Yekatom was arrested in April for firing a pistol at a rally."
    assert [g[2] for g in _got(spec, text) if g[0] == "arrest"] in ([], [None])


def test_a_trip_without_place_takes_the_host_named_just_before(spec) -> None:  # noqa: ANN001
    text = ("Officials said Omar al-Bashir was invited to the regional summit, and Kenya's president insisted that he come. "
            "Omar al-Bashir will participate in the summit next week, his foreign minister said.")
    assert ("planned_visit", "omar-hassan-ahmad-al-bashir", "KEN") in [g[:3] for g in _got(spec, text)]
    # contrast: the sentence before speaks of no trip of his
    text = ("Kenya's president spoke about trade with reporters. "
            "Omar al-Bashir will participate in the summit next week, his foreign minister said.")
    assert not [g for g in _got(spec, text) if g[0] == "planned_visit"]


def test_a_venue_told_for_a_meeting_to_come_is_a_planned_trip(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin and the US president discussed a new meeting by phone. Vienna is being discussed as the venue."
    assert ("planned_visit", "vladimir-vladimirovich-putin", "AUT") in [g[:3] for g in _got(spec, text)]
    # contrast: a venue of a meeting already held
    text = "Vladimir Putin and the US president met last month. Vienna is being discussed as the venue for a trade fair."
    assert not [g for g in _got(spec, text) if g[0] == "planned_visit"]


def test_a_middle_name_spelt_otherwise_is_the_same_person(spec) -> None:  # noqa: ANN001
    text = "The Court issued a warrant on Monday for Admiral Viktor Nikolaevitch Sokolov. Sokolov commanded the fleet."
    assert ("warrant_issued", "viktor-nikolayevich-sokolov") in [g[:2] for g in _got(spec, text)]
    # contrast: another first name with the surname is a namesake
    text = "The Court issued a warrant on Monday for Ivan Sokolov. Sokolov commanded the fleet."
    assert not [g for g in _got(spec, text) if g[1] == "viktor-nikolayevich-sokolov"]


def test_officials_say_in_the_lead_is_the_days_news(spec) -> None:  # noqa: ANN001
    text = "Kenyan police officials say Joseph Kony was detained at Nairobi airport after arriving on a flight from Juba."
    assert ("arrest", "joseph-kony", "KEN", "2025-05-06") in _got(spec, text)
    # contrast: what officials would say is no telling
    text = "Kenyan police officials would say nothing of whether Joseph Kony was detained at Nairobi airport."
    assert ("arrest", "joseph-kony", "KEN", "2025-05-06") not in _got(spec, text)


def test_the_courts_detention_centre_abroad_is_not_the_surrendering_state(spec) -> None:  # noqa: ANN001
    text = "Joseph Kony was surrendered to the ICC's detention center in the Netherlands on Saturday."
    assert [s for t, _, s, _ in _got(spec, text) if t == "surrender"] == [None]
    # contrast: a State that hands the person over
    text = "Joseph Kony was surrendered by the authorities of Kenya to the ICC on Saturday."
    assert [s for t, _, s, _ in _got(spec, text) if t == "surrender"] == ["KEN"]


def test_a_person_described_then_named_takes_the_custody_told_first(spec) -> None:  # noqa: ANN001
    text = ("Kenyan authorities on Saturday turned over to the International Criminal Court an insurgent wanted for attacks on villages. "
            "Joseph Kony was surrendered to the ICC's detention center in the Netherlands.")
    assert ("surrender", "joseph-kony", "KEN", "2025-05-03") in _got(spec, text)


@pytest.mark.parametrize("text", ["Vladimir Putin's visit to Brazil next month has been scrapped.",
                                  "Vladimir Putin pulled out of the summit in Johannesburg next week."])
def test_a_trip_scrapped_or_pulled_out_of_gives_nothing(spec, text: str) -> None:  # noqa: ANN001
    assert not [g for g in _got(spec, text) if g[0] in ("visit", "planned_visit")]


def test_pulling_out_of_something_else_keeps_the_trip(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin arrived in Mongolia on Monday, weeks after Russia pulled out of a treaty."
    assert ("visit", "vladimir-vladimirovich-putin", "MNG", "2025-05-05") in _got(spec, text)


def test_expected_in_a_place_is_a_trip_to_come(spec) -> None:  # noqa: ANN001
    assert ("planned_visit", "vladimir-vladimirovich-putin", "MNG") in \
        [g[:3] for g in _got(spec, "Vladimir Putin is expected in Ulaanbaatar on Thursday for a two-day visit.")]
    # contrast: expected to say something is no trip
    assert not [g for g in _got(spec, "Vladimir Putin is expected to say more about Mongolia on Thursday.") if g[0] == "planned_visit"]


def test_a_refusal_asked_as_a_condition_is_none(spec) -> None:  # noqa: ANN001
    assert not [g for g in _got(spec, "Vladimir Putin would only travel to Brazil if guaranteed he would not be arrested.") if g[0] == "refusal"]
    # contrast: the government's own word
    assert ("refusal", "vladimir-vladimirovich-putin", "BRA") in \
        [g[:3] for g in _got(spec, "Brazil's government said Vladimir Putin would not be arrested in Brazil.")]


def test_not_cooperating_in_an_arrest_is_a_refusal(spec) -> None:  # noqa: ANN001
    text = "Kenya's foreign minister said his country would not cooperate with the ICC in arresting Joseph Kony."
    assert [g[:3] for g in _got(spec, text) if g[0] == "refusal"] == [("refusal", "joseph-kony", "KEN")]
    # contrast: cooperating is no refusal
    text = "Kenya's foreign minister said his country would cooperate with the ICC in arresting Joseph Kony."
    assert not [g for g in _got(spec, text) if g[0] == "refusal"]


def test_a_warrant_revealed_is_made_public(spec) -> None:  # noqa: ANN001
    assert ("warrant_unsealed", "joseph-kony", None, "2025-05-05") in _got(spec, "The existence of a warrant for Joseph Kony was revealed on Monday.")
    # contrast: a warrant issued, not revealed
    assert [g[0] for g in _got(spec, "The Court issued a warrant for Joseph Kony on Monday.")] == ["warrant_issued"]


def test_a_call_to_withdraw_or_a_reconsidered_withdrawal_is_no_announcement(spec) -> None:  # noqa: ANN001
    for text in ("Kenya's parliament voted on Friday on a motion urging the government to leave the ICC.",
                 "Burundi announced on Friday that it was reconsidering its withdrawal from the ICC."):
        assert not [g for g in _got(spec, text) if g[0].startswith("withdrawal")], text
    # contrast: a vote to leave, and a call told beside the decision
    assert ("withdrawal_announced", None, "BDI", "2025-05-02") in _got(spec, "Burundi's parliament voted on Friday to leave the International Criminal Court.")
    text = "Facing calls for withdrawal, Burundi's government announced on Friday that it would leave the International Criminal Court."
    assert ("withdrawal_announced", None, "BDI", "2025-05-02") in _got(spec, text)


def test_near_the_border_with_a_state_is_not_in_it(spec) -> None:  # noqa: ANN001
    text = "Joseph Kony was arrested on Monday, an army spokesman said, adding that he was caught near the border with South Sudan."
    assert [s for t, _, s, _ in _got(spec, text) if t == "arrest"] == [None]
    # contrast: caught inside it
    text = "Joseph Kony was arrested on Monday, an army spokesman said, adding that he was caught in South Sudan."
    assert [s for t, _, s, _ in _got(spec, text) if t == "arrest"] == ["SSD"]


def test_the_arrest_told_again_by_its_noun_gives_the_place(spec) -> None:  # noqa: ANN001
    assert ("arrest", "joseph-kony", "KEN") in [g[:3] for g in _got(spec, "Joseph Kony was arrested on Monday.\n\nThe arrest took place in Nairobi, Kenya's capital.")]
    # contrast: a next sentence about something else
    assert ("arrest", "joseph-kony", None) in [g[:3] for g in _got(spec, "Joseph Kony was arrested on Monday.\n\nThe weather in Nairobi was fine.")]


def test_hosted_in_a_place_is_a_visit(spec) -> None:  # noqa: ANN001
    assert ("visit", "vladimir-vladimirovich-putin", "MNG", "2025-05-05") in _got(spec, "Mongolia's president hosted Vladimir Putin in Ulaanbaatar on Monday.")
    # contrast: hosting only supposed
    assert not [g for g in _got(spec, "Mongolia's president could have hosted Vladimir Putin in Ulaanbaatar on Monday.") if g[0] == "visit"]


def test_a_new_subject_named_with_the_warrant_is_not_taken_from_the_next_sentence(spec) -> None:  # noqa: ANN001
    """"issued arrest warrants for <a name the record does not hold>" names its subject in the sentence itself: the
    person of the next sentence (about something else) is not the warrant's subject; contrast: warrants "for senior
    leaders", named only in the next sentence, take those names."""
    text = ("Judges of the International Criminal Court on Tuesday issued arrest warrants for Musa Idris Karim, the Court "
            "said. Vladimir Putin arrived in Ulaanbaatar on Monday.")
    cands = extract_candidates(make_document(text, date="2026-03-05"), spec, mode="rules")
    assert [(c.person, c.person_name) for c in cands if c.type == "warrant_issued"] == [(None, "Musa Idris Karim")]
    contrast = "The Court on Tuesday issued arrest warrants for senior leaders. Vladimir Putin and Sergei Shoigu were named."
    got = extract_candidates(make_document(contrast, date="2026-03-05"), spec, mode="rules")
    assert {c.person for c in got if c.type == "warrant_issued"} == {"vladimir-vladimirovich-putin", "sergei-kuzhugetovich-shoigu"}
