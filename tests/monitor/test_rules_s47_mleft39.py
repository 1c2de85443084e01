"""Session 47 (issue 12, task mleft39): session 47's leftovers, each as the general shape in the languages the monitor reads.
Sentences written for the test (none copied from a page of the set), with controls that must not change. The names are the
record's, used as examples (no State, city or person is special-cased). 2025-05-07 is a Wednesday: 'Tuesday' ahead is
2025-05-13."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"

# 1. A visit told in the present with a day ahead: a trip to come, in every language (the verb's object after the day or
#    before it); English with an attribution between the verb and the country.
PRESENT_AHEAD = [
    ("fr", "Vladimir Poutine visite mardi la Corée du Nord."),
    ("fr", "Vladimir Poutine visite la Corée du Nord ce mardi."),
    ("es", "Vladimir Putin visita el martes Corea del Norte."),
    ("es", "Vladimir Putin visita Corea del Norte este martes."),
    ("pt", "Vladimir Putin visita na terça-feira a Coreia do Norte."),
    ("it", "Vladimir Putin visita martedì la Corea del Nord."),
    ("de", "Wladimir Putin besucht am Dienstag und Mittwoch Nordkorea."),
    ("en", "Vladimir Putin visits, according to the Kremlin, North Korea on Tuesday."),
]


@pytest.mark.parametrize(("language", "text"), PRESENT_AHEAD, ids=[f"{t[0]}-{i}" for i, t in enumerate(PRESENT_AHEAD)])
def test_a_visit_in_the_present_with_a_day_ahead_is_a_trip_to_come(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-07", "planned_visit", language=language) == [(PUTIN, "PRK", "2025-05-13")]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Vladimir Poutine visite mardi dernier la Corée du Nord."),  # a day said past
    ("fr", "Lors de sa visite mardi en Corée du Nord, Vladimir Poutine a signé un accord."),  # the noun, not the verb
    ("es", "Vladimir Putin no visita el martes Corea del Norte."),  # denied
    ("it", "Vladimir Putin visita la Corea del Nord martedì scorso."),  # a day said past
    ("en", "Vladimir Putin visits North Korea."),  # no time: a headline's present, no trip read
])
def test_control_no_trip_to_come_without_a_day_ahead(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-07", "planned_visit", language=language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Vladimir Putin visits North Korea on Tuesday."),
    ("de", "Wladimir Putin besucht am Dienstag Nordkorea."),
    ("fr", "Vladimir Poutine se rend mardi en Corée du Nord."),
    ("en", "Vladimir Putin will visit, according to the Kremlin, North Korea on Tuesday."),
])
def test_control_the_forms_read_before_stay(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-07", "planned_visit", language=language) == [(PUTIN, "PRK", "2025-05-13")]


# 3. The warrant's verb as a gerund or an infinitive clause: the Court's warrant is read ('en délivrant', 'al emitir', 'ao
#    emitir', 'emettendo', 'indem … erließ'), another court's is none (as English since batch 153).
GERUND = [
    ("fr", "Le 17 mars 2023, la CPI a réagi à l'invasion en délivrant un mandat d'arrêt contre Vladimir Poutine.",
     "Le 17 mars 2023, un tribunal russe a réagi en délivrant un mandat d'arrêt contre Vladimir Poutine."),
    ("es", "El 17 de marzo de 2023, la CPI respondió a la invasión al emitir una orden de arresto contra Vladimir Putin.",
     "El 17 de marzo de 2023, un tribunal argentino respondió al emitir una orden de arresto contra Vladimir Putin."),
    ("pt", "Em 17 de março de 2023, o TPI respondeu à invasão ao emitir um mandado de prisão contra Vladimir Putin.",
     "Em 17 de março de 2023, um tribunal argentino respondeu ao emitir um mandado de prisão contra Vladimir Putin."),
    ("it", "Il 17 marzo 2023 la CPI ha risposto all'invasione emettendo un mandato d'arresto contro Vladimir Putin.",
     "Il 17 marzo 2023 un tribunale argentino ha risposto emettendo un mandato d'arresto contro Vladimir Putin."),
    ("de", "Am 17. März 2023 reagierte der IStGH auf die Invasion, indem er einen Haftbefehl gegen Wladimir Putin erließ.",
     "Am 17. März 2023 reagierte ein argentinisches Gericht, indem es einen Haftbefehl gegen Wladimir Putin erließ."),
]


@pytest.mark.parametrize(("language", "court", "other"), GERUND, ids=[g[0] for g in GERUND])
def test_the_courts_warrant_told_by_a_gerund_is_read(spec, language: str, court: str, other: str) -> None:  # noqa: ANN001
    assert _typed(spec, court, "2023-03-20", "warrant_issued", language=language) == [(PUTIN, None, "2023-03-17")]


@pytest.mark.parametrize(("language", "court", "other"), GERUND, ids=[g[0] for g in GERUND])
def test_another_courts_warrant_told_by_a_gerund_is_none(spec, language: str, court: str, other: str) -> None:  # noqa: ANN001
    assert _typed(spec, other, "2023-03-20", "warrant_issued", language=language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "On 17 March 2023, the ICC responded to the invasion by issuing an arrest warrant for Vladimir Putin."),
    ("fr", "Le 17 mars 2023, la CPI a émis un mandat d'arrêt contre Vladimir Poutine."),
    ("es", "El 17 de marzo de 2023, la CPI emitió una orden de arresto contra Vladimir Putin."),
])
def test_control_the_warrants_read_before_stay(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-03-20", "warrant_issued", language=language) == [(PUTIN, None, "2023-03-17")]


# 4. A phone call is no trip: the person who called is no guest of the one who received the call, in the six languages.
CALL = [
    ("en", "On the eve of receiving Volodymyr Zelensky in Washington, Donald Trump received a long phone call from Vladimir Putin."),
    ("en", "Donald Trump received a long phone call from Vladimir Putin in Washington."),
    ("pt", "Na véspera de receber Volodimir Zelenski em Washington, Donald Trump recebeu uma longa chamada telefônica de Vladimir Putin."),
    ("fr", "À la veille de recevoir Volodymyr Zelensky à Washington, Donald Trump a reçu un long appel téléphonique de Vladimir Poutine."),
    ("es", "En vísperas de recibir a Volodímir Zelenski en Washington, Donald Trump recibió una larga llamada telefónica de Vladimir Putin."),
    ("it", "Alla vigilia di ricevere Volodymyr Zelensky a Washington, Donald Trump ha ricevuto una lunga telefonata da Vladimir Putin."),
    ("de", "Am Vorabend des Empfangs von Wolodymyr Selenskyj in Washington erhielt Donald Trump einen langen Anruf von Wladimir Putin."),
]


@pytest.mark.parametrize(("language", "text"), CALL, ids=[f"{t[0]}-{i}" for i, t in enumerate(CALL)])
def test_a_phone_call_is_no_visit(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-08-15", "visit", language=language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Donald Trump received Vladimir Putin in Washington."),
    ("fr", "Le président mongol a reçu Vladimir Poutine mardi à Oulan-Bator."),
])
def test_control_a_guest_received_stays_a_visit(spec, language: str, text: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-08-15", "visit", language=language)
    assert [(p, s) for p, s, _ in got] == [(PUTIN, {"en": "USA", "fr": "MNG"}[language])], got


# 5. A date without its year told with an event's present ('erfolgt am 3. September', 'takes place on 3 September'): the day
#    after the page's is in the page's year (a trip to come), as the present of a trip with such a date is read since session 43.
YEARLESS = [
    ("de", "Der Besuch von Wladimir Putin in der Mongolei erfolgt am 3. September."),
    ("de", "Der Besuch von Wladimir Putin in der Mongolei findet am 3. September statt."),
    ("en", "Vladimir Putin's visit to Mongolia takes place on 3 September."),
    ("fr", "La visite de Vladimir Poutine en Mongolie a lieu le 3 septembre."),
    ("es", "La visita de Vladimir Putin a Mongolia tiene lugar el 3 de septiembre."),
    ("it", "La visita di Vladimir Putin in Mongolia ha luogo il 3 settembre."),
    ("pt", "A visita de Vladimir Putin à Mongólia tem lugar a 3 de setembro."),
]


@pytest.mark.parametrize(("language", "text"), YEARLESS, ids=[f"{t[0]}-{i}" for i, t in enumerate(YEARLESS)])
def test_a_yearless_date_in_the_present_is_in_the_pages_year(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-07", "planned_visit", language=language) == [(PUTIN, "MNG", "2025-09-03")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Vladimir Putin's visit to Mongolia took place on 3 September."),
    ("de", "Der Besuch von Wladimir Putin in der Mongolei erfolgte am 3. September."),
    ("fr", "La visite de Vladimir Poutine en Mongolie a eu lieu le 3 septembre."),
])
def test_control_the_past_stays_no_trip_to_come(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-07", "planned_visit", language=language) == []
