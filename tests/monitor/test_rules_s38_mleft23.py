"""Session 38 (issue 12, task mleft23): the dev half's trip errors (visit, planned visit, refusal), grouped by cause. Each item
is a general rule, tested with sentences written for the test in several languages and contrasts that must not fire; the words
are data in ``data/lookups/monitor_words.yaml``. The names are the record's, used as examples (no State or person is
special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

BASHIR = "omar-hassan-ahmad-al-bashir"
DAY = "2025-05-07"  # a Wednesday: 'Friday' is 2025-05-02


# 1. A State told as the genitive of a gathering ('la cerimonia per la nuova costituzione del Kenya'): where the gathering is held,
#    as English reads "the ceremony … of Kenya" (``gathering_of``, read in mentions._destinations).
@pytest.mark.parametrize(("text", "language"), [
    ("Omar al-Bashir ha partecipato venerdì alla cerimonia per la nuova costituzione del Kenya.", "it"),
    ("Omar al-Bashir a assisté vendredi à la cérémonie d'investiture du Kenya.", "fr"),
    ("Omar al-Bashir a assisté vendredi à la cérémonie pour la nouvelle constitution du Kenya.", "fr"),
    ("Omar al-Bashir asistió el viernes a la ceremonia de investidura de Kenia.", "es"),
    ("Omar al-Bashir participou na sexta-feira da cerimônia de posse do Quênia.", "pt"),
    ("Omar al-Bashir attended the ceremony for the new constitution of Kenya on Friday.", "en"),
])
def test_a_state_told_as_the_genitive_of_a_gathering_is_where_it_is_held(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language=language) == [(BASHIR, "KEN", "2025-05-02")]


# … but an office or a people before the genitive ('il presidente della Mongolia', 'le ministre des Affaires étrangères de la
#    Hongrie') names whom the State describes, not where the gathering is (``office_of``, as English's OFFICE_OF).
@pytest.mark.parametrize(("text", "language"), [
    ("Omar al-Bashir ha partecipato venerdì al vertice con il presidente della Mongolia.", "it"),
    ("Omar al-Bashir ha partecipato venerdì al vertice con il ministro degli Esteri dell'Ungheria.", "it"),
    ("Omar al-Bashir a participé vendredi au sommet avec le ministre des Affaires étrangères de la Hongrie.", "fr"),
    ("Omar al-Bashir asistió el viernes a la cumbre con el presidente de Mongolia.", "es"),
    ("Omar al-Bashir asistió el viernes a la cumbre con el ministro de Asuntos Exteriores de Hungría.", "es"),
    ("Omar al-Bashir participou na sexta-feira da cúpula com o ministro das Relações Exteriores da Hungria.", "pt"),
    ("Omar al-Bashir attended the summit with the president of Mongolia on Friday.", "en"),
])
def test_an_office_before_the_genitive_makes_no_host(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language=language) == []
