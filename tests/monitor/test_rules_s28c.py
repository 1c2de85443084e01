"""Session 28 (issue 12, task mcustody): arrests, surrenders, refusals, warrants and withdrawals told in other words. The
dev half's wordings were varied by hand (other verbs, the active and the passive, the act told by its noun after a
possessive, a day between the verb and its complement, a title instead of a name) and the variants the rules missed were
fixed as mechanisms. Each test holds sentences written for it (not copied from the real-news set) and contrasts that must
not fire. No State or person is special-cased: the names are the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

DUTERTE = "rodrigo-roa-duterte"
YEKATOM = "alfred-yekatom"
HISHRI = "khaled-mohamed-ali-el-hishri"
NETANYAHU = "benjamin-netanyahu"
PUTIN = "vladimir-vladimirovich-putin"
KONY = "joseph-kony"




# --- an agent between "the" and the verb is the verb's subject, not an adjective's determiner -----------------------------

@pytest.mark.parametrize(("text", "state"), [
    ("The police detained Rodrigo Duterte on Tuesday.", None),
    ("The authorities arrested Rodrigo Duterte on Tuesday.", None),
    ("The government arrested Rodrigo Duterte on Tuesday.", None),
    ("The army arrested Rodrigo Duterte in Manila on Tuesday.", "PHL"),
    ("The Philippines arrested Rodrigo Duterte on Tuesday.", "PHL"),
])
def test_an_agent_after_the_determiner_makes_an_arrest(spec, text: str, state: str | None) -> None:  # noqa: ANN001
    # session 27's "the detained former president X" (a custody, no act) read "The police detained X" the same way
    assert _typed(spec, text, "2025-03-12", "arrest") == [(DUTERTE, state, "2025-03-11")]


@pytest.mark.parametrize("text", [
    "The detained former president Rodrigo Duterte appeared by video link on Friday.",
    "The three detained suspects and Rodrigo Duterte appeared by video link on Friday.",
])
def test_the_participle_as_an_adjective_is_still_no_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-14", "arrest") == []


# --- an arrest told by its noun after a possessive, or by "placed X under arrest" ---------------------------------------

@pytest.mark.parametrize("text", [
    "Rights groups hailed Tuesday's arrest of Rodrigo Duterte in Manila.",
    "Rodrigo Duterte's arrest in Manila on Tuesday was welcomed by victims' families.",
    "Police placed Rodrigo Duterte under arrest at Manila airport on Tuesday.",
])
def test_an_arrest_told_by_its_noun_or_placed_under_arrest(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-12", "arrest") == [(DUTERTE, "PHL", "2025-03-11")]


@pytest.mark.parametrize("text", [
    "Rights groups demanded Rodrigo Duterte's arrest in Manila.",  # asked for, no day of its own
    "Rodrigo Duterte's arrest would be a test for the country, an analyst said on Tuesday.",
    "Rodrigo Duterte's arrest warrant was discussed in Manila on Tuesday.",
    "Police placed the airport under lockdown on Tuesday before Rodrigo Duterte landed in Manila.",
])
def test_an_arrest_noun_asked_for_or_a_thing_placed_is_none(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-12", "arrest") == []


def test_an_arrest_in_spanish_with_the_day_between_verb_and_object(spec) -> None:  # noqa: ANN001
    assert _typed(spec, "La policía filipina arrestó el martes a Rodrigo Duterte.", "2025-03-12", "arrest") == \
        [(DUTERTE, "PHL", "2025-03-11")]
    # contrast: others are the object, the person named only in their relative clause
    assert _typed(spec, "La policía filipina arrestó el martes a varios manifestantes que apoyaban a Rodrigo Duterte.", "2025-03-12",
                  "arrest") == []


# --- a surrender told by its noun, by "taken / escorted to The Hague", or "placed in the Court's custody" ------------------

@pytest.mark.parametrize("text", [
    "Rodrigo Duterte's transfer to The Hague on Wednesday was welcomed by victims.",
    "Rights groups welcomed Wednesday's transfer of Rodrigo Duterte to the ICC.",
    "Rodrigo Duterte was placed in the ICC's custody on Wednesday.",
    "Rodrigo Duterte was taken to The Hague on Wednesday.",
    "Rodrigo Duterte was escorted to The Hague on Wednesday.",
    "The ICC said on Wednesday it had taken custody of Rodrigo Duterte.",
    "Rodrigo Duterte was transported to the ICC detention centre on Wednesday.",
    "Rodrigo Duterte was booked into the ICC detention unit on Wednesday.",
])
def test_a_surrender_told_in_other_words(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-13", "surrender") == [(DUTERTE, None, "2025-03-12")]


@pytest.mark.parametrize("text", [
    "Rights groups demanded Rodrigo Duterte's transfer to The Hague.",
    "Rodrigo Duterte's transfer to The Hague could come as early as Wednesday.",
    "The case was taken to The Hague on Wednesday by Rodrigo Duterte's accusers.",
    "Rodrigo Duterte will be taken to The Hague on Wednesday.",
    "The ICC said on Wednesday it could take custody of Rodrigo Duterte within days.",
    "Rodrigo Duterte's daughter visited him at the ICC detention centre on Wednesday.",
])
def test_a_transfer_asked_for_supposed_or_of_a_thing_is_none(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-13", "surrender") == []


# --- a refusal with a day between, in the progressive, or as a warrant to be defied ---------------------------------------

@pytest.mark.parametrize("text", [
    "Hungary refused on Friday to arrest Benjamin Netanyahu.",
    "Hungary said on Friday it would not be arresting Benjamin Netanyahu.",
    "Hungary will ignore the ICC warrant against Benjamin Netanyahu, its prime minister said on Friday.",
    "Hungary's prime minister said on Friday that Hungary would defy the ICC warrant for Benjamin Netanyahu.",
    "Hungary won't hand Benjamin Netanyahu to the ICC, its prime minister said on Friday.",
    "Benjamin Netanyahu need not fear arrest in Hungary, its prime minister said on Friday.",
    "Hungary's prime minister said on Friday that Benjamin Netanyahu would face no arrest in Hungary.",
    "Hungary's prime minister said on Friday that Hungary would not carry out the ICC's warrant for Benjamin Netanyahu.",
    "Hungary's prime minister said on Friday that the ICC warrant for Benjamin Netanyahu would not be carried out.",
])
def test_a_refusal_told_in_other_words(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "refusal") == [(NETANYAHU, "HUN", None)]


@pytest.mark.parametrize("text", [
    "Activists urged Hungary to defy the ICC warrant for Benjamin Netanyahu on Friday.",  # a call, not the State's word
    "Hungary refused on Friday to comment on Benjamin Netanyahu's visit.",
    "Hungary will not ignore the ICC warrant against Benjamin Netanyahu, its foreign minister said on Friday.",
    "Hungary's prime minister said on Friday that Benjamin Netanyahu would face arrest if he came to Hungary.",
    "Hungary won't hand any documents to the ICC, its prime minister said on Friday of Benjamin Netanyahu's case.",
])
def test_a_call_to_defy_or_a_refusal_of_something_else_is_none(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "refusal") == []


# --- a warrant told as granted, approved, ordered, or by the day's possessive ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The International Criminal Court on Thursday ordered the arrest of Benjamin Netanyahu.",
    "Judges at the ICC granted the prosecutor's request for an arrest warrant against Benjamin Netanyahu on Thursday.",
    "The court approved arrest warrants for Benjamin Netanyahu on Thursday.",
    "ICC judges have approved the prosecutor's request for arrest warrants against Benjamin Netanyahu, the court said on Thursday.",
    "Thursday's arrest warrant for Benjamin Netanyahu drew condemnation abroad.",
    "The ICC on Thursday ordered Benjamin Netanyahu's arrest.",
    "Judges on Thursday authorised arrest warrants for Benjamin Netanyahu.",
    "Benjamin Netanyahu faces an ICC arrest warrant issued on Thursday.",
])
def test_a_warrant_told_in_other_words(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "warrant_issued") == [(NETANYAHU, None, "2024-11-21")]


@pytest.mark.parametrize("text", [
    "Judges may approve the prosecutor's request for an arrest warrant against Benjamin Netanyahu on Thursday.",
    "The prosecutor requested arrest warrants for Benjamin Netanyahu on Thursday.",
    "A court in Kampala on Thursday ordered the arrest of Joseph Kony.",
    "The government on Thursday ordered the arrest of Joseph Kony's commanders.",
    "A judge in Tel Aviv on Thursday ordered Benjamin Netanyahu's arrest.",
    "Judges may authorise arrest warrants for Benjamin Netanyahu on Thursday.",
    "Benjamin Netanyahu travelled to Budapest despite an ICC arrest warrant issued on Thursday.",
])
def test_a_warrant_asked_for_or_ordered_by_others_is_none(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "warrant_issued") == []


# --- a withdrawal told as an intention or a plan, in the State's word -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hungary intends to withdraw from the International Criminal Court, the government said on Thursday.",
    "Hungary plans to quit the ICC, a government spokesman said on Thursday.",
])
def test_a_withdrawal_told_as_an_intention(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-04", "withdrawal_announced") == [(None, "HUN", "2025-04-03")]


@pytest.mark.parametrize("text", [
    "Hungary does not plan to quit the ICC, a government spokesman said on Thursday.",
    "Hungary is considering whether it plans to quit the ICC, a government spokesman said on Thursday.",
])
def test_a_withdrawal_plan_denied_or_weighed_is_none(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-04", "withdrawal_announced") == []


# --- a warrant told as the ground of another act is background -------------------------------------------------------------

def test_a_warrant_as_the_ground_of_a_surrender_gives_the_surrender_only(spec) -> None:  # noqa: ANN001
    # the warrant's day is told, but as the ground ("on account of", "pursuant to") of the surrender the sentence is about
    text = ("Joseph Kony is in the custody of the Court after giving himself up in the Central African Republic on account of an "
            "arrest warrant issued on 8 July 2005, the court said.")
    assert _typed(spec, text, "2015-01-21", "warrant_issued") == []
    assert _typed(spec, text, "2015-01-21", "surrender") == [(KONY, "CAF", "2015-01-21")]


# --- a finding told by the Court's decision to refer, or by its rebuke ------------------------------------------------------

@pytest.mark.parametrize(("text", "date", "expected"), [
    ("A decision by the International Criminal Court on Monday to refer Jordan to the UN Security Council for failing to arrest "
     "Omar al-Bashir drew an angry response.", "2017-12-15", ("omar-hassan-ahmad-al-bashir", "JOR", "2017-12-11")),
    ("ICC judges rebuked Mongolia on Thursday for not arresting Vladimir Putin.", "2024-10-25", (PUTIN, "MNG", "2024-10-24")),
    ("The ICC on Thursday censured Mongolia for failing to arrest Vladimir Putin.", "2024-10-25", (PUTIN, "MNG", "2024-10-24")),
    ("ICC judges said on Thursday that Mongolia had violated its obligation to arrest Vladimir Putin.", "2024-10-25",
     (PUTIN, "MNG", "2024-10-24")),
])
def test_a_finding_told_in_other_words(spec, text: str, date: str, expected: tuple[str, str, str]) -> None:  # noqa: ANN001
    assert _typed(spec, text, date, "noncompliance_finding") == [expected]


@pytest.mark.parametrize(("text", "date"), [
    ("Activists called on Monday for a decision by the International Criminal Court on whether to refer Jordan to the UN Security "
     "Council for failing to arrest Omar al-Bashir.", "2017-12-15"),
    ("Rights groups on Thursday criticised Mongolia for failing to arrest Vladimir Putin despite the ICC warrant.", "2024-10-25"),
    ("Ukraine on Thursday rebuked Mongolia for not arresting Vladimir Putin despite the ICC warrant.", "2024-10-25"),
])
def test_a_finding_asked_for_or_others_rebuke_is_none(spec, text: str, date: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, date, "noncompliance_finding") == []


# --- an unsealing told as a sealed warrant released, or its release ordered --------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ICC on Tuesday publicly released a sealed warrant for Joseph Kony.",
    "Judges on Tuesday ordered the release of the warrant for Joseph Kony, kept under seal since 2005.",
])
def test_an_unsealing_told_in_other_words(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2015-03-05", "warrant_unsealed") == [(KONY, None, "2015-03-03")]


@pytest.mark.parametrize("text", [
    "Lawyers on Tuesday asked the judges to order the release of the warrant for Joseph Kony.",
    "The ICC on Tuesday refused to publish the sealed warrant for Joseph Kony.",
])
def test_an_unsealing_asked_for_or_refused_is_none(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2015-03-05", "warrant_unsealed") == []


# --- a thing moved to the Court's seat, the person named only inside it -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The complaint against Rodrigo Duterte was sent to The Hague on Wednesday.",
    "Victims' complaints against Rodrigo Duterte were brought to The Hague on Wednesday.",
    "The complaint against Rodrigo Duterte was taken to The Hague on Wednesday.",
])
def test_a_thing_moved_to_the_hague_is_no_surrender(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-13", "surrender") == []


@pytest.mark.parametrize("text", [
    "Rodrigo Duterte was sent to The Hague on Wednesday.",
    "Rodrigo Duterte, whose case files were studied for years, was sent to The Hague on Wednesday.",
    "After the complaint against him was filed, Rodrigo Duterte was taken to The Hague on Wednesday.",
])
def test_the_person_moved_to_the_hague_is_still_a_surrender(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-13", "surrender") == [(DUTERTE, None, "2025-03-12")]


# --- other verbs: led away, rounded up; arrived at the Court's detention unit; warrants handed down, signed off, put out ----

@pytest.mark.parametrize("text", [
    "Rodrigo Duterte was led away by police at Manila airport on Tuesday.",
    "Rodrigo Duterte was rounded up by police at Manila airport on Tuesday.",
])
def test_an_arrest_told_by_other_verbs_with_the_captors(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-12", "arrest") == [(DUTERTE, "PHL", "2025-03-11")]


def test_others_rounded_up_is_no_arrest_of_the_person(spec) -> None:  # noqa: ANN001
    text = "Supporters of Rodrigo Duterte were rounded up by police at Manila airport on Tuesday."
    assert _typed(spec, text, "2025-03-12", "arrest") == []


def test_an_arrival_at_the_courts_detention_unit_is_a_surrender(spec) -> None:  # noqa: ANN001
    text = "Rodrigo Duterte has arrived at the ICC's detention unit, the court said on Wednesday."
    assert _typed(spec, text, "2025-03-13", "surrender") == [(DUTERTE, None, "2025-03-12")]
    # contrast: a relative arrives there (a visit to someone held)
    other = "Rodrigo Duterte's daughter has arrived at the ICC's detention unit, the court said on Wednesday."
    assert _typed(spec, other, "2025-03-13", "surrender") == []


@pytest.mark.parametrize("text", [
    "ICC judges on Thursday signed off on arrest warrants for Benjamin Netanyahu.",
    "ICC judges on Thursday handed down arrest warrants for Benjamin Netanyahu.",
    "The ICC on Thursday slapped an arrest warrant on Benjamin Netanyahu.",
    "The ICC on Thursday put out an arrest warrant for Benjamin Netanyahu.",
    "The ICC on Thursday announced arrest warrants against Benjamin Netanyahu.",
])
def test_a_warrant_issued_by_other_verbs(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "warrant_issued") == [(NETANYAHU, None, "2024-11-21")]


@pytest.mark.parametrize("text", [
    "The ICC prosecutor on Thursday announced arrest warrant applications against Benjamin Netanyahu.",
    "The ICC on Thursday announced it was seeking arrest warrants against Benjamin Netanyahu.",
    "The ICC's prosecutor announced on Thursday arrest warrant requests for Benjamin Netanyahu.",
])
def test_a_warrant_announced_as_sought_is_none(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-11-22", "warrant_issued") == []
