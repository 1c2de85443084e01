"""Session 27 (issue 12, task mprecise): precision readings written from the mechanisms behind the dev half's false arrests,
warrants, surrenders and refusals (the test half unread): acts of other courts, national cases, custody that is no arrest,
speculation, moves inside the Court's custody and speakers who hold no office. Tested with sentences written for the purpose
(not copied from the real-news set), each with a contrast that must still fire. No State or person is special-cased: the
names below are only the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

KONY = "joseph-kony"
DUTERTE = "rodrigo-roa-duterte"
NETANYAHU = "benjamin-netanyahu"
YEKATOM = "alfred-yekatom"




# --- a warrant of another court ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("issuer", ["A court in Kampala", "A regional trial court", "The Special Tribunal for Lebanon", "The ICTY",
                                    "The Extraordinary African Chambers"])
def test_a_warrant_of_another_court_is_none_of_the_courts(spec, issuer: str) -> None:  # noqa: ANN001
    text = f"{issuer} issued an arrest warrant for Joseph Kony on Tuesday."
    assert _typed(spec, text, "2015-03-05", "warrant_issued") == []


def test_a_warrant_issued_by_another_court_told_after_the_verb(spec) -> None:  # noqa: ANN001
    text = "Joseph Kony now faces an arrest warrant issued on Tuesday by a court in Paris, his lawyer said."
    assert _typed(spec, text, "2015-03-05", "warrant_issued") == []


@pytest.mark.parametrize("issuer", ["The International Criminal Court", "ICC judges", "Pre-Trial Chamber II", "The court"])
def test_the_courts_own_warrant_still_fires(spec, issuer: str) -> None:  # noqa: ANN001
    # contrast: the Court, its judges, its chamber, or "the court" of an article about it
    text = f"{issuer} issued an arrest warrant for Joseph Kony on Tuesday."
    assert _typed(spec, text, "2015-03-05", "warrant_issued") == [(KONY, None, "2015-03-03")]


# --- a warrant told as speculation ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lead", ["Speculation was rife that", "Rumours spread on Tuesday that",
                                  "An official's claim that"])
def test_a_warrant_told_as_speculation_is_none(spec, lead: str) -> None:  # noqa: ANN001
    text = f"{lead} the International Criminal Court had issued an arrest warrant for Joseph Kony unsettled the capital."
    assert _typed(spec, text, "2015-03-05", "warrant_issued") == []


def test_a_warrant_told_by_the_court_after_a_rumour_still_fires(spec) -> None:  # noqa: ANN001
    # contrast: the rumour is in another sentence; the Court's own word is news
    text = ("Rumours had spread for weeks. The International Criminal Court issued an arrest warrant for Joseph Kony on Tuesday, "
            "its spokesman said.")
    assert _typed(spec, text, "2015-03-05", "warrant_issued") == [(KONY, None, "2015-03-03")]


# --- an arrest on another ground than the Court's ---------------------------------------------------------------------------

@pytest.mark.parametrize("ground", ["on a Rwandan warrant", "on a national warrant", "for tax fraud", "on charges of corruption",
                                    "over an extradition request from Rwanda", "in a separate domestic case",
                                    "on a warrant issued by a Kampala court", "on charges brought by Ugandan prosecutors",
                                    "and will face trial in Kampala"])
def test_an_arrest_on_a_national_ground_is_none_of_the_courts(spec, ground: str) -> None:  # noqa: ANN001
    text = f"Joseph Kony was arrested in Uganda on Tuesday {ground}."
    assert _typed(spec, text, "2015-03-05", "arrest") == []


def test_a_re_arrest_after_the_court_freed_the_person(spec) -> None:  # noqa: ANN001
    text = "Joseph Kony was arrested again in France on Tuesday after the Court released him."
    assert _typed(spec, text, "2015-03-05", "arrest") == []


def test_an_arrest_of_another_tribunals_suspect(spec) -> None:  # noqa: ANN001
    text = "Joseph Kony, sought by the Special Court for Sierra Leone, was arrested in Uganda on Tuesday."
    assert _typed(spec, text, "2015-03-05", "arrest") == []


@pytest.mark.parametrize("ground", ["on an ICC warrant", "at the request of the Court", "on a warrant issued by the International Criminal Court",
                                    "on charges of war crimes", ""])
def test_an_arrest_on_the_courts_ground_still_fires(spec, ground: str) -> None:  # noqa: ANN001
    # contrast: the Court's warrant or request, crimes of its kind, or no ground told
    text = f"Joseph Kony was arrested in Uganda on Tuesday {ground}.".replace(" .", ".")
    assert _typed(spec, text, "2015-03-05", "arrest") == [(KONY, "UGA", "2015-03-03")]


def test_a_national_ground_beside_the_courts_warrant_still_fires(spec) -> None:  # noqa: ANN001
    # contrast: the sentence names the Court's warrant too: the national ground is no reason to drop the arrest
    text = "Joseph Kony was arrested in Uganda on Tuesday on the ICC's warrant and for tax fraud."
    assert _typed(spec, text, "2015-03-05", "arrest") == [(KONY, "UGA", "2015-03-03")]


# --- custody told by an adjective -------------------------------------------------------------------------------------------

def test_a_person_described_as_detained_is_no_arrest(spec) -> None:  # noqa: ANN001
    text = "The detained former president Rodrigo Duterte asked for interim release on Thursday."
    assert _typed(spec, text, "2025-03-14", "arrest") == []


def test_a_person_detained_on_a_day_still_fires(spec) -> None:  # noqa: ANN001
    # contrast: the participle is the verb of the act, with its place and day after it
    text = "Police in Manila on Tuesday detained the former president Rodrigo Duterte at the airport."
    assert [p for p, _, _ in _typed(spec, text, "2025-03-12", "arrest")] == [DUTERTE]


# --- a move inside the Court's custody --------------------------------------------------------------------------------------

def test_a_transfer_from_a_hospital_to_the_detention_centre_is_no_surrender(spec) -> None:  # noqa: ANN001
    text = "Rodrigo Duterte was transferred to the ICC detention centre from a hospital in The Hague on Thursday."
    assert _typed(spec, text, "2025-03-14", "surrender") == []


def test_a_transfer_to_the_court_from_a_state_still_fires(spec) -> None:  # noqa: ANN001
    # contrast: a transfer to the Court told by the surrendering State's authorities
    text = "Alfred Yekatom was transferred to the Court on Tuesday, the Central African authorities said."
    assert _typed(spec, text, "2019-01-25", "surrender") == [(YEKATOM, "CAF", "2019-01-22")]


# --- a refusal by someone who holds no office -------------------------------------------------------------------------------

def test_an_opposition_leaders_word_is_no_refusal(spec) -> None:  # noqa: ANN001
    text = "The opposition leader said on Friday that Germany should not arrest Benjamin Netanyahu."
    assert _typed(spec, text, "2024-11-22", "refusal") == []


def test_a_governments_word_still_fires(spec) -> None:  # noqa: ANN001
    # contrast: the head of government speaks, and an opposition is named only as what he answered
    text = "Answering the opposition, the prime minister said on Friday that Hungary would not arrest Benjamin Netanyahu."
    assert _typed(spec, text, "2024-11-22", "refusal") == [(NETANYAHU, "HUN", None)]


# --- an arrest told as the time of another fact, or in apposition -------------------------------------------------------------

@pytest.mark.parametrize("text", ["Rodrigo Duterte has been in detention since he was arrested at Manila airport.",
                                  "Months after Rodrigo Duterte was arrested in Manila, his supporters rallied on Monday.",
                                  "Rodrigo Duterte, the former president arrested in Manila, was declared fit to stand trial on Monday."])
def test_an_arrest_that_dates_another_fact_is_background(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-09-23", "arrest") == []


def test_an_arrest_in_a_since_clause_with_its_own_day_still_fires(spec) -> None:  # noqa: ANN001
    # contrast: the arrest's own clause gives its day, days before the page
    text = "Rodrigo Duterte has been held in The Hague since he was arrested in Manila on Tuesday."
    assert _typed(spec, text, "2025-03-14", "arrest") == [(DUTERTE, "PHL", "2025-03-11")]


def test_an_apposed_arrest_with_its_own_day_still_fires(spec) -> None:  # noqa: ANN001
    # contrast: the apposition's own day (not the main clause's)
    text = "Rodrigo Duterte, the former president arrested in Manila on Tuesday, arrived in The Hague on Wednesday."
    assert [(p, st) for p, st, _ in _typed(spec, text, "2025-03-14", "arrest")] == [(DUTERTE, "PHL")]


# --- the Court's custody told by a verb of arrest -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["The International Criminal Court took Rodrigo Duterte into custody on Wednesday.",
                                  "Rodrigo Duterte was detained by the ICC on Wednesday."])
def test_the_courts_custody_is_a_surrender_not_an_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-13", "arrest") == []
    assert _typed(spec, text, "2025-03-13", "surrender") == [(DUTERTE, None, "2025-03-12")]


def test_police_custody_is_still_an_arrest(spec) -> None:  # noqa: ANN001
    # contrast: a State's police take the person into custody
    text = "Philippine police took Rodrigo Duterte into custody in Manila on Tuesday."
    assert _typed(spec, text, "2025-03-12", "arrest") == [(DUTERTE, "PHL", "2025-03-11")]


# --- a surrender told with its day between the verb and the destination ------------------------------------------------------

def test_an_extradition_with_its_day_before_the_destination(spec) -> None:  # noqa: ANN001
    text = "Alfred Yekatom was extradited on November 17, 2018 to The Hague after a warrant was issued by the International Criminal Court."
    assert _typed(spec, text, "2018-11", "surrender") == [(YEKATOM, None, "2018-11-17")]


def test_an_extradition_elsewhere_is_no_surrender(spec) -> None:  # noqa: ANN001
    # contrast: extradited to a State, not to the Court
    text = "Alfred Yekatom was extradited on November 17, 2018 to France to face fraud charges."
    assert _typed(spec, text, "2018-11", "surrender") == []


# --- an arrest nearly made, denied as a report, or of others ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Joseph Kony was nearly captured in Uganda on Tuesday.",
                                  "Troops almost captured Joseph Kony in Uganda on Tuesday.",
                                  "Reports that Joseph Kony was captured in Uganda on Tuesday proved false.",
                                  "Joseph Kony has been arrested in Uganda, a rebel spokesman claimed on Tuesday, but officials could not confirm it.",
                                  "Two bodyguards of Joseph Kony were arrested in Uganda on Tuesday.",
                                  "Joseph Kony said his commander was arrested in Uganda on Tuesday.",
                                  "Protesters were arrested outside the court in Uganda on Tuesday as Joseph Kony appeared.",
                                  "Ugandan police said on Tuesday they arrested a suspect in the killing of a defector from Joseph Kony's group."])
def test_an_arrest_not_made_or_of_others_is_none(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2015-03-05", "arrest") == []


@pytest.mark.parametrize("text", ["Troops captured Joseph Kony in Uganda on Tuesday.",
                                  "Joseph Kony was arrested in Uganda on Tuesday, the army reported.",
                                  "Joseph Kony, the rebel commander, was arrested in Uganda on Tuesday.",
                                  "Ugandan police arrested a man identified as Joseph Kony in Uganda on Tuesday."])
def test_the_persons_own_arrest_still_fires(spec, text: str) -> None:  # noqa: ANN001
    # contrast: made, reported without doubt, the person as the subject with an apposition, or identified as the object
    assert _typed(spec, text, "2015-03-05", "arrest") == [(KONY, "UGA", "2015-03-03")]


# --- a surrender told as the time of another fact; "days ago" in a page dated to its month -----------------------------------

@pytest.mark.parametrize("text", ["Since Rodrigo Duterte was transferred to The Hague, his party has campaigned for his release.",
                                  "Months after Rodrigo Duterte was handed over to the ICC, his allies rallied on Monday."])
def test_a_surrender_that_dates_another_fact_is_background(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-09-23", "surrender") == []


def test_a_surrender_told_as_news_still_fires(spec) -> None:  # noqa: ANN001
    # contrast: the surrender is the main clause's act
    text = "Rodrigo Duterte was handed over to the ICC on Wednesday, and his allies rallied in Manila."
    assert [(p, d) for p, _, d in _typed(spec, text, "2025-03-14", "surrender")] == [(DUTERTE, "2025-03-12")]


def test_days_ago_in_a_page_dated_to_its_month_gives_that_month(spec) -> None:  # noqa: ANN001
    text = "A few days ago, the International Criminal Court issued arrest warrants for Benjamin Netanyahu."
    assert _typed(spec, text, "2024-11", "warrant_issued") == [(NETANYAHU, None, "2024-11")]
    # contrast: a page with its day counts back from it
    assert _typed(spec, "Three days ago, the International Criminal Court issued an arrest warrant for Benjamin Netanyahu.",
                  "2024-11-24", "warrant_issued") == [(NETANYAHU, None, "2024-11-21")]
