"""Session 26 (issue 12, task mdevmiss): custody and warrant readings written from the mechanisms behind the dev half's missed
arrests, surrenders and warrants (the test half unread), tested with sentences written for the purpose (not copied from the
real-news set), each with a contrast that must not fire. No State or person is special-cased: the names below are only the
record's, used as examples."""

from __future__ import annotations

from tests.monitor.probe import typed as _typed

KONY = "joseph-kony"
MBARUSHIMANA = "callixte-mbarushimana"
MOKOM = "maxime-jeoffroy-eli-mokom-gawaka"




# --- a capture told with a word between the auxiliary and the verb, or by its captors -------------------------------------------

def test_a_capture_with_an_adverb_after_the_auxiliary(spec) -> None:  # noqa: ANN001
    text = "Joseph Kony was finally captured in the Central African Republic on Tuesday, the army said."
    assert _typed(spec, text, "2015-03-05", "arrest") == [(KONY, "CAF", "2015-03-03")]


def test_captors_who_catch_a_named_person(spec) -> None:  # noqa: ANN001
    text = "Militia fighters caught Joseph Kony on Saturday in the Central African Republic as he tried to cross the river."
    assert _typed(spec, text, "2015-03-09", "arrest") == [(KONY, "CAF", "2015-03-07")]


def test_captors_who_seize_a_thing_are_no_arrest(spec) -> None:  # noqa: ANN001
    # contrast: the verb's object is no person ("seized the town"), and the person is named only as the town's former holder
    text = "Rebel fighters seized the town of Obo on Saturday, which Joseph Kony had held for a year."
    assert _typed(spec, text, "2015-03-09", "arrest") == []


def test_a_place_told_by_the_states_possessive_is_the_arrests(spec) -> None:  # noqa: ANN001
    text = "Militia fighters caught Joseph Kony on Saturday in Sudan's western desert as he tried to flee."
    assert [(p, s) for p, s, _ in _typed(spec, text, "2015-03-09", "arrest")] == [(KONY, "SDN")]


def test_a_states_possessive_that_describes_is_no_place(spec) -> None:  # noqa: ANN001
    # contrast: the possessive names the captors' State, and the place is told after "in"
    text = "Sudan's army captured Joseph Kony on Saturday in the Central African Republic."
    assert [(p, s) for p, s, _ in _typed(spec, text, "2015-03-09", "arrest")] == [(KONY, "CAF")]


# --- an arrest told by its noun as the time of another act ------------------------------------------------------------------

def test_an_arrest_told_as_the_time_of_another_act(spec) -> None:  # noqa: ANN001
    text = "Callixte Mbarushimana, speaking in a recording made during his arrest in Paris on Monday, denied every charge."
    assert _typed(spec, text, "2010-10-13", "arrest") == [(MBARUSHIMANA, "FRA", "2010-10-11")]


def test_an_old_arrest_told_by_its_noun_is_background(spec) -> None:  # noqa: ANN001
    # contrast: the arrest the noun names is years before the document: no arrest as news
    text = "Callixte Mbarushimana, who was hurt during his arrest in Paris in October 2010, appeared in court today."
    assert _typed(spec, text, "2012-05-02", "arrest") == []


# --- a surrender told with a bracketed acronym in its object, or by its noun --------------------------------------------------

def test_turned_over_with_a_bracketed_acronym(spec) -> None:  # noqa: ANN001
    text = ("Chadian authorities have turned over former militia leader Eli Mokom of the Central African Republic (CAR) "
            "to the International Criminal Court (ICC).")
    assert [(p, s) for p, s, _ in _typed(spec, text, "2022-03-15", "surrender")] == [(MOKOM, "TCD")]


def test_turned_over_things_is_no_surrender(spec) -> None:  # noqa: ANN001
    # contrast: documents turned over, the person named only in them
    text = "Chadian authorities have turned over the files of the Central African Republic (CAR) on Eli Mokom to the ICC."
    assert _typed(spec, text, "2022-03-15", "surrender") == []


def test_a_transfer_welcomed_by_its_noun(spec) -> None:  # noqa: ANN001
    text = ("The Council welcomed the arrival yesterday of Joseph Kony from the Central African Republic to the International "
            "Criminal Court in The Hague.")
    assert [(p, d) for p, _, d in _typed(spec, text, "2015-03-05", "surrender")] == [(KONY, "2015-03-04")]


def test_a_transfer_demanded_by_its_noun_is_no_surrender(spec) -> None:  # noqa: ANN001
    # contrast: the noun as the object of a demand: asked for, not made
    text = "Rights groups yesterday demanded the transfer of Joseph Kony to the International Criminal Court in The Hague."
    assert _typed(spec, text, "2015-03-05", "surrender") == []


# --- the lead telling a warrant's issue by its gerund, under a long standfirst --------------------------------------------------

STANDFIRST = ("Joseph Kony wanted for alleged abduction of children and attacks on civilians in northern Uganda and in camps "
              "for displaced people")


def test_a_lead_reacting_to_the_court_issuing_a_warrant(spec) -> None:  # noqa: ANN001
    text = (f"{STANDFIRST}\n\nResponding to the International Criminal Court issuing an arrest warrant against Joseph Kony, "
            "the head of the group said the victims had waited too long for this day and that the hunt must begin now.")
    got = _typed(spec, text, "2005-10", "warrant_issued", title="ICC arrest warrant for Kony is a first step, group says")
    assert got == [(KONY, None, "2005-10")]


def test_the_gerund_as_a_means_is_no_warrant_news(spec) -> None:  # noqa: ANN001
    # contrast: the gerund after "by" gives the reason of a complaint, not the warrant's issue as the day's news
    text = (f"{STANDFIRST}\n\nThe leaders said that by issuing an arrest warrant against Joseph Kony, the International Criminal "
            "Court had put the peace talks at risk, and they asked for the case to be deferred for a year.")
    got = _typed(spec, text, "2006-07", "warrant_issued", title="Leaders criticise ICC arrest warrant for Kony")
    assert got == []


# --- Italian: the warrant's noun first, its issue told after it ---------------------------------------------------------------

def test_italian_warrant_issued_in_a_relative_clause_after_its_noun(spec) -> None:  # noqa: ANN001
    text = ("Il mandato d'arresto che la Corte penale internazionale (CPI) ha emesso oggi contro Joseph Kony "
            "riguarda crimini contro l'umanità commessi nel nord dell'Uganda.")
    assert [p for p, _, _ in _typed(spec, text, "2005-10-14", "warrant_issued", language="it")] == [KONY]


def test_italian_warrant_issued_by_a_participle_after_its_noun(spec) -> None:  # noqa: ANN001
    text = "Il mandato di arresto spiccato oggi dalla Corte penale internazionale per Joseph Kony è il primo della Corte."
    assert [p for p, _, _ in _typed(spec, text, "2005-10-14", "warrant_issued", language="it")] == [KONY]


def test_italian_warrant_recalled_is_no_issue(spec) -> None:  # noqa: ANN001
    # contrast: a warrant recalled ("nonostante il mandato …"), not issued as the day's news
    text = ("Nonostante il mandato di arresto spiccato dalla Corte penale internazionale nel 2005, Joseph Kony "
            "è ancora latitante.")
    assert _typed(spec, text, "2015-03-05", "warrant_issued", language="it") == []
