"""Session 31 (issue 12, task mnews76): readings written on the dev errors of real-news batches 76-77, each a general rule (a
wording or a structure; words as data in data/lookups/monitor_words.yaml, English's in the lexicon). Each test holds sentences
written for it (not copied from the real-news set) and a contrast that must not fire. No State or person is special-cased: the
names are the record's, used as examples. (A reading of "last October" / "next March" was written and left out: see
docs/monitor.md, "Batches 76-77".)"""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

BASHIR = "omar-hassan-ahmad-al-bashir"
YEKATOM = "alfred-yekatom"


# --- 1. Spanish: a time told between the verb of a visit and the State visited ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Omar al Bashir visitó ayer Kenia, según la presidencia.",
    "Omar al Bashir visitó ayer brevemente Kenia.",
    "Omar al Bashir visitó el lunes Kenia en su primer viaje.",
])
def test_a_spanish_visit_with_a_time_before_the_state(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2009-03-24", "visit", language="es") == [(BASHIR, "KEN", "2009-03-23")]


@pytest.mark.parametrize("text", [
    # the State not the object of the visit: a minister of it, a trip only weighed
    "Omar al Bashir recibió ayer en Jartum al ministro de Kenia.",
    "Omar al Bashir no visitará Kenia, dijo ayer su portavoz.",
])
def test_a_spanish_state_not_visited(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2009-03-24", "visit", language="es") == []


# --- 2. French: a handover told with the Court as its destination ("vers la CPI") ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Alfred Yekatom a été extradé samedi vers la Cour pénale internationale, a indiqué le gouvernement.",
    "Samedi, Alfred Yekatom a été transféré vers la CPI à bord d'un avion spécial.",
    "Les autorités ont extradé samedi Alfred Yekatom vers la Cour pénale internationale.",
])
def test_a_french_transfer_towards_the_court_is_a_surrender(spec, text: str) -> None:  # noqa: ANN001
    assert [p for p, _, d in _typed(spec, text, "2018-11-18", "surrender", language="fr")] == [YEKATOM]


@pytest.mark.parametrize("text", [
    # towards a State or a prison, not the Court; a transfer only asked for
    "Alfred Yekatom a été extradé samedi vers la France, a indiqué le gouvernement.",
    "Alfred Yekatom a été transféré samedi vers la prison centrale de Bangui.",
    "La défense demande qu'Alfred Yekatom soit transféré vers la CPI.",
])
def test_a_french_transfer_elsewhere_is_no_surrender(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2018-11-18", "surrender", language="fr") == []


# --- 3. a handover ruled out is a refusal, as an arrest ruled out is ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Nigeria rules out handing over Omar al-Bashir to ICC",
    "Nigeria ruled out surrendering Omar al-Bashir to the Court on Monday.",
    "Nigeria rules out handing Omar al-Bashir over to the International Criminal Court.",
])
def test_a_handover_ruled_out_is_a_refusal(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2013-07-16", "refusal", language="en") == [(BASHIR, "NGA", None)]


@pytest.mark.parametrize("text", [
    # not ruled out; a handover of power, not of the person
    "Nigeria has not ruled out handing over Omar al-Bashir to the ICC.",
    "Omar al-Bashir rules out handing over power to the army.",
])
def test_a_handover_not_ruled_out_or_of_power_is_no_refusal(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2013-07-16", "refusal", language="en") == []


# --- 4. absent from an act at the event ("failed to turn up to make his presentation") is no trip denied ------------------------

def test_absent_from_an_act_at_the_event_keeps_the_trip(spec) -> None:  # noqa: ANN001
    text = ("Omar al-Bashir failed to turn up to make his presentation at the summit on Monday. Al-Bashir, who arrived in Abuja "
            "on Sunday to a red-carpet welcome, has not appeared in any of the sessions.")
    assert _typed(spec, text, "2013-07-16", "visit", language="en") == [(BASHIR, "NGA", "2013-07-14")]


@pytest.mark.parametrize("text", [
    # absent from the event itself: the trip is denied
    "Omar al-Bashir failed to turn up to attend the summit in Abuja on Monday.",
    "Omar al-Bashir failed to turn up at the summit in Abuja on Monday.",
    "Omar al-Bashir failed to turn up to the summit in Abuja on Monday.",
])
def test_absent_from_the_event_is_no_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2013-07-16", "visit", language="en") == []
