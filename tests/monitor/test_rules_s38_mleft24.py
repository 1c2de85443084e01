"""Session 38 (issue 12, task mleft24): the monitor's leftovers, twenty-fourth list. Each is a general rule, tested with sentences
written for the test in at least two of the languages the monitor reads, and contrasts that must not fire; the words are data in
``data/lookups/monitor_words.yaml`` (English's in monitor/lexicon.py). The names are the record's, used as examples (no State or
person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
DUTERTE = "rodrigo-roa-duterte"


# 1. "Fresh from a visit to X": a visit made to X just before the news (the document's month, its day untold), not a trip to come
#    to X; the trip the same sentence tells keeps its own reading.
@pytest.mark.parametrize(("text", "language"), [
    ("Fresh from a visit to North Korea, Russian President Vladimir Putin heads to Viet Nam on Wednesday.", "en"),
    ("Vladimir Putin is expected to arrive late Wednesday night in Hanoi, fresh from a visit to Pyongyang.", "en"),
    ("Tout juste rentré de Corée du Nord, Vladimir Poutine est arrivé mercredi au Vietnam.", "fr"),
    ("Recién llegado de Corea del Norte, Vladimir Putin llegó el miércoles a Vietnam.", "es"),
    ("Appena tornato dalla Corea del Nord, Vladimir Putin è arrivato mercoledì in Vietnam.", "it"),
    ("Recém-chegado da Coreia do Norte, Vladimir Putin chegou na quarta-feira ao Vietnã.", "pt"),
    ("Frisch zurück aus Nordkorea ist Wladimir Putin am Mittwoch in Vietnam eingetroffen.", "de"),
])
def test_fresh_from_a_visit_is_a_visit_made(spec, text: str, language: str) -> None:  # noqa: ANN001
    day = "2024-06-19"
    assert _typed(spec, text, day, "visit", language=language).count((PUTIN, "PRK", "2024-06")) == 1
    assert [s for _, s, _ in _typed(spec, text, day, "planned_visit", language=language)] in ([], ["VNM"])
    viet = [d for _, s, d in _typed(spec, text, day, "visit", language=language) + _typed(spec, text, day, "planned_visit", language=language)
            if s == "VNM"]
    assert viet and all(d != "2024-06" or "late Wednesday" in text for d in viet)  # the sentence's own trip keeps its day


@pytest.mark.parametrize(("text", "language"), [
    ("Tourists fresh from a visit to Pyongyang said Vladimir Putin would travel to Viet Nam on Wednesday.", "en"),
    ("Des touristes tout juste rentrés de Corée du Nord ont dit que Vladimir Poutine se rendrait mercredi au Vietnam.", "fr"),
])
def test_someone_elses_fresh_trip_is_no_visit_of_the_person(spec, text: str, language: str) -> None:  # noqa: ANN001
    day = "2024-06-19"
    out = _typed(spec, text, day, "visit", language=language) + _typed(spec, text, day, "planned_visit", language=language)
    assert not [c for c in out if c[1] == "PRK"]


def test_a_trip_to_the_place_is_still_a_trip(spec) -> None:  # noqa: ANN001
    """The place read as a destination where no 'fresh from' stands before it (the contrast of the rule)."""
    out = _typed(spec, "Vladimir Putin heads to North Korea on Wednesday.", "2024-06-19", "planned_visit", language="en")
    assert out == [(PUTIN, "PRK", "2024-06-19")]


# 2. A trip told 'at the moment when' another act happened, with no day of its own: the day of the act the sentences before dated.
@pytest.mark.parametrize(("text", "language"), [
    ("Hungary said on Thursday, April 3, it would withdraw from the International Criminal Court. The announcement came at the "
     "moment when Israeli Prime Minister Benjamin Netanyahu arrived in Budapest.", "en"),
    ("La Hongrie a annoncé jeudi 3 avril son retrait de la Cour pénale internationale. L'annonce a été faite au moment où le "
     "Premier ministre israélien Benjamin Netanyahou est arrivé à Budapest.", "fr"),
    ("Hungría anunció el jueves 3 de abril su retirada de la Corte Penal Internacional. El anuncio se hizo en el momento en que "
     "el primer ministro israelí Benjamin Netanyahu llegó a Budapest.", "es"),
    ("L'Ungheria ha annunciato giovedì 3 aprile il ritiro dalla Corte penale internazionale. L'annuncio è arrivato nel momento "
     "in cui il premier israeliano Benjamin Netanyahu è arrivato a Budapest.", "it"),
    ("A Hungria anunciou na quinta-feira, 3 de abril, a sua retirada do Tribunal Penal Internacional. O anúncio foi feito no "
     "momento em que o primeiro-ministro israelense Benjamin Netanyahu chegou a Budapeste.", "pt"),
])
def test_a_trip_at_the_moment_of_an_act_takes_its_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04", "visit", language=language) == [(NETANYAHU, "HUN", "2025-04-03")]


def test_a_trip_without_the_moment_keeps_its_own_reading(spec) -> None:  # noqa: ANN001
    text = ("Hungary said on Thursday, April 3, it would withdraw from the International Criminal Court. Israeli Prime Minister "
            "Benjamin Netanyahu arrived in Budapest.")
    assert _typed(spec, text, "2025-04", "visit", language="en") == [(NETANYAHU, "HUN", "2025-04")]


def test_a_trip_with_its_own_day_keeps_it(spec) -> None:  # noqa: ANN001
    text = ("Hungary said on Thursday, April 3, it would withdraw from the International Criminal Court. The announcement came at "
            "the moment when Benjamin Netanyahu arrived in Budapest on Wednesday, April 2.")
    assert _typed(spec, text, "2025-04", "visit", language="en") == [(NETANYAHU, "HUN", "2025-04-02")]


# 3. The Court named by its seat ("The Hague court", 'la Cour de La Haye', 'el tribunal de La Haya') in a withdrawal and a warrant;
#    not the International Court of Justice.
@pytest.mark.parametrize(("text", "language"), [
    ("Hungary announced on Thursday it will quit The Hague court.", "en"),
    ("Hungary announced on Thursday that it will leave the court in The Hague.", "en"),
    ("La Hongrie a annoncé jeudi qu'elle quittait la Cour de La Haye.", "fr"),
    ("Hungría anunció el jueves que abandona el tribunal de La Haya.", "es"),
    ("L'Ungheria ha annunciato giovedì che lascia il tribunale dell'Aja.", "it"),
    ("A Hungria anunciou na quinta-feira que vai deixar o tribunal de Haia.", "pt"),
    ("Ungarn kündigte am Donnerstag an, den Strafgerichtshof in Den Haag zu verlassen.", "de"),
])
def test_the_court_named_by_its_seat_is_left(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "withdrawal_announced", language=language) == [(None, "HUN", "2025-04-03")]


@pytest.mark.parametrize(("text", "language"), [
    ("Hungary announced on Thursday it will leave the International Court of Justice in The Hague.", "en"),
    ("La Hongrie a annoncé jeudi qu'elle quittait la Cour internationale de justice de La Haye.", "fr"),
    ("Hungría anunció el jueves que abandona la Corte Internacional de Justicia de La Haya.", "es"),
])
def test_the_international_court_of_justice_is_not_the_court(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "withdrawal_announced", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("The Hague court issued an arrest warrant for Vladimir Putin on Friday.", "en"),
    ("La cour de La Haye a émis vendredi un mandat d'arrêt contre Vladimir Poutine.", "fr"),
])
def test_a_warrant_of_the_court_named_by_its_seat(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-03-17", "warrant_issued", language=language) == [(PUTIN, None, "2023-03-17")]


# 4. An arrest's place named after a facility ('à l'aéroport de Manille') with the person's national office before it: the State
#    of the place, though the office names the same State.
@pytest.mark.parametrize(("text", "language"), [
    ("Former Philippine president Rodrigo Duterte was arrested on Tuesday at the airport in Manila.", "en"),
    ("L'ancien président philippin Rodrigo Duterte a été arrêté mardi à l'aéroport de Manille.", "fr"),
    ("El expresidente filipino Rodrigo Duterte fue detenido el martes en el aeropuerto de Manila.", "es"),
    ("L'ex presidente filippino Rodrigo Duterte è stato arrestato martedì all'aeroporto di Manila.", "it"),
    ("O ex-presidente filipino Rodrigo Duterte foi preso na terça-feira no aeroporto de Manila.", "pt"),
    ("Der frühere philippinische Präsident Rodrigo Duterte wurde am Dienstag am Flughafen von Manila festgenommen.", "de"),
])
def test_the_arrest_place_after_a_facility_gives_the_state(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-11", "arrest", language=language) == [(DUTERTE, "PHL", "2025-03-11")]


@pytest.mark.parametrize(("text", "language"), [
    ("L'ancien président philippin Rodrigo Duterte a été arrêté mardi.", "fr"),
    ("El expresidente filipino Rodrigo Duterte fue detenido el martes.", "es"),
])
def test_the_office_alone_gives_no_place(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-11", "arrest", language=language) == [(DUTERTE, None, "2025-03-11")]
