"""Session 47 (issue 12, task mnews153): what batch 153's dev part showed, each as the general shape in the languages the monitor
reads. Sentences written for the test (none copied from a page of the set), with controls that must not change. The names are
the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

KONY = "joseph-kony"
OTTI = "vincent-otti"
HLAING = "min-aung-hlaing"

# 1. An unsealing told by the calque of 'unseal' (French 'desceller', Spanish 'desprecintar'), as translated agency copy writes
#    it: 'la Cour a descellé des mandats d'arrêt contre A et B', 'desprecintó las órdenes de detención contra A y B'. Each person
#    named is an unsealing of their own.
CALQUE = [
    ("fr", "La Cour pénale internationale a descellé mardi les mandats d'arrêt contre Joseph Kony et Vincent Otti."),
    ("fr", "Les mandats d'arrêt contre Joseph Kony et Vincent Otti ont été descellés mardi par la Cour pénale internationale."),
    ("es", "La Corte Penal Internacional desprecintó el martes las órdenes de detención contra Joseph Kony y Vincent Otti."),
    ("es", "Las órdenes de detención contra Joseph Kony y Vincent Otti fueron desprecintadas el martes por la Corte Penal Internacional."),
]


@pytest.mark.parametrize(("language", "text"), CALQUE, ids=[f"{c[0]}{i}" for i, c in enumerate(CALQUE)])
def test_an_unsealing_told_by_the_calque_of_unseal(spec, language: str, text: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2005-10-13", "warrant_unsealed", language=language)
    assert sorted(p for p, _, _ in got) == [KONY, OTTI]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "La défense a demandé aux juges de desceller le mandat d'arrêt contre Joseph Kony."),
    ("es", "La defensa pidió a los jueces desprecintar la orden de detención contra Joseph Kony."),
], ids=["fr", "es"])
def test_an_unsealing_only_asked_for_is_none(spec, language: str, text: str) -> None:  # noqa: ANN001
    # control: the act asked of the judges, not done (ACT_ASKED_BEFORE, read before the verb)
    assert _typed(spec, text, "2005-10-13", "warrant_unsealed", language=language) == []


def test_the_french_made_public_still_reads(spec) -> None:  # noqa: ANN001
    # control: the words the French family already read
    text = "La Cour pénale internationale a rendu public mardi le mandat d'arrêt contre Joseph Kony."
    assert [p for p, _, _ in _typed(spec, text, "2005-10-13", "warrant_unsealed", language="fr")] == [KONY]


# 2. A national court's warrant told with the court in the subject and the warrant's verb as a gerund after the main verb ('a
#    judge of a federal court in Buenos Aires took a step ... by issuing arrest warrants for X'): the gerund's subject is the
#    clause's, so the issuer is that court, however long the words between (rules_court._other_court_issuer read only the last
#    ten words before the verb). A subject that is the Court stays the Court's.
NATIONAL = [
    ("en", "On Thursday, a judge of a federal criminal court in Buenos Aires, Argentina, took a significant step toward "
           "accountability for the crimes against the Rohingya by issuing arrest warrants for Min Aung Hlaing and 24 other officers."),
    ("en", "Last week a district court in Dhaka, which has heard survivors for two years, answered the victims' long campaign in "
           "issuing an arrest warrant for Min Aung Hlaing."),
]
COURT_SUBJECT = [
    ("en", "On Thursday, the judges of the International Criminal Court took a significant step toward accountability for the "
           "crimes against the Rohingya by issuing an arrest warrant for Min Aung Hlaing."),
    ("en", "On Thursday, a judge in Buenos Aires said the International Criminal Court had taken a significant step by "
           "issuing an arrest warrant for Min Aung Hlaing."),
]


@pytest.mark.parametrize(("language", "text"), NATIONAL, ids=[f"{c[0]}{i}" for i, c in enumerate(NATIONAL)])
def test_a_national_courts_warrant_told_by_a_gerund_is_none(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-02-14", "warrant_issued", language=language) == []


@pytest.mark.parametrize(("language", "text"), COURT_SUBJECT, ids=[f"{c[0]}{i}" for i, c in enumerate(COURT_SUBJECT)])
def test_the_courts_own_warrant_told_by_a_gerund_stays(spec, language: str, text: str) -> None:  # noqa: ANN001
    # controls: the Court is the gerund's subject, or named after a speaker as the one who issued
    assert [p for p, _, _ in _typed(spec, text, "2025-02-14", "warrant_issued", language=language)] == [HLAING]
