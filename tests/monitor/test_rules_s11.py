"""Session 11's general rules (issue 12), from sentences written for the purpose in other wordings (agency style,
passive voice, headlines, another tense), each with its contrast case (not copied from the real-news set)."""

from __future__ import annotations

import pytest

from iccwatch.facts import Facts
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates
from iccwatch.monitor.gazetteer import spec_from_records

YEKATOM = "alfred-yekatom"
KANI = "mahamat-said-abdel-kani"
DAY = "2025-05-07"  # a Wednesday


@pytest.fixture(scope="module")
def spec(facts: Facts):  # noqa: ANN201
    return spec_from_records(facts.records)


def _got(spec, text: str, date: str = DAY):  # noqa: ANN001, ANN202
    """The rules' own candidates."""
    return [(c.type, c.person, c.state, c.date) for c in extract_candidates(make_document(text, date=date), spec, mode="rules")]


def _of(spec, kind: str, person: str, text: str) -> list[str | None]:  # noqa: ANN001
    return [d for t, p, _, d in _got(spec, text) if t == kind and p == person]


# --- wordings of custody and unsealing --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ICC takes custody of Alfred Yekatom",
    "Former militia leader Alfred Yekatom has been sent to The Hague.",
    "Authorities in Bangui transferred Alfred Yekatom to the court's custody on Tuesday.",
    "Alfred Yekatom was delivered into the custody of the ICC on Tuesday.",
])
def test_custody_of_the_court_told_otherwise_is_a_surrender(spec, text: str) -> None:  # noqa: ANN001
    assert _of(spec, "surrender", YEKATOM, text)


def test_custody_of_a_national_court_is_no_surrender(spec) -> None:  # noqa: ANN001
    assert not _of(spec, "surrender", YEKATOM, "Alfred Yekatom was delivered into the custody of the Bangui prosecutor on Tuesday.")


@pytest.mark.parametrize("text", ["French police arrest Alfred Yekatom", "Gendarmes arrested Alfred Yekatom on Tuesday.",
                                  "Central African authorities detain Alfred Yekatom"])
def test_the_police_arresting_someone_in_a_headline_is_an_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert _of(spec, "arrest", YEKATOM, text)


def test_a_call_to_arrest_in_a_headline_is_no_arrest(spec) -> None:  # noqa: ANN001
    assert not _of(spec, "arrest", YEKATOM, "Rights groups urge police to arrest Alfred Yekatom")


@pytest.mark.parametrize("text", [
    "ICC publishes arrest warrant for Mahamat Said Abdel Kani",
    "The ICC published the arrest warrant for Mahamat Said Abdel Kani on Tuesday.",
    "The warrant against Mahamat Said Abdel Kani was published on Tuesday.",
    "ICC lifts secrecy on warrant for Mahamat Said Abdel Kani",
    "The warrant against Mahamat Said Abdel Kani is no longer secret, the Court said on Tuesday.",
])
def test_a_warrant_published_or_no_longer_secret_is_unsealed(spec, text: str) -> None:  # noqa: ANN001
    assert _of(spec, "warrant_unsealed", KANI, text)


def test_a_report_published_on_a_warrant_is_no_unsealing(spec) -> None:  # noqa: ANN001
    assert not _of(spec, "warrant_unsealed", KANI, "A rights group published a report on Tuesday about the case of Mahamat Said Abdel Kani.")


# --- an unsealing whose subject the next sentence names; a warrant "unsealed on Tuesday" as a participle ---------------

@pytest.mark.parametrize("text", [
    "The International Criminal Court unsealed an arrest warrant on Tuesday. Mahamat Said Abdel Kani is accused of crimes against humanity.",
    "ICC unseals arrest warrant against ex-Seleka commander\nMahamat Said Abdel Kani, a former Seleka commander, is accused of torture.",
    "Judges on Tuesday unsealed the warrant, which was issued in January 2019. It names Mahamat Said Abdel Kani.",
])
def test_an_unsealing_whose_subject_the_next_sentence_names(spec, text: str) -> None:  # noqa: ANN001
    assert _of(spec, "warrant_unsealed", KANI, text)


def test_the_next_sentence_naming_someone_not_accused_is_not_the_subject(spec) -> None:  # noqa: ANN001
    text = "The International Criminal Court unsealed an arrest warrant on Tuesday. Mahamat Said Abdel Kani attended a wedding in Bangui."
    assert not _of(spec, "warrant_unsealed", KANI, text)


@pytest.mark.parametrize("text", [
    "Mahamat Said Abdel Kani faces seven counts of war crimes under a warrant unsealed by the ICC on Tuesday.",
    "Mahamat Said Abdel Kani is wanted under an arrest warrant made public on Tuesday.",
])
def test_a_warrant_unsealed_in_a_participle_clause_is_the_unsealing(spec, text: str) -> None:  # noqa: ANN001
    assert _of(spec, "warrant_unsealed", KANI, text) == ["2025-05-06"]


def test_a_warrant_recalled_without_an_unsealing_stays_background(spec) -> None:  # noqa: ANN001
    assert not _of(spec, "warrant_issued", KANI, "Mahamat Said Abdel Kani faces seven counts of war crimes under a warrant issued in 2019.")


def test_an_unsealing_is_not_dated_by_the_warrant_it_names(spec) -> None:  # noqa: ANN001
    text = "The Court has unsealed an arrest warrant for Mahamat Said Abdel Kani dated 7 January 2019."
    assert _of(spec, "warrant_unsealed", KANI, text) == [DAY]
