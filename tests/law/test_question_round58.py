"""The round-58 fixes (tests/law/audit/round58.yaml), each with sentences of my own and contrasts that must not be read
the new way. Asked on tests.law.reading.TODAY (2026-12-04)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.law.reading import read

from iccwatch.facts import Assumption
from iccwatch.service import ask_arrest
from iccwatch.service.question import QuestionError

PUTIN, NETANYAHU, SHOIGU = "vladimir-vladimirovich-putin", "benjamin-netanyahu", "sergei-kuzhugetovich-shoigu"


def _refused(facts, text: str) -> str:
    with pytest.raises(QuestionError) as info:
        read(facts, text)
    return str(info.value)


# --- a withdrawal supposed on a day: the day read as the notification's day (round 57's leftover) ------------------------


@pytest.mark.parametrize(("text", "state", "person", "on", "notified", "answer"), [
    ("If Tajikistan had withdrawn on 15 May 2021, would it have had to arrest Putin on 8 October 2025?",
     "TJK", PUTIN, "2025-10-08", "2021-05-15", "contested"),  # effective 2022-05-15: investigation before, warrant after
    ("Si le Tadjikistan s'était retiré le 1er février 2019, aurait-il dû arrêter Poutine le 8 octobre 2025 ?",
     "TJK", PUTIN, "2025-10-08", "2019-02-01", "not_obliged"),  # effective 2020-02-01, before the investigation
    ("Si Hungría se hubiera retirado el 10 de enero de 2024, ¿habría tenido que detener a Netanyahu el 3 de abril de 2025?",
     "HUN", NETANYAHU, "2025-04-03", "2024-01-10", "obliged"),  # effective 2025-01-10, the warrant of 2024-11-21 before it
    ("Wenn Ungarn am 3. März 2025 ausgetreten wäre, hätte es Netanyahu am 3. April 2025 festnehmen müssen?",
     "HUN", NETANYAHU, "2025-04-03", "2025-03-03", "obliged"),  # pending: a party on the day
    ("Se il Tagikistan si fosse ritirato il 7 ottobre 2025, avrebbe dovuto arrestare Putin il 8 ottobre 2025?",
     "TJK", PUTIN, "2025-10-08", "2025-10-07", "obliged"),
    ("Se o Tajiquistão tivesse saído em 7 de outubro de 2025, teria de prender Putin em 8 de outubro de 2025?",
     "TJK", PUTIN, "2025-10-08", "2025-10-07", "obliged"),
    ("If Mongolia had withdrawn on 2024-08-01, must it arrest Putin on 2024-09-02?", "MNG", PUTIN, "2024-09-02", "2024-08-01", "obliged"),
])
def test_a_withdrawal_on_a_day_is_notified_that_day(facts, text, state, person, on, notified, answer):
    got = read(facts, text)
    assert (got["kind"], got["state"], got["person"], got["on"]) == ("arrest", state, person, on)
    assert got["assume"] == [f"{state} withdrawal_notified {notified}"]
    assert got["supposed"]["days"] == [notified] and got["supposed"]["answer"] == answer
    assert "read as the notification's day" in got["supposed"]["words"] and "Art. 127(1)" in got["supposed"]["words"]
    assumed = facts.with_assumptions([Assumption.parse(a) for a in got["assume"]])
    assert ask_arrest(assumed, state, person, dt.date.fromisoformat(on))["answer"] == answer


def test_a_withdrawal_with_no_time_is_answered_where_both_ends_agree(facts):
    """Armenia, a party since 2024-02-01: notified that day, effective 2025-02-01, the Ukraine proceedings begun before
    (Art. 127(2)); notified the day before the day asked, a party: obliged either way."""
    got = read(facts, "If Armenia had withdrawn, would it have to arrest Putin?")
    assert got["supposed"]["days"] == ["2024-02-01", "2026-12-03"] and got["supposed"]["answer"] == "obliged"
    assert "left open" in got["supposed"]["words"]


def test_a_withdrawal_with_no_time_whose_ends_differ_says_what_the_answer_depends_on(facts):
    said = _refused(facts, "If Tajikistan had withdrawn, would it have had to arrest Putin on 8 October 2025?")
    assert "depends on the notification's day" in said
    assert "TJK withdrawal_notified 2002-07-01" in said and "TJK withdrawal_notified 2025-10-07" in said


def test_round_41s_withdrawal_with_no_time_names_its_words(facts):
    said = _refused(facts, "E se o Brasil tivesse saído do TPI, teria de prender Putin?")
    assert "'E se o Brasil tivesse saído do TPI'" in said and "depends on the notification's day" in said and "--assume" in said


def test_a_withdrawal_with_no_time_ends_on_the_last_day_as_a_party(facts):
    """Hungary's own withdrawal took effect 2026-06-02: a supposed notification falls no later than 2026-06-01."""
    said = _refused(facts, "If Hungary had withdrawn, would it have to arrest Netanyahu?")
    assert "HUN withdrawal_notified 2026-06-01" in said and "its last day as a party of record" in said


