"""Session 16 (issue 12): general mechanisms for wordings the rules did not handle, tested with sentences written for the
purpose (not copied from the real-news set), one family after another, each with its contrast case."""

from __future__ import annotations

import pytest
from tests.monitor.probe import facts_of as _facts

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

PUTIN = "vladimir-vladimirovich-putin"
BASHIR = "omar-hassan-ahmad-al-bashir"
NETANYAHU = "benjamin-netanyahu"
YEKATOM = "alfred-yekatom"
KANI = "mahamat-said-abdel-kani"
EL_HISHRI = "khaled-mohamed-ali-el-hishri"
DAY = "2025-05-07"  # a Wednesday


def _new_names(spec, text: str, kind: str) -> set[str | None]:  # noqa: ANN001
    """The names new to the record of the rules' candidates of ``kind``."""
    return {c.person_name for c in extract_candidates(make_document(text, date=DAY), spec, mode="rules") if c.type == kind}


# --- visits: presence told by a premodifier, a noun of appearance, the story's dateline, a first-person quote, the trip told
# --- just before, the traveller's plane ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Visiting Russian President Vladimir Putin laid a wreath in Ulaanbaatar on Tuesday.", {(PUTIN, "MNG")}),
    ("Protesters greeted visiting Russian President Vladimir Putin in Ulaanbaatar on Tuesday.", {(PUTIN, "MNG")}),
    ("Omar al-Bashir made a surprise appearance at the summit in Kampala on Tuesday.", {(BASHIR, "UGA")}),
    ("ULAANBAATAR, May 6 (Reuters) - Vladimir Putin arrived on Tuesday for a two-day state visit.", {(PUTIN, "MNG")}),
    ("\"I am very pleased to be in Mongolia, which is friendly to us,\" Vladimir Putin said on Tuesday.", {(PUTIN, "MNG")}),
    ("\"I'm here in Budapest for talks,\" Benjamin Netanyahu told reporters on Tuesday.", {(NETANYAHU, "HUN")}),
    ("The trip to Mongolia is Vladimir Putin's first to a member of the Court.\n"
     "After the Russian president touched down on Tuesday evening, Amnesty urged his arrest.", {(PUTIN, "MNG")}),
    ("State television showed Vladimir Putin's plane landing in Ulaanbaatar on Tuesday.", {(PUTIN, "MNG")}),
    # contrasts: the participle naming no one; a court appearance; an arrival home; someone else speaking; a quote denying
    ("Malawi gave Omar al-Bashir the privileges guaranteed to every visiting Head of State on Tuesday.", set()),
    ("Visiting Mongolian officials met Vladimir Putin in Moscow on Tuesday.", set()),
    ("Omar al-Bashir made his first appearance before the judges in The Hague on Tuesday.", set()),
    ("MOSCOW, May 6 (Reuters) - Vladimir Putin arrived back on Tuesday from a two-day state visit.", set()),
    ("Vladimir Putin arrived on Tuesday for a two-day state visit.", set()),
    ("\"I am very pleased to be in Mongolia,\" the Mongolian president told Vladimir Putin on Tuesday.", set()),
    ("\"I am not going to be in Mongolia next week,\" Vladimir Putin said on Tuesday.", set()),
    ("Vladimir Putin flew home from Mongolia on Tuesday.\nHe landed on Tuesday evening.", set()),
])
def test_presence_told_without_a_verb_of_arriving(spec, text: str, want: set[tuple[str | None, str | None]]) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "visit") == want


# --- trips supposed (an inverted condition, "only if") and trips to come told by a noun --------------------------------------

@pytest.mark.parametrize("text", [
    "Had Omar al-Bashir landed in Nairobi, he would have been arrested.",
    "Kenyan officials said that, had Omar al-Bashir landed in Nairobi, he would have been arrested.",
    "Were Vladimir Putin to travel to Budapest, he would face no risk.",
    "Should Vladimir Putin travel to Budapest, Hungary would not arrest him.",
    "Vladimir Putin would travel to Budapest only if Hungary guaranteed his safety.",
])
def test_a_trip_only_supposed_gives_no_trip(spec, text: str) -> None:  # noqa: ANN001
    assert not _facts(spec, text, DAY, "visit") and not _facts(spec, text, DAY, "planned_visit")


