"""The extractor on specific hard cases, and its guarantees on every labelled text."""

from __future__ import annotations

from pathlib import Path

import pytest

from iccwatch.facts import Facts
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.evaluate import evaluate, load_labelled
from iccwatch.monitor.extract import Candidate, extract_candidates

LABELLED = Path(__file__).parent / "labelled"



def _cands(spec, text: str, date: str = "2025-05-01"):  # noqa: ANN001, ANN202
    """The rules' own candidates (these tests state the rules; the statistical filter has its own tests)."""
    return extract_candidates(make_document(text, date=date), spec, mode="rules")


def test_visit_with_city_and_weekday(spec) -> None:  # noqa: ANN001
    c = _cands(spec, "Russian President Vladimir Putin landed in Ulaanbaatar late on Monday.", "2024-09-03")
    assert [(x.type, x.person, x.state, x.date) for x in c] == [("visit", "vladimir-vladimirovich-putin", "MNG", "2024-09-02")]


def test_georgia_the_us_state_is_not_the_country(spec) -> None:  # noqa: ANN001
    c = _cands(spec, "Yoav Gallant will travel to Atlanta, Georgia, next week for a conference.")
    assert {x.state for x in c} <= {"USA"} and c


def test_congo_without_context_is_flagged_not_guessed(spec) -> None:  # noqa: ANN001
    c = _cands(spec, "Omar al-Bashir arrived in Congo on Monday.")
    assert all(x.state is None or x.state in ("COD", "COG") for x in c)
    k = _cands(spec, "Omar al-Bashir arrived in Kinshasa on Monday for the summit.")
    assert [(x.type, x.state) for x in k] == [("visit", "COD")]


def test_denied_trip_and_namesake_give_nothing(spec) -> None:  # noqa: ANN001
    assert _cands(spec, "The Kremlin denied that Vladimir Putin would travel to Yerevan next week.") == []
    assert all(x.person != "rodrigo-roa-duterte" for x in _cands(spec, "Sara Duterte flew to Madrid on Monday to meet supporters."))


def test_own_state_is_not_a_visit(spec) -> None:  # noqa: ANN001
    assert _cands(spec, "Vladimir Putin arrived in Moscow on Monday.") == []


def test_every_candidate_carries_its_evidence(spec) -> None:  # noqa: ANN001
    n = 0
    for case in load_labelled(LABELLED):
        d = case["document"]
        doc = make_document(d["text"], date=d.get("date"))
        for c in extract_candidates(doc, spec):
            n += 1
            assert c.evidence.sentence and c.evidence.sentence == doc.text[c.evidence.start: c.evidence.end].strip()
            assert c.method and c.model_version and 0 < c.confidence <= 1
            assert c.document == doc.id
    assert n > 40


def test_extraction_is_deterministic(spec) -> None:  # noqa: ANN001
    case = load_labelled(LABELLED)[0]["document"]
    a = extract_candidates(make_document(case["text"], date=case["date"]), spec)
    b = extract_candidates(make_document(case["text"], date=case["date"]), spec)
    assert a == b


def test_accuracy_does_not_regress(spec) -> None:  # noqa: ANN001
    """A floor under the measured precision and recall (see benchmarks/bench_monitor.py for the figures)."""
    result = evaluate(LABELLED, spec)
    assert result["overall"]["precision"] >= 0.7
    assert result["overall"]["recall"] >= 0.55


def test_legal_citations_are_found_in_canonical_form() -> None:
    from iccwatch.monitor.extract import citations_in

    text = "The chamber acted under Article 87(7) of the Rome Statute and Rule 195, recalling resolution 1593 (2005) and art. 98 (1)."
    assert citations_in(text) == ["RS art 87(7)", "Rule 195", "UNSC res 1593 (2005)", "RS art 98(1)"]


def test_candidates_carry_the_citations_of_their_sentence(spec) -> None:  # noqa: ANN001
    c = _cands(spec, "Judges found on Thursday that Mongolia failed to comply with its obligations under Article 87(7) by not arresting Vladimir Putin.",
               "2024-10-25")
    assert any("RS art 87(7)" in x.citations for x in c)


def test_a_new_warrant_subject_is_kept_by_name(spec) -> None:  # noqa: ANN001
    c = _cands(spec, "Judges of the International Criminal Court on Tuesday issued arrest warrants for Musa Idris Karim, the Court said.", "2026-03-05")
    assert [(x.type, x.person, x.person_name, x.date) for x in c] == [("warrant_issued", None, "Musa Idris Karim", "2026-03-03")]


def test_arrests_told_one_by_one_with_their_places(spec) -> None:  # noqa: ANN001
    """Gapping: "A was arrested in X, B in Y, and C in Z" gives each person their own State."""
    c = _cands(spec, "On Monday, Joseph Kony was arrested in Kenya, Vincent Otti in Tanzania, and Okot Odhiambo in Rwanda.", "2025-05-06")
    assert {(x.type, x.person, x.state, x.date) for x in c} == {
        ("arrest", "joseph-kony", "KEN", "2025-05-05"), ("arrest", "vincent-otti", "TZA", "2025-05-05"), ("arrest", "okot-odhiambo", "RWA", "2025-05-05")}


