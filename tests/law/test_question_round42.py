"""The round-42 fixes (tests/law/audit/round42.yaml), each with sentences of my own and contrasts that must not be read
the new way: an office of French, Spanish, Italian or Portuguese before 'de (la)' and a State is read as 'the president
(prime minister) of' that State, while 'le président de la Cour' names no State; a capitalised demonym of another
language before an office ('de Russische president') is read; the elided article after 'en route vers' leaves the
destination no State asked about; the German noun 'Überflug' places the person in the airspace; a trip across several
States ('a tour of Mongolia and China') is answered State by State, while two States named without such words are still
refused; a count of findings of non-compliance counts the findings, an office's holder named by it where the record
holds one; a misspelt State in a lower-case question is refused naming the closest State."""

from __future__ import annotations

import pytest
from tests.law.reading import NETANYAHU, PUTIN, TODAY, read_fields

from iccwatch.service.question import QuestionError, read_question

BASHIR = "omar-hassan-ahmad-al-bashir"


def _refused(facts, text: str) -> str:
    with pytest.raises(QuestionError) as info:
        read_question(facts, text, today=TODAY)
    return str(info.value)


@pytest.mark.parametrize(("text", "state", "person", "on"), [
    ("La Belgique doit-elle arrêter le président de la Russie le 2 mars 2027 ?", "BEL", PUTIN, "2027-03-02"),
    ("¿Debe Uruguay detener al presidente de Rusia el 2 de marzo de 2027?", "URY", PUTIN, "2027-03-02"),
    ("L'Irlanda deve arrestare il primo ministro di Israele il 2 marzo 2027?", "IRL", NETANYAHU, "2027-03-02"),
    ("Portugal deve prender o primeiro-ministro de Israel em 2 de março de 2027?", "PRT", NETANYAHU, "2027-03-02"),
    ("Le premier ministre d'Israël doit-il être arrêté en Belgique le 2 mars 2027 ?", "BEL", NETANYAHU, "2027-03-02"),
    # an office of another language before a capitalised demonym (Dutch), as 'the Russian president'
    ("Moet Denemarken de Russische president op 2 maart 2027 arresteren?", "DNK", PUTIN, "2027-03-02"),
])
def test_an_office_of_another_language_before_its_state_is_read(facts, text, state, person, on):
    assert read_fields(facts, text) == ("arrest", state, person, on)


def test_an_office_whose_holder_that_day_is_not_in_the_record_is_refused(facts):
    """'el presidente de Rusia' on 2010-01-01 is not Putin (then prime minister): refused, never read as him."""
    said = _refused(facts, "¿Debía Chile detener al presidente de Rusia el 1 de enero de 2010?")
    assert "describes an office" in said and "2010-01-01" in said
    # contrast: his office that day is read
    assert read_fields(facts, "¿Debía Chile detener al primer ministro de Rusia el 1 de enero de 2010?")[:3] == (
        "arrest", "CHL", PUTIN)


def test_the_president_of_a_body_names_no_state(facts):
    """Contrast: 'le président de la Cour' is read as no State's office: only France is asked about."""
    kind, state, person, _ = read_fields(facts, "Le président de la Cour doit-il venir en France le 2 mars 2027 ?")
    assert (state, person) == ("FRA", None)


@pytest.mark.parametrize(("text", "state", "presence"), [
    ("Netanyahou serait-il arrêté s'il fait escale en Grèce en route vers l'Amérique le 2 mars 2027 ?", "GRC", "transit"),
    ("Müsste Polen Netanjahu bei einem Überflug am 2. März 2027 festnehmen?", "POL", "airspace"),
    # contrast: a stay, no overflight
    ("Müsste Polen Netanjahu bei einem Besuch am 2. März 2027 festnehmen?", "POL", "territory"),
])
def test_a_journey_in_another_language_is_read(facts, text, state, presence):
    read = read_question(facts, text, today=TODAY)
    assert (read["kind"], read["state"], read["presence"]) == ("arrest", state, presence)


