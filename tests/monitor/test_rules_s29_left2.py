"""Session 29 (issue 12, task mleft2): the monitor's leftovers, second list, each fixed as a general rule (a wording or a
structure; words as data in data/lookups/monitor_words.yaml). Each test holds sentences written for it (not copied from the
real-news set) and a contrast that must not fire. No State or person is special-cased: the names are the record's, used as
examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NETANYAHU = "benjamin-netanyahu"
PUTIN = "vladimir-vladimirovich-putin"


# --- 1. a host State as the subject of a welcome to come, in the other languages --------------------------------------------

@pytest.mark.parametrize(("text", "language", "date", "state", "when"), [
    ("La Mongolie s'apprête à accueillir Vladimir Poutine le 3 septembre.", "fr", "2024-08-29", "MNG", "2024-09-03"),
    ("La Mongolie se prépare à recevoir Vladimir Poutine mardi.", "fr", "2024-08-29", "MNG", "2024-09-03"),
    ("La Hongrie accueillera Benjamin Netanyahu jeudi.", "fr", "2025-05-07", "HUN", "2025-05-08"),
    ("Ungarn wird Benjamin Netanjahu am Donnerstag empfangen.", "de", "2025-05-07", "HUN", "2025-05-08"),
    ("Hungría recibirá a Benjamin Netanyahu el jueves.", "es", "2025-05-07", "HUN", "2025-05-08"),
    ("A Hungria vai receber Benjamin Netanyahu na quinta-feira.", "pt", "2025-05-07", "HUN", "2025-05-08"),
    ("L'Ungheria accoglierà Benjamin Netanyahu giovedì.", "it", "2025-05-07", "HUN", "2025-05-08"),
])
def test_a_host_state_welcoming_ahead_is_a_trip_to_come(spec, text: str, language: str, date: str, state: str,  # noqa: ANN001
                                                        when: str) -> None:
    person = PUTIN if "Poutine" in text else NETANYAHU
    assert _typed(spec, text, date, "planned_visit", language=language) == [(person, state, when)]
    assert _typed(spec, text, date, "visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    # contrast: the welcome is a person's, not a State's (no State is the subject); or the welcome was made (no trip to come)
    ("Le ministre s'apprête à accueillir Benjamin Netanyahu jeudi.", "fr"),
    ("Hungría no recibirá a Benjamin Netanyahu el jueves.", "es"),
    ("Ungarn wird Benjamin Netanjahu nicht empfangen.", "de"),
])
def test_no_host_state_or_a_welcome_denied_is_no_trip_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-07", "planned_visit", language=language) == []


# --- 3. French "Il" for the person just named ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Benjamin Netanyahu a quitté Israël mercredi. Il est arrivé jeudi à Budapest.",
    "Benjamin Netanyahu a quitté Israël mercredi. Il s'est rendu jeudi en Hongrie.",
])
def test_a_french_arrival_told_by_il_after_a_first_mention(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-09", "visit", language="fr") == [(NETANYAHU, "HUN", "2025-05-08")]


@pytest.mark.parametrize("text", [
    # the impersonal "il": no one travels
    "Benjamin Netanyahu a quitté Israël mercredi. Il semble que le ministre soit arrivé jeudi à Budapest.",
    "Benjamin Netanyahu a quitté Israël mercredi. Il y a eu des arrivées jeudi à Budapest.",
    "Benjamin Netanyahu a quitté Israël mercredi. Il est possible qu'une délégation soit arrivée jeudi à Budapest.",
    # another is named as the subject
    "Benjamin Netanyahu reste en Israël. Le ministre hongrois est arrivé jeudi à Budapest.",
])
def test_a_french_il_that_stands_for_no_one_is_no_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-09", "visit", language="fr") == []
