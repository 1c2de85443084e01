"""Session 38 (issue 12, task mnews120): rules written on the dev errors of real-news batches 120-121. Each is a general rule,
tested with sentences written for the test (not the batch's own) and contrasts that must not fire; the words are data in
``data/lookups/monitor_words.yaml`` (English's in monitor/lexicon.py). The names are the record's, used as examples (no State
or person is special-cased)."""

from __future__ import annotations

import dataclasses

import pytest
from tests.monitor.probe import typed as _typed

from iccwatch.monitor.gazetteer import spec_from_records

DAY = "2025-04-03"  # a Thursday


# 1. A State the record holds never a party to the Rome Statute cannot withdraw from it (article 127): words of its
#    "withdrawing" (an accession withdrawn before it entered into force, a signature withdrawn) give no withdrawal. The party
#    periods are the record's (Spec.parties, from each State's participation), no State is named in the rule.
def test_the_gazetteer_holds_each_states_party_periods(facts) -> None:  # noqa: ANN001
    spec = spec_from_records(facts.records)
    assert spec.parties["HUN"][0][0] < "2003-01-01"  # a party since 2002 (an entry into force recorded)
    assert "MYS" not in spec.parties  # accession withdrawn before it entered into force: never a party
    assert "USA" not in spec.parties
    assert all(spans for spans in spec.parties.values())


@pytest.mark.parametrize(("text", "state", "date", "language"), [
    ("Malaysia withdraws from the Rome Statute, the Prime Minister announced on Thursday.", "MYS", "2019-04-04", "en"),
    ("The United States announced on Thursday that it is withdrawing from the Rome Statute.", "USA", DAY, "en"),
    ("Malasia anunció el jueves su retirada del Estatuto de Roma.", "MYS", "2019-04-04", "es"),
])
def test_a_state_never_party_withdraws_nothing(spec, text: str, state: str, date: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, date, "withdrawal_announced", language=language) == []


@pytest.mark.parametrize(("text", "state", "language"), [
    ("Hungary announced on Thursday that it is withdrawing from the Rome Statute.", "HUN", "en"),
    ("Hungría anunció el jueves su retirada del Estatuto de Roma.", "HUN", "es"),
])
def test_a_state_party_still_withdraws(spec, text: str, state: str, language: str) -> None:  # noqa: ANN001
    assert [s for _, s, _ in _typed(spec, text, DAY, "withdrawal_announced", language=language)] == [state]


def test_without_party_periods_the_rule_keeps_every_state(spec) -> None:  # noqa: ANN001
    """A gazetteer built without party periods (a test's own) reads withdrawals as before: the check needs the record's."""
    bare = dataclasses.replace(spec, parties={})
    out = _typed(bare, "Malaysia withdraws from the Rome Statute, the Prime Minister announced on Thursday.", "2019-04-04",
                 "withdrawal_announced", language="en")
    assert [s for _, s, _ in out] == ["MYS"]


# 2. A government confirming its own intention or decision to leave the Court is its word, as "announced" is, in each language
#    the monitor reads; "confirmed" about anything else (a report, a date) is no act of leaving.
@pytest.mark.parametrize(("text", "language"), [
    ("Prime Minister Viktor Orban confirmed at a press conference on Thursday his government's intention to withdraw from the "
     "International Criminal Court.", "en"),
    ("El primer ministro confirmó el jueves en rueda de prensa la intención de su gobierno de retirarse de la Corte Penal "
     "Internacional.", "es"),
    ("Le Premier ministre a confirmé jeudi en conférence de presse l'intention de son gouvernement de se retirer de la Cour "
     "pénale internationale.", "fr"),
    ("Il primo ministro ha confermato giovedì in conferenza stampa l'intenzione del suo governo di uscire dalla Corte penale "
     "internazionale.", "it"),
    ("O primeiro-ministro confirmou na quinta-feira em entrevista coletiva a intenção do seu governo de se retirar do Tribunal "
     "Penal Internacional.", "pt"),
])
def test_a_confirmed_intention_to_leave_is_announced(spec, text: str, language: str) -> None:  # noqa: ANN001
    title = {"en": "Hungary to leave the court", "es": "Hungría", "fr": "Hongrie", "it": "Ungheria", "pt": "Hungria"}[language]
    body = {"en": "Hungary", "es": "Hungría", "fr": "La Hongrie", "it": "L'Ungheria", "pt": "A Hungria"}[language]
    out = _typed(spec, f"{body}: {text}", DAY, "withdrawal_announced", title=title, language=language, read_as=language)
    assert [s for _, s, _ in out] == ["HUN"]


@pytest.mark.parametrize(("text", "language"), [
    ("Hungary's Foreign Ministry confirmed the reports about the Rome Statute on Thursday, without saying whether it would "
     "withdraw.", "en"),
    ("Hungary confirmed on Thursday that it has no intention to withdraw from the International Criminal Court.", "en"),
])
def test_confirmed_without_an_intention_to_leave_is_no_withdrawal(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "withdrawal_announced", language=language) == []