@pytest.mark.parametrize(("text", "kind", "want"), [
    # contrasts: the same trips told as made or as announced
    ("Omar al-Bashir had landed in Nairobi on Tuesday before the court ruled.", "visit", {(BASHIR, "KEN")}),
    ("Vladimir Putin would travel to Budapest next week, the Kremlin said on Tuesday.", "planned_visit", {(PUTIN, "HUN")}),
])
def test_a_trip_told_as_made_or_announced_stays(spec, text: str, kind: str, want: set[tuple[str | None, str | None]]) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, kind) == want


def test_a_trip_noun_timed_to_come_is_planned(spec) -> None:  # noqa: ANN001
    text = "Omar al-Bashir has confirmed his attendance at the summit in Kampala next week."
    assert (_facts(spec, text, DAY, "planned_visit"), _facts(spec, text, DAY, "visit")) == ({(BASHIR, "UGA")}, set())
    # contrast: a trip made, then one to come: each its own
    text = "Omar al-Bashir attended the summit in Kampala on Tuesday and will travel to Nairobi next week."
    assert (_facts(spec, text, DAY, "visit"), _facts(spec, text, DAY, "planned_visit")) == ({(BASHIR, "UGA")}, {(BASHIR, "KEN")})


# --- arrests and surrenders ---------------------------------------------------------------------------------------------------

def test_police_picking_someone_up_is_an_arrest(spec) -> None:  # noqa: ANN001
    day = "2025-07-16"  # after the warrant of 2025-07-10 (an arrest before the first warrant is none: test_rules_s20)
    assert _facts(spec, "German police picked up Khaled Mohamed Ali El Hishri in Berlin on Tuesday.", day, "arrest") == {(EL_HISHRI, "DEU")}
    assert not _facts(spec, "German police picked up the trail of Khaled Mohamed Ali El Hishri in Berlin on Tuesday.", day, "arrest")


@pytest.mark.parametrize(("text", "want"), [
    ("The Central African Republic on Tuesday transferred Alfred Yekatom into the custody of the International Criminal Court.",
     {(YEKATOM, "CAF")}),
    ("Alfred Yekatom was sent to the ICC on Tuesday by the authorities in Bangui.", {(YEKATOM, "CAF")}),
    ("Authorities on Tuesday handed Alfred Yekatom to ICC custody.", {(YEKATOM, None)}),
    # contrasts: things sent, a case referred, a transfer to come
    ("The Central African Republic on Tuesday sent a letter to the ICC about Alfred Yekatom.", set()),
    ("The Central African Republic on Tuesday sent its observations on Alfred Yekatom to the ICC.", set()),
    ("Bangui on Tuesday referred the case of Alfred Yekatom to the ICC.", set()),
    ("Alfred Yekatom will be transferred to the ICC on Tuesday.", set()),
])
def test_a_person_moved_into_the_courts_hands_is_a_surrender(spec, text: str, want: set[tuple[str | None, str | None]]) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "surrender") == want


# --- unsealings -------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The arrest warrant for Mahamat Said Abdel Kani, kept under seal since 2019, was released on Tuesday.",
    "Judges decided on Tuesday to make public the warrant against Mahamat Said Abdel Kani.",
    "The warrant against Mahamat Said Abdel Kani, which had been sealed, is now public.",
    "The ICC on Tuesday publicised an arrest warrant for Mahamat Said Abdel Kani.",
])
def test_a_warrant_released_or_made_public_is_unsealed(spec, text: str) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "warrant_unsealed") == {(KANI, None)}


@pytest.mark.parametrize("text", [
    "Under the warrant, Mahamat Said Abdel Kani was released from custody on Tuesday.",
    "The prosecutor asked the Chamber on Tuesday to make the warrant for Mahamat Said Abdel Kani public.",
    "The warrant for Mahamat Said Abdel Kani remains under seal.",
])
def test_a_person_released_or_an_unsealing_asked_is_no_unsealing(spec, text: str) -> None:  # noqa: ANN001
    assert not _facts(spec, text, DAY, "warrant_unsealed")


@pytest.mark.parametrize(("text", "want"), [
    ("The International Criminal Court yesterday unsealed the arrest warrant for Libyan suspect Tarek Adel Zidan.", {"Tarek Adel Zidan"}),
    ("The arrest warrant against Tarek Adel Zidan, issued in 2020, was unsealed on Tuesday.", {"Tarek Adel Zidan"}),
    ("The ICC on Tuesday unsealed arrest warrants for two Libyan militia leaders, Osama Hamid Mabrouk and Tarek Adel Zidan.",
     {"Osama Hamid Mabrouk", "Tarek Adel Zidan"}),
    ("The ICC on Tuesday unsealed an arrest warrant against a former militia commander, Tarek Adel Zidan, accused of murder.",
     {"Tarek Adel Zidan"}),
    # contrast: no unsealing told, only a request for one
    ("Lawyers for Tarek Adel Zidan asked the Court on Tuesday to unseal the warrant.", set()),
])
def test_a_new_name_of_an_unsealed_warrant(spec, text: str, want: set[str]) -> None:  # noqa: ANN001
    assert _new_names(spec, text, "warrant_unsealed") == want