@pytest.mark.parametrize(("text", "person", "states"), [
    ("Could Netanyahu be arrested on a trip to Hungary and Serbia on 2 August 2026?", NETANYAHU, ["HUN", "SRB"]),
    ("Poutine serait-il arrêté lors d'une tournée en Mongolie et en Chine le 2 mai 2027 ?", PUTIN, ["MNG", "CHN"]),
    ("Muss Netanjahu auf einer Reise durch Polen und Österreich am 2. März 2027 verhaftet werden?", NETANYAHU, ["POL", "AUT"]),
])
def test_a_trip_across_several_states_is_answered_state_by_state(facts, text, person, states):
    read = read_question(facts, text, today=TODAY)
    assert (read["kind"], read["person"], read["state"]) == ("travel", person, None)
    assert read["region"]["states"] == states and all(facts.records.states[s].name in read["region"]["name"] for s in states)


@pytest.mark.parametrize(("text", "names"), [
    # contrasts: two States named apart stay refused (round 51 asks two named together each apart: 'Must Hungary and
    # Serbia arrest Netanyahu ...?'), and so does a trip named after one of them
    ("Must Hungary arrest Netanyahu in Belgrade on 2 August 2026?", ["Hungary", "Serbia"]),
    ("Could Putin refuel in Mongolia on his trip to China on 2 May 2027?", ["Mongolia", "China"]),
])
def test_two_states_without_a_trip_across_them_are_still_refused(facts, text, names):
    said = _refused(facts, text)
    assert "several States" in said and all(n in said for n in names)


def test_a_count_of_findings_counts_the_findings(facts):
    read = read_question(facts, "How many findings of non-compliance concern Omar al-Bashir?", today=TODAY)
    findings = [f for r in read["states_listed"] for f in r["findings"]]
    upheld = [f for f in findings if f["appeal_of"]]
    assert read["count_of"] == "findings" and read["count"] == len(findings) - len(upheld) > len(read["states_listed"])
    assert all(u["appeal_of"] in {f["decision"] for f in findings} for u in upheld)  # each upholds one counted
    # contrast: a list of States counts the States
    listed = read_question(facts, "Which States failed to arrest Omar al-Bashir?", today=TODAY)
    assert listed["count_of"] == "states" and listed["count"] == len(listed["states_listed"]) == len(read["states_listed"])


def test_a_count_of_findings_about_an_office_is_its_holders(facts):
    read = read_question(facts, "How many non-compliance findings concern the former Sudanese president?", today=TODAY)
    assert read["person"] == BASHIR and read["count_of"] == "findings"
    said = _refused(facts, "How many non-compliance findings concern the president of Sudan?")
    assert "'the president of Sudan' describes an office" in said


@pytest.mark.parametrize(("text", "near"), [
    ("muss deutschlnd netanjahu verhaften", "Germany"),
    ("debe espanya arrestar a putin", "Spain"),
])
def test_a_misspelt_state_in_lower_case_is_refused_naming_the_closest(facts, text, near):
    said = _refused(facts, text)
    assert text.split()[1] in said and f"Did you mean {near}" in said


def test_a_misspelt_state_before_a_name_is_no_namesake(facts):
    """'Deutschlnd Netanjahu' was read as a namesake's first name and refused naming neither word; 'Yair Netanyahu' is
    still a namesake (no State's name is near 'Yair')."""
    said = _refused(facts, "Muss Deutschlnd Netanjahu verhaften?")
    assert "'Deutschlnd'" in said and "Did you mean Germany?" in said
    assert "Yair" not in _refused(facts, "Must Yair Netanyahu be arrested in France?")


def test_a_lower_case_subject_that_is_no_misspelling_is_not_refused(facts):
    """Contrast: 'the icc' near no State's or person's name: the travel map, as before."""
    assert read_fields(facts, "does the icc want putin")[:3] == ("travel", None, PUTIN)
