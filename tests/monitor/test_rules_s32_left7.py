"""Session 32 (issue 12, task mleft7): the monitor's leftovers, seventh list. Each test holds sentences written for it (not
copied from the real-news set) and contrasts that must not fire. The wordings are general (a handover's State told in the
next sentence, an arrest told inside a custody clause, a subject-less sentence after another of the same person, a late
arrival, others' arrests beside a tracked person); no State or person is special-cased: the names are the record's, used as
examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

YEKATOM = "alfred-yekatom"
NGAISSONA = "patrice-edouard-ngaissona"
PUTIN = "vladimir-vladimirovich-putin"
DUTERTE = "rodrigo-roa-duterte"
# the page of Thursday 2024-09-05: "Saturday" is 2024-08-31, "Tuesday" 2024-09-03
DAY = "2024-09-05"
SATURDAY = "2024-08-31"
TUESDAY = "2024-09-03"


def _placed(spec, text: str, kind: str, language: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return [v for v in _typed(spec, text, DAY, kind, language=language) if v[1] is not None]


# --- 1. a surrender whose State the next sentence names ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Alfred Yekatom was transferred to the ICC detention centre on Saturday. The authorities of the Central African Republic "
     "surrendered him to the Court.", "en"),
    ("Alfred Yekatom a été transféré samedi au quartier pénitentiaire de la CPI. Les autorités de la République centrafricaine "
     "l'ont remis à la Cour.", "fr"),
    ("Alfred Yekatom a été transféré samedi à la CPI. Les autorités centrafricaines l'ont remis à la Cour.", "fr"),
    ("Alfred Yekatom fue entregado el sábado a la CPI. Las autoridades de la República Centroafricana lo entregaron a la "
     "Corte.", "es"),
    ("Alfred Yekatom è stato consegnato sabato alla CPI. Le autorità della Repubblica Centrafricana lo hanno consegnato alla "
     "Corte.", "it"),
    ("Alfred Yekatom foi entregue no sábado ao TPI. As autoridades da República Centro-Africana entregaram-no ao Tribunal.",
     "pt"),
])
def test_a_surrender_takes_the_state_the_next_sentence_names(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "surrender", language=language) == [(YEKATOM, "CAF", SATURDAY)]


@pytest.mark.parametrize(("text", "language"), [
    # the next sentence is about another person: that person's handover, not the first one's
    ("Alfred Yekatom was transferred to the ICC detention centre on Saturday. Patrice-Edouard Ngaissona was surrendered by "
     "the authorities of the Central African Republic.", "en"),
    ("Alfred Yekatom was transferred to the ICC detention centre on Saturday. The authorities of the Central African Republic "
     "surrendered Patrice-Edouard Ngaissona to the Court in January.", "en"),
    ("Alfred Yekatom a été transféré samedi à la CPI. Les autorités de la République centrafricaine ont arrêté "
     "Patrice-Edouard Ngaïssona à Paris.", "fr"),
    # a sentence about the State with no custody in it
    ("Alfred Yekatom was transferred to the ICC detention centre on Saturday. The Central African Republic has cooperated "
     "with the Court.", "en"),
])
def test_a_next_sentence_about_another_person_gives_no_state(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "surrender", language=language)[:1] == [(YEKATOM, None, SATURDAY)]


# --- 2. the arrest itself, told inside a custody clause ----------------------------------------------------------------------

# a page of Thursday 2025-03-13, after the person's warrant: "Tuesday" is 2025-03-11
NEWS_DAY = "2025-03-13"
NEWS_TUESDAY = "2025-03-11"


@pytest.mark.parametrize(("text", "day"), [
    ("Rodrigo Duterte is now in ICC custody following his arrest in Manila on Tuesday.", NEWS_TUESDAY),
    ("Rodrigo Duterte, who is in ICC custody following his arrest in Manila on Tuesday, will appear before the judges on "
     "Friday.", NEWS_TUESDAY),
    ("Rodrigo Duterte was taken into ICC custody after his arrest by the authorities of the Philippines on Tuesday.",
     NEWS_TUESDAY),
    ("Rodrigo Duterte, who is in ICC custody following his arrest in Manila today, will appear before the judges on Friday.",
     NEWS_DAY),
])
def test_an_arrest_told_in_a_custody_clause_is_an_arrest_with_its_place_and_day(spec, text: str, day: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "arrest", language="en") == [(DUTERTE, "PHL", day)]


@pytest.mark.parametrize("text", [
    "Rodrigo Duterte, who is in ICC custody following his arrest in Manila in March 2025, will appear before the judges on "
    "Friday.",
    "Rodrigo Duterte is now in ICC custody following his arrest in Manila on March 11, 2025.",
])
def test_a_custody_since_an_arrest_of_an_earlier_year_is_background(spec, text: str) -> None:  # noqa: ANN001
    # a page of June 2026: neither the arrest nor a handover of the page's day
    assert _typed(spec, text, "2026-06-04", "arrest", language="en") == []
    assert _typed(spec, text, "2026-06-04", "surrender", language="en") == []


def test_a_custody_since_an_arrest_days_before_is_still_the_days_news(spec) -> None:  # noqa: ANN001
    text = "Rodrigo Duterte is now in ICC custody following his arrest in Manila on Tuesday."
    assert _typed(spec, text, NEWS_DAY, "surrender", language="en") == [(DUTERTE, "PHL", NEWS_DAY)]


def test_an_arrest_told_in_a_custody_clause_with_no_day_stays_undated_background(spec) -> None:  # noqa: ANN001
    text = "Rodrigo Duterte is now in ICC custody following his arrest in Manila."
    assert _typed(spec, text, NEWS_DAY, "arrest", language="en") == []


# --- 3. a sentence with no subject after another sentence of the same person -------------------------------------------------

@pytest.mark.parametrize(("text", "language", "state"), [
    ("Vladimir Putin habló el lunes con la prensa. Llegó a Ulán Bator el martes.", "es", "MNG"),
    ("Vladimir Putin habló el lunes con la prensa. Después elogió a sus anfitriones. Llegó a Ulán Bator el martes.", "es", "MNG"),
    # a place's name, then a lower-case word the name's run takes ('el'), is no other person named
    ("Vladimir Putin habló el lunes con la prensa. Llegó a Buenos Aires el martes.", "es", "ARG"),
    ("Vladimir Putin ha parlato lunedì con la stampa. Ha poi ringraziato i suoi ospiti. È arrivato in Mongolia martedì.", "it",
     "MNG"),
    ("Vladimir Putin falou na segunda-feira com a imprensa. Depois agradeceu aos anfitriões. Chegou à Mongólia na terça-feira.",
     "pt", "MNG"),
])
def test_a_subjectless_sentence_after_the_same_persons_sentences_is_theirs(spec, text: str, language: str, state: str) -> None:  # noqa: ANN001
    assert _placed(spec, text, "visit", language) == [(PUTIN, state, TUESDAY)]


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin habló el lunes con la prensa. El canciller Serguéi Lavrov elogió a sus anfitriones. Llegó a Ulán Bator el "
     "martes.", "es"),
    ("Vladimir Putin ha parlato lunedì con la stampa. Il ministro Sergej Lavrov ha ringraziato i suoi ospiti. È arrivato in "
     "Mongolia martedì.", "it"),
    ("Vladimir Putin falou na segunda-feira com a imprensa. O ministro Serguei Lavrov agradeceu aos anfitriões. Chegou à "
     "Mongólia na terça-feira.", "pt"),
    ("Vladimir Putin habló el lunes con la prensa. Llegó el martes a Ulán Bator el canciller Serguéi Lavrov.", "es"),
])
def test_a_subjectless_sentence_after_another_persons_sentence_is_not_theirs(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _placed(spec, text, "visit", language) == []


# --- 4. a late arrival: "did not arrive … until Tuesday" ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin did not arrive in Budapest until Tuesday.", "en"),
    ("Vladimir Putin did not arrive in Budapest until late on Tuesday.", "en"),
    ("Vladimir Putin didn't arrive in Budapest until Tuesday.", "en"),
    ("Vladimir Putin did not arrive until Tuesday in Budapest.", "en"),
    ("Vladimir Putin no llegó a Budapest hasta el martes.", "es"),
    ("Vladimir Putin no llegó hasta el martes a Budapest.", "es"),
    ("Vladimir Poutine n'est arrivé à Budapest que mardi.", "fr"),
    ("Vladimir Poutine n'est arrivé que mardi à Budapest.", "fr"),
    ("Vladimir Putin non è arrivato a Budapest fino a martedì.", "it"),
    ("Vladimir Putin não chegou a Budapeste até terça-feira.", "pt"),
])
def test_a_late_arrival_is_a_visit_on_that_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language=language) == [(PUTIN, "HUN", TUESDAY)]
    assert _typed(spec, text, DAY, "planned_visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    # denied with no "until": no visit (session 31's denials)
    ("Vladimir Putin did not arrive in Budapest on Tuesday.", "en"),
    ("Vladimir Putin no llegó a Budapest el martes.", "es"),
    ("Vladimir Poutine n'est pas arrivé à Budapest mardi.", "fr"),
    # a late arrival still to come is no visit made
    ("Vladimir Putin will not arrive in Budapest until Tuesday.", "en"),
    ("Vladimir Putin no llegará a Budapest hasta el martes.", "es"),
])
def test_an_arrival_denied_without_until_or_to_come_is_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language=language) == []


def test_a_late_day_to_come_stays_ahead(spec) -> None:  # noqa: ANN001
    # 'hasta' after a future verb: the Tuesday ahead, as before
    assert _typed(spec, "Vladimir Putin no llegará a Budapest hasta el martes.", DAY, "planned_visit", language="es") == [
        (PUTIN, "HUN", "2024-09-10")]


# --- 5. others arrested beside a tracked person ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Police arrested two protesters outside the court where Rodrigo Duterte appeared on Tuesday.", "en"),
    ("Rodrigo Duterte appeared before the judges on Tuesday. Police arrested two protesters outside the court.", "en"),
    ("Rodrigo Duterte appeared before the judges on Tuesday. The suspect's aide was arrested in Manila.", "en"),
    ("Rodrigo Duterte's aide was arrested in Manila on Tuesday.", "en"),
    ("Rodrigo Duterte appeared before the judges on Tuesday. His aide was arrested in Manila.", "en"),
    ("La police a arrêté deux manifestants devant la Cour où Rodrigo Duterte a comparu mardi.", "fr"),
    ("Rodrigo Duterte a comparu mardi devant les juges. Un collaborateur de l'ancien président a été arrêté à Manille.", "fr"),
    ("Rodrigo Duterte a comparu mardi devant les juges. Son assistant a été arrêté à Manille.", "fr"),
    ("La policía detuvo a dos manifestantes frente a la Corte donde Rodrigo Duterte compareció el martes.", "es"),
    ("Rodrigo Duterte compareció el martes ante los jueces. Un asistente del expresidente fue detenido en Manila.", "es"),
    ("Rodrigo Duterte compareció el martes ante los jueces. Su asistente fue detenido en Manila.", "es"),
])
def test_others_arrested_beside_a_tracked_person_give_no_arrest(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "arrest", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Police arrested Rodrigo Duterte in Manila on Tuesday.", "en"),
    ("La police a arrêté Rodrigo Duterte à Manille mardi.", "fr"),
    ("La policía detuvo a Rodrigo Duterte en Manila el martes.", "es"),
])
def test_the_tracked_persons_own_arrest_is_still_read(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "arrest", language=language) == [(DUTERTE, "PHL", NEWS_TUESDAY)]
