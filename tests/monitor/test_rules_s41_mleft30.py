"""Session 41 (issue 12, task mleft30): the monitor's leftovers, thirtieth list (docs/monitor.md, "Leftovers, thirtieth list
(session 41)"). Each rule is tested with sentences written for the test in at least two of the languages the monitor reads
where the phenomenon exists in them, and with controls that must not fire. The names are the record's, used as examples (no
State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NETANYAHU = "benjamin-netanyahu"
PUTIN = "vladimir-vladimirovich-putin"
DUTERTE = "rodrigo-roa-duterte"


# 3. A host's welcome with the place before the guest ('In Ulan Bator empfing Präsident X den russischen Staatschef Y',
#    'En Budapest, Orbán recibió a Y'): the guest's visit to the place's State, as English "X received Y in Budapest".
@pytest.mark.parametrize(("text", "language", "state"), [
    ("In Ulan Bator empfing Präsident Uchnaagiin Chürelsüch am Dienstag den russischen Staatschef Wladimir Putin.", "de", "MNG"),
    ("En Budapest, Viktor Orbán recibió el jueves a Benjamin Netanyahu.", "es", "HUN"),
    ("A Budapest, Viktor Orbán ha ricevuto giovedì Benjamin Netanyahu.", "it", "HUN"),
    ("Em Budapeste, Viktor Orbán recebeu na quinta-feira Benjamin Netanyahu.", "pt", "HUN"),
    ("Viktor Orbán recibió el jueves a Benjamin Netanyahu en Budapest.", "es", "HUN"),
    ("In Budapest, Viktor Orban received Benjamin Netanyahu on Thursday.", "en", "HUN"),
])
def test_a_host_welcome_with_the_place_first_is_the_guests_visit(spec, text: str, language: str, state: str) -> None:  # noqa: ANN001
    person = PUTIN if "Putin" in text else NETANYAHU
    assert [(p, s) for p, s, _ in _typed(spec, text, "2025-04-04", "visit", language=language)] == [(person, state)]


@pytest.mark.parametrize(("text", "language"), [
    # the person welcomed is the host's own citizen at home: no visit
    ("En Moscú, el Kremlin recibió el jueves a Vladimir Putin.", "es"),
    # the guest is received in writing, not in a place: a letter, not a trip
    ("In Budapest empfing die Regierung am Donnerstag einen Brief über Benjamin Netanyahu.", "de"),
    # a welcome only supposed
    ("En Budapest, Orbán recibiría a Benjamin Netanyahu si viniera.", "es"),
])
def test_a_host_welcome_control(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-04", "visit", language=language) == []


# 4a. An arrest made on the Court's warrant, the warrant named as its grounds before or after the verb: the arrest (the warrant is
#     its grounds, not a warrant issued nor only recalled), in German as in the other languages.
@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte wurde am Dienstag in Manila auf Haftbefehl des Gerichts festgenommen.", "de"),
    ("Rodrigo Duterte wurde am Dienstag in Manila aufgrund eines Haftbefehls des IStGH festgenommen.", "de"),
    ("Rodrigo Duterte wurde am Dienstag in Manila auf Grundlage eines Haftbefehls des IStGH verhaftet.", "de"),
    ("Rodrigo Duterte wurde am Dienstag in Manila festgenommen, aufgrund eines Haftbefehls des IStGH.", "de"),
    ("Rodrigo Duterte was arrested in Manila on Tuesday on the Court's warrant.", "en"),
    ("Rodrigo Duterte a été arrêté mardi à Manille en vertu d'un mandat d'arrêt de la CPI.", "fr"),
    ("Rodrigo Duterte fue detenido el martes en Manila en virtud de una orden de arresto de la CPI.", "es"),
])
def test_an_arrest_on_the_courts_warrant_is_an_arrest(spec, text: str, language: str) -> None:  # noqa: ANN001
    # the page of Wednesday 12 March 2025: Tuesday is the 11th
    assert _typed(spec, text, "2025-03-12", "arrest", language=language) == [(DUTERTE, "PHL", "2025-03-11")]
    assert _typed(spec, text, "2025-03-12", "warrant_issued", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    # a warrant recalled beside a failure to arrest: no arrest
    ("Wladimir Putin wurde in der Mongolei trotz eines Haftbefehls des IStGH nicht festgenommen.", "de"),
    # the person only sought on the warrant
    ("Rodrigo Duterte wird aufgrund eines Haftbefehls des IStGH gesucht.", "de"),
    # an arrest only asked for on the warrant
    ("Amnesty forderte, Rodrigo Duterte aufgrund des Haftbefehls des IStGH festzunehmen.", "de"),
])
def test_an_arrest_on_the_courts_warrant_control(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-12", "arrest", language=language) == []


# 4b. The Court ordering an arrest ('la CPI ordenó la detención de X') is its warrant (README: the Court's own warrant; a national
#     order gives nothing). Told in the lead with no day of its own, it is the page's news only under a headline that names that
#     order ('Corte Penal Internacional ordena la detención de X'), as a lead's "issued" under a warrant headline (session 22);
#     without one it stays background (tests of sessions 22-40 hold that rule).
@pytest.mark.parametrize(("title", "text", "language"), [
    ("Corte Penal Internacional ordena la detención de Benjamin Netanyahu",
     "La Corte Penal Internacional (CPI) ordenó la detención de Benjamin Netanyahu.", "es"),
    ("Corte Penal Internacional ordena arresto de Benjamin Netanyahu",
     "La Corte Penal Internacional (CPI) ordenó el arresto de Benjamin Netanyahu.", "es"),
    ("TPI ordena a prisão de Benjamin Netanyahu",
     "O Tribunal Penal Internacional ordenou a prisão de Benjamin Netanyahu.", "pt"),
    ("ICC orders arrest of Benjamin Netanyahu",
     "The International Criminal Court ordered the arrest of Benjamin Netanyahu.", "en"),
])
def test_the_courts_order_of_arrest_under_its_headline_is_the_days_warrant(spec, title: str, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "warrant_issued", title=title, language=language) == [(NETANYAHU, None, "2024-11-22")]


@pytest.mark.parametrize(("title", "text", "language"), [
    # a national judge's order: no warrant of the Court, headline or not
    ("Un juez argentino ordena la detención de Benjamin Netanyahu",
     "Un juez argentino ordenó la detención de Benjamin Netanyahu.", "es"),
    # the Court's order told with no day and no headline naming it: background (session 22's rule)
    (None, "La Corte Penal Internacional (CPI) ordenó la detención de Benjamin Netanyahu.", "es"),
    (None, "O Tribunal Penal Internacional ordenou a prisão de Benjamin Netanyahu.", "pt"),
    # a headline about something else
    ("Hungría anuncia su retirada de la CPI",
     "La Corte Penal Internacional (CPI) ordenó la detención de Benjamin Netanyahu.", "es"),
])
def test_the_courts_order_of_arrest_control(spec, title: str | None, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "warrant_issued", title=title, language=language) == []


# 1. A lead telling a host's welcome with no day of its own on a page dated to its month, then the person's trip named by its
#    noun with its own time ('während seines Besuchs Anfang September'): the lead's visit is that trip, of the time told.
@pytest.mark.parametrize(("text", "language"), [
    ("Die Mongolei empfing Wladimir Putin und nahm ihn trotz Haftbefehl nicht fest. Deswegen gibt es einen Rüffel vom "
     "Internationalen Strafgerichtshof.\n\nDer Internationale Strafgerichtshof wirft der Mongolei vor, den russischen Präsidenten "
     "Wladimir Putin während seines Besuchs Anfang September trotz internationalen Haftbefehls nicht festgenommen zu haben.", "de"),
    ("Mongolia recibió a Vladimir Putin y no lo detuvo pese a la orden de arresto. La Corte Penal Internacional reprochó a "
     "Mongolia.\n\nLa Corte Penal Internacional reprocha a Mongolia no haber detenido al presidente ruso Vladimir Putin durante su "
     "visita a principios de septiembre.", "es"),
    ("Mongolia welcomed Vladimir Putin and did not arrest him despite the warrant. The Court has now rebuked Mongolia.\n\nThe "
     "International Criminal Court said Mongolia failed to arrest Russian President Vladimir Putin during his visit in early "
     "September.", "en"),
])
def test_a_lead_visit_takes_the_time_its_trip_noun_gives(spec, text: str, language: str) -> None:  # noqa: ANN001
    # (English reads "in early September" as its first day, a day within the month told)
    assert [(p, s, d[:7]) for p, s, d in _typed(spec, text, "2024-10", "visit", language=language)] == [(PUTIN, "MNG", "2024-09")]


@pytest.mark.parametrize(("text", "language"), [
    # the trip noun's time is years before the page: another, older trip; the lead's visit keeps the page's date
    ("Die Mongolei empfing Wladimir Putin und nahm ihn trotz Haftbefehl nicht fest.\n\nWladimir Putin hatte die Mongolei schon "
     "während seines Besuchs im September 2019 als Partner gelobt.", "de"),
    # the trip noun names another State: another trip
    ("Mongolia welcomed Vladimir Putin and did not arrest him despite the warrant.\n\nVladimir Putin had met Xi Jinping during "
     "his visit to China in early September.", "en"),
])
def test_a_lead_visit_keeps_the_pages_date_control(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [v for v in _typed(spec, text, "2024-10", "visit", language=language) if v[1] == "MNG"] == [(PUTIN, "MNG", "2024-10")]


# 2. A host's list of expected participants a sentence after the one naming the gathering, its place and its day to come: each
#    person listed plans a trip to the place's State on that day.
@pytest.mark.parametrize(("text", "language"), [
    ("On 10 October 2025, Dushanbe will host the CIS Heads of State Summit. Expected participants include President of Belarus "
     "Alexander Lukashenko, President of Russia Vladimir Putin and President of Uzbekistan Shavkat Mirziyoyev.", "en"),
    ("El 10 de octubre de 2025, Dusambé acogerá la cumbre de jefes de Estado de la CEI. Entre los participantes previstos figuran "
     "el presidente de Bielorrusia, Alexandr Lukashenko, y el presidente de Rusia, Vladimir Putin.", "es"),
    ("Le 10 octobre 2025, Douchanbé accueillera le sommet des chefs d'État de la CEI. Parmi les participants attendus figurent le "
     "président biélorusse Alexandre Loukachenko et le président russe Vladimir Poutine.", "fr"),
])
def test_expected_participants_of_a_summit_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-10-07", "planned_visit", language=language) == [(PUTIN, "TJK", "2025-10-10")]


@pytest.mark.parametrize(("text", "language"), [
    # the gathering is over: its participants are no trip to come
    ("On 10 October 2024, Dushanbe hosted the CIS Heads of State Summit. Expected participants included President of Russia "
     "Vladimir Putin.", "en"),
    # no gathering named before the list
    ("The weather in Dushanbe will be warm on 10 October 2025. Expected participants include President of Russia Vladimir "
     "Putin.", "en"),
    # participants only of a list of invitations, no list of those expected
    ("El 10 de octubre de 2025, Dusambé acogerá la cumbre de la CEI. Entre los invitados que rechazaron asistir figura el "
     "presidente de Rusia, Vladimir Putin.", "es"),
])
def test_expected_participants_control(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-10-07", "planned_visit", language=language) == []


# 5. A trip to come with no date told by the headline and the lead ("Netanyahu to visit Hungary soon"): the README labels it
#    expected (a planned visit needs no date); the rules read it, and the statistical filter no longer drops it for want of a date.
@pytest.mark.parametrize(("title", "text", "language"), [
    ("Netanyahu to visit Hungary soon for talks with Orban",
     "Israeli Prime Minister Benjamin Netanyahu will arrive in Hungary for an official visit in the coming weeks, an aide to "
     "Viktor Orban said.\n\nOrban invited him in November.", "en"),
    ("Netanyahu visitará Hungría",
     "El primer ministro israelí, Benjamin Netanyahu, visitará Hungría en las próximas semanas, anunció un portavoz del Gobierno "
     "húngaro.\n\nOrbán lo invitó en noviembre.", "es"),
])
def test_an_undated_trip_to_come_in_the_lead_passes_the_filter(spec, title: str, text: str, language: str) -> None:  # noqa: ANN001
    from iccwatch.monitor.documents import make_document
    from iccwatch.monitor.extract import extract_candidates

    doc = make_document(text, title=title, date="2025-03-10", language=language)
    assert [(c.type, c.person, c.state) for c in extract_candidates(doc, spec, mode="filtered") if c.type == "planned_visit"] == [
        ("planned_visit", NETANYAHU, "HUN")]


def test_an_undated_trip_only_supposed_is_not_kept_by_the_filter(spec) -> None:  # noqa: ANN001
    from iccwatch.monitor import mfilter
    from iccwatch.monitor.documents import make_document
    from iccwatch.monitor.extract import extract_candidates

    doc = make_document("Israeli Prime Minister Benjamin Netanyahu will visit Hungary in the coming weeks, an aide said.",
                        title="Netanyahu to visit Hungary", date="2025-03-10", language="en")
    (c,) = [c for c in extract_candidates(doc, spec, mode="rules") if c.type == "planned_visit"]
    assert mfilter.announced_undated(c, doc)
    # the same trip told with a condition, and the same trip told far down the page: not kept by this rule
    supposed = c.model_copy(update={"evidence": c.evidence.model_copy(update={"sentence": c.evidence.sentence + " if invited"})})
    assert not mfilter.announced_undated(supposed, doc)
    far = make_document("Orban met aides.\n\n" + "Other news. " * 60 + "\n\n" + doc.text, title=None, date="2025-03-10", language="en")
    late = c.model_copy(update={"evidence": c.evidence.model_copy(update={"start": far.text.index("Israeli")})})
    assert not mfilter.announced_undated(late, far)
    # a dated trip is the date features' to weigh
    assert not mfilter.announced_undated(c.model_copy(update={"date": "2025-03-20"}), doc)


def test_a_welcome_of_something_else_before_the_name_is_no_visit(spec) -> None:  # noqa: ANN001
    # (dev's unionesarda page) the government received legal advice, and the person is named after a comma in another clause
    text = ("Secondo fonti citate dal Times of Israel, il governo italiano ha ricevuto una consulenza legale secondo cui i capi di "
            "Stato, ai quali viene equiparato Benjamin Netanyahu, godono dell'immunità in Italia e in Austria.")
    assert _typed(spec, text, "2025-04-04", "visit", language="it") == []
