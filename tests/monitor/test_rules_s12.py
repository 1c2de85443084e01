"""Session 12: general rules from the dev half's remaining errors (issue 12), each tested with sentences written for the
purpose in other wordings (not copied from the real-news set) and a contrast case."""

from __future__ import annotations

import pytest

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

PUTIN = "vladimir-vladimirovich-putin"
BASHIR = "omar-hassan-ahmad-al-bashir"
DAY = "2025-05-07"  # a Wednesday


def _visits(spec, text: str, date: str = DAY, title: str | None = None) -> set[tuple[str, str | None]]:  # noqa: ANN001
    doc = make_document(text, title=title, date=date)
    return {(c.person, c.state) for c in extract_candidates(doc, spec, mode="rules") if c.type == "visit"}


# --- the person must be the guest of the visit's noun or hosting verb, wherever he is named --------------------------------

@pytest.mark.parametrize("text", [
    "The presence of foreign troops in Mongolia on Wednesday alarmed analysts who had long criticised Vladimir Putin.",
    "The arrival of Chinese warships in Mongolia on Wednesday worried diplomats who have long distrusted Vladimir Putin.",
    "Mongolia welcomed a trade delegation on Wednesday that Vladimir Putin had sent.",
    "Analysts in Ulaanbaatar were alarmed on Wednesday by the attendance of foreign troops at the parade, which critics of "
    "Russia's president, Vladimir Putin, condemned.",
    "Officials said the visit of a Russian military delegation to Mongolia on Wednesday had been planned long before "
    "Mr Putin announced his trip.",
])
def test_a_visit_of_others_with_the_person_named_in_another_clause_is_not_his(spec, text: str) -> None:  # noqa: ANN001
    assert (PUTIN, "MNG") not in _visits(spec, text)


@pytest.mark.parametrize("text", [
    "The presence of Russian President Vladimir Putin in Mongolia on Wednesday alarmed analysts.",
    "Critics decried the attendance of Vladimir Putin at the parade in Ulaanbaatar on Wednesday.",
    "Mongolia's president hosted Vladimir Putin in Ulaanbaatar on Wednesday.",
])
def test_the_person_as_the_guest_of_the_noun_or_verb_is_the_visitor(spec, text: str) -> None:  # noqa: ANN001
    assert (PUTIN, "MNG") in _visits(spec, text)


# --- attendance without a place of its own is at the gathering the document places ------------------------------------------

@pytest.mark.parametrize(("text", "state", "day"), [
    ("Western Officials Walk Out of Ugandan President's Inauguration\n\nAmong those in attendance was Sudanese President "
     "Omar Hassan al-Bashir, who is wanted by the ICC.", "UGA", "2016-05-12"),
    ("Djibouti President Sworn In for Fourth Term\n\nSudanese President Omar al-Bashir and the President of Rwanda Paul "
     "Kagame were among those in attendance.", "DJI", "2016-05-12"),
    ("Uganda's president was sworn in on Thursday. President Bashir, who was indicted in 2009, was the first leader to jet "
     "into the country Thursday morning for the ceremony.", "UGA", "2016-05-12"),
    ("U.S. officials walked out of Ugandan President Yoweri Museveni's inauguration in protest on Thursday after Sudan's "
     "leader Omar al-Bashir showed up despite facing arrest warrants.", "UGA", "2016-05-12"),
    ("Kenya's new president was sworn in on Tuesday. Sudan's President Omar al-Bashir was among the guests.", "KEN", "2016-05-10"),
    ("The summit opened in Lilongwe on Friday. Omar al-Bashir attended the summit.", "MWI", "2016-05-06"),
    ("Thousands gathered for the coronation at the stadium in the capital Maseru on Saturday. Omar al-Bashir turned up "
     "with a large delegation.", "LSO", "2016-05-07"),
    ("Kenya has adopted a new constitution, overshadowed by the presence of Sudan President Omar al-Bashir. The president "
     "signed it at a ceremony in Nairobi's main park on Thursday.", "KEN", "2016-05-12"),
])
def test_attendance_without_a_place_is_at_the_gathering_the_document_places(spec, text: str, state: str, day: str) -> None:  # noqa: ANN001
    doc = make_document(text, date="2016-05-12")  # a Thursday
    got = {(c.state, c.date) for c in extract_candidates(doc, spec, mode="rules") if c.type == "visit" and c.person == BASHIR}
    assert got == {(state, day)}


@pytest.mark.parametrize("text", [
    "Leaders gathered for summits in Kampala and in Nairobi this month. Omar al-Bashir was among the guests.",  # two States
    "Uganda's president was sworn in on Thursday. Omar al-Bashir did not attend.",
    "Uganda's president was sworn in on Thursday. Omar al-Bashir will attend the next summit.",
    "Sudan's president Omar al-Bashir was sworn in on Thursday in Khartoum. Omar al-Bashir was among the guests at the reception.",
    "Malawi said it will not host the summit in July because of disagreements over the attendance of Omar al-Bashir.",
])
def test_no_gathering_place_when_two_states_his_own_state_or_no_attendance_told(spec, text: str) -> None:  # noqa: ANN001
    assert not {st for p, st in _visits(spec, text, date="2016-05-12") if p == BASHIR}


