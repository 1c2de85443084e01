"""Session 25 (issue 12): general readings written from the mechanisms behind the dev errors of batches 56-57 (their test
parts unread), tested with sentences written for the purpose (not copied from the real-news set), each with a contrast
that must not fire. No State or person is special-cased: the names below are only the record's, used as examples."""

from __future__ import annotations

from tests.monitor.probe import typed as _typed

BEMBA = "jean-pierre-bemba-gombo"




# --- the Court's seat named beside a withdrawal is not a State that leaves ---------------------------------------------------

def test_the_courts_seat_is_not_a_withdrawing_state(spec) -> None:  # noqa: ANN001
    text = ("The government of Burundi said on Tuesday that it was withdrawing from the International Criminal Court "
            "sitting in The Hague, Netherlands, accusing it of bias.")
    assert {s for _, s, _ in _typed(spec, text, "2016-10-25", "withdrawal_announced")} == {"BDI"}


def test_a_state_named_without_the_seat_still_leaves(spec) -> None:  # noqa: ANN001
    # contrast: the same wording with the leaving State after 'in' names it, not the seat
    text = "The government said on Tuesday that Burundi was withdrawing from the Rome Statute of the International Criminal Court."
    assert {s for _, s, _ in _typed(spec, text, "2016-10-25", "withdrawal_announced")} == {"BDI"}


# --- a law of withdrawal promulgated (French) ---------------------------------------------------------------------------------

def test_a_withdrawal_law_promulgated_in_french(spec) -> None:  # noqa: ANN001
    text = ("Gambie : le président promulgue la loi portant retrait de la République de Gambie du Statut de Rome. "
            "Le pays quittera ainsi la Cour pénale internationale.")
    assert {s for _, s, _ in _typed(spec, text, "2016-11-02", "withdrawal_announced")} == {"GMB"}


def test_a_law_promulgated_on_another_matter_is_no_withdrawal(spec) -> None:  # noqa: ANN001
    # contrast: a law promulgated that is about cooperating with the Court, not leaving it
    text = "Gambie : le président promulgue la loi de coopération avec la Cour pénale internationale."
    assert _typed(spec, text, "2016-11-02", "withdrawal_announced") == []


# --- joint statements told in French as 'déclaration commune' or by the statement's title --------------------------------

def test_a_declaration_commune_in_support(spec) -> None:  # noqa: ANN001
    text = ("Soixante pays ont apporté leur soutien à la Cour pénale internationale. Dans une déclaration commune lue à "
            "l'ONU, 60 pays ont réaffirmé leur soutien indéfectible à la Cour.")
    assert [d for _, _, d in _typed(spec, text, "2020-11-03", "joint_statement")] == ["2020-11-03"]


def test_a_statement_titled_in_support_dated_by_its_own_day_not_the_decree(spec) -> None:  # noqa: ANN001
    # the date after 'suite à la publication du décret … du 2 juin' is the decree's, not the statement's
    text = ("Déclaration en soutien à la Cour pénale internationale suite à la publication du décret du 2 juin 2020. "
            "Nous, États parties, réaffirmons notre soutien indéfectible à la Cour.")
    assert [d for _, _, d in _typed(spec, text, "2020-06-23", "joint_statement")] == ["2020-06-23"]


def test_a_declaration_commune_against_the_court_is_none(spec) -> None:  # noqa: ANN001
    # contrast: a joint declaration announcing a withdrawal is no statement of support
    text = ("Dans une déclaration commune, trois gouvernements ont annoncé leur retrait du Statut de Rome de la Cour "
            "pénale internationale.")
    assert _typed(spec, text, "2025-09-22", "joint_statement") == []


def test_an_english_statement_after_an_executive_order_keeps_its_own_day(spec) -> None:  # noqa: ANN001
    text = ("In a joint statement issued in response to the executive order of 6 February 2025, 79 States Parties "
            "reaffirmed their unwavering support for the International Criminal Court.")
    assert [d for _, _, d in _typed(spec, text, "2025-02-07", "joint_statement")] == ["2025-02-07"]


# --- an arrest not dated by the warrant told in its relative clause (other languages) -------------------------------------

