"""Session 33 (issue 12, task mnews96): readings written on batches 96-97's dev errors. Each test holds sentences written for
it (not copied from the real-news set) and contrasts that must not fire. The wordings are general: a Chamber's finding told in
the Spanish perfect ('ha dictaminado que X incumplió'), by the press's other names for the Chamber ('la Cámara Preliminar', 'los
magistrados', 'el TPI') and the failure told by 'al no detener' or 'fracasó en la cooperación', with a trip's clause
'aprovechando una visita'; a surrender told in Italian by 'trasferito presso la Corte' or by the State's gerund ('consegnando X
ai rappresentanti della Corte'); a trip made told by Italian 'è andato in'. No State or person is special-cased: the names are
the record's, used as examples, and each sentence's day comes after the person's warrant."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed

BASHIR = "omar-hassan-ahmad-al-bashir"
DUTERTE = "rodrigo-roa-duterte"
# a page of Thursday 2017-07-06
FINDING_DAY = "2017-07-06"


# --- 1. a finding told in the Spanish perfect, by the Chamber's other names --------------------------------------------------

@pytest.mark.parametrize(("text", "state"), [
    ("La Sala de Cuestiones Preliminares de la Corte Penal Internacional ha dictaminado que Jordania incumplió sus obligaciones "
     "al no detener a Omar al Bashir.", "JOR"),
    ("La Cámara Preliminar II del Tribunal Penal Internacional ha concluido que Jordania no cumplió con la petición de arrestar "
     "y entregar a Omar al Bashir.", "JOR"),
    ("Los magistrados han decidido que Chad fracasó en la cooperación con el TPI al no detener y entregar a Omar al Bashir.", "TCD"),
    ("El Tribunal Penal Internacional ha dictaminado que Jordania incumplió sus obligaciones al no detener a Omar al Bashir "
     "aprovechando una visita oficial en marzo de 2017, pero ha rehusado remitir el caso al Consejo de Seguridad.", "JOR"),
])
def test_a_finding_in_the_spanish_perfect_is_read(spec, text: str, state: str) -> None:  # noqa: ANN001
    assert typed(spec, text, FINDING_DAY, "noncompliance_finding", language="es") == [(BASHIR, state, FINDING_DAY)], text


@pytest.mark.parametrize("text", [
    # the failure said by someone who is not the Court, a finding only asked for, a hearing on whether it failed
    "Amnistía Internacional ha dicho que Jordania incumplió sus obligaciones al no detener a Omar al Bashir.",
    "El fiscal ha pedido a la Sala que determine que Jordania incumplió sus obligaciones al no detener a Omar al Bashir.",
    "La Sala de Cuestiones Preliminares debe decidir si Jordania incumplió sus obligaciones al no detener a Omar al Bashir.",
])
def test_a_failure_said_by_others_or_asked_for_is_no_finding(spec, text: str) -> None:  # noqa: ANN001
    assert typed(spec, text, FINDING_DAY, "noncompliance_finding", language="es") == [], text


# --- 2. a surrender told in Italian by 'presso la Corte' or by the State's gerund ---------------------------------------------

# a page of Wednesday 2025-03-12
SURRENDER_DAY = "2025-03-12"


@pytest.mark.parametrize("text", [
    "L'ex presidente Rodrigo Duterte è stato trasferito nelle prime ore di oggi presso la Corte penale internazionale.",
    "Le autorità hanno eseguito la richiesta, consegnando Rodrigo Duterte ai rappresentanti della Corte penale internazionale.",
])
def test_an_italian_transfer_to_the_court_is_a_surrender(spec, text: str) -> None:  # noqa: ANN001
    assert [v for v in typed(spec, text, SURRENDER_DAY, "surrender", language="it") if v[0] == DUTERTE and v[2] == SURRENDER_DAY], text


@pytest.mark.parametrize("text", [
    # a surrender only supposed, one denied, a meeting at the Court's premises
    "Rodrigo Duterte potrebbe essere trasferito presso la Corte penale internazionale nelle prossime settimane.",
    "Le autorità hanno respinto la richiesta, non consegnando Rodrigo Duterte ai rappresentanti della Corte penale internazionale.",
    "Il ministro ha incontrato presso la Corte penale internazionale i giudici che seguono il caso di Rodrigo Duterte.",
])
def test_an_italian_transfer_not_made_is_no_surrender(spec, text: str) -> None:  # noqa: ANN001
    assert typed(spec, text, SURRENDER_DAY, "surrender", language="it") == [], text


# --- 3. a trip made told by Italian 'è andato in' -----------------------------------------------------------------------------

# a page of Monday 2015-06-15: 'il 14 giugno' is the day before
TRIP_DAY = "2015-06-15"


def test_an_italian_trip_told_by_andato_is_a_visit(spec) -> None:  # noqa: ANN001
    text = "Omar al Bashir è andato in Giordania il 14 giugno per partecipare a un vertice regionale."
    assert typed(spec, text, TRIP_DAY, "visit", language="it") == [(BASHIR, "JOR", "2015-06-14")]


@pytest.mark.parametrize("text", [
    # 'andato' without a place, a trip denied, a trip only supposed
    "Per Omar al Bashir il vertice in Giordania è andato male.",
    "Omar al Bashir non è andato in Giordania per il vertice regionale.",
    "Se Omar al Bashir fosse andato in Giordania, avrebbe dovuto essere arrestato.",
])
def test_andato_without_a_trip_made_is_no_visit(spec, text: str) -> None:  # noqa: ANN001
    assert typed(spec, text, TRIP_DAY, "visit", language="it") == [], text
