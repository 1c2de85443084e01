"""Session 44 (issue 12, task mnews142): the monitor's readings written on batch 142's dev part (trips made and announced in
the shapes unseen text has; docs/monitor.md, "Batch 142 (session 44)"). Each rule is tested with sentences written for the
test in the languages the monitor reads where the phenomenon exists in them, and with contrasts that must not change. The
names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"

# 2024-08-30 is a Friday: "next Tuesday" is 2024-09-03. 2024-06-17 is a Monday: "Tuesday" ahead is 2024-06-18.


# 1. A stay dated only by the sentence before ("X will pay an official visit to Mongolia on September 3, the Kremlin said. It
#    will be his first trip to …", 'Será el primer viaje …'): a day after the document's is a trip to come, as a visit dated in
#    its own sentence is (batch 142's dev page semana-tension-por-posible-captura-de-vladimir-putin-la-proxima-semana-en-mongolia).
@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin hará una visita oficial a Mongolia el 3 de septiembre, indicó el Kremlin. Será el primer viaje del "
     "presidente ruso a un país miembro de la CPI.", "es"),
    ("Vladimir Putin will pay an official visit to Mongolia on September 3, the Kremlin said. It will be the Russian "
     "president's first trip to a country that is a member of the ICC.", "en"),
])
def test_a_stay_dated_after_the_page_by_the_sentence_before_is_a_trip_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-08-30", "planned_visit", language=language) == [(PUTIN, "MNG", "2024-09-03")]
    assert _typed(spec, text, "2024-08-30", "visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin llegó a Mongolia el 3 de septiembre, indicó el Kremlin. Fue el primer viaje del presidente ruso a un país "
     "miembro de la CPI.", "es"),
    ("Vladimir Putin arrived in Mongolia on September 3, the Kremlin said. It was the Russian president's first trip to a "
     "country that is a member of the ICC.", "en"),
])
def test_a_stay_dated_before_the_page_stays_a_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-05", "visit", language=language) == [(PUTIN, "MNG", "2024-09-03")]
    assert _typed(spec, text, "2024-09-05", "planned_visit", language=language) == []


# 2. A weekday with its own date after it ('el próximo martes 3 de septiembre', 'mardi 3 septembre', 'am Dienstag, 3.
#    September,'): one time told twice, between the verb and the place (same page).
@pytest.mark.parametrize(("text", "language"), [
    ("El presidente ruso Vladimir Putin irá el próximo martes 3 de septiembre a Mongolia.", "es"),
    ("Le président russe Vladimir Poutine se rendra mardi 3 septembre en Mongolie.", "fr"),
    ("Il presidente russo Vladimir Putin si recherà martedì 3 settembre in Mongolia.", "it"),
    ("Der russische Präsident Wladimir Putin reist am Dienstag, 3. September, in die Mongolei.", "de"),
    ("O presidente russo Vladimir Putin viajará na terça-feira, 3 de setembro, para a Mongólia.", "pt"),
])
def test_a_weekday_with_its_date_between_verb_and_place(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-08-30", "planned_visit", language=language) == [(PUTIN, "MNG", "2024-09-03")]


@pytest.mark.parametrize(("text", "language"), [
    ("El presidente ruso Vladimir Putin viajó el martes 3 de septiembre a Mongolia.", "es"),
    ("Le président russe Vladimir Poutine s'est rendu mardi 3 septembre en Mongolie.", "fr"),
    ("Der russische Präsident Wladimir Putin reiste am Dienstag, 3. September, in die Mongolei.", "de"),
])
def test_a_weekday_with_its_date_in_a_trip_made(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-05", "visit", language=language) == [(PUTIN, "MNG", "2024-09-03")]
    assert _typed(spec, text, "2024-09-05", "planned_visit", language=language) == []


# 3. A trip to come told in the present with its weekday ('se rend mardi en Corée du Nord', 'viaja el martes a …', 'si reca
#    martedì in …', 'viaja na terça-feira para …', "travels to North Korea on Tuesday", 'besucht am Dienstag Nordkorea'): the
#    next such day, as German 'reist am Dienstag' was read (the shape of batch 142's dev page
#    radiohagen-dpa-putin-besucht-nordkorea-und-vietnam, 'besucht … am Dienstag und Mittwoch').
@pytest.mark.parametrize(("text", "language"), [
    ("Der russische Präsident Wladimir Putin besucht am Dienstag Nordkorea.", "de"),
    ("Le président russe Vladimir Poutine se rend mardi en Corée du Nord.", "fr"),
    ("Le président russe Vladimir Poutine se rend en Corée du Nord mardi.", "fr"),
    ("El presidente ruso Vladimir Putin viaja el martes a Corea del Norte.", "es"),
    ("Il presidente russo Vladimir Putin si reca martedì in Corea del Nord.", "it"),
    ("O presidente russo Vladimir Putin viaja na terça-feira para a Coreia do Norte.", "pt"),
    ("Russian President Vladimir Putin travels to North Korea on Tuesday.", "en"),
])
def test_a_trip_told_in_the_present_with_its_weekday_is_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-06-17", "planned_visit", language=language) == [(PUTIN, "PRK", "2024-06-18")]
    assert _typed(spec, text, "2024-06-17", "visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Der russische Präsident Wladimir Putin besuchte am Dienstag Nordkorea.", "de"),
    ("Der russische Präsident Wladimir Putin hat am Dienstag Nordkorea besucht.", "de"),
    ("Le président russe Vladimir Poutine s'est rendu mardi en Corée du Nord.", "fr"),
    ("El presidente ruso Vladimir Putin viajó el martes a Corea del Norte.", "es"),
    ("Il presidente russo Vladimir Putin si è recato martedì in Corea del Nord.", "it"),
    ("O presidente russo Vladimir Putin viajou na terça-feira para a Coreia do Norte.", "pt"),
    ("Russian President Vladimir Putin travelled to North Korea on Tuesday.", "en"),
])
def test_a_trip_made_on_a_weekday_stays_a_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-06-20", "visit", language=language) == [(PUTIN, "PRK", "2024-06-18")]
    assert _typed(spec, text, "2024-06-20", "planned_visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Le président russe Vladimir Poutine ne se rend pas mardi en Corée du Nord.", "fr"),
    ("El presidente ruso Vladimir Putin no viaja el martes a Corea del Norte.", "es"),
    ("Il presidente russo Vladimir Putin non si reca martedì in Corea del Nord.", "it"),
    ("O presidente russo Vladimir Putin não viaja na terça-feira para a Coreia do Norte.", "pt"),
    ("Russian President Vladimir Putin never travels to North Korea on Tuesday.", "en"),
])
def test_a_trip_denied_in_the_present_gives_nothing(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-06-17", "planned_visit", language=language) == []
    assert _typed(spec, text, "2024-06-17", "visit", language=language) == []


# 4. German reported speech: a trip to come in the present subjunctive with a time ahead ('Der Kreml teilte mit, X reise am
#    Dienstag nach Nordkorea'), and the next leg told after it ('Im Anschluss reise X für zwei Tage weiter nach Vietnam'), as
#    English "will then head to Vietnam" (batch 142's dev page radiohagen-dpa-putin-besucht-nordkorea-und-vietnam).
def test_a_trip_in_german_reported_speech_with_its_weekday_is_to_come(spec) -> None:  # noqa: ANN001
    text = "Der Kreml teilte mit, Wladimir Putin reise am Dienstag nach Nordkorea."
    assert _typed(spec, text, "2024-06-17", "planned_visit", language="de") == [(PUTIN, "PRK", "2024-06-18")]


@pytest.mark.parametrize("text", [
    "Wladimir Putin reist am Dienstag nach Nordkorea. Im Anschluss reise Putin für zwei Tage weiter nach Vietnam.",
    "Wladimir Putin reist am Dienstag nach Nordkorea. Anschließend fliegt Putin weiter nach Vietnam.",
])
def test_the_next_leg_told_in_german_is_a_trip_to_come(spec, text: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-06-17", "planned_visit", language="de")
    assert (PUTIN, "PRK", "2024-06-18") in got and any(s == "VNM" for _, s, _ in got)
    assert _typed(spec, text, "2024-06-17", "visit", language="de") == []


@pytest.mark.parametrize("text", [
    "Wladimir Putin besuchte am Montag Nordkorea. Im Anschluss reiste Putin weiter nach Vietnam.",
    "Wladimir Putin reist am Dienstag nach Nordkorea. Im Anschluss reist Putin nicht weiter nach Vietnam.",
])
def test_a_next_leg_made_or_denied_in_german_is_no_trip_to_come(spec, text: str) -> None:  # noqa: ANN001
    assert not any(s == "VNM" for _, s, _ in _typed(spec, text, "2024-06-18", "planned_visit", language="de"))


# 1b. The stay dated by the sentence before, in the dev page's own two paragraphs (the sentences written for section 1 are
#     read right on the base commit too; this page's shape is not): 'Será el primer viaje …' after the quoted announcement.
def test_the_dev_page_stay_dated_by_the_announcement_before_it_is_a_trip_to_come(spec) -> None:  # noqa: ANN001
    text = ("Ahora, Putin irá el próximo martes 3 de septiembre a Mongolia, un país miembro de ese tribunal cuyos estatutos lo "
            "obligarían a detenerlo. “Putin hará una visita oficial a Mongolia el 3 de septiembre”, indicó ayer, jueves 29 de "
            "agosto, el Kremlin en comunicado.\n\nSerá el primer viaje del presidente ruso a territorio de un país firmante del "
            "Estatuto de Roma, desde que la CPI emitió la orden de arresto contra él.")
    title = "Tensión por la posible captura de Vladimir Putin la próxima semana en Mongolia"
    assert _typed(spec, text, "2024-08-30", "planned_visit", title=title, language="es") == [(PUTIN, "MNG", "2024-09-03")]
    assert _typed(spec, text, "2024-08-30", "visit", title=title, language="es") == []


# 5. English: a visit in the simple present with a time ahead ("visits North Korea on Tuesday", "visits Mongolia next week"), a
#    trip to come as "travels to … on Tuesday" (the shape of batch 142's headlines in the present for a trip to come); without a
#    time ahead ("Putin visits North Korea", "who often visits China") no trip to come and no place of a trip.
@pytest.mark.parametrize(("text", "want"), [
    ("Russian President Vladimir Putin visits North Korea on Tuesday.", [(PUTIN, "PRK", "2024-06-18")]),
    ("Russian President Vladimir Putin visits North Korea next week.", [(PUTIN, "PRK", "2024-06")]),
])
def test_a_visit_in_the_english_present_with_a_time_ahead_is_to_come(spec, text: str, want: list[tuple[str, str, str]]) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-06-17", "planned_visit", language="en") == want
    assert _typed(spec, text, "2024-06-17", "visit", language="en") == []


@pytest.mark.parametrize("text", [
    "Russian President Vladimir Putin visits North Korea.",
    "Russian President Vladimir Putin never visits North Korea on Tuesday.",
])
def test_a_visit_in_the_english_present_without_a_time_ahead_or_denied_is_none(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-06-17", "planned_visit", language="en") == []


def test_a_habit_of_visits_names_no_place_of_the_trip_told(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin, who often visits China, arrived in Mongolia on Monday."
    assert _typed(spec, text, "2024-06-18", "visit", language="en") == [(PUTIN, "MNG", "2024-06-17")]
