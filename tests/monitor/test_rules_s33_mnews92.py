"""Session 33 (issue 12, task mnews92): readings written on the dev parts of real-news batches 92-93, each a general rule (a
wording or a structure; Italian words as data in data/lookups/monitor_words.yaml). Each test holds sentences written for it
(not copied from the real-news set) and a contrast that must not fire. No State or person is special-cased: the names are
the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

ALMASRI = "osama-elmasry-njeem"
PUTIN = "vladimir-vladimirovich-putin"
WERFALLI = "mahmoud-mustafa-busayf-al-werfalli"


# --- 1. an arrest only weighed ("the prospects of X being arrested") is no arrest ----------------------------------------

@pytest.mark.parametrize("text", [
    "The Kremlin did not comment on Tuesday on the prospects of Vladimir Putin being arrested in Mongolia.",
    "Officials in Ulaanbaatar dismissed questions about the possibility of Vladimir Putin being detained in Mongolia.",
    "Analysts put the chances of Vladimir Putin being arrested in Mongolia close to zero.",
    "Few rate the likelihood of Vladimir Putin being detained in Mongolia on Tuesday.",
])
def test_an_arrest_only_weighed_is_no_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-03", "arrest") == []


def test_an_arrest_told_beside_the_word_prospects_is_still_an_arrest(spec) -> None:  # noqa: ANN001
    # the contrast: the arrest made, the prospects being another matter in the same sentence
    text = "Police arrested Vladimir Putin in Mongolia on Tuesday, dimming the prospects of a summit."
    assert _typed(spec, text, "2024-09-04", "arrest") == [(PUTIN, "MNG", "2024-09-03")]


# --- 2. "handed himself in to the police": custody taken by a State, an arrest -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Mahmoud al-Werfalli has handed himself in to the military police in eastern Libya, a source said on Wednesday.",
    "Mahmoud al-Werfalli handed himself over to the police in Libya on Wednesday.",
    "On Wednesday Mahmoud al-Werfalli handed himself in to the authorities in Libya.",
])
def test_handing_oneself_in_to_a_states_police_is_an_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2018-02-08", "arrest") == [(WERFALLI, "LBY", "2018-02-07")]
    assert _typed(spec, text, "2018-02-08", "surrender") == []


def test_handing_over_a_list_to_the_police_is_no_arrest(spec) -> None:  # noqa: ANN001
    text = "The army handed over to the police in Libya a list naming Mahmoud al-Werfalli on Wednesday."
    assert _typed(spec, text, "2018-02-08", "arrest") == []


def test_a_vow_to_hand_oneself_in_is_no_arrest(spec) -> None:  # noqa: ANN001
    text = "Mahmoud al-Werfalli said on Tuesday that he would hand himself in to the military police in Libya."
    assert _typed(spec, text, "2018-02-07", "arrest") == []


# --- 3. Italian: a warrant of a State's prosecutor-general is no warrant of the Court ----------------------------------------

@pytest.mark.parametrize("text", [
    "La Procura generale libica ha emesso un mandato di arresto nei confronti di Osama Almasri.",
    "Il procuratore generale di Tripoli ha emesso mercoledì un mandato d'arresto per Osama Almasri.",
])
def test_italian_prosecutor_generals_warrant_is_national(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-11-05", "warrant_issued") == []


def test_italian_courts_warrant_is_still_issued(spec) -> None:  # noqa: ANN001
    text = "La Corte penale internazionale ha emesso mercoledì un mandato di arresto nei confronti di Osama Almasri."
    assert _typed(spec, text, "2025-11-06", "warrant_issued") == [(ALMASRI, None, "2025-11-05")]
