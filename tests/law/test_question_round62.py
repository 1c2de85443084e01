"""Session 48 (law62), round 62's mends. Sentences of my own; asked on tests.law.reading.TODAY (2026-12-04).

1. A comparison of a person's visits naming a Council referral that is not the person's own ('Which States visited by
   al-Bashir were bound by the Libya referral?') is refused saying which situation the named resolution referred and how
   the person's came before the Court; it was answered by the person's own resolution (a list of another question) or,
   'la résolution 1970', as his trips in the year 1970. A resolution's number is no year. The person's own referral,
   named or not, is answered as before (round 61)."""

from __future__ import annotations

import pytest
from tests.law.reading import PUTIN, read, refused

BASHIR = "omar-hassan-ahmad-al-bashir"
ELHISHRI = "khaled-mohamed-ali-el-hishri"


# --- 1. a referral named that is not the person's own ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "named", "own"), [
    ("Which of the States visited by Putin were bound by the Libya referral?", "UNSC res 1970 (2011)", "Ukraine"),
    ("Welche von al-Bashir besuchten Staaten waren durch die Libyen-Überweisung gebunden?", "UNSC res 1970 (2011)",
     "UNSC res 1593 (2005)"),
    ("Quali Stati visitati da El Hishri erano vincolati dalla risoluzione 1593?", "UNSC res 1593 (2005)",
     "UNSC res 1970 (2011)"),
    ("¿Qué Estados visitados por Netanyahu estaban obligados por la resolución 1970?", "UNSC res 1970 (2011)", "Palestine"),
    ("Quels États visités par Poutine étaient liés par la saisine du Conseil sur le Darfour ?", "UNSC res 1593 (2005)",
     "Ukraine"),
    ("Quais Estados visitados por al-Bashir estavam vinculados pela resolução 1970?", "UNSC res 1970 (2011)",
     "UNSC res 1593 (2005)"),
])
def test_a_referral_not_the_persons_own_is_refused_saying_why(facts, text, named, own):
    said = refused(facts, text)
    assert "not" in said and named in said and own in said
    assert "No visit of" in said


def test_a_resolution_the_record_holds_as_no_referral_is_refused(facts):
    said = refused(facts, "Which States visited by al-Bashir were bound by resolution 2728?")
    assert "'resolution 2728' names no Security Council referral" in said
    assert "UNSC res 1593 (2005)" in said and "UNSC res 1970 (2011)" in said


# --- contrasts: the person's own referral, named or not, answered as in round 61 --------------------------------------


@pytest.mark.parametrize(("text", "person", "resolution"), [
    ("Which States visited by El Hishri were bound by the Libya referral?", ELHISHRI, "UNSC res 1970 (2011)"),
    ("Quels États visités par el-Béchir étaient liés par la résolution 1593 ?", BASHIR, "UNSC res 1593 (2005)"),
    ("Welche von al-Bashir besuchten Staaten waren durch die Darfur-Überweisung gebunden?", BASHIR, "UNSC res 1593 (2005)"),
    ("Which States visited by al-Bashir were bound by the Security Council referral?", BASHIR, "UNSC res 1593 (2005)"),
])
def test_the_persons_own_referral_is_answered(facts, text, person, resolution):
    got = read(facts, text)
    assert (got["kind"], got["asks"], got["person"]) == ("record", "trips", person)
    assert got["host_referral"] is True and got["referral"]["resolution"] == resolution
    assert got["period"] is None  # 'résolution 1593' is no year: all his visits to the day asked
    assert got["left_out"], "his visits are weighed and said apart"


def test_a_referral_asked_with_none_named_of_a_situation_not_referred_is_unchanged(facts):
    got = read(facts, "Which States visited by Putin were bound by a Security Council referral at the time?")
    assert got["person"] == PUTIN and got["count"] == 0 and "not referred by the Security Council" in got["in_words"]


def test_a_year_beside_a_resolution_still_reads(facts):
    got = read(facts, "Which States visited by al-Bashir in 2017 were bound by resolution 1593?")
    assert got["period"] == "2017-01-01/2017-12-31" and got["referral"]["resolution"] == "UNSC res 1593 (2005)"


def test_the_command_line_reads_a_comparison_that_names_a_state(db_url):
    from tests.test_cli import runner

    from iccwatch.cli import app as cli_app

    # 'the Libya referral' reads Libya as a State: the 'Read as' line had no such key (a traceback)
    got = runner.invoke(cli_app, ["ask", "question", "Which States visited by El Hishri were bound by the Libya referral?",
                                  "--db", db_url])
    assert got.exit_code == 0, got.output
    assert "by a Security Council referral to arrest the person" in got.stderr


