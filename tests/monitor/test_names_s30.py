"""Names and namesakes (session 30, issue 12), each reading with sentences written for the test and contrasts that must not
fire:

- a surname glued after a capitalised word that is no one's given name ('Team Putin', 'Namaste Putin', 'Arrest Putin';
  name_variants.yaml, ``not_given_names``) is not the person, and makes no namesake: the document's other mentions of the
  surname are read as they would be without it (before, 'Team Putin said …' made every later 'Putin' another person's);
  a first name that is another's ('Sergei Putin') still makes a namesake;
- a State's name before a surname is the person's State, as a demonym is ('du Kenya Uhuru Kenyatta');
- a name too common to stand alone (every word a common name word: 'Hussein Ali', 'Al Hassan'; or flagged with its reason
  in name_variants.yaml, ``common_names``: 'Mahamat Said', 'Ibrahim al-Masri') is the person only where the document names
  them otherwise or the Court or a warrant is in the sentence;
- a name written after titles is shortened from its first name, not from a title ('Major Ali' is anyone's).
"""

from __future__ import annotations

import pytest
from tests.monitor.probe import facts_of

from iccwatch.monitor.gazetteer import pipeline
from iccwatch.monitor.mentions import _mentions

PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
HUSSEIN_ALI = "mohammed-hussein-ali"
AL_HASSAN = "al-hassan-ag-abdoul-aziz-ag-mohamed-ag-mahmoud"
SAID = "mahamat-said-abdel-kani"
DEIF = "mohammed-diab-ibrahim-al-masri"
DAY = "2025-05-07"


# --- a word before the surname that is no given name -----------------------------------------------------------------------

@pytest.mark.parametrize("word", ["Team", "Namaste", "Operation", "Camp", "Welcome"])
def test_a_glued_word_that_is_no_given_name_is_not_the_person(spec, word: str) -> None:  # noqa: ANN001
    assert not facts_of(spec, f"{word} Putin arrived in Budapest on Tuesday.", DAY, "visit")


@pytest.mark.parametrize("word", ["Team", "Namaste", "Operation"])
def test_a_glued_word_that_is_no_given_name_makes_no_namesake(spec, word: str) -> None:  # noqa: ANN001
    text = f"{word} Putin was the talk of the town on Monday. Putin arrived in Budapest on Tuesday."
    assert (PUTIN, "HUN") in facts_of(spec, text, DAY, "visit")
    text = f"Benjamin Netanyahu left Jerusalem on Monday. {word} Netanyahu was discussed. Netanyahu arrived in Budapest on Tuesday."
    assert (NETANYAHU, "HUN") in facts_of(spec, text, DAY, "visit")


def _persons(spec, text: str) -> list[tuple[str, str, str]]:  # noqa: ANN001
    """(kind, id, text) of the person mentions the document's reading keeps."""
    return [(m.kind, m.id, m.text) for m in _mentions(pipeline(spec)(text), spec) if m.kind in ("PERSON", "SURNAME", "OTHER")]


@pytest.mark.parametrize("word", ["Namaste", "Welcome", "Arrest"])
def test_a_greeting_or_a_slogan_names_the_person_only_where_the_document_names_them_otherwise(spec, word: str) -> None:  # noqa: ANN001
    assert ("SURNAME", PUTIN, "Putin") in _persons(spec, f"Vladimir Putin landed on Tuesday. Crowds held placards reading {word} Putin.")
    assert not _persons(spec, f"Crowds held placards reading {word} Putin.")


@pytest.mark.parametrize("word", ["Team", "Operation", "Camp"])
def test_a_side_or_an_operation_never_names_the_person(spec, word: str) -> None:  # noqa: ANN001
    assert _persons(spec, f"Vladimir Putin landed on Tuesday. {word} Putin said the talks went well.") == \
        [("PERSON", PUTIN, "Vladimir Putin")]


def test_a_first_name_that_is_another_still_makes_a_namesake(spec) -> None:  # noqa: ANN001
    # the contrast: 'Sergei' may be a given name, so 'Putin' after it is another person throughout
    assert not facts_of(spec, "Sergei Putin was the talk of the town on Monday. Putin arrived in Budapest on Tuesday.", DAY, "visit")
    assert not facts_of(spec, "Sergei Putin arrived in Budapest on Tuesday.", DAY, "visit")


