"""Session 14: events stated without the rules' usual verbs (trigger families as lemma classes) and events assembled across
sentences (issue 12), each tested with sentences written for the purpose in other wordings (not copied from the real-news
set) and contrast cases that must not fire."""

from __future__ import annotations

import pytest
from tests.monitor.probe import facts_of as _facts

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates
from iccwatch.monitor.lexicon import verb

PUTIN = "vladimir-vladimirovich-putin"
BASHIR = "omar-hassan-ahmad-al-bashir"
DUTERTE = "rodrigo-roa-duterte"




def _dated(spec, text: str, date: str, kind: str) -> set[tuple[str | None, str | None, str | None]]:  # noqa: ANN001
    doc = make_document(text, date=date)
    return {(c.person, c.state, c.date) for c in extract_candidates(doc, spec, mode="rules") if c.type == kind}


# --- the lemma classes: every form of a lemma from one place ---------------------------------------------------------------

@pytest.mark.parametrize(("lemma", "forms"), [
    ("serve", {"serve", "serves", "served", "serving"}),
    ("stop", {"stop", "stops", "stopped", "stopping"}),
    ("carry", {"carry", "carries", "carried", "carrying"}),
    ("take", {"take", "takes", "took", "taken", "taking"}),
    ("board", {"board", "boards", "boarded", "boarding"}),
])
def test_a_lemma_gives_all_its_forms_and_no_others(lemma: str, forms: set[str]) -> None:
    import re

    pattern = re.compile(verb(lemma) + r"$")
    assert all(pattern.fullmatch(f) for f in forms)
    assert not pattern.fullmatch(lemma + "x")


# --- no trigger word: a warrant served, custody as a new state, a flight to the Court's seat, a trip told as made -----------

@pytest.mark.parametrize(("text", "date", "kind", "want"), [
    # a warrant served, active and passive, the person before or after
    ("On Tuesday officers executed the ICC warrant against Rodrigo Duterte at the airport in Manila.", "2025-03-12", "arrest",
     (DUTERTE, "PHL")),
    ("On Tuesday the Court's warrant had been served upon Rodrigo Duterte in Manila, his lawyer confirmed.", "2025-03-12", "arrest",
     (DUTERTE, "PHL")),
    ("On Tuesday Philippine police served Rodrigo Duterte with an arrest warrant from the ICC in Manila.", "2025-03-12", "arrest",
     (DUTERTE, "PHL")),
    # custody as a new state
    ("Rodrigo Duterte was now under police custody in Manila, officers said on Tuesday.", "2025-03-12", "arrest", (DUTERTE, "PHL")),
    ("Police placed Rodrigo Duterte into preventive detention in Manila on Tuesday.", "2025-03-12", "arrest", (DUTERTE, "PHL")),
    # a flight to the Court's seat
    ("Rodrigo Duterte was escorted onto a private jet bound for The Hague on Tuesday to face the ICC.", "2025-03-12", "surrender",
     (DUTERTE, None)),
    ("Rodrigo Duterte was placed aboard a chartered aircraft for the Netherlands on Tuesday, where the ICC awaits him.", "2025-03-12",
     "surrender", (DUTERTE, None)),
    # a trip told as made
    ("Vladimir Putin has made his first foreign trip since the warrant, to Ulaanbaatar, on Tuesday.", "2024-09-04", "visit",
     (PUTIN, "MNG")),
    ("Omar al-Bashir set foot in Chad on Wednesday, in defiance of the Court.", "2010-07-22", "visit", (BASHIR, "TCD")),
])
def test_an_event_stated_without_the_usual_verbs(spec, text: str, date: str, kind: str, want: tuple[str, str | None]) -> None:  # noqa: ANN001
    got = _facts(spec, text, date, kind)
    assert want in got if want[1] else any(p == want[0] for p, _ in got)


