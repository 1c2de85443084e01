"""Session 40 (issue 12, task mnews131): general rules from the dev errors of batch 131 (traps as real news has them). Each
rule is tested with sentences written for the test in at least two of the languages the monitor reads, and with contrasts
that must not fire; the words are data in ``data/lookups/monitor_words.yaml`` (English's in monitor/lexicon.py and
monitor/dates.py). The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NETANYAHU = "benjamin-netanyahu"
GALLANT = "yoav-gallant"
DEIF = "mohammed-diab-ibrahim-al-masri"
PUTIN = "vladimir-vladimirovich-putin"


# 1. A visit named with its participle of announcement ('his announced visit', 'sa visite annoncée', 'su visita anunciada',
# 'seinem angekündigten Besuch'): a trip to come, not a trip made and not nothing.
@pytest.mark.parametrize(("text", "language"), [
    ("Amnesty urged Hungary to arrest Benjamin Netanyahu during his announced visit to Hungary.", "en"),
    ("Amnesty demande à la Hongrie d'arrêter Benjamin Netanyahu lors de sa visite annoncée en Hongrie.", "fr"),
    ("Amnesty fordert Ungarn auf, Benjamin Netanjahu bei seinem angekündigten Besuch in Ungarn festzunehmen.", "de"),
    # (Spanish, Italian and Portuguese 'durante su visita anunciada/prevista a X' with no day stays a visit, as 'visita prevista'
    # did before: the stay 'durante su visita a' is read first; with its day, test 2, the trip is to come; left undone)
])
def test_an_announced_visit_is_a_trip_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-04-01", "planned_visit", language=language)
    assert [(p, s) for p, s, _ in got] == [(NETANYAHU, "HUN")]
    assert _typed(spec, text, "2025-04-01", "visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Benjamin Netanyahu's announced visit to Hungary was cancelled.", "en"),
    ("La visite annoncée de Benjamin Netanyahu en Hongrie a été annulée.", "fr"),
    ("Der angekündigte Besuch von Benjamin Netanjahu in Ungarn wurde abgesagt.", "de"),
])
def test_an_announced_visit_cancelled_gives_no_trip(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-01", "planned_visit", language=language) == []
    assert _typed(spec, text, "2025-04-01", "visit", language=language) == []


# 2. A weekday an act is set for, its preposition right before it ('announced for Wednesday', 'für Mittwoch angekündigt',
# 'annoncée pour mercredi', 'anunciada para el miércoles'): the day to come, not the one past.
@pytest.mark.parametrize(("text", "language"), [
    ("Amnesty urged Hungary to arrest Benjamin Netanyahu during his visit to Hungary announced for Wednesday.", "en"),
    ("Amnesty fordert die Regierung auf, Benjamin Netanjahu bei seinem für Mittwoch angekündigten Besuch in Ungarn festzunehmen.", "de"),
    ("Amnesty demande à la Hongrie d'arrêter Benjamin Netanyahu lors de sa visite annoncée pour mercredi en Hongrie.", "fr"),
    ("Amnistía pidió a Hungría detener a Benjamin Netanyahu durante su visita anunciada para el miércoles a Hungría.", "es"),
    ("A Anistia pediu à Hungria que prenda Benjamin Netanyahu durante sua visita anunciada para quarta-feira à Hungria.", "pt"),
])
def test_a_day_an_announced_trip_is_set_for_is_the_day_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    # the page of Tuesday 1 April 2025: Wednesday is 2 April, not 26 March
    assert _typed(spec, text, "2025-04-01", "planned_visit", language=language) == [(NETANYAHU, "HUN", "2025-04-02")]


@pytest.mark.parametrize(("text", "language"), [
    ("Benjamin Netanyahu arrived in Budapest on Wednesday for talks with Viktor Orban.", "en"),
    ("Benjamin Netanjahu traf am Mittwoch in Budapest ein.", "de"),
])
def test_a_weekday_of_a_trip_made_stays_the_day_past(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-04", "visit", language=language) == [(NETANYAHU, "HUN", "2025-04-02")]


# 3. Under a headline that names the warrants, a second warrant told with "also" ('también', 'auch') after warrants told as the
# page's news with no day of their own is the same day's news; the judges approving a warrant ('aprobaron la orden de arresto',
# 'genehmigten den Haftbefehl') is its issue, as English "approved an arrest warrant" already was.
@pytest.mark.parametrize(("title", "text", "language"), [
    ("La CPI emite órdenes de arresto contra Netanyahu y Gallant",
     "La Corte Penal Internacional (CPI) emitió órdenes de arresto contra Benjamin Netanyahu y Yoav Gallant, acusados de crímenes "
     "de guerra. Los jueces también aprobaron la orden de arresto de Mohammed Deif, "
     "jefe del ala militar de Hamás.", "es"),
    ("ICC issues arrest warrants for Netanyahu and Gallant",
     "The International Criminal Court issued arrest warrants for Israeli Prime Minister Benjamin Netanyahu and his former defence "
     "minister Yoav Gallant, accusing them of war crimes. The judges also approved an arrest warrant for Mohammed Deif, the head of "
     "Hamas's armed wing.", "en"),
    ("Haftbefehle gegen Netanjahu und Gallant",
     "Der Internationale Strafgerichtshof erließ Haftbefehle gegen den israelischen Regierungschef Benjamin Netanjahu und den "
     "früheren Verteidigungsminister Yoav Gallant wegen Kriegsverbrechen. Die Richter genehmigten auch einen Haftbefehl gegen "
     "Mohammed Deif.", "de"),
])
def test_a_warrant_also_approved_after_the_days_warrants_is_the_days(spec, title: str, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "warrant_issued", title=title, language=language) == sorted(
        [(NETANYAHU, None, "2024-11-22"), (GALLANT, None, "2024-11-22"), (DEIF, None, "2024-11-22")], key=str)


@pytest.mark.parametrize(("text", "language"), [
    # no headline naming the warrants: the undated past issue stays background (the rule of session 22), and so does the one
    # told with "also" after it
    ("La Corte Penal Internacional ordenó la detención de Benjamin Netanyahu. Los jueces también aprobaron la orden de arresto de "
     "Mohammed Deif.", "es"),
    ("Vladimir Putin arrived in Mongolia on Monday. The International Criminal Court also issued an arrest warrant for Benjamin "
     "Netanyahu.", "en"),
])
def test_a_warrant_also_told_after_background_ones_is_not_the_days(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-11-22", "warrant_issued", language=language)
    assert all(d != "2024-11-22" for _, _, d in got), got
