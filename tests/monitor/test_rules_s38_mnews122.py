"""Session 38 (issue 12, batches 122-123's dev errors). Two general rules, tested with sentences written for the test and
contrasts that must not fire; the words are data in ``data/lookups/monitor_words.yaml`` (English's in monitor/lexicon.py).
The names are the record's, used as examples (no State or person is special-cased).

1. A participle of handing over that qualifies a warrant or a decision written right before it ('le mandat d'arrêt rendu par la
   Cour à La Haye', 'la orden de arresto entregada a la CPI', 'il mandato d'arresto consegnato alla Corte', 'o mandado de prisão
   entregue ao TPI') is the thing's, not a person handed over: no surrender (an arrest the sentence tells is kept).
2. A State's or a body's statement on "the decision of the Court on <day> to issue a warrant against X" tells the warrant, of that
   day ('la décision de la CPI, mercredi, de délivrer un mandat d'arrêt contre X', 'la decisión de la CPI del miércoles de emitir una
   orden de arresto', 'la decisione della CPI di mercoledì di emettere un mandato d'arresto', 'a decisão do TPI, na quarta-feira,
   de emitir um mandado de prisão', 'die Entscheidung des IStGH vom Mittwoch, einen Haftbefehl gegen X zu erlassen'); a decision
   told without its day ("appealed the decision to issue the warrant"), or only awaited ("the decision whether to issue"), is not.
"""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NGAISSONA = "patrice-edouard-ngaissona"
BASHIR = "omar-hassan-ahmad-al-bashir"
DAY = "2018-12-13"  # a Thursday: 'mercredi', 'Wednesday' is 2018-12-12


# --- 1. a thing's participle of handing over: no surrender ---

@pytest.mark.parametrize(("text", "language"), [
    ("Les autorités françaises ont annoncé mercredi avoir arrêté Patrice-Edouard Ngaïssona dès son arrivée sur le territoire "
     "français en réponse au mandat d'arrêt rendu par la Cour à La Haye.", "fr"),
    ("Las autoridades francesas anunciaron el miércoles que detuvieron a Patrice-Edouard Ngaïssona a su llegada a Francia en "
     "cumplimiento de la orden de arresto entregada a la CPI.", "es"),
    ("Le autorità francesi hanno annunciato mercoledì di aver arrestato Patrice-Edouard Ngaïssona al suo arrivo in Francia in "
     "esecuzione del mandato d'arresto consegnato alla Corte.", "it"),
    ("As autoridades francesas anunciaram na quarta-feira que prenderam Patrice-Edouard Ngaïssona à sua chegada à França em "
     "cumprimento do mandado de prisão entregue ao TPI.", "pt"),
])
def test_a_warrants_participle_of_handing_over_is_no_surrender(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "surrender", language=language) == []
    assert [(p, s) for p, s, _ in _typed(spec, text, DAY, "arrest", language=language)] == [(NGAISSONA, "FRA")]


@pytest.mark.parametrize(("text", "language"), [
    ("Patrice-Edouard Ngaïssona, visé par un mandat d'arrêt de la Cour, a été remis mercredi à la Cour à La Haye par la France.",
     "fr"),
    ("Patrice-Edouard Ngaïssona, objeto de una orden de arresto, fue entregado el miércoles a la CPI por Francia.", "es"),
    ("Patrice-Edouard Ngaïssona, colpito da un mandato d'arresto, è stato consegnato mercoledì alla Corte dalla Francia.", "it"),
    ("Patrice-Edouard Ngaïssona, alvo de um mandado de prisão, foi entregue na quarta-feira ao TPI pela França.", "pt"),
])
def test_a_person_handed_over_after_the_warrants_clause_is_still_a_surrender(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [p for p, _, _ in _typed(spec, text, DAY, "surrender", language=language)] == [NGAISSONA]


# --- 2. the decision of the Court on a day to issue a warrant: the warrant ---

@pytest.mark.parametrize(("text", "language"), [
    ("South Africa's Minister of Foreign Affairs has noted the decision of the International Criminal Court on Wednesday to issue "
     "an arrest warrant against the President of Sudan Omar al-Bashir.", "en"),
    ("The minister noted the ICC's decision on Wednesday to issue an arrest warrant against Sudanese President Omar al-Bashir.",
     "en"),
    ("Le ministre a pris acte de la décision de la Cour pénale internationale, mercredi, de délivrer un mandat d'arrêt contre le "
     "président soudanais Omar el-Béchir.", "fr"),
    ("El ministro tomó nota de la decisión de la Corte Penal Internacional del miércoles de emitir una orden de arresto contra el "
     "presidente sudanés Omar al Bashir.", "es"),
    ("Il ministro ha preso atto della decisione della Corte penale internazionale di mercoledì di emettere un mandato d'arresto "
     "contro il presidente sudanese Omar al Bashir.", "it"),
    ("O ministro tomou nota da decisão do Tribunal Penal Internacional, na quarta-feira, de emitir um mandado de prisão contra o "
     "presidente sudanês Omar al-Bashir.", "pt"),
    ("Der Minister nahm die Entscheidung des Internationalen Strafgerichtshofs vom Mittwoch, einen Haftbefehl gegen den "
     "sudanesischen Präsidenten Omar al-Baschir zu erlassen, zur Kenntnis.", "de"),
])
def test_the_courts_decision_of_a_day_to_issue_a_warrant_is_the_warrant(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2009-03-05", "warrant_issued", language=language) == [(BASHIR, None, "2009-03-04")]


@pytest.mark.parametrize(("text", "language"), [
    ("Sudan appealed the decision of the International Criminal Court to issue an arrest warrant against Omar al-Bashir.", "en"),
    ("The judges are expected to announce on Wednesday their decision whether to issue an arrest warrant against Omar al-Bashir.",
     "en"),
    ("Le Soudan a fait appel de la décision de la Cour pénale internationale de délivrer un mandat d'arrêt contre Omar el-Béchir.",
     "fr"),
    ("Sudán apeló la decisión de la Corte Penal Internacional de emitir una orden de arresto contra Omar al Bashir.", "es"),
    ("Il Sudan ha impugnato la decisione della Corte penale internazionale di emettere un mandato d'arresto contro Omar al Bashir.",
     "it"),
    ("O Sudão recorreu da decisão do Tribunal Penal Internacional de emitir um mandado de prisão contra Omar al-Bashir.", "pt"),
    ("Der Sudan focht die Entscheidung des Internationalen Strafgerichtshofs an, einen Haftbefehl gegen Omar al-Baschir zu "
     "erlassen.", "de"),
])
def test_a_decision_to_issue_told_without_its_day_is_no_warrant_of_the_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2009-03-05", "warrant_issued", language=language) == []