@pytest.mark.parametrize(("text", "date", "kind"), [
    # a serving only supposed or refused
    ("Police will serve the ICC warrant on Rodrigo Duterte if the Court asks, the minister said on Tuesday.", "2025-03-12", "arrest"),
    ("Manila refused to serve the ICC warrant on Rodrigo Duterte on Tuesday.", "2025-03-12", "arrest"),
    # a namesake served
    ("Police served the ICC warrant on Sara Duterte in Manila on Tuesday.", "2025-03-12", "arrest"),
    # the Court's custody is a surrender, not an arrest
    ("Rodrigo Duterte is now in ICC custody in The Hague, the Court said on Wednesday.", "2025-03-13", "arrest"),
    # boarding a plane to the Court's seat is not yet the Court's custody (the real-news set's labelling rule)
    ("Rodrigo Duterte boarded a plane to The Hague late on Tuesday to face the ICC.", "2025-03-12", "surrender"),
    # a flight to The Hague with nothing of the Court: a trip, not a surrender
    ("Vladimir Putin boarded a plane to The Hague on Tuesday for the energy fair.", "2024-09-04", "surrender"),
    # a trip only supposed, and a namesake's trip
    ("Omar al-Bashir would be arrested if he set foot in Chad, the minister said on Wednesday.", "2010-07-22", "visit"),
    ("Sara Duterte made her first trip abroad since the election, to Japan, on Tuesday.", "2025-03-12", "visit"),
])
def test_the_same_wordings_supposed_refused_or_of_a_namesake_give_nothing(spec, text: str, date: str, kind: str) -> None:  # noqa: ANN001
    assert not {p for p, _ in _facts(spec, text, date, kind)} & {PUTIN, BASHIR, DUTERTE}


def test_a_served_warrant_is_dated_by_its_serving_not_as_the_warrant(spec) -> None:  # noqa: ANN001
    got = _dated(spec, "Police in Manila served the ICC warrant on Rodrigo Duterte on Tuesday.", "2025-03-12", "arrest")
    assert (DUTERTE, "PHL", "2025-03-11") in got


# --- events across sentences: a pronoun or title for the person just named, the time and place of the sentence before -------

@pytest.mark.parametrize(("text", "date", "kind", "want"), [
    # a pronoun after an opening phrase, the date and place carried from the sentence before
    ("Rodrigo Duterte flew in from Hong Kong on Tuesday. Within hours, he was detained by officers at the airport in Manila.",
     "2025-03-12", "arrest", (DUTERTE, "PHL", "2025-03-11")),
    # the pronoun as object; the place is the one the sentence before brings him to
    ("Rodrigo Duterte flew home to Manila on Tuesday. On arrival, police took him into custody.", "2025-03-12", "arrest",
     (DUTERTE, "PHL", "2025-03-11")),
    # a title standing for him
    ("Rodrigo Duterte came back from Hong Kong on Tuesday. The 79-year-old was arrested at Manila's main airport soon after.",
     "2025-03-12", "arrest", (DUTERTE, None, "2025-03-11")),
    # a sequence opening ties an arrest told by name to the day before
    ("Rodrigo Duterte landed in Manila on Tuesday morning. Moments later, police arrested Duterte on the tarmac.", "2025-03-12",
     "arrest", (DUTERTE, "PHL", "2025-03-11")),
])
def test_an_event_takes_its_person_date_and_place_from_the_sentence_before(spec, text: str, date: str, kind: str,  # noqa: ANN001
                                                                           want: tuple[str, str | None, str]) -> None:
    got = _dated(spec, text, date, kind)
    assert want in got if want[1] else any((p, d) == (want[0], want[2]) for p, _, d in got)


def test_the_sentence_before_is_kept_in_the_evidence(spec) -> None:  # noqa: ANN001
    text = "Rodrigo Duterte flew home to Manila on Tuesday. On arrival, police took him into custody."
    (c,) = [c for c in extract_candidates(make_document(text, date="2025-03-12"), spec, mode="rules") if c.type == "arrest"]
    assert c.evidence.sentence.startswith("On arrival")
    assert any(e.sentence.startswith("Rodrigo Duterte flew") and text[e.start: e.end].strip() == e.sentence for e in c.support)


