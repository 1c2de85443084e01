"""Session 33 (issue 12, task mnews94): readings written on batches 94-95's dev errors. Each test holds sentences written for
it (not copied from the real-news set) and contrasts that must not fire. The wording is general (an arrest's noun told as the
time another act is dated by, 'N weeks after his arrest', in French, Spanish, Italian and Portuguese, as English 'Two weeks
after his arrest, X was surrendered'); no State or person is special-cased: the names are the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

MOKOM = "maxime-jeoffroy-eli-mokom-gawaka"
# the page of Monday 2022-03-14
DAY = "2022-03-14"


# --- 1. 'N weeks after his arrest, X was surrendered': the arrest is background, not of the surrender's day -----------------

@pytest.mark.parametrize(("text", "language"), [
    ("Two weeks after his arrest at the border by the security services of Chad, Maxime Mokom was surrendered to the "
     "International Criminal Court on 14 March 2022.", "en"),
    ("Deux semaines après son arrestation à la frontière par les services de sécurité du Tchad, Maxime Mokom a été remis "
     "le 14 mars 2022 à la Cour pénale internationale.", "fr"),
    ("Trois mois après son interpellation au Tchad par la police, Maxime Mokom a été remis ce lundi à la Cour pénale "
     "internationale.", "fr"),
    ("Dos semanas después de su detención en la frontera por los servicios de seguridad de Chad, Maxime Mokom fue entregado "
     "el lunes a la Corte Penal Internacional.", "es"),
    ("Tre settimane dopo il suo arresto al confine da parte dei servizi di sicurezza del Ciad, Maxime Mokom è stato "
     "consegnato lunedì alla Corte penale internazionale.", "it"),
    ("Duas semanas após a sua detenção na fronteira pelos serviços de segurança do Chade, Maxime Mokom foi entregue na "
     "segunda-feira ao Tribunal Penal Internacional.", "pt"),
])
def test_an_arrest_weeks_before_the_main_act_is_not_of_its_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [v for v in _typed(spec, text, DAY, "arrest", language=language) if v[0] == MOKOM and v[2] == DAY] == [], text
    assert any(v[0] == MOKOM for v in _typed(spec, text, DAY, "surrender", language=language)), text


@pytest.mark.parametrize(("text", "language"), [
    # contrasts: the arrest told as news of the day, and an arrest whose own clause gives its day
    ("Maxime Mokom a été arrêté lundi à la frontière par les services de sécurité du Tchad.", "fr"),
    ("Maxime Mokom, en détention depuis son arrestation lundi au Tchad, sera remis à la Cour.", "fr"),
    ("Maxime Mokom fue detenido el lunes en la frontera por los servicios de seguridad de Chad.", "es"),
    ("Maxime Mokom è stato arrestato lunedì al confine dai servizi di sicurezza del Ciad.", "it"),
    ("Maxime Mokom foi detido na segunda-feira na fronteira pelos serviços de segurança do Chade.", "pt"),
])
def test_an_arrest_of_the_day_is_still_read(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert any(v[0] == MOKOM and v[2] == DAY for v in _typed(spec, text, DAY, "arrest", language=language)), text


# --- 2. an arrest's participle after a comma names its own place ----------------------------------------------------------

DUTERTE = "rodrigo-roa-duterte"
# the page of Thursday 2025-03-13: "Tuesday" is 2025-03-11
THURSDAY = "2025-03-13"


@pytest.mark.parametrize(("text", "language"), [
    ("On Wednesday afternoon a plane landed in Rotterdam, in the Netherlands, carrying former president Rodrigo Duterte, "
     "arrested on Tuesday in Manila on a warrant of the International Criminal Court.", "en"),
    ("Mercoledì pomeriggio è atterrato a Rotterdam, nei Paesi Bassi, un aereo con a bordo l'ex presidente Rodrigo Duterte, "
     "arrestato martedì a Manila su mandato della Corte penale internazionale.", "it"),
    ("Mercredi après-midi, un avion a atterri à Rotterdam, aux Pays-Bas, avec à son bord Rodrigo Duterte, arrêté mardi à "
     "Manille sur mandat de la Cour pénale internationale.", "fr"),
])
def test_an_apposed_arrest_takes_the_place_of_its_own_clause(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = [v for v in _typed(spec, text, THURSDAY, "arrest", language=language) if v[0] == DUTERTE]
    assert got and all(v[1] == "PHL" for v in got), (text, got)


@pytest.mark.parametrize(("text", "language"), [
    # contrasts: an arrest in the main clause keeps the main clause's place; an apposed arrest naming no place takes none
    # of its own (the rules before it decide)
    ("Rodrigo Duterte was arrested on Tuesday in the Netherlands, after landing from Manila.", "en"),
    ("Rodrigo Duterte è stato arrestato martedì nei Paesi Bassi, dopo essere atterrato da Manila.", "it"),
])
def test_a_main_clause_arrest_keeps_its_place(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = [v for v in _typed(spec, text, THURSDAY, "arrest", language=language) if v[0] == DUTERTE]
    assert got and all(v[1] == "NLD" for v in got), (text, got)
