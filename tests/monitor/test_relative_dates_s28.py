"""A time counted back from the document's day, in the six languages the monitor reads, counted by dateparser
(monitor/relative_dates.py; issue 12's 'a well-kept library for relative dates, the document's date anchoring them')."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from iccwatch.monitor import lexicon
from iccwatch.monitor.dates import find_dates
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates
from iccwatch.monitor.lexicon import NUMBER_WORDS
from iccwatch.monitor.relative_dates import counted_back

DAY = dt.date(2025, 3, 12)  # a Wednesday


def _dates(spec: Any, text: str, language: str | None, ref: dt.date = DAY, exact: bool = True) -> list[tuple[str, str | None]]:
    words = spec.lexicon["languages"][language] if language else None
    with lexicon.reading(words):
        return [(f.date, f.end_date) for f in find_dates(text, ref, exact)]


@pytest.mark.parametrize(("language", "text", "want"), [
    ("en", "three days ago", ("day", dt.date(2025, 3, 9))),
    ("en", "two weeks ago", ("week", dt.date(2025, 2, 26))),
    ("en", "a month ago", ("month", dt.date(2025, 2, 1))),
    ("fr", "il y a trois jours", ("day", dt.date(2025, 3, 9))),
    ("es", "hace dos semanas", ("week", dt.date(2025, 2, 26))),
    ("de", "vor zwei Monaten", ("month", dt.date(2025, 1, 1))),
    ("it", "tre giorni fa", ("day", dt.date(2025, 3, 9))),
    ("pt", "há duas semanas", ("week", dt.date(2025, 2, 26))),
])
def test_counted_back_from_the_documents_day(spec: Any, language: str, text: str, want: tuple[str, dt.date]) -> None:
    numbers = NUMBER_WORDS if language == "en" else spec.lexicon["languages"][language]["numbers"]
    assert counted_back(text, language, DAY, numbers) == want


def test_the_document_anchors_the_count_not_the_clock() -> None:
    # the same words on two days give two dates, each counted from its own day
    assert counted_back("three days ago", "en", dt.date(2019, 1, 2)) == ("day", dt.date(2018, 12, 30))
    assert counted_back("three days ago", "en", dt.date(2024, 3, 1)) == ("day", dt.date(2024, 2, 27))  # a leap year's February
    assert counted_back("a month ago", "en", dt.date(2025, 3, 31)) == ("month", dt.date(2025, 2, 1))


def test_no_time_no_date() -> None:
    assert counted_back("the Court", "en", DAY) is None
    # (session 29) years are read, as their year only (the first of January stands for it), no longer left undated
    assert counted_back("two years ago", "en", DAY) == ("year", dt.date(2023, 1, 1))


@pytest.mark.parametrize(("language", "text", "want"), [
    ("fr", "Il est arrivé à Bangui il y a trois jours.", "2025-03-09"),
    ("fr", "Le mandat a été émis il y a un mois.", "2025-02"),
    ("es", "Llegó a Caracas hace dos semanas.", "2025-02-26"),
    ("es", "Fue detenido hace tres días en Manila.", "2025-03-09"),
    ("de", "Er traf vor drei Tagen in Ulan Bator ein.", "2025-03-09"),
    ("de", "Der Haftbefehl wurde vor einem Monat erlassen.", "2025-02"),
    ("it", "È stato arrestato due settimane fa a Torino.", "2025-02-26"),
    ("pt", "Ele chegou há dois dias a Brasília.", "2025-03-10"),
])
def test_other_languages_count_back(spec: Any, language: str, text: str, want: str) -> None:
    assert (want, None) in _dates(spec, text, language)


def test_a_page_dated_to_its_month_gives_that_month(spec: Any) -> None:
    assert _dates(spec, "Il est arrivé il y a trois jours.", "fr", dt.date(2024, 11, 1), exact=False) == [("2024-11", None)]
    assert _dates(spec, "He arrived three days ago.", None, dt.date(2024, 11, 1), exact=False) == [("2024-11", None)]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Il y a trois pays qui ont refusé."),          # 'il y a' is 'there are': no unit of time follows
    ("es", "Hace frío en La Haya."),                      # 'hace' of the weather
    ("de", "Vor dem Gericht erschien er mit zwei Anwälten."),  # 'vor' a place, not a time
    ("it", "Ha fatto tre viaggi."),                        # no 'fa' after a unit
    ("pt", "Há três países que recusaram."),               # 'há' is 'there are'
])
def test_contrasts_no_time_counted_back(spec: Any, language: str, text: str) -> None:
    assert _dates(spec, text, language) == []


def test_an_arrest_told_days_ago_in_spanish_is_dated(spec: Any) -> None:
    doc = make_document("Rodrigo Duterte fue detenido hace tres días en Manila por orden de la Corte Penal Internacional.",
                        date="2025-03-14", language="es")
    got = [(c.type, c.date) for c in extract_candidates(doc, spec, mode="rules") if c.type == "arrest"]
    assert ("arrest", "2025-03-11") in got, got


def test_a_custody_held_since_or_an_arrest_years_back_is_no_arrest_counted_back(spec: Any) -> None:
    for text in ("Rodrigo Duterte está detenido desde hace tres días en La Haya.", "Rodrigo Duterte fue detenido hace dos años en Manila."):
        doc = make_document(text, date="2025-03-14", language="es")
        assert [c for c in extract_candidates(doc, spec, mode="rules") if c.type == "arrest"] == [], text
