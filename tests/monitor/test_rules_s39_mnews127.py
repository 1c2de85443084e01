"""Session 39 (issue 12, batch 127's dev part). One general rule, tested with sentences written for the test and contrasts that
must not fire; the words are data in ``data/lookups/monitor_words.yaml`` (English's in monitor/lexicon.py). The name is the
record's, used as an example (no State or person is special-cased).

Batch 127's dev part raised no scored error (0 tp / 0 fp / 0 fn, both modes), but one of its official texts (UN News in
French, as AllAfrica distributes it) tells a warrant in a shape no rule read in any language: the verb, then the person after
'contre', then a description of the person set off by commas, and only then the warrant's noun ('la Cour avait émis contre X,
l'ancien chef de l'Agence de sécurité interne libyenne, un mandat d'arrêt'). The rules read the verb and the noun only within
a few words of each other (or with a clause between commas right after the verb), so the apposition hid the warrant.

1. A Court's warrant told as "issued against X, <description>, a warrant" is read in every language the monitor reads ('issued
   against X, the former head of …, a warrant of arrest', 'a émis contre X, l'ancien chef …, un mandat d'arrêt', 'emitió contra
   X, ex jefe …, una orden de arresto', 'ha emesso nei confronti di X, ex capo …, un mandato d'arresto', 'emitiu contra X,
   ex-chefe …, um mandado de prisão', 'erließ … gegen X, den früheren Chef …, einen Haftbefehl', 'haben … gegen X, …, einen
   Haftbefehl erlassen'), dated by the sentence's day.
2. The same shape with another court as the issuer, with another act than a warrant (a summons), or with a warrant only
   applied for ('einen Haftbefehl beantragt'), gives no warrant.
"""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

KHALED = "al-tuhamy-mohamed-khaled"
DAY = "2017-04-27"  # the document's date; the sentences tell the warrant's own day, 24 April 2017

APPOSED = [
    ("On 24 April 2017, the Court issued against Al-Tuhamy Mohamed Khaled, the former head of Libya's Internal Security "
     "Agency, a warrant of arrest for crimes against humanity.", "en"),
    ("Le 24 avril 2017, la Cour a émis contre Al-Tuhamy Mohamed Khaled, l'ancien chef de l'Agence de sécurité interne "
     "libyenne, un mandat d'arrêt pour crimes contre l'humanité.", "fr"),
    ("El 24 de abril de 2017, la Corte emitió contra Al-Tuhamy Mohamed Khaled, ex jefe de la Agencia de Seguridad Interna de "
     "Libia, una orden de arresto por crímenes de lesa humanidad.", "es"),
    ("Il 24 aprile 2017 la Corte ha emesso nei confronti di Al-Tuhamy Mohamed Khaled, ex capo dell'Agenzia per la sicurezza "
     "interna libica, un mandato d'arresto per crimini contro l'umanità.", "it"),
    ("Em 24 de abril de 2017, o Tribunal emitiu contra Al-Tuhamy Mohamed Khaled, ex-chefe da Agência de Segurança Interna da "
     "Líbia, um mandado de prisão por crimes contra a humanidade.", "pt"),
    ("Das Gericht erließ am 24. April 2017 gegen Al-Tuhamy Mohamed Khaled, den früheren Chef des libyschen "
     "Inlandsgeheimdienstes, einen Haftbefehl wegen Verbrechen gegen die Menschlichkeit.", "de"),
    ("Die Richter haben am 24. April 2017 gegen Al-Tuhamy Mohamed Khaled, den früheren Chef des libyschen "
     "Inlandsgeheimdienstes, einen Haftbefehl erlassen.", "de"),
]


# --- 1. the warrant told after the person and a description between commas ---

@pytest.mark.parametrize(("text", "language"), APPOSED)
def test_a_warrant_told_after_the_person_and_a_description_is_read(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "warrant_issued", language=language) == [(KHALED, None, "2017-04-24")]


# --- 2. the same shape with another issuer or another act: no warrant ---

@pytest.mark.parametrize(("text", "language"), [
    ("On 24 April 2017, a court in Tripoli issued against Al-Tuhamy Mohamed Khaled, the former head of Libya's Internal "
     "Security Agency, a warrant of arrest.", "en"),
    ("Le 24 avril 2017, un tribunal de Tripoli a émis contre Al-Tuhamy Mohamed Khaled, l'ancien chef de l'Agence de sécurité "
     "interne libyenne, un mandat d'arrêt.", "fr"),
    ("El 24 de abril de 2017, un tribunal libio emitió contra Al-Tuhamy Mohamed Khaled, ex jefe de la Agencia de Seguridad "
     "Interna de Libia, una orden de detención.", "es"),
])
def test_another_courts_warrant_in_that_shape_is_not_the_courts(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "warrant_issued", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("On 24 April 2017, the Court issued against Al-Tuhamy Mohamed Khaled, the former head of Libya's Internal Security "
     "Agency, a summons to appear.", "en"),
    ("Le 24 avril 2017, la Cour a émis contre Al-Tuhamy Mohamed Khaled, l'ancien chef de l'Agence de sécurité interne "
     "libyenne, une citation à comparaître.", "fr"),
    ("Die Anklage hat am 24. April 2017 gegen Al-Tuhamy Mohamed Khaled, den früheren Chef des libyschen "
     "Inlandsgeheimdienstes, einen Haftbefehl beantragt.", "de"),
])
def test_another_act_in_that_shape_is_no_warrant(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "warrant_issued", language=language) == []
