"""Session 48 (issue 12, the lead): a notice of withdrawal told only as a condition or a time to come ('Once Hungary notifies
the UN, its withdrawal will take effect a year later', 'Dès que la Hongrie notifie l'ONU …', 'Cuando Hungría notifique …',
'Sobald Ungarn … notifiziert, …') tells no act: no withdrawal notified, no announcement. Session 47 mended the English 'once /
if / unless / until / when' by a pattern written in the rule; it is now the family ``NOTICE_AS_CONDITION`` (lexicon, with
each language's subordinators in data/lookups/monitor_words.yaml), which reads the notice's verb in the present, the future
or the subjunctive after the subordinator, not in the past ('When Hungary notified the UN on Monday …' is the act told).

Sentences written for the test (none copied from a page of the set), with controls that must not change. The names are the
record's, used as examples (no State is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

DAY = "2025-04-10"

CONDITIONAL = [
    ("en", "Once Hungary notifies the UN, its withdrawal from the Rome Statute will take effect a year later."),
    ("en", "When Hungary formally notifies the Secretary-General, the withdrawal from the Rome Statute takes effect one year later."),
    ("en", "As soon as Hungary notifies the United Nations, its withdrawal from the Rome Statute will take effect a year later."),
    ("en", "After Hungary notifies the United Nations, its withdrawal from the Rome Statute takes effect a year later."),
    ("fr", "Dès que la Hongrie notifie l'ONU, son retrait du Statut de Rome prendra effet un an plus tard."),
    ("fr", "Une fois que la Hongrie aura notifié son retrait du Statut de Rome au secrétaire général, il prendra effet un an plus tard."),
    ("fr", "Lorsque la Hongrie notifiera son retrait du Statut de Rome, celui-ci prendra effet un an plus tard."),
    ("es", "Cuando Hungría notifique a la ONU su retiro del Estatuto de Roma, este surtirá efecto un año después."),
    ("es", "Una vez que Hungría notifica a la ONU su retirada del Estatuto de Roma, esta surte efecto un año después."),
    ("pt", "Quando a Hungria notificar a ONU da sua retirada do Estatuto de Roma, ela terá efeito um ano depois."),
    ("pt", "Assim que a Hungria notificar a ONU da retirada do Estatuto de Roma, esta produzirá efeitos um ano depois."),
    ("it", "Quando l'Ungheria notificherà all'ONU il suo ritiro dallo Statuto di Roma, questo avrà effetto un anno dopo."),
    ("it", "Non appena l'Ungheria notifica all'ONU il ritiro dallo Statuto di Roma, questo ha effetto un anno dopo."),
    ("de", "Sobald Ungarn den UN-Generalsekretär über den Austritt aus dem Römischen Statut notifiziert, wird dieser ein Jahr später wirksam."),
    ("de", "Wenn Ungarn dem UN-Generalsekretär den Austritt aus dem Römischen Statut mitteilt, wird er ein Jahr später wirksam."),
]


@pytest.mark.parametrize(("language", "text"), CONDITIONAL, ids=[f"{c[0]}{i}" for i, c in enumerate(CONDITIONAL)])
def test_a_notice_told_as_a_condition_is_no_act(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "withdrawal_notified", language=language) == []
    assert _typed(spec, text, DAY, "withdrawal_announced", language=language) == []


# Controls: the notice told as done, with a subordinator of time in the past included, stays a withdrawal notified.
TOLD = [
    ("en", "Hungary notified the UN on Monday of its withdrawal from the Rome Statute."),
    ("en", "When Hungary notified the UN of its withdrawal from the Rome Statute on Monday, the opposition protested."),
    ("fr", "La Hongrie a notifié lundi à l'ONU son retrait du Statut de Rome."),
    ("fr", "Lorsque la Hongrie a notifié lundi à l'ONU son retrait du Statut de Rome, l'opposition a protesté."),
    ("es", "Hungría notificó el lunes a la ONU su retiro del Estatuto de Roma."),
    ("de", "Ungarn hat am Montag den UN-Generalsekretär über seinen Austritt aus dem Römischen Statut notifiziert."),
]


@pytest.mark.parametrize(("language", "text"), TOLD, ids=[f"{c[0]}{i}" for i, c in enumerate(TOLD)])
def test_control_a_notice_told_as_done_stays(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "withdrawal_notified", language=language) == [(None, "HUN", "2025-04-07")]


# (session 48, the lead) mleft40's French participles in -u read as the day's news took 'que' for one ('a démenti que': the
# word in -ue after 'a' and one word): a finding denied by a spokesperson fired (parity trap noncompliance~04, French). A
# word in -que is no participle; the participles stay read.
def test_a_word_in_que_after_a_denial_is_no_participle(spec) -> None:  # noqa: ANN001
    text = "Un porte-parole de la Cour a démenti que les juges aient constaté un manquement de la Hongrie à ses obligations."
    assert _typed(spec, text, "2025-05-10", "noncompliance_finding", language="fr") == []