def test_a_group_arrest_names_its_members_in_a_list(spec) -> None:  # noqa: ANN001
    """A group told by number, then named in a list: every member; several States named for the group: none of them."""
    c = _cands(spec, "Police in Kenya, Uganda and Rwanda arrested the three suspects on Tuesday. Persons arrested under the warrant are "
                     "Joseph Kony, Vincent Otti and Okot Odhiambo.", "2025-05-08")
    assert {(x.type, x.person, x.state, x.date) for x in c} == {
        ("arrest", p, None, "2025-05-06") for p in ("joseph-kony", "vincent-otti", "okot-odhiambo")}


def test_someone_named_only_through_another_is_not_arrested(spec) -> None:  # noqa: ANN001
    assert _cands(spec, "Two lawyers defending Jean-Pierre Bemba were arrested in Brussels on Monday.") == []
    assert _cands(spec, "Jean-Pierre Bemba's lawyers were arrested in Brussels on Monday.") == []


def test_a_shared_surname_means_the_person_the_document_names_in_full(spec) -> None:  # noqa: ANN001
    text = "Laurent Gbagbo spoke to his lawyers last year. On Monday Gbagbo was arrested in Accra, police said."
    assert [(x.type, x.person, x.state) for x in _cands(spec, text)] == [("arrest", "laurent-koudou-gbagbo", "GHA")]
    both = "Simone Gbagbo and Laurent Gbagbo spoke to lawyers last year. On Monday Gbagbo was arrested in Accra, police said."
    assert all(x.type != "arrest" for x in _cands(spec, both))


def test_police_custody_is_an_arrest_and_a_transfer_to_the_court_no_visit(spec) -> None:  # noqa: ANN001
    c = _cands(spec, "Former President Rodrigo Duterte is now under police custody after arriving in Manila on Tuesday.", "2025-03-12")
    assert [(x.type, x.person, x.date) for x in c] == [("arrest", "rodrigo-roa-duterte", "2025-03-11")]
    flown = _cands(spec, "Joseph Kony arrives in the Netherlands\n\nJoseph Kony was flown into the Netherlands on Wednesday to be handed "
                         "over to the International Criminal Court.", "2025-05-07")
    assert all(x.type != "visit" for x in flown)


def test_a_warrant_sealed_until_a_day_is_unsealed_that_day(spec) -> None:  # noqa: ANN001
    """Told loosely as 'has issued' in a wire lead, the news is the unsealing; the issue keeps its own date."""
    text = ("KAMPALA, Nov 22 The International Criminal Court has issued an arrest warrant for Joseph Kony. "
            "The warrant, which was issued on February 29 but remained sealed until Thursday, lists twelve counts.")
    c = {(x.type, x.date) for x in _cands(spec, text, "2012-11-22")}
    assert ("warrant_unsealed", "2012-11-22") in c and ("warrant_issued", "2012-11-22") not in c


def test_the_previous_morning_and_an_arrival_in_custody(spec) -> None:  # noqa: ANN001
    c = _cands(spec, "Joseph Kony arrived in the Netherlands on Wednesday after being detained the previous morning in Kampala.", "2025-03-13")
    assert [(x.type, x.state, x.date) for x in c] == [("arrest", "UGA", "2025-03-11")]


def test_a_transfer_welcomed_is_a_surrender_a_request_for_one_is_not(spec) -> None:  # noqa: ANN001
    c = _cands(spec, "The government welcomes the transfer of Joseph Kony by Central African authorities to the ICC today.", "2015-01-20")
    assert [(x.type, x.person, x.state, x.date) for x in c] == [("surrender", "joseph-kony", "CAF", "2015-01-20")]
    assert all(x.type != "surrender" for x in _cands(spec, "Kenya failed to comply with the request for arrest and surrender of Joseph Kony to the ICC."))


def test_background_facts_are_not_news(spec) -> None:  # noqa: ANN001
    # a warrant, an arrest and a withdrawal the story recalls or foresees, far from its own date
    text = ("The Hague-based court issued an arrest warrant for Bashir in 2009. "
            "Dominic Ongwen was arrested in January 2015 in the Central African Republic. "
            "Hungary has announced its withdrawal from the ICC but is still a member until June 2026.")
    assert [(x.type, x.date) for x in _cands(spec, text, "2025-05-01")] == []
    # the same warrant told as the day's news is kept
    c = _cands(spec, "The Hague-based court issued an arrest warrant for Bashir on 4 March 2009.", "2009-03-05")
    assert ("warrant_issued", "2009-03-04") in [(x.type, x.date) for x in c]


def test_present_tense_after_the_lead_paragraph_is_background(spec) -> None:  # noqa: ANN001
    lead = ("The International Criminal Court says Malawi failed to cooperate with the Court by not arresting Sudanese President "
            "Omar al-Bashir during his visit to the country, and said it is referring the matter to the Council.")
    later = "The Court has issued arrest warrants for Mr. Bashir on charges of war crimes."
    assert "warrant_issued" not in [x.type for x in _cands(spec, lead + "\n\n" + later, "2011-12-13")]
    # the same sentence inside the lead paragraph is the day's news
    assert "warrant_issued" in [x.type for x in _cands(spec, later + " " + lead, "2011-12-13")]


