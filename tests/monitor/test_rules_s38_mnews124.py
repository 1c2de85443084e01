"""Session 38 (issue 12, task mnews124): general rules from the dev part of real-news batch 124. Each rule is tested with
sentences written for the test and contrasts that must not fire; the words are data in ``data/lookups/monitor_words.yaml``
where they are a language's. The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

BASHIR = "omar-hassan-ahmad-al-bashir"
GHALY = "iyad-ag-ghaly"
DAY = "2025-04-03"  # a Thursday


# 1. A State's leaving told in the lead by the announcement itself, in the past, with no day of its own ("Hungary will
#    withdraw from the Court, X announced"; 'Ungarn wird … austreten, wie X verkündete'): the news of the document's day, as
#    the lead's present progressive already was. Before, the candidate had no day and was dropped as background.
@pytest.mark.parametrize(("text", "language"), [
    ("Hungary will withdraw from the International Criminal Court, Gergely Gulyás announced on Facebook.", "en"),
    ("Kenya announced it will withdraw from the International Criminal Court.", "en"),
    ("Ungarn wird aus dem Internationalen Strafgerichtshof austreten, wie Gergely Gulyás auf Facebook verkündete.", "de"),
    ("Kenia wird aus dem Internationalen Strafgerichtshof austreten, teilte die Regierung mit.", "de"),
])
def test_a_withdrawal_announced_in_the_lead_is_the_days_news(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, DAY, "withdrawal_announced", language=language)
    assert len(got) == 1 and got[0][2] == DAY, got


@pytest.mark.parametrize(("text", "language"), [
    ("Hungary announced it might withdraw from the International Criminal Court.", "en"),
    ("Hungary announced in 2016 that it would withdraw from the International Criminal Court.", "en"),
    ("Ungarn könnte aus dem Internationalen Strafgerichtshof austreten, wie Gulyás verkündete.", "de"),
    # the conditional and the imperfect of a time ago (traps of earlier sessions that the first version made fire)
    ("Le Mali et le Niger annonceraient leur retrait de la CPI.", "fr"),
    ("Un anno fa l'Ungheria annunciava che si sarebbe ritirata dalla Cpi.", "it"),
    ("A year ago Hungary announced it would withdraw from the International Criminal Court.", "en"),
])
def test_a_withdrawal_doubted_or_of_another_day_is_not_the_days_news(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [d for _, _, d in _typed(spec, text, DAY, "withdrawal_announced", language=language) if d == DAY] == []


def test_a_withdrawal_announced_deep_in_the_text_stays_background(spec) -> None:  # noqa: ANN001
    text = ("Benjamin Netanyahu met Viktor Orbán in Budapest on Thursday. They spoke about trade. They spoke about energy. "
            "They spoke about security. Later, the talks turned to the region. Kenya announced it will withdraw from the "
            "International Criminal Court.")
    assert _typed(spec, text, DAY, "withdrawal_announced", language="en") == []


# 2. A warrant made public with the time told between commas ('a rendu public, ce vendredi 21 juin, le mandat d'arrêt'):
#    the unsealing, in each language that tells it so.
@pytest.mark.parametrize(("text", "language"), [
    ("La Chambre préliminaire I de la CPI a rendu public, ce vendredi 21 juin, le mandat d’arrêt émis contre Iyad Ag Ghaly.", "fr"),
    ("La Sala de Cuestiones Preliminares I de la CPI hizo pública, este viernes 21 de junio, la orden de detención contra "
     "Iyad Ag Ghaly.", "es"),
    ("La Camera preliminare I della CPI ha reso pubblico, venerdì 21 giugno, il mandato d'arresto contro Iyad Ag Ghaly.", "it"),
    ("A Câmara de Instrução I do TPI tornou público, nesta sexta-feira, 21 de junho, o mandado de prisão contra Iyad Ag Ghaly.",
     "pt"),
])
def test_a_warrant_made_public_with_the_day_between_commas(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-06-21", "warrant_unsealed", language=language) == [(GHALY, None, "2024-06-21")]


@pytest.mark.parametrize(("text", "language"), [
    ("La CPI a rendu public, ce vendredi 21 juin, un rapport sur le mandat d’arrêt émis contre Iyad Ag Ghaly.", "fr"),
    ("La CPI hizo público, este viernes 21 de junio, un informe sobre la orden de detención contra Iyad Ag Ghaly.", "es"),
])
def test_a_report_made_public_about_a_warrant_is_no_unsealing(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-06-21", "warrant_unsealed", language=language) == []


# 3. A Chamber's finding told as a State that 'failed in its duty to arrest' X: the finding; the stay recalled in the same
#    sentence ('when he was in the country') takes no day from the finding's ('on Thursday').
def test_failed_in_its_duty_to_arrest_is_a_finding_and_the_stay_is_recalled(spec) -> None:  # noqa: ANN001
    text = "The ICC on Thursday found South Africa had failed in its duty to arrest Bashir when he was in the country."
    assert [(p, s, d) for p, s, d in _typed(spec, text, "2017-07-07", "noncompliance_finding", language="en")
            if s == "ZAF"] != [] and all(d == "2017-07-06" for _, _, d in _typed(spec, text, "2017-07-07", "noncompliance_finding",
                                                                                 language="en"))
    # the rules keep the recalled stay without a day (the assembly drops an undated stay that is not the day's news)
    assert [d for _, _, d in _typed(spec, text, "2017-07-07", "visit", language="en") if d] == []


def test_a_stay_told_with_its_own_day_keeps_it(spec) -> None:  # noqa: ANN001
    text = "Bashir arrived in Johannesburg on Thursday for the summit."
    assert _typed(spec, text, "2017-07-07", "visit", language="en") == [(BASHIR, "ZAF", "2017-07-06")]


def test_a_duty_named_without_failure_is_no_finding(spec) -> None:  # noqa: ANN001
    text = "The ICC said on Thursday that South Africa had a duty to arrest Bashir."
    assert _typed(spec, text, "2017-07-07", "noncompliance_finding", language="en") == []


# 4. An immunity denied ('nicht durch Immunität geschützt', as English 'not protected by immunity') is no government's word
#    that it need not arrest: the other languages' words before the immunity, as English's IMMUNITY_DOUBTED.
@pytest.mark.parametrize(("text", "language"), [
    ("Omar al-Baschir ist nach einem Urteil des Weltstrafgerichtes nicht durch Immunität geschützt, Jordanien hätte ihn "
     "festnehmen müssen.", "de"),
    ("Selon la Cour, Omar el-Béchir ne bénéficie pas de l'immunité et la Jordanie aurait dû l'arrêter.", "fr"),
    ("Según la Corte, Omar al Bashir no está protegido por la inmunidad y Jordania debió detenerlo.", "es"),
    ("Secondo la Corte, Omar al Bashir non è protetto dall'immunità e la Giordania avrebbe dovuto arrestarlo.", "it"),
    ("Segundo o Tribunal, Omar al-Bashir não está protegido pela imunidade e a Jordânia deveria tê-lo prendido.", "pt"),
])
def test_an_immunity_denied_is_no_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2019-05-06", "refusal", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Jordanien erklärte, Omar al-Baschir genieße Immunität.", "de"),
    ("Jordania afirmó que Omar al Bashir goza de inmunidad.", "es"),
])
def test_an_immunity_claimed_by_the_host_is_still_a_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2017-03-28", "refusal", language=language)] == [(BASHIR, "JOR")]


# 1b. The lead's announcement reads a State leaving the Court only when the word of leaving stands next to the Court's or the
#     Statute's name with no person between, and no signature is withdrawn (dev contrasts found by the measurement).
@pytest.mark.parametrize(("text", "date"), [
    ("El ministro sudanés de Información, Ahmed Bilal Osman, confirmó a la televisora Al Yazira la salida de al Bashir de "
     "Sudáfrica, en momentos en que la Suprema Corte de Pretoria, delibera aún las acciones.", "2015-06-15"),
    ("El Gobierno español se muestra preocupado por el anuncio hecho por la Federación Rusa de retirar su firma del Estatuto "
     "de Roma, por el que establece el Tribunal Penal Internacional (TPI), según un comunicado.", "2016-11-18"),
])
def test_a_persons_departure_or_a_signature_withdrawn_is_no_withdrawal(spec, text: str, date: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, date, "withdrawal_announced", language="es") == []

