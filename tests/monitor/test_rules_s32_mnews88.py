"""Session 32 (issue 12, task mnews88): readings written on the dev errors of real-news batches 88-89. Each test holds
sentences written for it (not copied from the real-news set) and contrasts that must not fire. The wordings are general (a
withdrawal's announcement told by a definite "the withdrawal" after a sentence naming the State and the Court; the
Secretary-General's receipt named only as the point a withdrawal's effect is counted from); no State is special-cased: the
names are the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed

# the page of Wednesday 2025-05-07: "Monday" is 2025-05-05
DAY = "2025-05-07"
MONDAY = "2025-05-05"


def _withdrawals(spec, text: str, language: str = "en") -> list[tuple[str, object, object]]:  # noqa: ANN001
    return [(kind, state, date) for kind in ("withdrawal_announced", "withdrawal_notified")
            for _, state, date in typed(spec, text, DAY, kind, language=language)]


# --- 1. "who announced the withdrawal on Monday": the State and the Court in the sentence before ------------------------------

@pytest.mark.parametrize("second", [
    "The information minister, who announced the withdrawal on Monday on state television, called the court biased.",
    "Its foreign minister declared the country's exit on Monday in a televised address.",
    "A government spokesman, who announced the decision to withdraw on Monday, said the court had ignored the region.",
])
def test_a_definite_withdrawal_announced_takes_the_state_of_the_sentence_before(spec, second: str) -> None:  # noqa: ANN001
    text = "Kenya has become the latest nation to move toward leaving the International Criminal Court. " + second
    assert ("withdrawal_announced", "KEN", MONDAY) in _withdrawals(spec, text)


@pytest.mark.parametrize("text", [
    # the withdrawal of something else
    "Kenya's parliament debated the International Criminal Court on Tuesday. The defence minister, who announced the "
    "withdrawal of troops on Monday, said the mission was over.",
    # two States before: whose announcement it is stays open
    "Kenya and Uganda have criticised the International Criminal Court for months. The minister, who announced the "
    "withdrawal on Monday, spoke to reporters.",
    # a withdrawal revoked before
    "Kenya has revoked its withdrawal from the International Criminal Court. The minister, who had announced the "
    "withdrawal on Monday, said nothing more.",
    # no word of leaving the Court before
    "Kenya hosted a regional summit on trade. The minister, who announced the withdrawal on Monday, left early.",
])
def test_no_withdrawal_without_a_single_state_leaving_the_court_just_before(spec, text: str) -> None:  # noqa: ANN001
    assert not [w for w in _withdrawals(spec, text) if w[1] == "KEN" and w[2] == MONDAY]


# --- 2. the receipt that starts the year of notice is no deposit ---------------------------------------------------------

def test_receipt_named_as_the_start_of_the_effect_is_no_notification(spec) -> None:  # noqa: ANN001
    text = ("« Le Kenya se retire » de la CPI, « un retrait qui prendra effet dans un an, à compter de la date de réception "
            "de cette lettre par le secrétaire général de l'ONU », a annoncé la ministre kényane des Affaires étrangères "
            "dans cette lettre datée de lundi.")
    found = _withdrawals(spec, text, "fr")
    assert ("withdrawal_announced", "KEN", MONDAY) in found
    assert not [w for w in found if w[0] == "withdrawal_notified"]


@pytest.mark.parametrize(("text", "language"), [
    ("Le Kenya a déposé lundi sa lettre de retrait de la CPI auprès du secrétaire général de l'ONU ; le retrait "
     "prendra effet dans un an.", "fr"),
    ("Le Kenya a notifié lundi au secrétaire général de l'ONU son retrait de la CPI, qui prendra effet un an après "
     "la réception de la lettre.", "fr"),
    ("Kenya deposited its notification of withdrawal from the Rome Statute with the UN Secretary-General on Monday, a year "
     "before its membership ends.", "en"),
])
def test_a_deposit_told_before_the_rule_of_effect_stays_a_notification(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert ("withdrawal_notified", "KEN", MONDAY) in _withdrawals(spec, text, language)
