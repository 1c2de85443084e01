"""Session 47 (issue 12, task mnews157): batch 157's dev part showed two general shapes the rules missed.

1. A withdrawal notified to the depositary told by the verb "notify" with the depositary as its object, in the headline's
   present or without the article ("Gambia notifies UN of its withdrawal", "has officially notified the UN of its withdrawal"),
   and in French with the depositary as the direct object of 'notifier … de' ('a officiellement notifié l'ONU de son retrait'):
   a withdrawal_notified, not an announcement.
2. A warrant made public with a clause set off by commas between the auxiliary and the participle ('la Chambre a, à la demande
   du Procureur, rendu public le mandat d'arrêt'; 'ha, a petición del Fiscal, hecho pública la orden'; 'ha, su richiesta del
   procuratore, reso pubblico il mandato'; 'tornou, a pedido do procurador, público o mandado'): the unsealing, as the verb
   beside its auxiliary is read. (Left undone: in Spanish, Italian and Portuguese an inset that names the Prosecutor's request,
   'a petición del Fiscal', 'su richiesta del procuratore', 'a pedido do procurador', is still read as an application for a
   warrant, and the sentence gives nothing; the tests use a neutral inset there.)

The sentences are written for the test (none copied from a page of the set), with controls that must not change. The names are
the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

DAY = "2016-11-15"

NOTIFIED = [
    ("en", "Gambia notifies UN of its withdrawal from the International Criminal Court"),
    ("en", "Gambia Officially Notifies UN of Withdrawal From the International Criminal Court"),
    ("en", "The UN said on Monday that Gambia has officially notified it of its withdrawal from the International Criminal Court."),
    ("fr", "La Gambie a officiellement notifié l'ONU de son retrait de la Cour pénale internationale."),
]


@pytest.mark.parametrize(("language", "text"), NOTIFIED, ids=[f"{n[0]}{i}" for i, n in enumerate(NOTIFIED)])
def test_the_depositary_notified_by_the_verb_is_a_withdrawal_notified(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert [s for _, s, _ in _typed(spec, text, DAY, "withdrawal_notified", language=language)] == ["GMB"]
    assert _typed(spec, text, DAY, "withdrawal_announced", language=language) == []


# Controls: a notice only to come, or only feared, gives no notification; a notice of something else than a withdrawal gives none.
NOT_NOTIFIED = [
    ("en", "Gambia will notify the UN of its withdrawal from the International Criminal Court next week."),
    ("en", "Gambia is expected to formally notify the United Nations of its withdrawal from the International Criminal Court."),
    ("en", "Gambia notifies UN of new ambassador."),
    ("fr", "La Gambie notifiera l'ONU de son retrait de la Cour pénale internationale la semaine prochaine."),
]


@pytest.mark.parametrize(("language", "text"), NOT_NOTIFIED, ids=[f"{n[0]}{i}" for i, n in enumerate(NOT_NOTIFIED)])
def test_a_notice_to_come_or_of_another_thing_is_no_notification(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "withdrawal_notified", language=language) == []


P = "iyad-ag-ghaly"
UNSEAL_DAY = "2024-06-21"

INSET = [
    ("fr", "Vendredi, la Chambre préliminaire I de la CPI a, à la demande du Procureur, rendu public le mandat d'arrêt contre Iyad Ag Ghaly."),
    ("es", "El viernes, la Sala de Cuestiones Preliminares ha, tras examinar el expediente, hecho pública la orden de arresto contra Iyad Ag Ghaly."),
    ("it", "Venerdì la Camera preliminare ha, dopo l'esame del fascicolo, reso pubblico il mandato d'arresto contro Iyad Ag Ghaly."),
    ("pt", "Na sexta-feira, a Câmara Preliminar tornou, após o exame do processo, público o mandado de detenção contra Iyad Ag Ghaly."),
]


@pytest.mark.parametrize(("language", "text"), INSET, ids=[i[0] for i in INSET])
def test_a_warrant_made_public_with_a_clause_inside_the_verb_is_unsealed(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert [p for p, _, _ in _typed(spec, text, UNSEAL_DAY, "warrant_unsealed", language=language)] == [P]
    assert _typed(spec, text, UNSEAL_DAY, "warrant_issued", language=language) == []


# Controls: something else made public with the same inset, and an unsealing only asked for, give no unsealing.
NOT_UNSEALED = [
    ("fr", "Vendredi, la Chambre a, à la demande du Procureur, rendu public un rapport sur Iyad Ag Ghaly."),
    ("es", "El viernes, la Sala ha, a petición del Fiscal, hecho público un informe sobre Iyad Ag Ghaly."),
    ("fr", "La défense a demandé aux juges de lever les scellés du mandat d'arrêt contre Iyad Ag Ghaly."),
]


@pytest.mark.parametrize(("language", "text"), NOT_UNSEALED, ids=[f"{n[0]}{i}" for i, n in enumerate(NOT_UNSEALED)])
def test_another_thing_made_public_or_an_unsealing_asked_for_is_none(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, UNSEAL_DAY, "warrant_unsealed", language=language) == []
