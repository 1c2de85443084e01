"""Session 11, second pass: general rules from batches 26-27's dev errors (issue 12), each tested with sentences written
for the purpose in other wordings (not copied from the real-news set) and a contrast case."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.monitor.probe import rule_candidates as _got

from iccwatch.monitor.dates import find_dates

YEKATOM = "alfred-yekatom"
NGAISSONA = "patrice-edouard-ngaissona"
PUTIN = "vladimir-vladimirovich-putin"
DAY = "2025-05-07"  # a Wednesday




def _of(spec, kind: str, person: str, text: str, date: str = DAY) -> list[str | None]:  # noqa: ANN001
    return [d for t, p, _, d in _got(spec, text, date) if t == kind and p == person]


PAIR = "Alfred Yekatom and Patrice-Edouard Ngaissona were detained in Bangui last month."


# --- an unsealing told of a group by its count ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"{PAIR} On Wednesday the Chamber unsealed the warrants for the two.",
    f"{PAIR} The Court made public the arrest warrants against both of them on Wednesday.",
    f"{PAIR} Judges on Wednesday unsealed warrants against the pair, showing when they were issued.",
])
def test_an_unsealing_for_the_two_takes_the_pair_named_before(spec, text: str) -> None:  # noqa: ANN001
    assert _of(spec, "warrant_unsealed", YEKATOM, text) == [DAY]
    assert _of(spec, "warrant_unsealed", NGAISSONA, text) == [DAY]


def test_an_unsealing_for_the_two_after_one_name_gives_no_one(spec) -> None:  # noqa: ANN001
    text = "Alfred Yekatom was detained in Bangui last month. On Wednesday the Chamber unsealed the warrants for the two."
    assert _of(spec, "warrant_unsealed", YEKATOM, text) == []


# --- an unsealing that names no one, then "the warrant against X" ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Chamber on Wednesday made public a redacted version of an arrest warrant in the Central African Republic situation. "
    "The judges had decided to issue the warrant against Alfred Yekatom in 2018.",
    "On Wednesday the Court published a redacted copy of a sealed arrest warrant. It had issued that warrant for Alfred Yekatom in 2018.",
])
def test_an_unnamed_unsealing_takes_the_subject_of_the_warrant_told_next(spec, text: str) -> None:  # noqa: ANN001
    assert _of(spec, "warrant_unsealed", YEKATOM, text) == [DAY]


def test_an_unnamed_unsealing_is_not_given_to_someone_the_next_sentence_only_mentions(spec) -> None:  # noqa: ANN001
    text = "The Chamber on Wednesday made public a redacted version of an arrest warrant. Alfred Yekatom attended the hearing in person."
    assert _of(spec, "warrant_unsealed", YEKATOM, text) == []


# --- the warrant's subject, not the person a clause about them names ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Court on Wednesday unsealed a warrant against Alfred Yekatom, who is accused of commanding fighters alongside Patrice-Edouard Ngaissona.",
    "Judges on Wednesday unsealed an arrest warrant for Alfred Yekatom, deputy of current ICC suspect and former federation head, Patrice-Edouard Ngaissona.",
    "ICC judges on Wednesday made public the warrant for the arrest of Alfred Yekatom whose militia allegedly fought with Patrice-Edouard Ngaissona.",
])
def test_a_person_named_in_a_clause_about_the_subject_gets_no_unsealing(spec, text: str) -> None:  # noqa: ANN001
    assert _of(spec, "warrant_unsealed", YEKATOM, text) == [DAY]
    assert _of(spec, "warrant_unsealed", NGAISSONA, text) == []


def test_two_subjects_of_one_unsealing_both_keep_it(spec) -> None:  # noqa: ANN001
    text = "The Court on Wednesday unsealed arrest warrants for Alfred Yekatom and Patrice-Edouard Ngaissona."
    assert _of(spec, "warrant_unsealed", YEKATOM, text) == [DAY]
    assert _of(spec, "warrant_unsealed", NGAISSONA, text) == [DAY]


# --- an unsealing dated by the making public told just before, not by the issue ------------------------------------------

@pytest.mark.parametrize("text", [
    "The Court on Wednesday made it public that Alfred Yekatom had been arrested. "
    "Judges unsealed the warrant against Alfred Yekatom, which showed they had ordered his arrest on 17 November 2018.",
    "The ICC made public on Wednesday that Alfred Yekatom was in custody. "
    "Judges unsealed the warrant against Alfred Yekatom, revealing that they ordered the arrest on 17 November 2018.",
])
def test_an_unsealing_takes_the_day_of_the_making_public_told_before(spec, text: str) -> None:  # noqa: ANN001
    assert _of(spec, "warrant_unsealed", YEKATOM, text) == [DAY]


def test_an_unsealing_is_not_dated_by_a_day_the_sentence_before_gives_to_something_else(spec) -> None:  # noqa: ANN001
    text = ("Alfred Yekatom was questioned by the police on Wednesday. "
            "Judges unsealed the warrant against Alfred Yekatom, which showed they had ordered his arrest on 17 November 2018.")
    assert DAY not in _of(spec, "warrant_unsealed", YEKATOM, text)
    assert "2018-11-17" not in _of(spec, "warrant_unsealed", YEKATOM, text)


# --- a dateline's city is where the story was filed, not where anyone went ------------------------------------------------

@pytest.mark.parametrize(("text", "filed", "went"), [
    ("Lima, 7 May (EFE) Vladimir Putin arrived in Mongolia for talks with his host.", "PER", "MNG"),
    ("Nairobi, May 7 (Xinhua) Vladimir Putin landed in Ulaanbaatar on Wednesday.", "KEN", "MNG"),
    ("Kampala, May 7, 2025 (NewsWire): Vladimir Putin arrived in Mongolia on Wednesday.", "UGA", "MNG"),
])
def test_a_dateline_without_a_dash_gives_no_visit(spec, text: str, filed: str, went: str) -> None:  # noqa: ANN001
    states = {st for t, p, st, _ in _got(spec, text) if t == "visit" and p == PUTIN}
    assert went in states
    assert filed not in states


def test_a_place_told_after_the_verb_with_a_day_is_still_the_visit(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin arrived in Peru on 7 May (local time) for talks."
    assert "PER" in {st for t, p, st, _ in _got(spec, text) if t == "visit" and p == PUTIN}


# --- a page dated only to its month -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vladimir Putin arrived in Mongolia on May 25.",
    "Vladimir Putin landed in Ulaanbaatar on 25 May for a two-day stay.",
    "Russian President begins state visit to Mongolia\n\nVladimir Putin arrived in Ulaanbaatar on May 25, where his host met him.",
])
def test_a_day_of_the_pages_month_is_a_visit_made_not_one_to_come(spec, text: str) -> None:  # noqa: ANN001
    got = [(t, d) for t, p, st, d in _got(spec, text, "2025-05") if p == PUTIN and st == "MNG"]
    assert got == [("visit", "2025-05-25")]


def test_a_trip_told_in_the_future_in_a_month_page_stays_to_come(spec) -> None:  # noqa: ANN001
    got = [(t, d) for t, p, st, d in _got(spec, "Vladimir Putin will travel to Mongolia on May 25.", "2025-05") if p == PUTIN and st == "MNG"]
    assert got == [("planned_visit", "2025-05-25")]


@pytest.mark.parametrize("text", ["the Kremlin said last week it was not concerned", "It was announced earlier this week.", "He is due next week."])
def test_a_week_in_a_month_page_is_that_month(text: str) -> None:
    assert [d.date for d in find_dates(text, dt.date(2025, 5, 1), False)] == ["2025-05"]


def test_last_week_in_a_dated_page_is_a_week_back() -> None:
    assert [d.date for d in find_dates("the Kremlin said last week it was not concerned", dt.date(2025, 5, 7), True)] == ["2025-04"]


# --- a warrant recalled in a "against whom" clause beside another fact --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Alfred Yekatom, against whom the International Criminal Court (ICC) had issued a warrant of arrest, was handed over to the Court on Wednesday.",
    "Alfred Yekatom, for whom judges issued an arrest warrant in 2018, was transferred to The Hague on Wednesday.",
])
def test_a_warrant_recalled_in_a_whom_clause_is_no_warrant_issued(spec, text: str) -> None:  # noqa: ANN001
    assert _of(spec, "warrant_issued", YEKATOM, text) == []
    assert _of(spec, "surrender", YEKATOM, text) == [DAY]


def test_a_warrant_issued_for_someone_then_a_whom_clause_is_still_issued(spec) -> None:  # noqa: ANN001
    text = "The ICC on Wednesday issued a warrant against Alfred Yekatom, whom it accuses of war crimes."
    assert _of(spec, "warrant_issued", YEKATOM, text) == [DAY]


# --- a custody told as news welcomed ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Prosecutor welcomed the news of the transfer of Alfred Yekatom to the custody of the ICC on Wednesday.",
    "Rights groups on Wednesday hailed reports of the surrender of Alfred Yekatom to the Court.",
])
def test_news_of_a_transfer_to_the_court_welcomed_is_a_surrender(spec, text: str) -> None:  # noqa: ANN001
    assert _of(spec, "surrender", YEKATOM, text) == [DAY]


@pytest.mark.parametrize("text", [
    "The Prosecutor welcomed the news of the transfer of Alfred Yekatom to a prison in Bangui on Wednesday.",
    "The Prosecutor on Wednesday welcomed the news of the arrest of Alfred Yekatom.",
])
def test_news_of_another_transfer_welcomed_is_no_surrender(spec, text: str) -> None:  # noqa: ANN001
    assert _of(spec, "surrender", YEKATOM, text) == []


# --- a visit told by the noun of presence, its traveller after it ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "There was an international furore at the presence of Vladimir Putin in Mongolia on Wednesday.",
    "Diplomats voiced consternation over the attendance of Vladimir Putin at the summit in Ulaanbaatar on Wednesday.",
])
def test_the_presence_of_a_person_somewhere_is_a_visit(spec, text: str) -> None:  # noqa: ANN001
    assert ("MNG", DAY) in {(st, d) for t, p, st, d in _got(spec, text) if t == "visit" and p == PUTIN}


def test_the_presence_of_others_beside_a_person_is_no_visit_of_his(spec) -> None:  # noqa: ANN001
    text = "The presence of foreign troops in Mongolia on Wednesday alarmed analysts who had long criticised Vladimir Putin."
    assert [st for t, p, st, _ in _got(spec, text) if t == "visit" and p == PUTIN] == []


# --- a refusal told as immunity declared or as a commitment to be breached ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mongolia said on Wednesday that Vladimir Putin has immunity from arrest as a sitting head of State.",
    "Mongolia's foreign minister said his government would \"violate\" its obligations under the Rome Statute rather than arrest Vladimir Putin.",
    "Officials in Ulaanbaatar declared that Vladimir Putin enjoys immunity against the ICC's arrest warrant.",
])
def test_immunity_declared_or_a_commitment_to_be_breached_is_a_refusal(spec, text: str) -> None:  # noqa: ANN001
    assert ("refusal", "MNG") in {(t, st) for t, p, st, _ in _got(spec, text) if p == PUTIN}


@pytest.mark.parametrize("text", [
    "The judges ruled on Wednesday that Vladimir Putin has no immunity from arrest in Mongolia.",
    "Mongolia said it will not breach its obligations to the ICC when Vladimir Putin visits.",
])
def test_no_immunity_or_no_breach_is_no_refusal(spec, text: str) -> None:  # noqa: ANN001
    assert "refusal" not in {t for t, p, _, _ in _got(spec, text) if p == PUTIN}


# --- a custody recalled with "already" ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Hague-based court already has detained two alleged commanders, Alfred Yekatom and Patrice-Edouard Ngaissona, whose trial opens next month.",
    "The Court, which had already detained Alfred Yekatom, now seeks a third suspect.",
])
def test_a_custody_recalled_with_already_is_no_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert _of(spec, "arrest", YEKATOM, text) == []


@pytest.mark.parametrize("text", [
    "Authorities already detained Alfred Yekatom in Bangui on Wednesday, officials said.",
    "The court has already arrested Alfred Yekatom, officials said on Wednesday.",
])
def test_an_arrest_with_already_and_a_day_of_its_own_or_told_as_arrested_stays(spec, text: str) -> None:  # noqa: ANN001
    assert _of(spec, "arrest", YEKATOM, text) == [DAY]