# --- the filter's title cues come only from a real headline ------------------------------------------------------------------

def test_a_file_name_standing_in_for_a_title_gives_no_title_cue(spec, tmp_path) -> None:  # noqa: ANN001
    from iccwatch.monitor import mfilter
    from iccwatch.monitor.documents import headline, read_path

    (tmp_path / "local.txt").write_text("Yoav Gallant arrived in Madrid on Monday.")
    (tmp_path / "police-story.txt").write_text("---\ndate: 2025-06-04\n---\nYoav Gallant arrived in Madrid on Monday.\n")
    for path in (tmp_path / "local.txt", tmp_path / "police-story.txt"):
        (doc,) = read_path(path)
        assert doc.title == path.stem and headline(doc) is None
    (doc,) = read_path(tmp_path / "local.txt")
    cand = next(c for c in extract_candidates(doc, spec, mode="rules") if c.type == "visit")
    assert not [f for f in mfilter.features(cand, doc, spec=spec) if f.startswith("title_cue=")]
    # and the plain one-sentence visit passes the shipped filter
    assert ("visit", "ESP") in {(c.type, c.state) for c in extract_candidates(doc, spec, mode="filtered")}
    # a headline given in front matter is one, and its cues count
    (tmp_path / "x.txt").write_text("---\ndate: 2025-06-04\ntitle: Local police say the minister arrived\n---\nYoav Gallant arrived in Madrid on Monday.\n")
    (doc,) = read_path(tmp_path / "x.txt")
    assert headline(doc) == "Local police say the minister arrived"
    cand = next(c for c in extract_candidates(doc, spec, mode="rules") if c.type == "visit")
    assert "title_cue=domestic" in mfilter.features(cand, doc, spec=spec)


# --- the next leg of a journey takes the date of the trip just told -----------------------------------------------------------

def _planned(spec, text: str, date: str = DAY) -> set[tuple[str | None, str | None]]:  # noqa: ANN001
    doc = make_document(text, date=date)
    return {(c.state, c.date) for c in extract_candidates(doc, spec, mode="rules") if c.type == "planned_visit" and c.person == PUTIN}


@pytest.mark.parametrize(("text", "leg"), [
    ("Vladimir Putin will arrive in Ankara on Friday. From there, the Russian president will go to Azerbaijan.", ("AZE", "2025-05")),
    ("Vladimir Putin will be in Budapest on May 20. Later that day Putin will fly to Vienna.", ("AUT", "2025-05-20")),
    ("Vladimir Putin is due in Pyongyang on June 18-19. After North Korea, Putin will head to Vietnam, also on a two-day "
     "state visit.", ("VNM", "2025-06")),
])
def test_the_next_leg_takes_the_date_of_the_trip_just_told(spec, text: str, leg: tuple[str, str]) -> None:  # noqa: ANN001
    assert leg in _planned(spec, text)


@pytest.mark.parametrize("text", [
    "Vladimir Putin will visit Hungary on May 20. Putin will visit Austria, officials said.",  # no leg told
    "Vladimir Putin visited Hungary in July 2000. After Hungary, Putin will head to Austria.",  # the trip told was made, long ago
])
def test_a_trip_not_told_as_the_next_leg_keeps_no_date(spec, text: str) -> None:  # noqa: ANN001
    assert ("AUT", None) in _planned(spec, text)


# --- an unsealing told of a described person takes the one named after "the warrant for", not those his clause names ----------

BARASA, RUTO, SANG = "walter-osapiri-barasa", "william-samoei-ruto", "joshua-arap-sang"
YEKATOM, NGAISSONA = "alfred-yekatom", "patrice-edouard-ngaissona"


def _unsealed(spec, text: str) -> set[str | None]:  # noqa: ANN001
    doc = make_document(text, date=DAY)
    return {c.person for c in extract_candidates(doc, spec, mode="rules") if c.type == "warrant_unsealed"}


@pytest.mark.parametrize("text", [
    "The ICC unsealed on Wednesday an arrest warrant for a Kenyan journalist. Judges authorised the unsealing of the warrant "
    "for Walter Osapiri Barasa, who is accused of bribing witnesses in the case of William Samoei Ruto and Joshua arap Sang.",
    "Judges on Wednesday made public a warrant against a former broadcaster. They lifted the seal on the warrant against "
    "Walter Osapiri Barasa, whose alleged bribes targeted witnesses against William Samoei Ruto.",
])
def test_an_unsealing_of_a_described_person_takes_only_the_one_named_after_the_warrant(spec, text: str) -> None:  # noqa: ANN001
    assert _unsealed(spec, text) == {BARASA}


