"""Session 35 (issue 12, task mnews108): readings written on the dev errors of real-news batches 108-109 (trips of persons
under a warrant and what hosts did). Each reading is a general rule, tested with sentences written for the test and a
contrast that must not fire; the words are data in ``data/lookups/monitor_words.yaml`` (the day in brackets is a date form,
read in ``monitor/dates.py``). The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NETANYAHU = "benjamin-netanyahu"


# 1. The Brazilian press's day in brackets after a weekday ('nesta quinta-feira (3)') may hold a remark after a comma
#    ('(3, data local)') or the month ('(14/4)'): the day is read as without them, also on a page dated only to its month.
@pytest.mark.parametrize(("text", "date", "want"), [
    ("Benjamin Netanyahu chegou nesta quinta-feira (3, data local) à Hungria.", "2025-04", "2025-04-03"),
    ("Benjamin Netanyahu chegou nesta quinta-feira (3, horário local) à Hungria.", "2025-04-04", "2025-04-03"),
    ("Benjamin Netanyahu chegou nesta segunda-feira (14/4) à Hungria.", "2025-04", "2025-04-14"),
])
def test_a_bracketed_day_with_a_remark_or_its_month_gives_that_day(spec, text: str, date: str, want: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, date, "visit", language="pt") == [(NETANYAHU, "HUN", want)]


def test_a_bracketed_day_that_is_not_the_weekday_gives_only_the_month(spec) -> None:  # noqa: ANN001
    # 3 April 2025 was a Thursday, not a Friday: the bracket is not read as the day, the page's month stands
    assert _typed(spec, "Benjamin Netanyahu chegou nesta sexta-feira (3, data local) à Hungria.", "2025-04", "visit",
                  language="pt") == [(NETANYAHU, "HUN", "2025-04")]


# 2. A stay under way told in the present with 'de visita' and the place after 'a' (European Portuguese, and Spanish):
#    'se encontra de visita a Budapeste', 'encontra-se de visita à Hungria', 'se encuentra de visita a Budapest'.
@pytest.mark.parametrize(("text", "language", "want"), [
    ("O Governo anunciou hoje novas medidas, no mesmo dia em que Benjamin Netanyahu se encontra de visita a Budapeste.",
     "pt", "2025-04-03"),
    ("Benjamin Netanyahu está de visita a Budapeste.", "pt", "2025-04-03"),
    ("Benjamin Netanyahu se encuentra de visita a Budapest.", "es", "2025-04-03"),
])
def test_de_visita_a_place_in_the_present_is_a_visit(spec, text: str, language: str, want: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "visit", language=language) == [(NETANYAHU, "HUN", want)]


@pytest.mark.parametrize(("text", "language"), [
    # denied
    ("Benjamin Netanyahu não está de visita a Budapeste, disse o Governo.", "pt"),
    ("Benjamin Netanyahu no está de visita a Budapest, dijo el Gobierno.", "es"),
    # still to come
    ("Benjamin Netanyahu estará de visita a Budapeste no domingo.", "pt"),
    ("Benjamin Netanyahu estará de visita a Budapest el domingo.", "es"),
    # someone else, named through him
    ("La esposa de Benjamin Netanyahu se encuentra de visita a Budapest.", "es"),
])
def test_de_visita_denied_ahead_or_of_another_gives_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "visit", language=language) == []