# --- refusals -------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("South Africa said on Tuesday it would grant Vladimir Putin diplomatic immunity for the summit.", {(PUTIN, "ZAF")}),
    ("Mongolia told the Court it was unable to arrest Vladimir Putin because of its energy dependence.", {(PUTIN, "MNG")}),
    ("Hungary's foreign minister said on Tuesday that arresting Benjamin Netanyahu was out of the question.", {(NETANYAHU, "HUN")}),
    ("France said on Tuesday that Benjamin Netanyahu enjoyed immunities which must be taken into account.", {(NETANYAHU, "FRA")}),
    # contrasts: an immunity refused or denied, a power lacking for something else, a pledge
    ("South Africa said on Tuesday it would not grant Vladimir Putin diplomatic immunity for the summit.", set()),
    ("Rights groups said on Tuesday that Benjamin Netanyahu has no immunities before the Court.", set()),
    ("Police in Kenya said on Tuesday they were unable to find Omar al-Bashir.", set()),
    ("Kenya said on Tuesday it would arrest Omar al-Bashir if he came.", set()),
])
def test_a_refusal_told_as_an_immunity_or_an_inability(spec, text: str, want: set[tuple[str | None, str | None]]) -> None:  # noqa: ANN001
    assert _facts(spec, text, DAY, "refusal") == want


# --- findings ----------------------------------------------------------------------------------------------------------------

def test_a_duty_breached_is_a_finding(spec) -> None:  # noqa: ANN001
    assert _facts(spec, "The judges ruled on Tuesday that Jordan breached its duty to cooperate with the Court.", DAY,
                  "noncompliance_finding") == {(None, "JOR")}
    assert not _facts(spec, "The judges will decide whether Jordan breached its duty to cooperate with the Court.", DAY, "noncompliance_finding")


# --- the day's news: a stay told as the time of a failure ----------------------------------------------------------------------

def test_a_stay_told_as_the_time_of_a_failure_is_not_the_days_news(spec) -> None:  # noqa: ANN001
    from tests.monitor.probe import rule_candidates

    text = ("Malawi replied to the Court on Tuesday.\n"
            "The judges had queried the country's inaction when Omar al-Bashir was in Malawi for a trade summit.")
    assert [d for t, p, _, d in rule_candidates(spec, text, DAY) if t == "visit" and p == BASHIR] == [None]
    # contrast: the same stay told in the lead as the news, with no failure, takes the document's day
    text = "Omar al-Bashir was in Malawi for a trade summit, officials said.\nThe judges met on Monday."
    assert [d for t, p, _, d in rule_candidates(spec, text, DAY) if t == "visit" and p == BASHIR] == [DAY]


# --- speech is not travel; a stay in the present anywhere in the story is the day's news -------------------------------------

def test_not_going_into_details_cancels_no_trip(spec) -> None:  # noqa: ANN001
    told = "Omar al-Bashir travelled to Johannesburg for the summit on Tuesday."
    assert _facts(spec, told + '\n"I will not go into the details," the minister said.', DAY, "visit") == {(BASHIR, "ZAF")}
    # contrast: a trip denied in the same words of going
    assert not _facts(spec, "Omar al-Bashir will not go to Johannesburg for the summit on Tuesday, the minister said.", DAY, "visit")


def test_one_of_the_leaders_attending_is_a_stay_of_the_day(spec) -> None:  # noqa: ANN001
    from tests.monitor.probe import rule_candidates

    text = ("President Goodluck Jonathan is hosting African leaders in Abuja.\n\nThe meeting opened with a minute of silence.\n\n"
            "Rights groups protested outside.\n\nMeanwhile, Omar al-Bashir is one of the African leaders attending the summit in Abuja.")
    assert [(s, d) for t, p, s, d in rule_candidates(spec, text, DAY) if t == "visit" and p == BASHIR] == [("NGA", DAY)]
    # contrast: one of the leaders calling for something is at no gathering
    text = "Omar al-Bashir is one of the African leaders calling for reform of the Court."
    assert not _facts(spec, text, DAY, "visit")