def test_a_warrant_not_made_public_is_not_unsealed(spec) -> None:  # noqa: ANN001
    text = "Although the arrest warrant for Jean-Pierre Bemba was originally issued on May 16, he had no warning of it because it had not been made public."
    assert "warrant_unsealed" not in [x.type for x in _cands(spec, text, "2008-05-25")]


def test_the_arrest_place_not_the_state_of_an_office(spec) -> None:  # noqa: ANN001
    text = ("The former Vice-President of the Democratic Republic of Congo, Jean-Pierre Bemba, was arrested on 24 May "
            "on the outskirts of Brussels, Belgium on a warrant of the International Criminal Court.")
    assert [(x.type, x.state) for x in _cands(spec, text, "2008-05-26") if x.type == "arrest"] == [("arrest", "BEL")]
    text = "Jean-Pierre Bemba was in custody in Belgium on Sunday after being arrested on a war crimes warrant from the International Criminal Court."
    assert [(x.type, x.state) for x in _cands(spec, text, "2008-05-25") if x.type == "arrest"] == [("arrest", "BEL")]


def test_an_old_postponement_does_not_cancel_a_new_trip(spec) -> None:  # noqa: ANN001
    trip = "President Omar al-Bashir will fly to Chad on Tuesday to attend the summit, an official confirmed."
    old = " The summit was originally scheduled for last month but was postponed over controversy related to Bashir's presence."
    assert ("planned_visit", "TCD") in [(x.type, x.state) for x in _cands(spec, trip + old, "2013-04-08")]
    new = " On Monday the trip was postponed, Bashir's office said."
    assert "planned_visit" not in [x.type for x in _cands(spec, trip + new, "2013-04-08")]


def test_a_sentence_at_the_same_period_takes_the_time_before(spec) -> None:  # noqa: ANN001
    text = ("Jean-Pierre Bemba was arrested in Belgium on Saturday. In May 2007 the Prosecutor had opened an investigation. "
            "At the same period, Bemba left Kinshasa for Portugal.")
    assert "visit" not in [x.type for x in _cands(spec, text, "2008-05-26")]


def test_a_head_of_state_named_by_office_on_the_documents_date(spec) -> None:  # noqa: ANN001
    text = "Sudan's president, who faces charges of genocide, traveled to neighboring Chad on Wednesday, where the mayor of N'Djamena welcomed him."
    assert [(x.type, x.person, x.state) for x in _cands(spec, text, "2010-07-21")] == [("visit", "omar-hassan-ahmad-al-bashir", "TCD")]
    # out of office on the document's date (the record's dates), or a former one: nobody
    assert _cands(spec, text, "2021-07-21") == []
    assert _cands(spec, text.replace("Sudan's president", "Sudan's former president"), "2010-07-21") == []


def test_one_stay_told_on_two_days_is_one_visit(spec) -> None:  # noqa: ANN001
    text = ("Sudan's President Omar al-Bashir travelled Saturday to Djibouti for the inauguration of its re-elected leader. "
            "Bashir went to Djibouti with a ministerial delegation to attend Sunday's inauguration ceremony.")
    c = _cands(spec, text, "2011-05-08")
    assert [(x.type, x.state, x.date) for x in c] == [("visit", "DJI", "2011-05-07")]
    assert len(c[0].support) == 1  # the second day's sentence supports the first


def test_a_supposed_trip_has_no_date_of_its_own(spec) -> None:  # noqa: ANN001
    # a trip only supposed ("if he visits") gives nothing and does not undo a trip announced as settled elsewhere
    # (labelling rules: the hypothetical gives nothing; the announced trip is a planned visit)
    text = ("President Omar al-Bashir will travel to Djibouti on Sunday for the inauguration. "
            "Member countries should arrest him if he visits, and he has not travelled to Djibouti since he was indicted in 2009.")
    assert [(x.type, x.state, x.date) for x in _cands(spec, text, "2011-05-06") if x.type == "planned_visit"] == [("planned_visit", "DJI", "2011-05-08")]
    # with no settled announcement, the supposed trip removes the trip only spoken of
    text = ("President Omar al-Bashir might travel to Djibouti for the inauguration. "
            "Member countries should arrest him if he visits.")
    assert "planned_visit" not in [x.type for x in _cands(spec, text, "2011-05-06")]


def test_an_unsealing_takes_the_date_nearest_its_verb(spec) -> None:  # noqa: ANN001
    text = "A sealed warrant for Germain Katanga's arrest was issued on July 2 (and unsealed today)."
    assert ("warrant_unsealed", "2007-10-18") in [(x.type, x.date) for x in _cands(spec, text, "2007-10-18")]


def test_a_sealed_warrant_names_its_subject_a_few_sentences_on(spec) -> None:  # noqa: ANN001
    text = ("Judges issued the warrants on July 8, but they were kept secret until Friday to protect witnesses. "
            "The investigation took nine months. The warrants named Joseph Kony and four of his commanders.")
    assert ("warrant_unsealed", "joseph-kony", "2005-10-14") in [(x.type, x.person, x.date) for x in _cands(spec, text, "2005-10-16")]


