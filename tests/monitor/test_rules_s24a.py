"""Session 24 (issue 12): general readings written from the mechanisms behind the dev errors of batches 52-53 (their test
parts unread), tested with sentences written for the purpose (not copied from the real-news set), each with a contrast
that must not fire. No State or person is special-cased: the names below are only the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

from iccwatch.monitor.mentions import _close

AKHUNDZADA = "haibatullah-akhundzada"
HAQQANI = "abdul-hakim-haqqani"
NGAISSONA = "patrice-edouard-ngaissona"
MINDZAEV = "mikhail-mayramovich-mindzaev"
GUCHMAZOV = "gamlet-guchmazov"
SANAKOEV = "david-georgiyevich-sanakoev"




# --- a name spelt as another language transliterates it, after a title or a capitalised noun -------------------------------

def test_transliteration_folds_make_near_spellings() -> None:
    assert _close("hakkani", "haqqani")  # q/k and doubled letters
    assert _close("achundsada", "akhundzada")  # the German "ch" for "kh"
    assert not _close("hakimi", "haqqani") and not _close("kamara", "kagame")  # contrasts: other names stay apart


@pytest.mark.parametrize("text", [
    "Der Internationale Strafgerichtshof hat Haftbefehle gegen den obersten Taliban-Anführer Haibatullah Achundsada "
    "sowie den ranghöchsten Richter Abdul Hakim Hakkani erlassen.",
    "Der Internationale Strafgerichtshof hat Haftbefehle gegen den Anführer Haibatullah Akhundzada und den Richter "
    "Abdul Hakim Haqqani erlassen.",
])
def test_names_after_a_german_title_and_a_late_participle(spec, text: str) -> None:  # noqa: ANN001
    assert {p for p, _, _ in _typed(spec, text, "2025-07-08", "warrant_issued")} == {AKHUNDZADA, HAQQANI}


def test_a_title_before_an_unknown_name_names_no_one(spec) -> None:  # noqa: ANN001
    # contrast: a title before a name the record does not hold is read as no recorded person
    text = "Der Internationale Strafgerichtshof hat einen Haftbefehl gegen den Richter Hakim Mansour erlassen."
    assert {p for p, _, _ in _typed(spec, text, "2025-07-08", "warrant_issued")} <= {None}


# --- warrants told in the plural, the persons named in the next sentence (any language) ------------------------------------

def test_plural_warrants_in_german_then_the_names(spec) -> None:  # noqa: ANN001
    text = ("Der Internationale Strafgerichtshof hat Haftbefehle gegen führende Mitglieder der Taliban erlassen. "
            "Dem Taliban-Führer Haibatullah Akhundzada und dem obersten Richter Abdul Hakim Haqqani werden Verbrechen "
            "gegen die Menschlichkeit vorgeworfen.")
    assert {p for p, _, _ in _typed(spec, text, "2025-07-08", "warrant_issued")} == {AKHUNDZADA, HAQQANI}


def test_one_warrant_in_german_does_not_take_the_next_sentences_names(spec) -> None:  # noqa: ANN001
    # contrast: a warrant told without a name and in the singular is not given the two persons the next sentence names
    text = ("Der Internationale Strafgerichtshof hat einen Haftbefehl gegen einen führenden Taliban erlassen. "
            "Haibatullah Akhundzada und Abdul Hakim Haqqani trafen sich am Montag.")
    assert len(_typed(spec, text, "2025-07-08", "warrant_issued")) < 2


# --- a group told by its number, named again after sentences of background ----------------------------------------------

GROUP = ("The International Criminal Court has issued arrest warrants for three men suspected of war crimes in 2008, the "
         "court announced on Thursday. The court opened its investigation in 2016. The war killed hundreds. "
         "Another court found abuses in 2021. The three wanted men — Lt.-Gen. Mikhail Mindzaev, Gamlet Guchmazov and "
         "David Sanakoev — held office in the region.")


def test_group_named_again_by_its_number(spec) -> None:  # noqa: ANN001
    got = _typed(spec, GROUP, "2022-06-30", "warrant_issued")
    assert {p for p, _, _ in got} == {MINDZAEV, GUCHMAZOV, SANAKOEV}
    assert {d for _, _, d in got} == {"2022-06-30"}


def test_group_not_named_again_takes_no_later_names(spec) -> None:  # noqa: ANN001
    # contrast: persons named later without the group's number are not the warrants' subjects
    text = GROUP.replace("The three wanted men — Lt.-Gen. ", "Officials such as ").replace(" — held office", " held office")
    assert len(_typed(spec, text, "2022-06-30", "warrant_issued")) < 3


# --- a weekday followed by its explicit date --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Patrice-Edouard Ngaïssona a été arrêté en France ce mercredi 12 décembre 2018.",
    "Patrice-Edouard Ngaissona was arrested in France on Wednesday 12 December 2018.",
])
def test_weekday_with_its_date_in_a_page_dated_to_the_month(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2018-12", "arrest") == [(NGAISSONA, "FRA", "2018-12-12")]


def test_a_bare_weekday_in_a_page_dated_to_the_month_keeps_the_month(spec) -> None:  # noqa: ANN001
    # contrast: with no date after it, the weekday in such a page still gives only the month
    assert _typed(spec, "Patrice-Edouard Ngaissona was arrested in France on Wednesday.", "2018-12", "arrest") == \
        [(NGAISSONA, "FRA", "2018-12")]


# --- a finding told by the referral to the Court's oversight body, or by the Court's quoted words ---------------------------

def test_referral_to_the_oversight_body_dated_by_the_filing(spec) -> None:  # noqa: ANN001
    text = ("Judges at the International Criminal Court reported Hungary to the court's oversight body for failing to "
            "arrest Benjamin Netanyahu when he visited Budapest in April. The visit drew protests. "
            "In a filing released on Thursday, the judges wrote that the obligation was clear.")
    assert _typed(spec, text, "2025-07-25", "noncompliance_finding") == [("benjamin-netanyahu", "HUN", "2025-07-24")]


def test_quoted_failure_said_by_the_court(spec) -> None:  # noqa: ANN001
    text = ('The court stated on Thursday that Hungary ignored its reminders. "Hungary failed to provisionally arrest '
            'Mr. Netanyahu and has advanced no justification," the court said.')
    assert [(s, d) for _, s, d in _typed(spec, text, "2025-07-25", "noncompliance_finding")] == [("HUN", "2025-07-24")]


def test_referral_only_asked_for_is_no_finding(spec) -> None:  # noqa: ANN001
    # contrasts: a referral urged by others, and a failure quoted from an NGO
    text = ("Rights groups urged the judges to refer Hungary to the court's oversight body for failing to arrest "
            "Benjamin Netanyahu. \"Hungary failed to arrest him,\" the group said.")
    assert _typed(spec, text, "2025-07-25", "noncompliance_finding") == []


# --- a withdrawal voted as the day's news beside an announcement recalled ------------------------------------------------

def test_vote_to_withdraw_beside_an_earlier_announcement(spec) -> None:  # noqa: ANN001
    text = ("Hungary's parliament has voted to withdraw the country from the International Criminal Court. "
            "The government announced in early April that Hungary would withdraw from the court.")
    dates = {d for _, s, d in _typed(spec, text, "2025-04-29", "withdrawal_announced") if s == "HUN"}
    assert "2025-04-29" in dates


def test_announcement_recalled_alone_is_not_the_days_news(spec) -> None:  # noqa: ANN001
    # contrast: with no telling of the day, the announcement keeps its own month
    text = "The government announced in early April that Hungary would withdraw from the International Criminal Court."
    assert "2025-04-29" not in {d for _, _, d in _typed(spec, text, "2025-04-29", "withdrawal_announced")}
