"""The round-43 fixes (tests/law/audit/round43.yaml), each with sentences of my own and contrasts that must not be read
the new way: a question of what the record holds besides the law (a joint statement's signatories, States' measures
against the Court, a score or rank in the index, whether a State complied on an event) is refused naming the command
that answers it, while a State's duties, a duty to comply, an Art. 12(3) declaration and what a forum did about a State
are still read; 'What did the Council do after ...' is the forum's responses; 'Which States did the Court find failed
to ...' is the list of findings; the Italian articulated article ('dell'Italia', 'all'Austria') is read; Portuguese and
Italian words of duties without accents; a misspelt State in a question naming no State is named with the closest."""

from __future__ import annotations

import pytest
from tests.law.reading import PUTIN, TODAY, read_fields

from iccwatch.service.question import QuestionError, read_question

BASHIR = "omar-hassan-ahmad-al-bashir"


def _refused(facts, text: str) -> str:
    with pytest.raises(QuestionError) as info:
        read_question(facts, text, today=TODAY)
    return str(info.value)


@pytest.mark.parametrize(("text", "words", "command"), [
    ("Did Argentina sign the joint statement supporting the ICC?", "joint statement", "iccwatch statements"),
    ("Has Chile signed a statement in support of the Court?", "statement in support of the Court", "iccwatch statements"),
    ("¿Firmó México la declaración conjunta en apoyo de la Corte?", "declaración conjunta", "iccwatch statements"),
    ("Hat Österreich die gemeinsame Erklärung unterzeichnet?", "gemeinsame Erklärung", "iccwatch statements"),
    # round 44 answers questions of sanctions from the record ('Has Israel sanctioned ICC judges?': none recorded, Russia's
    # proceedings against the Court's officials listed apart): tests/law/test_question_round44.py
    # round 46 answers a State's rank or score in the index from its explain ('What is Chile's rank in the index?', 'Quelle
    # est la classement de la France ?', 'Why did Jordan score low?'): tests/law/test_question_round46.py
    ("Did Chad comply when al-Bashir visited in August 2010?", "Did Chad comply", "iccwatch assess events"),
    ("How did Kenya comply with the warrant in 2010?", "How did Kenya comply", "iccwatch assess events"),
    ("¿Cumplió Sudáfrica con la Corte en junio de 2015?", "Cumplió", "iccwatch assess events"),
])
def test_a_question_the_record_answers_apart_is_refused_naming_its_command(facts, text, words, command):
    said = _refused(facts, text)
    assert f"'{words}'" in said and command in said, said


@pytest.mark.parametrize(("text", "kind", "state", "person"), [
    # a duty to comply, asked of the present or with 'have to', is still the duty
    ("Must Chile comply with the Court's requests?", "obligations", "CHL", None),
    ("Did Chad have to comply with the warrant for al-Bashir on 8 August 2010?", "arrest", "TCD", BASHIR),
    # an Art. 12(3) declaration is no joint statement
    ("Is Ukraine bound by its declaration under Article 12(3) on 1 June 2023?", "obligations", "UKR", None),
    # the duties of a State in words of several languages, without accents
    ("Quali sono gli obblighi della Francia verso la Corte?", "obligations", "FRA", None),
    ("Quais sao as obrigacoes de Portugal hoje?", "obligations", "PRT", None),
    ("L'Austria deve cooperare? Quali obblighi ha dell'Austria la Corte?", "obligations", "AUT", None),
    # a name particle alone is no name ('della' was read as Ronald dela Rosa); his name with it still is
    ("Gli obblighi della Germania?", "obligations", "DEU", None),
    ("La Francia deve arrestare dela Rosa?", "arrest", "FRA", "ronald-dela-rosa"),
])
def test_the_duty_is_still_read(facts, text, kind, state, person):
    assert read_fields(facts, text)[:3] == (kind, state, person)


def test_what_a_forum_did_after_a_finding_is_its_responses(facts):
    """'What did the Council do after the Court's finding ...' asks the forum's responses (it was refused as an
    undated time); the act it names dates nothing asked."""
    read = read_question(facts, "What did the Security Council do after the Court's finding against Sudan?", today=TODAY)
    assert (read["kind"], read["state"], read["asks"], read["forum"]) == ("obligations", "SDN", "responses", "UNSC")
    assert read["on"] == TODAY.isoformat()
    read = read_question(facts, "What has the Assembly done about Jordan?", today=TODAY)
    assert (read["state"], read["asks"], read["forum"]) == ("JOR", "responses", "ASP")
    # contrast: what a State did, with an undated act, is still refused naming the act
    assert "names a time by an act" in _refused(facts, "What must Chad do after the Court's finding?")


def test_what_a_forum_did_about_a_states_failure_to_arrest_a_person_is_its_responses(facts):
    """'How has the Council responded to Sudan's failure to arrest al-Bashir?' asks the Council's responses about Sudan
    (it was read as Sudan's duty to arrest him); the person names what the State failed to do."""
    read = read_question(facts, "How has the Security Council responded to Chad's failure to arrest al-Bashir?", today=TODAY)
    assert (read["kind"], read["state"], read["person"], read["asks"], read["forum"]) == ("obligations", "TCD", None,
                                                                                          "responses", "UNSC")
    # contrast: the duty itself, with the same person, is still the arrest question
    assert read_fields(facts, "Did Chad have to arrest al-Bashir on 8 August 2010?")[:3] == ("arrest", "TCD", BASHIR)


def test_what_a_forum_did_is_not_refused_as_a_sanction(facts):
    """Contrast of the measures' words: 'Did the Assembly sanction Malawi?' is the Assembly's response."""
    read = read_question(facts, "Did the Assembly sanction Malawi?", today=TODAY)
    assert (read["state"], read["asks"], read["forum"]) == ("MWI", "responses", "ASP")


def test_the_states_the_court_found_failed_are_its_findings(facts):
    read = read_question(facts, "Which States did the Court find failed to arrest al-Bashir?", today=TODAY)
    assert (read["kind"], read["list_of"], read["person"]) == ("states", "non_compliance", BASHIR)
    assert {r["iso3"] for r in read["states_listed"]} >= {"MWI", "TCD", "ZAF", "JOR"}
    assert read["count"] == len(read["states_listed"])
    # contrast: the person's travel map without those words
    assert read_fields(facts, "Which States must arrest Putin?")[:3] == ("travel", None, PUTIN)


@pytest.mark.parametrize(("text", "state"), [
    ("Quali sono gli obblighi dell'Italia?", "ITA"),
    ("Cosa deve fare la Corte nell'Ungheria?", "HUN"),
    ("L'Italia deve arrestare Putin?", "ITA"),  # the plain elided article, as before
])
def test_an_italian_articulated_article_before_a_state_is_read(facts, text, state):
    assert read_fields(facts, text)[1] == state


def test_a_misspelt_state_naming_no_state_is_named_with_the_closest(facts):
    said = _refused(facts, "What must Mongolai do for the Court?")
    assert "'Mongolai'" in said and "Did you mean Mongolia?" in said
    # contrast: a question of no State with no capitalised word names none
    said = _refused(facts, "does a non-party have to give evidence?")
    assert "names no State and no person" in said and "is none of them" not in said
