"""Persons' names in other spellings (session 29, issue 12), each reading with sentences written for the test and contrasts
that must not fire:

- the Arabic article glued to a name or split from it ('Omar Albashir', 'Omar Elbashir', 'Omar Al Bashir', 'Albashir') is
  the name the record writes 'al-Bashir' (gazetteer._variants and the glued surnames); a form made so yields to a name the
  record lists ('Almasri' is one person's listed alias, though another's 'al-Masri' glues to it);
- a surname spelt another way that folds to the record's (accents, doubled letters: 'Abdalá al Senusi' for 'Abdullah
  al-Senussi') is that person's with a first name as the record writes it or near it, and met alone only after the document
  names the person in full; a vowel changed ('Koni' for 'Kony') is a spelling the record must list;
- the first and last words of a longer name are read alone only when one of them tells a person apart: 'Mohammed Ali' is not
  'Mohammed Hussein Ali' unless the document names him in full;
- a surname inside a name spelt otherwise ('Najeem Osema Almasri') and a surname after an office ('Chief Justice Haqqani')
  make no namesake;
- a requested unsealing ('the Prosecutor urged the Chamber to unseal …', 'sought the unsealing of …') is no unsealing.
"""

from __future__ import annotations

import pytest
from tests.monitor.probe import facts_of, rule_candidates

BASHIR = "omar-hassan-ahmad-al-bashir"
SENUSSI = "abdullah-al-senussi"
NJEEM = "osama-elmasry-njeem"
HUSSEIN_ALI = "mohammed-hussein-ali"
KONY = "joseph-kony"
HAQQANI = "abdul-hakim-haqqani"


# --- the Arabic article glued or split ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Omar Albashir", "Omar Elbashir", "Omar AlBashir", "Omar Al Bashir", "Omar el-Bashir", "Omar El Bashir",
                                  "Albashir", "Elbashir"])
def test_the_article_glued_or_split_is_the_same_person(spec, name: str) -> None:  # noqa: ANN001
    assert (BASHIR, "UGA") in facts_of(spec, f"Sudanese President {name} arrived in Kampala on Tuesday.", "2016-05-12", "visit")


@pytest.mark.parametrize("name", ["Ahmed Albashir", "Khalid Elbashir"])
def test_a_glued_surname_after_another_first_name_is_a_namesake(spec, name: str) -> None:  # noqa: ANN001
    assert (BASHIR, "UGA") not in facts_of(spec, f"The businessman {name} arrived in Kampala on Tuesday.", "2016-05-12", "visit")


def test_a_listed_alias_outweighs_a_form_made_from_another_name(spec) -> None:  # noqa: ANN001
    # 'Almasri' is listed for one person; another's 'al-Masri' glued gives the same word, which must not make it shared
    assert spec.surnames.get("Almasri") == NJEEM
    assert (NJEEM, "ITA") in facts_of(spec, "Police in Rome arrested Almasri on Sunday on a warrant of the Court.", "2025-01-21", "arrest")
    # the bare 'Masri' two persons' names end with stays no one's until the document names one of them in full
    assert not facts_of(spec, "Police in Rome arrested al-Masri on Sunday on a warrant of the Court.", "2025-01-21", "arrest")
    assert (NJEEM, "ITA") in facts_of(spec, "Osama Almasri Njeem flew to Italy. Police in Rome arrested al-Masri on Sunday.",
                                      "2025-01-21", "arrest")


# --- surnames folded -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Abdalá al Senusi", "Abdallah Senusi", "Abdullah Alsenussi", "Abdullah el-Senussi"])
def test_a_surname_spelt_another_way_with_the_first_name(spec, name: str) -> None:  # noqa: ANN001
    assert (SENUSSI, "MRT") in facts_of(spec, f"Police in Mauritania arrested {name} on Sunday.", "2012-03-17", "arrest")


@pytest.mark.parametrize("name", ["Omar Senusi", "Ahmed Alsenussi"])
def test_a_folded_surname_with_another_first_name_is_no_one(spec, name: str) -> None:  # noqa: ANN001
    assert not facts_of(spec, f"Police in Mauritania arrested {name} on Sunday.", "2012-03-17", "arrest")


def test_a_folded_surname_alone_after_the_full_name(spec) -> None:  # noqa: ANN001
    text = "The colonel Abdalá al Senusi flew in from Casablanca. Senusi was arrested by police in Mauritania on Sunday."
    assert (SENUSSI, "MRT") in facts_of(spec, text, "2012-03-17", "arrest")