@pytest.mark.parametrize(("text", "date", "kind"), [
    # a second person (one the record does not hold) named between the mention and the pronoun
    ("Rodrigo Duterte met his spokesman Harry Roque in Manila on Monday. Hours later, he was arrested at the airport.", "2025-03-12",
     "arrest"),
    # a namesake named between
    ("Rodrigo Duterte spoke in Davao on Monday. Sara Duterte flew to Manila, where she was detained on Tuesday.", "2025-03-12", "arrest"),
    # supposed, not made
    ("Rodrigo Duterte returned to Manila on Tuesday. He might be arrested at the airport, his lawyer warned.", "2025-03-12", "arrest"),
    # background recap: the arrest months before the document
    ("Rodrigo Duterte was detained in Manila on March 11. He has been held in The Hague ever since.", "2025-09-12", "arrest"),
])
def test_no_event_across_a_second_person_a_supposition_or_a_recap(spec, text: str, date: str, kind: str) -> None:  # noqa: ANN001
    assert not {(p, d) for p, _, d in _dated(spec, text, date, kind) if p == DUTERTE and d and d >= date[:8]}


@pytest.mark.parametrize("text", [
    # an invitation, then a video link later in the document
    "Mongolia has invited Vladimir Putin to the celebrations in Ulaanbaatar next week.\n\nOfficials expect a large crowd. The Kremlin "
    "said later that the Russian leader would join by video link.",
    # a trip announced, then cancelled in a sentence that names only the person's own State's office
    "Vladimir Putin will travel to Ulaanbaatar next week, officials said. The trip has since been called off, according to Moscow.",
    "Vladimir Putin is due in Ulaanbaatar on Monday. Russia later said the visit had been postponed.",
    # "he" resolved to the person just named, in a sentence that tells the trip will be cancelled
    "Vladimir Putin has travelled widely this year. But it seems he will have to cancel his plans to attend next week's summit in "
    "Ulaanbaatar.",
])
def test_a_trip_cancelled_anywhere_in_the_document_gives_nothing(spec, text: str) -> None:  # noqa: ANN001
    assert not {p for p, _ in _facts(spec, text, "2024-08-28", "planned_visit")} & {PUTIN}


@pytest.mark.parametrize(("text", "want"), [
    # a departure denied: the stay itself is told
    ("Omar al-Bashir arrived in Abuja on Sunday for the summit. His aides denied reports that he had fled the country early.", True),
    # a trip denied
    ("Omar al-Bashir was reported to be in Abuja on Sunday. His aides denied that he had travelled to Nigeria at all.", False),
])
def test_a_departure_denied_is_no_trip_denied(spec, text: str, want: bool) -> None:  # noqa: ANN001
    assert ((BASHIR, "NGA") in _facts(spec, text, "2013-07-16", "visit")) is want


@pytest.mark.parametrize(("text", "want"), [
    ("The summit opened in Kampala on Thursday. Omar al-Bashir came for the ceremony and left the same evening.", True),
    ("Omar al-Bashir came to Kampala on Thursday, defying the Court.", True),
    ("Omar al-Bashir came to power in a coup in 1989.", False),
])
def test_came_to_or_for_is_a_visit(spec, text: str, want: bool) -> None:  # noqa: ANN001
    assert ((BASHIR, "UGA") in _facts(spec, text, "2016-05-13", "visit")) is want


def test_a_date_of_another_custody_in_the_sentence_before_is_not_carried(spec) -> None:  # noqa: ANN001
    text = ("Rodrigo Duterte was arrested in Manila on March 11 on the Court's warrant.\n\nHe has now been transferred to the custody "
            "of the ICC in The Hague.")
    assert not any(d == "2025-03-11" for _, _, d in _dated(spec, text, "2025-03-14", "surrender"))


@pytest.mark.parametrize(("text", "want"), [
    # the place one arrives from is not where the arrest happened
    ("Rodrigo Duterte was detained on Tuesday after flying in from Hong Kong.", None),
    # "there": the State named before those who acted
    ("The Philippines' state news agency said police there detained Rodrigo Duterte on Tuesday.", "PHL"),
])
def test_the_arrest_state_is_not_the_origin_and_there_is_the_state_named_before(spec, text: str, want: str | None) -> None:  # noqa: ANN001
    got = {s for p, s in _facts(spec, text, "2025-03-12", "arrest") if p == DUTERTE}
    assert got == {want}
