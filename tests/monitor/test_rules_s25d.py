"""Session 25 (issue 12, task mcustody): custody readings written from the mechanisms behind the dev half's arrest and
surrender errors (the test half unread), tested with sentences written for the purpose (not copied from the real-news set),
each with a contrast that must not change. No State or person is special-cased: the names below are only the record's,
used as examples."""

from __future__ import annotations

from tests.monitor.probe import typed as _typed

ONGWEN = "dominic-ongwen"




# --- giving oneself up at a State's embassy in another State ------------------------------------------------------------------

def test_giving_oneself_up_at_an_embassy_is_no_surrender_to_the_court(spec) -> None:  # noqa: ANN001
    text = "Dominic Ongwen gave himself up at the French Embassy in Bangui on Monday and asked to be taken to the Court."
    assert _typed(spec, text, "2015-01-07", "surrender") == []
    text = "Dominic Ongwen surrendered himself to the embassy of France in Bangui on Monday."
    assert _typed(spec, text, "2015-01-07", "surrender") == []


def test_the_embassy_clause_leaves_the_transfer_told_after_it(spec) -> None:  # noqa: ANN001
    # the embassy's State is no surrendering State; the transfer in the main clause is still the surrender, on its own day
    text = ("Dominic Ongwen, who earlier this week surrendered himself at the French Embassy in Bangui, "
            "has been transferred to the International Criminal Court today.")
    got = _typed(spec, text, "2015-01-16", "surrender")
    assert [(p, d) for p, _, d in got] == [(ONGWEN, "2015-01-16")]  # "today", not "earlier this week"
    assert all(s != "FRA" for _, s, _ in got)


def test_giving_oneself_up_to_a_states_authorities_is_still_an_arrest(spec) -> None:  # noqa: ANN001
    # contrast: a State's own authorities (not its mission abroad) take him into custody
    text = "Dominic Ongwen surrendered himself to the authorities of the Central African Republic on Monday."
    assert {(p, s) for p, s, _ in _typed(spec, text, "2015-01-07", "arrest")} == {(ONGWEN, "CAF")}


def test_a_surrender_to_the_court_without_an_embassy_stays(spec) -> None:  # noqa: ANN001
    # contrast: the same verb handing him to the Court
    text = "Dominic Ongwen surrendered to the International Criminal Court on Monday."
    assert [p for p, _, _ in _typed(spec, text, "2015-01-19", "surrender")] == [ONGWEN]


# --- officials of a State as the subject of the arrest; the person's former office is no place --------------------------------

def test_a_states_officials_arresting_give_the_arresting_state(spec) -> None:  # noqa: ANN001
    text = ("Belgian officials arrested Jean-Pierre Bemba, former vice-president of the Democratic Republic of the Congo, "
            "on Saturday on a warrant of the International Criminal Court.")
    assert {(p, s) for p, s, _ in _typed(spec, text, "2008-05-25", "arrest")} == {("jean-pierre-bemba-gombo", "BEL")}


def test_officials_who_only_speak_are_not_the_arresting_state(spec) -> None:  # noqa: ANN001
    # contrast: officials of another State telling of the arrest; the place told after stays the arrest's State
    text = "Kenyan officials said Jean-Pierre Bemba was arrested in Belgium on Saturday."
    assert {(p, s) for p, s, _ in _typed(spec, text, "2008-05-25", "arrest")} == {("jean-pierre-bemba-gombo", "BEL")}
