"""Session 38 (issue 12, task mleft23): the dev half's trip errors (visit, planned visit, refusal), grouped by cause. Each item
is a general rule, tested with sentences written for the test in several languages and contrasts that must not fire; the words
are data in ``data/lookups/monitor_words.yaml``. The names are the record's, used as examples (no State or person is
special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

BASHIR = "omar-hassan-ahmad-al-bashir"
DAY = "2025-05-07"  # a Wednesday: 'Friday' is 2025-05-02


# 1. A State told as the genitive of a gathering ('la cerimonia per la nuova costituzione del Kenya'): where the gathering is held,
#    as English reads "the ceremony … of Kenya" (``gathering_of``, read in mentions._destinations).
@pytest.mark.parametrize(("text", "language"), [
    ("Omar al-Bashir ha partecipato venerdì alla cerimonia per la nuova costituzione del Kenya.", "it"),
    ("Omar al-Bashir a assisté vendredi à la cérémonie d'investiture du Kenya.", "fr"),
    ("Omar al-Bashir a assisté vendredi à la cérémonie pour la nouvelle constitution du Kenya.", "fr"),
    ("Omar al-Bashir asistió el viernes a la ceremonia de investidura de Kenia.", "es"),
    ("Omar al-Bashir participou na sexta-feira da cerimônia de posse do Quênia.", "pt"),
    ("Omar al-Bashir attended the ceremony for the new constitution of Kenya on Friday.", "en"),
])
def test_a_state_told_as_the_genitive_of_a_gathering_is_where_it_is_held(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language=language) == [(BASHIR, "KEN", "2025-05-02")]


# … but an office or a people before the genitive ('il presidente della Mongolia', 'le ministre des Affaires étrangères de la
#    Hongrie') names whom the State describes, not where the gathering is (``office_of``, as English's OFFICE_OF).
@pytest.mark.parametrize(("text", "language"), [
    ("Omar al-Bashir ha partecipato venerdì al vertice con il presidente della Mongolia.", "it"),
    ("Omar al-Bashir ha partecipato venerdì al vertice con il ministro degli Esteri dell'Ungheria.", "it"),
    ("Omar al-Bashir a participé vendredi au sommet avec le ministre des Affaires étrangères de la Hongrie.", "fr"),
    ("Omar al-Bashir asistió el viernes a la cumbre con el presidente de Mongolia.", "es"),
    ("Omar al-Bashir asistió el viernes a la cumbre con el ministro de Asuntos Exteriores de Hungría.", "es"),
    ("Omar al-Bashir participou na sexta-feira da cúpula com o ministro das Relações Exteriores da Hungria.", "pt"),
    ("Omar al-Bashir attended the summit with the president of Mongolia on Friday.", "en"),
])
def test_an_office_before_the_genitive_makes_no_host(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language=language) == []


# 2. A trip ranked against a time since which there was none ("on his first trip to Europe since 2023"): the date is where the
#    comparison starts, never the trip's (``FIRST_TRIP_SINCE``, a family each language adds to); before, the year dated the trip
#    before the warrant and the visit was dropped.
NETANYAHU = "benjamin-netanyahu"


@pytest.mark.parametrize(("text", "language"), [
    ("Orban welcomed Netanyahu in the capital Budapest on his first trip to Europe since 2023.", "en"),
    ("Netanyahu est arrivé à Budapest, son premier voyage en Europe depuis 2023.", "fr"),
    ("Netanyahu llegó a Budapest en su primer viaje a Europa desde 2023.", "es"),
    ("Netanyahu è arrivato a Budapest per il suo primo viaggio in Europa dal 2023.", "it"),
    ("Netanyahu chegou a Budapeste na sua primeira viagem à Europa desde 2023.", "pt"),
    ("Netanjahu ist in Budapest eingetroffen, auf seiner ersten Reise nach Europa seit 2023.", "de"),
])
def test_a_first_trip_since_a_year_is_not_dated_by_that_year(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language=language) == [(NETANYAHU, "HUN", DAY)]


@pytest.mark.parametrize(("text", "language"), [
    # the year is the trip's own (no ranking since it): before the warrant, no visit of a person under one
    ("Netanyahu arrived in Budapest in 2023, on his first trip to Europe.", "en"),
    ("Netanyahu llegó a Budapest en 2023, en su primer viaje a Europa.", "es"),
])
def test_a_trip_dated_by_its_own_year_keeps_it(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language=language) == []


# 3. A border crossed, its State after the verb ("Ntaganda entered Rwanda", 'est entré lundi au Rwanda', 'entró en Ruanda'): an
#    arrival made, as "arrived in Rwanda" (English ``ARRIVAL_PAST`` and the destination's verbs; each language's ARRIVAL_PAST).
NTAGANDA = "bosco-ntaganda"


@pytest.mark.parametrize(("text", "language"), [
    ("Bosco Ntaganda entered Rwanda on Friday.", "en"),
    ("Bosco Ntaganda est entré vendredi au Rwanda.", "fr"),
    ("Bosco Ntaganda entró en Ruanda el viernes.", "es"),
    ("Bosco Ntaganda entrou em Ruanda na sexta-feira.", "pt"),
    ("Bosco Ntaganda è entrato in Ruanda venerdì.", "it"),
    ("Bosco Ntaganda ist am Freitag nach Ruanda eingereist.", "de"),
])
def test_a_state_entered_is_an_arrival(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language=language) == [(NTAGANDA, "RWA", "2025-05-02")]


@pytest.mark.parametrize(("text", "language"), [
    ("Bosco Ntaganda never entered Rwanda.", "en"),
    ("Bosco Ntaganda entered a plea of not guilty on Friday.", "en"),
    ("Bosco Ntaganda n'est jamais entré au Rwanda.", "fr"),
    ("Bosco Ntaganda non è entrato in Ruanda.", "it"),
    ("El Estatuto de Roma entró en vigor en Ruanda el viernes, según Bosco Ntaganda.", "es"),
])
def test_an_entry_denied_or_no_border_is_no_arrival(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language=language) == []


# 4. A pronoun as the subject of a reported clause ('Le Kremlin a annoncé qu'il se rendra en Mongolie', "his spokesman wrote that
#    he will travel"): the person named just before, for a trip to come as for an act made (``REPORTED_REFER``, a family; the
#    reporting verbs include writing: 'a écrit', 'escreveu', 'scrisse', 'schrieb', 'wrote'). Before, another subject before the
#    pronoun (the Kremlin, a spokesman) kept the trip from the person.
PUTIN = "vladimir-vladimirovich-putin"


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Poutine est visé par un mandat de la CPI. Le Kremlin a annoncé qu'il se rendra en Mongolie vendredi.", "fr"),
    ("Vladimir Poutine est visé par un mandat de la CPI. Son porte-parole a écrit qu'il se rendra en Mongolie vendredi.", "fr"),
    ("Vladimir Putin faces an ICC warrant. His spokesman wrote that he will travel to Mongolia on Friday.", "en"),
    ("Wladimir Putin wird per Haftbefehl gesucht. Sein Sprecher schrieb, er werde am Freitag in die Mongolei reisen.", "de"),
    ("Vladimir Putin è ricercato dalla CPI. Il Cremlino ha annunciato che egli si recherà venerdì in Mongolia.", "it"),
    ("Vladimir Putin é alvo de um mandado do TPI. O Kremlin anunciou que ele visitará a Mongólia na sexta-feira.", "pt"),
    ("Vladimir Putin es buscado por la CPI. El Kremlin anunció que él viajará a Mongolia el viernes.", "es"),
])
def test_a_pronoun_after_a_reporting_verb_is_the_person_named_before(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "planned_visit", language=language) == [(PUTIN, "MNG", "2025-05-09")]


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Poutine est visé par un mandat de la CPI. Le Kremlin a annoncé qu'il ne se rendra pas en Mongolie vendredi.", "fr"),
    ("Vladimir Poutine est visé par un mandat de la CPI. Le Kremlin a annoncé qu'il pourrait se rendre en Mongolie si la "
     "situation le permet.", "fr"),
    ("Vladimir Putin faces an ICC warrant. His spokesman wrote that he will not travel to Mongolia on Friday.", "en"),
    ("Vladimir Putin é alvo de um mandado do TPI. O Kremlin anunciou que ele não visitará a Mongólia na sexta-feira.", "pt"),
])
def test_a_reported_trip_denied_supposed_or_after_another_person_is_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "planned_visit", language=language) == []
