"""Session 32 (issue 12, task mleft8): the monitor's leftovers, eighth list. Each test holds sentences written for it (not
copied from the real-news set) and contrasts that must not fire. The wordings are general; no State or person is
special-cased: the names are the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

DUTERTE = "rodrigo-roa-duterte"
PUTIN = "vladimir-vladimirovich-putin"
YEKATOM = "alfred-yekatom"
# a page of Thursday 2025-03-13, after the person's warrant: "Tuesday" is 2025-03-11
NEWS_DAY = "2025-03-13"
NEWS_TUESDAY = "2025-03-11"


# --- 2. "was taken into ICC custody after his arrest by the authorities of A": the custody and the arrest ---------------------

def test_a_custody_after_an_arrest_by_a_states_authorities_gives_both(spec) -> None:  # noqa: ANN001
    text = "Rodrigo Duterte was taken into ICC custody after his arrest by the authorities of the Philippines on Tuesday."
    assert _typed(spec, text, NEWS_DAY, "arrest", language="en") == [(DUTERTE, "PHL", NEWS_TUESDAY)]
    assert _typed(spec, text, NEWS_DAY, "surrender", language="en") == [(DUTERTE, "PHL", NEWS_DAY)]


def test_a_custody_after_an_arrest_of_an_earlier_year_gives_no_handover_of_the_pages_day(spec) -> None:  # noqa: ANN001
    text = "Rodrigo Duterte was taken into ICC custody after his arrest by the authorities of the Philippines in March 2025."
    assert _typed(spec, text, "2026-06-04", "surrender", language="en") == []


# --- 3. a past custody with no day of its own, in the lead of the day's news -------------------------------------------------

# the page of Thursday 2024-09-05
DAY = "2024-09-05"


@pytest.mark.parametrize(("text", "title", "state"), [
    ("Alfred Yekatom was surrendered to the Court by the authorities of the Central African Republic, it said. He faces "
     "charges of war crimes.", None, "CAF"),
    ("Alfred Yekatom was transferred to The Hague, the Court said. He faces charges of war crimes.", None, None),
    ("Alfred Yekatom was transferred to The Hague, the Court said.", "Militia leader in the Court's hands", None),
])
def test_a_past_surrender_with_no_day_in_the_lead_of_the_days_news_is_the_pages(spec, text: str, title: str | None,
                                                                                  state: str | None) -> None:
    assert _typed(spec, text, DAY, "surrender", title=title, language="en") == [(YEKATOM, state, DAY)]


@pytest.mark.parametrize("text", [
    # a story of an earlier year told first: the custody recalled with it is background
    "The Central African Republic has known years of conflict since 2013.\n\nIn 2018 the Court issued a warrant for him. "
    "Alfred Yekatom was transferred to The Hague, the Court said.",
    # the first sentence tells no custody: a custody told later with no day is background, as before
    "The Court will hear the case of a former militia leader next week.\n\nThe judges have set the date. Alfred Yekatom was "
    "transferred to The Hague, the Court said.",
    # told in the pluperfect
    "Alfred Yekatom had been transferred to The Hague, the Court said.",
])
def test_a_past_surrender_with_no_day_after_an_earlier_year_or_out_of_the_news_is_background(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "surrender", language="en") == []
