"""Session 13: general mechanisms for wordings the dev half did not show (issue 12), each tested with sentences written
for the purpose in other wordings (not copied from the real-news set) and contrast cases that must not fire."""

from __future__ import annotations

import pytest
from tests.monitor.probe import facts_of as _facts

PUTIN = "vladimir-vladimirovich-putin"
BASHIR = "omar-hassan-ahmad-al-bashir"
DUTERTE = "rodrigo-roa-duterte"




# --- a head of State named by title and demonym or possessive: the holder on the document's day -------------------------

@pytest.mark.parametrize(("text", "date", "kind", "want"), [
    ("The Sudanese leader arrived in Kigali on Sunday.", "2016-07-10", "visit", (BASHIR, "RWA")),
    ("The Sudanese President landed in Nairobi on Friday for the ceremony.", "2010-08-27", "visit", (BASHIR, "KEN")),
    ("Sudan's leader flew into Kampala on Thursday.", "2016-05-12", "visit", (BASHIR, "UGA")),
    ("Russia's leader was welcomed in Ulaanbaatar on Monday by the Mongolian president.", "2024-09-03", "visit", (PUTIN, "MNG")),
    ("The Russian leader will travel to Astana next week, the Kremlin said.", "2024-10-30", "planned_visit", (PUTIN, "KAZ")),
])
def test_a_head_of_state_by_title_is_the_holder_on_the_day(spec, text: str, date: str, kind: str, want: tuple[str, str]) -> None:  # noqa: ANN001
    assert want in _facts(spec, text, date, kind)


@pytest.mark.parametrize(("text", "date", "kind"), [
    # after the office ended, "the Sudanese president" is someone else
    ("The Sudanese president arrived in Kigali on Sunday.", "2021-03-07", "visit"),
    # a qualifier makes it another person's office
    ("Sudan's opposition leader arrived in Kigali on Sunday.", "2016-07-10", "visit"),
    ("The Sudanese rebel leader arrived in Kigali on Sunday.", "2016-07-10", "visit"),
])
def test_a_title_that_is_not_the_heads_office_names_no_one(spec, text: str, date: str, kind: str) -> None:  # noqa: ANN001
    assert not any(p == BASHIR for p, _ in _facts(spec, text, date, kind))


def test_president_is_never_the_head_of_government(spec) -> None:  # noqa: ANN001
    # the record holds Israel's prime minister, not its president: "Israel's president" is not the prime minister
    got = _facts(spec, "Israel's president arrived in Berlin on Monday.", "2025-05-07", "visit")
    assert not any(p for p, _ in got)


# --- a former holder by title: the one the record holds, when the document names him --------------------------------------

@pytest.mark.parametrize("text", [
    "Rodrigo Duterte led a campaign against drugs for six years.\n\nPolice arrested the former Philippine president at the "
    "Manila airport on Tuesday.",
    pytest.param("Rodrigo Duterte was accused of crimes against humanity.\n\nThe ex-president of the Philippines was detained in "
                 "Manila on Tuesday by the national police.",
                 marks=pytest.mark.xfail(strict=True, reason="the title is resolved, but the passive arrest rule reads no person from "
                                         "an office 'of <State>' opening the sentence (left for later)")),
    "Rodrigo Duterte was accused of crimes against humanity.\n\nPolice detained the ex-president of the Philippines in Manila on "
    "Tuesday.",
    "Rodrigo Duterte's supporters gathered outside.\n\nOfficers took the former Filipino leader into custody in Manila on Tuesday.",
])
def test_a_former_head_by_title_is_the_named_former_holder(spec, text: str) -> None:  # noqa: ANN001
    assert DUTERTE in {p for p, _ in _facts(spec, text, "2025-03-12", "arrest")}


def test_a_former_head_by_title_in_a_document_that_never_names_him_is_no_one(spec) -> None:  # noqa: ANN001
    text = "Police arrested the former Philippine president at the Manila airport on Tuesday."
    assert not _facts(spec, text, "2025-03-12", "arrest")


# --- a person named by some parts of the record's full name (not the first and last words the record pairs) ---------------

MOKOM = "maxime-jeoffroy-eli-mokom-gawaka"
AL_MAHDI = "ahmad-al-faqi-al-mahdi"
NJEEM = "osama-elmasry-njeem"


@pytest.mark.parametrize(("text", "kind", "want"), [
    # first name and a middle part, the rest left out
    ("Maxime Mokom was handed over to the International Criminal Court on Monday.", "surrender", MOKOM),
    ("Chad transferred Jeoffroy Mokom to the custody of the ICC on Monday.", "surrender", MOKOM),
    # the parts in another order than the record's
    ("Ahmad Al Mahdi Al Faqi was surrendered to the ICC by Niger on Saturday.", "surrender", AL_MAHDI),
    # three parts, two of them spelt otherwise, and a word the record lacks
    ("Italian police arrested Najeem Osema Almasri Habish in Turin on Sunday.", "arrest", NJEEM),
])
def test_a_run_of_name_parts_of_one_person_names_him(spec, text: str, kind: str, want: str) -> None:  # noqa: ANN001
    assert want in {p for p, _ in _facts(spec, text, "2025-05-07", kind)}


