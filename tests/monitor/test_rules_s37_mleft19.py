"""Session 37 (issue 12, task mleft19): the dev half's remaining trip errors (visit, planned_visit, refusal), grouped by cause.
Each item is a general rule, tested with sentences written for the test in several languages and contrasts that must not fire;
the words are data in ``data/lookups/monitor_words.yaml``. The names are the record's, used as examples (no State or person is
special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
DAY = "2025-08-11"  # a Monday: 'Friday' is 2025-08-15


# 1. A trip supposed to any State at all ("if he set foot in a country that recognises the Court", "s'il se rendait dans un pays
#    membre") is the warrant's reach, not the trip the document announces: as in English (``ANY_STATE``), it cancels no trip.
@pytest.mark.parametrize(("text", "language"), [
    ("Donald Trump se reunirá con Vladimir Putin el próximo viernes en Alaska. La detención solo sería posible si Putin pisara "
     "territorio de un país que reconoce la jurisdicción de la Corte.", "es"),
    ("Donald Trump rencontrera Vladimir Poutine vendredi en Alaska. Poutine pourrait être arrêté s'il se rendait dans un pays "
     "membre de la Cour.", "fr"),
    ("Donald Trump rencontrera Vladimir Poutine vendredi en Alaska. Poutine pourrait être arrêté s'il se rendait à l'étranger.", "fr"),
    ("Donald Trump incontrerà Vladimir Putin venerdì in Alaska. Putin potrebbe essere arrestato se si recasse in un paese membro "
     "della Corte.", "it"),
    ("Donald Trump vai se reunir com Vladimir Putin na sexta-feira no Alasca. Putin poderia ser preso se viajasse para um país "
     "membro do Tribunal.", "pt"),
    ("Donald Trump wird Wladimir Putin am Freitag in Alaska treffen. Putin könnte festgenommen werden, wenn er in ein "
     "Mitgliedsland des Gerichts reist.", "de"),
    ("Donald Trump will meet Vladimir Putin on Friday in Alaska. Putin could be arrested if he travels to a member country of "
     "the Court.", "en"),
])
def test_a_trip_supposed_to_any_state_cancels_no_announced_trip(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "planned_visit", language=language) == [(PUTIN, "USA", "2025-08-15")]


@pytest.mark.parametrize(("text", "language"), [
    # the trip itself supposed, its place told by 'there' (no 'any country'): still a supposition of this trip
    ("Donald Trump se reunirá con Vladimir Putin el próximo viernes en Alaska. Putin sería detenido si viajara allí.", "es"),
    ("Donald Trump wird Wladimir Putin am Freitag in Alaska treffen. Putin würde festgenommen, wenn er dorthin reist.", "de"),
    # 'un pays' named as the trip's own destination State ('en Hongrie') is no 'any country'
    ("Donald Trump se reunirá con Vladimir Putin el próximo viernes en Budapest. Putin sería detenido si viajara a Hungría, "
     "un país miembro.", "es"),
])
def test_a_trip_supposed_there_or_to_a_named_state_still_cancels(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "planned_visit", language=language) == []


# 2. A subject pronoun inside the sentence, not at its head ('Kurz nachdem er in Ungarn eingetroffen ist, …', 'Lorsqu'il est
#    arrivé en Hongrie, …'): the person the sentence before named, as English 'he' anywhere (corefer.REFER, now a family).
NETANYAHU = "benjamin-netanyahu"


@pytest.mark.parametrize(("text", "language"), [
    ("Gegen Benjamin Netanjahu liegt ein Haftbefehl vor. Kurz nachdem er in Ungarn eingetroffen ist, kündigt das Land an, aus "
     "dem Gericht auszutreten.", "de"),
    ("Benjamin Netanyahu est visé par un mandat de la CPI. Peu après qu'il est arrivé en Hongrie, le pays a annoncé son retrait.", "fr"),
    ("Benjamin Netanyahu é alvo de um mandado do TPI. Quando ele chegou à Hungria, o país anunciou a retirada.", "pt"),
    ("Benjamin Netanyahu faces an ICC warrant. Shortly after he arrived in Hungary, the country announced its withdrawal.", "en"),
])
def test_a_subject_pronoun_inside_the_sentence_is_the_person_named_before(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "visit", language=language) == [(NETANYAHU, "HUN", "2025-04-03")]


@pytest.mark.parametrize(("text", "language"), [
    # the speaker's inverted pronoun: the minister arrived, not the person named before
    ("Benjamin Netanyahu est visé par un mandat de la CPI. Le ministre est arrivé en Hongrie jeudi, a-t-il dit.", "fr"),
    ("Gegen Benjamin Netanjahu liegt ein Haftbefehl vor. Der Minister ist am Donnerstag in Ungarn eingetroffen, sagte er.", "de"),
    # an impersonal 'il'
    ("Benjamin Netanyahu est visé par un mandat de la CPI. Il a été annoncé que la délégation est arrivée en Hongrie jeudi.", "fr"),
])
def test_no_pronoun_of_the_person_no_trip(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "visit", language=language) == []