def test_a_french_arrest_is_not_dated_by_the_warrants_day(spec) -> None:  # noqa: ANN001
    # the day after 'qui avait émis un mandat d'arrêt' is the warrant's, not the arrest's
    text = ("Jean-Pierre Bemba a été arrêté à la demande de la Cour pénale internationale, qui avait émis un mandat "
            "d'arrêt contre lui vendredi 23 mai.")
    got = _typed(spec, text, "2008-05-25", "arrest")
    assert got and {p for p, _, _ in got} == {BEMBA} and "2008-05-23" not in {d for _, _, d in got}


def test_a_custody_told_by_its_start_in_a_french_headline(spec) -> None:  # noqa: ANN001
    text = ("Jean-Pierre Bemba aux arrêts depuis samedi soir. « Il a été arrêté à la demande de la Cour pénale "
            "internationale qui avait émis un mandat d'arrêt vendredi 23 mai », a dit un conseiller de la Cour.")
    got = _typed(spec, text, "2008-05-25", "arrest")
    assert got and {p for p, _, _ in got} == {BEMBA} and {d for _, _, d in got} == {"2008-05-24"}


def test_a_french_arrest_dated_by_its_own_day_after_a_warrant(spec) -> None:  # noqa: ANN001
    # contrast: the arrest's own day, told before the warrant, is kept
    text = ("Jean-Pierre Bemba a été arrêté samedi près de Bruxelles en vertu d'un mandat d'arrêt de la Cour pénale "
            "internationale.")
    assert {d for _, _, d in _typed(spec, text, "2008-05-25", "arrest")} == {"2008-05-24"}


# --- giving oneself up to a State's troops is custody, not a surrender to the Court -----------------------------------------

ONGWEN = "dominic-ongwen"


def test_in_the_custody_of_troops_after_surrendering_is_no_surrender(spec) -> None:  # noqa: ANN001
    text = ("Ongwen, who was in the custody of US special forces after surrendering last week, will be handed to the "
            "regional task force and then transferred to The Hague.")
    assert _typed(spec, text, "2015-01-13", "surrender") == []


def test_surrendered_to_troops_is_an_arrest_where_the_sentence_places_it(spec) -> None:  # noqa: ANN001
    text = "Dominic Ongwen surrendered to US forces in the Central African Republic on Monday."
    assert _typed(spec, text, "2015-01-07", "surrender") == []
    assert _typed(spec, text, "2015-01-07", "arrest") == [(ONGWEN, "CAF", "2015-01-05")]


def test_surrendered_to_the_court_stays_a_surrender(spec) -> None:  # noqa: ANN001
    # contrasts: the Court's custody, told directly or in a clause, is still a surrender
    assert [p for p, _, _ in _typed(spec, "Dominic Ongwen surrendered to the International Criminal Court on Saturday and is in "
                                          "its custody.", "2015-01-18", "surrender")] == [ONGWEN]
    assert [p for p, _, _ in _typed(spec, "Dominic Ongwen, who was in the custody of the Court after surrendering, appeared "
                                          "before the judges on Monday.", "2015-01-27", "surrender")] == [ONGWEN]


# --- a withdrawal announced, dated by the sentence that tells the announcement itself ---------------------------------------

def test_a_withdrawal_dated_by_the_pronouncements_own_sentence(spec) -> None:  # noqa: ANN001
    text = ("The Government of Burundi says it is withdrawing from the International Criminal Court. "
            "According to the broadcaster, the Government made the pronouncement Wednesday, October 12, 2016.")
    assert _typed(spec, text, "2016-10", "withdrawal_announced") == [(None, "BDI", "2016-10-12")]


def test_a_withdrawal_not_dated_by_another_acts_day(spec) -> None:  # noqa: ANN001
    # contrast: a day told for another act (a vote of parliament) is not the announcement's, and a pronouncement months
    # before a page dated to its day is background, not the day of the news
    text = ("The Government of Burundi says it is withdrawing from the International Criminal Court. "
            "Parliament voted on the question on Wednesday, October 5, 2016.")
    assert _typed(spec, text, "2016-10", "withdrawal_announced") == [(None, "BDI", "2016-10")]
    text = ("The Government of Burundi says it is withdrawing from the International Criminal Court. "
            "The Government first made the pronouncement on March 2, 2016.")
    assert "2016-03-02" not in {d for _, _, d in _typed(spec, text, "2016-10-26", "withdrawal_announced")}
