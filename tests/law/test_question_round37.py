"""The round-37 fixes (tests/law/audit/round37.yaml), each with sentences of my own and contrasts that must not be read
the new way: a question asking who arrested or surrendered a person, or where he is held, carries the record's arrests
and surrenders of the person (or none), not a travel map alone; a weekday named alone in French, Spanish, German, Italian
or Portuguese is read; a duty asked in the present with a bare weekday is about the coming day of that name (a past verb
keeps the latest); a holiday with no year asked ahead is the coming one; a speaker's own State ('we', 'our government')
is refused, naming the words, where no State is named."""

from __future__ import annotations

import pytest
from tests.law.reading import NETANYAHU, PUTIN, SHOIGU, TODAY, read_fields

from iccwatch.service.question import QuestionError, read_question

# TODAY is Friday 2026-12-04: the coming Saturday is 2026-12-05, Sunday 12-06, Monday 12-07, Wednesday 12-09; the latest
# Monday 2026-11-30, Wednesday 2026-12-02.


@pytest.mark.parametrize(("text", "person", "custody"), [
    ("Who handed Bosco Ntaganda over to the ICC?", "bosco-ntaganda", ["RWA 2013-03-18 surrender"]),
    ("Which government arrested Callixte Mbarushimana?", "callixte-mbarushimana", ["FRA 2010-10-11 surrender"]),
    ("Where is Mokom detained?", "maxime-jeoffroy-eli-mokom-gawaka", ["TCD 2022-03-14 surrender"]),
    ("¿Quién entregó a Ngaissona?", "patrice-edouard-ngaissona", ["FRA 2018-12-12 surrender"]),
    ("Chi ha arrestato Almasri?", "osama-elmasry-njeem", ["ITA 2025-01-19 arrest_and_release"]),
    ("Quem entregou Yekatom ao TPI?", "alfred-yekatom", ["CAF 2018-11-17 surrender"]),
    # the record holds none: said plainly, an empty list (not the travel map alone)
    ("Who arrested Netanyahu?", NETANYAHU, []),
    ("Which country detained Shoigu?", SHOIGU, []),
])
def test_who_acted_is_read_with_the_records_arrests_and_surrenders(facts, text, person, custody):
    read = read_question(facts, text, today=TODAY)
    assert (read["kind"], read["person"], read["asks"]) == ("travel", person, "custody")
    assert [f"{c['state']} {c['on']} {c['action']}" for c in read["custody"]] == custody
    assert all(c["sources"] and c["event"] in facts.records.events for c in read["custody"])


@pytest.mark.parametrize("text", [
    # contrasts: where a person may travel, his warrant, a State's duty: no custody asked
    "Where can Putin travel?",
    "Is Kony still wanted?",
    "Who must arrest Putin?",
])
def test_other_questions_about_a_person_ask_no_custody(facts, text):
    read = read_question(facts, text, today=TODAY)
    assert read["asks"] is None and read["custody"] is None


@pytest.mark.parametrize(("text", "state", "person", "on"), [
    ("La Belgique doit-elle arrêter Netanyahou mercredi ?", "BEL", NETANYAHU, "2026-12-09"),
    ("¿Debe Chile detener a Netanyahu el domingo?", "CHL", NETANYAHU, "2026-12-06"),
    ("Muss Österreich Putin am Montag festnehmen?", "AUT", PUTIN, "2026-12-07"),
    ("Il Belgio deve arrestare Netanyahu domenica?", "BEL", NETANYAHU, "2026-12-06"),
    ("Portugal deve prender Putin no sábado?", "PRT", PUTIN, "2026-12-05"),
    ("Must Belgium arrest Netanyahu on Wednesday?", "BEL", NETANYAHU, "2026-12-09"),
    ("Does Austria have to arrest Putin on Sunday?", "AUT", PUTIN, "2026-12-06"),
    # asked on a Friday, 'on Friday' with a present duty is the day asked
    ("Must Belgium arrest Netanyahu on Friday?", "BEL", NETANYAHU, "2026-12-04"),
])
def test_a_bare_weekday_with_a_present_duty_is_the_coming_day(facts, text, state, person, on):
    assert read_fields(facts, text) == ("arrest", state, person, on)


