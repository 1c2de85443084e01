"""Session 37 (issue 12, batches 118-119's dev errors): an arrest or a handover asked for in a subordinate clause of purpose or
request, told by the present subjunctive of the passive ('afin que X soit arrêté et remis à la Cour', 'para que X sea detenido y
entregado', 'affinché X sia arrestato e consegnato', 'para que X seja preso e entregue'), is no fact; and an arrest told in the
pluperfect with a time of hours before the news ('war Stunden zuvor … festgenommen worden', 'had been arrested hours earlier')
is the day's news, not a background act."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

BASHIR = "omar-hassan-ahmad-al-bashir"
DUTERTE = "rodrigo-roa-duterte"


# --- an arrest or handover asked for by the subjunctive of the passive: nothing ---

@pytest.mark.parametrize(("text", "language"), [
    ("La Cour pénale internationale (CPI) a demandé mercredi à la République centrafricaine d'adopter toutes les mesures "
     "nécessaires afin que le Président soudanais Omar Al Bachir soit arrêté et remis à la Cour, au cas et dès le moment où "
     "il arrive sur son territoire.", "fr"),
    ("La Corte Penal Internacional (CPI) pidió el miércoles a la República Centroafricana que adopte todas las medidas "
     "necesarias para que el presidente sudanés Omar al Bashir sea detenido y entregado a la Corte en cuanto llegue a su "
     "territorio.", "es"),
    ("La Corte penale internazionale (CPI) ha chiesto mercoledì alla Repubblica Centrafricana di adottare tutte le misure "
     "necessarie affinché il presidente sudanese Omar al Bashir sia arrestato e consegnato alla Corte al suo arrivo sul suo "
     "territorio.", "it"),
    ("O Tribunal Penal Internacional (TPI) pediu na quarta-feira à República Centro-Africana que adote todas as medidas "
     "necessárias para que o presidente sudanês Omar al-Bashir seja preso e entregue ao Tribunal quando chegar ao seu "
     "território.", "pt"),
])
def test_an_arrest_asked_by_the_subjunctive_is_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2010-12-01", "arrest", language=language) == []
    assert _typed(spec, text, "2010-12-01", "surrender", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Omar Al Bachir a été arrêté mercredi à Bangui sur un mandat d'arrêt de la Cour pénale internationale.", "fr"),
    ("Omar al Bashir fue detenido el miércoles en Bangui con una orden de detención de la Corte Penal Internacional.", "es"),
    ("Omar al Bashir è stato arrestato mercoledì a Bangui su mandato della Corte penale internazionale.", "it"),
    ("Omar al-Bashir foi preso na quarta-feira em Bangui com um mandado do Tribunal Penal Internacional.", "pt"),
])
def test_an_arrest_told_as_made_still_reads(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2010-12-02", "arrest", language=language)] == [(BASHIR, "CAF")]


# --- an arrest in the pluperfect, hours before the news: the day's news ---

@pytest.mark.parametrize(("text", "language"), [
    ("Der ehemalige philippinische Staatspräsident Rodrigo Duterte wird nach einem Haftbefehl des Internationalen "
     "Strafgerichtshofs (IStGH) nach Den Haag gebracht. Duterte war einige Stunden zuvor nach seiner Ankunft aus Hongkong am "
     "internationalen Flughafen der Hauptstadt Manila von der philippinischen Polizei festgenommen worden.", "de"),
    ("Former Philippine president Rodrigo Duterte is being flown to The Hague on a warrant of the International Criminal Court. "
     "Duterte had been arrested hours earlier by the Philippine police at Manila airport on his arrival from Hong Kong.", "en"),
    ("L'ancien président philippin Rodrigo Duterte est en route vers La Haye sur un mandat de la Cour pénale internationale. "
     "Duterte avait été arrêté quelques heures plus tôt par la police philippine à l'aéroport de Manille.", "fr"),
    ("El expresidente filipino Rodrigo Duterte vuela hacia La Haya por una orden de la Corte Penal Internacional. Duterte "
     "había sido detenido horas antes por la policía filipina en el aeropuerto de Manila.", "es"),
    ("O ex-presidente filipino Rodrigo Duterte está a caminho de Haia por um mandado do Tribunal Penal Internacional. Duterte "
     "tinha sido preso horas antes pela polícia filipina no aeroporto de Manila.", "pt"),
])
def test_an_arrest_in_the_pluperfect_hours_before_is_the_days_news(spec, text: str, language: str) -> None:  # noqa: ANN001
    # (Italian's 'era stato arrestato' is read as no arrest even with a day of its own, 'era stato arrestato martedì': another
    # reading, left as it was; monitor_words.yaml gives Italian's HOURS_BEFORE for when that one is lifted)
    assert _typed(spec, text, "2025-03-11", "arrest", language=language) == [(DUTERTE, "PHL", "2025-03-11")]


@pytest.mark.parametrize(("text", "language"), [
    ("Der Strafgerichtshof verhandelt gegen Rodrigo Duterte. Duterte war vor Jahren in Manila festgenommen worden.", "de"),
    ("The Court is hearing the case of Rodrigo Duterte. Duterte had been arrested in Manila.", "en"),
    ("La Cour pénale internationale juge Rodrigo Duterte. Duterte avait été arrêté à Manille.", "fr"),
])
def test_an_arrest_in_the_pluperfect_with_no_such_time_stays_background(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-09-23", "arrest", language=language) == []