# 3. The Court told by what it is, not by its name ("the world's only permanent war crimes tribunal"): a State's leaving it is
#    a withdrawal as the name's is. Not another permanent body ("the only permanent human rights court in the region").
@pytest.mark.parametrize(("text", "language"), [
    ("Hungary announced on Thursday that it will begin the procedure to withdraw from the world's only permanent war crimes "
     "tribunal.", "en"),
    ("A Hungria anunciou nesta quinta-feira que iniciará o procedimento de retirada do único tribunal global permanente do "
     "mundo para crimes de guerra e genocídio.", "pt"),
    ("Hungría anunció el jueves que iniciará el procedimiento de retirada del único tribunal penal permanente del mundo.", "es"),
    ("L'Ungheria ha annunciato giovedì che avvierà la procedura di recesso dall'unico tribunale penale permanente al mondo.", "it"),
])
def test_the_court_told_by_what_it_is_is_left(spec, text: str, language: str) -> None:  # noqa: ANN001
    out = _typed(spec, text, DAY, "withdrawal_announced", language=language, read_as=language)
    assert [s for _, s, _ in out] == ["HUN"]


def test_another_permanent_court_is_not_the_icc(spec) -> None:  # noqa: ANN001
    text = "Hungary announced on Thursday that it will withdraw from the only permanent regional human rights court."
    assert _typed(spec, text, DAY, "withdrawal_announced", language="en") == []


# 4. A joint statement called 'común' / 'comune' / 'comum' (as French 'déclaration commune'), with its count of States.
@pytest.mark.parametrize(("text", "language"), [
    ("Setenta y dos países, Estados parte del Estatuto de Roma, denunciaron este lunes en una declaración común en la ONU las "
     "sanciones contra la Corte Penal Internacional y reafirmaron su apoyo a la Corte.", "es"),
    ("Settantadue Paesi, Stati parte dello Statuto di Roma, hanno firmato lunedì una dichiarazione comune di sostegno alla Corte "
     "penale internazionale.", "it"),
    ("Setenta e dois países, Estados partes do Estatuto de Roma, assinaram na segunda-feira uma declaração comum de apoio ao "
     "Tribunal Penal Internacional.", "pt"),
])
def test_a_common_declaration_of_states_is_a_joint_statement(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert len(_typed(spec, text, "2020-11-03", "joint_statement", language=language, read_as=language)) == 1


@pytest.mark.parametrize(("text", "language"), [
    ("Las ONG publicaron el lunes una declaración común de apoyo a la Corte Penal Internacional.", "es"),
    ("Settantadue Paesi hanno firmato lunedì una dichiarazione comune contro la Corte penale internazionale.", "it"),
])
def test_a_common_declaration_by_ngos_or_against_the_court_is_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2020-11-03", "joint_statement", language=language) == []


# 5. "press" as a noun ("at a press conference") is no call to withdraw ("pressed the government to withdraw" still is).
def test_an_announcement_at_a_press_conference_is_a_withdrawal(spec) -> None:  # noqa: ANN001
    text = "Hungary announced at a press conference on Thursday that it will withdraw from the Rome Statute."
    assert [s for _, s, _ in _typed(spec, text, DAY, "withdrawal_announced", language="en")] == ["HUN"]


def test_a_government_pressed_to_withdraw_is_still_no_withdrawal(spec) -> None:  # noqa: ANN001
    text = "The opposition pressed the Hungarian government on Thursday to withdraw from the Rome Statute."
    assert _typed(spec, text, DAY, "withdrawal_announced", language="en") == []


# 6. The day of the month set off by commas after the weekday ("nesta quinta-feira, 3, que …"), as in brackets ("(3)"): on a page
#    dated only to its month, that month's day when it falls on that weekday; not a number that is no such day.
@pytest.mark.parametrize(("text", "want"), [
    ("A Hungria informou nesta quinta-feira, 3, que iniciará o procedimento de retirada do Tribunal Penal Internacional.", "2025-04-03"),
    ("A Hungria informou nesta quinta-feira (3) que iniciará o procedimento de retirada do Tribunal Penal Internacional.", "2025-04-03"),
    ("A Hungria informou nesta quinta-feira, 4, que iniciará o procedimento de retirada do Tribunal Penal Internacional.", "2025-04"),
])
def test_a_weekday_with_its_day_between_commas(spec, text: str, want: str) -> None:  # noqa: ANN001
    out = _typed(spec, text, "2025-04", "withdrawal_announced", language="pt", read_as="pt")
    assert [(s, d) for _, s, d in out] == [("HUN", want)]


# 7. A landing told as the trip's arrival in the future ('atterrerà a Ulan Bator', 'aterrizará en', 'aterrissará em', 'atterrira
#    à'), as the language's 'arriverà' / 'llegará' / 'chegará' / 'arrivera'; not a landing in the past or denied.
PUTIN = "vladimir-vladimirovich-putin"


@pytest.mark.parametrize(("text", "language"), [
    ("Il prossimo 3 settembre Vladimir Putin atterrerà a Ulan Bator, capitale della Mongolia.", "it"),
    ("El próximo 3 de septiembre Vladimir Putin aterrizará en Ulán Bator, la capital de Mongolia.", "es"),
    ("No próximo dia 3 de setembro, Vladimir Putin aterrissará em Ulan Bator, capital da Mongólia.", "pt"),
    ("Le 3 septembre prochain, Vladimir Poutine atterrira à Oulan-Bator, la capitale de la Mongolie.", "fr"),
])
def test_a_landing_to_come_is_a_planned_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    out = _typed(spec, text, "2024-08-30", "planned_visit", language=language, read_as=language)
    assert (PUTIN, "MNG", "2024-09-03") in out


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin non atterrerà a Ulan Bator il prossimo 3 settembre: il viaggio è stato annullato.", "it"),
    ("Vladimir Putin no aterrizará en Ulán Bator el próximo 3 de septiembre: el viaje fue cancelado.", "es"),
])
def test_a_landing_denied_is_no_planned_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-08-30", "planned_visit", language=language) == []
