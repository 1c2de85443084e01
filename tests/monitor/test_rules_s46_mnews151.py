"""Session 46 (issue 12, task mnews151): general rules for the shapes of States' acts the task names (a withdrawal by a decree or by
a law promulgated; docs/monitor.md, "Batch 151 (session 46)"). Batch 151's dev part gave no error on its first run, so these rules
come from sentences written for the shapes, in the languages the monitor reads, with controls that must not change; the words are
data in ``data/lookups/monitor_words.yaml`` (English's in ``monitor/lexicon.py``). The names are the record's, used as examples (no
State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

# A Wednesday: "Tuesday" in the sentences is the day before.
DAY = "2025-05-21"
TUESDAY = "2025-05-20"


# 1. A State's leaving decreed, or enacted by a law its head of State promulgates or signs into law: the withdrawal announced, as
#    English "promulgated the law providing for the withdrawal" (already read). Spanish and Portuguese read no 'promulgó' /
#    'promulgou' ('promulg' + the past's ending, not English's 'promulgat'), nor Latin American 'sancionó la ley' / 'sancionou a
#    lei' (to sign a bill into law); no language read the decree's verb ("decreed", 'a décrété', 'decretó', 'ha decretato',
#    'decretou', 'per Dekret').
@pytest.mark.parametrize(("text", "language"), [
    ("Burundi's President decreed on Tuesday the country's withdrawal from the Rome Statute of the International Criminal Court.",
     "en"),
    ("Le président burundais a décrété mardi le retrait du pays du Statut de Rome de la Cour pénale internationale.", "fr"),
    ("El presidente de Burundi decretó el martes la retirada del país del Estatuto de Roma de la Corte Penal Internacional.", "es"),
    ("El presidente de Burundi promulgó el martes la ley que prevé la retirada del país de la Corte Penal Internacional.", "es"),
    ("El presidente de Burundi sancionó el martes la ley de retirada del país de la Corte Penal Internacional.", "es"),
    ("Il presidente del Burundi ha decretato martedì il ritiro del Paese dallo Statuto di Roma della Corte penale internazionale.",
     "it"),
    ("O presidente do Burundi decretou na terça-feira a retirada do país do Estatuto de Roma do Tribunal Penal Internacional.", "pt"),
    ("O presidente do Burundi promulgou na terça-feira a lei que prevê a retirada do país do Tribunal Penal Internacional.", "pt"),
    ("O presidente do Burundi sancionou na terça-feira a lei que estabelece a saída do país do Tribunal Penal Internacional.", "pt"),
    ("Der Präsident Burundis verfügte am Dienstag per Dekret den Austritt des Landes aus dem Römischen Statut des Internationalen "
     "Strafgerichtshofs.", "de"),
])
def test_withdrawal_decreed_or_promulgated_is_announced(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "withdrawal_announced", language=language) == [(None, "BDI", TUESDAY)]


# Parity controls already read before this session (they must stay): the law promulgated in English, French and Italian, the decree
# signed, the parliament's vote.
@pytest.mark.parametrize(("text", "language"), [
    ("Burundi's President promulgated on Tuesday the law providing for the country's withdrawal from the International Criminal "
     "Court.", "en"),
    ("Le président burundais a promulgué mardi la loi prévoyant le retrait du pays de la Cour pénale internationale.", "fr"),
    ("Il presidente del Burundi ha promulgato martedì la legge che prevede il ritiro del Paese dalla Corte penale internazionale.",
     "it"),
    ("El presidente de Burundi firmó el martes el decreto de retirada del país del Estatuto de Roma de la Corte Penal Internacional.",
     "es"),
    ("Der Präsident Burundis unterzeichnete am Dienstag ein Dekret über den Austritt des Landes aus dem Römischen Statut des "
     "Internationalen Strafgerichtshofs.", "de"),
    ("O Parlamento do Burundi aprovou na terça-feira a saída do país do Tribunal Penal Internacional.", "pt"),
])
def test_law_signed_or_voted_stays_announced(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "withdrawal_announced", language=language) == [(None, "BDI", TUESDAY)]


# Controls: 'sancionar' as punishing (the United States' sanctions on the Court's judges), a law of cooperation promulgated (no
# leaving), a promulgation only supposed ('podría promulgar'), a decree of something else beside a leaving recalled (in a sentence of
# its own, or after 'two years after'; a semicolon between the two is read as one sentence for 'annoncé' as for 'décrété': left
# as it stands, docs/monitor.md).
@pytest.mark.parametrize(("text", "language"), [
    ("Estados Unidos sancionó el martes a cuatro jueces de la Corte Penal Internacional tras la retirada de Hungría del Estatuto de "
     "Roma.", "es"),
    ("Os Estados Unidos sancionaram na terça-feira quatro juízes do Tribunal Penal Internacional pela saída da Hungria.", "pt"),
    ("O presidente do Brasil promulgou na terça-feira a lei de cooperação com o Tribunal Penal Internacional.", "pt"),
    ("El presidente de Burundi podría promulgar la ley que prevé la retirada del país de la Corte Penal Internacional.", "es"),
    ("Le gouvernement a décrété mardi l'état d'urgence. Le Burundi avait quitté la Cour pénale internationale en 2017.", "fr"),
    ("The government decreed a state of emergency on Tuesday, two years after Burundi left the International Criminal Court.", "en"),
])
def test_other_senses_of_the_words_give_no_withdrawal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "withdrawal_announced", language=language) == []


# 2. The act refused: a head of State refusing or declining to promulgate, sign or decree the leaving ("refused on Tuesday to
#    promulgate the law providing for the withdrawal", 'a refusé de promulguer', 'se negó a promulgar', 'si è rifiutato di
#    firmare', 'recusou-se a promulgar', 'weigerte sich, das Gesetz … zu unterzeichnen'): no withdrawal, the act's verb governed by
#    the refusal. Before, English and French read the refused promulgation as the withdrawal announced.
@pytest.mark.parametrize(("text", "language"), [
    ("Burundi's President refused on Tuesday to promulgate the law providing for the country's withdrawal from the International "
     "Criminal Court.", "en"),
    ("Burundi's President declined on Tuesday to sign the bill withdrawing the country from the Rome Statute.", "en"),
    ("Le président burundais a refusé mardi de promulguer la loi prévoyant le retrait du pays de la Cour pénale internationale.", "fr"),
    ("El presidente de Burundi se negó el martes a promulgar la ley que prevé la retirada del país de la Corte Penal Internacional.",
     "es"),
    ("Il presidente del Burundi si è rifiutato martedì di firmare la legge che prevede il ritiro del Paese dalla Corte penale "
     "internazionale.", "it"),
    ("O presidente do Burundi recusou-se na terça-feira a promulgar a lei que prevê a retirada do país do Tribunal Penal "
     "Internacional.", "pt"),
    ("Der Präsident Burundis weigerte sich am Dienstag, das Gesetz über den Austritt aus dem Römischen Statut des Internationalen "
     "Strafgerichtshofs zu unterzeichnen.", "de"),
])
def test_act_refused_gives_no_withdrawal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "withdrawal_announced", language=language) == []


# Controls: a refusal told of something else in a sentence whose leaving is the State's act ("refused to cooperate … and announced
# its withdrawal"), and an announcement of the leaving that a refusal of the Court's request precedes: the withdrawal stays.
@pytest.mark.parametrize(("text", "language"), [
    ("Burundi, which refused to cooperate with the inquiry, announced on Tuesday its withdrawal from the Rome Statute of the "
     "International Criminal Court.", "en"),
    ("Le Burundi, qui a refusé de coopérer avec l'enquête, a annoncé mardi son retrait du Statut de Rome de la Cour pénale "
     "internationale.", "fr"),
    ("Burundi, que se negó a cooperar con la investigación, anunció el martes su retirada del Estatuto de Roma de la Corte Penal "
     "Internacional.", "es"),
])
def test_refusal_of_another_act_keeps_the_withdrawal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "withdrawal_announced", language=language) == [(None, "BDI", TUESDAY)]
