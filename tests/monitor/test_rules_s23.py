"""Session 23 (issue 12): general readings written from the mechanisms behind the dev errors of batches 50-51 (their test
parts unread), tested with sentences written for the purpose (not copied from the real-news set), each with a contrast
that must not fire. No State or person is special-cased: the names below are only the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import facts_of as _facts
from tests.monitor.probe import typed as _typed

BASHIR = "omar-hassan-ahmad-al-bashir"
PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
YEKATOM = "alfred-yekatom"
MOKOM = "maxime-jeoffroy-eli-mokom-gawaka"
DAY = "2025-05-07"  # a Wednesday




# --- the crimes' own time told before the trigger is no date of the act --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Wanted for crimes committed in Bangui in 2013 and 2014, Maxime Mokom has been arrested by the authorities of Chad.",
    "Suspected of atrocities allegedly perpetrated in 2014, Maxime Mokom has been arrested by the authorities of Chad.",
])
def test_crime_period_before_the_trigger_leaves_the_act_the_days_news(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2022-03-16", "arrest") == [(MOKOM, "TCD", "2022-03-16")]


def test_crime_period_in_french_before_the_trigger(spec) -> None:  # noqa: ANN001
    text = ("Poursuivi pour des crimes qui auraient été commis à Bangui et dans d'autres villes en 2013 et 2014, "
            "Maxime Mokom a été arrêté par les autorités tchadiennes.")
    assert _typed(spec, text, "2022-03-16", "arrest") == [(MOKOM, "TCD", "2022-03-16")]


def test_a_date_of_the_act_itself_is_kept(spec) -> None:  # noqa: ANN001
    # contrast: a date told for the act itself (no crime verb before it) still binds it: an old arrest, never the day's news
    text = "In March 2014, Maxime Mokom was arrested by the authorities of Chad for crimes committed in Bangui."
    assert (MOKOM, "TCD", "2022-03-16") not in _typed(spec, text, "2022-03-16", "arrest")
    text = "Wanted for crimes committed in 2013, Maxime Mokom has been arrested by the authorities of Chad on Monday."
    assert _typed(spec, text, "2022-03-16", "arrest") == [(MOKOM, "TCD", "2022-03-14")]


# --- a list set out under a colon: each item is named by the sentence that introduces it ----------------------------------

LIST = ("Today the Chamber unsealed warrants of arrest against the following persons:\n"
        "  • Alfred YEKATOM\n  • Maxime Jeoffroy Eli MOKOM GAWAKA\n\nThe warrants were issued in 2018.")


def test_list_under_a_colon_names_each_item(spec) -> None:  # noqa: ANN001
    assert {p for p, _, _ in _typed(spec, LIST, DAY, "warrant_unsealed")} == {YEKATOM, MOKOM}


def test_list_without_a_colon_is_not_joined(spec) -> None:  # noqa: ANN001
    # contrast: a line with no colon before the bulleted names does not lend them its trigger
    text = ("Today the Chamber unsealed a warrant of arrest against Alfred Yekatom.\n"
            "  • Maxime Jeoffroy Eli Mokom Gawaka remains at large\n\nOther news follows.")
    assert {p for p, _, _ in _typed(spec, text, DAY, "warrant_unsealed")} == {YEKATOM}


# --- surrenders told as a noun with an adverb, or with the person described then named ------------------------------------

@pytest.mark.parametrize("text", [
    'Rights groups applaud the transfer today of Alfred "Rambo" Yekatom to the International Criminal Court.',
    "Rights groups welcomed the transfer yesterday of Alfred Yekatom to the International Criminal Court.",
])
def test_transfer_told_as_a_noun_with_an_adverb(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "surrender") == {(YEKATOM, None)}


def test_handed_over_a_described_person_named_after_a_comma(spec) -> None:  # noqa: ANN001
    text = ("Authorities in Chad have handed over former Central African Republic (CAR) militia leader, Maxime Mokom to the "
            "International Criminal Court, the court confirmed.")
    assert _facts(spec, text, DAY, "surrender") == {(MOKOM, "TCD")}


@pytest.mark.parametrize("text", [
    # contrasts: documents handed over, and a transfer only hoped for
    "Authorities in Chad have handed over files on the former militia leader, Maxime Mokom to the International Criminal Court.",
    "Rights groups called for the transfer of Alfred Yekatom to the International Criminal Court.",
])
def test_no_surrender_from_files_or_a_call(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "surrender") == set()


# --- refusals: an arrest told as no duty of the State, or as an act of war; in Portuguese -------------------------------

@pytest.mark.parametrize("text", [
    "South Africa insisted before the judges that it did not have to arrest Omar al-Bashir when he visited in 2015.",
    "Lawyers for South Africa said there is no duty under the Rome Statute on South Africa to arrest Omar al-Bashir.",
    "South Africa argued that the Statute does not oblige its authorities to arrest Omar al-Bashir.",
])
def test_no_duty_to_arrest_is_a_refusal(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "refusal") == {(BASHIR, "ZAF")}


@pytest.mark.parametrize("text", [
    # contrasts: a duty stated, a duty found by judges, a question
    "South Africa said it had a duty to arrest Omar al-Bashir if he came.",
    "The judges found that South Africa was obliged to arrest Omar al-Bashir.",
])
def test_a_duty_to_arrest_is_no_refusal(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "refusal") == set()


def test_not_obliged_to_comply_with_the_courts_decisions(spec) -> None:  # noqa: ANN001
    text = ("Benjamin Netanyahu will visit Hungary next week. Budapest has not published the treaty and therefore asserts "
            "it is not obliged to comply with ICC decisions.")
    assert _facts(spec, text, DAY, "refusal") == {(NETANYAHU, "HUN")}


def test_a_gloss_is_still_no_refusal(spec) -> None:  # noqa: ANN001
    # contrast: the writer's gloss ("meaning …") with no government speaking stays no refusal, as before
    text = "Benjamin Netanyahu will visit Hungary next week. Hungary has left the Court, meaning it is not obliged to arrest him."
    assert _facts(spec, text, DAY, "refusal") == set()


def test_refusal_in_a_sentence_naming_no_one_is_about_the_documents_main_person(spec) -> None:  # noqa: ANN001
    text = ("Benjamin Netanyahu will visit Hungary on Friday. Benjamin Netanyahu is to meet the prime minister. The Court "
            "issued warrants for Benjamin Netanyahu and Yoav Gallant in 2024. Hungary says it is not bound to comply with "
            "the ICC's decisions.")
    assert _facts(spec, text, DAY, "refusal") == {(NETANYAHU, "HUN")}


@pytest.mark.parametrize("text", [
    "South Africa's president said any attempt to arrest Vladimir Putin would be a declaration of war against Russia.",
    "The government of South Africa said arresting Vladimir Putin would amount to a declaration of war.",
])
def test_arrest_as_a_declaration_of_war_is_a_refusal(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "refusal") == {(PUTIN, "ZAF")}


def test_war_declared_is_no_refusal(spec) -> None:  # noqa: ANN001
    # contrast: a declaration of war that is no arrest's
    text = "South Africa's president said Russia's invasion was a declaration of war, and Vladimir Putin did not attend."
    assert _facts(spec, text, DAY, "refusal") == set()


@pytest.mark.parametrize("text", [
    "O presidente do Brasil disse que Vladimir Putin não será preso no Brasil se participar da cúpula.",
    "O governo do Brasil afirmou que não tem como ele ser preso: Vladimir Putin pode vir ao Brasil.",
])
def test_portuguese_will_not_be_arrested_is_a_refusal(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "refusal") == {(PUTIN, "BRA")}


def test_portuguese_will_be_arrested_is_no_refusal(spec) -> None:  # noqa: ANN001
    text = "O presidente do Brasil disse que Vladimir Putin será preso no Brasil se participar da cúpula."
    assert _facts(spec, text, DAY, "refusal") == set()


# --- "without being detained" told by an observer is no government's word ---------------------------------------------

def test_without_being_detained_told_as_what_happened_is_no_refusal(spec) -> None:  # noqa: ANN001
    text = ("Vladimir Putin arrived in Tajikistan on Wednesday, and his presence there - without being detained - raises "
            "questions about the country's obligations.")
    assert _facts(spec, text, DAY, "refusal") == set()


def test_may_come_without_being_arrested_is_a_refusal(spec) -> None:  # noqa: ANN001
    # contrast: the government's word that he may come and go
    text = "The government of Tajikistan said Vladimir Putin can attend the summit without being arrested."
    assert _facts(spec, text, DAY, "refusal") == {(PUTIN, "TJK")}


# --- a supposed trip in a relative clause on the Statute's reach does not cancel a stay told as under way ---------------

def test_stay_under_way_beside_the_statutes_reach(spec) -> None:  # noqa: ANN001
    text = ("Vladimir Putin is visiting Mongolia at the invitation of its president, his first trip to a country that has "
            "ratified the Rome Statute, which obligates signatories to arrest Putin if he enters their territory.")
    assert _facts(spec, text, DAY, "visit") == {(PUTIN, "MNG")}


@pytest.mark.parametrize("text", [
    # contrasts: the trip itself supposed
    "Mongolia would have to arrest Vladimir Putin if he enters its territory.",
    "Vladimir Putin could be arrested if he travels to Mongolia, which is obliged to arrest him.",
])
def test_a_supposed_trip_stays_no_trip(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "visit") == set()
    assert _facts(spec, text, DAY, "planned_visit") == set()