@pytest.mark.parametrize(("text", "kind"), [
    # another first name with the record's surname is a namesake
    ("Police arrested Sara Duterte in Manila on Tuesday.", "arrest"),
    # one part of the name with a word the record lacks names no one
    ("Maxime Dupont was handed over to the International Criminal Court on Monday.", "surrender"),
    # a supposed handover
    ("Maxime Mokom could be handed over to the International Criminal Court if Chad agrees.", "surrender"),
])
def test_a_run_that_is_not_one_recorded_person_names_no_one(spec, text: str, kind: str) -> None:  # noqa: ANN001
    assert not {p for p, _ in _facts(spec, text, "2025-05-07", kind)} & {MOKOM, DUTERTE}


# --- a place named by a region of a State (the region names come from data/lookups/state_names.yaml) ---------------------

@pytest.mark.parametrize(("text", "kind", "state"), [
    ("Vladimir Putin landed at a military base in Alaska on Friday.", "visit", "USA"),
    ("The Russian president touched down in Alaska on Friday for the summit.", "visit", "USA"),
    # a city the gazetteer lacks before the region (an xfail from session 13 until session 27's mentions.CITY_THEN_STATE)
    ("The Russian president touched down in Anchorage, Alaska, on Friday for the summit.", "visit", "USA"),
    ("Vladimir Putin will fly to Alaska next week for talks, the Kremlin said.", "planned_visit", "USA"),
])
def test_a_region_places_the_trip_in_its_state(spec, text: str, kind: str, state: str) -> None:  # noqa: ANN001
    assert (PUTIN, state) in _facts(spec, text, "2025-08-15", kind)


def test_a_persons_name_that_is_also_a_region_is_no_place(spec) -> None:  # noqa: ANN001
    # "Virginia Gamba" is a person: no trip to the United States
    got = _facts(spec, "Vladimir Putin met Virginia Gamba in Moscow on Friday.", "2025-08-15", "visit")
    assert not any(st == "USA" for _, st in got)


# --- an arrest only wished for ("to have X arrested") holds no one, and leaves the visit it was wished during ------------

@pytest.mark.parametrize("text", [
    "Omar al-Bashir left Nigeria abruptly on Monday.\n\nLawyers went to court in a bid to have the Sudanese leader detained "
    "on his arrival.",
    "Omar al-Bashir left Nigeria abruptly on Monday.\n\nActivists sought to have him arrested while he was at the summit.",
])
def test_a_wished_arrest_is_no_arrest_and_keeps_the_visit(spec, text: str) -> None:  # noqa: ANN001
    assert (BASHIR, "NGA") in _facts(spec, text, "2013-07-16", "visit")
    assert not _facts(spec, text, "2013-07-16", "arrest")


def test_an_arrest_said_to_have_been_made_is_an_arrest(spec) -> None:  # noqa: ANN001
    text = "Rodrigo Duterte is said to have been arrested in Manila on Tuesday."
    assert (DUTERTE, "PHL") in _facts(spec, text, "2025-03-12", "arrest")


# --- agency style: a weekday between the name and the verb ("X Tuesday arrived") is no part of the name --------------------

@pytest.mark.parametrize(("text", "kind", "want"), [
    ("Sudanese President Omar al-Bashir Tuesday arrived in Kigali for the summit.", "visit", (BASHIR, "RWA")),
    ("President Vladimir Putin Monday flew to Ulaanbaatar, the Kremlin said.", "visit", (PUTIN, "MNG")),
    ("Former president Rodrigo Duterte Tuesday was arrested by police in Manila.", "arrest", (DUTERTE, "PHL")),
])
def test_a_weekday_after_the_name_is_the_day(spec, text: str, kind: str, want: tuple[str, str]) -> None:  # noqa: ANN001
    assert want in _facts(spec, text, "2025-05-07", kind)


def test_another_first_name_before_the_surname_is_still_a_namesake(spec) -> None:  # noqa: ANN001
    assert not any(p == BASHIR for p, _ in _facts(spec, "Bashir Ahmed Tuesday arrived in Kigali for the summit.", "2025-05-07", "visit"))


def test_a_title_met_as_an_object_is_not_whom_a_later_he_means(spec) -> None:  # noqa: ANN001
    text = ("The foreign minister criticised the court order for the arrest of the visiting Sudanese leader. Shortly before he flew "
            "with the president to Burundi for a summit, the minister spoke to reporters.")
    got = _facts(spec, text, "2010-11-30", "visit") | _facts(spec, text, "2010-11-30", "planned_visit")
    assert (BASHIR, "BDI") not in got


def test_a_title_as_the_object_at_the_end_gives_the_sentence_no_traveller(spec) -> None:  # noqa: ANN001
    text = ("Before he flew with the president to Burundi for a summit, the minister said the government would appeal the ruling "
            "against the Sudanese President.")
    got = _facts(spec, text, "2010-11-30", "visit") | _facts(spec, text, "2010-11-30", "planned_visit")
    assert (BASHIR, "BDI") not in got


def test_a_title_as_the_subject_of_a_reported_clause_is_the_person(spec) -> None:  # noqa: ANN001
    text = "Malawi's foreign minister told reporters that the Sudanese leader would not be arrested while attending the summit."
    assert (BASHIR, "MWI") in _facts(spec, text, "2011-10-14", "refusal")
