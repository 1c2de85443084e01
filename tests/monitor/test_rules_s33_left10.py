"""Session 33 (issue 12, task mleft10): the monitor's leftovers, tenth list. Each reading is a general rule, tested with
sentences written for the test and a contrast that must not fire; the words are data in ``data/lookups/monitor_words.yaml``
(English's in ``lexicon.py``). The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

DUTERTE = "rodrigo-roa-duterte"
# a page of Thursday 2025-03-13, after the person's warrant: "Wednesday" is 2025-03-12, "Tuesday" 2025-03-11
NEWS_DAY = "2025-03-13"
WEDNESDAY = "2025-03-12"
TUESDAY = "2025-03-11"

# 1. A person carried to the Court, told as the day's news: a surrender in progress, with the State the flight left.
FLIGHTS = [
    ("Rodrigo Duterte was on a flight to The Hague on Wednesday after his arrest in Manila.", "en", "PHL", WEDNESDAY),
    ("Rodrigo Duterte was put on a plane to the Court in Manila on Wednesday.", "en", "PHL", WEDNESDAY),
    ("Rodrigo Duterte is en route to the ICC detention centre after leaving Manila.", "en", "PHL", NEWS_DAY),
    ("Rodrigo Duterte est dans un avion pour La Haye après son arrestation à Manille.", "fr", "PHL", NEWS_DAY),
    ("Rodrigo Duterte a été mis dans un avion à destination de la CPI mercredi à Manille.", "fr", "PHL", WEDNESDAY),
    ("Rodrigo Duterte está en un vuelo rumbo a La Haya tras su detención en Manila.", "es", "PHL", NEWS_DAY),
    ("Rodrigo Duterte fue subido a un avión con destino a la CPI el miércoles en Manila.", "es", "PHL", WEDNESDAY),
]


@pytest.mark.parametrize(("text", "language", "state", "day"), FLIGHTS)
def test_a_person_on_a_flight_to_the_court_is_a_surrender_in_progress(spec, text: str, language: str, state: str, day: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "surrender", language=language) == [(DUTERTE, state, day)]


@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte is on a plane to the ICC.", "en"),
    ("Rodrigo Duterte est en route vers le centre de détention de la CPI.", "fr"),
    ("Rodrigo Duterte va camino del centro de detención de la CPI.", "es"),
])
def test_a_flight_to_the_court_told_in_the_present_is_of_the_pages_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "surrender", language=language) == [(DUTERTE, None, NEWS_DAY)]


@pytest.mark.parametrize(("text", "language"), [
    # supposed, not made
    ("Rodrigo Duterte could be put on a plane to The Hague.", "en"),
    ("Rodrigo Duterte pourrait être mis dans un avion pour La Haye.", "fr"),
    ("Rodrigo Duterte podría ser subido a un avión con destino a La Haya.", "es"),
    # another person's flight
    ("Rodrigo Duterte's lawyer was on a flight to The Hague on Wednesday to attend the ICC hearing.", "en"),
    ("L'avocat de Rodrigo Duterte était dans un avion pour La Haye mercredi pour assister à l'audience de la CPI.", "fr"),
    ("El abogado de Rodrigo Duterte estaba en un vuelo rumbo a La Haya el miércoles para asistir a la audiencia de la CPI.", "es"),
    # a flight to a summit, or to the Court's seat for a gathering
    ("Rodrigo Duterte was on a flight to a summit in Kazakhstan.", "en"),
    ("Rodrigo Duterte was on a flight to The Hague on Wednesday for the Assembly of States Parties of the ICC.", "en"),
    ("Rodrigo Duterte était dans un avion pour Astana mercredi pour un sommet.", "fr"),
    ("Rodrigo Duterte estaba en un vuelo rumbo a Astana el miércoles para una cumbre.", "es"),
])
def test_a_flight_supposed_of_another_or_elsewhere_is_no_surrender(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "surrender", language=language) == []


def test_a_flight_to_the_court_of_an_earlier_year_is_no_news(spec) -> None:  # noqa: ANN001
    assert _typed(spec, "Rodrigo Duterte was on a plane to the Court in 2019.", NEWS_DAY, "surrender", language="en") == []


@pytest.mark.parametrize(("text", "language"), [
    # the road alone, to the Court's seat: a transfer under way, not yet counted as a surrender (the real-news set's labels)
    ("Rodrigo Duterte is on his way to The Hague, where he will face the ICC.", "en"),
    ("Rodrigo Duterte est en route vers La Haye, où il sera jugé par la CPI.", "fr"),
    ("Rodrigo Duterte va camino de La Haya, donde será juzgado por la CPI.", "es"),
    # a description by rank with no day of its own
    ("Rodrigo Duterte would be the first former head of state transferred to the court, which is also investigating crimes in Libya.", "en"),
])
def test_the_road_to_the_courts_seat_or_a_description_is_no_surrender(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "surrender", language=language) == []


def test_the_place_a_speaker_speaks_from_is_not_the_surrenders_state(spec) -> None:  # noqa: ANN001
    text = '"Yes, Rodrigo Duterte is on the plane, heading to the ICC," his lawyer told Reuters by phone from France.'
    assert _typed(spec, text, NEWS_DAY, "surrender", language="en") == [(DUTERTE, None, NEWS_DAY)]


def test_a_description_by_rank_with_a_day_of_its_own_is_the_surrender(spec) -> None:  # noqa: ANN001
    text = "Rodrigo Duterte became the first former head of state transferred to the ICC on Wednesday."
    assert _typed(spec, text, NEWS_DAY, "surrender", language="en") == [(DUTERTE, None, WEDNESDAY)]


# 2. Custody of a thing (documents, files, a child) is no custody of the person named inside its phrase.
@pytest.mark.parametrize(("text", "language"), [
    ("Los documentos de Rodrigo Duterte quedaron bajo custodia de la CPI el martes en Manila.", "es"),
    ("Los documentos de Rodrigo Duterte quedaron bajo custodia de la policía el martes en Manila.", "es"),
    ("The documents of Rodrigo Duterte were taken into custody by police in Manila on Tuesday.", "en"),
    ("Rodrigo Duterte's files were taken into custody by police in Manila on Tuesday.", "en"),
    ("Les documents de Rodrigo Duterte ont été placés en détention par la police mardi à Manille.", "fr"),
    ("I documenti di Rodrigo Duterte sono stati presi in custodia dalla polizia martedì a Manila.", "it"),
    ("Os documentos de Rodrigo Duterte foram detidos pela polícia na terça-feira em Manila.", "pt"),
])
def test_custody_of_a_thing_is_no_arrest_of_its_owner(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "arrest", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte quedó bajo custodia de la policía el martes en Manila.", "es"),
    ("Rodrigo Duterte was taken into custody by police in Manila on Tuesday.", "en"),
    ("Rodrigo Duterte a été placé en garde à vue mardi à Manille.", "fr"),
    ("Rodrigo Duterte è stato preso in custodia dalla polizia martedì a Manila.", "it"),
    ("Rodrigo Duterte foi detido pela polícia na terça-feira em Manila.", "pt"),
])
def test_custody_of_the_person_is_still_an_arrest(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "arrest", language=language) == [(DUTERTE, "PHL", TUESDAY)]


# 6. A group of States named as one, read as its members where data (state_names.yaml ``monitor.groups``) says who they are.
AES_DAY = "2025-09-22"
AES = [("BFA", AES_DAY), ("MLI", AES_DAY), ("NER", AES_DAY)]


def _withdrawals(spec, text: str, language: str) -> list[tuple[str | None, str | None]]:  # noqa: ANN001
    return sorted((state, date) for _, state, date in _typed(spec, text, AES_DAY, "withdrawal_announced", language=language))


@pytest.mark.parametrize(("text", "language"), [
    ("Le porte-parole du gouvernement a annoncé ce lundi le retrait des pays de l'AES de la Cour pénale internationale, avec effet immédiat.",
     "fr"),
    ("The AES States announced on Monday their withdrawal from the Rome Statute of the International Criminal Court.", "en"),
    ("Los países de la AES anunciaron el lunes su retiro de la Corte Penal Internacional.", "es"),
])
def test_a_group_of_states_named_as_one_is_read_as_its_members(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _withdrawals(spec, text, language) == AES


@pytest.mark.parametrize(("text", "language"), [
    # a group no lookup lists: no State guessed
    ("Le porte-parole a annoncé ce lundi le retrait des pays de la CEMAC de la Cour pénale internationale, avec effet immédiat.", "fr"),
    # 'the Sahel Alliance' is another group (a donors' partnership), not listed
    ("The Sahel Alliance's members announced on Monday their withdrawal from the Rome Statute of the International Criminal Court.", "en"),
])
def test_a_group_no_lookup_lists_gives_no_state(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [s for s, _ in _withdrawals(spec, text, language) if s is not None] == []


def test_a_member_named_beside_its_group_is_the_one_read(spec) -> None:  # noqa: ANN001
    text = "Le Mali, membre de la Confédération AES, a annoncé ce lundi son retrait de la Cour pénale internationale."
    assert _withdrawals(spec, text, "fr") == [("MLI", AES_DAY)]


# 5. A State's statement that takes note of the warrants: a warrant only when the sentence tells the issue's own day.
@pytest.mark.parametrize(("text", "language", "day"), [
    ("Le gouvernement prend note de l'émission, ce mercredi, de mandats d'arrêt contre Rodrigo Duterte par la CPI.", "fr", WEDNESDAY),
    ("El gobierno toma nota de la emisión, este miércoles, de órdenes de arresto contra Rodrigo Duterte.", "es", WEDNESDAY),
    ("The government takes note of the warrants issued by the ICC on Wednesday against Rodrigo Duterte.", "en", WEDNESDAY),
    ("The government takes note of the issuance today of arrest warrants against Rodrigo Duterte.", "en", NEWS_DAY),
])
def test_taking_note_of_an_issue_of_the_day_is_a_warrant(spec, text: str, language: str, day: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "warrant_issued", language=language) == [(DUTERTE, None, day)]


@pytest.mark.parametrize(("text", "language"), [
    ("Le gouvernement prend note de l'émission de mandats d'arrêt contre Rodrigo Duterte.", "fr"),
    ("El gobierno toma nota de la emisión de órdenes de arresto contra Rodrigo Duterte.", "es"),
    ("The government takes note of the warrants against Rodrigo Duterte.", "en"),
    ("The government took note of the issuance of arrest warrants against Rodrigo Duterte.", "en"),
])
def test_taking_note_of_a_warrant_with_no_day_is_background_even_under_a_warrant_headline(spec, text: str, language: str) -> None:  # noqa: ANN001
    title = "ICC issues arrest warrant for Rodrigo Duterte"
    assert _typed(spec, text, NEWS_DAY, "warrant_issued", title=title, language=language) == []


# 3. A surrender of the page's day with the arrest told after it as the time before it, in the other languages: both facts, as
# English "was taken into ICC custody after his arrest by the authorities of A on Tuesday".
@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte fue entregado hoy a la CPI tras su detención en Manila el martes.", "es"),
    ("Rodrigo Duterte a été remis aujourd'hui à la CPI après son arrestation mardi à Manille.", "fr"),
    ("Rodrigo Duterte è stato consegnato oggi alla CPI dopo l'arresto di martedì a Manila.", "it"),
    ("Rodrigo Duterte foi entregue hoje ao TPI após a sua detenção na terça-feira em Manila.", "pt"),
])
def test_a_surrender_of_the_day_after_an_arrest_gives_both(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "surrender", language=language) == [(DUTERTE, "PHL", NEWS_DAY)]
    assert _typed(spec, text, NEWS_DAY, "arrest", language=language) == [(DUTERTE, "PHL", TUESDAY)]


@pytest.mark.parametrize(("text", "language"), [
    # a warrant's noun after the same words is no arrest
    ("Rodrigo Duterte fue entregado hoy a la CPI tras su orden de detención.", "es"),
    ("Rodrigo Duterte a été remis aujourd'hui à la CPI après son mandat d'arrêt.", "fr"),
])
def test_a_surrender_after_a_warrant_gives_no_arrest(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "arrest", language=language) == []
