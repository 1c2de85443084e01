"""Session 46 (issue 12, task mnews151): general rules for the shapes of States' acts the task names (a withdrawal by a decree or by
a law promulgated, the act refused, a statement of organisations, a finding only supposed, a statement on behalf of a counted
group of States; docs/monitor.md, "Batch 151 (session 46)"). Batch 151's dev part gave no error on its first run, so these rules
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


# 3. A statement signed by organisations, not States: no joint statement. English reads "organisations" and "rights groups" as
#    words of non-governmental signers (``NGO``), French shares the word; Spanish 'organizaciones', Italian 'organizzazioni',
#    Portuguese 'organizações' and German '…organisationen' (a compound: 'Menschenrechtsorganisationen') were not read, so twenty
#    organisations' joint statement was taken for one of States.
@pytest.mark.parametrize(("text", "language"), [
    ("More than 20 human rights organisations signed a joint statement on Tuesday in support of the International Criminal Court.",
     "en"),
    ("Plus de 20 organisations de défense des droits humains ont signé mardi une déclaration commune de soutien à la Cour pénale "
     "internationale.", "fr"),
    ("Más de 20 organizaciones de derechos humanos firmaron el martes una declaración conjunta en apoyo a la Corte Penal "
     "Internacional.", "es"),
    ("Più di 20 organizzazioni per i diritti umani hanno firmato martedì una dichiarazione congiunta a sostegno della Corte penale "
     "internazionale.", "it"),
    ("Mais de 20 organizações de direitos humanos assinaram na terça-feira uma declaração conjunta de apoio ao Tribunal Penal "
     "Internacional.", "pt"),
    ("Mehr als 20 Menschenrechtsorganisationen unterzeichneten am Dienstag eine gemeinsame Erklärung zur Unterstützung des "
     "Internationalen Strafgerichtshofs.", "de"),
])
def test_organisations_statement_is_no_joint_statement(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "joint_statement", language=language) == []


# Controls: States' joint statements told by their count stay, in each language.
@pytest.mark.parametrize(("text", "language"), [
    ("Seventy-nine States Parties issued a joint statement on Tuesday reaffirming their support for the International Criminal "
     "Court.", "en"),
    ("Setenta y nueve Estados Partes firmaron el martes una declaración conjunta de apoyo a la Corte Penal Internacional.", "es"),
    ("Settantanove Stati parte hanno firmato martedì una dichiarazione congiunta a sostegno della Corte penale internazionale.", "it"),
    ("Setenta e nove Estados Partes assinaram na terça-feira uma declaração conjunta de apoio ao Tribunal Penal Internacional.", "pt"),
    ("79 Vertragsstaaten haben am Dienstag in einer gemeinsamen Erklärung ihre Unterstützung für den Internationalen "
     "Strafgerichtshof bekräftigt.", "de"),
])
def test_states_joint_statement_stays(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [d for _, _, d in _typed(spec, text, DAY, "joint_statement", language=language)] == [TUESDAY]


# 4. A finding only supposed: the Chamber's verb of finding after a modal or a condition ("The Court could find that Mongolia
#    failed to comply", "may find", "would have to find", "if they find", 'La Cour pourrait conclure que') is no finding made, as
#    a finding asked for is not (``FINDING_ASKED``). Spanish, Italian, Portuguese and German gave none already (parity controls).
@pytest.mark.parametrize(("text", "language"), [
    ("The Court could find that Mongolia failed to comply with its obligations and refer the matter to the Assembly of States "
     "Parties.", "en"),
    ("The Court may find that Mongolia failed to comply with its obligations.", "en"),
    ("The judges could refer the matter to the Assembly of States Parties if they find that Mongolia failed to cooperate.", "en"),
    ("The Court would have to find that Mongolia failed to comply before referring the matter to the Assembly of States Parties.",
     "en"),
    ("La Cour pourrait conclure que la Mongolie a manqué à ses obligations et renvoyer la question à l'Assemblée des États parties.",
     "fr"),
    ("La Corte podría concluir que Mongolia incumplió sus obligaciones y remitir el asunto a la Asamblea de los Estados Partes.", "es"),
    ("La Corte potrebbe stabilire che la Mongolia è venuta meno ai suoi obblighi e deferire la questione all'Assemblea degli Stati "
     "parte.", "it"),
    ("O Tribunal poderia concluir que a Mongólia não cumpriu as suas obrigações e remeter a questão à Assembleia dos Estados Partes.",
     "pt"),
    ("Der Gerichtshof könnte feststellen, dass die Mongolei ihre Pflichten verletzt hat, und die Sache an die Versammlung der "
     "Vertragsstaaten verweisen.", "de"),
])
def test_finding_only_supposed_is_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "noncompliance_finding", language=language) == []


# Controls: the finding made stays, the month May before it included ("In May the Chamber found …" is no modal).
@pytest.mark.parametrize(("text", "language"), [
    ("Pre-Trial Chamber II found on Tuesday that Mongolia failed to comply with its obligations by not arresting Vladimir Putin "
     "and referred the matter to the Assembly of States Parties.", "en"),
    ("La Chambre préliminaire II a conclu mardi que la Mongolie avait manqué à ses obligations en n'arrêtant pas Vladimir Poutine "
     "et a renvoyé la question à l'Assemblée des États parties.", "fr"),
])
def test_finding_made_stays(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(s, d) for _, s, d in _typed(spec, text, DAY, "noncompliance_finding", language=language)] == [("MNG", TUESDAY)]


def test_finding_in_may_is_no_modal(spec) -> None:  # noqa: ANN001
    text = "In May the Chamber found that Mongolia failed to comply with its obligations by not arresting Vladimir Putin."
    assert [s for _, s, _ in _typed(spec, text, "2025-06-04", "noncompliance_finding", language="en")] == ["MNG"]


# 5. One State's statement made on behalf of a counted group of States ("Mexico delivered on Tuesday a statement on behalf of 48
#    States in support of the Court", 'au nom de 48 États', 'en nombre de 48 Estados', 'a nome di 48 Stati', 'em nome de 48
#    Estados', 'im Namen von 48 Staaten'): a joint statement told by its count. Not a statement on behalf of an organisation's own
#    members ("on behalf of its member States").
@pytest.mark.parametrize(("text", "language"), [
    ("Mexico delivered on Tuesday a statement on behalf of 48 States in support of the International Criminal Court.", "en"),
    ("Le Mexique a prononcé mardi une déclaration au nom de 48 États en soutien à la Cour pénale internationale.", "fr"),
    ("México leyó el martes una declaración en nombre de 48 Estados en apoyo a la Corte Penal Internacional.", "es"),
    ("Il Messico ha letto martedì una dichiarazione a nome di 48 Stati a sostegno della Corte penale internazionale.", "it"),
    ("O México leu na terça-feira uma declaração em nome de 48 Estados em apoio ao Tribunal Penal Internacional.", "pt"),
    ("Mexiko verlas am Dienstag im Namen von 48 Staaten eine Erklärung zur Unterstützung des Internationalen Strafgerichtshofs.",
     "de"),
])
def test_statement_on_behalf_of_counted_states_is_joint(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [d for _, _, d in _typed(spec, text, DAY, "joint_statement", language=language)] == [TUESDAY]


@pytest.mark.parametrize(("text", "language"), [
    ("The European Union delivered on Tuesday a statement on behalf of its member States in support of the International "
     "Criminal Court.", "en"),
    ("L'Union européenne a prononcé mardi une déclaration au nom de ses États membres en soutien à la Cour pénale internationale.",
     "fr"),
    ("Mexico delivered on Tuesday a statement on behalf of 48 States condemning the International Criminal Court.", "en"),
])
def test_statement_on_behalf_of_own_members_or_against_is_not_joint(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "joint_statement", language=language) == []