def test_a_folded_surname_alone_after_a_month_is_the_person(spec) -> None:  # noqa: ANN001
    text = "The colonel Abdalá al Senusi flew in from Casablanca. In March Senusi was arrested by police in Mauritania."
    assert (SENUSSI, "MRT") in facts_of(spec, text, "2012-03-20", "arrest")


def test_a_folded_surname_alone_without_the_full_name_is_no_one(spec) -> None:  # noqa: ANN001
    assert not facts_of(spec, "Senusi was arrested by police in Mauritania on Sunday.", "2012-03-17", "arrest")
    # … and after the full name, a namesake's first name before it still makes another person
    text = "Abdullah al-Senussi flew in from Casablanca. Police in Mauritania arrested Omar Senusi on Sunday."
    assert not facts_of(spec, text, "2012-03-17", "arrest")


def test_a_vowel_changed_is_no_spelling_the_record_lists(spec) -> None:  # noqa: ANN001
    assert (KONY, "SSD") in facts_of(spec, "Joseph Kony arrived in Juba on Tuesday.", "2010-05-12", "visit")
    assert not facts_of(spec, "Joseph Koni arrived in Juba on Tuesday.", "2010-05-12", "visit")


# --- a short name that is part of a longer one ----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Mohammed Ali", "Muhammad Ali", "Mohamed Ali"])
def test_two_common_name_words_are_not_the_longer_name(spec, name: str) -> None:  # noqa: ANN001
    assert HUSSEIN_ALI not in {p for p, _ in facts_of(spec, f"Police in Nairobi arrested {name} on Tuesday.", "2013-05-08", "arrest")}
    assert not any(n.lower() == name.lower() for n in spec.persons[HUSSEIN_ALI])


def test_the_longer_name_and_its_listed_alias_are_read(spec) -> None:  # noqa: ANN001
    assert (HUSSEIN_ALI, "KEN") in facts_of(spec, "Police in Nairobi arrested Mohammed Hussein Ali on Tuesday.", "2013-05-08", "arrest")
    assert (HUSSEIN_ALI, "KEN") in facts_of(spec, "Police in Nairobi arrested Major General Hussein Ali on Tuesday.", "2013-05-08", "arrest")


def test_the_short_form_after_the_full_name_is_the_person(spec) -> None:  # noqa: ANN001
    text = "Kenya's former police commissioner Mohammed Hussein Ali flew home. Police in Nairobi arrested Mohammed Ali on Tuesday."
    assert (HUSSEIN_ALI, "KEN") in facts_of(spec, text, "2013-05-08", "arrest")


def test_a_short_form_with_a_telling_word_is_still_read_alone(spec) -> None:  # noqa: ANN001
    # 'Omar Bashir': first and last words of 'Omar Hassan Ahmad al-Bashir', 'Bashir' telling him apart
    assert (BASHIR, "UGA") in facts_of(spec, "Omar Bashir arrived in Kampala on Tuesday.", "2016-05-12", "visit")


# --- namesakes that are none ----------------------------------------------------------------------------------------------

def test_a_surname_inside_a_name_spelt_otherwise_is_no_namesake(spec) -> None:  # noqa: ANN001
    text = ("Police in Rome held Najeem Osema Almasri for two days. The warrant was issued on Saturday. "
            "Police in Rome arrested Almasri on Sunday.")
    assert (NJEEM, "ITA") in facts_of(spec, text, "2025-01-21", "arrest")


def test_another_first_name_before_the_surname_still_makes_a_namesake(spec) -> None:  # noqa: ANN001
    text = "The trader Ahmed Almasri was questioned. Police in Rome arrested Almasri on Sunday."
    assert (NJEEM, "ITA") not in facts_of(spec, text, "2025-01-21", "arrest")


def test_an_office_before_the_surname_is_no_first_name(spec) -> None:  # noqa: ANN001
    text = "The ICC on Tuesday issued arrest warrants for Taliban leader Akhundzada and Chief Justice Haqqani."
    assert (HAQQANI, None) in facts_of(spec, text, "2025-07-09", "warrant_issued")


def test_a_namesake_with_a_first_name_is_not_the_chief_justice(spec) -> None:  # noqa: ANN001
    text = "The ICC on Tuesday issued an arrest warrant for Interior Minister Sirajuddin Haqqani."
    assert (HAQQANI, None) not in facts_of(spec, text, "2025-07-09", "warrant_issued")


