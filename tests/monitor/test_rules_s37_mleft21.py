"""Session 37 (issue 12, mleft21): the monitor's leftovers, twenty-first list.

German tells a departure with the verb after the place ('Das Flugzeug hat Bangui verlassen', 'ist aus Bangui abgeflogen'):
read after the place (``DEPARTED_AFTER_PLACE``), it gives a surrender told without its State the State the transfer left, as
the departures told before the place do (mleft20)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

YEKATOM = "alfred-yekatom"


@pytest.mark.parametrize(("text", "language"), [
    ("Alfred Yekatom wurde am Samstag an den Internationalen Strafgerichtshof überstellt. Das Flugzeug hat Bangui am Mittag "
     "verlassen, sagte eine Quelle.", "de"),
    ("Alfred Yekatom wurde am Samstag an den Internationalen Strafgerichtshof überstellt. Das Flugzeug ist aus Bangui "
     "abgeflogen, sagte eine Quelle.", "de"),
    ("Alfred Yekatom wurde am Samstag an den Internationalen Strafgerichtshof überstellt. Die Maschine sei in Bangui gestartet, "
     "sagte eine Quelle.", "de"),
])
def test_a_surrender_takes_the_state_its_flight_left_verb_final(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2018-11-17", "surrender", language=language)] == [(YEKATOM, "CAF")]


@pytest.mark.parametrize(("text", "language"), [
    # the Court's seat left: no State that held the person
    ("Alfred Yekatom wurde am Samstag an den Internationalen Strafgerichtshof überstellt. Die Richter haben Den Haag am Freitag "
     "verlassen.", "de"),
    # another person of the record leaves
    ("Alfred Yekatom wurde am Samstag an den Internationalen Strafgerichtshof überstellt. Jean-Pierre Bemba hat Kinshasa am "
     "Freitag verlassen.", "de"),
    # a place merely named, the verb far after it in another clause
    ("Alfred Yekatom wurde am Samstag an den Internationalen Strafgerichtshof überstellt. Die Lage in Bangui bleibt angespannt, "
     "viele Familien haben ihre Häuser verlassen.", "de"),
])
def test_a_verb_final_departure_of_another_or_from_the_court_gives_no_state(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2018-11-17", "surrender", language=language)] == [(YEKATOM, None)]


DUTERTE = "rodrigo-roa-duterte"


@pytest.mark.parametrize(("text", "language"), [
    ("Police served the arrest warrant to Rodrigo Duterte at Manila airport on Tuesday morning.", "en"),
    ("La police a notifié mardi le mandat d'arrêt de la CPI à Rodrigo Duterte à l'aéroport de Manille.", "fr"),
    ("La policía notificó el martes la orden de arresto de la CPI a Rodrigo Duterte en el aeropuerto de Manila.", "es"),
])
def test_a_warrant_served_to_its_subject_is_the_arrest(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s, d) for p, s, d in _typed(spec, text, "2025-03-12", "arrest", language=language)] == [
        (DUTERTE, "PHL", "2025-03-11")]


@pytest.mark.parametrize(("text", "language"), [
    # the warrant sent to the police or to Interpol: no one served
    ("The Court sent the arrest warrant to Interpol on Tuesday, a week before Rodrigo Duterte flew to Hong Kong.", "en"),
    ("Le greffe a transmis mardi le mandat d'arrêt à Interpol ; Rodrigo Duterte se trouvait alors à Hong Kong.", "fr"),
    # a warrant to be served: not done
    ("Police will serve the arrest warrant to Rodrigo Duterte when he lands in Manila.", "en"),
])
def test_a_warrant_sent_elsewhere_or_to_be_served_is_no_arrest(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-12", "arrest", language=language) == []


# A finding told in the present perfect outside the lead, in a page dated only to its month: the page's month, as the lead's
# present-perfect news takes the page's date (the lead here is a first paragraph about something else).
_LEAD = ("Fighting between armed groups continues to displace thousands of families in the Great Lakes region, where the "
         "situation of refugees weighs on regional security and trade between neighbouring countries.\n\n")


@pytest.mark.parametrize(("text", "language"), [
    (_LEAD + "The International Criminal Court has referred the governments of Uganda and Djibouti to the United Nations "
     "Security Council for failing to arrest Omar al-Bashir.", "en"),
    ("Los combates entre grupos armados siguen desplazando a miles de familias en la región de los Grandes Lagos, donde la "
     "situación de los refugiados pesa sobre la seguridad regional y el comercio entre países vecinos.\n\n"
     "La Corte Penal Internacional ha remitido a Uganda y Yibuti al Consejo de Seguridad de la ONU por no haber detenido a "
     "Omar al Bashir.", "es"),
])
def test_a_present_perfect_referral_in_a_month_dated_page_takes_the_month(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = {(s, d) for _, s, d in _typed(spec, text, "2016-07", "noncompliance_finding", language=language)}
    assert got == {("UGA", "2016-07"), ("DJI", "2016-07")}


@pytest.mark.parametrize(("text", "language", "date"), [
    # the simple past outside the lead: no news of the page's month
    (_LEAD + "The International Criminal Court referred the governments of Uganda and Djibouti to the United Nations Security "
     "Council for failing to arrest Omar al-Bashir.", "en", "2016-07"),
    # a page dated to its day: the present perfect outside the lead stays background, as before
    (_LEAD + "The International Criminal Court has referred the governments of Uganda and Djibouti to the United Nations "
     "Security Council for failing to arrest Omar al-Bashir.", "en", "2016-07-20"),
])
def test_a_past_referral_or_a_day_dated_page_is_not_the_months_news(spec, text: str, language: str, date: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, date, "noncompliance_finding", language=language) == []


# The Court named loosely as 'an international court' ('un tribunal international', 'un tribunal internacional'), the author of a
# reprimand told as the day's news: a finding.
@pytest.mark.parametrize(("text", "language"), [
    ("An international court has formally reprimanded Mongolia for failing to arrest Vladimir Putin during his visit.", "en"),
    ("International court criticises Mongolia for not arresting Vladimir Putin.", "en"),
    ("Un tribunal international a réprimandé la Mongolie pour ne pas avoir arrêté Vladimir Poutine lors de sa visite.", "fr"),
    ("Un tribunal internacional ha reprendido a Mongolia por no haber detenido a Vladimir Putin durante su visita.", "es"),
])
def test_a_reprimand_by_an_international_court_is_a_finding(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert {s for _, s, _ in _typed(spec, text, "2024-10", "noncompliance_finding", language=language)} == {"MNG"}


@pytest.mark.parametrize(("text", "language"), [
    # the International Court of Justice is not the Court
    ("The International Court of Justice has reprimanded Mongolia for failing to comply with its order on Vladimir Putin.", "en"),
    # a national court
    ("A court in Ulaanbaatar has reprimanded Mongolia's police for failing to arrest a suspect linked to Vladimir Putin's visit.",
     "en"),
    ("La Cour internationale de justice a réprimandé la Mongolie pour ne pas avoir arrêté Vladimir Poutine.", "fr"),
])
def test_a_reprimand_by_another_court_is_no_finding(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-10", "noncompliance_finding", language=language) == []


BASHIR = "omar-hassan-ahmad-al-bashir"


# Presence told as attendance, a fact of the day: a visit ('la présence de X à', already read, beside the English possessive and
# German's 'Anwesenheit von X').
@pytest.mark.parametrize(("text", "language"), [
    ("Omar al-Bashir's presence at the inauguration in Kampala on Thursday drew criticism from rights groups.", "en"),
    ("Die Anwesenheit von Omar al-Baschir bei der Amtseinführung in Kampala am Donnerstag sorgte für Kritik.", "de"),
    ("La présence d'Omar el-Béchir à l'investiture à Kampala jeudi a suscité les critiques des ONG.", "fr"),
    ("La presencia de Omar al Bashir en la investidura en Kampala el jueves provocó críticas de las ONG.", "es"),
])
def test_presence_at_a_ceremony_is_a_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2016-05-13", "visit", language=language) == [(BASHIR, "UGA", "2016-05-12")]


@pytest.mark.parametrize(("text", "language"), [
    # a presence only supposed or feared: no visit
    ("Omar al-Bashir's presence at the inauguration in Kampala would be an embarrassment, rights groups said.", "en"),
    ("Rights groups said any presence of Omar al-Bashir in Kampala would be unacceptable.", "en"),
    ("Die Anwesenheit von Omar al-Baschir in Kampala wäre eine Provokation, sagten Menschenrechtler.", "de"),
])
def test_a_presence_supposed_is_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2016-05-13", "visit", language=language) == []


# A departure prevented ('an order preventing him from leaving South Africa'): the person is in that State on the day, a visit
# where they are a visitor (not a national at home, the visit's own rule).
@pytest.mark.parametrize(("text", "language"), [
    ("A judge on Sunday issued an order preventing Omar al-Bashir from leaving South Africa.", "en"),
    ("Un juge a rendu dimanche une ordonnance pour empêcher Omar el-Béchir de quitter l'Afrique du Sud.", "fr"),
    ("Un giudice ha emesso domenica un ordine per impedire a Omar al-Bashir di lasciare il Sudafrica.", "it"),
    ("Un juez dictó el domingo una orden para impedir a Omar al Bashir salir de Sudáfrica.", "es"),
])
def test_a_departure_prevented_is_a_presence(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2015-06-15", "visit", language=language) == [(BASHIR, "ZAF", "2015-06-14")]


@pytest.mark.parametrize(("text", "language"), [
    # at home: no visit
    ("A judge on Sunday issued an order preventing Omar al-Bashir from leaving Sudan.", "en"),
    # only supposed
    ("A court could issue an order preventing Omar al-Bashir from leaving South Africa if he attends the summit.", "en"),
    ("Un juge pourrait empêcher Omar el-Béchir de quitter l'Afrique du Sud s'il venait au sommet.", "fr"),
    # a standing restriction, no day told: no presence of the day
    ("Travel restrictions imposed on Omar al-Bashir, which prevented him from leaving South Africa, had been lifted.", "en"),
])
def test_a_departure_prevented_at_home_or_supposed_is_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2015-06-15", "visit", language=language) == []
