"""Session 30 (issue 12, task mleft4): the monitor's leftovers, fourth list. Each test holds sentences written for it (not
copied from the real-news set) and contrasts that must not fire. The wordings are general (a relative clause after a past
act, a trip told by its noun and the verb of its clause, …); no State or person is special-cased: the names are the record's,
used as examples."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.monitor.probe import typed as _typed

from iccwatch.monitor import lexicon
from iccwatch.monitor.dates import find_dates

ONGWEN = "dominic-ongwen"
PUTIN = "vladimir-vladimirovich-putin"
BASHIR = "omar-hassan-ahmad-al-bashir"


# --- 4. a relative clause in the future after a past act does not set the act's weekday ahead --------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Dominic Ongwen foi transferido na terça-feira para Haia, onde responderá por crimes de guerra.", "pt"),
    ("Dominic Ongwen foi levado na terça-feira para o centro de detenção de Haia, onde responderá perante o TPI.", "pt"),
    ("Dominic Ongwen fue trasladado el martes a La Haya, donde responderá por crímenes de guerra.", "es"),
    ("Dominic Ongwen è stato trasferito martedì all'Aia, dove risponderà di crimini di guerra.", "it"),
    ("Dominic Ongwen a été transféré mardi à La Haye, où il sera jugé pour crimes de guerre.", "fr"),
    ("Dominic Ongwen was transferred on Tuesday to The Hague, where he will face trial.", "en"),
])
def test_a_future_relative_clause_keeps_the_past_acts_weekday(spec, text: str, language: str) -> None:  # noqa: ANN001
    # the page of Thursday 2015-01-22: the Tuesday before, not the one after
    assert _typed(spec, text, "2015-01-22", "surrender", language=language) == [(ONGWEN, None, "2015-01-20")]


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin viajará el martes a Mongolia, donde se reunirá con el presidente.", "es"),
    ("Vladimir Putin viaggerà martedì in Mongolia, dove incontrerà il presidente.", "it"),
    ("Vladimir Putin vai viajar na terça-feira para a Mongólia, onde se reunirá com o presidente.", "pt"),
    ("Vladimir Putin se rendra mardi en Mongolie, où il rencontrera le président.", "fr"),
])
def test_a_trip_to_come_with_a_relative_clause_keeps_its_day_ahead(spec, text: str, language: str) -> None:  # noqa: ANN001
    # the page of Thursday 2024-08-29: the Tuesday after
    assert _typed(spec, text, "2024-08-29", "planned_visit", language=language) == [(PUTIN, "MNG", "2024-09-03")]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Antes de viajar a Mongolia el martes, Vladimir Putin se reunirá con Xi Jinping."),
    ("pt", "Antes de viajar para a Mongólia na terça-feira, Vladimir Putin se reunirá com Xi Jinping."),
    ("it", "Prima di partire per la Mongolia martedì, Vladimir Putin incontrerà Xi Jinping."),
])
def test_an_opening_clause_before_a_main_clause_to_come_is_still_ahead(spec, language: str, text: str) -> None:  # noqa: ANN001
    # the comma closes an opening clause, and the main clause after it (no relative word) tells the Tuesday to come
    with lexicon.reading(spec.lexicon["languages"][language]):
        assert [f.date for f in find_dates(text, dt.date(2024, 8, 29))] == ["2024-09-03"]


# --- 1. a trip told by its noun takes its tense from its clause's verb -----------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin's visit to Mongolia would be the first since the warrant.", "en"),
    ("Vladimir Putin's visit to Mongolia could mark a turning point for the Court.", "en"),
    ("La visita de Vladimir Putin a Mongolia sería la primera desde la orden.", "es"),
    ("La visite de Vladimir Poutine en Mongolie serait la première depuis le mandat.", "fr"),
    ("A visita de Vladimir Putin à Mongólia seria a primeira desde o mandado.", "pt"),
    ("La visita di Vladimir Putin in Mongolia sarebbe la prima dal mandato.", "it"),
    ("Der Besuch von Vladimir Putin in der Mongolei wäre der erste seit dem Haftbefehl.", "de"),
])
def test_a_trip_noun_in_a_conditional_is_neither_made_nor_planned(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-05", "visit", language=language) == []
    assert _typed(spec, text, "2024-09-05", "planned_visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin's visit to Mongolia", "en"),
    ("Vladimir Putin's Visit To The Republic Of Mongolia", "en"),
    ("La visita de Vladimir Putin a Mongolia", "es"),
])
def test_a_trip_noun_with_no_verb_is_neither_made_nor_planned(spec, text: str, language: str) -> None:  # noqa: ANN001
    # a headline alone: no verb tells the trip made or to come
    assert _typed(spec, text, "2024-09-05", "visit", language=language) == []
    assert _typed(spec, text, "2024-09-05", "planned_visit", language=language) == []


@pytest.mark.parametrize(("text", "language", "date"), [
    ("Vladimir Putin's visit to Mongolia was a success, officials said.", "en", "2024-09-05"),
    ("Vladimir Putin's visit to Mongolia ended on Wednesday.", "en", "2024-09-04"),
    ("Protests greet Vladimir Putin's visit to Mongolia", "en", "2024-09-05"),   # a verb before the noun: the trip made
    # the clause's first verb is in the past; the conditional after "and" is another clause's
    ("Vladimir Putin's visit to Mongolia was going smoothly and the talks would end soon, officials said.", "en",
     "2024-09-05"),
    ("Vladimir Putin's visit to Mongolia drew protests.", "en", "2024-09-05"),
    ("La visita de Vladimir Putin a Mongolia fue un éxito.", "es", "2024-09-05"),
    ("La visite de Vladimir Poutine en Mongolie a été un succès.", "fr", "2024-09-05"),
    ("A visita de Vladimir Putin à Mongólia foi um sucesso.", "pt", "2024-09-05"),
    ("La visita di Vladimir Putin in Mongolia è stata un successo.", "it", "2024-09-05"),
])
def test_a_trip_noun_told_as_made_is_a_visit(spec, text: str, language: str, date: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-05", "visit", language=language) == [(PUTIN, "MNG", date)]


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin's visit to Mongolia is planned for next week.", "en"),
    ("Vladimir Putin's visit to Mongolia will be a test for the Court.", "en"),
    ("La visita de Vladimir Putin a Mongolia está prevista para la próxima semana.", "es"),
    ("La visite de Vladimir Poutine en Mongolie est prévue la semaine prochaine.", "fr"),
])
def test_a_trip_noun_told_ahead_is_a_planned_visit_only(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-05", "visit", language=language) == []
    assert [(p, s) for p, s, _ in _typed(spec, text, "2024-09-05", "planned_visit", language=language)] == [(PUTIN, "MNG")]


# --- 2. a custody told with no day: the page's day in the lead under a headline naming it, nothing as background -------------

LEAD_ARRESTS = [
    ("Saif al-Islam Gaddafi was arrested in Libya. He is wanted by the International Criminal Court.", "en",
     "Saif al-Islam Gaddafi arrested in Libya"),
    ("Saif al-Islam Gaddafi fue detenido en Libia. La Corte Penal Internacional lo reclama.", "es",
     "Detenido en Libia Saif al-Islam Gaddafi"),
    ("Saif al-Islam Gaddafi est arrêté en Libye. La Cour pénale internationale le réclame.", "fr",
     "Saif al-Islam Kadhafi arrêté en Libye"),
]


@pytest.mark.parametrize(("text", "language", "title"), LEAD_ARRESTS)
def test_a_lead_custody_under_a_headline_naming_it_is_the_days_news(spec, text: str, language: str, title: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2011-11-20", "arrest", title=title, language=language) == [("saif-al-islam-gaddafi", "LBY", "2011-11-20")]


def test_a_lead_surrender_under_a_surrender_headline_is_the_days_news(spec) -> None:  # noqa: ANN001
    text = "Dominic Ongwen was handed over to the International Criminal Court. He faces war crimes charges."
    assert _typed(spec, text, "2015-01-21", "surrender", title="Ongwen surrendered to the ICC", language="en") == \
        [(ONGWEN, None, "2015-01-21")]


@pytest.mark.parametrize(("text", "language", "title"), [
    # no headline naming the arrest: as often background as news (the same sentence as above)
    (LEAD_ARRESTS[0][0], "en", "Libya's new rulers face a test"),
    # the headline denies it
    (LEAD_ARRESTS[0][0], "en", "Libya denies Saif al-Islam Gaddafi arrested"),
    # the lead tells the custody as before another act (the pluperfect), in each language
    ("Saif al-Islam Gaddafi had been arrested in Libya. He is wanted by the International Criminal Court.", "en",
     "Saif al-Islam Gaddafi arrested in Libya"),
    ("Saif al-Islam Gaddafi est jugé à Tripoli. Il avait été arrêté en Libye. La Cour le réclame.", "fr",
     "Saif al-Islam Kadhafi arrêté en Libye"),
    ("Saif al-Islam Gaddafi había sido detenido en Libia. La Corte Penal Internacional lo reclama.", "es",
     "Detenido en Libia Saif al-Islam Gaddafi"),
    ("Saif al-Islam Gaddafi tinha sido preso na Líbia. O Tribunal Penal Internacional o procura.", "pt",
     "Saif al-Islam Gaddafi preso na Líbia"),
    ("Saif al-Islam Gaddafi era stato arrestato in Libia. La Corte penale internazionale lo cerca.", "it",
     "Saif al-Islam Gaddafi arrestato in Libia"),
    # a slug given as the title for want of a headline is no headline
    (LEAD_ARRESTS[0][0], "en", "saif-al-islam-gaddafi-arrested-in-libya"),
    # a relative clause about the person
    ("Dominic Ongwen, who was arrested in the Central African Republic, appeared in court. He faces war crimes charges.", "en",
     "Ongwen arrested"),
])
def test_no_days_news_for_a_custody_told_as_background(spec, text: str, language: str, title: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2011-11-20", "arrest", title=title, language=language) == []


# --- 5. a title-case headline's verb before a surname makes no namesake ------------------------------------------------------

@pytest.mark.parametrize(("text", "date", "want"), [
    ("Kenya Hosts Bashir\n\nKenya hosted Sudan's president Omar al-Bashir, who is wanted by the International Criminal Court. "
     "On Friday Bashir arrived in Nairobi for the ceremony.", "2010-08-28", [(BASHIR, "KEN", "2010-08-27")]),
    ("Mongolia Welcomes Putin\n\nMongolia welcomed Russian President Vladimir Putin, who is wanted by the International Criminal "
     "Court. On Tuesday Putin arrived in Ulaanbaatar.", "2024-09-04", [(PUTIN, "MNG", "2024-09-03")]),
])
def test_a_title_case_headline_verb_makes_no_namesake(spec, text: str, date: str, want: list[tuple[str, str, str]]) -> None:  # noqa: ANN001
    # the headline's 'Hosts' / 'Welcomes' is the body's 'hosted' / 'welcomed' in another inflection: no first name, so the
    # bare surname of the body's later sentence is the person's
    assert _typed(spec, text, date, "visit", language="en") == want


@pytest.mark.parametrize("text", [
    # a given name before the surname, in a title-case headline: a namesake, whose bare surname is no one's
    "Sergei Putin Speaks\n\nRussian President Vladimir Putin is wanted by the International Criminal Court. On Tuesday Putin "
    "arrived in Ulaanbaatar.",
    # the headline's word in no other inflection in the body: read as before (a possible first name)
    "Kenya Hosts Bashir\n\nSudan's president Omar al-Bashir is wanted by the International Criminal Court. On Friday Bashir "
    "arrived in Nairobi for the ceremony.",
])
def test_a_possible_first_name_in_a_title_case_headline_still_makes_a_namesake(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-04", "visit", language="en") == []


# --- 3. the State told by the demonym of its capital, in the Romance languages ----------------------------------------------

@pytest.mark.parametrize(("text", "language", "want"), [
    ("Omar el-Béchir est arrivé mercredi dans la capitale tchadienne.", "fr", [(BASHIR, "TCD", "2010-07-21")]),
    ("Omar al-Bashir llegó el miércoles a la capital mongola.", "es", [(BASHIR, "MNG", "2010-07-21")]),
])
def test_the_capital_told_by_its_demonym_places_the_visit(spec, text: str, language: str,  # noqa: ANN001
                                                          want: list[tuple[str, str, str]]) -> None:
    assert _typed(spec, text, "2010-07-22", "visit", language=language) == want


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Poutine est arrivé mardi dans la capitale mongole.", "fr"),
    ("Vladimir Putin llegó el martes a la capital mongola.", "es"),
    ("Vladimir Putin è arrivato martedì nella capitale mongola.", "it"),
    ("Vladimir Putin chegou na terça-feira à capital mongol.", "pt"),
])
def test_the_capital_told_by_its_demonym_in_each_language(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-04", "visit", language=language) == [(PUTIN, "MNG", "2024-09-03")]


def test_a_capital_with_no_preposition_of_place_is_no_destination(spec) -> None:  # noqa: ANN001
    # the capital as an object, not a place gone to
    assert _typed(spec, "Vladimir Poutine a critiqué mardi la capitale mongole.", "2024-09-04", "visit", language="fr") == []


@pytest.mark.parametrize(("text", "date", "kind", "title", "want"), [
    # a heading line naming the surrender, above the lead that dates it: the heading takes no page's day of its own
    ("Situation in Mali: Dominic Ongwen Handed Over\nICC: Dominic Ongwen surrendered to the ICC on war crimes charges\n"
     "Today, 21 January 2015, Dominic Ongwen was surrendered to the International Criminal Court by the authorities of the "
     "Central African Republic.", "2015-01-22", "surrender", "Situation in Uganda: Dominic Ongwen surrendered",
     [(ONGWEN, "CAF", "2015-01-21")]),
    # a headline telling an arrest wished for (the pluperfect of a wish), itself the first line
    ("Exclusive: The Court Wishes Chad Had Arrested Omar al-Bashir\nThe International Criminal Court said Chad should have "
     "arrested Omar al-Bashir.", "2016-06-02", "arrest", "Court wishes Chad arrested Bashir", []),
])
def test_a_heading_line_is_no_lead_sentence_for_a_custody(spec, text: str, date: str, kind: str, title: str,  # noqa: ANN001
                                                          want: list[tuple[str, str, str]]) -> None:
    assert _typed(spec, text, date, kind, title=title, language="en") == want
