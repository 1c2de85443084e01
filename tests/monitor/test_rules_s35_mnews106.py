"""Session 35 (issue 12, task mnews106): readings written on batches 106-107's dev errors. Each reading is a general rule,
tested with sentences written for the test and a contrast that must not fire; the other languages' words are data in
``data/lookups/monitor_words.yaml``. The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

KUSHAYB = "ali-muhammad-ali-abd-al-rahman"
PUTIN = "vladimir-vladimirovich-putin"
NEWS_DAY = "2020-06-09"
FINDING_DAY = "2024-10-24"


# 1. The Court's custody told by a verb of holding with the Court as its agent ("is now held by the ICC"), as the set's
# "is now in the Court's custody": a surrender of the page's day.
HELD_BY_COURT = [
    ("Ali Kushayb is now held by the ICC after giving himself up in the Central African Republic.", "en"),
    ("Ali Kushayb est désormais détenu par la CPI après s'être rendu en République centrafricaine.", "fr"),
    ("Ali Kushayb está ahora detenido por la CPI tras entregarse en la República Centroafricana.", "es"),
    ("Ali Kushayb è ora detenuto dalla CPI dopo essersi consegnato nella Repubblica Centrafricana.", "it"),
    ("Ali Kushayb está agora detido pelo TPI depois de se entregar na República Centro-Africana.", "pt"),
    ("Ali Kushayb befindet sich nun in Gewahrsam des Internationalen Strafgerichtshofs.", "de"),
]


@pytest.mark.parametrize(("text", "language"), HELD_BY_COURT)
def test_held_by_the_court_now_is_a_surrender(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, NEWS_DAY, "surrender", language=language)
    assert [(p, d) for p, _, d in got] == [(KUSHAYB, NEWS_DAY)], got


HELD_LONG_AGO = [
    ("Ali Kushayb has been held by the ICC since 2020.", "en"),
    ("Ali Kushayb est détenu par la CPI depuis 2020.", "fr"),
    ("Ali Kushayb está detenido por la CPI desde 2020.", "es"),
    ("Ali Kushayb è detenuto dalla CPI dal 2020.", "it"),
    ("Ali Kushayb está detido pelo TPI desde 2020.", "pt"),
    ("Ali Kushayb befindet sich seit 2020 in Gewahrsam des Internationalen Strafgerichtshofs.", "de"),
]


@pytest.mark.parametrize(("text", "language"), HELD_LONG_AGO)
def test_held_by_the_court_since_a_year_is_no_surrender_of_the_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-11-12", "surrender", language=language)
    assert all(d != "2025-11-12" for _, _, d in got), got


HELD_BY_OTHERS = [
    ("Ali Kushayb est désormais détenu par la police centrafricaine.", "fr"),
    ("Ali Kushayb está ahora detenido por la policía centroafricana.", "es"),
]


@pytest.mark.parametrize(("text", "language"), HELD_BY_OTHERS)
def test_held_by_the_police_is_no_surrender(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, NEWS_DAY, "surrender", language=language) == []


# 2. A stay told only inside a failure's clause ("criticó a Mongolia por no detener a X durante su visita"): the trip is the
# ground of the failure, background, as English "for not arresting X during his visit" names no trip of its own.
FAILURE_GROUND = [
    ("The ICC criticised Mongolia for not arresting Vladimir Putin during his visit.", "en"),
    ("La CPI critica a Mongolia por no arrestar a Vladimir Putin durante su visita.", "es"),
    ("La CPI criticó a Mongolia por no detener a Vladimir Putin durante su visita.", "es"),
    ("O TPI critica a Mongólia por não prender Vladimir Putin durante sua visita.", "pt"),
    ("La CPI critique la Mongolie pour ne pas avoir arrêté Vladimir Poutine lors de sa visite.", "fr"),
]


@pytest.mark.parametrize(("text", "language"), FAILURE_GROUND)
def test_a_stay_in_a_failures_clause_is_no_visit_of_the_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, FINDING_DAY, "visit", language=language) == []


STAY_TOLD = [
    ("Vladimir Putin se reunió con el presidente durante su visita a Mongolia.", "es"),
    ("Vladimir Putin reuniu-se com o presidente durante sua visita à Mongólia.", "pt"),
]


@pytest.mark.parametrize(("text", "language"), STAY_TOLD)
def test_a_stay_with_no_failure_is_still_a_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-09-03", "visit", language=language)
    assert [(p, s) for p, s, _ in got] == [(PUTIN, "MNG")], got


def test_a_stay_in_the_failures_clause_of_a_finding_to_come_is_no_planned_trip(spec) -> None:  # noqa: ANN001
    text = "The Court will rule next week on Chad's failure to arrest Omar Al Bashir during his visit to Chad."
    assert _typed(spec, text, FINDING_DAY, "planned_visit") == []
    assert _typed(spec, text, FINDING_DAY, "visit") == []


# 3. The Court's rebuke with its abbreviation in brackets after its name ("The International Criminal Court (ICC) has
# criticized Mongolia for not arresting X"), as the name alone; and a month inside "during his September visit" names the
# visit, not the finding.
@pytest.mark.parametrize("text", [
    "The International Criminal Court (ICC) has criticized Mongolia for not arresting Vladimir Putin during his September visit.",
    "The International Criminal Court has criticized Mongolia for not arresting Vladimir Putin during his September visit.",
])
def test_the_courts_rebuke_is_a_finding_of_the_page_day(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, FINDING_DAY, "noncompliance_finding") == [(PUTIN, "MNG", FINDING_DAY)]


def test_a_rebuke_by_others_is_no_finding(spec) -> None:  # noqa: ANN001
    text = "Rights groups have criticized Mongolia for not arresting Vladimir Putin during his September visit, defying the International Criminal Court (ICC)."
    assert _typed(spec, text, FINDING_DAY, "noncompliance_finding") == []


# 4. German: the Court's reproach with the Court as its subject ("hat der Mongolei vorgeworfen, den Haftbefehl missachtet zu
# haben"), a warrant disregarded as the failure, and a separable verb's participle ("hat … vorgeworfen") as the perfect of the
# day's news; not a reproach by others.
@pytest.mark.parametrize("text", [
    "Der Internationale Strafgerichtshof (IStGH) hat der Mongolei offiziell vorgeworfen, den Haftbefehl gegen Wladimir Putin bei dessen Besuch missachtet zu haben.",
    "Die Richter des IStGH warfen der Mongolei am Donnerstag vor, den Haftbefehl gegen Wladimir Putin missachtet zu haben.",
])
def test_german_reproach_by_the_court_is_a_finding(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, FINDING_DAY, "noncompliance_finding", language="de") == [(PUTIN, "MNG", FINDING_DAY)]


def test_german_reproach_by_others_is_no_finding(spec) -> None:  # noqa: ANN001
    text = "Menschenrechtsgruppen werfen der Mongolei vor, den Haftbefehl des Internationalen Strafgerichtshofs gegen Wladimir Putin missachtet zu haben."
    assert _typed(spec, text, FINDING_DAY, "noncompliance_finding", language="de") == []