@pytest.mark.parametrize("text", [
    "If Kazakhstan had withdrawn, must it arrest Putin?",  # never a party: nothing to withdraw from
    "If Hungary had withdrawn between 1 March 2024 and 1 June 2024, would it have to arrest Netanyahu?",  # two days
    "Si le Kazakhstan avait ratifié le Statut le 1er mars 2020, devrait-il arrêter Poutine ?",  # a ratification on a day
    "If Hungary had withdrawn last year, would it have to arrest Netanyahu?",  # a time, not no time: refused as before
    "Suppose the ICC withdrew Netanyahu's warrant: would France still have to arrest him?",  # a warrant's withdrawal
    "Et si la Hongrie ne s'était pas retirée, devrait-elle arrêter Netanyahou ?",  # denied
    "If Hungary had not withdrawn before Netanyahu's visit, would it have had to arrest him?",
    "Si Hungría no se hubiera retirado, ¿debería detener a Netanyahu?",
    "Si la Hongrie s'était retirée l'année dernière, devrait-elle arrêter Netanyahou ?",
])
def test_other_withdrawals_and_suppositions_stay_refused_pointing_to_assume(facts, text):
    assert "--assume" in _refused(facts, text)


# --- the French 'hier' and 'avant-hier' (round 57's leftover) -------------------------------------------------------------


@pytest.mark.parametrize(("text", "on"), [
    ("La Belgique devait-elle arrêter Netanyahou hier ?", "2026-12-03"),
    ("Hier soir, l'Espagne devait-elle arrêter Poutine ?", "2026-12-03"),
    ("La Pologne devait-elle arrêter Shoigu avant-hier ?", "2026-12-02"),
])
def test_the_french_yesterday_is_read(facts, text, on):
    assert read(facts, text)["on"] == on


@pytest.mark.parametrize("text", [
    "Muss Deutschland Putin hier festnehmen?",  # German 'hier' is 'here'
    "La hiérarchie des normes oblige-t-elle la France à arrêter Poutine ?",  # 'hier' inside a word
])
def test_hier_elsewhere_is_no_day(facts, text):
    assert read(facts, text)["on"] == "2026-12-04"


# --- the questions offered for a day read two ways, written in the question's language (round 57's leftover) -------------


@pytest.mark.parametrize(("text", "offered"), [
    ("Muss Frankreich den israelischen Verteidigungsminister an Weihnachten festnehmen?",
     ["Muss Frankreich Yoav Gallant am 25. Dezember 2026 festnehmen?", "Muss Frankreich Yoav Gallant am 7. Januar 2027 festnehmen?"]),
    ("Deve l'Italia arrestare il ministro della difesa israeliano il 1/5/2026?",
     ["Deve l'Italia arrestare Yoav Gallant il 1º maggio 2026?", "Deve l'Italia arrestare Yoav Gallant il 5 gennaio 2026?"]),
    ("O Brasil deve prender o ministro da defesa israelense em 5/12/2026?",
     ["O Brasil deve prender Yoav Gallant em 5 de dezembro de 2026?", "O Brasil deve prender Yoav Gallant em 12 de maio de 2026?"]),
    ("Must France arrest the Israeli defence minister on 5/12/2026?",  # contrast: English stays English
     ["Must France arrest Yoav Gallant on 5 December 2026?", "Must France arrest Yoav Gallant on 12 May 2026?"]),
])
def test_the_offered_questions_write_the_day_in_the_questions_language(facts, text, offered):
    with pytest.raises(QuestionError) as info:
        read(facts, text)
    assert info.value.asks == offered
    for q in offered:  # each offered question reads
        assert read(facts, q)["person"] == "yoav-gallant"


def test_a_day_read_two_ways_with_one_answer_is_still_answered_once(facts):
    got = read(facts, "La Hongrie devait-elle arrêter Netanyahou le 1/6/2026 ?")
    assert got["on"] == "2026-06-01" and got["day_readings"] == ["2026-06-01", "2026-01-06"]


# --- Italian's ISO names of States --------------------------------------------------------------------------------------


def test_the_italian_iso_name_of_a_state_is_read(facts):
    assert read(facts, "La Repubblica democratica del Congo deve arrestare Putin?")["state"] == "COD"


@pytest.mark.parametrize(("text", "state"), [
    ("Maurizio chiede: l'Italia deve arrestare Putin?", "ITA"),  # a first name, not Mauritius
])
def test_a_first_name_is_no_state(facts, text, state):
    assert read(facts, text)["state"] == state


def test_congo_alone_still_names_either(facts):
    assert "COD, COG" in _refused(facts, "Il Congo deve arrestare Putin?")


# --- a comparison of a person's visits with each host's relation --------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Which countries visited by Shoigu were parties to the Statute?",
    "Quels pays visités par Poutine étaient des États parties ?",
    "¿Qué países visitados por Netanyahu eran Estados Partes?",
    "Quali paesi visitati da Putin erano Stati parte?",
])
def test_a_comparison_of_visits_is_answered_with_the_events_list(facts, text):
    # session 46 (law59): refused pointing to `events --host-party` in round 58, now answered with that list
    got = read(facts, text)
    assert (got["kind"], got["asks"], got["host_party"]) == ("record", "trips", True)


def test_the_trips_of_a_year_are_still_answered(facts):
    assert read(facts, "Which States did Putin visit in 2024?")["kind"] == "record"
