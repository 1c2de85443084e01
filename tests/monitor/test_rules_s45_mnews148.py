"""Session 45 (issue 12, task mnews148): general rules from the dev errors of real-news batch 148 (docs/monitor.md, "Batch 148
(session 45)"). Each shape in the languages the monitor reads, with controls that must not change; the words are data in
``data/lookups/monitor_words.yaml`` (English's in ``monitor/lexicon.py``). The sentences are written for the tests; the names are
the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"


# 1. A government saying it cannot arrest the person, or that arresting is not its part ('no puede detener', 'no le corresponde
#    detener', 'ne peut pas l'arrêter', 'il ne lui appartient pas de l'arrêter', 'non può arrestarlo', 'non spetta al governo
#    arrestare', 'não pode prender', 'não cabe ao governo prender', 'kann Putin nicht festnehmen', 'nicht Aufgabe der Regierung,
#    … festzunehmen'), as English "cannot arrest" (already read) and "it is not up to us to arrest": a refusal. The two may be
#    told together with a break between ('no puede, y "no le corresponde", detener a X').
@pytest.mark.parametrize(("text", "language"), [
    ("The president of Mexico said on Thursday that it is not up to his government to arrest Vladimir Putin if he comes to the "
     "inauguration.", "en"),
    ("El presidente de México aseguró el jueves que su Gobierno no puede, y \"no le corresponde\" detener a Vladimir Putin si "
     "acude a la investidura.", "es"),
    ("El presidente de México dijo el jueves que a su Gobierno no le corresponde detener a Vladimir Putin.", "es"),
    ("Le président du Mexique a affirmé jeudi que son gouvernement ne peut pas arrêter Vladimir Putin s'il vient à l'investiture.",
     "fr"),
    ("Le président du Mexique a affirmé jeudi qu'il n'appartient pas à son gouvernement d'arrêter Vladimir Putin.", "fr"),
    ("Il presidente del Messico ha detto giovedì che il suo governo non può arrestare Vladimir Putin se verrà all'insediamento.",
     "it"),
    ("Il presidente del Messico ha detto giovedì che non spetta al suo governo arrestare Vladimir Putin.", "it"),
    ("O presidente do México afirmou na quinta-feira que o seu governo não pode prender Vladimir Putin se ele vier à posse.", "pt"),
    ("O presidente do México afirmou na quinta-feira que não cabe ao seu governo prender Vladimir Putin.", "pt"),
    ("Der Präsident Mexikos sagte am Donnerstag, seine Regierung könne Wladimir Putin nicht festnehmen, falls er zur Amtseinführung "
     "komme.", "de"),
    ("Der Präsident Mexikos sagte am Donnerstag, es sei nicht Aufgabe seiner Regierung, Wladimir Putin festzunehmen.", "de"),
])
def test_cannot_or_not_ours_to_arrest_is_a_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2024-08-09", "refusal", language=language)] == [(PUTIN, "MEX")]


# Controls: an obligation acknowledged or a duty to arrest ('no puede ignorar la orden', 'le corresponde detener'), the Court's own
# lack of police ('La Corte no puede detener a nadie'), and a stop, not an arrest ('ne peut pas arrêter la guerre').
@pytest.mark.parametrize(("text", "language"), [
    ("El Gobierno de México no puede ignorar la orden de detención contra Vladimir Putin, dijo el jueves la cancillería.", "es"),
    ("El presidente de México dijo el jueves que a su Gobierno le corresponde detener a Vladimir Putin si viaja al país.", "es"),
    ("La Corte Penal Internacional no puede detener a nadie por sí misma: depende de los Estados para arrestar a Vladimir Putin.",
     "es"),
    ("Le président du Mexique a dit jeudi que personne ne peut arrêter la guerre que mène Vladimir Putin.", "fr"),
    ("Il presidente del Messico ha detto giovedì che il governo non può ignorare il mandato contro Vladimir Putin.", "it"),
    ("O presidente do México afirmou na quinta-feira que o governo não pode ignorar o mandado contra Vladimir Putin.", "pt"),
])
def test_duty_or_other_sense_is_no_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-08-09", "refusal", language=language) == []


# 2. A date told in a relative clause opened after the fact's trigger ("… decided to withdraw South Africa from the court, which
#    last month issued a warrant against X") is that clause's act's, not the fact's: the withdrawal is not dated by it (and, told
#    in the pluperfect with no day of its own, gives nothing). The same in the other languages ('de la Cour, qui le mois dernier
#    a émis', 'de la Corte, que el mes pasado emitió', 'dalla Corte, che il mese scorso ha emesso', 'do Tribunal, que no mês
#    passado emitiu', 'aus dem Gericht, das im vergangenen Monat … erlassen hat').
@pytest.mark.parametrize(("text", "language"), [
    ("Hours earlier, the president had said the party had decided to withdraw South Africa from the court, which last month issued "
     "an arrest warrant against Vladimir Putin.", "en"),
    ("Quelques heures plus tôt, le président avait dit que le parti avait décidé de retirer l'Afrique du Sud de la Cour, qui le mois "
     "dernier a émis un mandat d'arrêt contre Vladimir Poutine.", "fr"),
    ("Horas antes, el presidente había dicho que el partido había decidido retirar a Sudáfrica de la Corte, que el mes pasado emitió "
     "una orden de arresto contra Vladimir Putin.", "es"),
    ("Ore prima, il presidente aveva detto che il partito aveva deciso di ritirare il Sudafrica dalla Corte, che il mese scorso ha "
     "emesso un mandato di arresto contro Vladimir Putin.", "it"),
    ("Horas antes, o presidente tinha dito que o partido tinha decidido retirar a África do Sul do Tribunal, que no mês passado "
     "emitiu um mandado de prisão contra Vladimir Putin.", "pt"),
])
def test_date_of_a_relative_clause_after_the_trigger_is_not_the_withdrawals(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-04-26", "withdrawal_announced", language=language) == []


# Controls: the withdrawal's own date, before or right after its trigger, still dates it; and the relative clause's own act
# keeps the date of its clause (the warrant issued 'last month').
@pytest.mark.parametrize(("text", "language", "kind", "expected"), [
    ("Last week, South Africa announced that it would withdraw from the court, which it accuses of bias.", "en",
     "withdrawal_announced", [(None, "ZAF", "2023-04")]),
    ("South Africa announced on Monday that it will withdraw from the International Criminal Court.", "en",
     "withdrawal_announced", [(None, "ZAF", "2023-04-24")]),
])
def test_own_date_still_dates_the_fact(spec, text: str, language: str, kind: str, expected: list) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-04-26", kind, language=language) == expected


# 3. An explainer's question opening the sentence or a headline's part after a colon ("Why Kinshasa cannot arrest X", 'RDC :
#    pourquoi Kinshasa ne peut pas arrêter X', 'Por qué …', 'Ecco perché …', 'Por que …', 'Warum …'): the writer's analysis of what
#    a State can do, no government's word: no refusal. Controls: the same words told by the government keep the refusal.
BASHIR = "omar-hassan-ahmad-al-bashir"


@pytest.mark.parametrize(("text", "language"), [
    ("DRC: why Kinshasa cannot arrest Omar al-Bashir on its soil", "en"),
    ("Why Kinshasa cannot arrest Omar al-Bashir on its soil", "en"),
    ("RDC : pourquoi Kinshasa ne peut pas arrêter Omar el-Béchir sur son sol", "fr"),
    ("RDC: por qué Kinsasa no puede detener a Omar al Bashir en su territorio", "es"),
    ("RDC: ecco perché Kinshasa non può arrestare Omar al-Bashir sul suo territorio", "it"),
    ("RDC: por que Kinshasa não pode prender Omar al-Bashir em seu território", "pt"),
    ("DR Kongo: Warum Kinshasa Omar al-Baschir nicht festnehmen kann", "de"),
])
def test_explainers_why_is_no_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2014-02-27", "refusal", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("The government of the DRC said on Wednesday that it cannot arrest Omar al-Bashir on its soil.", "en"),
    ("Le gouvernement congolais a affirmé mercredi qu'il ne peut pas arrêter Omar el-Béchir sur son sol.", "fr"),
])
def test_the_governments_own_word_keeps_the_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2014-02-27", "refusal", language=language)] == [(BASHIR, "COD")]


# 4. The noun "communication" is no act of leaving ("South Africa is not planning to quit the court, his office says, citing a
#    communication error"): only the verb ("communicated its decision to withdraw") is read as the State's act.
def test_a_communication_error_is_no_act_of_leaving(spec) -> None:  # noqa: ANN001
    text = ("South Africa is not planning to quit the International Criminal Court, the presidency says, citing a communication "
            "error. The statement was short.")
    assert _typed(spec, text, "2023-04-26", "withdrawal_announced", language="en") == []


def test_a_withdrawal_communicated_is_still_read(spec) -> None:  # noqa: ANN001
    text = ("South Africa communicated on Monday its decision to withdraw from the Rome Statute of the International Criminal Court. "
            "The statement was short.")
    assert _typed(spec, text, "2023-04-26", "withdrawal_announced", language="en") == [(None, "ZAF", "2023-04-24")]
