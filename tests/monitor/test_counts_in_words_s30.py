"""Session 30 (issue 12): a joint statement's count of States written in words in the other languages ("Soixante-dix-neuf
États", "Noventa y tres países", "Dreiundneunzig Staaten"), read as English reads "Seventy-nine nations". The other languages'
counts were read in digits only (session 29); their words are now turned into digits by text2num before the count is read.
Sentences written for the purpose, with a contrast: a number that counts no States."""

from __future__ import annotations

import pytest

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

DAY = "2025-05-07"


def _counts(spec, text: str, language: str) -> list[int | None]:  # noqa: ANN001
    doc = make_document(text, date=DAY, language=language)
    return [c.announced_count for c in extract_candidates(doc, spec, mode="rules") if c.type == "joint_statement"]


@pytest.mark.parametrize(("language", "text", "count"), [
    ("en", "Seventy-nine countries reaffirmed their support for the International Criminal Court in a joint statement on Monday.", 79),
    ("fr", "Dans une déclaration commune, soixante-dix-neuf pays ont réaffirmé leur soutien à la Cour pénale internationale lundi.", 79),
    ("fr", "Une déclaration conjointe signée par quatre-vingt-treize États a exprimé son soutien à la Cour lundi.", 93),
    ("es", "En una declaración conjunta, setenta y nueve países reafirmaron su apoyo a la Corte Penal Internacional el lunes.", 79),
    ("es", "Una declaración conjunta firmada por noventa y tres Estados expresó su apoyo a la Corte el lunes.", 93),
    ("de", "In einer gemeinsamen Erklärung bekräftigten neunundsiebzig Staaten ihre Unterstützung für den Internationalen Strafgerichtshof am Montag.", 79),
    ("it", "In una dichiarazione congiunta, settantanove Paesi hanno riaffermato il loro sostegno alla Corte penale internazionale lunedì.", 79),
    ("pt", "Numa declaração conjunta, setenta e nove países reafirmaram o seu apoio ao Tribunal Penal Internacional na segunda-feira.", 79),
])
def test_a_count_in_words_is_read(spec, language, text, count) -> None:  # noqa: ANN001
    assert _counts(spec, text, language) == [count]


@pytest.mark.parametrize(("language", "text"), [
    # the number counts years, not States
    ("fr", "Dans une déclaration commune publiée vingt-cinq ans après le Statut, des pays ont réaffirmé leur soutien à la Cour lundi."),
    ("es", "En una declaración conjunta, veinticinco años después del Estatuto, varios países reafirmaron su apoyo a la Corte el lunes."),
])
def test_a_number_that_counts_no_states_is_no_count(spec, language, text) -> None:  # noqa: ANN001
    assert _counts(spec, text, language) == [None]
