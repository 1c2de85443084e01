"""Session 29 (issue 12, task mleft): the monitor's known leftovers, each fixed as a general rule (a wording or a structure,
in every language the monitor reads where it applies; words as data in data/lookups/monitor_words.yaml). Each test holds
sentences written for it (not copied from the real-news set) and a contrast that must not fire. No State or person is
special-cased: the names are the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

from iccwatch.monitor.documents import make_document

DUTERTE = "rodrigo-roa-duterte"
NETANYAHU = "benjamin-netanyahu"
PUTIN = "vladimir-vladimirovich-putin"


# --- 1. a warrant given as the ground of an arrest is no warrant issued on the arrest's day --------------------------------

@pytest.mark.parametrize("text", [
    "Rodrigo Duterte was arrested in Manila on Tuesday on the strength of an ICC warrant issued on 7 March 2025.",
    "Rodrigo Duterte was arrested in Manila on Tuesday under an ICC warrant issued on 7 March.",
    "Police arrested Rodrigo Duterte in Manila on Tuesday pursuant to an ICC warrant issued on 7 March.",
    "Rodrigo Duterte was arrested in Manila on Tuesday in execution of an ICC warrant issued on 7 March.",
])
def test_a_warrant_as_the_ground_of_an_arrest_keeps_its_own_date(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-12", "arrest") == [(DUTERTE, "PHL", "2025-03-11")]
    assert _typed(spec, text, "2025-03-12", "warrant_issued") in ([], [(DUTERTE, None, "2025-03-07")])


@pytest.mark.parametrize("text", [
    "Rodrigo Duterte was arrested in Manila on Tuesday on the strength of an ICC warrant.",
    "Rodrigo Duterte was arrested in Manila on Tuesday on the strength of a warrant issued by the ICC.",
    "Rodrigo Duterte was arrested in Manila on Tuesday under an arrest warrant issued by the ICC.",
])
def test_a_warrant_as_the_ground_of_an_arrest_without_its_date_is_no_warrant_issued(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-12", "warrant_issued") == []
    assert _typed(spec, text, "2025-03-12", "arrest") == [(DUTERTE, "PHL", "2025-03-11")]


def test_a_warrant_issued_on_its_own_day_still_counts(spec) -> None:  # noqa: ANN001
    # contrast: the warrant is the sentence's act
    assert _typed(spec, "The ICC issued an arrest warrant for Rodrigo Duterte on Tuesday.", "2025-03-12", "warrant_issued") == \
        [(DUTERTE, None, "2025-03-11")]


# --- 2. an opening participle of arrival is a visit ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Arriving in Budapest on Thursday, Benjamin Netanyahu said Hungary stood by Israel.", "en"),
    ("Having arrived in Budapest on Thursday, Benjamin Netanyahu thanked the Hungarian government.", "en"),
    ("Arrivé à Budapest jeudi, Benjamin Netanyahu a salué la décision du gouvernement hongrois.", "fr"),
    ("Llegado a Budapest el jueves, Benjamin Netanyahu agradeció el apoyo del gobierno húngaro.", "es"),
    ("Al llegar a Budapest el jueves, Benjamin Netanyahu agradeció el apoyo del gobierno húngaro.", "es"),
    ("Arrivato a Budapest giovedì, Benjamin Netanyahu ha ringraziato il governo ungherese.", "it"),
    ("Chegado a Budapeste na quinta-feira, Benjamin Netanyahu agradeceu ao governo húngaro.", "pt"),
])
def test_an_opening_participle_of_arrival_is_a_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-04", "visit", language=language) == [(NETANYAHU, "HUN", "2025-04-03")]


@pytest.mark.parametrize(("text", "language"), [
    # the opening clause's subject is another: the host's minister, not the person named later
    ("Arriving in Budapest on Thursday, the Hungarian foreign minister said Benjamin Netanyahu would be welcome.", "en"),
    ("Arrivé à Budapest jeudi, le ministre hongrois des Affaires étrangères a dit que Benjamin Netanyahu serait bienvenu.", "fr"),
])
def test_an_opening_participle_with_another_subject_is_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-04", "visit", language=language) == []


def test_an_opening_participle_before_a_main_clause_to_come_is_a_trip_to_come(spec) -> None:  # noqa: ANN001
    assert _typed(spec, "Arriving in Budapest on Thursday, Benjamin Netanyahu will meet the Hungarian prime minister.",
                  "2025-04-01", "planned_visit") == [(NETANYAHU, "HUN", "2025-04-03")]
    assert _typed(spec, "Arriving in Budapest on Thursday, Benjamin Netanyahu will meet the Hungarian prime minister.",
                  "2025-04-01", "visit") == []
    assert _typed(spec, "Arrivé à Budapest jeudi, Benjamin Netanyahu rencontrera le Premier ministre hongrois.", "2025-04-01",
                  "planned_visit", language="fr") == [(NETANYAHU, "HUN", "2025-04-03")]


# --- 3. French "ordonne l'arrestation": a warrant issued, not an arrest -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "La CPI ordonne l'arrestation de Rodrigo Duterte.",
    "Mardi, la CPI a ordonné l'arrestation de Rodrigo Duterte.",
    "La Cour pénale internationale a ordonné mardi l'arrestation de Rodrigo Duterte.",
])
def test_the_court_ordering_an_arrest_in_french_is_a_warrant(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-12", "arrest", language="fr") == []
    assert [p for p, _, _ in _typed(spec, text, "2025-03-12", "warrant_issued", language="fr")] == [DUTERTE]


@pytest.mark.parametrize(("text", "language"), [
    ("La CPI ordenó el martes la detención de Rodrigo Duterte.", "es"),
    ("La Cpi ha ordinato martedì l'arresto di Rodrigo Duterte.", "it"),
    ("O TPI ordenou na terça-feira a prisão de Rodrigo Duterte.", "pt"),
    ("The ICC ordered the arrest of Rodrigo Duterte on Tuesday.", "en"),
])
def test_the_court_ordering_an_arrest_in_other_languages_is_a_warrant(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-12", "warrant_issued", language=language) == [(DUTERTE, None, "2025-03-11")]
    assert _typed(spec, text, "2025-03-12", "arrest", language=language) == []


def test_a_headline_present_of_a_warrant_in_french_is_the_days(spec) -> None:  # noqa: ANN001
    assert _typed(spec, "La CPI délivre un mandat d'arrêt contre Rodrigo Duterte.", "2025-03-12", "warrant_issued", language="fr") == \
        [(DUTERTE, None, "2025-03-12")]


@pytest.mark.parametrize("text", [
    "Le gouvernement philippin a ordonné mardi l'arrestation de Rodrigo Duterte.",
    "Le gouvernement philippin a ordonné mardi l'arrestation de manifestants à Manille.",
])
def test_a_government_ordering_an_arrest_in_french_is_no_court_warrant(spec, text: str) -> None:  # noqa: ANN001
    # contrast: the order is not the Court's
    assert _typed(spec, text, "2025-03-12", "warrant_issued", language="fr") == []


# --- 4. German arrivals told by a pronoun or by the noun after a first mention ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Benjamin Netanyahu reist nach Ungarn. Er traf am Donnerstag in Budapest ein.",
    "Benjamin Netanyahu reist nach Ungarn. Seine Ankunft in Budapest am Donnerstag wurde von Protesten begleitet.",
])
def test_a_german_arrival_after_a_first_mention(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-04", "visit", language="de") == [(NETANYAHU, "HUN", "2025-04-03")]


@pytest.mark.parametrize("text", [
    # the second sentence names its own subject, another person's arrival
    "Benjamin Netanyahu bleibt in Israel. Der ungarische Außenminister traf am Donnerstag in Budapest ein.",
    # the possessive is of others: his government's arrival, not his
    "Benjamin Netanyahu reist nach Ungarn. Seine Regierung traf am Donnerstag in Budapest ein.",
])
def test_a_german_arrival_of_someone_else_is_none(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-04", "visit", language="de") == []


def test_a_german_arrival_by_its_noun_to_come_is_a_trip_to_come(spec) -> None:  # noqa: ANN001
    text = "Benjamin Netanyahu reist nach Ungarn. Seine Ankunft in Budapest wird am Donnerstag erwartet."
    assert _typed(spec, text, "2025-04-04", "visit", language="de") == []
    assert _typed(spec, text, "2025-04-04", "planned_visit", language="de") == [(NETANYAHU, "HUN", "2025-04-10")]


# --- 5. an anaphoric refusal after a sentence that names the arrest of X in Y ----------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Reporters asked whether Hungary would arrest Benjamin Netanyahu. The government ruled that out.", "en"),
    ("I giornalisti hanno chiesto se l'Ungheria arresterà Benjamin Netanyahu. Il governo ha escluso questa eventualità.", "it"),
    ("Les journalistes ont demandé si la Hongrie arrêterait Benjamin Netanyahu. Le gouvernement a exclu cette possibilité.", "fr"),
    ("Los periodistas preguntaron si Hungría detendría a Benjamin Netanyahu. El gobierno descartó esa posibilidad.", "es"),
])
def test_an_anaphoric_refusal_names_the_earlier_state_and_person(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2025-04-04", "refusal", language=language)] == [(NETANYAHU, "HUN")]


@pytest.mark.parametrize(("text", "language"), [
    # the earlier sentence names the person but no State: nothing to refuse for
    ("Reporters asked about an arrest of Benjamin Netanyahu. The government ruled that out.", "en"),
    # the earlier sentence names no arrest
    ("Hungary hopes to host Benjamin Netanyahu next year. The government ruled that out.", "en"),
    # the anaphor negated
    ("Reporters asked whether Hungary would arrest Benjamin Netanyahu. The government did not rule that out.", "en"),
    ("I giornalisti hanno chiesto se l'Ungheria arresterà Benjamin Netanyahu. Il governo non ha escluso questa eventualità.", "it"),
])
def test_an_anaphoric_refusal_without_both_is_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-04", "refusal", language=language) == []


# --- 6. "is now in The Hague" after a surrender: no visit to the Netherlands -----------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte was handed over to the ICC on Wednesday. Duterte is now in The Hague.", "en"),
    ("Rodrigo Duterte was handed over to the ICC on Wednesday. He is now in The Hague.", "en"),
    ("Rodrigo Duterte a été remis à la CPI mercredi. Il est désormais à La Haye.", "fr"),
])
def test_now_in_the_hague_after_a_surrender_is_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-13", "visit", language=language) == []
    assert [p for p, _, _ in _typed(spec, text, "2025-03-13", "surrender", language=language)] == [DUTERTE]


@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte was transferred to the ICC on Wednesday. The former president is now in The Hague and will appear before "
     "judges on Friday.", "en"),
    ("Rodrigo Duterte was surrendered to the ICC on Wednesday. Duterte is now in the Netherlands.", "en"),
    ("Rodrigo Duterte fue entregado a la CPI el miércoles. Duterte ya está en La Haya.", "es"),
])
def test_now_at_the_courts_seat_after_a_surrender_told_otherwise_is_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-03-14", "visit", language=language) == []
    assert _typed(spec, text, "2025-03-14", "surrender", language=language) == [(DUTERTE, None, "2025-03-12")]


def test_now_in_another_city_is_still_a_visit(spec) -> None:  # noqa: ANN001
    # contrast: the seat of the Court only is read as custody
    assert _typed(spec, "Vladimir Putin is now in Ulaanbaatar.", "2024-09-03", "visit") == [(PUTIN, "MNG", "2024-09-03")]


# --- 7. "both men" as the subject of a trip after two named persons ---------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin and Benjamin Netanyahu spoke by phone on Tuesday. Both men will travel to Budapest next week.", "en"),
    ("Vladimir Putin y Benjamin Netanyahu hablaron el martes. Ambos viajarán a Budapest la próxima semana.", "es"),
    ("Vladimir Putin et Benjamin Netanyahu se sont parlé mardi. Les deux se rendront à Budapest la semaine prochaine.", "fr"),
    ("Vladimir Putin e Benjamin Netanyahu falaram na terça-feira. Os dois viajarão para Budapeste na próxima semana.", "pt"),
])
def test_both_after_two_named_persons_travel_each(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = {(p, s) for p, s, _ in _typed(spec, text, "2025-10-08", "planned_visit", language=language)}
    assert got == {(PUTIN, "HUN"), (NETANYAHU, "HUN")}


@pytest.mark.parametrize("text", [
    # one person named before: "both" is someone else's pair
    "Vladimir Putin spoke by phone on Tuesday. Both men will travel to Budapest next week.",
    # a pair of others after two named persons
    "Vladimir Putin and Benjamin Netanyahu spoke by phone on Tuesday. Both countries will send delegations to Budapest next week.",
    "Vladimir Putin and Benjamin Netanyahu spoke by phone on Tuesday. Both ministers will travel to Budapest next week.",
])
def test_both_without_two_named_persons_is_no_pair(spec, text: str) -> None:  # noqa: ANN001
    assert {p for p, _, _ in _typed(spec, text, "2025-10-08", "planned_visit")} - {PUTIN} == set()
    assert NETANYAHU not in {p for p, _, _ in _typed(spec, text, "2025-10-08", "planned_visit")}


# --- 8. a departure's weekday in a forward-looking sentence is to come ----------------------------------------------------

def test_before_departing_on_a_weekday_in_a_text_to_come_is_the_next_one(spec) -> None:  # noqa: ANN001
    # 2025-09-03 is a Wednesday: the Sunday to come is the 7th, the past one the 31 August
    assert _typed(spec, "Before departing for Mongolia on Sunday, Vladimir Putin will meet his security council.", "2025-09-03",
                  "planned_visit") == [(PUTIN, "MNG", "2025-09-07")]


def test_before_departing_on_a_weekday_told_in_the_past_stays_past(spec) -> None:  # noqa: ANN001
    # contrast: the main clause is in the past: the departure made, on the past Sunday
    assert _typed(spec, "Before departing for Mongolia on Sunday, Vladimir Putin met his security council.", "2025-09-03",
                  "visit") == [(PUTIN, "MNG", "2025-08-31")]


# --- 9. demonyms the lexicon lacked --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("demonym", "state"), [
    ("Kazakh", "KAZ"), ("Kyrgyz", "KGZ"), ("Uzbek", "UZB"), ("Tajik", "TJK"), ("Argentine", "ARG"),
])
def test_a_demonym_places_a_visit(spec, demonym: str, state: str) -> None:  # noqa: ANN001
    text = f"Vladimir Putin was welcomed on Tuesday by the {demonym} president at the airport."
    assert _typed(spec, text, "2025-04-04", "visit") == [(PUTIN, state, "2025-04-01")]


def test_a_demonym_of_the_travellers_own_state_is_no_place(spec) -> None:  # noqa: ANN001
    # contrast: "the Russian president" is the traveller himself
    assert _typed(spec, "Vladimir Putin was welcomed on Tuesday by the Russian president at the airport.", "2025-04-04", "visit") == []


# --- 10. a short text the detector is unsure of falls back on the languages' function words --------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Poutine se rendra en Mongolie mardi, a annoncé vendredi le Kremlin.", "fr"),  # langdetect: Italian
    ("Il est arrivé à La Haye mardi.", "fr"),
    ("Le président est arrivé mardi.", "fr"),
    ("After arriving in Budapest on Thursday, Benjamin Netanyahu said Hungary stood by Israel.", "en"),
    ("Il presidente è arrivato a Budapest martedì.", "it"),
    ("El presidente llegó a Budapest el martes.", "es"),
])
def test_short_texts_are_read_in_their_language(text: str, language: str) -> None:
    assert make_document(text, date="2025-04-04").language == language


def test_function_words_decide_only_with_a_clear_lead() -> None:
    from iccwatch.monitor.documents import function_words_language

    table = {"fr": frozenset({"le", "la", "est"}), "it": frozenset({"il", "la", "è"})}
    assert function_words_language("Le président est là.", table) == "fr"
    assert function_words_language("La casa.", table) is None  # one shared word: no lead
    assert function_words_language("Budapest, Manila.", table) is None


def test_a_long_text_keeps_the_detectors_answer() -> None:
    # contrast: a long Italian text with a few French words stays Italian
    text = ("Il presidente è arrivato a Budapest martedì per una visita ufficiale di due giorni. Durante la visita ha incontrato il "
            "primo ministro e ha parlato della cooperazione tra i due paesi. Le autorità hanno detto che non sarà arrestato.")
    assert make_document(text, date="2025-04-04").language == "it"


def test_function_words_from_a_malformed_file_name_it(tmp_path) -> None:  # noqa: ANN001
    # session 41: the file is read and checked by the loader (one reader, the store's); its error names the file and the field
    from iccwatch.errors import InputError
    from iccwatch.monitor.documents import function_words

    bad = tmp_path / "data" / "lookups" / "monitor_words.yaml"
    bad.parent.mkdir(parents=True)
    bad.write_text("function_words:\n  reason: x\n  words:\n    fr: le\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"monitor_words\.yaml.*function_words\.words"):
        function_words(tmp_path / "data")
    assert function_words(tmp_path / "absent") == {}


def test_function_words_count_the_languages_weekdays() -> None:
    # session 41: from the table the loader gives (``function_words_of``), no longer from a file read on its own
    from iccwatch.monitor.documents import function_words_of

    table = {"function_words": {"reason": "x", "words": {"fr": ["le"]}}, "languages": {"fr": {"weekdays": {"names": {"monday": ["Lundi"]}}}}}
    assert function_words_of(table) == {"fr": frozenset({"le", "lundi"})}
