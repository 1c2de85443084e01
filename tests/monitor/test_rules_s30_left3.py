"""Session 30 (issue 12, task mleft3): the monitor's leftovers, third list, each fixed as a general rule (a wording or a
structure; words as data in data/lookups/monitor_words.yaml). Each test holds sentences written for it (not copied from the
real-news set) and a contrast that must not fire. No State or person is special-cased: the names are the record's, used as
examples."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.monitor.probe import typed as _typed

from iccwatch.monitor import lexicon
from iccwatch.monitor.dates import find_dates

NETANYAHU = "benjamin-netanyahu"
PUTIN = "vladimir-vladimirovich-putin"
KONY = "joseph-kony"
DUTERTE = "rodrigo-roa-duterte"


# --- 1. a weekday or a date between the verb of a trip and its place ---------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Benjamin Netanyahu s'est rendu jeudi en Hongrie.", "fr"),
    ("Benjamin Netanyahu s'est rendu jeudi à Budapest.", "fr"),
    ("Benjamin Netanyahu s'est rendu le 3 avril en Hongrie.", "fr"),
    ("Benjamin Netanyahu viajó el jueves a Hungría.", "es"),
    ("Benjamin Netanyahu è arrivato giovedì in Ungheria.", "it"),
    ("Benjamin Netanyahu si è recato giovedì in Ungheria.", "it"),
    ("Benjamin Netanyahu è volato giovedì a Budapest.", "it"),
    ("Benjamin Netanyahu traveled on Thursday to Hungary.", "en"),
    ("Benjamin Netanyahu flew on Thursday to Budapest.", "en"),
    ("Benjamin Netanyahu went on Thursday to Hungary.", "en"),
    ("Benjamin Netanyahu traveled on April 3 to Hungary.", "en"),
    ("Benjamin Netanyahu viajou na quinta-feira para a Hungria.", "pt"),
])
def test_a_day_between_the_verb_and_the_place_is_a_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-04", "visit", language=language) == [(NETANYAHU, "HUN", "2025-04-03")]
    assert _typed(spec, text, "2025-04-04", "planned_visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    # the same order in a future: a trip to come, by tense
    ("Benjamin Netanyahu se rendra jeudi en Hongrie.", "fr"),
    ("Benjamin Netanyahu viajará el jueves a Hungría.", "es"),
    ("Benjamin Netanyahu si recherà giovedì in Ungheria.", "it"),
    ("Benjamin Netanyahu will travel on Thursday to Hungary.", "en"),
])
def test_a_day_between_a_future_verb_and_the_place_is_a_trip_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-01", "planned_visit", language=language) == [(NETANYAHU, "HUN", "2025-04-03")]
    assert _typed(spec, text, "2025-04-01", "visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    # contrast: the verb tells no trip of the person ("s'est rendu" to the police: a surrender of oneself is not a trip to a
    # State; a trip denied)
    ("Benjamin Netanyahu ne s'est pas rendu jeudi en Hongrie.", "fr"),
    ("Benjamin Netanyahu did not travel on Thursday to Hungary.", "en"),
    ("Benjamin Netanyahu non si è recato giovedì in Ungheria.", "it"),
])
def test_a_day_between_a_denied_trip_and_its_place_is_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-04", "visit", language=language) == []


def test_the_time_between_is_built_from_the_language_words() -> None:
    words = {"weekdays": {"jeudi": 3}, "months": {"avril": 4}, "when_before": "le", "last": "dernier", "next": "prochain",
             "relative_days": [[r"\bhier\b", -1]]}
    when = lexicon.when_between(words)
    import re

    for told in ("jeudi", "le jeudi", "jeudi dernier", "le 3 avril", "3 avril 2025", "hier"):
        assert re.fullmatch(when, told, re.I), told
    for other in ("le", "jeudis", "3 avrils", "lundi"):
        assert not re.fullmatch(when, other, re.I), other
    assert lexicon.when_between({}) == "(?!x)x"  # a language without weekdays: none


# --- 2. Spanish and Portuguese: the place before the object of an arrest ----------------------------------------------------

@pytest.mark.parametrize(("text", "language", "state"), [
    ("La policía detuvo el martes en Kampala a Joseph Kony.", "es", "UGA"),
    ("La policía detuvo en Kampala a Joseph Kony el martes.", "es", "UGA"),
    ("Las fuerzas de seguridad capturaron el martes en Kinshasa al líder rebelde Joseph Kony.", "es", "COD"),
    ("A polícia prendeu em Kinshasa Joseph Kony na terça-feira.", "pt", "COD"),
    ("A polícia prendeu na terça-feira em Kampala o líder rebelde Joseph Kony.", "pt", "UGA"),
])
def test_a_place_before_the_object_is_an_arrest_there(spec, text: str, language: str, state: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-04", "arrest", language=language) == [(KONY, state, "2024-09-03")]


@pytest.mark.parametrize(("text", "language"), [
    # contrast: the arrest denied, or others arrested and the person named only after them
    ("La policía no detuvo el martes en Kampala a Joseph Kony.", "es"),
    ("A polícia não prendeu em Kinshasa Joseph Kony na terça-feira.", "pt"),
    ("La policía detuvo el martes en Kampala a varios manifestantes que apoyaban a Joseph Kony.", "es"),
])
def test_a_place_before_the_object_of_no_arrest_of_the_person_gives_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-04", "arrest", language=language) == []


# --- 3. a clause between commas between the verb of issuing and the warrant -------------------------------------------------

@pytest.mark.parametrize(("text", "language", "when"), [
    ("La Cour a émis mardi, à la demande du procureur, un mandat d'arrêt contre Benjamin Netanyahu.", "fr", "2024-11-19"),
    ("The Court issued on Thursday, at the request of the Prosecutor, a warrant for Benjamin Netanyahu.", "en", "2024-11-21"),
    ("The Court issued on 21 November, at the request of the Prosecutor, an arrest warrant for Benjamin Netanyahu.", "en", "2024-11-21"),
    ("La CPI emitió el jueves, a petición del fiscal, una orden de arresto contra Benjamin Netanyahu.", "es", "2024-11-21"),
    ("La Cpi ha emesso giovedì, su richiesta del procuratore, un mandato di arresto contro Benjamin Netanyahu.", "it", "2024-11-21"),
])
def test_a_clause_between_commas_before_the_warrant_is_a_warrant_issued(spec, text: str, language: str, when: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "warrant_issued", language=language) == [(NETANYAHU, None, when)]


@pytest.mark.parametrize(("text", "language"), [
    # contrast: the clause between commas tells of a request only, or the thing issued is no warrant
    ("Le procureur a demandé mardi, dans une requête, un mandat d'arrêt contre Benjamin Netanyahu.", "fr"),
    ("The Court issued on Thursday, at the request of the Prosecutor, a statement on Benjamin Netanyahu.", "en"),
])
def test_a_clause_between_commas_before_no_warrant_issued_gives_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "warrant_issued", language=language) == []


# --- 4. warrant nouns in Spanish and Italian, the Court as actor --------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("La CPI emitió el jueves una orden de aprehensión contra Benjamin Netanyahu.", "es"),
    ("La CPI emitió el jueves una orden contra Benjamin Netanyahu.", "es"),
    ("La Corte Penal Internacional dictó el jueves la orden de detención contra Benjamin Netanyahu.", "es"),
    ("La Cpi ha emesso giovedì un mandato nei confronti di Benjamin Netanyahu.", "it"),
    ("La Cpi ha emesso giovedì l'ordine di arresto per Benjamin Netanyahu.", "it"),
    ("La Corte penale internazionale ha spiccato giovedì il mandato di arresto nei confronti di Benjamin Netanyahu.", "it"),
])
def test_a_warrant_noun_with_the_court_as_actor_is_a_warrant_issued(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "warrant_issued", language=language) == [(NETANYAHU, None, "2024-11-21")]


@pytest.mark.parametrize(("text", "language"), [
    # contrast: the short noun ('orden', 'mandato': any order, a term of office) with another actor; a national court's warrant
    ("El Gobierno emitió el jueves una orden contra Benjamin Netanyahu.", "es"),
    ("Il presidente ha emesso giovedì un mandato nei confronti di Benjamin Netanyahu.", "it"),
    ("Un tribunal argentino emitió el jueves una orden de detención contra Benjamin Netanyahu.", "es"),
    ("Un tribunale di Roma ha emesso giovedì un mandato di arresto nei confronti di Benjamin Netanyahu.", "it"),
    ("La procura di Milano ha emesso giovedì un mandato di arresto nei confronti di Benjamin Netanyahu.", "it"),
])
def test_a_warrant_noun_of_another_actor_is_no_warrant_of_the_court(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "warrant_issued", language=language) == []


# --- 5. a relative clause's past act before a main clause's act to come: neither dates the other ---------------------------

@pytest.mark.parametrize(("text", "language", "kind", "state"), [
    ("Rodrigo Duterte, who was surrendered on Tuesday, will appear on Friday.", "en", "surrender", None),
    ("Rodrigo Duterte, who was surrendered to the Court on Tuesday, will appear before the judges on Friday.", "en", "surrender", None),
    ("Rodrigo Duterte, who was arrested in Manila on Tuesday, will appear before the judges on Friday.", "en", "arrest", "PHL"),
    ("Rodrigo Duterte, qui a été remis à la CPI mardi, comparaîtra vendredi.", "fr", "surrender", None),
    ("Rodrigo Duterte, que fue entregado a la CPI el martes, comparecerá el viernes.", "es", "surrender", None),
])
def test_a_relative_clause_act_keeps_its_past_day(spec, text: str, language: str, kind: str, state: str | None) -> None:  # noqa: ANN001
    # the document is dated Thursday 2025-03-13: the Tuesday is the one before, the Friday the one after
    assert _typed(spec, text, "2025-03-13", kind, language=language) == [(DUTERTE, state, "2025-03-11")]


def test_the_days_of_a_relative_clause_and_of_its_main_clause() -> None:
    ref = dt.date(2025, 3, 13)
    told = find_dates("Rodrigo Duterte, who was surrendered on Tuesday, will appear on Friday.", ref)
    assert [d.date for d in told] == ["2025-03-11", "2025-03-14"]
    # contrast: the day before a future verb, with no past clause of its own, is to come ("X on Monday will lead …")
    assert [d.date for d in find_dates("Rodrigo Duterte on Friday will appear before the judges.", ref)] == ["2025-03-14"]
    assert [d.date for d in find_dates("Rodrigo Duterte, on Friday, will appear before the judges.", ref)] == ["2025-03-14"]


# --- 6. a trip to come months ahead keeps its month ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "when"), [
    ("Benjamin Netanyahu is expected to attend the summit in Budapest in October.", "2025-10"),
    ("Benjamin Netanyahu is set to attend the October summit in Budapest.", "2025-10"),
    ("Benjamin Netanyahu is expected to attend the summit in October. The summit will be held in Budapest.", "2025-10"),
    ("Hungary will host a summit in October. Benjamin Netanyahu is expected to attend the summit.", "2025-10"),
    ("Benjamin Netanyahu will travel to Hungary in December.", "2025-12"),
])
def test_a_trip_months_ahead_keeps_its_month(spec, text: str, when: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-10", "planned_visit") == [(NETANYAHU, "HUN", when)]


def test_a_month_before_a_noun_is_that_month() -> None:
    ref = dt.date(2025, 3, 10)
    assert [d.date for d in find_dates("He is set to attend the October summit.", ref)] == ["2025-10"]
    assert [d.date for d in find_dates("He attended the October summit.", ref)] == ["2024-10"]
    # contrast: a month's name that is no month, or no attribute
    assert find_dates("He joined the march of the veterans.", ref) == []
    assert find_dates("They will hold the March and the parade.", ref) == []


def test_a_gathering_placed_in_two_states_places_no_trip_to_come(spec) -> None:  # noqa: ANN001
    # contrast: the document places summits in two States: the trip to come is placed by neither
    text = ("Benjamin Netanyahu is expected to attend the summit in October. The summit will be held in Budapest. "
            "Another summit will be held in Vienna.")
    assert _typed(spec, text, "2025-03-10", "planned_visit") == []


@pytest.mark.parametrize("text", [
    # contrast: a plan told in the past (given up) takes no place from the gathering's sentence
    "Benjamin Netanyahu had planned to attend the summit. The summit will be held in Budapest in October.",
    "Benjamin Netanyahu was expected to attend the summit. The summit will be held in Budapest in October.",
])
def test_a_plan_told_in_the_past_takes_no_gathering_place(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-10", "planned_visit") == []


def test_a_trip_settled_months_ahead_passes_the_filter(spec) -> None:  # noqa: ANN001
    # the filter with a threshold no candidate reaches: only what it exempts is kept
    from iccwatch.monitor import mfilter
    from iccwatch.monitor.documents import make_document
    from iccwatch.monitor.extract import extract_candidates

    strict = {**mfilter.load_model(), "threshold": 2.0}

    def kept(text: str, date: str) -> list[tuple[str | None, str | None, str | None]]:
        doc = make_document(text, date=date, language="en")
        cands = [c for c in extract_candidates(doc, spec, mode="rules") if c.type == "planned_visit"]
        assert cands, text  # the rules read a trip to come: the filter is what is tested
        return [(c.person, c.state, c.date) for c in mfilter.apply(cands, doc, strict, spec=spec)]

    assert kept("Vladimir Putin will visit China in October, according to a report.", "2023-08-30") == [(PUTIN, "CHN", "2023-10")]
    assert kept("Vladimir Putin is scheduled to pay a state visit to China in December.", "2023-08-30") == [(PUTIN, "CHN", "2023-12")]
    # contrast: a trip within the month ahead is the filter's to judge; so is one told with a condition
    assert kept("Vladimir Putin will visit China on September 20.", "2023-08-30") == []
    assert kept("Vladimir Putin will visit China in October if the talks succeed.", "2023-08-30") == []


# --- 7. a trip told only as possible is no trip planned -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin could visit Mongolia next week, analysts speculated.", "en"),
    ("Vladimir Putin might travel to Mongolia next week.", "en"),
    ("Vladimir Putin may visit Mongolia next month.", "en"),
    ("Analysts speculated that Vladimir Putin could travel to Mongolia next week.", "en"),
    ("Vladimir Putin could attend the summit in Mongolia next week.", "en"),
    ("Vladimir Putin could travel to Mongolia as early as next week.", "en"),
    ("Vladimir Putin will visit Mongolia next week, analysts speculated.", "en"),
    ("Vladimir Poutine pourrait se rendre en Mongolie la semaine prochaine.", "fr"),
    ("Vladimir Putin podría viajar a Mongolia la próxima semana.", "es"),
    ("Vladimir Putin potrebbe recarsi in Mongolia la prossima settimana.", "it"),
    ("Wladimir Putin könnte nächste Woche in die Mongolei reisen.", "de"),
    ("Vladimir Putin poderia viajar para a Mongólia na próxima semana.", "pt"),
])
def test_a_trip_only_possible_is_no_planned_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-01", "planned_visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    # contrast: the trip is announced, the possibility is of something else after it
    ("Vladimir Putin will visit Mongolia next week.", "en"),
    ("Vladimir Putin will visit Mongolia next week and could meet the president.", "en"),
    ("Vladimir Putin is expected to visit Mongolia next week, the Kremlin said.", "en"),
    ("Vladimir Poutine se rendra en Mongolie la semaine prochaine.", "fr"),
    ("Vladimir Putin viajará a Mongolia la próxima semana.", "es"),
])
def test_a_trip_announced_is_a_planned_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-01", "planned_visit", language=language) == [(PUTIN, "MNG", "2024-09")]