def test_parts_of_a_name_given_in_full_are_that_person(spec) -> None:  # noqa: ANN001
    """"Al Faqi" and the name in another order stand for the person the document names in full; a first name
    alone, or a name part with a word the person does not bear, does not."""
    text = ("Ahmad Al Faqi Al Mahdi is wanted by the Court. Mr Al Faqi was handed over to the International Criminal Court "
            "on Saturday by the authorities of Niger.")
    assert ("surrender", "ahmad-al-faqi-al-mahdi", "NER", "2015-09-26") in [(x.type, x.person, x.state, x.date) for x in _cands(spec, text, "2015-09-27")]
    other = "Ahmad Al Faqi Al Mahdi is wanted by the Court. Karim Al Faqi was handed over to the International Criminal Court on Saturday."
    assert not [x for x in _cands(spec, other, "2015-09-27") if x.type == "surrender"]


def test_an_unsealing_of_these_warrants_takes_the_persons_just_told(spec) -> None:  # noqa: ANN001
    text = ("In March the Chamber issued two arrest warrants under seal for Paul Gicheru and Philip Kipkoech Bett. "
            "Following their arrest, the Chamber unsealed these warrants earlier today.")
    got = {(x.type, x.person, x.date) for x in _cands(spec, text, "2015-09-10")}
    assert {("warrant_unsealed", "paul-gicheru", "2015-09-10"), ("warrant_unsealed", "philip-kipkoech-bett", "2015-09-10")} <= got


def test_an_unsealing_is_not_dated_by_the_issue_it_recalls(spec) -> None:  # noqa: ANN001
    text = "The Court has unsealed an arrest warrant issued on 6 July 2007 against Mathieu Ngudjolo Chui."
    got = [(x.type, x.date) for x in _cands(spec, text, "2008-02-07") if x.type == "warrant_unsealed"]
    assert got == [("warrant_unsealed", "2008-02-07")]


def test_a_warrant_for_the_four_officials_names_those_just_listed(spec) -> None:  # noqa: ANN001
    text = ("Police arrested Aime Kilolo Musamba, Jean-Jacques Mangenda Kabongo, Fidele Babala Wandu and Narcisse Arido. "
            "On 20 November 2013 the single judge issued a warrant of arrest for the four officials.")
    got = {x.person for x in _cands(spec, text, "2013-11-25") if x.type == "warrant_issued"}
    assert got == {"aime-kilolo-musamba", "jean-jacques-mangenda-kabongo", "fidele-babala-wandu", "narcisse-arido"}
    three = text.replace("Fidele Babala Wandu and ", "")  # three named, four counted: no telling who
    assert not [x for x in _cands(spec, three, "2013-11-25") if x.type == "warrant_issued"]


def test_sent_or_turned_over_to_the_court_is_a_surrender(spec) -> None:  # noqa: ANN001
    c = _cands(spec, "The Democratic Republic of Congo Friday sent Thomas Lubanga, a militia leader, to the International Criminal Court.",
               "2006-03-18")
    assert ("surrender", "thomas-lubanga-dyilo", "COD", "2006-03-17") in [(x.type, x.person, x.state, x.date) for x in c]
    letter = _cands(spec, "Thomas Lubanga's lawyers sent a letter to the International Criminal Court on Friday.", "2006-03-18")
    assert not [x for x in letter if x.type == "surrender"]


def test_custody_takes_the_state_whose_authorities_the_document_credits(spec) -> None:  # noqa: ANN001
    text = ("Mathieu Ngudjolo Chui arrived at the Court's Detention Centre in The Hague earlier today. "
            "His arrest and surrender were made possible through the cooperation of the Congolese authorities in Kinshasa.")
    assert ("surrender", "COD") in [(x.type, x.state) for x in _cands(spec, text, "2008-02-07")]


def test_a_refusal_told_as_unfeasible(spec) -> None:  # noqa: ANN001
    c = _cands(spec, "Italy said it was not feasible to arrest Benjamin Netanyahu while he remains in office.", "2024-11-26")
    assert [(x.type, x.person, x.state) for x in c] == [("refusal", "benjamin-netanyahu", "ITA")]


def test_going_home_from_a_state_places_the_person_there(spec) -> None:  # noqa: ANN001
    c = _cands(spec, "Omar al-Bashir left Nigeria on Monday, a day after he arrived for the summit.", "2013-07-16")
    assert ("visit", "NGA", "2013-07-15") in [(x.type, x.state, x.date) for x in c]
    future = _cands(spec, "Omar al-Bashir, leaving Egypt on Monday, will travel to Chad.", "2013-07-13")
    assert "EGY" not in {x.state for x in future}


def test_returning_home_from_a_summit_is_a_visit_there(spec) -> None:  # noqa: ANN001
    c = _cands(spec, "Omar al-Bashir on Saturday returned home from a regional summit in Malawi.", "2011-10-16")
    assert ("visit", "MWI", "2011-10-15") in [(x.type, x.state, x.date) for x in c]