# --- 2. a date written in words, in the six languages ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "state", "on"), [
    ("Must Italy arrest Netanyahu on the fourth of May two thousand twenty-five?", "ITA", "2025-05-04"),
    ("Did Greece have to arrest Netanyahu on two May two thousand twenty-five?", "GRC", "2025-05-02"),
    ("Did Spain have to arrest Putin on the ninth of June two thousand and twenty-three?", "ESP", "2023-06-09"),
    ("La Belgique devait-elle arrêter Poutine le vingt et un mars deux mille vingt-quatre ?", "BEL", "2024-03-21"),
    ("La Suisse devait-elle arrêter Netanyahou le premier juillet deux mille vingt-cinq ?", "CHE", "2025-07-01"),
    ("¿Debía Chile detener a Netanyahu el primero de julio de dos mil veinticinco?", "CHL", "2025-07-01"),
    ("¿Tenía México que detener a Putin el treinta y uno de enero de dos mil veinticuatro?", "MEX", "2024-01-31"),
    ("O Brasil tinha de prender Putin em vinte e dois de agosto de dois mil e vinte e três?", "BRA", "2023-08-22"),
    ("La Francia doveva arrestare Netanyahu il ventotto febbraio duemilaventisei?", "FRA", "2026-02-28"),
    ("Musste Polen Putin am einundzwanzigsten Juni zweitausendvierundzwanzig festnehmen?", "POL", "2024-06-21"),
    ("Musste Österreich Netanjahu am dritten März zweitausendfünfundzwanzig festnehmen?", "AUT", "2025-03-03"),
])
def test_a_date_in_words_is_read(facts, text, state, on):
    got = read(facts, text)
    assert (got["kind"], got["state"], got["on"]) == ("arrest", state, on)


# --- contrasts: dates in numbers, numbers that name no day, an ordinal past a month's end ------------------------------


@pytest.mark.parametrize(("text", "on"), [
    ("La Hongrie devait-elle arrêter Netanyahou le 3 avril 2025 ?", "2025-04-03"),
    ("Musste Tadschikistan Putin am 8. Oktober 2025 festnehmen?", "2025-10-08"),
    ("Muss Deutschland Netanjahu festnehmen, wenn er zwei Tage bleibt?", "2026-12-04"),
    ("Must France arrest Netanyahu if he stays three days?", "2026-12-04"),
    ("Must Hungary arrest Netanyahu if the two may meet in Budapest?", "2026-12-04"),  # 'may', no month
    ("Must Germany arrest Putin, as one may expect?", "2026-12-04"),
])
def test_dates_in_numbers_and_other_numbers_read_as_before(facts, text, on):
    assert read(facts, text)["on"] == on


def test_an_ordinal_in_words_past_a_months_end_is_still_refused(facts):
    assert "no month has more than 31" in refused(facts, "Must Germany arrest Netanyahu on the thirty-second of March 2025?")


# --- 3. a forum that did 'anything' after a finding; 4. the Italian spelling of a family name --------------------------


@pytest.mark.parametrize(("text", "state", "forum"), [
    ("Did the Security Council do anything after the Court's 2017 finding on Jordan?", "JOR", "UNSC"),
    ("Has the Assembly done anything about Mongolia since 2024?", "MNG", "ASP"),
    ("Did the Council do something after the Court found Italy in non-compliance in 2025?", "ITA", "UNSC"),
])
def test_a_forum_doing_anything_asks_its_responses(facts, text, state, forum):
    got = read(facts, text)
    assert (got["kind"], got["asks"], got["state"], got["forum"]) == ("obligations", "responses", state, forum)


def test_a_state_doing_anything_a_forum_asks_is_its_duties(facts):
    got = read(facts, "Must Sudan do anything the Security Council asks?")
    assert (got["kind"], got["state"], got["asks"]) == ("obligations", "SDN", None)


@pytest.mark.parametrize(("text", "person"), [
    ("Il Niger doveva arrestare Muammar Gheddafi il 10 gennaio 2012?", "muammar-mohammed-abu-minyar-gaddafi"),
    ("Il Ciad deve arrestare Saif al-Islam Gheddafi?", "saif-al-islam-gaddafi"),
    ("Must Chad arrest Saif al-Islam Kadhafi?", "saif-al-islam-gaddafi"),  # contrast: a spelling read before
])
def test_the_italian_spelling_of_a_family_name_is_read(facts, text, person):
    got = read(facts, text)
    assert got["kind"] == "arrest" and got["person"] == person


# --- 5. the forum's responses after a finding named by its year, in the six languages ---------------------------------


@pytest.mark.parametrize("text", [
    "Did the Assembly do anything after the Court's finding on Mongolia in 2024?",
    "L'Assemblée a-t-elle fait quelque chose après la constatation de 2024 sur la Mongolie ?",
    "¿Hizo algo la Asamblea de los Estados Partes tras la constatación de 2024 sobre Mongolia?",
    "A Assembleia dos Estados Partes fez alguma coisa depois da constatação de 2024 sobre a Mongólia?",
    "L'Assemblea degli Stati parte ha fatto qualcosa dopo la constatazione del 2024 sulla Mongolia?",
    "Hat die Versammlung der Vertragsstaaten nach der Feststellung von 2024 zur Mongolei etwas getan?",
])
def test_the_responses_after_a_finding_named_by_its_year_run_to_the_day_asked(facts, text):
    got = read(facts, text)
    assert (got["kind"], got["asks"], got["state"], got["forum"]) == ("obligations", "responses", "MNG", "ASP")
    assert got["on"] == "2026-12-04"  # the responses to the day asked, not cut at 2024-12-31


@pytest.mark.parametrize("text", [
    "What did the Security Council do about the findings against Sudan in 2012?",
    "Hat der Sicherheitsrat 2012 etwas gegen den Sudan unternommen?",
])
def test_a_year_of_the_findings_asked_still_limits_them(facts, text):
    assert read(facts, text)["on"] == "2012-12-31"
