"""Session 37 (issue 12, task mleft18): the monitor's leftovers, eighteenth list. Each item is a general rule, tested with
sentences written for the test and contrasts that must not fire; the words are data in ``data/lookups/monitor_words.yaml``.
The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

from iccwatch.monitor.rules_context import is_question

PUTIN = "vladimir-vladimirovich-putin"
YEKATOM = "alfred-yekatom"
DAY = "2024-09-05"  # a Thursday: 'Tuesday' is 2024-09-03, 'Wednesday' 2024-09-04


# 1. One check of "is this sentence a question", on the sentence context, used by every rule: a question mark at the end, also
#    before a closing quote or bracket, and Spanish's question opened by '¿' and closed before an attribution.
@pytest.mark.parametrize("text", [
    "Will Hungary leave the Court?",
    "Will Hungary leave the Court? ",
    '"Will Hungary leave the Court?"',
    "«Will Hungary leave the Court?»",
    "(Will Hungary leave the Court?)",
    "“Will Hungary leave the Court?”",
    "¿Abandonará Hungría la Corte?",
    "¿Abandonará Hungría la Corte?, se pregunta el diario.",
    "« ¿Abandonará Hungría la Corte? », se pregunta el diario.",
])
def test_a_question_is_read_as_one(text: str) -> None:
    assert is_question(text)


@pytest.mark.parametrize("text", [
    "Hungary will leave the Court.",
    'Hungary will leave the Court, he said: "Why not?" and laughed.',
    "Hungary asked why? No one knows.",
    "Hungary said it will leave the Court (why? no one said).",
    "",
])
def test_a_statement_is_no_question(text: str) -> None:
    assert not is_question(text)


@pytest.mark.parametrize(("text", "language"), [
    ('"Has Hungary notified the United Nations of its withdrawal from the Rome Statute?"', "en"),
    ("«Hungary has notified the United Nations of its withdrawal from the Rome Statute?»", "en"),
    ("¿Ha notificado Hungría a las Naciones Unidas su retirada del Estatuto de Roma?, se pregunta el diario.", "es"),
])
def test_a_withdrawal_only_asked_about_before_a_closing_mark_is_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    for kind in ("withdrawal_notified", "withdrawal_announced"):
        assert _typed(spec, text, "2025-06-02", kind, language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ('"So Mongolia did not arrest Vladimir Putin during his visit?"', "en"),
    ('"And Mongolia refused to arrest Vladimir Putin?"', "en"),
    ("¿Por qué Mongolia no detuvo a Vladimir Putin durante su visita?, se pregunta el diario.", "es"),
])
def test_a_refusal_only_asked_about_before_a_closing_mark_is_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, "Vladimir Putin arrived in Mongolia on Tuesday. " + text if language == "en" else text, DAY, "refusal",
                  language=language) == []


def test_a_trip_only_asked_about_before_a_closing_quote_is_no_planned_visit(spec) -> None:  # noqa: ANN001
    text = '«Vladimir Putin andrà in Brasile per il vertice dei Brics?»'
    assert _typed(spec, text, "2025-06-20", "planned_visit", language="it") == []


# 4. A plain refusal whose object is a pronoun ("did not arrest him", 'ne l'a pas arrêté', 'no lo detuvo', 'non lo ha arrestato',
#    'hat ihn nicht festgenommen', 'não o prendeu'): in a sentence that names no one, the person the document is about.
ARRIVED = {
    "en": "Vladimir Putin arrived in Mongolia on Tuesday. ",
    "fr": "Vladimir Poutine est arrivé en Mongolie mardi. ",
    "es": "Vladimir Putin llegó a Mongolia el martes. ",
    "it": "Vladimir Putin è arrivato in Mongolia martedì. ",
    "de": "Wladimir Putin ist am Dienstag in der Mongolei eingetroffen. ",
    "pt": "Vladimir Putin chegou à Mongólia na terça-feira. ",
}


@pytest.mark.parametrize(("text", "language"), [
    ("Mongolia did not arrest him during his visit.", "en"),
    ("The Mongolian authorities did not arrest him.", "en"),
    ("La Mongolie ne l'a pas arrêté.", "fr"),
    ("La Mongolie ne l’a pas arrêté lors de sa visite.", "fr"),
    ("Mongolia no lo detuvo.", "es"),
    ("La Mongolia non lo ha arrestato.", "it"),
    ("La Mongolia non l'ha arrestato.", "it"),
    ("Die Mongolei hat ihn nicht festgenommen.", "de"),
    ("A Mongólia não o prendeu.", "pt"),
])
def test_a_plain_refusal_of_a_pronoun_is_the_documents_persons(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, ARRIVED[language] + text, DAY, "refusal", language=language)
    assert [(p, s) for p, s, _ in got] == [(PUTIN, "MNG")]
    if "visit" not in text and "visite" not in text:
        assert got[0][2] == "2024-09-03"  # no occasion told in the sentence: it stands beside the visit, and takes its day


@pytest.mark.parametrize(("text", "language"), [
    # another named in the sentence: the pronoun may be theirs
    ("Mongolia did not arrest him, Alfred Yekatom's lawyer said.", "en"),
    # 'her' before a noun: another one
    ("Mongolia did not arrest her husband.", "en"),
    # a refusal supposed or denied
    ("If Mongolia did not arrest him, it would breach the Statute.", "en"),
    ("It is false that Mongolia did not arrest him.", "en"),
])
def test_a_plain_refusal_of_a_pronoun_with_another_antecedent_or_untold_is_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [r for r in _typed(spec, ARRIVED[language] + text, DAY, "refusal", language=language) if r[0] == PUTIN] == []


def test_a_pronoun_refusal_with_no_person_before_is_none(spec) -> None:  # noqa: ANN001
    assert _typed(spec, "Mongolia did not arrest him during his visit.", DAY, "refusal", language="en") == []


def test_a_refusal_to_hand_him_over_is_the_documents_persons(spec) -> None:  # noqa: ANN001
    text = ARRIVED["en"] + "Mongolia refused to hand him over."
    assert [(p, s) for p, s, _ in _typed(spec, text, DAY, "refusal", language="en")] == [(PUTIN, "MNG")]


# 4 and 5. A departure let happen, its person a pronoun ('l'a laissé partir', 'lo dejó salir', 'l'ha lasciato partire', 'ließ ihn
#    ausreisen', 'deixou-o sair', "let him leave"), dated by its weekday counted back from the document's day as other past facts
#    are ("allowed X to fly out of Y on Wednesday": the act let happen is past, not a trip to come).
@pytest.mark.parametrize(("text", "language"), [
    ("Mongolia allowed Vladimir Putin to fly out of Ulaanbaatar on Wednesday.", "en"),
    ("Mongolia allowed him to fly out of Ulaanbaatar on Wednesday.", "en"),
    ("Mongolia let him leave on Wednesday.", "en"),
    ("La Mongolie l'a laissé partir mercredi.", "fr"),
    ("Mongolia lo dejó salir el miércoles.", "es"),
    ("La Mongolia l'ha lasciato partire mercoledì.", "it"),
    ("Die Mongolei ließ ihn am Mittwoch ausreisen.", "de"),
    ("A Mongólia deixou-o sair na quarta-feira.", "pt"),
])
def test_a_departure_let_happen_is_dated_by_its_weekday(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, ARRIVED[language] + text, DAY, "refusal", language=language) == [(PUTIN, "MNG", "2024-09-04")]


def test_a_weekday_after_a_past_permission_is_past_and_after_an_invitation_to_come() -> None:
    import datetime as dt

    from iccwatch.monitor.dates import find_dates
    ref = dt.date(2024, 9, 5)
    assert [d.date for d in find_dates("Mongolia allowed Vladimir Putin to fly out of Ulaanbaatar on Wednesday.", ref)] == ["2024-09-04"]
    assert [d.date for d in find_dates("South Africa permitted him to leave on Monday.", ref)] == ["2024-09-02"]
    assert [d.date for d in find_dates("Mongolia invited Vladimir Putin to fly to Ulaanbaatar on Monday.", ref)] == ["2024-09-09"]
    assert [d.date for d in find_dates("Mongolia will allow Vladimir Putin to fly out on Monday.", ref)] == ["2024-09-09"]


# 2. German verb-second inversion: a time or a place first, the finite verb, then its subject ('Am Donnerstag war X in Ulan Bator
#    zu Gast', 'Seit Dienstag ist X in …', 'Am Montag traf X in … ein', 'In Kampala war X zu Gast'); and German 'war' (was) after or
#    before a place is no English "war" making the place a conflict's theatre: the document's language decides which lists apply.
BASHIR = "omar-hassan-ahmad-al-bashir"


@pytest.mark.parametrize(("text", "person", "state", "day"), [
    ("Am Dienstag war Wladimir Putin in Ulan Bator zu Gast.", PUTIN, "MNG", "2024-09-03"),
    ("Wladimir Putin war am Dienstag in Ulan Bator zu Gast.", PUTIN, "MNG", "2024-09-03"),
    ("Am Dienstag landete Wladimir Putin in Ulan Bator.", PUTIN, "MNG", "2024-09-03"),
    ("Am Dienstag landete der russische Präsident Wladimir Putin in Ulan Bator.", PUTIN, "MNG", "2024-09-03"),
    ("Am Dienstag besuchte Wladimir Putin Ulan Bator.", PUTIN, "MNG", "2024-09-03"),
    ("Am Montag traf Wladimir Putin in Ulan Bator ein.", PUTIN, "MNG", "2024-09-02"),
    ("Seit Dienstag ist Wladimir Putin in der Mongolei.", PUTIN, "MNG", "2024-09-03"),
    ("In Kampala war Omar al-Baschir am Dienstag zu Gast.", BASHIR, "UGA", "2024-09-03"),
])
def test_a_german_trip_told_with_the_verb_second_is_the_subjects(spec, text: str, person: str, state: str, day: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language="de") == [(person, state, day)]


@pytest.mark.parametrize("text", [
    # another named right after the verb: the guest is the other's
    "Am Dienstag landete Alfred Yekatom mit Wladimir Putin in Ulan Bator.",
    # a detention since a day, no stay
    "Seit Dienstag ist Wladimir Putin in der Mongolei in Haft.",
])
def test_a_german_verb_second_with_another_subject_or_a_detention_is_no_visit_of_the_person(spec, text: str) -> None:  # noqa: ANN001
    assert [r for r in _typed(spec, text, DAY, "visit", language="de") if r[0] == PUTIN] == []


def test_german_war_is_no_english_war_and_english_war_still_is() -> None:
    from iccwatch.monitor.lexicon import reading
    from iccwatch.monitor.mentions import conflict_before
    with reading({"not_english": ["war"]}):
        assert conflict_before("Omar al-Baschir war in ") is None
    with reading(None):
        assert conflict_before("the war in ") is not None


# 3. Italian and French elisions, with the straight and the typographic apostrophe: the words after an elided article are read
#    (the arrest's noun, the airport, the title after 'dell'ex'), as their English equivalents are.
def _both(text: str) -> list[str]:
    return [text, text.replace("'", "’")]


@pytest.mark.parametrize(("text", "language"), [
    *((t, "it") for t in _both("L'arresto di Alfred Yekatom è avvenuto martedì in Francia.")),
    *((t, "it") for t in _both("L'arresto dell'ex ministro Alfred Yekatom è avvenuto martedì in Francia.")),
    *((t, "it") for t in _both("La Francia ha proceduto martedì all'arresto di Alfred Yekatom.")),
    *((t, "it") for t in _both("Alfred Yekatom è stato arrestato martedì all'aeroporto di Parigi.")),
    *((t, "it") for t in _both("Alfred Yekatom è stato arrestato martedì in Francia nell'ambito di un mandato.")),
    *((t, "fr") for t in _both("L'arrestation d'Alfred Yekatom a eu lieu mardi en France.")),
    *((t, "fr") for t in _both("La France a procédé mardi à l'arrestation d'Alfred Yekatom.")),
    *((t, "fr") for t in _both("Alfred Yekatom a été arrêté mardi à l'aéroport de Paris, a indiqué le parquet, qu'il a saisi.")),
])
def test_an_arrest_told_after_an_elided_article_reads(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "arrest", language=language) == [(YEKATOM, "FRA", "2024-09-03")]


@pytest.mark.parametrize(("text", "language"), [
    *((t, "it") for t in _both("La Francia non ha proceduto all'arresto di Alfred Yekatom.")),
    *((t, "fr") for t in _both("La France n'a pas procédé à l'arrestation d'Alfred Yekatom.")),
    ("L'arresto di Alfred Yekatom chiesto dalla CPI non è mai avvenuto in Francia.", "it"),
])
def test_an_arrest_by_its_noun_denied_is_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "arrest", language=language) == []


@pytest.mark.parametrize("text", [
    *_both("La visita dell'ex presidente Vladimir Putin in Mongolia è avvenuta martedì."),
    *_both("Vladimir Putin è arrivato all'aeroporto di Ulan Bator martedì."),
    *_both("Vladimir Putin è salito sull'aereo martedì ed è arrivato in Mongolia."),
])
def test_a_trip_told_after_an_elided_article_reads_in_italian(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "visit", language="it") == [(PUTIN, "MNG", "2024-09-03")]


# 6. A trip told as under way ('was headed to', 'was on his way to', 'se dirigía a', 'était en route pour', 'è diretto in', 'war
#    auf dem Weg nach', 'seguia para'): a trip to come on a day not past, a visit when the text tells the arrival; the statistical
#    filter keeps both (mode "filtered", its weights as they are: no retraining here).
UNDER_WAY = [
    ("Vladimir Putin was headed to Mongolia on Monday for a two-day visit.", "en"),
    ("Vladimir Putin was on his way to Mongolia on Monday, the Kremlin said.", "en"),
    ("Vladimir Putin se dirigía a Mongolia el lunes para una visita de dos días.", "es"),
    ("Vladimir Poutine était en route pour la Mongolie lundi.", "fr"),
    ("Vladimir Putin è diretto in Mongolia.", "it"),
    ("Wladimir Putin war am Montag auf dem Weg nach Ulan Bator.", "de"),
    ("Vladimir Putin seguia para a Mongólia na segunda-feira para uma visita de dois dias.", "pt"),
]


def _kept(spec, text: str, date: str, kind: str, language: str, mode: str) -> list[tuple[str | None, str | None]]:  # noqa: ANN001
    from iccwatch.monitor.documents import make_document
    from iccwatch.monitor.extract import extract_candidates
    doc = make_document(text, date=date, language=language)
    return [(c.person, c.state) for c in extract_candidates(doc, spec, mode=mode) if c.type == kind]


@pytest.mark.parametrize(("text", "language"), UNDER_WAY)
@pytest.mark.parametrize("mode", ["rules", "filtered"])
def test_a_trip_under_way_on_the_documents_day_is_a_trip_to_come(spec, text: str, language: str, mode: str) -> None:  # noqa: ANN001
    assert _kept(spec, text, "2024-09-02", "planned_visit", language, mode) == [(PUTIN, "MNG")]


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin was headed to Mongolia on Monday. He arrived in Ulaanbaatar on Monday evening.", "en"),
    ("Vladimir Putin se dirigía a Mongolia el lunes. Llegó a Ulán Bator el lunes por la noche.", "es"),
    ("Vladimir Poutine était en route pour la Mongolie lundi. Il est arrivé à Oulan-Bator lundi soir.", "fr"),
    ("Wladimir Putin war am Montag auf dem Weg nach Ulan Bator. Er traf am Montagabend in Ulan Bator ein.", "de"),
    ("Vladimir Putin seguia para a Mongólia na segunda-feira. Chegou a Ulan Bator na segunda-feira à noite.", "pt"),
])
@pytest.mark.parametrize("mode", ["rules", "filtered"])
def test_a_trip_under_way_then_an_arrival_is_a_visit(spec, text: str, language: str, mode: str) -> None:  # noqa: ANN001
    assert _kept(spec, text, DAY, "visit", language, mode) == [(PUTIN, "MNG")]


@pytest.mark.parametrize(("text", "language"), [
    ("Alfred Yekatom était en route pour la CPI lundi.", "fr"),
    ("Alfred Yekatom se dirigía a la CPI el lunes.", "es"),
])
def test_the_road_to_the_court_is_no_trip(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-02", "planned_visit", language=language) == []
