"""Session 48 (issue 12, task mnews159): an arrest told by its noun as a sentence's subject, in every language the monitor
reads. English reads it ("The arrest of X on Tuesday in Turin was announced by the police", "The arrest of
X took place on Tuesday"); French and Italian read only the second ("L'arrestation d'X a eu lieu mardi"), Spanish, Portuguese
and German neither. Sentences written for the test (none copied from a page of the set), with controls that must not change:
an arrest asked for, an arrest told in the conditional. The names are the record's, used as examples (no State, city or
person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NJEEM = "osama-elmasry-njeem"
DUTERTE = "rodrigo-roa-duterte"

# 1. The arrest's noun, its person after it, then a day or a verb that tells it done: 'took place' / 'happened' or a passive
#    of telling ('was announced', 'was confirmed'). The arrest, of that day, where the sentence places it.
ARREST_BY_ITS_NOUN = [
    ("es", "La detención de Osama Elmasry Njeem tuvo lugar el martes en Turín."),
    ("es", "La detención de Osama Elmasry Njeem se produjo el martes en Turín."),
    ("es", "La detención de Osama Elmasry Njeem el martes en Turín fue anunciada por la policía italiana."),
    ("es", "El arresto de Osama Elmasry Njeem el martes en Turín fue confirmado por la Corte."),
    ("pt", "A prisão de Osama Elmasry Njeem ocorreu na terça-feira em Turim."),
    ("pt", "A detenção de Osama Elmasry Njeem na terça-feira em Turim foi anunciada pela polícia italiana."),
    ("pt", "A captura de Osama Elmasry Njeem aconteceu na terça-feira em Turim."),
    ("fr", "L'arrestation d'Osama Elmasry Njeem mardi à Turin a été annoncée par la police italienne."),
    ("fr", "L'interpellation d'Osama Elmasry Njeem mardi à Turin a été confirmée par la Cour."),
    ("it", "L'arresto di Osama Elmasry Njeem martedì a Torino è stato annunciato dalla polizia italiana."),
    ("it", "La cattura di Osama Elmasry Njeem martedì a Torino è stata confermata dalla Corte."),
    ("de", "Die Festnahme von Osama Elmasry Njeem erfolgte am Dienstag in Turin."),
    ("de", "Die Festnahme von Osama Elmasry Njeem am Dienstag in Turin wurde von der italienischen Polizei bekannt gegeben."),
    ("de", "Die Verhaftung von Osama Elmasry Njeem fand am Dienstag in Turin statt."),
]


@pytest.mark.parametrize(("language", "text"), ARREST_BY_ITS_NOUN, ids=[f"{t[0]}-{i}" for i, t in enumerate(ARREST_BY_ITS_NOUN)])
def test_an_arrest_told_by_its_noun_as_the_subject(spec, language: str, text: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-05-07", "arrest", language=language)
    assert got == [(NJEEM, "ITA", "2025-05-06")], got


# Controls, unchanged: the noun of an arrest asked for, or told in the conditional, is no arrest; English and the French and
# Italian 'took place' read as before.
NO_ARREST = [
    ("es", "La detención de Osama Elmasry Njeem fue solicitada el martes por la Corte."),
    ("es", "La detención de Osama Elmasry Njeem el martes en Turín sería un gran paso para la justicia."),
    ("pt", "A prisão de Osama Elmasry Njeem foi pedida na terça-feira pelo Tribunal."),
    ("pt", "A prisão de Osama Elmasry Njeem na terça-feira em Turim seria um grande passo."),
    ("fr", "L'arrestation d'Osama Elmasry Njeem a été demandée mardi par la CPI."),
    ("fr", "L'arrestation d'Osama Elmasry Njeem mardi à Turin aurait été annoncée comme une victoire."),
    ("it", "L'arresto di Osama Elmasry Njeem è stato chiesto martedì dalla Corte."),
    ("it", "L'arresto di Osama Elmasry Njeem martedì a Torino sarebbe stato annunciato come una vittoria."),
    ("de", "Die Festnahme von Osama Elmasry Njeem wurde am Dienstag vom Gericht beantragt."),
    ("de", "Die Festnahme von Osama Elmasry Njeem am Dienstag in Turin wäre ein großer Schritt gewesen."),
    ("en", "The arrest of Osama Elmasry Njeem was requested by the Court on Tuesday."),
]


@pytest.mark.parametrize(("language", "text"), NO_ARREST, ids=[f"{t[0]}-{i}" for i, t in enumerate(NO_ARREST)])
def test_control_an_arrest_asked_for_or_conditional_is_none(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-07", "arrest", language=language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The arrest of Rodrigo Duterte on Tuesday in Manila was announced by the police."),
    ("en", "The arrest of Rodrigo Duterte took place on Tuesday in Manila."),
    ("fr", "L'arrestation de Rodrigo Duterte a eu lieu mardi à Manille."),
    ("it", "L'arresto di Rodrigo Duterte è avvenuto martedì a Manila."),
])
def test_control_the_readings_before_stay(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-07", "arrest", language=language) == [(DUTERTE, "PHL", "2025-05-06")]