def test_a_surname_before_another_capitalised_word_is_still_no_one(spec) -> None:  # noqa: ANN001
    assert not facts_of(spec, "Putin Hall hosted a gala in Budapest on Tuesday.", DAY, "visit")


def test_a_movement_before_a_surname_is_not_the_person_unless_listed(spec) -> None:  # noqa: ANN001
    text = "The Court issued a warrant on Thursday for the leader of Hamas Deif."
    assert (DEIF, None) not in facts_of(spec, text, "2024-11-23", "warrant_issued")
    # the contrast: a name the record lists for him
    text = "The Court issued a warrant on Thursday for the Hamas commander Mohammed Deif."
    assert (DEIF, None) in facts_of(spec, text, "2024-11-23", "warrant_issued")


def test_a_states_name_before_a_surname_makes_no_namesake(spec) -> None:  # noqa: ANN001
    text = "The leaders of Russia Putin and of Kyrgyzstan met on Monday. Putin arrived in Dushanbe on Tuesday."
    assert (PUTIN, "TJK") in facts_of(spec, text, DAY, "visit")
    # the contrast: a State's name that is also a given name ('Jordan': state_names.yaml, person_names) may be another person's
    text = "Jordan Putin was the talk of the town on Monday. Putin arrived in Dushanbe on Tuesday."
    assert (PUTIN, "TJK") not in facts_of(spec, text, DAY, "visit")


# --- names too common to stand alone -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "pid", "place", "iso3"), [
    ("Hussein Ali", HUSSEIN_ALI, "Nairobi", "KEN"),
    ("Al Hassan", AL_HASSAN, "Bamako", "MLI"),
    ("Mahamat Said", SAID, "Bangui", "CAF"),
    ("Ibrahim al-Masri", DEIF, "Cairo", "EGY"),
])
def test_a_name_too_common_alone_is_no_one(spec, name: str, pid: str, place: str, iso3: str) -> None:  # noqa: ANN001
    assert (pid, iso3) not in facts_of(spec, f"Police in {place} arrested {name} on Tuesday.", DAY, "arrest")


@pytest.mark.parametrize(("name", "pid", "place", "iso3"), [
    ("Hussein Ali", HUSSEIN_ALI, "Nairobi", "KEN"),
    ("Al Hassan", AL_HASSAN, "Bamako", "MLI"),
    ("Mahamat Said", SAID, "Bangui", "CAF"),
])
def test_a_name_too_common_alone_with_the_court_in_the_sentence(spec, name: str, pid: str, place: str, iso3: str) -> None:  # noqa: ANN001
    text = f"Police in {place} arrested {name} on Tuesday on a warrant of the International Criminal Court."
    assert (pid, iso3) in facts_of(spec, text, DAY, "arrest")


def test_a_name_too_common_alone_after_a_longer_name(spec) -> None:  # noqa: ANN001
    text = "Mahamat Said Abdel Kani was seen in the north last month. Police in Bangui arrested Mahamat Said on Tuesday."
    assert (SAID, "CAF") in facts_of(spec, text, DAY, "arrest")


def test_a_telling_alias_stands_alone(spec) -> None:  # noqa: ANN001
    # the contrast: 'Mohammed Deif' holds a word that tells him apart
    assert (DEIF, "EGY") in facts_of(spec, "Mohammed Deif arrived in Cairo on Tuesday.", DAY, "visit")


def test_which_forms_are_too_common(spec) -> None:  # noqa: ANN001
    forms = spec.lexicon["common_forms"]
    assert "hussein ali" in forms[HUSSEIN_ALI] and "al hassan" in forms[AL_HASSAN] and "mahamat said" in forms[SAID]
    # the record's own name is never too common, whatever its words
    assert "mohammed hussein ali" not in forms[HUSSEIN_ALI]
    assert "mohammed deif" not in forms[DEIF]


def test_a_name_is_shortened_from_its_first_name_not_a_title(spec) -> None:  # noqa: ANN001
    assert not any(n.lower() == "major ali" for n in spec.persons[HUSSEIN_ALI])
    assert not any(n.lower() in ("al mahmoud", "senior hlaing") for pid in (AL_HASSAN, "min-aung-hlaing") for n in spec.persons[pid])
    assert any(n == "Min Hlaing" for n in spec.persons["min-aung-hlaing"])
    assert not facts_of(spec, "Police in Nairobi arrested Major Ali on Tuesday.", DAY, "arrest")
