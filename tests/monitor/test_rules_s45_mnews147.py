"""Session 45 (issue 12, task mnews147): general rules from the dev errors of real-news batch 147 (docs/monitor.md, "Batch 147
(session 45)"). Each shape in the languages the monitor reads, with controls that must not fire; the words are data in
``data/lookups/monitor_words.yaml`` (English's in ``monitor/lexicon.py``). The sentences are written for the tests; the names are
the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

PUTIN = "vladimir-vladimirovich-putin"


def typed(spec, text: str, language: str, kind: str, date: str = "2024-10-25") -> set[tuple[str | None, str | None]]:  # noqa: ANN001
    doc = make_document(text, date=date, language=language)
    return {(c.person, c.state) for c in extract_candidates(doc, spec, mode="rules") if c.type == kind}


# 1. A finding of non-compliance told as a violation of the Statute itself ("concluded that Mongolia violated the Rome Statute
#    by not arresting X", 'resolvió que Mongolia violó el Estatuto de Roma al no atender la solicitud'), as "violated its
#    obligations"; and the Spanish and Portuguese ruling told by 'resolver' ('resolvió por unanimidad que …'), as English "ruled".
@pytest.mark.parametrize(("text", "language"), [
    ("The Pre-Trial Chamber concluded that Mongolia violated the Rome Statute by not arresting Vladimir Putin during his visit.", "en"),
    ("La Chambre préliminaire a conclu que la Mongolie a violé le Statut de Rome en n'arrêtant pas Vladimir Poutine.", "fr"),
    ("La Sala de Cuestiones Preliminares concluyó que Mongolia violó el Estatuto de Roma al no detener a Vladimir Putin.", "es"),
    ("La Corte Penal Internacional resolvió por unanimidad que Mongolia violó el Estatuto de Roma al no atender la solicitud de "
     "arresto de Vladimir Putin.", "es"),
    ("A Câmara de Questões Preliminares concluiu que a Mongólia violou o Estatuto de Roma ao não prender Vladimir Putin.", "pt"),
    ("La Camera preliminare ha concluso che la Mongolia ha violato lo Statuto di Roma non arrestando Vladimir Putin.", "it"),
    ("Die Vorverfahrenskammer stellte fest, dass die Mongolei das Römische Statut verletzt hat, weil sie Wladimir Putin nicht "
     "festnahm.", "de"),
])
def test_finding_told_as_a_violation_of_the_statute(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert typed(spec, text, language, "noncompliance_finding") == {(PUTIN, "MNG")}


# 2. The failure told as the State's refusal to cooperate, the Chamber's act its finding ('la Sala concluyó que Mongolia se negó a
#    cooperar'), and the ruling told by 'resolver' with a failure of the known words.
@pytest.mark.parametrize(("text", "language"), [
    ("The judges found that Mongolia refused to cooperate with the Court.", "en"),
    ("Les juges ont constaté que la Mongolie a refusé de coopérer avec la Cour.", "fr"),
    ("La Sala concluyó que Mongolia se negó a cooperar con la Corte.", "es"),
    ("A Câmara concluiu que a Mongólia se recusou a cooperar com o Tribunal.", "pt"),
    ("La Camera ha stabilito che la Mongolia si è rifiutata di cooperare con la Corte.", "it"),
    ("Die Kammer stellte fest, dass die Mongolei die Zusammenarbeit mit dem Gericht verweigert hat.", "de"),
    ("La Corte Penal Internacional resolvió por unanimidad que Mongolia incumplió sus obligaciones.", "es"),
    ("O Tribunal Penal Internacional resolveu por unanimidade que a Mongólia descumpriu suas obrigações.", "pt"),
])
def test_finding_told_as_a_refusal_to_cooperate(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert typed(spec, text, language, "noncompliance_finding") == {(None, "MNG")}


@pytest.mark.parametrize(("text", "language"), [
    # controls: the same words said by others than the Court, a finding still to come, a State's own decision
    ("Amnesty International said Mongolia violated the Rome Statute by not arresting Vladimir Putin.", "en"),
    ("Amnistía Internacional afirmó que Mongolia violó el Estatuto de Roma al no detener a Vladimir Putin.", "es"),
    ("Selon Amnesty, la Mongolie a violé le Statut de Rome.", "fr"),
    ("The Chamber will decide next month whether Mongolia violated the Rome Statute.", "en"),
    ("Ucrania denunció que Mongolia se negó a cooperar con la Corte Penal Internacional.", "es"),
    ("Die Ukraine erklärte, die Mongolei habe die Zusammenarbeit mit dem Strafgerichtshof verweigert.", "de"),
    ("O governo da Mongólia recusou-se a cooperar com o Tribunal Penal Internacional, disse a Ucrânia.", "pt"),
    ("L'Ucraina ha detto che la Mongolia si è rifiutata di cooperare con la Corte penale internazionale.", "it"),
    ("El Gobierno de Mongolia resolvió no detener a Vladimir Putin durante su visita.", "es"),
])
def test_finding_controls(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert typed(spec, text, language, "noncompliance_finding") == set()


# 3. German leaving told by the treaty word 'vom Statut zurücktreten' (the Statute its object, inside the words of leaving), and
#    the Statute by its Swiss and Austrian name ('Römer Statut'), as 'aus dem Römischen Statut austreten'.
@pytest.mark.parametrize("text", [
    "Die Regierung kündigte an, Ungarn werde vom Römischen Statut zurücktreten.",
    "Ungarn werde vom Römischen Statut zurücktreten, kündigte die Regierung an.",
    "Orbán rollte ihm den roten Teppich aus und kündigte an, Ungarn werde vom Römer Statut, der vertraglichen Grundlage des IStGH, "
    "zurücktreten.",
    "Die Regierung kündigte an, Ungarn werde aus dem Römer Statut austreten.",
])
def test_withdrawal_told_as_zuruecktreten_vom_statut(spec, text: str) -> None:  # noqa: ANN001
    assert typed(spec, text, "de", "withdrawal_announced", date="2025-04-10") == {(None, "HUN")}


@pytest.mark.parametrize("text", [
    # controls: a minister who resigns, a call to leave, a leaving denied, the Statute named with no leaving
    "Der ungarische Justizminister tritt zurück, teilte die Regierung am Donnerstag mit.",
    "Die Opposition fordert, Ungarn solle vom Römischen Statut zurücktreten.",
    "Orbán kündigte an, Ungarn werde nicht vom Römischen Statut zurücktreten.",
    "Ungarn ist seit 2001 Vertragsstaat des Römer Statuts.",
])
def test_withdrawal_zuruecktreten_controls(spec, text: str) -> None:  # noqa: ANN001
    assert typed(spec, text, "de", "withdrawal_announced", date="2025-04-10") == set()
