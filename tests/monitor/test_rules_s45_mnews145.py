"""Session 45 (issue 12, task mnews145): the monitor's readings written on batch 145's dev part (trips made and announced in
the shapes unseen text has; docs/monitor.md, "Batch 145 (session 45)"). Each rule is tested with sentences written for the
test in the languages the monitor reads where the phenomenon exists in them, and with contrasts that must not change. The
names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"

# 2025-04-06 is a Sunday: "Monday" told as set is 2025-04-07. 2025-01-28 is a Tuesday.


# 1. A date in a relative clause of place after a trip's noun ("…, where more than 47,500 Palestinians have been killed since
#    October 7, 2023") is where the place's state starts, not the trip's day (SINCE_IN_RELATIVE, each language's, with 'où',
#    'donde', 'dove', 'onde', 'wo'; a number's thousands separator is no clause break): batch 145's dev page
#    lopinion-la-visite-de-netanyahu-a-washington, whose visit fell as a background fact of 2023.
@pytest.mark.parametrize(("text", "language"), [
    ("La visite de Netanyahu à Washington intervient alors qu'un cessez-le-feu continue de tenir dans la bande de Gaza, où plus "
     "de 47 500 Palestiniens ont été tués depuis le 7 octobre 2023.", "fr"),
    ("La visita de Netanyahu a Washington se produce mientras el alto el fuego se mantiene en Gaza, donde más de 47.500 "
     "palestinos han muerto desde el 7 de octubre de 2023.", "es"),
    ("La visita di Netanyahu a Washington arriva mentre il cessate il fuoco regge a Gaza, dove più di 47.500 palestinesi sono "
     "stati uccisi dal 7 ottobre 2023.", "it"),
    ("A visita de Netanyahu a Washington ocorre enquanto o cessar-fogo se mantém em Gaza, onde mais de 47.500 palestinos foram "
     "mortos desde 7 de outubro de 2023.", "pt"),
])
def test_a_date_in_a_relative_clause_of_place_is_not_the_trips(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert (NETANYAHU, "USA", "2025-02") in _typed(spec, text, "2025-02", "visit", language=language)


@pytest.mark.parametrize(("text", "language"), [
    # controls: the same trips without the clause, and English, read before (unchanged)
    ("La visite de Netanyahu à Washington intervient alors qu'un cessez-le-feu continue de tenir dans la bande de Gaza.", "fr"),
    ("La visita di Netanyahu a Washington arriva mentre il cessate il fuoco regge a Gaza.", "it"),
    ("Netanyahu's visit to Washington comes as a ceasefire continues to hold in Gaza, where more than 47,500 Palestinians have "
     "been killed since October 7, 2023.", "en"),
])
def test_a_trip_by_its_noun_without_the_clause_stays(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert (NETANYAHU, "USA", "2025-02") in _typed(spec, text, "2025-02", "visit", language=language)


def test_a_date_in_a_relative_clause_of_a_person_still_its_own(spec) -> None:  # noqa: ANN001
    # control: a trip made on a date told in the trip's own clause keeps it
    text = "Netanyahu s'est rendu à Washington le 4 février 2025, où il a rencontré Donald Trump."
    assert _typed(spec, text, "2025-02-10", "visit", language="fr") == [(NETANYAHU, "USA", "2025-02-04")]


# 2. A trip only supposed whose place is told back by an adverb ('Ob X dorthin reisen wird, ist unklar') is to the place the
#    sentence before names, not any trip of the person's: the trip announced elsewhere stands (PLACE_BACK, each language's):
#    batch 145's dev page zackzack-heikle-reise-putin-will-erdogan-besuchen, whose trip to Turkey fell with the doubt on the
#    BRICS summit in South Africa.
def test_a_doubt_on_a_trip_told_back_by_an_adverb_spares_the_other_trip(spec) -> None:  # noqa: ANN001
    text = ("Der russische Präsident Wladimir Putin wird zu Gesprächen in die Türkei reisen. Das Treffen der BRICS-Staaten findet "
            "in Südafrika statt. Ob Putin dorthin reisen wird, ist deshalb unklar.")
    assert _typed(spec, text, "2023-06-19", "planned_visit", language="de") == [(PUTIN, "TUR", None)]


@pytest.mark.parametrize(("text", "language"), [
    # parity: the other languages, read so before (unchanged)
    ("Vladimir Putin will travel to Turkey for talks. The summit takes place in South Africa. It is unclear if Putin will travel "
     "there.", "en"),
    ("Vladimir Putin viajará a Turquía para conversaciones. La cumbre se celebrará en Sudáfrica. No está claro si Putin viajará "
     "allí.", "es"),
])
def test_a_doubt_on_a_trip_told_back_in_other_languages(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-06-19", "planned_visit", language=language) == [(PUTIN, "TUR", None)]


@pytest.mark.parametrize("text", [
    # controls: the doubt told back on the same place, or on no place at all, still takes the trip (unchanged)
    "Der russische Präsident Wladimir Putin wird in die Türkei reisen. Ob er dorthin reisen wird, ist unklar.",
    "Der russische Präsident Wladimir Putin wird zu Gesprächen in die Türkei reisen. Ob Putin reisen wird, ist deshalb unklar.",
])
def test_a_doubt_on_the_same_trip_or_on_none_still_takes_it(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-06-19", "planned_visit", language="de") == []


# 3. A trip expected told in German reported speech or in the plural ('Er werde am 4. Februar in Washington erwartet', 'werden
#    … erwartet'), as 'wird … erwartet' is: batch 145's dev page lessentiel-netanjahu-folgt-einladung-von-trump-ins-weisse-haus.
@pytest.mark.parametrize("text", [
    "Benjamin Netanjahu werde am 4. Februar in Washington erwartet, teilte sein Büro am Dienstag mit.",
    "Benjamin Netanjahu und seine Frau werden am 4. Februar in Washington erwartet.",
])
def test_a_trip_expected_in_reported_speech_or_the_plural(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-01-28", "planned_visit", language="de") == [(NETANYAHU, "USA", "2025-02-04")]


def test_a_trip_expected_only_in_the_conditional_is_none(spec) -> None:  # noqa: ANN001
    # control: 'würde … erwartet, wenn er käme' is a trip supposed (unchanged)
    text = "Benjamin Netanjahu würde in Berlin erwartet, wenn er käme."
    assert _typed(spec, text, "2025-01-28", "planned_visit", language="de") == []


# 4. A weekday whose act the rest of its clause tells as set ('L'incontro … lunedì alla Casa Bianca è in programma per le 13',
#    'est prévue', 'está previsto', 'está marcado'): the day to come, not the Monday before a Sunday's page (the language's
#    future_after): batch 145's dev page iltempo-incontro-trump-netanyahu-casa-bianca-lunedi.
@pytest.mark.parametrize(("text", "language"), [
    ("L'incontro fra il premier israeliano Benjamin Netanyahu e il presidente Usa Donald Trump lunedì a Washington è in "
     "programma per le 13 ora locale.", "it"),
    ("La rencontre entre Benjamin Netanyahu et Donald Trump lundi à Washington est prévue à 13 heures.", "fr"),
    ("El encuentro entre Benjamin Netanyahu y Donald Trump el lunes en Washington está previsto para las 13 horas.", "es"),
    ("O encontro entre Benjamin Netanyahu e Donald Trump na segunda-feira em Washington está marcado para as 13 horas.", "pt"),
])
def test_a_weekday_whose_act_is_told_as_set_after_it_is_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-06", "planned_visit", language=language) == [(NETANYAHU, "USA", "2025-04-07")]


def test_a_weekday_whose_act_is_told_as_made_stays_past(spec) -> None:  # noqa: ANN001
    # control: 'è stato cordiale' tells the meeting made: no trip to come
    text = "L'incontro fra Benjamin Netanyahu e Donald Trump lunedì a Washington è stato cordiale."
    assert _typed(spec, text, "2025-04-09", "planned_visit", language="it") == []


# 5. The State peace talks are for or about ("peace talks for Ukraine", 'negoziati di pace per l'Ucraina', 'négociations de paix
#    pour l'Ukraine', 'negociações de paz para a Ucrânia') is what they are about, not a destination (CRIME_PLACE, each
#    language's): batch 145's dev page giornaledipuglia-putin-atterrato-ad-anchorage, whose landing in Alaska also gave a false
#    visit to Ukraine (a State Party: a wrong alert).
@pytest.mark.parametrize(("text", "language"), [
    ("Il presidente russo Vladimir Putin è atterrato ad Anchorage, in Alaska, per incontrare il presidente statunitense Donald "
     "Trump in un summit che potrebbe segnare una svolta nei negoziati di pace per l'Ucraina.", "it"),
    ("Russian President Vladimir Putin landed in Anchorage, Alaska, to meet Donald Trump for peace talks for Ukraine.", "en"),
    ("Le président russe Vladimir Poutine a atterri à Anchorage, en Alaska, pour rencontrer Donald Trump lors de négociations de "
     "paix pour l'Ukraine.", "fr"),
    ("O presidente russo Vladimir Putin aterrissou em Anchorage, no Alasca, para se reunir com Donald Trump nas negociações de "
     "paz para a Ucrânia.", "pt"),
    # parity: read so before (unchanged)
    ("El presidente ruso Vladímir Putin aterrizó en Anchorage, Alaska, para reunirse con Donald Trump en las negociaciones de paz "
     "para Ucrania.", "es"),
    ("Der russische Präsident Wladimir Putin ist in Anchorage in Alaska gelandet, um Donald Trump zu Friedensverhandlungen für die "
     "Ukraine zu treffen.", "de"),
])
def test_the_state_peace_talks_are_for_is_no_destination(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-08-15", "visit", language=language) == [(PUTIN, "USA", "2025-08-15")]


@pytest.mark.parametrize(("text", "language", "state"), [
    # controls: a peace summit held in a State, and a trip to a State for peace talks, are places (unchanged)
    ("Vladimir Putin arrived at the peace summit in Switzerland on Saturday.", "en", "CHE"),
    ("Il presidente russo Vladimir Putin è arrivato in Ucraina per colloqui di pace.", "it", "UKR"),
])
def test_a_peace_summit_held_in_a_state_is_a_place(spec, text: str, language: str, state: str) -> None:  # noqa: ANN001
    assert [c[1] for c in _typed(spec, text, "2025-08-15" if language == "it" else "2024-06-16", "visit", language=language)] == [state]
