"""Session 9's general rules, from sentences written for the purpose (agency style, passive voice, headlines), each with
its contrast case (not copied from the real-news set)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import rule_candidates as _got


def _types(spec, text: str) -> set[str]:  # noqa: ANN001
    return {t for t, *_ in _got(spec, text)}


def test_declined_to_arrest_is_a_refusal(spec) -> None:  # noqa: ANN001
    assert ("refusal", "vladimir-vladimirovich-putin", "MNG", None) in _got(spec, "The Mongolian government declined to arrest Vladimir Putin.")
    # contrast: declining to say is no refusal
    assert "refusal" not in _types(spec, "Mongolia declined to say whether it would arrest Vladimir Putin.")


@pytest.mark.parametrize(("text", "kind"), [("ICC unseals warrant for Joseph Kony", "warrant_unsealed"),
                                            ("Kenya hands Joseph Kony over to ICC", "surrender"),
                                            ("Joseph Kony handed over to ICC", "surrender")])
def test_a_headline_in_the_present_or_a_bare_participle_is_the_days_news(spec, text: str, kind: str) -> None:  # noqa: ANN001
    assert (kind, "joseph-kony", "2025-05-07") in [(t, p, d) for t, p, _, d in _got(spec, text)]


@pytest.mark.parametrize("text", ["ICC to unseal warrant for Joseph Kony", "Joseph Kony to be handed over to ICC",
                                  "Kenya could hand Joseph Kony over to ICC", "The ICC unsealed a warrant for Joseph Kony."])
def test_a_headline_to_come_or_an_undated_past_is_not_the_days_news(spec, text: str) -> None:  # noqa: ANN001
    assert not _got(spec, text)


def test_transferred_to_the_custody_of_the_court_is_a_surrender(spec) -> None:  # noqa: ANN001
    text = "Joseph Kony was transferred to the custody of the International Criminal Court on Tuesday."
    assert ("surrender", "joseph-kony", None, "2025-05-06") in _got(spec, text)
    # contrast: a transfer only supposed
    assert "surrender" not in _types(spec, "Joseph Kony could be transferred to the custody of the International Criminal Court within days.")


def test_a_headline_landing_is_a_visit(spec) -> None:  # noqa: ANN001
    assert ("visit", "vladimir-vladimirovich-putin", "MNG", "2025-05-07") in _got(spec, "Vladimir Putin lands in Mongolia")
    # contrast: a landing only supposed
    assert not _got(spec, "If Vladimir Putin lands in Mongolia, he must be arrested.")


def test_meeting_a_named_host_places_the_traveller(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin met President Ukhnaagiin Khurelsukh in Ulaanbaatar on Tuesday."
    assert ("visit", "vladimir-vladimirovich-putin", "MNG", "2025-05-06") in _got(spec, text)
    # contrast: someone else met the host to prepare the person's trip
    text = "Sergei Lavrov met President Ukhnaagiin Khurelsukh in Ulaanbaatar on Tuesday to prepare a visit by Vladimir Putin next year."
    assert "visit" not in _types(spec, text)


def test_a_red_carpet_is_a_visit(spec) -> None:  # noqa: ANN001
    assert ("visit", "vladimir-vladimirovich-putin", "MNG", "2025-05-06") in _got(spec, "Mongolia rolled out the red carpet for Vladimir Putin on Tuesday.")
    assert ("visit", "vladimir-vladimirovich-putin", "MNG", "2025-05-06") in \
        _got(spec, "Vladimir Putin was given a red-carpet welcome in Ulaanbaatar on Tuesday.")
    # contrast: a welcome of years ago is background
    assert not _got(spec, "Mongolia once rolled out the red carpet for Vladimir Putin in 2019.")


def test_an_opening_during_his_visit_clause_is_the_subjects_visit(spec) -> None:  # noqa: ANN001
    text = "During his visit to Mongolia on Tuesday, Vladimir Putin laid a wreath."
    assert ("visit", "vladimir-vladimirovich-putin", "MNG", "2025-05-06") in _got(spec, text)
    # contrast: the subject after the clause is someone else, the person only spoken of
    assert "visit" not in _types(spec, "During his visit to Mongolia on Tuesday, an aide said Vladimir Putin would return next year.")


@pytest.mark.parametrize("text", ["Kenya says it won't arrest Joseph Kony", "Kenya has ruled out arresting Joseph Kony.",
                                  "Kenya said it had no plans to arrest Joseph Kony.",
                                  "Kenya said it would not comply with the ICC warrant for Joseph Kony."])
def test_refusals_in_other_words(spec, text: str) -> None:  # noqa: ANN001
    assert ("refusal", "joseph-kony", "KEN", None) in _got(spec, text)


@pytest.mark.parametrize("text", ["Kenya did not rule out arresting Joseph Kony.", "Kenya has never ruled out arresting Joseph Kony.",
                                  "Kenya said it would comply with the ICC warrant for Joseph Kony.",
                                  "Kenya said it had no plans to comment on Joseph Kony."])
def test_refusals_in_other_words_contrast(spec, text: str) -> None:  # noqa: ANN001
    assert "refusal" not in _types(spec, text)


def test_a_headline_arrest_and_making_public(spec) -> None:  # noqa: ANN001
    assert ("arrest", "joseph-kony", "KEN", "2025-05-07") in _got(spec, "Kenya arrests Joseph Kony")
    assert ("warrant_unsealed", "joseph-kony", None, "2025-05-07") in _got(spec, "ICC makes public warrant for Joseph Kony")
    # contrast: "arrests" as a noun; a report made public that names the person
    assert not _got(spec, "Mass arrests followed in Kenya, where Joseph Kony had fled years before.")
    assert not _got(spec, "ICC makes public its annual report, citing Joseph Kony")


def test_the_subject_of_a_present_tense_arrest_is_the_arresting_state(spec) -> None:  # noqa: ANN001
    assert [s for t, _, s, _ in _got(spec, "Kenya arrests Joseph Kony, wanted in Uganda") if t == "arrest"] == ["KEN"]
    # contrast: the State where he is wanted as the sentence's first, the arrest's place told after the verb
    assert [s for t, _, s, _ in _got(spec, "Uganda's most wanted man, Joseph Kony, was arrested in Kenya on Tuesday.") if t == "arrest"] == ["KEN"]


@pytest.mark.parametrize("text", ["Vladimir Putin's two-day visit to Mongolia began on Tuesday.",
                                  "Vladimir Putin's arrival in Ulaanbaatar on Tuesday drew protests.",
                                  "Benjamin Netanyahu began a four-day visit to Hungary on Tuesday.",
                                  "Benjamin Netanyahu's plane touched down in Budapest on Tuesday.",
                                  "Omar al-Bashir was among the heads of state at the summit in Kampala on Tuesday.",
                                  "Omar al-Bashir joined other leaders at the summit in Kigali on Tuesday."])
def test_visits_told_by_a_noun_or_a_gathering(spec, text: str) -> None:  # noqa: ANN001
    assert [t for t, p, _, d in _got(spec, text) if p and d == "2025-05-06"] == ["visit"]


@pytest.mark.parametrize("text", ["Benjamin Netanyahu's delegation arrived in Budapest on Tuesday.",
                                  "Vladimir Putin's two-day visit to Mongolia in 2019 was his last.",
                                  "Omar al-Bashir was among the leaders indicted by the ICC.",
                                  "Sergei Lavrov was among the leaders at the summit in Kampala on Tuesday, standing in for Vladimir Putin.",
                                  "Kenya's president joined other leaders in Kampala on Tuesday in calling for Omar al-Bashir's arrest."])
def test_visits_told_by_a_noun_or_a_gathering_contrast(spec, text: str) -> None:  # noqa: ANN001
    assert "visit" not in _types(spec, text)


def test_a_state_hosting_its_guest_in_a_headline(spec) -> None:  # noqa: ANN001
    assert ("visit", "vladimir-vladimirovich-putin", "MNG", "2025-05-07") in _got(spec, "Mongolia hosts Vladimir Putin despite ICC warrant")
    # contrast: a State welcoming a warrant for the person is no host
    assert "visit" not in _types(spec, "Mongolia welcomes ICC arrest warrant for Vladimir Putin")


@pytest.mark.parametrize("text", ["Security forces captured Joseph Kony in Kenya on Tuesday.", "Joseph Kony was nabbed by Kenyan police on Tuesday.",
                                  "Joseph Kony was caught in Kenya on Tuesday.", "Joseph Kony was placed under arrest in Nairobi on Tuesday.",
                                  "The arrest of Joseph Kony in Nairobi on Tuesday was welcomed by the ICC."])
def test_arrests_in_other_words(spec, text: str) -> None:  # noqa: ANN001
    assert ("arrest", "joseph-kony", "KEN", "2025-05-06") in _got(spec, text)
    assert "visit" not in _types(spec, text)  # the place of a custody is no visit


@pytest.mark.parametrize("text", ["Joseph Kony was caught on camera in Kenya on Tuesday.",
                                  "The arrest of Joseph Kony would be a major step, the ICC said on Tuesday.",
                                  "Rights groups called for the arrest of Joseph Kony on Tuesday.",
                                  "Joseph Kony's forces captured the town of Obo in 2008."])
def test_arrests_in_other_words_contrast(spec, text: str) -> None:  # noqa: ANN001
    assert "arrest" not in _types(spec, text)


@pytest.mark.parametrize("text", ["Burundi said on Tuesday it was pulling out of the Rome Statute.",
                                  "Burundi will leave the ICC, its president said on Tuesday.",
                                  "Burundi quits the ICC", "Burundi begins process of leaving the ICC"])
def test_a_withdrawal_told_in_reported_speech_or_a_headline(spec, text: str) -> None:  # noqa: ANN001
    assert [(t, s) for t, _, s, _ in _got(spec, text)] == [("withdrawal_announced", "BDI")]


@pytest.mark.parametrize("text", ["Burundi said on Tuesday it was not pulling out of the Rome Statute.",
                                  "Burundi said it might leave the ICC if the court did not change.",
                                  "Burundi threatened on Tuesday to leave the International Criminal Court."])
def test_a_withdrawal_told_in_reported_speech_contrast(spec, text: str) -> None:  # noqa: ANN001
    assert "withdrawal_announced" not in _types(spec, text)


def test_a_visit_to_be_paid_is_a_trip_to_come(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin will pay a state visit to Mongolia on September 2-3, an aide said."
    assert [(t, s) for t, _, s, _ in _got(spec, text, date="2024-09-02")] == [("planned_visit", "MNG")]
    # contrast: a visit paid
    text = "Vladimir Putin paid a state visit to Mongolia on Monday, an aide said."
    assert [(t, s) for t, _, s, _ in _got(spec, text, date="2024-09-03")] == [("visit", "MNG")]


def test_an_invitation_to_attend_is_no_trip(spec) -> None:  # noqa: ANN001
    text = "Brazil's president said his government would invite Vladimir Putin to attend the G20 summit in Brazil next year."
    assert "planned_visit" not in _types(spec, text)
    # contrast: the trip announced
    assert ("planned_visit", "vladimir-vladimirovich-putin", "BRA") in [g[:3] for g in _got(spec, "Vladimir Putin will attend the G20 summit in Brazil next year.")]


def test_free_to_visit_without_arrest_is_a_refusal_not_a_trip(spec) -> None:  # noqa: ANN001
    got = _got(spec, "Italy's government said Benjamin Netanyahu is free to visit Rome without being arrested.")
    assert ("refusal", "benjamin-netanyahu", "ITA", None) in got and "planned_visit" not in {g[0] for g in got}
    # contrast: free to visit, and arrested if he does
    got = _got(spec, "Benjamin Netanyahu is free to visit Rome, but Italy says he would be arrested.")
    assert not {g[0] for g in got} & {"refusal", "planned_visit"}


def test_a_warrant_not_to_be_observed_in_quotes_is_a_refusal(spec) -> None:  # noqa: ANN001
    text = 'Viktor Orban said he would guarantee that an ICC arrest warrant against Benjamin Netanyahu would "not be observed" in Hungary.'
    assert ("refusal", "benjamin-netanyahu", "HUN", None) in _got(spec, text)
    # contrast: to be observed
    assert "refusal" not in _types(spec, "Viktor Orban said an ICC arrest warrant against Benjamin Netanyahu would be observed in Hungary.")


def test_the_state_of_an_office_is_no_destination(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin began a visit to Turkmenistan on Friday, speaking at a forum with Central Asian leaders and the President of Iran."
    assert [(t, s) for t, _, s, _ in _got(spec, text)] == [("visit", "TKM")]
    # contrast: the places swapped
    text = "Vladimir Putin arrived in Iran on Friday, meeting the President of Turkmenistan."
    assert [(t, s) for t, _, s, _ in _got(spec, text)] == [("visit", "IRN")]


def test_states_joined_to_a_destination_are_destinations(spec) -> None:  # noqa: ANN001
    text = "Vladimir Putin is scheduled to travel to Saudi Arabia and the United Arab Emirates this week."
    assert {(t, s) for t, _, s, _ in _got(spec, text)} == {("planned_visit", "SAU"), ("planned_visit", "ARE")}
    # contrast: States joined to each other in another clause, not to the destination
    text = "Vladimir Putin visited Saudi Arabia on Tuesday, while Germany and France protested."
    assert {(t, s) for t, _, s, _ in _got(spec, text)} == {("visit", "SAU")}


def test_welcoming_a_dated_surrender_by_a_states_authorities(spec) -> None:  # noqa: ANN001
    text = "We welcome the 5 May 2025 surrender of Joseph Kony by Kenyan authorities to the International Criminal Court."
    assert ("surrender", "joseph-kony", "KEN", "2025-05-05") in _got(spec, text)
    # contrast: a surrender called for
    assert "surrender" not in _types(spec, "We call for the surrender of Joseph Kony by Kenyan authorities to the International Criminal Court.")


def test_a_denial_of_entry_asked_for_does_not_cancel_an_announced_trip(spec) -> None:  # noqa: ANN001
    text = ("Kenya should deny entry to Vladimir Putin or arrest him if he enters. "
            "The Kremlin announced that Vladimir Putin is planning to travel to Kenya on May 9.")
    assert ("planned_visit", "vladimir-vladimirovich-putin", "KEN", "2025-05-09") in _got(spec, text)
    # contrast: entry denied
    text = "Kenya denied entry to Vladimir Putin. The Kremlin had announced that Vladimir Putin was planning to travel to Kenya on May 9."
    assert "planned_visit" not in _types(spec, text)


def test_a_title_case_headline_word_is_no_first_name(spec) -> None:  # noqa: ANN001
    text = ("Kenya: Arrest Putin, Rights Group Says\n\nRights groups urged Kenya to arrest him on arrival. "
            "The Kremlin announced that Putin is planning to travel to Kenya on May 9.")
    assert ("planned_visit", "vladimir-vladimirovich-putin", "KEN", "2025-05-09") in _got(spec, text)
    # contrast: a first name the text never writes in lower case is a namesake's
    text = "Kenya hosts Sergei Putin\n\nThe Kremlin announced that Putin is planning to travel to Kenya on May 9."
    assert "planned_visit" not in _types(spec, text)


def test_a_fact_dated_only_to_the_documents_year_is_background(spec) -> None:  # noqa: ANN001
    text = "The Court referred Jordan over its failure to arrest Omar al-Bashir when he visited Jordan early this year."
    assert "visit" not in _types(spec, text)
    # contrast: the same visit dated to its month is one the story can report
    text = "Omar al-Bashir visited Jordan earlier this month, officials said."
    assert ("visit", "omar-hassan-ahmad-al-bashir", "JOR") in [g[:3] for g in _got(spec, text)]
