"""Session 42 (issue 12, task mnews137): general rules written from the dev errors of batch 137 (docs/monitor.md, "Batch 137
(session 42)"). Each rule is tested with sentences written for the test in the languages the monitor reads where the phenomenon
exists in them, and with controls that must not fire. The names are the record's, used as examples (no State or person is
special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates


def _joint(spec, text: str, date: str, language: str) -> list[tuple[int | None, str | None]]:  # noqa: ANN001
    doc = make_document(text, date=date, language=language)
    return [(c.announced_count, c.date) for c in extract_candidates(doc, spec, mode="rules") if c.type == "joint_statement"]


# 1. A finding told by the noun of a failed fulfilment of the State's obligations ('per il mancato adempimento degli obblighi di
#    cooperazione', 'il mancato rispetto dei suoi obblighi'), as English 'for its failure to comply with its obligations',
#    French 'pour manquement à ses obligations', Spanish 'por el incumplimiento de sus obligaciones': a Chamber's finding.
@pytest.mark.parametrize(("text", "state"), [
    ("La Camera preliminare I della Corte penale internazionale ha deciso, a maggioranza, di deferire l'Italia all'Assemblea "
     "degli Stati parte per il mancato adempimento degli obblighi di cooperazione.", "ITA"),
    ("La Camera preliminare II della Corte penale internazionale ha constatato il mancato rispetto degli obblighi di "
     "cooperazione della Mongolia.", "MNG"),
])
def test_a_finding_told_by_a_failed_fulfilment_in_italian(spec, text: str, state: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2026-01-27", "noncompliance_finding", language="it")
    assert [s for _, s, _ in got] == [state]


@pytest.mark.parametrize("text", [
    # no Chamber acts: a government's fear of a failure
    "Il governo teme il mancato adempimento degli obblighi di cooperazione dell'Italia.",
    # a referral only weighed: no finding made
    "La Camera preliminare potrebbe deferire l'Italia all'Assemblea per il mancato adempimento degli obblighi di cooperazione.",
    # a general duty, no State's failure: the judges say domestic law cannot justify a failure
    "I giudici della Camera preliminare ribadiscono che il diritto interno non giustifica il mancato adempimento degli obblighi.",
])
def test_a_failed_fulfilment_control(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2026-01-27", "noncompliance_finding", language="it") == []


# 2. A joint statement whose support is told in the sentence just before, by States denouncing the sanctions against the Court
#    ('Cerca de 80 membros do TPI denunciaram esta sexta-feira as sanções dos Estados Unidos contra o tribunal. …, alertaram os
#    79 signatários de uma declaração conjunta'), its count given as signatories: the joint statement, dated by that sentence.
@pytest.mark.parametrize(("text", "language"), [
    ("Cerca de 80 dos 125 membros do Tribunal Penal Internacional denunciaram esta sexta-feira as sanções dos Estados Unidos contra "
     "o tribunal. “Hoje, o tribunal está a enfrentar desafios sem precedentes”, alertaram os 79 signatários de uma declaração conjunta.",
     "pt"),
    ("Unos 80 de los 125 miembros de la Corte Penal Internacional denunciaron este viernes las sanciones de Estados Unidos contra "
     "la Corte. “Hoy, la Corte enfrenta desafíos sin precedentes”, advirtieron los 79 signatarios de una declaración conjunta.", "es"),
    ("Quelque 80 des 125 membres de la Cour pénale internationale ont dénoncé ce vendredi les sanctions des États-Unis contre "
     "la Cour. « Aujourd'hui, la Cour fait face à des défis sans précédent », ont averti les 79 signataires d'une déclaration commune.",
     "fr"),
    ("Circa 80 dei 125 membri della Corte penale internazionale hanno denunciato venerdì le sanzioni degli Stati Uniti contro "
     "la Corte. «Oggi la Corte affronta sfide senza precedenti», hanno avvertito i 79 firmatari di una dichiarazione congiunta.", "it"),
    ("Some 80 of the 125 members of the International Criminal Court on Friday denounced the US sanctions against the court. "
     "\"Today, the court faces unprecedented challenges,\" warned the 79 signatories of a joint statement.", "en"),
])
def test_a_joint_statement_supported_in_the_sentence_before(spec, text: str, language: str) -> None:  # noqa: ANN001
    # the page of Saturday 8 February 2025: Friday is the 7th
    assert _joint(spec, text, "2025-02-08", language) == [(79, "2025-02-07")]


@pytest.mark.parametrize(("text", "language"), [
    # the sentence before tells non-governmental organisations, not States
    ("Cerca de 80 organizações não-governamentais denunciaram esta sexta-feira as sanções dos Estados Unidos contra o tribunal. "
     "“Hoje, o tribunal está a enfrentar desafios sem precedentes”, alertaram os 80 signatários de uma declaração conjunta.", "pt"),
    # no support anywhere: a joint statement on another matter
    ("Los ministros se reunieron este viernes en Bruselas. Los 79 signatarios de una declaración conjunta pidieron más comercio.", "es"),
])
def test_a_joint_statement_supported_before_control(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _joint(spec, text, "2025-02-08", language) == []


PUTIN = "vladimir-vladimirovich-putin"


# 3. An invitation told as the occasion of a trip already set ("X's upcoming trip to A is said to be prompted by an invitation from
#    President Y", "At the invitation of Y, X will travel to A"): the trip to come, not a trip made (it read as a visit) nor one only
#    invited to.
@pytest.mark.parametrize("text", [
    "Vladimir Putin's upcoming trip to Mongolia is said to be prompted by an invitation from President Ukhnaa Khurelsukh.",
    "Vladimir Putin's forthcoming visit to Mongolia comes at the invitation of President Ukhnaa Khurelsukh.",
])
def test_an_invitation_as_the_occasion_of_a_trip_to_come(spec, text: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2024-08-30", "planned_visit", language="en")] == [(PUTIN, "MNG")]
    assert _typed(spec, text, "2024-08-30", "visit", language="en") == []


@pytest.mark.parametrize(("text", "kind", "want"), [
    # an invitation alone: no trip yet
    ("Vladimir Putin has been invited to visit Mongolia next week.", "planned_visit", []),
    # a trip made, its invitation its occasion: still the visit made
    ("Vladimir Putin's trip to Mongolia last week was prompted by an invitation from President Ukhnaa Khurelsukh.", "visit",
     [(PUTIN, "MNG")]),
])
def test_an_invitation_as_occasion_control(spec, text: str, kind: str, want: list) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2024-08-30", kind, language="en")] == want


# 4. The place of the alleged acts named by their noun ("allegations of child abduction in Ukraine", "the deportation of children
#    from Ukraine"): what the case is about, not a trip's destination (as Italian 'deportazione', 'bambini' before a State).
@pytest.mark.parametrize("text", [
    "Vladimir Putin will travel to Mongolia on Tuesday, his first trip since the warrant over the deportation of children from Ukraine.",
    "Vladimir Putin's upcoming trip to Mongolia, his first since his warrant related to allegations of child abduction in Ukraine, "
    "is said to be prompted by an invitation from President Ukhnaa Khurelsukh.",
])
def test_the_place_of_the_alleged_acts_is_no_destination(spec, text: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2024-08-30", "planned_visit", language="en")] == [(PUTIN, "MNG")]


# Controls written from the dev half's errors of the first versions of rules 2 and 3 (rules alone): a statement recalled in the
# sentence before with no day of its own, then a State that did not sign it (background, no statement of the page's day); a plan
# told in the past with its invitation ("was earlier expected to travel … at the invitation of").
def test_a_joint_statement_recalled_before_without_a_day_control(spec) -> None:  # noqa: ANN001
    text = ("Il medesimo giorno, 79 Stati membri della CPI hanno adottato una dichiarazione che esprime sostegno alla Corte. "
            "L'Italia non ha sottoscritto la dichiarazione congiunta, alla quale hanno invece aderito gli altri Stati membri "
            "dell'Unione europea.")
    assert _joint(spec, text, "2025-02-10", "it") == []


def test_a_plan_told_in_the_past_with_its_invitation_control(spec) -> None:  # noqa: ANN001
    text = ("Vladimir Putin was earlier expected to travel to Turkey at the invitation of President Recep Tayyip Erdogan and the "
            "latest announcement has cast a shadow over that trip.")
    assert _typed(spec, text, "2023-09-01", "planned_visit", language="en") == []
