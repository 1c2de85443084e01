"""Session 34 (issue 12, task mleft12): the monitor's leftovers, twelfth list. Each reading is a general rule, tested with
sentences written for the test and a contrast that must not fire; the words are data in ``data/lookups/monitor_words.yaml``
and the Court's places in ``data/lookups/court_places.yaml``. The names are the record's, used as examples (no State or
person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

DUTERTE = "rodrigo-roa-duterte"
# a page of Thursday 2025-03-13, after the person's warrant: "last weekend" is Saturday 2025-03-08 (and its Sunday)
NEWS_DAY = "2025-03-13"
LAST_SATURDAY = "2025-03-08"


# 4. A weekend told relative to the document's day, in the other languages read as English reads "last weekend".
LAST_WEEKEND = [
    ("Rodrigo Duterte was arrested in Manila last weekend.", "en"),
    ("Rodrigo Duterte fue detenido en Manila este pasado fin de semana.", "es"),
    ("Rodrigo Duterte fue detenido en Manila el fin de semana pasado.", "es"),
    ("Rodrigo Duterte a été arrêté à Manille le week-end dernier.", "fr"),
    ("Rodrigo Duterte è stato arrestato a Manila lo scorso fine settimana.", "it"),
    ("Rodrigo Duterte foi detido em Manila no último fim de semana.", "pt"),
    ("Rodrigo Duterte wurde am vergangenen Wochenende in Manila festgenommen.", "de"),
]


@pytest.mark.parametrize(("text", "language"), LAST_WEEKEND)
def test_last_weekend_is_the_weekend_before_the_page(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "arrest", language=language) == [(DUTERTE, "PHL", LAST_SATURDAY)]


@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte fue detenido en Manila. Cada fin de semana recibe visitas de su familia.", "es"),
    ("Rodrigo Duterte è stato arrestato a Manila. Ogni fine settimana riceve visite.", "it"),
])
def test_every_weekend_is_no_date(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "arrest", language=language) == [(DUTERTE, "PHL", NEWS_DAY)]
