"""Session 30 (issue 12, task mnoday): facts told without a day. The variants (tests/monitor/noday_variants_s30.py, written for
the purpose, not copied from any article) are news told with no day of their own, which must give their fact dated by the page
(a wire's dateline lead, the present perfect, the present, 'overnight', 'this week', the passive and the pretérito of the other
languages), and background told with no day, which must give none ('was arrested years ago', 'at the time', 'has visited
Mongolia several times', 'after his arrest he was flown to The Hague, where he spent years', 'has never been arrested'). The
few tests below them pin the mechanisms with their contrasts. No State or person is special-cased: the names are the record's,
used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.noday_variants_s30 import DAY, ROUND_1, ROUND_2, Variant, read, right
from tests.monitor.probe import typed

#: Variants still read wrong, for a reason that is not the day: a State's name in a form the gazetteer does not hold
#: ('Centrafrique', 'der Zentralafrikanischen Republik') or a demonym left out on purpose ('deutsche': 'Deutsche Welle').
NAME_GAPS = {
    "Joseph Kony a été arrêté en Centrafrique, a annoncé l'armée.",
    "Joseph Kony wurde in der Zentralafrikanischen Republik festgenommen.",
    "Die deutsche Polizei hat Saif al-Islam Gaddafi auf Ersuchen des IStGH festgenommen.",
}


#: A warrant's issue told in the simple past with no day and no headline naming the warrant: left without a day, as English
#: 'The ICC issued a warrant for X' is (session 26's contrast in test_rules_s26e.py: the past is as often the warrant recalled).
PAST_WARRANTS = {
    "O Tribunal Penal Internacional emitiu um mandado de prisão contra Min Aung Hlaing.",
    "Os juízes do TPI emitiram um mandado de prisão contra Min Aung Hlaing.",
}


def _cases() -> list[object]:
    out: list[object] = []
    for i, v in enumerate([*ROUND_1, *ROUND_2]):
        marks = [pytest.mark.xfail(strict=True, reason="a State's name not read (names, not days)")] if v[2] in NAME_GAPS else []
        if v[2] in PAST_WARRANTS:
            marks = [pytest.mark.xfail(strict=True, reason="a warrant in the simple past with no day and no warrant headline")]
        out.append(pytest.param(v, id=f"{i:03d}-{v[0]}-{v[1]}-{'news' if v[4] else 'background'}", marks=marks))
    return out


@pytest.mark.parametrize("variant", _cases())
def test_a_fact_told_without_a_day(spec, variant: Variant) -> None:  # noqa: ANN001
    assert right(spec, variant), (variant[2], read(spec, variant))


def test_the_variants_are_half_news_half_background() -> None:
    variants = [*ROUND_1, *ROUND_2]
    news = sum(1 for v in variants if v[4])
    assert len(variants) >= 100 and abs(2 * news - len(variants)) <= len(variants) // 5


# --- a wire's dateline lead: the news the wire was filed for, not a clause about the person, nor a heading's colon ------------

def test_a_wire_lead_in_the_simple_past_takes_the_pages_day(spec) -> None:  # noqa: ANN001
    text = "BANGUI, Central African Republic — Soldiers captured Joseph Kony in the Central African Republic, a spokesman said."
    assert typed(spec, text, DAY, "arrest", language="en") == [("joseph-kony", "CAF", DAY)]


def test_the_same_sentence_with_no_dateline_gives_no_day(spec) -> None:  # noqa: ANN001
    text = "Soldiers captured Joseph Kony in the Central African Republic, a spokesman said."
    assert typed(spec, text, DAY, "arrest", language="en") == []


def test_a_relative_clause_in_a_wire_lead_is_background(spec) -> None:  # noqa: ANN001
    text = "KAMPALA (Reuters) - Dominic Ongwen, who was captured in the Central African Republic, was sentenced, the court said."
    assert typed(spec, text, DAY, "arrest", language="en") == []


def test_a_headings_colon_is_no_wire_lead(spec) -> None:  # noqa: ANN001
    text = "ICC: Joseph Kony surrendered to the Court on charges of crimes against humanity"
    assert typed(spec, text, DAY, "surrender", language="en") == []


# --- told as of long ago: in the trigger's clause only -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin arrived in Mongolia, a country he has visited several times.", "en"),
    ("Vladimir Poutine est arrivé en Mongolie, un pays qu'il a visité à plusieurs reprises.", "fr"),
    ("Vladimir Putin ha llegado a Mongolia, un país que ha visitado en varias ocasiones.", "es"),
])
def test_a_trip_made_beside_earlier_ones_is_still_news(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "visit", language=language) == [("vladimir-vladimirovich-putin", "MNG", DAY)]


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin has visited Mongolia several times.", "en"),
    ("Vladimir Poutine s'est rendu à plusieurs reprises en Mongolie.", "fr"),
    ("Wladimir Putin hat die Mongolei mehrfach besucht.", "de"),
])
def test_trips_told_as_many_are_background(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "visit", language=language) == []


def test_a_few_days_ago_is_no_long_ago(spec) -> None:  # noqa: ANN001
    # 'il y a quelques jours' is recent: no date counted, and no fact dropped as recalled (the present perfect in the lead)
    text = "Joseph Kony a été arrêté il y a quelques jours en Ouganda."
    assert [(p, s) for p, s, _ in typed(spec, text, DAY, "arrest", language="fr")] == [("joseph-kony", "UGA")]


# --- the night just passed ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Ugandan police arrested Joseph Kony overnight in Kampala.", "en"),
    ("La policía ugandesa detuvo esta madrugada a Joseph Kony en Kampala.", "es"),
    ("Joseph Kony è stato arrestato stanotte a Kampala.", "it"),
])
def test_the_night_just_passed_is_the_pages_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "arrest", language=language) == [("joseph-kony", "UGA", DAY)]


def test_last_night_in_spanish_is_the_day_before(spec) -> None:  # noqa: ANN001
    text = "La policía ugandesa detuvo anoche a Joseph Kony en Kampala."
    assert typed(spec, text, DAY, "arrest", language="es") == [("joseph-kony", "UGA", "2025-05-06")]


# --- where the person came from is not where the custody was (the State of the arrest the lead now dates) -------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Proveniente de Casablanca, Joseph Kony fue capturado en el aeropuerto de la capital de Uganda.", "es"),
    ("Coming from Casablanca, Joseph Kony has been captured at the airport of the capital of Uganda.", "en"),
])
def test_the_place_come_from_is_no_state_of_custody(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "arrest", language=language) == [("joseph-kony", "UGA", DAY)]


@pytest.mark.parametrize("text", [
    "Ugandan police have arrested Joseph Kony at the time of his arrival in Kampala.",
    "Joseph Kony has been arrested in Uganda in the past 24 hours, officials have said.",
])
def test_the_time_of_an_arrival_and_the_past_hours_are_no_long_ago(spec, text: str) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "arrest", language="en") == [("joseph-kony", "UGA", DAY)]
