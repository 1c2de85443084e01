"""Rounds 23, 24, 26, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 40, 41, 42, 43, 44, 45, 46 and 47 (issue 11; and rounds 48-58 and 60) through the REST API: each round's questions marked ``api: true``
(tests/law/audit/roundNN*.yaml; roundNNh.yaml holds the questions held out until that round's fixes) asked of /api/v1 as
a caller asks them, each getting the answer expected and passing its ``check:`` block on the API's JSON, as the service's
answer must (tests/law/test_audit.py asks every question of the service), or, where the service refuses it, refused
with the status of its error and the words expected; and each round's questions in words asked of /api/v1/question as
a caller types them. (One file for the rounds whose API tests are the same; rounds 20, 22 and 25 test more and keep
their own files.)"""

from __future__ import annotations

from typing import Any

import pytest
from tests.law.api_rounds import (
    api_questions,
    assert_api_and_words,
    assert_api_answer,
    assert_question_in_words,
    round_questions,
)

ROUNDS = ("round23", "round24", "round26", "round28", "round29", "round30", "round31", "round32", "round33", "round34", "round35", "round36", "round37", "round38", "round40", "round41", "round42", "round43", "round44", "round45", "round46", "round47", "round48", "round49", "round50", "round51", "round52", "round53", "round54", "round55", "round56", "round57", "round58", "round60", "round62", "round63")
#: Round 28 marks 15 questions `api: true` (and asks 53 in words): fewer than the 20 the others ask.
#: Round 31 marks 10 (the brief weighs it to questions typed in words; its what-ifs combine two assumptions each).
#: Round 32 marks 13 (its brief weighs it to questions in words: recent facts, languages, refusals, off-topic questions).
#: Round 33 marks 5 (its brief asks 60 questions weighted to questions in words; its what-ifs: a revocation, an
#: accession and Art. 126(2), an office ended, a surrender overtaking a later recorded arrest, a pending notification).
#: Round 34 marks 3 (its brief weighs it to questions typed as a journalist or a diplomat types them; its what-ifs: an
#: accession and Art. 126(2), a pending notification, a notification whose effect Art. 127(2) outlasts).
#: Round 35 marks 2 (its brief asks 40 questions typed as users type them; its API questions: the day before an
#: accession's Art. 126(2) day, a notification assumed the day before a visit).
#: Round 36 marks 3 (its brief asks 50 questions weighted to questions in words; its API questions: Art. 98(2) agreements
#: with the person's State and with another, the day before an accession's Art. 126(2) day).
#: Round 37 marks 3 (its brief asks 40 questions weighted to questions in words: who did what to a person, cities,
#: weekdays and holidays alone, a speaker's own State; its API questions: an arrest's day, a surrender's day, a former party).
#: Round 38 marks 3 (its brief asks 40 questions weighted to the substance of the duty, the record's facts about States,
#: ended proceedings, summonses and languages; its API questions: a forum of Art. 87(7), a summons, the day before an
#: accession's Art. 126(2) day).
#: Round 40 marks 3 (its brief asks 40 questions weighted to count and list questions, lower-case names, days past and
#: ahead, two persons or States and Art. 127(2); its API questions: a former party's duty under Art. 127(2) in 2030, a
#: former party's relation, the first day of an accession's Art. 126(2) day).
#: Round 41 marks 3 (its brief asks 40 questions weighted to questions in words: what-ifs in six languages, overflight and
#: transit, offices and transliterations, demonyms and cities of other languages, counts and periods; its API questions:
#: the what-ifs its words suppose, applied: an Art. 98(2) agreement with the person's State, a revoked withdrawal).
#: Round 42 marks 3 (its brief asks 40 questions weighted to questions in words: offices, journeys and tours, the duty's
#: end, counts and six languages; its API questions: an Art. 98(2) agreement assumed, a former party, an Art. 12(3) declarant).
#: Round 43 marks 3 (its brief asks 40 questions beyond one arrest, weighted to questions in words: a State's duties as a
#: whole, the record's statements, measures and responses, the index and the assessment; its API questions: a former
#: party's duty in a situation under Art. 127(2), a non-party's under a Council referral, a ratification not yet in force).
#: Round 44 marks 3 (its brief asks 40 questions from the record's answers a user cites, answered in the read itself, and
#: the latest events; its API questions: the first day of a withdrawal's effect under Art. 127(2), a signatory that is no
#: party, a State whose announced withdrawal was never notified).
#: Round 45 marks 3 (its brief asks 40 questions a journalist types, weighted to questions in words: who is wanted, a
#: person's custody and trips, how a State complied; its API questions: the duties its German and Dutch words ask).
#: Round 46 marks 3 (its brief asks 40 questions a diplomat, court staff or a researcher types, weighted to questions in
#: words: the index, sanctions in force, withdrawals, surrenders; its API questions: the duties its German words ask).
#: Round 47 marks 3 (its brief asks 40 questions of kinds not asked before, weighted to questions in words: positions on
#: immunity, the enforcement gap; its API questions: the day before and the day of an Art. 126(2) day, a warrant withdrawn).
#: Round 48 marks 2 (its brief asks 40 questions of kinds not asked before, weighted to questions in words: Art. 97
#: consultations, the forms of a position, the gap on a past day, the index beside the States above; its API questions: a
#: former party's duty the day after its withdrawal took effect, a warrant ended by the death of its subject).
#: Round 49 marks none (its brief asks 40 questions in words of kinds not asked before: the Court's reply to a
#: consultation, what a State said about an overflight or an immunity, summonses, warrants withdrawn, deaths reported);
#: each of its questions in words is still asked at its address here.
#: Round 50 marks none (its brief asks 40 questions in words as journalists and diplomats phrase them: the Court's own
#: acts, sanctions of a period, what the record does not hold, relative days); each is asked at its address here.
#: Round 51 marks none (its brief asks 40 questions in words: two States or persons named together, months with no year,
#: clauses of context, a State's joining of the Statute, custody, findings); each is asked at its address here.
#: Round 52 marks none (its brief asks 40 questions in words: pairs of States and persons, questions typed in a hurry,
#: days in other forms, what changed since a day, what the record cannot answer); each is asked at its address here.
#: Round 53 marks none (its brief asks 40 questions in words: misspelt names, days read two ways, surrender days, findings
#: and what followed, changes since a day, Italian and German, what the record cannot answer); each is asked at its address.
#: Round 54 marks none (its brief asks 40 questions in words: a forum's response in other languages' shapes, visits
#: announced, withdrawals announced or pending, Council referrals, what a State did after a finding, relative days,
#: typos in common words, what the record cannot answer); each is asked at its address.
#: Round 55 marks none (its brief asks 40 questions in words: a forum's response with act words not listed, persons named
#: by office, days as users write them, two questions in one, overflight and other presences, signatories, Art. 12(3)
#: and referrals, recent facts); each is asked at its address.
#: Round 56 marks none (its brief asks 40 questions in words: round 55's leftovers, users' typing, what-ifs, pending
#: withdrawals, Council referrals, Art. 98, surrender, forums' responses, the enforcement gap); each is asked at its address.
#: Round 57 marks none (its brief asks 40 questions in words: supposed withdrawals answered by Art. 127's arithmetic, whose
#: address carries the supposition as its assume parameter, an unheld office beside a day, users' typing, pending
#: withdrawals, Council referrals, Art. 98, surrender, forums' responses, the enforcement gap); each is asked at its address.
#: Round 58 marks none (its brief asks 40 questions in words: withdrawals supposed on a day or with no time, the French
#: 'hier', days offered in the question's language, users' typing, pending withdrawals, referrals and Art. 12(3), Art. 98,
#: surrender, forums' responses, the gap, comparisons of visits); each is asked at its address.
#: Round 60 marks none (its brief asks 40 questions in words: comparisons by a Council referral and with negation,
#: withdrawals supposed in a month, 'the day before yesterday' in six languages, users' typing, pending withdrawals,
#: referrals and Art. 12(3), Art. 98, surrender, the Assembly's response); each is asked at its address.
#: Round 62 marks none (its brief asks 40 questions in words: a referral not the person's own, the pending year,
#: accession after the warrant, Art. 12(3), death and termination, surrender, two States or persons, dates in words,
#: Art. 87(7) responses, an announced withdrawal); each is asked at its address.
LEAST_API = {"round28": 15, "round31": 10, "round32": 13, "round33": 5, "round34": 3, "round35": 2, "round36": 3, "round37": 3,
             "round38": 3, "round40": 3, "round41": 3, "round42": 3, "round43": 3, "round44": 3, "round45": 3, "round46": 3,
             "round47": 3, "round48": 2, "round49": 0, "round50": 0, "round51": 0, "round52": 0, "round53": 0, "round54": 0, "round55": 0, "round56": 0, "round57": 0, "round58": 0, "round60": 0, "round62": 0, "round63": 0}

API = [(f"{r}:{i}", q) for r in ROUNDS for i, q in api_questions(f"{r}*.yaml")]
WORDS = [(f"{r}:{q['_file']}-{q['id']}", q) for r in ROUNDS for q in round_questions(f"{r}*.yaml") if q["kind"] == "question"]


@pytest.mark.parametrize("q", [q for _, q in API], ids=[i for i, _ in API])
def test_round_api_question(client: Any, q: dict[str, Any]) -> None:
    assert_api_answer(client, q)


@pytest.mark.parametrize("name", ROUNDS)
def test_the_round_has_questions_through_the_api_and_in_words(name: str) -> None:
    assert_api_and_words(f"{name}*.yaml", least_api=LEAST_API.get(name))


@pytest.mark.parametrize("q", [q for _, q in WORDS], ids=[i for i, _ in WORDS])
def test_round_question_in_words_through_the_api(client: Any, q: dict[str, Any]) -> None:
    assert_question_in_words(client, q)
