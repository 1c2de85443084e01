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


# 2. An arrest told by a language's idiom of custody: Italian 'finire in manette' ('è finito in manette martedì a Torino') and
#    'posto in stato di fermo / di arresto'; German 'fassen' with the captors as its subject or agent ('Die Polizei fasste X',
#    'wurde von der Polizei gefasst'), as 'festnehmen'. Not a decision taken ('einen Beschluss fassen', 'wurde gefasst' with no
#    captor), not 'in manette' of someone else's wish ('vorrebbe vederlo in manette').
CUSTODY_IDIOM = [
    ("it", "Osama Elmasry Njeem è finito in manette martedì a Torino."),
    ("it", "Martedì a Torino è finito in manette Osama Elmasry Njeem."),
    ("it", "Osama Elmasry Njeem è stato posto in stato di fermo martedì a Torino."),
    ("de", "Die Polizei fasste Osama Elmasry Njeem am Dienstag in Turin."),
    ("de", "Osama Elmasry Njeem wurde am Dienstag in Turin von der Polizei gefasst."),
    ("de", "Italienische Fahnder haben Osama Elmasry Njeem am Dienstag in Turin gefasst."),
]


@pytest.mark.parametrize(("language", "text"), CUSTODY_IDIOM, ids=[f"{t[0]}-{i}" for i, t in enumerate(CUSTODY_IDIOM)])
def test_an_arrest_told_by_an_idiom_of_custody(spec, language: str, text: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-05-07", "arrest", language=language)
    assert got == [(NJEEM, "ITA", "2025-05-06")], got


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Das Kabinett hat am Dienstag in Berlin einen Beschluss zu Osama Elmasry Njeem gefasst."),
    ("de", "Ein Beschluss über Osama Elmasry Njeem wurde am Dienstag in Berlin gefasst."),
    ("de", "Die Polizei konnte Osama Elmasry Njeem am Dienstag in Turin nicht fassen."),
    ("it", "Le vittime vorrebbero vedere Osama Elmasry Njeem in manette."),
    ("it", "Osama Elmasry Njeem non è mai finito in manette."),
])
def test_control_a_decision_taken_or_a_wish_is_no_arrest(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-07", "arrest", language=language) == []


# 3. Portuguese: the State as the object of a visit, with its masculine or plural article ('visitou o Tajiquistão', 'visitou os
#    Emirados'), a day between allowed ('visitou na terça-feira o Cazaquistão'), as French 'a visité la Mongolie', Spanish 'visitó
#    Mongolia', Italian 'ha visitato la Mongolia' and German 'besuchte die Mongolei' are read. Before, only 'visitou a Mongólia'
#    was, its article doubling as the preposition 'a'.
PT_VISIT_OBJECT = [
    ("Vladimir Putin visitou o Tajiquistão na terça-feira.", "TJK"),
    ("Vladimir Putin visitou na terça-feira o Cazaquistão.", "KAZ"),
    ("Vladimir Putin visitou os Emirados Árabes Unidos na terça-feira.", "ARE"),
]


@pytest.mark.parametrize(("text", "state"), PT_VISIT_OBJECT, ids=[f"pt-{i}" for i in range(len(PT_VISIT_OBJECT))])
def test_portuguese_a_state_as_the_object_of_a_visit(spec, text: str, state: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-05-07", "visit", language="pt")
    assert got == [("vladimir-vladimirovich-putin", state, "2025-05-06")], got


@pytest.mark.parametrize(("text", "state"), [
    ("Vladimir Putin visitou a Mongólia na terça-feira.", "MNG"),
    ("Vladimir Putin chegou ao Tajiquistão na terça-feira.", "TJK"),
])
def test_control_portuguese_readings_before_stay(spec, text: str, state: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-07", "visit", language="pt") == [("vladimir-vladimirovich-putin", state, "2025-05-06")]


def test_control_portuguese_a_visit_not_made_gives_nothing(spec) -> None:  # noqa: ANN001
    assert _typed(spec, "Vladimir Putin não visitou o Tajiquistão na terça-feira.", "2025-05-07", "visit", language="pt") == []
