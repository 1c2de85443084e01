"""Session 49 (issue 12, type confusion): a host government's promise not to arrest its visitor, told with a verb of promise
or assurance and the arrest's infinitive negated after it ('hatte ihm zugesagt, ihn nicht zu verhaften', 'lui avait promis de ne
pas l'arrêter', 'le prometió no detenerlo', 'prometeu não o prender', 'gli aveva promesso di non arrestarlo'), is a refusal,
as English 'had promised him not to arrest him' already is (lexicon.REFUSAL_MORE, 'not to arrest'). Before, in the five other
languages only the visit told beside it was read: the refusal was a `type` miss of the refusal <-> visit pair
(docs/monitor.md, "## Type confusion (session 49)"). The words are each language's REFUSAL family in
data/lookups/monitor_words.yaml.

Sentences written for the test (none copied from a page of the set), with controls that must not change: a promise *to*
arrest (a pledge), a guarantee only asked for, a promise not to arrest denied. The names are the record's, used as examples
(no State is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

DAY = "2016-07-17"
BASHIR = "omar-hassan-ahmad-al-bashir"

PROMISED_NOT = [
    ("en", "Omar al-Bashir arrived in Rwanda for the summit. The Rwandan government had promised him beforehand not to arrest him."),
    ("de", "Omar al-Baschir ist nach Ruanda gereist. Die ruandische Regierung hatte ihm vorab zugesagt, ihn nicht zu verhaften."),
    ("de", "Omar al-Baschir ist nach Ruanda gereist. Die ruandische Regierung hat ihm zugesichert, ihn nicht festzunehmen."),
    ("de", "Omar al-Baschir ist nach Ruanda gereist. Die ruandische Regierung versprach, ihn nicht auszuliefern."),
    ("fr", "Omar el-Béchir est arrivé au Rwanda pour le sommet. Le gouvernement rwandais lui avait promis de ne pas l'arrêter."),
    ("fr", "Omar el-Béchir est arrivé au Rwanda pour le sommet. Le gouvernement rwandais s'est engagé à ne pas l'arrêter."),
    ("es", "Omar al Bashir llegó a Ruanda para la cumbre. El gobierno ruandés le había prometido no detenerlo."),
    ("es", "Omar al Bashir llegó a Ruanda para la cumbre. El gobierno ruandés se comprometió a no arrestarlo."),
    ("pt", "Omar al-Bashir chegou ao Ruanda para a cimeira. O governo ruandês tinha-lhe prometido não o prender."),
    ("pt", "Omar al-Bashir chegou ao Ruanda para a cimeira. O governo ruandês comprometeu-se a não o prender."),
    ("it", "Omar al-Bashir è arrivato in Ruanda per il vertice. Il governo ruandese gli aveva promesso di non arrestarlo."),
    ("it", "Omar al-Bashir è arrivato in Ruanda per il vertice. Il governo ruandese si è impegnato a non arrestarlo."),
]


@pytest.mark.parametrize(("language", "text"), PROMISED_NOT, ids=[f"{c[0]}{i}" for i, c in enumerate(PROMISED_NOT)])
def test_a_promise_not_to_arrest_is_a_refusal(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "refusal", language=language) == [(BASHIR, "RWA", None)]
    # the visit told beside it stays
    assert [(p, s) for p, s, _ in _typed(spec, text, DAY, "visit", language=language)] == [(BASHIR, "RWA")]


# Controls: a promise to arrest (a pledge), a promise not to arrest only asked for or denied: no refusal.
NOT_REFUSAL = [
    ("de", "Omar al-Baschir ist nach Ruanda gereist. Die ruandische Opposition hat versprochen, ihn festzunehmen."),
    ("fr", "Omar el-Béchir est arrivé au Rwanda pour le sommet. Le ministre a promis de l'arrêter."),
    ("es", "Omar al Bashir llegó a Ruanda para la cumbre. El ministro prometió detenerlo."),
    ("pt", "Omar al-Bashir chegou ao Ruanda para a cimeira. O ministro prometeu prendê-lo."),
    ("it", "Omar al-Bashir è arrivato in Ruanda per il vertice. Il ministro ha promesso di arrestarlo."),
    ("es", "Omar al Bashir llegó a Ruanda para la cumbre. Pidió garantías de no ser detenido."),
]


@pytest.mark.parametrize(("language", "text"), NOT_REFUSAL, ids=[f"{c[0]}{i}" for i, c in enumerate(NOT_REFUSAL)])
def test_control_a_promise_to_arrest_is_no_refusal(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "refusal", language=language) == []
