"""Session 49 (issue 12, task mslot49b): trip dates, the second wave of the slot misses (docs/monitor.md, "Slot misses, second
wave (session 49)"). A trip to come to a gathering, dated only to a month or not at all, takes the day the same gathering is told
on in another sentence of the page, in every language the rules read: the words between a gathering's noun and its date
('est prévu le', 'am') and the articles before its noun ('le', 'einem') are each language's data (monitor_words.yaml
``gathering_to_date``, ``generic_before``), as English's were. Sentences written for the tests (not copied from the real-news
set), with controls that must not change: a day of another month, another gathering, a page with no gathering told."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed

NETANYAHU = "benjamin-netanyahu"
DAY = "2025-08-07"

# 1. A trip dated to its month; the gathering's day told in the next sentence.
MONTH_THEN_DAY = [
    ("Benjamin Netanyahu will attend the summit in Argentina in September. The summit is set for 3 September, officials said.", "en"),
    ("Benjamin Netanyahou doit se rendre au sommet en Argentine en septembre. Le sommet est prévu le 3 septembre, selon des responsables.", "fr"),
    ("Benjamin Netanyahu tiene previsto asistir a la cumbre en Argentina en septiembre. La cumbre está prevista para el 3 de septiembre.", "es"),
    ("Benjamin Netanyahu deve participar da cúpula na Argentina em setembro. A cúpula está marcada para 3 de setembro.", "pt"),
    ("Benjamin Netanyahu parteciperà al vertice in Argentina a settembre. Il vertice è previsto per il 3 settembre.", "it"),
    ("Benjamin Netanjahu will im September zum Gipfel nach Argentinien reisen. Der Gipfel ist für den 3. September geplant.", "de"),
]


@pytest.mark.parametrize(("text", "language"), MONTH_THEN_DAY)
def test_a_trip_dated_to_its_month_takes_the_gatherings_day_told_elsewhere(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "planned_visit", language=language) == [(NETANYAHU, "ARG", "2025-09-03")]


# 2. An undated trip to a gathering, its day told in the next sentence with the language's own words (English's was read
# before this session: the others were not).
UNDATED_THEN_DAY = [
    ("Benjamin Netanyahu will attend the summit in Argentina. The summit will be held on 3 September.", "en"),
    ("Benjamin Netanyahou doit se rendre au sommet en Argentine. Le sommet, qui aura lieu le 3 septembre, réunira vingt pays.", "fr"),
    ("Benjamin Netanyahu tiene previsto asistir a la cumbre en Argentina. La cumbre se celebrará el 3 de septiembre.", "es"),
    ("Benjamin Netanjahu will zum Gipfel nach Argentinien reisen. Der Gipfel findet am 3. September statt.", "de"),
]


@pytest.mark.parametrize(("text", "language"), UNDATED_THEN_DAY)
def test_an_undated_trip_takes_the_gatherings_day_told_in_the_languages_words(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "planned_visit", language=language) == [(NETANYAHU, "ARG", "2025-09-03")]


# 3. Controls: the month stays.
@pytest.mark.parametrize(("text", "language"), [
    # a day of another month: another gathering, or a month told loosely
    ("Benjamin Netanyahu will attend the summit in Argentina in September. The summit is set for 3 October, officials said.", "en"),
    ("Benjamin Netanjahu will im September zum Gipfel nach Argentinien reisen. Der Gipfel ist für den 3. Oktober geplant.", "de"),
    ("Benjamin Netanyahu tiene previsto asistir a la cumbre en Argentina en septiembre. La cumbre está prevista para el 3 de octubre.", "es"),
    # another gathering, named apart
    ("Benjamin Netanyahu will attend the BRICS summit in Argentina in September. The G20 summit is set for 3 September.", "en"),
    # no gathering told
    ("Benjamin Netanyahu will visit Argentina in September. Officials met on 3 September to prepare it.", "en"),
    ("Benjamin Netanyahou se rendra en Argentine en septembre. Des responsables se sont réunis le 3 septembre.", "fr"),
])
def test_a_trip_dated_to_its_month_keeps_it_without_the_same_gatherings_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "planned_visit", language=language) == [(NETANYAHU, "ARG", "2025-09")]


def test_a_gatherings_day_already_past_is_not_the_trips(spec) -> None:  # noqa: ANN001
    text = "Benjamin Netanyahu will attend the summit in Argentina in August. The summit is set for 3 August, officials said."
    assert typed(spec, text, DAY, "planned_visit") == [(NETANYAHU, "ARG", "2025-08")]
