"""Session 32 (issue 12, task mnews86): the readings written on the dev parts of real-news batches 86-87 (official documents
and news in French, Spanish, Italian and German). Each test holds sentences written for it (not copied from the real-news
set) and contrasts that must not fire. The wordings are general (a headline's present of a warrant's verb in Spanish, the
Court's German name with its abbreviation in brackets or a case ending, the Court confirming a transfer to "its" custody,
a French warrant named by its participle with a day of its own); no State or person is special-cased: the names are the
record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
ONGWEN = "dominic-ongwen"
NTAGANDA = "bosco-ntaganda"
GADDAFI = "muammar-mohammed-abu-minyar-gaddafi"


# --- a Spanish headline tells the warrant in the present of 'dictar' ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La Corte Penal Internacional dicta orden de detención contra Vladimir Putin",
    "Los jueces de la CPI dictan una orden de arresto contra Vladimir Putin",
])
def test_a_headline_present_of_dictar_is_a_warrant_issued(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-03-17", "warrant_issued", language="es") == [(PUTIN, None, "2023-03-17")]


@pytest.mark.parametrize("text", [
    "El fiscal pide a la Corte Penal Internacional que dicte una orden de detención contra Vladimir Putin.",
    "La Corte Penal Internacional dicta sentencia en otro caso y no menciona a Vladimir Putin.",
])
def test_a_warrant_asked_for_or_another_ruling_is_no_warrant(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-03-17", "warrant_issued", language="es") == []


# --- German: the Court's name with its abbreviation in brackets or a case ending -------------------------------------------

@pytest.mark.parametrize("text", [
    "Der Milizenführer Dominic Ongwen ist am Dienstag an den Internationalen Strafgerichtshof (IStGH) in Den Haag überstellt worden.",
    "Der Milizenführer Dominic Ongwen ist am Dienstag an den Internationalen Strafgerichtshofes in Den Haag überstellt worden.",
])
def test_a_handover_to_the_court_named_with_its_abbreviation_is_a_surrender(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2015-01-21", "surrender", language="de") == [(ONGWEN, None, "2015-01-20")]


@pytest.mark.parametrize("text", [
    "Der Milizenführer Dominic Ongwen soll an den Internationalen Strafgerichtshof (IStGH) in Den Haag überstellt werden.",
    "Der Milizenführer Dominic Ongwen könnte bald an den Internationalen Strafgerichtshof (IStGH) überstellt werden.",
])
def test_a_handover_still_to_come_is_no_surrender(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2015-01-21", "surrender", language="de") == []


# --- English: the Court confirming a transfer to "its" custody ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The International Criminal Court has today confirmed the transfer to its custody of Bosco Ntaganda, who faces charges of war crimes.",
    "The ICC on Friday announced the transfer of Bosco Ntaganda to its custody in The Hague.",
])
def test_the_court_confirming_a_transfer_to_its_custody_is_a_surrender(spec, text: str) -> None:  # noqa: ANN001
    assert [p for p, _, _ in _typed(spec, text, "2013-03-22", "surrender", language="en")] == [NTAGANDA]


@pytest.mark.parametrize("text", [
    "The ICC has not confirmed the transfer of Bosco Ntaganda to its custody.",
    "The ICC asked for the transfer of Bosco Ntaganda to its custody as soon as possible.",
])
def test_a_transfer_not_confirmed_or_asked_for_is_no_surrender(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2013-03-22", "surrender", language="en") == []


# --- French: a warrant named by its participle with a day of its own ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le mandat d'arrêt lancé lundi par la Cour pénale internationale contre Mouammar Kadhafi est contesté par Tripoli.",
    "Le mandat d'arrêt émis lundi contre Mouammar Kadhafi est contesté par Tripoli.",
])
def test_a_warrant_participle_with_a_day_is_a_warrant_issued(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2011-06-29", "warrant_issued", language="fr") == [(GADDAFI, None, "2011-06-27")]


@pytest.mark.parametrize("text", [
    "Le mandat d'arrêt émis par la Cour pénale internationale contre Mouammar Kadhafi est contesté par Tripoli.",
    "Le mandat d'arrêt lancé lundi par le procureur national contre un opposant est contesté.",
])
def test_a_warrant_participle_without_a_day_or_person_stays_background(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2011-06-29", "warrant_issued", language="fr") == []
