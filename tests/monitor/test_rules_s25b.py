"""Session 25 (issue 12, batches 58-59): general readings written from the mechanisms behind the dev errors of batches 58-59
(their test parts unread), tested with sentences written for the purpose (not copied from the real-news set), each with a
contrast that must not change. No State or person is special-cased: the names below are only the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed

PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
DAY = "2025-05-07"  # a Wednesday


def _typed(spec, text: str, kind: str, date: str = DAY) -> list[tuple[object, ...]]:  # noqa: ANN001
    return typed(spec, text, date, kind, read_as="de")  # these readings are German's


# --- German: a stay under way told in the present, the visited State as the verb's object -----------------------------------

@pytest.mark.parametrize("text", [
    "Der russische Präsident Wladimir Putin besucht heute die Mongolei und spricht dort mit dem Präsidenten über Energie.",
    "Der russische Präsident Wladimir Putin besucht die Mongolei und spricht dort mit dem Präsidenten über neue Abkommen.",
])
def test_a_present_visit_is_a_stay_under_way(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "visit") == [(PUTIN, "MNG", DAY)]


def test_the_participle_of_a_visit_is_no_stay_today(spec) -> None:  # noqa: ANN001
    # contrast: the perfect, its participle at the clause's end, tells a visit made in its own year
    text = "Der russische Präsident Wladimir Putin hat im Jahr 2019 die Mongolei besucht und dort mit dem Präsidenten gesprochen."
    assert [v for v in _typed(spec, text, "visit") if v[2] == DAY] == []


# --- German: the present of a trip with a time ahead is a trip to come ------------------------------------------------------

def test_the_present_with_a_weekday_ahead_is_a_trip_to_come(spec) -> None:  # noqa: ANN001
    text = "Der israelische Ministerpräsident Benjamin Netanjahu reist am Freitag nach Ungarn, wie sein Büro am Abend mitteilte."
    assert _typed(spec, text, "planned_visit") == [(NETANYAHU, "HUN", "2025-05-09")]
    assert _typed(spec, text, "visit") == []


def test_the_past_with_a_weekday_is_a_trip_made(spec) -> None:  # noqa: ANN001
    # contrast: 'reiste' tells the trip made, on the Friday before
    text = "Der israelische Ministerpräsident Benjamin Netanjahu reiste am Freitag nach Ungarn, wie sein Büro am Abend mitteilte."
    assert _typed(spec, text, "planned_visit") == []
    assert _typed(spec, text, "visit") == [(NETANYAHU, "HUN", "2025-05-02")]


# --- German: a government saying the warrant will not be carried out --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Die ungarische Regierung versicherte, dass der Haftbefehl gegen Benjamin Netanjahu in Ungarn nicht vollstreckt wird.",
    "Die ungarische Regierung will den Haftbefehl des Strafgerichtshofs gegen Benjamin Netanjahu ignorieren, sagte ein Sprecher.",
    "Ein Sprecher der ungarischen Regierung sagte: Wir werden den Haftbefehl gegen Benjamin Netanjahu ablehnen.",
])
def test_the_warrant_not_carried_out_is_a_refusal(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "refusal") == [(NETANYAHU, "HUN", None)]


@pytest.mark.parametrize("text", [
    # contrasts: the warrant carried out, or only examined
    "Die ungarische Regierung versicherte, dass der Haftbefehl gegen Benjamin Netanjahu in Ungarn vollstreckt wird.",
    "Die ungarische Regierung will den Haftbefehl des Strafgerichtshofs gegen Benjamin Netanjahu prüfen, sagte ein Sprecher.",
])
def test_the_warrant_carried_out_or_examined_is_no_refusal(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "refusal") == []


# --- a State named only in a war's compound noun is no later sentence's actor ----------------------------------------------

def test_a_war_compound_is_not_the_refusing_state(spec) -> None:  # noqa: ANN001
    text = ("Benjamin Netanjahu reist am Freitag nach Ungarn, teilte sein Büro mit. Gegen ihn liegt wegen des Vorgehens im Gaza-Krieg "
            "ein Haftbefehl vor. Wir werden den Haftbefehl ablehnen, sagte der Gastgeber damals im Rundfunk.")
    assert _typed(spec, text, "refusal") == [(NETANYAHU, "HUN", None)]


# --- German: a title written with a capital before a surname is no first name ------------------------------------------------

def test_a_title_before_the_surname_is_not_a_namesake(spec) -> None:  # noqa: ANN001
    text = "Israels Regierungschef Netanjahu ist am Mittwoch in Ungarn eingetroffen und trifft dort den Gastgeber zu Gesprächen."
    assert _typed(spec, text, "visit") == [(NETANYAHU, "HUN", DAY)]


def test_a_first_name_before_the_surname_is_still_a_namesake(spec) -> None:  # noqa: ANN001
    # contrast: another first name makes the surname a namesake's
    text = "Der Journalist David Netanjahu ist am Mittwoch in Ungarn eingetroffen und trifft dort den Gastgeber zu Gesprächen."
    assert _typed(spec, text, "visit") == []