def test_a_trip_under_way_is_planned_and_told_as_made_is_one_visit(spec) -> None:  # noqa: ANN001
    c = _cands(spec, "Benjamin Netanyahu is heading to Hungary on a four-day visit.", "2025-04-02")
    assert [(x.type, x.state) for x in c] == [("planned_visit", "HUN")]
    both = _cands(spec, "Omar al-Bashir heads to Nigeria for talks\n\nOmar al-Bashir landed in Nigeria on Sunday.", "2013-07-14")
    assert [(x.type, x.state) for x in both] == [("visit", "NGA")]


def test_a_trip_made_by_someone_else_is_not_the_persons(spec) -> None:  # noqa: ANN001
    invited = _cands(spec, "States avoided visits by Omar al-Bashir by inviting other Sudanese officials to travel to Kenya instead.", "2014-02-25")
    assert not [x for x in invited if x.type == "planned_visit"]
    envoy = _cands(spec, "The minister spoke after arriving this morning in Sydney, where he will represent President Rodrigo Duterte.",
                   "2018-03-17")
    assert not [x for x in envoy if x.type in ("visit", "planned_visit")]


def test_a_refusal_given_as_the_ground_of_a_referral_is_not_a_refusal(spec) -> None:  # noqa: ANN001
    ground = _cands(spec, "The Court referred Malawi to the Council over its refusal to arrest Omar al-Bashir.", "2012-06-04")
    assert not [x for x in ground if x.type == "refusal"]
    said = _cands(spec, "Malawi said it will not arrest Omar al-Bashir.", "2011-10-13")
    assert [(x.type, x.state) for x in said] == [("refusal", "MWI")]


def test_one_trip_announced_with_two_dates_is_one_planned_visit(spec) -> None:  # noqa: ANN001
    text = ("Vladimir Putin will visit Mongolia next week, the Kremlin said on Thursday. "
            "Vladimir Putin will travel to Mongolia on September 3 for the anniversary.")
    planned = [x for x in _cands(spec, text, "2024-08-29") if x.type == "planned_visit"]
    assert len(planned) == 1 and planned[0].state == "MNG" and planned[0].date == "2024-09-03"


def test_a_name_spelt_otherwise_is_the_records_person(spec) -> None:  # noqa: ANN001
    """A near spelling of one name word with the other as the record writes it; and then a bare shared surname
    names no one when two of its bearers are named."""
    c = _cands(spec, "Judges on Monday issued arrest warrants for Moammar Gaddafi and Abdullah al-Sanuss.", "2011-06-27")
    assert {x.person for x in c if x.type == "warrant_issued"} == {"muammar-mohammed-abu-minyar-gaddafi", "abdullah-al-senussi"}
    other = _cands(spec, "Judges on Monday issued an arrest warrant for Omar Bashiri.", "2011-06-27")  # a common first name: no one
    assert not [x for x in other if x.person]
    both = _cands(spec, "Gadhafi spy chief detained\n\nSeif al-Islam was captured in November. Moammar Gadhafi himself was killed.",
                  "2012-03-17")
    assert not [x for x in both if x.type == "arrest" and x.date == "2012-03-17"]


def test_a_warrant_for_an_office_takes_the_name_in_the_next_sentence(spec) -> None:  # noqa: ANN001
    text = ("The International Criminal Court issued an arrest warrant Thursday for Sudan's defense minister. "
            "The court announced it wants Abdelrahim Mohamed Hussein arrested on seven counts.")
    got = [(x.type, x.person, x.person_name, x.date) for x in _cands(spec, text, "2012-03-01") if x.type == "warrant_issued"]
    assert got == [("warrant_issued", "abdel-raheem-muhammad-hussein", None, "2012-03-01")]


def test_an_office_or_a_possessive_is_no_new_name(spec) -> None:  # noqa: ANN001
    c = _cands(spec, "ICC Issues Arrest Warrant for Sudanese Defense Minister", "2012-03-07")
    assert not [x for x in c if x.person_name]
    new = _cands(spec, "The Court on Monday issued an arrest warrant against Jonas Mbeki Tarwala.", "2012-03-07")
    assert [x.person_name for x in new if x.type == "warrant_issued"] == ["Jonas Mbeki Tarwala"]


def test_a_year_glued_to_the_next_word_is_split(spec) -> None:  # noqa: ANN001
    c = _cands(spec, "October 21, 2016South Africa has decided to withdraw from the International Criminal Court.", "2016-10-21")
    assert [(x.type, x.state, x.date) for x in c] == [("withdrawal_announced", "ZAF", "2016-10-21")]
    assert c[0].evidence.sentence.startswith("October 21, 2016South Africa")  # the text and its offsets are kept


def test_refusing_to_hand_over_may_be_the_persons_own_state(spec) -> None:  # noqa: ANN001
    c = _cands(spec, "The Sudanese military on Friday rejected calls that it hand over Omar al-Bashir to the International Criminal Court.",
               "2019-04-12")
    assert [(x.type, x.state) for x in c] == [("refusal", "SDN")]
    described = _cands(spec, "Sudanese President Omar al-Bashir said the court was biased.", "2019-04-12")
    assert not [x for x in described if x.type == "refusal"]


