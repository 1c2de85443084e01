"""Session 45 (issue 12, task mleft36): shapes of the dev half's remaining misses, each as the general shape in the languages the
monitor reads. Sentences written for the test (none copied from a page of the set), with controls that must not change. The
names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
GALLANT = "yoav-gallant"
DAY = "2023-03-17"


# 1. A headline repeated at the body's start and glued to the lead with no stop (a page's title run into its first sentence, a
#    section word of page chrome before it): the headline is read as a line of its own, so the surname that ends it is not taken
#    for the first name of the lead's first capitalised word.
GLUED = [
    ("en", "ICC issues arrest warrant for Putin",
     "World ICC issues arrest warrant for Putin The court in The Hague accused the Russian president of war crimes."),
    ("es", "La Corte Penal Internacional dicta una orden de detención contra Putin",
     "Mundo La Corte Penal Internacional dicta una orden de detención contra Putin El tribunal acusó al presidente ruso de "
     "crímenes de guerra."),
    ("fr", "La Cour pénale internationale émet un mandat d'arrêt contre Poutine",
     "Monde La Cour pénale internationale émet un mandat d'arrêt contre Poutine La juridiction accuse le président russe de "
     "crimes de guerre."),
    ("pt", "Tribunal Penal Internacional emite mandado de prisão contra Putin",
     "Mundo Tribunal Penal Internacional emite mandado de prisão contra Putin O tribunal acusa o presidente russo de crimes de "
     "guerra."),
    ("it", "La Corte penale internazionale spicca un mandato d'arresto per Putin",
     "Esteri La Corte penale internazionale spicca un mandato d'arresto per Putin Il tribunale accusa il presidente russo di "
     "crimini di guerra."),
]


@pytest.mark.parametrize(("language", "title", "text"), GLUED, ids=[g[0] for g in GLUED])
def test_a_headline_glued_to_the_lead_is_read_as_its_own_line(spec, language: str, title: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "warrant_issued", title=title, language=language) == [(PUTIN, None, DAY)]


@pytest.mark.parametrize(("language", "title", "text"), GLUED[1:2], ids=["es"])
def test_the_same_body_without_its_title_is_read_as_before(spec, language: str, title: str, text: str) -> None:  # noqa: ANN001
    # control: with no headline given, nothing marks where the headline ends, and the run 'Putin The court' is read as before
    # (a capitalised word after a surname on the same line may be a first name: no candidate; English reads 'The' as no first
    # name either way)
    assert _typed(spec, text, DAY, "warrant_issued", language=language) == []


def test_the_headline_cut_keeps_the_texts_length_and_cuts_only_a_glued_headline() -> None:
    from iccwatch.monitor.mentions import (
        cut_glued_headline,  # (here, so the file's other tests run on the base commit too)
    )

    title = "ICC issues arrest warrant for Putin"
    glued = "World ICC issues arrest warrant for Putin The court accused him."
    cut = cut_glued_headline(glued, title)
    assert cut == "World ICC issues arrest warrant for Putin\nThe court accused him." and len(cut) == len(glued)
    # controls: a headline already on its own line, one followed by a word in lower case, one far down the body, a short title
    assert cut_glued_headline("ICC issues arrest warrant for Putin\nThe court accused him.", title) == \
        "ICC issues arrest warrant for Putin\nThe court accused him."
    assert cut_glued_headline("ICC issues arrest warrant for Putin and for two others.", title) == \
        "ICC issues arrest warrant for Putin and for two others."
    far = "x " * 150 + glued
    assert cut_glued_headline(far, title) == far
    assert cut_glued_headline("Putin warrant The court.", "Putin warrant") == "Putin warrant The court."


# 2. A surname at a line's end is not read as a first name by the next line's first word (a line end the reading keeps ends a
#    headline or a paragraph; a name wrapped over two lines is joined before: mentions.unwrap).
@pytest.mark.parametrize(("language", "text"), [
    ("es", "La Corte Penal Internacional dicta una orden de detención contra Putin\n\nEl tribunal acusó al presidente ruso."),
    ("en", "ICC issues an arrest warrant for Putin\n\nThe court accused the Russian president of war crimes."),
])
def test_a_surname_ending_a_headline_line_is_the_person(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "warrant_issued", language=language) == [(PUTIN, None, DAY)]


def test_a_surname_before_a_capitalised_word_on_the_same_line_stays_a_possible_first_name(spec) -> None:  # noqa: ANN001
    # control: 'Putin Ahmed' on one line may be someone else's name (the reading of session 16 and after)
    text = "The International Criminal Court issues an arrest warrant for Putin Ahmed, a businessman."
    assert _typed(spec, text, DAY, "warrant_issued", language="en") == []


# 3. The warrant's noun with its adjective before the participle ('il mandato di arresto internazionale spiccato dalla Corte'):
#    the issue, read as the news under a headline that names the warrant, as without the adjective.
IT_TITLE = "Che cos'è la Corte che ha spiccato il mandato di arresto per Vladimir Putin"
IT_LEAD = ("Di sicuro, ha fatto molto discutere il mandato di arresto internazionale spiccato dalla Corte penale internazionale "
           "nei confronti del presidente russo Vladimir Putin, accusato di crimini di guerra.")


def test_the_warrants_noun_with_its_adjective_before_the_participle_is_an_issue(spec) -> None:  # noqa: ANN001
    assert _typed(spec, IT_LEAD, "2023-03", "warrant_issued", title=IT_TITLE, language="it") == [(PUTIN, None, "2023-03")]


@pytest.mark.parametrize(("text", "title"), [
    # no headline naming the warrant and the issue in no present tense: the undated past issue is background (session 22's rule;
    # the lead's own present perfect, 'ha fatto discutere', dates it to the page as any lead's present does)
    ("Molti discussero a lungo il mandato di arresto internazionale spiccato dalla Corte penale internazionale nei confronti "
     "del presidente russo Vladimir Putin, accusato di crimini di guerra.", None),
    ("Nonostante il mandato di arresto internazionale spiccato dalla Corte penale internazionale nei confronti di Vladimir Putin, "
     "il presidente russo ha viaggiato in Mongolia.", IT_TITLE),  # the warrant recalled ('nonostante'): background
])
def test_the_warrants_noun_with_its_adjective_recalled_stays_background(spec, text: str, title: str | None) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-03", "warrant_issued", title=title, language="it") == []


# 4. A further warrant told by a sentence opened with an additive connective and no day of its own ('Además, la Corte emitió
#    otra orden …', "In addition, the Court issued …"): the day of the warrant just told, as 'also' reads.
ADDED = [
    ("en", "The International Criminal Court issued an arrest warrant for Benjamin Netanyahu on Thursday. In addition, the Court "
           "issued an arrest warrant for Yoav Gallant."),
    ("es", "La Corte Penal Internacional emitió el jueves una orden de arresto contra Benjamin Netanyahu. Además, la Corte emitió "
           "una orden de arresto contra Yoav Gallant."),
    ("fr", "La Cour pénale internationale a émis jeudi un mandat d'arrêt contre Benjamin Netanyahu. En outre, la Cour a émis un "
           "mandat d'arrêt contre Yoav Gallant."),
    ("pt", "O Tribunal Penal Internacional emitiu na quinta-feira um mandado de prisão contra Benjamin Netanyahu. Além disso, o "
           "Tribunal emitiu um mandado de prisão contra Yoav Gallant."),
    ("it", "La Corte penale internazionale ha emesso giovedì un mandato d'arresto per Benjamin Netanyahu. Inoltre, la Corte ha "
           "emesso un mandato d'arresto per Yoav Gallant."),
    ("de", "Der Internationale Strafgerichtshof erließ am Donnerstag einen Haftbefehl gegen Benjamin Netanjahu. Außerdem erließ "
           "der Strafgerichtshof einen Haftbefehl gegen Yoav Gallant."),
]
THU = "2024-11-21"


@pytest.mark.parametrize(("language", "text"), ADDED, ids=[a[0] for a in ADDED])
def test_a_warrant_after_an_additive_connective_takes_the_days_of_the_one_before(spec, language: str, text: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-11-22", "warrant_issued", language=language)
    assert (GALLANT, None, THU) in got and (NETANYAHU, None, THU) in got


@pytest.mark.parametrize(("language", "text"), [
    ("en", "In addition, the Court issued an arrest warrant for Yoav Gallant."),
    ("es", "Además, la Corte emitió una orden de arresto contra Yoav Gallant."),
    ("de", "Außerdem erließ der Strafgerichtshof einen Haftbefehl gegen Yoav Gallant."),
])
def test_an_additive_connective_with_no_warrant_before_gives_no_day(spec, language: str, text: str) -> None:  # noqa: ANN001
    # control: no dated warrant before it, the connective alone dates nothing (undated past: background)
    assert _typed(spec, text, "2024-11-22", "warrant_issued", language=language) == []


# 5. A wire's dateline with its place in title case and an agency's name in brackets ('Manila, 11 mar. (askanews) -'), on a page
#    dated only to its month: the story's present is the dateline's day, as an upper-case dateline's is on a page dated to the day.
@pytest.mark.parametrize(("language", "text"), [
    ("it", "Manila, 11 mar. (askanews) - L'ex presidente Rodrigo Duterte è stato arrestato all'aeroporto di Manila."),
    ("en", "Manila, March 11 (Reuters) - Former president Rodrigo Duterte has been arrested at Manila airport."),
    ("es", "Manila, 11 mar (EFE) - El expresidente Rodrigo Duterte ha sido detenido en el aeropuerto de Manila."),
])
def test_a_title_case_dateline_gives_a_month_pages_story_its_day(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03", "arrest", language=language) == [("rodrigo-roa-duterte", "PHL", "2025-03-11")]


@pytest.mark.parametrize(("language", "text"), [
    # controls: a capitalised word and a comma with no date after it is no dateline; a dateline of a day outside the page's month
    # gives no day (the story's present stays the page's month)
    ("it", "Filippine, l'ex presidente Rodrigo Duterte è stato arrestato all'aeroporto di Manila."),
    ("en", "Manila, February 27 (Reuters) - Former president Rodrigo Duterte has been arrested at Manila airport."),
])
def test_no_dateline_leaves_a_month_pages_story_to_its_month(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert {d for _, _, d in _typed(spec, text, "2025-03", "arrest", language=language)} <= {"2025-03"}
