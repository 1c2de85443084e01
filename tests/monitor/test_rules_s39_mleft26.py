"""Session 39 (issue 12, task mleft26): the monitor's dates and leftovers, twenty-sixth list. Each is a general rule, tested with
sentences written for the test in at least two of the languages the monitor reads, and contrasts that must not fire; the words are
data in ``data/lookups/monitor_words.yaml``. The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"


# 1. A date with its day and year opening the sentence, before the verb ('Am 3. September 2024 traf Putin … ein'): the day told,
#    not the month alone. (Checked in the six languages: already read to the day; these tests keep it so. A verb before its subject
#    after the date, 'El 3 de septiembre de 2024 llegó Putin a …', gives no visit at all: a shape of the trip rules, left open.)
@pytest.mark.parametrize(("text", "language"), [
    ("Am 3. September 2024 traf Wladimir Putin in Ulan Bator ein.", "de"),
    ("Wladimir Putin traf am 3. September 2024 in Ulan Bator ein.", "de"),
    ("Le 3 septembre 2024, Vladimir Poutine est arrivé à Oulan-Bator.", "fr"),
    ("El 3 de septiembre de 2024, Vladimir Putin llegó a Ulán Bator.", "es"),
    ("Il 3 settembre 2024 Vladimir Putin è arrivato a Ulan Bator.", "it"),
    ("Em 3 de setembro de 2024, Vladimir Putin chegou a Ulan Bator.", "pt"),
    ("On September 3, 2024, Vladimir Putin arrived in Ulaanbaatar.", "en"),
])
def test_a_dated_day_before_the_verb_keeps_its_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-09-10", "visit", language=language)
    assert (PUTIN, "MNG", "2024-09-03") in got, got
    assert all(d != "2024-09" for _, _, d in got), got


@pytest.mark.parametrize(("text", "language"), [
    ("Im September 2024 traf Wladimir Putin in Ulan Bator ein.", "de"),
    ("En septembre 2024, Vladimir Poutine est arrivé à Oulan-Bator.", "fr"),
])
def test_a_month_alone_stays_a_month(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-09-10", "visit", language=language)
    assert got and all(d == "2024-09" for _, _, d in got), got


BASHIR = "omar-hassan-ahmad-al-bashir"
_LANDED = {
    "es": '"El principal elemento es poner en práctica las leyes", ha comentado el portavoz desde La Haya, en el momento que Bashir '
          'aterrizaba en Yamena.',
    "fr": '"Le principal élément est d\'appliquer les lois", a déclaré le porte-parole depuis La Haye, au moment où Bashir atterrissait '
          'à N\'Djamena.',
}


# 2. A refusal to arrest ('Chad se ha negado a detener a X a su llegada') and the arrival the document tells are two facts: the
#    refusal's verb ('se ha negado a', refused) is no verb of denial ('ha negado que', denied) that would deny the trip.
@pytest.mark.parametrize(("refusal", "language"), [
    ("Chad se ha negado a detener a Omar Hassan al-Bashir a su llegada al país este miércoles.", "es"),
    ("Los gobiernos de Chad y Kenia se han negado a detener a Omar Hassan al-Bashir.", "es"),
    ("Le Tchad a refusé d'arrêter Omar Hassan al-Bashir à son arrivée dans le pays ce mercredi.", "fr"),
])
def test_a_refusal_to_arrest_keeps_the_arrival(spec, refusal: str, language: str) -> None:  # noqa: ANN001
    text = f"{refusal} {_LANDED[language]}"
    assert (BASHIR, "TCD", "2010-07-21") in _typed(spec, text, "2010-07-21", "visit", language=language)


@pytest.mark.parametrize(("text", "language"), [
    ("El gobierno de Chad ha negado que Omar Hassan al-Bashir vaya a viajar a Yamena.", "es"),
    ("Le gouvernement tchadien a démenti qu'Omar Hassan al-Bashir se rendrait à N'Djamena.", "fr"),
])
def test_a_trip_denied_stays_denied(spec, text: str, language: str) -> None:  # noqa: ANN001
    day = "2010-07-21"
    assert not [s for _, s, _ in _typed(spec, text, day, "visit", language=language) + _typed(spec, text, day, "planned_visit", language=language)
                if s == "TCD"]
