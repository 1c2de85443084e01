"""Session 43 (issue 12, task mnews140): general rules from the dev errors of real-news batch 140 (docs/monitor.md, "Batch 140
(session 43)"). Each shape in the languages the monitor reads where it exists, with controls that must not fire; the words are
data in ``data/lookups/monitor_words.yaml`` (English's in ``monitor/lexicon.py``). The names are the record's, used as examples
(no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"


# 1. A withdrawal revoked told as given up ('desistiu ... de se retirar', 'desistió de retirarse', 'ha rinunciato a ritirarsi',
#    'verzichtet auf den Austritt', "dropped its plan to withdraw"): no withdrawal announced, though the sentence names an act
#    ('declarar', a court's) and the leaving.
@pytest.mark.parametrize(("text", "language"), [
    ("A África do Sul desistiu formalmente nesta terça-feira de se retirar do Tribunal Penal Internacional, semanas após a Justiça "
     "declarar inconstitucional o gesto do governo de se desligar da corte.", "pt"),
    ("Sudáfrica desistió formalmente el martes de retirarse de la Corte Penal Internacional, semanas después de que la justicia "
     "declarara inconstitucional la decisión.", "es"),
    ("Il Sudafrica ha rinunciato martedì a ritirarsi dalla Corte penale internazionale, dopo che un tribunale ha dichiarato "
     "incostituzionale la decisione.", "it"),
    ("Südafrika verzichtet auf den Austritt aus dem Internationalen Strafgerichtshof, wie die Regierung am Dienstag erklärte.", "de"),
    ("South Africa formally dropped its plan to withdraw from the International Criminal Court on Tuesday, the government "
     "announced.", "en"),
])
def test_withdrawal_given_up(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2017-03-08", "withdrawal_announced", language=language) == []
    assert _typed(spec, text, "2017-03-08", "withdrawal_notified", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    # controls: the leaving announced, no word of giving it up
    ("A África do Sul anunciou nesta terça-feira que vai se retirar do Tribunal Penal Internacional.", "pt"),
    ("South Africa announced on Tuesday that it will withdraw from the International Criminal Court.", "en"),
])
def test_withdrawal_announced_still_read(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2017-03-08", "withdrawal_announced", language=language) == [(None, "ZAF", "2017-03-07")]


# 2. A State's leaving told by its leader's act, in the past, the State its object ('Duterte retiró ayer a Filipinas de la CPI',
#    "Duterte yesterday withdrew the Philippines from the ICC"): the State's announced withdrawal, on the act's day. Not the
#    same act recalled in a relative clause nor with a past year, nor denied.
@pytest.mark.parametrize(("text", "language"), [
    ("Tras meses de amenazas, el presidente Rodrigo Duterte retiró ayer a Filipinas de la Corte Penal Internacional (CPI), a la que "
     "acusó de ataques intolerables.", "es"),
    ("After months of threats, President Rodrigo Duterte yesterday withdrew the Philippines from the International Criminal Court.",
     "en"),
    ("Le président Rodrigo Duterte a retiré hier les Philippines de la Cour pénale internationale.", "fr"),
    ("O presidente Rodrigo Duterte retirou ontem as Filipinas do Tribunal Penal Internacional.", "pt"),
    ("Il presidente Rodrigo Duterte ha ritirato ieri le Filippine dalla Corte penale internazionale.", "it"),
])
def test_state_withdrawn_by_its_leader(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2018-03-15", "withdrawal_announced", language=language) == [(None, "PHL", "2018-03-14")]


@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte, who withdrew the Philippines from the International Criminal Court, was arrested yesterday.", "en"),
    ("Rodrigo Duterte withdrew the Philippines from the International Criminal Court in 2019.", "en"),
    ("Rodrigo Duterte, que retiró a Filipinas de la Corte Penal Internacional en 2018, fue detenido ayer.", "es"),
    ("Rodrigo Duterte, quien retiró a Filipinas de la Corte Penal Internacional, fue detenido ayer.", "es"),
    ("Le président n'a pas retiré les Philippines de la Cour pénale internationale.", "fr"),
])
def test_state_withdrawn_recalled_or_denied(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-12", "withdrawal_announced", language=language) == []


# 3. A withdrawal bill presented by the State or its government ('L'Ungheria ha presentato la proposta di legge per ritirarsi dalla
#    Corte penale internazionale', "Hungary's government submitted a bill to withdraw from the ICC"): the government's decision to
#    leave, announced (the set labels a parliament's steps so); a bill tabled by members of parliament, or one with no presenter
#    told, stays a proposal (session 30).
@pytest.mark.parametrize(("text", "language"), [
    ("L'Ungheria ha presentato la proposta di legge per ritirarsi dalla Corte penale internazionale (Cpi).", "it"),
    ("Hungary has submitted a bill to withdraw from the International Criminal Court.", "en"),
    ("The Hungarian government submitted a bill to withdraw from the Rome Statute.", "en"),
    ("El Gobierno de Hungría presentó un proyecto de ley para retirarse de la Corte Penal Internacional.", "es"),
    ("Le gouvernement hongrois a présenté un projet de loi visant à retirer la Hongrie de la Cour pénale internationale.", "fr"),
    ("O governo da Hungria apresentou um projeto de lei para se retirar do Tribunal Penal Internacional.", "pt"),
])
def test_withdrawal_bill_presented_by_government(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-15", "withdrawal_announced", language=language) == [(None, "HUN", "2025-04-15")]


@pytest.mark.parametrize(("text", "language"), [
    ("A bill to withdraw Hungary from the Rome Statute was tabled.", "en"),
    ("Opposition lawmakers in Hungary submitted a bill to withdraw from the International Criminal Court.", "en"),
    ("Alcuni deputati dell'opposizione in Ungheria hanno presentato una proposta di legge per ritirarsi dalla Corte penale "
     "internazionale.", "it"),
])
def test_withdrawal_bill_of_others_stays_a_proposal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-15", "withdrawal_announced", language=language) == []


# 4. A finding told as the judges' denunciation of the State before the Assembly or the Court's oversight body ('Un panel de jueces
#    de la CPI denunció el jueves a Mongolia ante la organización de supervisión de la corte por no arrestar a X'), as English "reported
#    Mongolia to the court's oversight organization for failing to arrest": a noncompliance finding. Not a State's denunciation.
@pytest.mark.parametrize(("text", "language"), [
    ("Un panel de jueces de la Corte Penal Internacional (CPI) denunció el jueves a Mongolia ante la organización de supervisión de "
     "la corte por no arrestar al presidente ruso Vladímir Putin cuando visitó la nación asiática el mes pasado.", "es"),
    ("Os juízes do Tribunal Penal Internacional denunciaram na quinta-feira a Mongólia ao órgão de supervisão do tribunal por não "
     "prender o presidente russo Vladimir Putin.", "pt"),
    ("I giudici della Corte penale internazionale hanno denunciato giovedì la Mongolia all'organo di controllo della Corte per non "
     "aver arrestato il presidente russo Vladimir Putin.", "it"),
    ("Les juges de la Cour pénale internationale ont signalé jeudi la Mongolie à l'organe de contrôle de la Cour pour ne pas avoir "
     "arrêté le président russe Vladimir Poutine.", "fr"),
    ("A panel of judges at the International Criminal Court on Thursday reported Mongolia to the court's oversight organization for "
     "failing to arrest Russian President Vladimir Putin.", "en"),
])
def test_finding_told_as_denunciation_to_oversight_body(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-10-25", "noncompliance_finding", language=language)
    assert [g[1:] for g in got] == [("MNG", "2024-10-24")], got


@pytest.mark.parametrize(("text", "language"), [
    ("Ucrania denunció el jueves a Mongolia ante el Consejo de Seguridad por no arrestar al presidente ruso Vladímir Putin.", "es"),
    ("Los jueces de la Corte Penal Internacional podrían denunciar a Mongolia ante la Asamblea de los Estados Partes.", "es"),
])
def test_denunciation_not_the_courts(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-10-25", "noncompliance_finding", language=language) == []


def test_finding_dated_by_the_denunciation_not_the_headline(spec) -> None:  # noqa: ANN001
    # the headline's 'el mes pasado' (the visit) stands nearer the judges' noun than the verb's 'el jueves': the finding is the verb's
    text = ("CPI denuncia a Mongolia por no arrestar a Putin durante su visita el mes pasado\n"
            "Un panel de jueces de la Corte Penal Internacional (CPI) denunció el jueves a Mongolia ante la organización de supervisión "
            "de la corte por no arrestar al presidente ruso Vladímir Putin cuando visitó la nación asiática el mes pasado.")
    got = _typed(spec, text, "2024-10-25", "noncompliance_finding", language="es")
    assert [g[1:] for g in got] == [("MNG", "2024-10-24")], got


@pytest.mark.parametrize(("text", "language"), [
    ("Los jueces de la Corte Penal Internacional no denunciaron a Mongolia ante la organización de supervisión de la corte.", "es"),
    ("Os juízes do Tribunal Penal Internacional não denunciaram a Mongólia ao órgão de supervisão do tribunal.", "pt"),
    ("I giudici della Corte penale internazionale non hanno denunciato la Mongolia all'organo di controllo della Corte.", "it"),
])
def test_denunciation_denied_is_no_finding(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-10-25", "noncompliance_finding", language=language) == []
