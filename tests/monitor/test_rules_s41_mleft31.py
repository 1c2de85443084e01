"""Session 41 (issue 12, task mleft31): what generalises. Rules written for one batch's wording (one verb, one word order, one
language) widened to the shape's general form in the languages the monitor reads (docs/monitor.md, "What generalises: widening
narrow rules (session 41)"). Each shape is tested in at least two languages, with controls that must not fire; the words are
data in ``data/lookups/monitor_words.yaml`` (English's in ``monitor/lexicon.py``). The names are the record's, used as examples
(no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

DUTERTE = "rodrigo-roa-duterte"
PUTIN = "vladimir-vladimirovich-putin"


# 1. An arrest told with the Court's warrant as its grounds ("was arrested on Tuesday on a warrant issued by the ICC on 7 March"):
#    session 29's GROUNDS read it in English only, so in the other languages a sentence whose warrant the warrant rules read
#    ('auf Haftbefehl des IStGH festgenommen', 'in base a un mandato d'arresto emesso dalla Cpi il 7 marzo') lost its arrest.
@pytest.mark.parametrize(("text", "language"), [
    ("Rodrigo Duterte was arrested in Manila on Tuesday on a warrant issued by the ICC on 7 March.", "en"),
    ("Rodrigo Duterte wurde am Dienstag in Manila auf Haftbefehl des IStGH festgenommen.", "de"),
    ("Rodrigo Duterte wurde am Dienstag in Manila aufgrund eines vom IStGH am 7. März erlassenen Haftbefehls festgenommen.", "de"),
    ("Rodrigo Duterte wurde am Dienstag in Manila auf Grundlage eines Haftbefehls des IStGH festgenommen.", "de"),
    ("Rodrigo Duterte ist am Dienstag in Manila auf Haftbefehl des IStGH verhaftet worden.", "de"),
    ("Rodrigo Duterte è stato arrestato martedì a Manila in base a un mandato d'arresto emesso dalla Cpi il 7 marzo.", "it"),
    ("Rodrigo Duterte è stato fermato martedì a Manila in esecuzione del mandato d'arresto emesso dalla Cpi.", "it"),
    ("Rodrigo Duterte a été arrêté mardi à Manille en vertu d'un mandat d'arrêt émis par la CPI le 7 mars.", "fr"),
    ("Rodrigo Duterte fue detenido el martes en Manila en virtud de una orden de arresto emitida por la CPI el 7 de marzo.", "es"),
    ("Rodrigo Duterte foi preso na terça-feira em Manila com base num mandado de prisão emitido pelo TPI a 7 de março.", "pt"),
])
def test_arrest_on_the_courts_warrant(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-03-12", "arrest", language=language)
    assert got == [(DUTERTE, "PHL", "2025-03-11")], got


@pytest.mark.parametrize(("text", "language"), [
    # a warrant issued, no one arrested; an arrest only supposed on the warrant
    ("Der IStGH hat am Dienstag einen Haftbefehl gegen Rodrigo Duterte erlassen.", "de"),
    ("Rodrigo Duterte könnte auf Haftbefehl des IStGH festgenommen werden.", "de"),
    ("La Cpi ha emesso martedì un mandato d'arresto contro Rodrigo Duterte.", "it"),
    ("Rodrigo Duterte potrebbe essere arrestato in base a un mandato d'arresto della Cpi.", "it"),
    ("La CPI a émis mardi un mandat d'arrêt contre Rodrigo Duterte.", "fr"),
])
def test_no_arrest_without_one_told(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-03-12", "arrest", language=language)
    assert got == [], got


# 2. A departure the State let happen, the verb of leaving before the person ('a laissé repartir X', 'ha lasciato partire X'), as
#    Spanish 'dejó partir a X' and Portuguese 'deixou partir X' were read (session 36 read French and Italian only with the person
#    between, 'a laissé X quitter le pays', 'hanno permesso a X di ripartire').
@pytest.mark.parametrize(("text", "language"), [
    ("La Mongolie a laissé repartir Vladimir Poutine mardi sans l'arrêter.", "fr"),
    ("La Mongolie a laissé partir Vladimir Poutine.", "fr"),
    ("La Mongolia ha lasciato ripartire Vladimir Putin martedì senza arrestarlo.", "it"),
    ("La Mongolia ha lasciato partire Vladimir Putin.", "it"),
    ("Mongolia dejó partir a Vladimir Putin.", "es"),
    ("A Mongólia deixou partir Vladimir Putin.", "pt"),
    ("La Mongolie a laissé Vladimir Poutine repartir sans l'arrêter.", "fr"),
])
def test_departure_let_happen_verb_first(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-09-04", "refusal", language=language)
    assert [(p, s) for p, s, _ in got] == [(PUTIN, "MNG")], got


@pytest.mark.parametrize(("text", "language"), [
    # not let go (denied), a bag or an aide let go, a departure only supposed
    ("La Mongolie n'a pas laissé partir Vladimir Poutine.", "fr"),
    ("La Mongolia non ha lasciato partire Vladimir Putin.", "it"),
    ("La Mongolie pourrait laisser partir Vladimir Poutine.", "fr"),
    ("La Mongolia ha lasciato partire il treno per Pechino.", "it"),
])
def test_departure_not_let_happen(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-09-04", "refusal", language=language)
    assert got == [], got


# 3. A trip to come told as the traveller's participation confirmed ("X confirmed his participation in the summit", 'a confirmé sa
#    participation au sommet', 'Le Kremlin a confirmé la participation de X', 'confirmó su participación en la cumbre'): English read it only through
#    another word of the future ("next week"), the other languages not at all. (The trip's day is written as a date: a bare weekday
#    after the past 'confirmed' is read as the past one, left as it is.)
@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin confirmed his participation in the summit in Ulaanbaatar on 3 September.", "en"),
    ("Vladimir Putin has confirmed his attendance at the summit in Ulaanbaatar on 3 September.", "en"),
    ("Vladimir Poutine a confirmé sa participation au sommet d'Oulan-Bator le 3 septembre.", "fr"),
    ("Le Kremlin a confirmé la participation de Vladimir Poutine au sommet d'Oulan-Bator le 3 septembre.", "fr"),
    ("Vladimir Putin confirmó su participación en la cumbre de Ulán Bator el 3 de septiembre.", "es"),
    ("Vladimir Putin confirmou sua participação na cúpula de Ulan Bator em 3 de setembro.", "pt"),
    ("Vladimir Putin ha confermato la sua partecipazione al vertice di Ulan Bator il 3 settembre.", "it"),
    ("Wladimir Putin hat seine Teilnahme am Gipfel in Ulan Bator am 3. September bestätigt.", "de"),
    ("Der Kreml bestätigte die Teilnahme von Wladimir Putin am Gipfel in Ulan Bator am 3. September.", "de"),
])
def test_participation_confirmed_is_a_trip_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-09-01", "planned_visit", language=language)
    assert got == [(PUTIN, "MNG", "2024-09-03")], got


@pytest.mark.parametrize(("text", "language"), [
    # not confirmed, confirmed by video link, a participation confirmed in talks (no trip)
    ("The Kremlin has not yet confirmed Vladimir Putin's participation in the summit in Ulaanbaatar.", "en"),
    ("Vladimir Putin confirmed his participation in the summit in Ulaanbaatar by video link.", "en"),
    ("Le Kremlin n'a pas confirmé la participation de Vladimir Poutine au sommet d'Oulan-Bator.", "fr"),
    ("El Kremlin no ha confirmado la participación de Vladimir Putin en la cumbre de Ulán Bator.", "es"),
    ("Der Kreml hat die Teilnahme von Wladimir Putin am Gipfel in Ulan Bator nicht bestätigt.", "de"),
    ("Il Cremlino non ha confermato la partecipazione di Vladimir Putin al vertice di Ulan Bator.", "it"),
])
def test_participation_not_confirmed(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-09-01", "planned_visit", language=language)
    assert got == [], got


# 4. Presence told by the pronominal verb with its pronoun after it (Portuguese 'encontra-se na Mongólia para uma visita', the
#    common European order), as 'se encontra na Mongólia' and the other languages' 'se trouve en', 'se encuentra en', 'si trova in'.
@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin encontra-se na Mongólia para uma visita de dois dias.", "pt"),
    ("Vladimir Putin se encontra na Mongólia para uma visita de dois dias.", "pt"),
    ("Vladimir Poutine se trouve en Mongolie pour une visite de deux jours.", "fr"),
    ("Vladimir Putin si trova in Mongolia per una visita di due giorni.", "it"),
    ("Vladimir Putin se encuentra en Mongolia para una visita de dos días.", "es"),
])
def test_presence_by_the_pronominal_verb(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-09-03", "visit", language=language)
    assert got == [(PUTIN, "MNG", "2024-09-03")], got


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin não se encontra na Mongólia.", "pt"),
    ("O documento encontra-se na Mongólia, disse Vladimir Putin.", "pt"),
])
def test_no_presence_told(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-09-03", "visit", language=language)
    assert got == [], got


# 5. A trip awaited with its day written between the participle and the place ('est attendu le 3 septembre au sommet d'Oulan-Bator',
#    'è atteso il 3 settembre al vertice di Ulan Bator', 'wird am 3. September zum Gipfel in Ulan Bator erwartet'), as the day
#    written as a weekday ('est attendu mardi en Mongolie') and English "is due to attend the summit … on 3 September" were read.
@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Poutine est attendu le 3 septembre au sommet d'Oulan-Bator.", "fr"),
    ("Vladimir Putin è atteso il 3 settembre al vertice di Ulan Bator.", "it"),
    ("Wladimir Putin wird am 3. September zum Gipfel in Ulan Bator erwartet.", "de"),
    ("Vladimir Putin is due to attend the summit in Ulaanbaatar on 3 September.", "en"),
    ("Vladimir Putin é esperado em 3 de setembro na cúpula de Ulan Bator.", "pt"),
])
def test_trip_awaited_with_its_date_between(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-09-01", "planned_visit", language=language)
    assert got == [(PUTIN, "MNG", "2024-09-03")], got


@pytest.mark.parametrize(("text", "language"), [
    # a verdict awaited, a trip awaited only supposed
    ("Le verdict est attendu le 3 septembre à La Haye, a dit Vladimir Poutine.", "fr"),
    ("Si Vladimir Poutine était attendu le 3 septembre en Mongolie, le Kremlin l'aurait annoncé.", "fr"),
])
def test_no_trip_awaited(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-09-01", "planned_visit", language=language)
    assert got == [], got


# 6. A State that will disregard the warrant ("will ignore the warrant for X", 'ignorará la orden', 'wird den Haftbefehl
#    ignorieren'): read in English, Spanish and German, not in French, Italian and Portuguese ('ignorera le mandat', 'ignorerà il
#    mandato', 'vai ignorar o mandado').
BASHIR = "omar-hassan-ahmad-al-bashir"


@pytest.mark.parametrize(("text", "language"), [
    ("L'Afrique du Sud ignorera le mandat d'arrêt contre Omar el-Béchir.", "fr"),
    ("L'Afrique du Sud va ignorer le mandat d'arrêt contre Omar el-Béchir.", "fr"),
    ("Il Sudafrica ignorerà il mandato d'arresto contro Omar al-Bashir.", "it"),
    ("A África do Sul vai ignorar o mandado de prisão contra Omar al-Bashir.", "pt"),
    ("A África do Sul ignorará o mandado de prisão contra Omar al-Bashir.", "pt"),
    ("Sudáfrica ignorará la orden de arresto contra Omar al Bashir.", "es"),
    ("South Africa will ignore the warrant for Omar al-Bashir.", "en"),
])
def test_warrant_to_be_ignored_is_a_refusal(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2017-07-07", "refusal", language=language)
    assert [(p, s) for p, s, _ in got] == [(BASHIR, "ZAF")], got


@pytest.mark.parametrize(("text", "language"), [
    # an obligation acknowledged, a warrant not ignored, a thing not known ('ignore si'), another's warrant ignored
    ("L'Afrique du Sud ne peut pas ignorer le mandat d'arrêt contre Omar el-Béchir.", "fr"),
    ("L'Afrique du Sud n'ignore pas le mandat d'arrêt contre Omar el-Béchir.", "fr"),
    ("Il Sudafrica non può ignorare il mandato d'arresto contro Omar al-Bashir.", "it"),
    ("Il Sudafrica non ignorerà il mandato d'arresto contro Omar al-Bashir.", "it"),
    ("A África do Sul não pode ignorar o mandado de prisão contra Omar al-Bashir.", "pt"),
    ("A África do Sul não vai ignorar o mandado de prisão contra Omar al-Bashir.", "pt"),
])
def test_warrant_not_to_be_ignored(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2017-07-07", "refusal", language=language)
    assert got == [], got
