"""Session 32 (issue 12, task mnews90): readings written on the dev parts of real-news batches 90-91. Each test holds
sentences written for it (not copied from the real-news set) and contrasts that must not fire. The wordings are general (a
warrant 'just issued' in Spanish, a government's refusal to hand a person over told in French by a negative passive
future or 'refuse de remettre'); no State or person is special-cased: the names are the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
LVOVA = "maria-alekseyevna-lvova-belova"
SIMONE = "simone-gbagbo"
BASHIR = "omar-hassan-ahmad-al-bashir"
DAY = "2024-09-05"
# a page of the day the record's warrants for Putin and Lvova-Belova were issued (a warrant told long after is background)
WARRANT_DAY = "2023-03-17"


# --- 1. a warrant 'just issued' (Spanish 'acaba de emitir') ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La Corte Penal Internacional acaba de emitir una orden de arresto contra Vladimir Putin.",
    "La CPI acaba de dictar una orden de detención contra el presidente ruso, Vladimir Putin.",
    "Los jueces de la Corte Penal Internacional acaban de emitir órdenes de arresto contra Vladimir Putin.",
])
def test_a_warrant_just_issued_in_spanish(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, WARRANT_DAY, "warrant_issued", language="es") == [(PUTIN, None, WARRANT_DAY)]


def test_a_warrant_just_issued_for_two_persons_in_spanish(spec) -> None:  # noqa: ANN001
    text = "La Corte Penal Internacional acaba de emitir una orden de arresto contra Vladimir Putin y Maria Lvova-Belova."
    assert [p for p, _, _ in _typed(spec, text, WARRANT_DAY, "warrant_issued", language="es")] == sorted([LVOVA, PUTIN])


@pytest.mark.parametrize("text", [
    # a request, an hypothesis, a past 'had just' in the background, another act 'just' done: no warrant issued
    "La fiscalía acaba de pedir una orden de arresto contra Vladimir Putin.",
    "La Corte podría emitir una orden de arresto contra Vladimir Putin.",
    "La Corte acaba de rechazar la apelación contra la orden de arresto de Vladimir Putin.",
])
def test_no_warrant_from_a_request_or_another_act_just_done(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, WARRANT_DAY, "warrant_issued", language="es") == []


# --- 2. a refusal to hand over told in French ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Simone Gbagbo ne sera pas transférée devant la Cour pénale internationale, a décidé le gouvernement de la Côte d'Ivoire.",
    "La Côte d'Ivoire refuse de transférer Simone Gbagbo à la CPI.",
    "La Côte d'Ivoire a refusé de remettre Simone Gbagbo à la Cour pénale internationale.",
    "Le gouvernement de la Côte d'Ivoire a annoncé que Simone Gbagbo ne sera pas livrée à la CPI.",
])
def test_a_refusal_to_hand_over_in_french(spec, text: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, DAY, "refusal", language="fr")] == [(SIMONE, "CIV")]


@pytest.mark.parametrize("text", [
    # a handover promised, accepted or done, a question, a condition: no refusal
    "La Côte d'Ivoire a accepté de transférer Simone Gbagbo à la CPI.",
    "Simone Gbagbo sera transférée devant la Cour pénale internationale, a décidé le gouvernement de la Côte d'Ivoire.",
    "La Côte d'Ivoire a remis Simone Gbagbo à la CPI samedi.",
    "Simone Gbagbo ne sera pas jugée à Abidjan si elle est transférée à la CPI.",
])
def test_no_refusal_from_a_handover_promised_or_done(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "refusal", language="fr") == []