def test_a_wire_dateline_gives_no_state(spec) -> None:  # noqa: ANN001
    text = ("THE HAGUE, Netherlands, December 14, 2011/African Press Organization (APO)/ — Today, 13 December 2011, Pre-Trial Chamber I "
            "of the International Criminal Court decided that the Republic of Chad failed to cooperate with the Court by not arresting "
            "and surrendering Omar Al Bashir.")
    got = {(x.type, x.state, x.date) for x in _cands(spec, text, "2011-12-14")}
    assert got == {("noncompliance_finding", "TCD", "2011-12-13")}


def test_an_invitation_or_a_trip_declined_is_no_planned_visit(spec) -> None:  # noqa: ANN001
    for text in ("Vladimir Putin has been invited to the summit in Brazil next week.",
                 "Vladimir Putin declined an invitation to attend the summit in Brazil next week.",
                 "Vladimir Putin is unlikely to travel to Brazil next week."):
        assert _cands(spec, text, "2024-06-05") == [], text
    assert [x.type for x in _cands(spec, "Vladimir Putin will attend the summit in Brazil next week.", "2024-06-05")] == ["planned_visit"]


def test_custody_told_in_other_words(spec) -> None:  # noqa: ANN001
    d = "Rodrigo Duterte"
    assert [(x.type, x.state) for x in _cands(spec, f"Authorities in the Philippines took {d} into custody on Tuesday.", "2025-03-12")] == \
        [("arrest", "PHL")]
    assert [x.type for x in _cands(spec, f"{d} arrived at the ICC detention centre in Scheveningen on Wednesday.", "2025-03-12")] == ["surrender"]
    sent = _cands(spec, "France is transferring exiled rebel leader Callixte Mbarushimana to the International Criminal Court to face "
                        "charges of war crimes, prosecutors said on Tuesday.", "2011-01-25")
    assert [(x.type, x.state, x.date) for x in sent] == [("surrender", "FRA", "2011-01-25")]


def test_a_surname_before_any_namesake_is_the_person_named_in_full(spec) -> None:  # noqa: ANN001
    text = ("A plane carrying former Philippine President Rodrigo Duterte arrived on Wednesday at Rotterdam The Hague Airport in the "
            "Netherlands. In a press release issued on Wednesday, the ICC said that Duterte has been surrendered to its custody. "
            "Philippine Vice President Sara Duterte departed for the Netherlands on Wednesday morning.")
    got = [(x.type, x.person, x.state) for x in _cands(spec, text, "2025-03-13")]
    assert got == [("surrender", "rodrigo-roa-duterte", None)]  # no visit to the Netherlands: he arrives in custody


def test_the_names_of_a_case_are_not_the_warrants_subject(spec) -> None:  # noqa: ANN001
    text = ("The ICC unsealed an additional arrest warrant today in the Kenya case against William Samoei and Joshua Arap Sang. "
            "The arrest warrant is against Mr. Walter Osapiri Barasa, issued on 2 August 2013.")
    got = [(x.type, x.person, x.date) for x in _cands(spec, text, "2013-10-02")]
    assert got == [("warrant_unsealed", "walter-osapiri-barasa", "2013-10-02")]


def test_a_warrant_only_now_made_public_is_an_unsealing(spec) -> None:  # noqa: ANN001
    text = ("The International Criminal Court issued an arrest warrant for a fourth militia leader from the Democratic Republic of Congo, "
            "prosecutors said on Tuesday. Bosco Ntaganda was charged for his actions during the conflict in Ituri. "
            "The warrant was filed under seal on August 22 2006, but only now made public.")
    got = [(x.type, x.person, x.date) for x in _cands(spec, text, "2008-04-29")]
    assert got == [("warrant_unsealed", "bosco-ntaganda", "2008-04-29")]


# Session 7 (batch 18's dev half): general rules, each with a case that must still hold the other way.

def test_the_courts_seat_is_no_acting_state(spec) -> None:  # noqa: ANN001
    text = "Ali Kushayb had been extradited to The Hague in the Netherlands on Tuesday."
    assert [(x.type, x.state) for x in _cands(spec, text, "2020-06-10")] == [("surrender", None)]
    text = "The court, based in the Hague, Netherlands, said that Ali Kushayb has voluntarily surrendered to authorities."
    assert [x.state for x in _cands(spec, text, "2020-06-09") if x.type == "arrest"] == [None]
    # the seat named as the place of an arrest is still where it happened
    text = "Police arrested Jean-Jacques Mangenda Kabongo in The Hague, Netherlands on Tuesday."
    assert [(x.type, x.state) for x in _cands(spec, text, "2013-11-27")] == [("arrest", "NLD")]


def test_a_place_inside_a_state_places_the_custody(spec) -> None:  # noqa: ANN001
    text = "Ali Kushayb surrendered to authorities in a remote corner of northern Central African Republic on Monday."
    assert [(x.type, x.state) for x in _cands(spec, text, "2020-06-09")] == [("arrest", "CAF")]


