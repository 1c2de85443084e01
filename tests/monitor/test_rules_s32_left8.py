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


LEAD = "A militia leader has been handed over to the International Criminal Court, the Court said.\n\n"


@pytest.mark.parametrize(("text", "title", "state"), [
    # the first sentence tells the handover; a later sentence tells it again in the simple past, with the State
    (LEAD + "He faces charges of war crimes. Alfred Yekatom was surrendered to the Court by the authorities of the Central "
     "African Republic, it said.", None, "CAF"),
    (LEAD + "Alfred Yekatom was transferred to The Hague, the Court said.", None, None),
    # the headline tells it
    ("He faces charges of war crimes. Alfred Yekatom was surrendered to the Court by the authorities of the Central African "
     "Republic, it said.", "Militia leader handed over to the ICC", "CAF"),
])
def test_a_past_surrender_with_no_day_on_a_page_of_that_news_is_the_pages(spec, text: str, title: str | None,  # noqa: ANN001
                                                                          state: str | None) -> None:
    assert (YEKATOM, state, DAY) in _typed(spec, text, DAY, "surrender", title=title, language="en")


@pytest.mark.parametrize(("text", "title"), [
    # a sentence of an earlier year before it: a story recalled, background
    (LEAD + "The conflict began in 2013. Alfred Yekatom was surrendered to the Court by the authorities of the Central "
     "African Republic, it said.", None),
    # neither the headline nor the first sentence tells a handover: background, as before
    ("The Court will hear the case of a former militia leader next week.\n\nThe judges have set the date. Alfred Yekatom was "
     "surrendered to the Court by the authorities of the Central African Republic, it said.", None),
    ("He faces charges of war crimes. Alfred Yekatom was surrendered to the Court by the authorities of the Central African "
     "Republic, it said.", "Militia leader's trial to open next week"),
    # the first sentence denies the handover
    ("A militia leader has not been handed over to the International Criminal Court, the Court said on Saturday.\n\nAlfred "
     "Yekatom was surrendered to the Court by the authorities of the Central African Republic, it said.", None),
    # told in the pluperfect
    (LEAD + "Alfred Yekatom had been surrendered to the Court by the authorities of the Central African Republic, it said.",
     None),
])
def test_a_past_surrender_with_no_day_after_an_earlier_year_or_out_of_the_news_is_background(spec, text: str,  # noqa: ANN001
                                                                                             title: str | None) -> None:
    assert (YEKATOM, "CAF", DAY) not in _typed(spec, text, DAY, "surrender", title=title, language="en")


def test_the_first_sentence_alone_in_the_simple_past_keeps_session_30s_reading(spec) -> None:  # noqa: ANN001
    text = "Alfred Yekatom was surrendered to the Court by the authorities of the Central African Republic, it said."
    assert _typed(spec, text, DAY, "surrender", language="en") == []


# --- 4. a year told before the trigger, set off by a comma, is the fact's ----------------------------------------------------

def _loose(spec, text: str, date: str, kind: str, title: str | None = None) -> list[tuple[object, ...]]:  # noqa: ANN001
    from iccwatch.monitor.documents import make_document
    from iccwatch.monitor.extract import extract_candidates

    doc = make_document(text, title=title, date=date, language="en")
    return sorted({(c.person, c.date) for c in extract_candidates(doc, spec, mode="loose") if c.type == kind}, key=str)


@pytest.mark.parametrize("opening", ["In 2023,", "In 2023", "During 2023,"])
def test_a_year_opening_the_sentence_dates_the_warrant(spec, opening: str) -> None:  # noqa: ANN001
    text = f"{opening} the ICC issued an arrest warrant for Vladimir Putin over the deportation of children."
    assert _loose(spec, text, "2025-09-11", "warrant_issued") == [(PUTIN, "2023")]
    # under a headline that names the warrant, still no warrant of the page's day
    assert _typed(spec, text, "2025-09-11", "warrant_issued", title="Kremlin weighs trip amid ICC warrant", language="en") == []


def test_a_warrant_with_no_year_under_a_warrant_headline_is_still_the_pages(spec) -> None:  # noqa: ANN001
    text = "The ICC issued an arrest warrant for Vladimir Putin over the deportation of children."
    assert _typed(spec, text, "2025-09-11", "warrant_issued", title="ICC issues warrant for Putin", language="en") == \
        [(PUTIN, None, "2025-09-11")]


# --- 5. a notice of withdrawal told with the rule of its effect in a clause of its own -----------------------------------------

# a page of Thursday 2025-06-05: "Monday" is 2025-06-02
W_DAY = "2025-06-05"
W_MONDAY = "2025-06-02"


@pytest.mark.parametrize("text", [
    "Hungary deposited its notification of withdrawal from the Rome Statute with the UN Secretary-General on Monday; it takes "
    "effect one year after.",
    "Hungary deposited its notification of withdrawal from the Rome Statute with the UN Secretary-General on Monday, which "
    "takes effect one year after the Secretary-General receives it.",
    "Hungary deposited its notification of withdrawal from the Rome Statute on Monday, and the withdrawal takes effect in a year.",
])
def test_a_notice_with_its_effect_in_a_clause_of_its_own_is_read(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, W_DAY, "withdrawal_notified", language="en") == [(None, "HUN", W_MONDAY)]


@pytest.mark.parametrize("text", [
    # the day of effect told, the notice recalled in its clause: no new notice
    "Hungary's withdrawal from the Rome Statute takes effect on Monday, one year after it deposited its notification.",
    "Hungary's withdrawal from the Rome Statute took effect on Monday.",
    # a state since the effect
    "Since its withdrawal from the Rome Statute took effect, Hungary has deposited no notification; it takes effect later.",
])
def test_a_withdrawals_effect_told_alone_is_no_notice(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, W_DAY, "withdrawal_notified", language="en") == []


# --- 6. a warrant told by its noun after a reaction to its issue -------------------------------------------------------------

NETANYAHU = "benjamin-netanyahu"
GALLANT = "yoav-gallant"
R_DAY = "2024-11-22"


@pytest.mark.parametrize("text", [
    "The Netherlands welcomed the issuance of warrants against Benjamin Netanyahu and Yoav Gallant.",
    "Hungary condemned the issuance of arrest warrants for Benjamin Netanyahu and Yoav Gallant.",
])
def test_a_warrant_named_after_a_reaction_under_a_warrant_headline_is_the_days(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, R_DAY, "warrant_issued", title="Netherlands reacts to ICC warrants", language="en") == \
        [(NETANYAHU, None, R_DAY), (GALLANT, None, R_DAY)]


@pytest.mark.parametrize(("text", "title"), [
    # no headline naming the warrant: background
    ("The Netherlands welcomed the issuance of warrants against Benjamin Netanyahu and Yoav Gallant.",
     "Dutch minister visits Jordan"),
    # the issue sought, not made
    ("The Netherlands called for the issuance of warrants against Benjamin Netanyahu and Yoav Gallant.",
     "Netherlands reacts to ICC warrants"),
])
def test_a_warrant_named_after_a_reaction_with_no_news_of_it_is_background(spec, text: str, title: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, R_DAY, "warrant_issued", title=title, language="en") == []
