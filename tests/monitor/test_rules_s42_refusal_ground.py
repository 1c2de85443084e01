"""Session 42 (issue 12; mleft33 noticed it): a refusal told as the ground of another's act ('L'Allemagne a critiqué la
Hongrie pour son refus d'exécuter le mandat') is someone judging the State's conduct, not its government's word: the
French sentence gave Germany's refusal. English had the rule inline since session 26 ("over its refusal"); the words are
now one family (lexicon.REFUSAL_GROUND) with each language's words in data/lookups/monitor_words.yaml. Sentences written
for the test; the names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NETANYAHU = "benjamin-netanyahu"


@pytest.mark.parametrize(("text", "language"), [
    ("L'Allemagne a critiqué la Hongrie pour son refus d'exécuter le mandat d'arrêt de la Cour pénale internationale contre "
     "Benjamin Netanyahou.", "fr"),
    ("Alemania criticó a Hungría por su negativa a ejecutar la orden de detención de la Corte Penal Internacional contra "
     "Benjamin Netanyahu.", "es"),
    ("A Alemanha criticou a Hungria pela recusa em cumprir o mandado de prisão do Tribunal Penal Internacional contra "
     "Benjamin Netanyahu.", "pt"),
    ("La Germania ha criticato l'Ungheria per il suo rifiuto di eseguire il mandato d'arresto della Corte penale internazionale "
     "contro Benjamin Netanyahu.", "it"),
    ("Deutschland kritisierte Ungarn für seine Weigerung, den Haftbefehl des Internationalen Strafgerichtshofs gegen Benjamin "
     "Netanjahu zu vollstrecken.", "de"),
    ("Germany criticised Hungary over its refusal to execute the arrest warrant of the International Criminal Court against "
     "Benjamin Netanyahu.", "en"),
])
def test_a_refusal_told_as_the_ground_of_a_criticism_gives_no_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "refusal", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    # the government's own word: still its refusal
    ("La Hongrie a annoncé son refus d'exécuter le mandat d'arrêt de la Cour pénale internationale contre Benjamin Netanyahou.",
     "fr"),
    ("Hungary refused to execute the arrest warrant of the International Criminal Court against Benjamin Netanyahu.", "en"),
])
def test_the_governments_own_refusal_is_still_read(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "refusal", language=language) == [(NETANYAHU, "HUN", None)]