def test_a_surrender_without_state_takes_the_state_of_the_arrest(spec) -> None:  # noqa: ANN001
    text = ("Ali Kushayb surrendered to authorities in northern Central African Republic on Sunday. "
            "He was extradited to The Hague on Tuesday.")
    got = {(x.type, x.state) for x in _cands(spec, text, "2020-06-09")}
    assert ("surrender", "CAF") in got and ("surrender", None) not in got
    # two arrest places: no telling which State handed him over
    text = ("Ali Kushayb was arrested in Chad on Sunday. Ali Kushayb was arrested in the Central African Republic on Monday. "
            "He was extradited to The Hague on Tuesday.")
    assert ("surrender", None) in {(x.type, x.state) for x in _cands(spec, text, "2020-06-09")}


def test_a_later_present_perfect_transfer_is_the_days_news(spec) -> None:  # noqa: ANN001
    text = ("The International Criminal Court said on Tuesday that it was pleased. "
            "A plane carrying Ali Kushayb left Bangui on Tuesday after his arrest in the Central African Republic. "
            "The Court thanked its partners for their support over many years of work. "
            "A source said that Kushayb has been transferred to The Hague.")
    got = [(x.type, x.date) for x in _cands(spec, text, "2020-06-09") if x.type == "surrender"]
    assert got == [("surrender", "2020-06-09")]


def test_a_call_to_deny_entry_is_no_denial(spec) -> None:  # noqa: ANN001
    text = ("Human Rights Watch called on Jordan to deny entry to Omar al-Bashir or arrest him if he enters the country. "
            "Sudan said Bashir will attend the Arab League summit in Jordan on Wednesday.")
    assert [(x.type, x.state) for x in _cands(spec, text, "2017-03-27")] == [("planned_visit", "JOR")]
    # Jordan itself denying entry is one
    text = ("Jordan denied entry to Omar al-Bashir. "
            "Sudan had said Bashir will attend the Arab League summit in Jordan on Wednesday.")
    assert "planned_visit" not in [x.type for x in _cands(spec, text, "2017-03-27")]


def test_will_not_be_extraditing_is_a_refusal_and_willing_to_is_no_surrender(spec) -> None:  # noqa: ANN001
    text = "Ivory Coast's government said Friday that it would not be extraditing Simone Gbagbo to the International Criminal Court."
    assert [(x.type, x.person, x.state) for x in _cands(spec, text, "2013-09-20")] == [("refusal", "simone-gbagbo", "CIV")]
    text = "Ivory Coast's government said Friday that it would be extraditing Simone Gbagbo to the International Criminal Court."
    assert "refusal" not in [x.type for x in _cands(spec, text, "2013-09-20")]
    text = ("Officials in Zintan said they are willing to hand Saif al-Islam Gaddafi over to the government providing he is not "
            "then handed over to the International Criminal Court.")
    assert "surrender" not in [x.type for x in _cands(spec, text, "2012-04-18")]


@pytest.mark.parametrize(("text", "person", "state"), [
    ("Sudan will never hand over Omar al-Bashir to the ICC, the foreign minister said.", "omar-hassan-ahmad-al-bashir", "SDN"),
    ("Orban said the ICC warrant for Benjamin Netanyahu would have no effect in Hungary.", "benjamin-netanyahu", "HUN"),
    ("Khartoum has repeatedly refused to hand Omar al-Bashir over.", "omar-hassan-ahmad-al-bashir", "SDN"),
    ("The Ivorian government rejected the ICC's request to surrender Simone Gbagbo.", "simone-gbagbo", "CIV"),
    ("Ivory Coast said Simone Gbagbo would be tried at home rather than handed to the ICC.", "simone-gbagbo", "CIV"),
    ("Italy said arresting Benjamin Netanyahu was not feasible.", "benjamin-netanyahu", "ITA"),
    ("Tripoli insists that Saif al-Islam Gaddafi be tried in Libya and not in The Hague.", "saif-al-islam-gaddafi", "LBY"),
])
def test_refusals_told_in_other_words(spec, text: str, person: str | None, state: str | None) -> None:  # noqa: ANN001
    # (a day after every warrant these sentences name, Netanyahu's of November 2024 the last: a refusal in a page written
    # before the person's first warrant is none, session 26)
    got = [(x.person, x.state) for x in _cands(spec, text, "2025-05-18") if x.type == "refusal"]
    if person is None:  # no one named: nothing to refuse about
        assert got == []
    else:
        assert got == [(person, state)]


def test_a_refused_extradition_elsewhere_is_no_refusal(spec) -> None:  # noqa: ANN001
    assert _cands(spec, "Kenya refused to extradite Omar al-Bashir to the United States.", "2016-05-18") == []
    # a pledge to hand over is not one either
    assert "refusal" not in [x.type for x in _cands(spec, "Sudan will hand over Omar al-Bashir to the ICC, the minister said.", "2019-05-18")]


@pytest.mark.parametrize("text", [
    "The ICC has asked Kenya to have Omar al-Bashir arrested.",
    "Police detained dozens of protesters demanding the arrest of Omar al-Bashir on Thursday.",
])
def test_an_arrest_asked_for_or_of_others_is_no_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert [x.type for x in _cands(spec, text, "2015-09-10")] == []