# --- a requested unsealing ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Prosecutor urged the Chamber to unseal the warrant against Joseph Kony on Tuesday.",
    "The Prosecutor has requested the unsealing of the warrant against Joseph Kony.",
    "The Prosecution sought the unsealing of the warrant against Joseph Kony on Tuesday.",
    "The Prosecutor asked judges on Tuesday to lift the seal on the warrant against Joseph Kony.",
    "The Prosecutor has asked for the arrest warrant for Joseph Kony to be unsealed, and the Chamber is considering the request.",
    "Rights groups called for the warrant against Joseph Kony to be made public on Tuesday.",
    "Victims' lawyers demanded on Tuesday that the warrant against Joseph Kony be unsealed.",
])
def test_a_requested_unsealing_is_no_unsealing(spec, text: str) -> None:  # noqa: ANN001
    assert not [c for c in rule_candidates(spec, text, "2025-05-07") if c[0] == "warrant_unsealed"]


@pytest.mark.parametrize("text", [
    "At the Prosecutor's request, Pre-Trial Chamber II unsealed the warrant against Joseph Kony on Tuesday.",
    "Pre-Trial Chamber II granted the Prosecutor's request to unseal the warrant against Joseph Kony on Tuesday.",
    "The Chamber granted the Prosecutor's request and unsealed the warrant against Joseph Kony on Tuesday.",
    "Pre-Trial Chamber II unsealed the warrant against Joseph Kony on Tuesday, as the Prosecutor had asked.",
])
def test_an_unsealing_made_at_a_request_is_an_unsealing(spec, text: str) -> None:  # noqa: ANN001
    assert ("warrant_unsealed", KONY, None, "2025-05-06") in rule_candidates(spec, text, "2025-05-07")


# --- words before a surname that are no first name ------------------------------------------------------------------------

GICHERU = "paul-gicheru"
WERFALLI = "mahmoud-mustafa-busayf-al-werfalli"
PUTIN = "vladimir-vladimirovich-putin"


def test_a_people_before_the_surname_is_no_first_name(spec) -> None:  # noqa: ANN001
    text = "Paul Gicheru is a lawyer in Nairobi. The Court has charged two Kenyans Gicheru and Bett. Police in Nairobi arrested Gicheru on Tuesday."
    assert (GICHERU, "KEN") in facts_of(spec, text, "2020-11-04", "arrest")
    # contrast: another first name before it still makes a namesake
    text = "Paul Gicheru is a lawyer in Nairobi. His cousin Peter Gicheru was questioned. Police in Nairobi arrested Gicheru on Tuesday."
    assert (GICHERU, "KEN") not in facts_of(spec, text, "2020-11-04", "arrest")


@pytest.mark.parametrize("before", ["in March", "the LNA", "Presidents", "Whether", "Will"])
def test_a_month_an_acronym_a_plural_title_or_an_opener_makes_no_namesake(spec, before: str) -> None:  # noqa: ANN001
    text = (f"Mahmoud al-Werfalli is a commander. A spokesman recalled what {before} Werfalli said. "
            "Police in Benghazi arrested Werfalli on Tuesday.")
    assert (WERFALLI, "LBY") in facts_of(spec, text, "2018-02-14", "arrest")


def test_a_german_title_before_the_surname_is_no_first_name(spec) -> None:  # noqa: ANN001
    text = ("Der Strafgerichtshof hat Haftbefehle gegen den Taliban-Führer Achunsada und den Richter Hakkani erlassen, "
            "teilte das Gericht am Dienstag mit.")
    assert (HAQQANI, None) in facts_of(spec, text, "2025-07-09", "warrant_issued")


# --- a second warrant beside the first, recalled ---------------------------------------------------------------------------

def test_a_second_warrant_is_the_news_beside_the_first_recalled(spec) -> None:  # noqa: ANN001
    text = ("Judges at the International Criminal Court have issued a second arrest warrant for Mahmoud al-Werfalli, a commander.\n\n"
            "In August last year the court issued its first arrest warrant for Werfalli.")
    assert ("warrant_issued", WERFALLI, None, "2018-07") in rule_candidates(spec, text, "2018-07")


def test_a_warrant_recalled_in_the_present_perfect_is_not_made_news(spec) -> None:  # noqa: ANN001
    # contrast: "has issued an arrest warrant" recalls the one warrant; with its month told elsewhere, no new warrant of the day
    text = ("Putin will not travel to the summit. The International Criminal Court has issued an arrest warrant for Putin.\n\n"
            "The Court issued the warrant in March.")
    assert not [c for c in rule_candidates(spec, text, "2023-08-25") if c[0] == "warrant_issued" and c[3] == "2023-08-25"]