def test_a_trip_supposed_to_any_state_cancels_no_trip(spec) -> None:  # noqa: ANN001
    plan = "Hungary said on Tuesday that Vladimir Putin may not fear arrest when he arrives in Budapest for a summit."
    generic = "The warrant means that Vladimir Putin could be arrested if he travels to any ICC member state."
    assert _facts(spec, plan + "\n" + generic, DAY, "planned_visit") == {(PUTIN, "HUN")}
    # contrast: the same trip supposed to that very State is no trip announced
    supposed = "The warrant means that Vladimir Putin could be arrested if he travels to Hungary."
    assert not _facts(spec, plan + "\n" + supposed, DAY, "planned_visit")


# --- planned visits: a hosting to come, a landing scheduled, a departure in the simple present, a reported "would arrive", a
# --- trip "planned for" a month, a trip at an invitation told as firm ------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Mongolia is preparing to host Vladimir Putin next month.", {(PUTIN, "MNG", "2025-06")}),
    ("Ulaanbaatar will welcome Vladimir Putin on Thursday.", {(PUTIN, "MNG", "2025-05-08")}),
    ("Benjamin Netanyahu is scheduled to land in Budapest on Thursday.", {(NETANYAHU, "HUN", "2025-05-08")}),
    ("Vladimir Putin heads to Mongolia on Thursday for talks.", {(PUTIN, "MNG", "2025-05-08")}),
    ("Vladimir Putin departs for Ulaanbaatar on Thursday.", {(PUTIN, "MNG", "2025-05-08")}),
    ("Orban said on Tuesday that Benjamin Netanyahu would arrive in Budapest on Thursday.", {(NETANYAHU, "HUN", "2025-05-08")}),
    ("Vladimir Putin's visit to Mongolia is planned for September.", {(PUTIN, "MNG", "2025-09")}),
    ("Benjamin Netanyahu will fly to Budapest on Thursday at the invitation of Viktor Orban.", {(NETANYAHU, "HUN", "2025-05-08")}),
    # contrasts: a hosting refused, a meeting hosted with no one named, an invitation only
    ("Mongolia will not host Vladimir Putin next month.", set()),
    ("Mongolia will host talks on Thursday.", set()),
    ("Hungary has invited Benjamin Netanyahu to Budapest next month.", set()),
])
def test_a_trip_to_come_told_otherwise(spec, text: str, want: set[tuple[str | None, str | None, str | None]]) -> None:  # noqa: ANN001
    from tests.monitor.probe import rule_candidates

    assert {(p, s, d) for t, p, s, d in rule_candidates(spec, text, DAY) if t == "planned_visit"} == want


def test_a_stay_the_speaker_tells_as_completed(spec) -> None:  # noqa: ANN001
    text = '"I have just completed a very important visit to Hungary," Israeli Prime Minister Benjamin Netanyahu said on Tuesday.'
    assert _facts(spec, text, DAY, "visit") == {(NETANYAHU, "HUN")}
    # contrast: the words given to another speaker
    text = '"I have just completed a very important visit to Hungary," the Israeli minister told Benjamin Netanyahu on Tuesday.'
    assert not _facts(spec, text, DAY, "visit")


def test_not_among_the_invited_is_no_absence(spec) -> None:  # noqa: ANN001
    told = "Omar al-Bashir travelled to Abuja for the summit on Tuesday."
    text = told + "\nOfficials said Omar al-Bashir was not among the leaders the president wrote to inviting them to the summit."
    assert _facts(spec, text, DAY, "visit") == {(BASHIR, "NGA")}
    # contrast: not among those who came is an absence
    assert not _facts(spec, "Omar al-Bashir was not among the leaders who travelled to Abuja for the summit on Tuesday.", DAY, "visit")


def test_a_surrender_told_without_its_state_takes_the_place_moved_from(spec) -> None:  # noqa: ANN001
    text = "Alfred Yekatom was flown from Bangui to Rotterdam on Tuesday and taken to the Court's detention centre."
    assert _facts(spec, text, DAY, "surrender") == {(YEKATOM, "CAF")}
    # contrast: no place moved from, no State
    assert _facts(spec, "Alfred Yekatom was taken to the Court's detention centre on Tuesday.", DAY, "surrender") == {(YEKATOM, None)}
