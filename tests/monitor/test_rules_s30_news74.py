"""Session 30 (issue 12, task mnews74): readings written on the dev errors of real-news batches 74-75, each a general rule (a
wording or a structure; words as data in data/lookups/monitor_words.yaml, English's in the lexicon). Each test holds sentences
written for it (not copied from the real-news set) and a contrast that must not fire. No State or person is special-cased: the
names are the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NETANYAHU = "benjamin-netanyahu"
PUTIN = "vladimir-vladimirovich-putin"
DUTERTE = "rodrigo-roa-duterte"
DEIF = "mohammed-diab-ibrahim-al-masri"


# --- 1. a warrant served on the person is the arrest, even when the warrant's noun is "arrest warrant" ------------------------

@pytest.mark.parametrize("text", [
    "Rodrigo Duterte was served an ICC arrest warrant at the airport in Manila on Tuesday.",
    "On Tuesday Rodrigo Duterte was served with an arrest warrant from the Court in Manila, officials said.",
    "Rodrigo Duterte was served a Court arrest warrant on landing in Manila on Tuesday, his lawyers said.",
    "Philippine police served an arrest warrant on Rodrigo Duterte in Manila on Tuesday.",
])
def test_an_arrest_warrant_served_is_an_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-12", "arrest", language="en") == [(DUTERTE, "PHL", "2025-03-11")]
    assert _typed(spec, text, "2025-03-12", "warrant_issued", language="en") == []


@pytest.mark.parametrize("text", [
    # a serving only supposed, refused, or a summons: no arrest
    "Rodrigo Duterte could be served an arrest warrant if he returns to Manila, his lawyers said on Tuesday.",
    "Manila refused to serve the arrest warrant on Rodrigo Duterte on Tuesday.",
    "Rodrigo Duterte was served with a summons in Manila on Tuesday.",
])
def test_an_arrest_warrant_not_served_is_no_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-12", "arrest", language="en") == []


def test_an_arrest_warrant_issued_stays_a_warrant(spec) -> None:  # noqa: ANN001
    text = "The Court issued an arrest warrant for Rodrigo Duterte on Tuesday."
    assert _typed(spec, text, "2025-03-12", "arrest", language="en") == []
    assert _typed(spec, text, "2025-03-12", "warrant_issued", language="en") == [(DUTERTE, None, "2025-03-11")]


# --- 2. French: a warrant issued in the passive with an adverb after the auxiliary, or by its noun alone with "contre" ----------

@pytest.mark.parametrize("text", [
    "Un mandat d'arrêt a également été émis contre Mohammed Deif, a indiqué la Cour jeudi.",
    "La Chambre a précisé jeudi qu'un mandat a aussi été délivré contre Mohammed Deif.",
    "Jeudi, des mandats ont également été émis à l'encontre de Mohammed Deif.",
])
def test_a_french_warrant_in_the_passive_with_an_adverb(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "warrant_issued", language="fr") == [(DEIF, None, "2024-11-21")]


@pytest.mark.parametrize("text", [
    # the noun of an office, and a warrant only asked for: no warrant issued
    "Le mandat de Mohammed Deif à la tête de la branche armée a pris fin jeudi.",
    "Le procureur a demandé jeudi qu'un mandat soit émis contre Mohammed Deif.",
])
def test_a_french_mandat_not_issued(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "warrant_issued", language="fr") == []


# --- 3. a trip told by its noun with an indefinite article, then a verb of supposition: a trip only weighed ---------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Ein Besuch von Benjamin Netanjahu in Deutschland würde die Regierung vor schwierige Fragen stellen.", "de"),
    ("Eine Reise von Benjamin Netanjahu nach Frankreich wäre nach Ansicht von Juristen heikel.", "de"),
    ("Une visite de Benjamin Netanyahu en Allemagne poserait de sérieux problèmes juridiques au gouvernement.", "fr"),
    ("Un voyage de Benjamin Netanyahu en France constituerait un test pour la Cour.", "fr"),
])
def test_an_indefinite_trip_supposed_is_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-11-28", "visit", language=language) == []
    assert _typed(spec, text, "2025-11-28", "planned_visit", language=language) == []


@pytest.mark.parametrize(("text", "language", "state"), [
    # the trip's noun with a verb in the indicative: the trip made
    ("Der Besuch von Benjamin Netanjahu in Ungarn sorgte am Donnerstag für Kritik.", "de", "HUN"),
    ("La visite de Benjamin Netanyahu en Hongrie a suscité jeudi de vives critiques.", "fr", "HUN"),
])
def test_a_trip_told_by_its_noun_in_the_indicative_is_a_visit(spec, text: str, language: str, state: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2025-04-04", "visit", language=language)] == [(NETANYAHU, state)]


def test_a_french_withdrawal_word_is_no_conditional(spec) -> None:  # noqa: ANN001
    # "portrait" and "retrait" end like a conditional but are nouns: the indefinite visit told with them stays a visit
    text = "Une visite de Vladimir Poutine en Mongolie, malgré le portrait critique du retrait, a eu lieu lundi."
    assert _typed(spec, text, "2024-09-03", "visit", language="fr") == [(PUTIN, "MNG", "2024-09-02")]


# --- 4. a flight taken is a trip made, as "flew to" -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Benjamin Netanyahu took a long detour flight to New York on Thursday to avoid European airspace.",
    "On Thursday Benjamin Netanyahu took his official plane to the summit in New York.",
])
def test_a_flight_taken_is_a_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-09-26", "visit", language="en") == [(NETANYAHU, "USA", "2025-09-25")]


@pytest.mark.parametrize("text", [
    # a flight to come, refused or only supposed: no trip made
    "Benjamin Netanyahu will take a flight to Paris on Thursday.",
    "Benjamin Netanyahu refused to take a flight to Paris on Thursday.",
    "If Benjamin Netanyahu took a flight to Paris, he could be arrested, a lawyer said on Thursday.",
])
def test_a_flight_not_taken_is_no_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-09-26", "visit", language="en") == []
