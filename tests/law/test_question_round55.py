"""The round-55 fixes (tests/law/audit/round55.yaml), each with sentences of my own and contrasts that must not be read
the new way."""

from __future__ import annotations

import pytest
from tests.law.reading import TODAY, read, refused

from iccwatch.service.question import QuestionError, read_question

# --- a forum's response read by its shape, the act words as families in six languages (round 54's leftover) ------------


@pytest.mark.parametrize(("text", "state", "forum"), [
    ("Has the Assembly punished Hungary?", "HUN", "ASP"),
    ("Did the Security Council ever condemn Sudan?", "SDN", "UNSC"),
    ("Le Conseil de sécurité a-t-il condamné le Soudan ?", "SDN", "UNSC"),
    ("L'Assemblée des États parties a-t-elle blâmé la Mongolie ?", "MNG", "ASP"),
    ("¿Castigó la Asamblea de los Estados Partes a Mongolia?", "MNG", "ASP"),
    ("¿Ha sancionado el Consejo de Seguridad a Sudán?", "SDN", "UNSC"),
    ("O Conselho de Segurança condenou o Sudão?", "SDN", "UNSC"),
    ("A Assembleia dos Estados Partes agiu contra a Mongólia?", "MNG", "ASP"),
    ("Il Consiglio di sicurezza ha condannato il Sudan?", "SDN", "UNSC"),
    ("L'Assemblea degli Stati parte ha punito la Mongolia?", "MNG", "ASP"),
    ("Hat der Sicherheitsrat den Sudan bestraft?", "SDN", "UNSC"),
    ("Hat die Versammlung der Vertragsstaaten über Ungarn entschieden?", "HUN", "ASP"),
])
def test_a_forums_response_is_read_with_any_word_of_a_family(facts, text, state, forum):
    got = read(facts, text)
    assert (got["kind"], got["state"], got["forum"], got["asks"]) == ("obligations", state, forum, "responses")


@pytest.mark.parametrize("text", [
    # a referral or a resolution is no response to a finding: no word of the families
    "Did the Security Council refer Libya to the Court?",
    "Is Sudan bound by the Security Council's resolution?",
    # the State's own duty, the forum after the duty's verb
    "Must Sudan arrest al-Bashir although the Security Council condemned nothing?",
])
def test_a_forum_with_no_act_of_its_own_or_after_a_duty_is_no_response(facts, text):
    try:
        got = read(facts, text)
    except QuestionError:
        return
    assert got.get("asks") != "responses"


# --- two questions in one sentence: refused offering each ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "asks"), [
    ("Is Germany a party and must it arrest Netanyahu?", ["Is Germany a party?", "Must Germany arrest Netanyahu?"]),
    ("Has Armenia ratified the Statute, and would it have to arrest Putin?",
     ["Has Armenia ratified the Statute?", "Would Armenia have to arrest Putin?"]),
    ("La Hongrie est-elle partie et doit-elle arrêter Netanyahou ?",
     ["La Hongrie est-elle partie ?", "La Hongrie doit-elle arrêter Netanyahou ?"]),
    ("¿Es Alemania parte y debe detener a Netanyahu?", ["¿Es Alemania parte?", "¿Debe Alemania detener a Netanyahu?"]),
    ("L'Italia è parte e deve arrestare Netanyahu?", ["L'Italia è parte?", "Deve l'Italia arrestare Netanyahu?"]),
])
def test_two_questions_in_one_sentence_are_refused_offering_each(facts, text, asks):
    with pytest.raises(QuestionError) as info:
        read(facts, text)
    assert "two questions" in str(info.value) and info.value.asks == asks
    for ask in asks:  # each question offered reads as asked
        read_question(facts, ask, today=TODAY)


@pytest.mark.parametrize("text", [
    "Must Mongolia arrest Putin if he visits and he is not immune?",  # 'and he is': no question opened
    "Must Mongolia arrest and surrender Putin?",
    "Which countries has Putin visited since the warrant, and were they obliged to arrest him?",  # no one State first
])
def test_one_question_with_and_is_not_two(facts, text):
    try:
        read(facts, text)
    except QuestionError as exc:
        assert "two questions" not in str(exc)