def test_an_unsealing_named_in_the_next_sentence_keeps_every_subject_joined_by_and(spec) -> None:  # noqa: ANN001
    text = ("The Court made public on Wednesday a redacted version of an arrest warrant. The judges had found grounds to issue "
            "the warrant against Alfred Yekatom and Patrice-Edouard Ngaissona.")
    assert _unsealed(spec, text) == {YEKATOM, NGAISSONA}


# --- a fact told in a relative clause is dated by its own clause, not by the main verb's day --------------------------------

KUSHAYB = "ali-muhammad-ali-abd-al-rahman"


@pytest.mark.parametrize(("text", "day"), [
    ("Sudan's Attorney General said on Thursday that it was pursuing the militia leader Ali Kushayb, who surrendered to "
     "the International Criminal Court (ICC) in the Central African Republic on Tuesday.", "2020-06-09"),
    ("Officials confirmed on Thursday that Ali Kushayb, who gave himself up to the Court (ICC) in the Central African "
     "Republic (CAR) on Monday, is in custody.", "2020-06-08"),
    ("On Thursday Ali Kushayb, who is wanted by the ICC, surrendered in the Central African Republic.", "2020-06-11"),  # contrast
])
def test_a_relative_clause_fact_takes_its_own_clause_date(spec, text: str, day: str) -> None:  # noqa: ANN001
    doc = make_document(text, date="2020-06-11")  # a Thursday
    assert {c.date for c in extract_candidates(doc, spec, mode="rules") if c.type == "surrender" and c.person == KUSHAYB} == {day}


# --- batch 28-29 dev: "turned over X to the Court"; another's ceremony places no attendance -----------------------------------

@pytest.mark.parametrize("text", [
    "Chadian authorities have turned over a former militia leader Alfred Yekatom to the International Criminal Court, the court said.",
    "The government was turning over Alfred Yekatom, a former militia chief, to the Court on Monday.",
])
def test_turned_over_to_the_court_is_a_surrender(spec, text: str) -> None:  # noqa: ANN001
    doc = make_document(text, date="2022-03-15")
    assert YEKATOM in {c.person for c in extract_candidates(doc, spec, mode="rules") if c.type == "surrender"}


def test_turned_over_documents_to_the_court_is_no_surrender(spec) -> None:  # noqa: ANN001
    doc = make_document("Chad turned over documents on Alfred Yekatom's finances to the Court, officials said.", date="2022-03-15")
    assert not [c for c in extract_candidates(doc, spec, mode="rules") if c.type == "surrender"]


def test_attendance_at_anothers_own_ceremony_takes_no_other_gathering_place(spec) -> None:  # noqa: ANN001
    text = ("Leaders met for the summit in Kigali this week. Museveni called the ICC useless during his inauguration in May, "
            "an event that Omar al-Bashir attended.")
    assert not {st for p, st in _visits(spec, text, date="2016-07-15") if p == BASHIR}


# --- an arrest told in a relative clause takes no place from the main clause after it -----------------------------------------

def _arrest_states(spec, text: str) -> set[str | None]:  # noqa: ANN001
    doc = make_document(text, date="2025-07-18")
    return {c.state for c in extract_candidates(doc, spec, mode="rules") if c.type == "arrest"}


@pytest.mark.parametrize("text", [
    "Khaled Mohamed Ali El Hishri, who was arrested on Wednesday, allegedly served as a senior official at the notorious "
    "Mitiga prison near Tripoli.",
    "Alfred Yekatom, who was detained by police on Saturday, had commanded a militia in the Central African Republic.",
])
def test_an_arrest_in_a_relative_clause_takes_no_place_of_the_main_clause(spec, text: str) -> None:  # noqa: ANN001
    assert _arrest_states(spec, text) == {None}


@pytest.mark.parametrize(("text", "state"), [
    ("Alfred Yekatom, whom French police arrested on Monday, once led fighters around Bangui.", "FRA"),
    ("Alfred Yekatom, who was arrested in Chad on Wednesday, once led fighters around Bangui.", "TCD"),
])
def test_an_arrest_in_a_relative_clause_keeps_the_place_of_its_own_clause(spec, text: str, state: str) -> None:  # noqa: ANN001
    assert _arrest_states(spec, text) == {state}


@pytest.mark.parametrize("text", [
    "Joining African leaders at the festivities in Nairobi was Sudan's President Omar al-Bashir.",
    "Joining other heads of state at a ceremony in Nairobi's main park was Omar al-Bashir.",
    "Among the guests at the celebration in Nairobi was Omar al-Bashir.",
])
def test_an_inverted_attendance_names_its_visitor_after_the_verb(spec, text: str) -> None:  # noqa: ANN001
    assert (BASHIR, "KEN") in _visits(spec, text, date="2010-08-27")


def test_joining_leaders_at_a_meeting_with_someone_else_named_after_is_not_his_visit(spec) -> None:  # noqa: ANN001
    text = "Joining other leaders in Nairobi, the Kenyan president praised the court that indicted Omar al-Bashir."
    assert (BASHIR, "KEN") not in _visits(spec, text, date="2010-08-27")