def test_an_arrest_with_others_is_still_one(spec) -> None:  # noqa: ANN001
    got = _cands(spec, "Kenyan police detained Walter Barasa and dozens of supporters on Thursday.", "2015-09-10")
    assert [(x.type, x.person, x.state) for x in got] == [("arrest", "walter-osapiri-barasa", "KEN")]


@pytest.mark.parametrize("text", [
    "The summit in Kampala on Monday was attended by twenty heads of state, but Omar al-Bashir stayed home.",
    "Omar al-Bashir was absent from the summit in Kampala on Monday.",
])
def test_an_absence_is_no_visit(spec, text: str) -> None:  # noqa: ANN001
    assert _cands(spec, text, "2016-05-17") == []
    assert [x.type for x in _cands(spec, "Omar al-Bashir attended the summit in Kampala on Monday.", "2016-05-17")] == ["visit"]


def test_a_headline_withdrawal_dated_by_the_body(spec) -> None:  # noqa: ANN001
    text = ("The announcement late yesterday comes after similar decisions this month by two other States. "
            "The information minister said the court had been used for the persecution of Africans.")
    doc = make_document(text, title="Gambia to withdraw from International Criminal Court", date="2016-10-26")
    assert [(x.type, x.state, x.date) for x in extract_candidates(doc, spec)] == [("withdrawal_announced", "GMB", "2016-10-25")]
    # the headline alone gives nothing, nor a body that does not refer back to it
    doc = make_document("The information minister said the court had been used for the persecution of Africans.",
                        title="Gambia to withdraw from International Criminal Court", date="2016-10-26")
    assert extract_candidates(doc, spec) == []


def test_the_start_of_a_period_is_no_events_date(spec) -> None:  # noqa: ANN001
    text = "Judges issued the warrant for Haibatullah Akhundzada, whose government has ruled since August 2021, on Tuesday."
    assert [(x.type, x.date) for x in _cands(spec, text, "2025-07-18")] == [("warrant_issued", "2025-07-15")]
    # with no other date, the period's start stays the only date told (background, so nothing as news)
    assert _cands(spec, "Judges issued the warrant for Haibatullah Akhundzada, in power since August 2021.", "2025-07-18") == []


@pytest.mark.parametrize(("text", "state"), [
    ("Dominic Ongwen was flown to the Netherlands on Tuesday to face charges at the ICC.", None),
    ("Dominic Ongwen was put on a plane to The Hague on Tuesday.", None),
    ("ICC officials took custody of Dominic Ongwen in Bangui on Saturday.", "CAF"),
    ("Dominic Ongwen was extradited to the ICC on Tuesday.", None),
    ("Dominic Ongwen was handed to ICC representatives in Bangui on Saturday.", "CAF"),
])
def test_surrenders_told_in_other_words(spec, text: str, state: str | None) -> None:  # noqa: ANN001
    assert [(x.type, x.state) for x in _cands(spec, text, "2015-01-20")] == [("surrender", state)]


@pytest.mark.parametrize("text", [
    "Benjamin Netanyahu was flown to the Netherlands on Tuesday for talks with the prime minister.",
    "Dominic Ongwen could be flown to the Netherlands to face trial at the ICC.",
])
def test_a_flight_to_the_netherlands_alone_is_no_surrender(spec, text: str) -> None:  # noqa: ANN001
    assert "surrender" not in [x.type for x in _cands(spec, text, "2015-01-20")]


def test_a_calendar_date_beats_a_weekday_of_a_joint_clause(spec) -> None:  # noqa: ANN001
    text = ("Rodrigo Duterte has been taken to the ICC detention centre in The Hague following his arrest and extradition Wednesday. "
            "Rodrigo Duterte was arrested by the authorities of the Philippines on March 11, the ICC said.")
    got = [(x.type, x.date) for x in _cands(spec, text, "2025-03-14") if x.type == "arrest"]
    assert got == [("arrest", "2025-03-11")]


def test_a_transfer_still_to_come_is_no_surrender(spec) -> None:  # noqa: ANN001
    text = "Aime Kilolo Musamba was arrested in Brussels on Saturday and will be transferred to the ICC."
    assert [(x.type, x.state) for x in _cands(spec, text, "2013-11-25")] == [("arrest", "BEL")]
    text = "Aime Kilolo Musamba has been transferred to the ICC and will appear before judges on Monday."
    assert [x.type for x in _cands(spec, text, "2013-11-25")] == ["surrender"]


def test_an_undated_stay_in_a_dated_document_raises_no_alert(spec, facts: Facts) -> None:  # noqa: ANN001
    from iccwatch.monitor.alerts import alert_for

    made = Candidate(id="a", document="d", type="visit", person="omar-hassan-ahmad-al-bashir", state="TCD", date="2010-07-21",
                     evidence={"sentence": "x", "start": 0, "end": 1}, method="rules:test", confidence=0.9)
    assert alert_for(made, facts, "2010-07-22") is not None  # a stay of the day before, in a State bound to arrest
    undated = made.model_copy(update={"date": None})
    assert alert_for(undated, facts, "2010-07-22") is None  # "has visited countries including Chad": background
    assert alert_for(undated, facts, None) is not None  # an undated document: nothing tells it is old
