"""Session 11's general rules (issue 12), from sentences written for the purpose in other wordings (agency style,
passive voice, headlines, another tense), each with its contrast case (not copied from the real-news set)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import rule_candidates as _got

YEKATOM = "alfred-yekatom"
KANI = "mahamat-said-abdel-kani"
DAY = "2025-05-07"  # a Wednesday




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


# --- trips to come: the weekday takes its clause's tense; more ways of telling a trip ahead ----------------------------

PUTIN = "vladimir-vladimirovich-putin"
BASHIR = "omar-hassan-ahmad-al-bashir"


def _trips(spec, person: str, text: str) -> list[tuple[str, str | None, str | None]]:  # noqa: ANN001
    return [(t, s, d) for t, p, s, d in _got(spec, text) if t in ("visit", "planned_visit") and p == person]


@pytest.mark.parametrize("text", [
    "Vladimir Putin is scheduled to embark on a two-day state visit to North Korea on Tuesday.",
    "Vladimir Putin is expected to make an official visit to North Korea, where he will meet Kim Jong Un, on Tuesday.",
])
def test_a_weekday_in_a_clause_about_the_future_is_the_next_one(spec, text: str) -> None:  # noqa: ANN001
    assert ("planned_visit", "PRK", "2025-05-13") in _trips(spec, PUTIN, text)


def test_a_weekday_after_a_past_verb_is_the_last_one(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin, who was scheduled to embark on a visit, arrived in North Korea on Tuesday."
    assert ("visit", "PRK", "2025-05-06") in _trips(spec, PUTIN, text)


@pytest.mark.parametrize(("text", "state"), [
    ("After North Korea, Vladimir Putin will head to Vietnam, also on a two-day state visit.", "VNM"),
    ("President Omar al-Bashir will leave, Thursday, to Jordan to participate in the Arab Summit.", "JOR"),
    ("Omar al-Bashir leaves Thursday for Jordan for the Arab Summit", "JOR"),
    ("Omar al-Bashir will lead the Sudanese delegation to the Jordan Arab summit.", "JOR"),
    ("Omar al-Bashir is to head Sudan's delegation to the Arab League summit in Jordan.", "JOR"),
    ("Upon completing his agenda in Abu Dhabi, Vladimir Putin will continue on to Riyadh, Saudi Arabia.", "SAU"),
])
def test_more_ways_of_telling_a_trip_to_come(spec, text: str, state: str) -> None:  # noqa: ANN001
    person = PUTIN if "Putin" in text else BASHIR
    assert state in [s for t, s, _ in _trips(spec, person, text) if t == "planned_visit"]
    assert state not in [s for t, s, _ in _trips(spec, person, text) if t == "visit"]


@pytest.mark.parametrize("text", [
    "Omar al-Bashir will not lead the Sudanese delegation to the Jordan Arab summit.",
    "The refusal of Vladimir Putin to attend the G20 summit in South Africa was announced on Tuesday by the Kremlin.",
])
def test_a_trip_declined_gives_nothing(spec, text: str) -> None:  # noqa: ANN001
    person = PUTIN if "Putin" in text else BASHIR
    assert not _trips(spec, person, text)


def test_a_state_name_after_an_article_is_no_first_name_but_one_before_a_surname_is(spec) -> None:  # noqa: ANN001
    assert "JOR" in [s for _, s, _ in _trips(spec, BASHIR, "Omar al-Bashir will travel to the Jordan Arab summit next week.")]
    assert not _trips(spec, BASHIR, "Omar al-Bashir will meet Jordan Peterson next week.")


# --- custody and refusals: who told it, who is described, who was visited -------------------------------------------

@pytest.mark.parametrize("text", [
    "A Rwandan rebel leader was arrested in France on Monday, officials said. Callixte Mbarushimana is accused of 11 counts.",
    "A Rwandan rebel leader was arrested in France on Monday, police sources told reporters. Callixte Mbarushimana is wanted by the ICC.",
])
def test_officials_who_tell_an_arrest_are_not_the_group_arrested(spec, text: str) -> None:  # noqa: ANN001
    assert [(s, d) for t, p, s, d in _got(spec, text) if t == "arrest" and p == "callixte-mbarushimana"] == [("FRA", "2025-05-05")]


def test_officials_arrested_are_still_a_group(spec) -> None:  # noqa: ANN001
    text = "Police arrested four officials in Kinshasa on Monday. Callixte Mbarushimana is accused of 11 counts."
    assert not [s for t, p, s, d in _got(spec, text) if t == "arrest" and p == "callixte-mbarushimana"]


@pytest.mark.parametrize("text", [
    "The Court said Callixte Mbarushimana, the first senior leader arrested by the ICC for crimes in the Kivus, is responsible for 11 counts.",
    "Alfred Yekatom, the first suspect to be arrested in the case, appeared on Wednesday.",
])
def test_an_ordinal_description_is_no_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert not [t for t, *_ in _got(spec, text) if t == "arrest"]


def test_an_arrest_told_after_an_ordinal_apposition_is_one(spec) -> None:  # noqa: ANN001
    assert _of(spec, "arrest", YEKATOM, "The first suspect, Alfred Yekatom, was arrested in France on Tuesday.") == ["2025-05-06"]


def test_visiting_someone_at_the_detention_centre_is_no_surrender(spec) -> None:  # noqa: ANN001
    text = "Sara Duterte on Monday visited her father, former President Rodrigo Duterte, at the ICC Detention Center in The Hague."
    assert not [t for t, *_ in _got(spec, text) if t == "surrender"]
    assert _of(spec, "surrender", "rodrigo-roa-duterte", "Rodrigo Duterte was brought to the ICC detention centre in The Hague on Wednesday.")


def _refusals(spec, text: str) -> list[str | None]:  # noqa: ANN001
    return [s for t, p, s, _ in _got(spec, text) if t == "refusal" and p == PUTIN]


def test_the_writers_gloss_is_no_refusal(spec) -> None:  # noqa: ANN001
    assert not _refusals(spec, "Neither the UAE nor Saudi Arabia have signed the treaty, meaning they are not obliged to arrest Vladimir Putin.")
    assert _refusals(spec, "Saudi Arabia said it was not obliged to arrest Vladimir Putin.") == ["SAU"]


def test_an_outlets_country_is_no_party_to_a_refusal(spec) -> None:  # noqa: ANN001
    assert _refusals(spec, '"No, Vladimir Putin will not be arrested in Brazil," Lula told Indian news website Firstpost on Saturday.') == ["BRA"]
    assert not _refusals(spec, '"No, he will not be arrested," Lula told a Russian state broadcaster on Saturday about Vladimir Putin.')
