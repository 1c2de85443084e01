"""Session 30 (issue 12): the Court referring a State to the Assembly of States Parties or the Security Council, told by the
referral alone, in the five other languages the monitor reads. English read it ('referred Mongolia to the Assembly of States
Parties', ``STATE_REFERRED``) and the other languages found nothing: the pattern was a plain English expression in
``rules_court``. It is now a lexicon family (with ``REFERRAL_NOT_MADE``, the words that make it only weighed, asked for or
denied), each language adding its verbs and forums in data/lookups/monitor_words.yaml. Sentences written for the purpose,
each with contrasts: the Council referring a situation to the Court, a referral weighed, asked for or denied. The names are
only the record's, as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed

DAY = "2025-05-07"  # a Wednesday; "Monday" is 2025-05-05


@pytest.mark.parametrize(("language", "text", "state"), [
    ("en", "The Pre-Trial Chamber on Monday referred Mongolia to the Assembly of States Parties.", "MNG"),
    ("fr", "La Chambre préliminaire a renvoyé lundi la Mongolie devant l'Assemblée des États parties.", "MNG"),
    ("fr", "La Chambre a transmis lundi sa décision concernant le Tchad au Conseil de sécurité.", "TCD"),
    ("es", "La Sala de Cuestiones Preliminares remitió el lunes a Mongolia a la Asamblea de los Estados Partes.", "MNG"),
    ("es", "Los jueces de la CPI remitieron el lunes a Yibuti al Consejo de Seguridad.", "DJI"),
    ("de", "Die Vorverfahrenskammer verwies die Mongolei am Montag an die Versammlung der Vertragsstaaten.", "MNG"),
    ("de", "Die Richter haben die Mongolei am Montag an den UN-Sicherheitsrat verwiesen.", "MNG"),
    ("it", "La Camera preliminare ha deferito lunedì la Mongolia all'Assemblea degli Stati parte.", "MNG"),
    ("it", "I giudici hanno segnalato lunedì il Ciad al Consiglio di sicurezza dell'Onu.", "TCD"),
    ("pt", "O Juízo de Instrução remeteu na segunda-feira a Mongólia à Assembleia dos Estados Partes.", "MNG"),
    ("pt", "Os juízes do TPI encaminharam na segunda-feira o Chade ao Conselho de Segurança.", "TCD"),
])
def test_a_referral_told_as_done_is_a_finding(spec, language, text, state) -> None:  # noqa: ANN001
    assert [(st, d) for _, st, d in typed(spec, text, DAY, "noncompliance_finding", language=language)] == [(state, "2025-05-05")]


@pytest.mark.parametrize(("language", "text"), [
    # the Council referring a situation to the Court goes the other way
    ("en", "The Security Council referred the situation in Darfur to the Court in 2005."),
    ("fr", "Le Conseil de sécurité a renvoyé la situation au Darfour devant la Cour en 2005."),
    ("es", "El Consejo de Seguridad remitió la situación de Libia a la Corte."),
    ("de", "Der Sicherheitsrat überwies die Lage in Libyen an den Gerichtshof."),
    ("it", "Il Consiglio di sicurezza ha deferito la situazione in Libia alla Corte."),
    ("pt", "O Conselho de Segurança remeteu a situação na Líbia ao Tribunal."),
    # weighed, asked for or denied
    ("fr", "Les juges pourraient renvoyer la Mongolie devant l'Assemblée des États parties."),
    ("fr", "La Chambre n'a pas renvoyé la Mongolie devant l'Assemblée des États parties lundi."),
    ("es", "La fiscalía pidió remitir a Mongolia a la Asamblea de los Estados Partes."),
    ("es", "La Sala no remitió a Mongolia a la Asamblea de los Estados Partes el lunes."),
    ("de", "Die Kammer hat die Mongolei nicht an die Versammlung der Vertragsstaaten verwiesen."),
    ("it", "I giudici potrebbero deferire la Mongolia all'Assemblea degli Stati parte."),
    ("pt", "Os juízes não remeteram a Mongólia à Assembleia dos Estados Partes na segunda-feira."),
])
def test_no_referral_made_is_no_finding(spec, language, text) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "noncompliance_finding", language=language) == []
