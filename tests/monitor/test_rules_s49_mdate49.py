"""Session 49 (issue 12, task mdate49): facts read with no day of their own (docs/monitor.md, "Facts read with no day, and
slot errors (session 49)"). The lead's decision: a fact the page tells as its news with no day of its own takes the page's
date, when it is the page's news and not background. On a page with no headline, the opening sentence tells the page's news in
the headline's place: a warrant's issue or a custody it tells in the simple past with no day takes the page's day, in every
language the rules read. Sentences written for the tests (not copied from the real-news set), each family with controls that
must not change: background recalled in an opening (a relative clause, the pluperfect, an earlier year), a page whose news is
another fact, a warrant only sought. No State or person is special-cased: the names are the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed

NETANYAHU = "benjamin-netanyahu"
PUTIN = "vladimir-vladimirovich-putin"
ONGWEN = "dominic-ongwen"
DAY = "2024-11-22"


# 1. A warrant's issue told in the simple past by the opening of a page with no headline: the page's news, of its day.
OPENING_WARRANTS = [
    ("The International Criminal Court issued an arrest warrant for Benjamin Netanyahu on charges of war crimes.", "en"),
    ("La Cour pénale internationale a émis un mandat d'arrêt contre Benjamin Netanyahou pour crimes de guerre.", "fr"),
    ("La Corte Penal Internacional (CPI) ordenó la detención de Benjamin Netanyahu por crímenes de guerra.", "es"),
    ("La Corte Penal Internacional emitió una orden de arresto contra Benjamin Netanyahu por crímenes de guerra.", "es"),
    ("O Tribunal Penal Internacional emitiu um mandado de prisão contra Benjamin Netanyahu por crimes de guerra.", "pt"),
    ("La Corte penale internazionale ha emesso un mandato di arresto per Benjamin Netanyahu per crimini di guerra.", "it"),
    ("Der Internationale Strafgerichtshof erließ einen Haftbefehl gegen Benjamin Netanjahu wegen Kriegsverbrechen.", "de"),
]


@pytest.mark.parametrize(("text", "language"), OPENING_WARRANTS)
def test_a_warrant_told_by_the_opening_of_a_page_with_no_headline_is_the_days(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "warrant_issued", language=language) == [(NETANYAHU, None, DAY)]


@pytest.mark.parametrize(("text", "language"), [
    # recalled in a relative clause of the opening, whose news is another act
    ("The Court, which issued an arrest warrant for Benjamin Netanyahu, said on Monday that it would hold a hearing.", "en"),
    ("La Corte, que emitió una orden de arresto contra Benjamin Netanyahu, anunció el lunes que celebrará una audiencia.", "es"),
    # told in the pluperfect
    ("The International Criminal Court had issued an arrest warrant for Benjamin Netanyahu for war crimes in Gaza.", "en"),
    ("Der Internationale Strafgerichtshof hatte einen Haftbefehl gegen Benjamin Netanjahu wegen Kriegsverbrechen erlassen.", "de"),
    # an opening that names a year before the page's: a story reaching back
    ("In 2023 the International Criminal Court issued an arrest warrant for Benjamin Netanyahu for war crimes.", "en"),
    # the page's news is another fact: the warrant told in a later sentence stays background
    ("Viktor Orbán welcomed Benjamin Netanyahu in Budapest with military honours and a parade. The International Criminal Court "
     "issued an arrest warrant for Benjamin Netanyahu for war crimes.", "en"),
    ("Viktor Orbán recibió a Benjamin Netanyahu en Budapest con honores militares y un desfile. La Corte Penal Internacional "
     "emitió una orden de arresto contra Benjamin Netanyahu.", "es"),
])
def test_a_warrant_recalled_in_an_opening_or_after_it_stays_background(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = typed(spec, text, DAY, "warrant_issued", language=language)
    assert all(d != DAY for _, _, d in got), got


def test_a_warrant_only_sought_in_the_opening_gives_no_warrant(spec) -> None:  # noqa: ANN001
    text = "The Prosecutor of the International Criminal Court asked the judges for an arrest warrant for Benjamin Netanyahu."
    assert typed(spec, text, DAY, "warrant_issued", language="en") == []


def test_a_headline_about_another_fact_keeps_the_opening_warrant_background(spec) -> None:  # noqa: ANN001
    # a page with a headline keeps the headline rules: the opening does not stand in its place
    text = "La Corte Penal Internacional (CPI) ordenó la detención de Benjamin Netanyahu por crímenes de guerra."
    assert typed(spec, text, DAY, "warrant_issued", title="Hungría anuncia su retirada de la CPI", language="es") == []


# 2. A custody told by the opening of a page with no headline: the page's news, of its day, as under a headline naming it.
@pytest.mark.parametrize(("text", "language"), [
    ("Authorities in the Central African Republic handed Dominic Ongwen over to the International Criminal Court.", "en"),
    ("Las autoridades de la República Centroafricana entregaron a Dominic Ongwen a la Corte Penal Internacional.", "es"),
    ("Les autorités centrafricaines ont remis Dominic Ongwen à la Cour pénale internationale à Bangui.", "fr"),
])
def test_a_surrender_told_by_the_opening_of_a_page_with_no_headline_is_the_days(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = typed(spec, text, DAY, "surrender", language=language)
    assert [(p, d) for p, _, d in got] == [(ONGWEN, DAY)]


@pytest.mark.parametrize(("text", "language"), [
    # recalled in a relative clause about the person, whose news is the trial
    ("Dominic Ongwen, who was handed over to the International Criminal Court, was sentenced to prison on Thursday.", "en"),
    # the pluperfect
    ("Authorities in the Central African Republic had handed Dominic Ongwen over to the International Criminal Court.", "en"),
])
def test_a_surrender_recalled_in_an_opening_stays_background(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = typed(spec, text, DAY, "surrender", language=language)
    assert all(d != DAY for _, _, d in got), got


@pytest.mark.parametrize(("text", "language"), [
    # a custody told as the time before the opening's own present (session 31's reading): no day of its own
    ("Former President Rodrigo Duterte is now in the custody of the International Criminal Court following his arrest in Manila.",
     "en"),
    ("El expresidente Rodrigo Duterte se encuentra en La Haya tras su detención en Manila por orden de la Corte Penal Internacional.",
     "es"),
])
def test_an_arrest_told_as_the_time_before_the_openings_present_stays_undated(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = typed(spec, text, DAY, "arrest", language=language)
    assert all(d != DAY for _, _, d in got), got


# 3. An opening that tells no act done does not stand as the headline: a negation, a condition, a call or request, an act
#    avoided (the family OPENING_NOT_DONE, each language's words; written after the parity traps of sessions 35-37 fired on the
#    first version of the rule).
@pytest.mark.parametrize(("text", "language", "kind"), [
    ("The judges of the International Criminal Court have not yet issued a warrant for Benjamin Netanyahu.", "en", "warrant_issued"),
    ("Los jueces de la Corte Penal Internacional todavía no emitieron una orden de arresto contra Benjamin Netanyahu.", "es",
     "warrant_issued"),
    ("Sollten die Richter einen Haftbefehl gegen Benjamin Netanjahu erlassen, müsste Deutschland ihn festnehmen.", "de",
     "warrant_issued"),
    ("Falls die Richter des Strafgerichtshofs einen Haftbefehl gegen Benjamin Netanjahu erlassen, wäre das ein Einschnitt.", "de",
     "warrant_issued"),
    ("Zwanzig Organisationen forderten die Richter auf, einen Haftbefehl gegen Benjamin Netanjahu zu erlassen.", "de",
     "warrant_issued"),
    ("Rights groups urged the judges of the Court to issue an arrest warrant for Benjamin Netanyahu.", "en", "warrant_issued"),
    ("Se i giudici emettessero un mandato di arresto per Benjamin Netanyahu, l'Italia dovrebbe arrestarlo.", "it",
     "warrant_issued"),
    ("Vladimir Putin evitó ser detenido en Mongolia pese a la orden de la Corte Penal Internacional.", "es", "arrest"),
    ("Vladimir Putin avoided arrest in Mongolia despite the warrant of the International Criminal Court.", "en", "arrest"),
])
def test_an_opening_that_tells_no_act_done_gives_no_days_fact(spec, text: str, language: str, kind: str) -> None:  # noqa: ANN001
    got = typed(spec, text, DAY, kind, language=language)
    assert all(d != DAY for _, _, d in got), got
