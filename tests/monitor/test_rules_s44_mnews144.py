"""Session 44 (issue 12, task mnews144): general rules from the dev errors of real-news batch 144 (docs/monitor.md, "Batch 144
(session 44)"). Each shape in the languages the monitor reads where it exists, with controls that must not fire; the words are
data in ``data/lookups/monitor_words.yaml`` (English's in ``monitor/lexicon.py``). The sentences are written for the tests; the
names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

NETANYAHU = "benjamin-netanyahu"


# 1. A government's act that lets the person come "without (facing) the risk of arrest" ('sans risque d'être arrêté', 'sin
#    riesgo de ser detenido', 'sem risco de ser preso', 'senza rischio di essere arrestato', 'ohne eine Festnahme fürchten zu
#    müssen'): the State's refusal, as "without being arrested" after a word of leave given. Not the same words told of what
#    happened by an observer (no leave given), nor the risk itself ("would face the risk of arrest"), nor a guarantee only
#    required ('requeriría una garantía … de que se le permitirá ingresar … sin riesgo de arresto').
@pytest.mark.parametrize(("text", "language"), [
    ("Poland's government adopted a resolution on Thursday allowing Benjamin Netanyahu to attend the ceremony without facing the "
     "risk of arrest.", "en"),
    ("Le gouvernement de la Pologne a adopté jeudi une résolution qui permet à Benjamin Netanyahu d'assister à la cérémonie sans "
     "risque d'être arrêté.", "fr"),
    ("El Gobierno de Polonia aprobó el jueves una resolución que permite a Benjamin Netanyahu asistir a la ceremonia sin riesgo de "
     "ser detenido.", "es"),
    ("O governo da Polônia aprovou na quinta-feira uma resolução que permite a Benjamin Netanyahu participar da cerimônia sem risco "
     "de ser preso.", "pt"),
    ("Il governo della Polonia ha approvato giovedì una risoluzione che permette a Benjamin Netanyahu di partecipare alla cerimonia "
     "senza rischio di essere arrestato.", "it"),
    ("Die Regierung Polens hat am Donnerstag beschlossen, dass Benjamin Netanjahu an der Gedenkfeier teilnehmen kann, ohne eine "
     "Festnahme fürchten zu müssen.", "de"),
])
def test_leave_to_come_without_risk_of_arrest(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert facts_of_language(spec, text, language) == {(NETANYAHU, "POL")}


@pytest.mark.parametrize(("text", "language"), [
    # controls: what happened told by an observer (no leave given), the risk itself, a pledge to arrest
    ("Benjamin Netanyahu landed in Warsaw on Thursday without facing the risk of arrest, the newspaper noted.", "en"),
    ("Benjamin Netanyahu would face the risk of arrest if he travelled to Poland, a lawyer said.", "en"),
    ("Benjamin Netanyahou a atterri jeudi à Varsovie sans risque d'être arrêté, a noté le journal.", "fr"),
    ("Benjamin Netanyahu aterrizó el jueves en Varsovia sin riesgo de ser detenido, señaló el diario.", "es"),
    ("Poland's government said on Thursday that Benjamin Netanyahu would be arrested if he came to the ceremony.", "en"),
    # a guarantee only required or asked for: a condition of the trip, no government's word
    ("Benjamin Netanyahu's visit would require a formal guarantee from Poland's government that he will be allowed to enter without "
     "any risk of arrest.", "en"),
    ("La visita de Benjamin Netanyahu requeriría una garantía formal del gobierno de Polonia de que se le permitirá ingresar al país "
     "sin riesgo de arresto.", "es"),
])
def test_risk_of_arrest_controls(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert facts_of_language(spec, text, language) == set()


def facts_of_language(spec, text: str, language: str) -> set[tuple[str | None, str | None]]:  # noqa: ANN001
    doc = make_document(text, date="2025-01-10", language=language)
    return {(c.person, c.state) for c in extract_candidates(doc, spec, mode="rules") if c.type == "refusal"}


# 2. A State's leaving told by its joining others who leave ("The Gambia joins South Africa and Burundi in withdrawing from the
#    ICC", "Gambia joins African queue to leave ICC", 'rejoint … en se retirant', 'se suma a … para abandonar', 'junta-se a … na
#    saída', 'si unisce a … per uscire'): the joining State's withdrawal announced, not the States it joins (named after the verb,
#    background). Not a joining only urged, supposed or to come.
@pytest.mark.parametrize(("text", "title", "language"), [
    ("The Gambia joins South Africa and Burundi in withdrawing from the International Criminal Court.", None, "en"),
    ("Gambia joins African queue to leave ICC\nThe small West African nation is the third to go.", None, "en"),
    ("La Gambie rejoint l'Afrique du Sud et le Burundi en se retirant de la Cour pénale internationale.", None, "fr"),
    ("Gambia se suma a Sudáfrica y Burundi para abandonar la Corte Penal Internacional.", None, "es"),
    ("A Gâmbia junta-se à África do Sul e ao Burundi na saída do Tribunal Penal Internacional.", None, "pt"),
    ("Il Gambia si unisce al Sudafrica e al Burundi per uscire dalla Corte penale internazionale.", None, "it"),
])
def test_state_joins_others_leaving(spec, text: str, title: str | None, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2016-10-26", "withdrawal_announced", title=title, language=language)
    assert [st for _, st, _ in got] == ["GMB"]


@pytest.mark.parametrize(("text", "language"), [
    # controls: a joining urged, supposed, to come; the States joined are not the ones announcing here
    ("Activists urged the Gambia to join South Africa and Burundi in withdrawing from the International Criminal Court.", "en"),
    ("The Gambia could join South Africa and Burundi in withdrawing from the International Criminal Court.", "en"),
    ("The Gambia is expected to join South Africa and Burundi in withdrawing from the International Criminal Court.", "en"),
    ("The small West African nation joins South Africa and Burundi in withdrawing from the International Criminal Court.", "en"),
])
def test_state_joins_others_leaving_controls(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2016-10-26", "withdrawal_announced", language=language) == []


# 3. A statement of support whose noun has no count beside it, told with its count of signatories in the sentence just after,
#    the signing told there ("It was signed together with the ministers of 34 other countries", 'Firmada em conjunto com
#    ministros de outros 34 países', 'Fue suscrita junto con …', 'Elle a été signée conjointement avec …', 'È stata sottoscritta
#    insieme ai …', 'Sie wurde gemeinsam mit … unterzeichnet'): a joint statement on the first sentence's day. Not a count of the
#    Court's members with no signing told, nor one of organisations.
def _joint(spec, text: str, date: str, language: str) -> list[tuple[int | None, str]]:  # noqa: ANN001
    doc = make_document(text, date=date, language=language)
    return [(c.announced_count, c.date) for c in extract_candidates(doc, spec, mode="rules") if c.type == "joint_statement"]


@pytest.mark.parametrize(("text", "language"), [
    ("On 27 September in New York, the minister signed a statement in support of the International Criminal Court. It was signed "
     "together with the foreign ministers of 34 other countries.", "en"),
    ("O ministro assinou, no dia 27 de setembro, em Nova York, uma declaração em apoio ao Tribunal Penal Internacional. Firmada em "
     "conjunto com ministros de outros 34 países, a declaração reafirma o compromisso com o tribunal.", "pt"),
    ("El ministro firmó el 27 de septiembre en Nueva York una declaración de apoyo a la Corte Penal Internacional. Fue suscrita "
     "junto con los ministros de otros 34 países.", "es"),
    ("Le ministre a signé le 27 septembre à New York une déclaration d'appui à la Cour pénale internationale. Elle a été signée "
     "conjointement avec les ministres de 34 autres États.", "fr"),
    ("Il ministro ha firmato il 27 settembre a New York una dichiarazione di sostegno alla Corte penale internazionale. È stata "
     "sottoscritta insieme ai ministri di altri 34 Paesi.", "it"),
    ("Der Minister unterzeichnete am 27. September in New York eine Erklärung zur Unterstützung des Internationalen "
     "Strafgerichtshofs. Sie wurde gemeinsam mit den Ministern von 34 weiteren Staaten unterzeichnet.", "de"),
])
def test_joint_statement_counted_in_the_next_sentence(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _joint(spec, text, "2018-10-01", language) == [(34, "2018-09-27")]


@pytest.mark.parametrize(("text", "language"), [
    # controls: a statement of one State, the Court's membership counted after; a statement of organisations
    ("On 27 September Spain issued a statement in support of the International Criminal Court. The Court has 123 States Parties.",
     "en"),
    ("On 27 September Human Rights Watch issued a statement in support of the International Criminal Court. It was signed together "
     "with 34 other organisations.", "en"),
    ("O ministro assinou, no dia 27 de setembro, uma declaração em apoio ao Tribunal Penal Internacional. O tribunal tem 123 "
     "Estados partes.", "pt"),
])
def test_joint_statement_counted_in_the_next_sentence_controls(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _joint(spec, text, "2018-10-01", language) == []