@pytest.mark.parametrize(("text", "state", "person", "on"), [
    # contrasts: a past verb keeps the latest such day, in English and the other languages
    ("Was Belgium obliged to arrest Netanyahu on Wednesday?", "BEL", NETANYAHU, "2026-12-02"),
    ("Did Austria have to arrest Putin on Monday?", "AUT", PUTIN, "2026-11-30"),
    ("La Belgique devait-elle arrêter Netanyahou mercredi ?", "BEL", NETANYAHU, "2026-12-02"),
    ("¿Estaba Chile obligado a detener a Netanyahu el lunes?", "CHL", NETANYAHU, "2026-11-30"),
    ("War Österreich verpflichtet, Putin am Montag festzunehmen?", "AUT", PUTIN, "2026-11-30"),
    # 'next', 'this', and a weekday before its whole day, are read as before
    ("Must Belgium arrest Netanyahu next Wednesday?", "BEL", NETANYAHU, "2026-12-09"),
    ("Must Belgium arrest Netanyahu this Monday?", "BEL", NETANYAHU, "2026-11-30"),
    ("Must Belgium arrest Netanyahu on Monday 1 March 2027?", "BEL", NETANYAHU, "2027-03-01"),
])
def test_a_past_verb_and_other_weekdays_are_read_as_before(facts, text, state, person, on):
    assert read_fields(facts, text) == ("arrest", state, person, on)


def test_a_capitalised_city_is_no_weekday(facts):
    # 'Santo Domingo' holds the Spanish word for Sunday, capitalised: a city, not a day (no day asked: today)
    read = read_question(facts, "Must the Dominican Republic arrest Netanyahu in Santo Domingo?", today=TODAY)
    assert (read["state"], read["on"], read["date_given"]) == ("DOM", "2026-12-04", False)


@pytest.mark.parametrize(("text", "on"), [
    ("Is Belgium obliged to arrest Netanyahu on New Year's Day?", "2027-01-01"),
    ("Was Belgium obliged to arrest Netanyahu on New Year's Day?", "2026-01-01"),
    ("Must Belgium arrest Netanyahu on New Year's Day 2029?", "2029-01-01"),
])
def test_a_holiday_with_no_year_asked_ahead_is_the_coming_one(facts, text, on):
    assert read_fields(facts, text) == ("arrest", "BEL", NETANYAHU, on)


@pytest.mark.parametrize(("text", "said"), [
    ("Must we arrest Netanyahu if he lands on Monday?", "Must we"),
    ("Is our country bound to surrender Putin?", "our country"),
    ("Devons-nous arrêter Netanyahou ?", "Devons-nous"),
    ("Müssen wir Putin festnehmen?", "Müssen wir"),
    ("¿Estamos obligados a detener a Putin?", "Estamos obligados"),
])
def test_a_speakers_own_state_is_refused_naming_it(facts, text, said):
    with pytest.raises(QuestionError, match=f"'{said}' names the State of whoever asks"):
        read_question(facts, text, today=TODAY)


@pytest.mark.parametrize(("text", "state"), [
    # contrasts: a State named beside 'we' is the one asked about
    ("We are asking for Belgium: must it arrest Netanyahu on 1 March 2027?", "BEL"),
    ("Must our ally Belgium arrest Netanyahu on 1 March 2027?", "BEL"),
])
def test_a_named_state_beside_we_is_read(facts, text, state):
    assert read_fields(facts, text)[:2] == ("arrest", state)


def test_the_command_answers_who_acted_with_the_record_not_the_map(db_url):
    import json

    from typer.testing import CliRunner

    from iccwatch.cli import app

    runner = CliRunner()
    done = runner.invoke(app, ["ask", "question", "Who surrendered Duterte?", "--today", "2026-12-04", "--json", "--db", db_url])
    assert done.exit_code == 0, done.stdout
    d = json.loads(done.stdout)
    assert [(c["state"], c["on"]) for c in d["custody"]] == [("PHL", "2025-03-11")] and "states" not in d
    assert d["warrant"]["outstanding"] == "no"
    none = runner.invoke(app, ["ask", "question", "Who arrested Putin?", "--today", "2026-12-04", "--db", db_url])
    assert none.exit_code == 0 and "The record holds no arrest or surrender of Vladimir Vladimirovich Putin" in " ".join(none.stdout.split())
