"""Session 47 (issue 12, task mleft38): session 46's leftovers, each as the general shape in the languages the monitor reads.
Sentences written for the test (none copied from a page of the set), with controls that must not change. The names are the
record's, used as examples (no State, city or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"

# 1. A capital told as a speaker ('Washington said', 'Moscou a affirmé', 'Berlin erklärte', '…, erklärte Berlin') is never the
#    trip's place: only the trip's own destination is read (mentions._place_speaks, PLACE_SPEAKS / PLACE_SPOKE_BEFORE).
SPEAKING_CAPITAL = [
    ("en", "Washington said on Monday that Vladimir Putin will travel to Mongolia next week."),
    ("en", "Vladimir Putin will travel to Mongolia next week, Washington said on Monday."),
    ("fr", "Washington a affirmé lundi que Vladimir Poutine se rendra en Mongolie la semaine prochaine."),
    ("fr", "Vladimir Poutine se rendra en Mongolie la semaine prochaine, a affirmé Washington lundi."),
    ("es", "Madrid afirmó el lunes que Vladimir Putin viajará a Mongolia la próxima semana."),
    ("pt", "Brasília afirmou na segunda-feira que Vladimir Putin viajará à Mongólia na próxima semana."),
    ("it", "Parigi ha affermato lunedì che Vladimir Putin si recherà in Mongolia la prossima settimana."),
    ("de", "Berlin erklärte am Montag, Wladimir Putin werde nächste Woche in die Mongolei reisen."),
    ("de", "Wladimir Putin werde nächste Woche in die Mongolei reisen, erklärte Berlin am Montag."),
]


@pytest.mark.parametrize(("language", "text"), SPEAKING_CAPITAL, ids=[f"{t[0]}-{i}" for i, t in enumerate(SPEAKING_CAPITAL)])
def test_a_capital_that_speaks_is_no_place_of_the_trip(spec, language: str, text: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-05-07", "planned_visit", language=language)
    assert [s for _, s, _ in got] == ["MNG"], got


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Benjamin Netanyahu will travel to Washington next week."),
    ("fr", "Benjamin Netanyahu se rendra à Washington la semaine prochaine."),
    ("de", "Benjamin Netanjahu werde nächste Woche nach Berlin reisen, sagte ein Sprecher."),
])
def test_control_a_capital_as_the_destination_stays_the_place(spec, language: str, text: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-05-07", "planned_visit", language=language)
    assert [s for _, s, _ in got] == [{"de": "DEU"}.get(language, "USA")], got


# 2. A refusal reported by a speaker who holds no office of a government (an opposition leader, an activist) is no government's
#    word (NOT_GOVERNMENT_SPEAKER, English's since session 27, now in every language); a minister's stays a refusal (control).
OPPOSITION = [
    ("fr", "Le chef de l'opposition a affirmé lundi que la Mongolie n'arrêtera pas Vladimir Poutine.",
     "Le ministre des Affaires étrangères a affirmé lundi que la Mongolie n'arrêtera pas Vladimir Poutine."),
    ("es", "El líder de la oposición dijo el lunes que Mongolia no detendrá a Vladimir Putin.",
     "El canciller dijo el lunes que Mongolia no detendrá a Vladimir Putin."),
    ("it", "Il leader dell'opposizione ha detto lunedì che la Mongolia non arresterà Vladimir Putin.",
     "Il ministro degli Esteri ha detto lunedì che la Mongolia non arresterà Vladimir Putin."),
    ("pt", "O líder da oposição disse na segunda-feira que a Mongólia não vai prender Vladimir Putin.",
     "O ministro das Relações Exteriores disse na segunda-feira que a Mongólia não vai prender Vladimir Putin."),
    ("de", "Der Oppositionsführer sagte am Montag, die Mongolei werde Wladimir Putin nicht festnehmen.",
     "Der Außenminister sagte am Montag, die Mongolei werde Wladimir Putin nicht festnehmen."),
    ("en", "The opposition leader said on Monday that Mongolia will not arrest Vladimir Putin.",
     "The foreign minister said on Monday that Mongolia will not arrest Vladimir Putin."),
]


@pytest.mark.parametrize(("language", "text", "control"), OPPOSITION, ids=[o[0] for o in OPPOSITION])
def test_a_refusal_told_by_the_opposition_is_none(spec, language: str, text: str, control: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-07", "refusal", language=language) == []


@pytest.mark.parametrize(("language", "text", "control"), OPPOSITION, ids=[o[0] for o in OPPOSITION])
def test_control_a_ministers_refusal_stays(spec, language: str, text: str, control: str) -> None:  # noqa: ANN001
    assert _typed(spec, control, "2025-05-07", "refusal", language=language) == [(PUTIN, "MNG", None)]


# 3. Two clauses joined by a semicolon are read apart: another act decreed or announced, then a leaving recalled after the
#    semicolon, is no withdrawal announced; the leaving announced in the act's own clause stays one (control).
SEMICOLON = [
    ("fr", "Le gouvernement du Burundi a décrété mardi l'état d'urgence ; le Burundi avait quitté la CPI en 2017."),
    ("es", "El gobierno de Burundi anunció el martes el estado de emergencia; Burundi había abandonado la CPI en 2017."),
    ("de", "Die Regierung von Burundi verkündete am Dienstag den Notstand; Burundi hatte den IStGH 2017 verlassen."),
]


@pytest.mark.parametrize(("language", "text"), SEMICOLON, ids=[t[0] for t in SEMICOLON])
def test_a_leaving_after_a_semicolon_is_not_the_acts(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-05-07", "withdrawal_announced", language=language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le gouvernement du Burundi a annoncé mardi qu'il quitte la CPI ; la décision a surpris."),
    ("es", "El gobierno de Burundi anunció el martes que abandona la CPI; la decisión sorprendió."),
])
def test_control_the_leaving_in_the_acts_own_clause_stays(spec, language: str, text: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-05-07", "withdrawal_announced", language=language)
    assert [s for _, s, _ in got] == ["BDI"], got


# 4. An attribution set between commas between a verb and its State ('visitará, según el Kremlin, Corea del Norte') is taken out:
#    the verb is read as right before the State (ATTRIBUTION_BETWEEN).
ATTRIBUTED = [
    ("es", "Vladimir Putin visitará, según el Kremlin, Corea del Norte el martes."),
    ("it", "Vladimir Putin visiterà, secondo il Cremlino, la Corea del Nord martedì."),
    ("pt", "Vladimir Putin visitará, segundo o Kremlin, a Coreia do Norte na terça-feira."),
    ("fr", "Vladimir Poutine se rendra, selon le Kremlin, en Corée du Nord mardi."),
    ("en", "Vladimir Putin will visit, according to the Kremlin, North Korea on Tuesday."),
]


@pytest.mark.parametrize(("language", "text"), ATTRIBUTED, ids=[t[0] for t in ATTRIBUTED])
def test_an_attribution_between_verb_and_state_is_read_through(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-06-17", "planned_visit", language=language) == [(PUTIN, "PRK", "2024-06-18")]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Vladimir Putin, según el Kremlin, habló con Corea del Norte el martes."),
    ("it", "Vladimir Putin, secondo il Cremlino, ha parlato con la Corea del Nord martedì."),
])
def test_control_an_attribution_with_no_trip_verb_gives_none(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-06-17", "planned_visit", language=language) == []
