"""Session 25 (issue 12): a trip named by its noun, set ahead by a wait ("ahead of X's visit") or by the main clause after it
("During X's visit, an agreement will be signed"), read in each language the monitor reads (the trip's nouns and verbs are data,
data/lookups/monitor_words.yaml: TRIP_NOUN_TOLD, AWAITED_TRIP, MAIN_AHEAD, CLAUSE_STOP); and the one vocabulary of gatherings
(``gatherings`` there) read by the rules that name a gathering. Sentences written for the purpose (not copied from the
real-news set), each language with contrasts that must not give a trip to come: a trip made, a trip cancelled, a trip only
supposed, a trip made by video link. No State or person is special-cased: the names below are only the record's, used as
examples."""

from __future__ import annotations

import pytest

from iccwatch.monitor import lexicon
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

NETANYAHU = "benjamin-netanyahu"
DAY = "2025-03-20"


def _trips(spec, text: str, language: str | None, date: str = DAY) -> list[tuple[object, ...]]:  # noqa: ANN001
    """(type, person, State) of the rules' visits and planned visits in ``text``, sorted."""
    doc = make_document(text, date=date, language=language)
    return sorted({(c.type, c.person, c.state) for c in extract_candidates(doc, spec, mode="rules")
                   if c.type in ("visit", "planned_visit")}, key=str)


# --- a trip's noun awaited, or set ahead by the main clause after it, in each language -------------------------------------

@pytest.mark.parametrize("language, text", [
    # awaited: the noun is the object of a preparation or a wait
    ("en", "Ahead of Benjamin Netanyahu's visit to Hungary, the police closed the centre of Budapest."),
    ("fr", "À la veille de la visite de Benjamin Netanyahu en Hongrie, la police a fermé le centre de Budapest."),
    ("es", "En vísperas de la visita de Benjamin Netanyahu a Hungría, la policía cerró el centro de Budapest."),
    ("de", "Im Vorfeld des Besuchs von Benjamin Netanyahu in Ungarn hat die Polizei das Zentrum von Budapest gesperrt."),
    ("it", "In vista della visita di Benjamin Netanyahu in Ungheria, la polizia ha chiuso il centro di Budapest."),
    ("pt", "Na véspera da visita de Benjamin Netanyahu à Hungria, a polícia fechou o centro de Budapeste."),
    # set ahead by the main clause after the noun
    ("en", "During Benjamin Netanyahu's visit to Hungary, the two governments will sign a treaty."),
    ("fr", "Lors de la visite de Benjamin Netanyahu en Hongrie, les deux gouvernements signeront un traité."),
    ("es", "Durante la visita de Benjamin Netanyahu a Hungría, los dos gobiernos firmarán un tratado."),
    ("de", "Beim Besuch von Benjamin Netanyahu in Ungarn werden die beiden Regierungen einen Vertrag unterzeichnen."),
    ("it", "Durante la visita di Benjamin Netanyahu in Ungheria, i due governi firmeranno un trattato."),
    ("pt", "Durante a visita de Benjamin Netanyahu à Hungria, os dois governos assinarão um tratado."),
])
def test_a_trip_noun_set_ahead_is_a_trip_to_come(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _trips(spec, text, language) == [("planned_visit", NETANYAHU, "HUN")]


@pytest.mark.parametrize("language, text", [
    # the main clause in the past: the trip made
    ("fr", "Lors de la visite de Benjamin Netanyahu en Hongrie, les deux gouvernements ont signé un traité."),
    ("es", "Durante la visita de Benjamin Netanyahu a Hungría, los dos gobiernos firmaron un tratado."),
    ("de", "Beim Besuch von Benjamin Netanyahu in Ungarn haben die beiden Regierungen einen Vertrag unterzeichnet."),
    ("it", "Durante la visita di Benjamin Netanyahu in Ungheria, i due governi hanno firmato un trattato."),
    ("pt", "Durante a visita de Benjamin Netanyahu à Hungria, os dois governos assinaram um tratado."),
    # the future told after a verb of saying ends the main clause: the trip made, the saying's object to come
    ("fr", "Lors de la visite de Benjamin Netanyahu en Hongrie, le gouvernement a annoncé qu'il quittera la Cour."),
    ("es", "Durante la visita de Benjamin Netanyahu a Hungría, el gobierno anunció que abandonará la Corte."),
    ("de", "Beim Besuch von Benjamin Netanyahu in Ungarn kündigte die Regierung an, dass sie den Gerichtshof verlassen wird."),
    ("it", "Durante la visita di Benjamin Netanyahu in Ungheria, il governo ha annunciato che lascerà la Corte."),
    ("pt", "Durante a visita de Benjamin Netanyahu à Hungria, o governo anunciou que deixará o Tribunal."),
])
def test_a_trip_noun_with_its_main_clause_in_the_past_stays_a_visit(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _trips(spec, text, language) == [("visit", NETANYAHU, "HUN")]


@pytest.mark.parametrize("language, text", [
    # cancelled
    ("fr", "À la veille de la visite de Benjamin Netanyahu en Hongrie, le voyage a été annulé."),
    ("es", "En vísperas de la visita de Benjamin Netanyahu a Hungría, el viaje fue cancelado."),
    ("de", "Im Vorfeld des Besuchs von Benjamin Netanyahu in Ungarn wurde die Reise abgesagt."),
    ("it", "In vista della visita di Benjamin Netanyahu in Ungheria, il viaggio è stato annullato."),
    ("pt", "Na véspera da visita de Benjamin Netanyahu à Hungria, a viagem foi cancelada."),
    # by video link
    ("fr", "Lors de la visite de Benjamin Netanyahu en Hongrie, il participera par visioconférence."),
    ("es", "Durante la visita de Benjamin Netanyahu a Hungría, participará por videoconferencia."),
    ("de", "Beim Besuch von Benjamin Netanyahu in Ungarn wird er per Videoschalte teilnehmen."),
])
def test_a_trip_noun_cancelled_or_by_video_gives_no_trip_to_come(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert not any(t[0] == "planned_visit" for t in _trips(spec, text, language))


@pytest.mark.parametrize("language, text", [
    ("fr", "S'il se rend en Hongrie, Benjamin Netanyahu devra être arrêté lors de sa visite."),
    ("es", "Si viaja a Hungría, Benjamin Netanyahu deberá ser detenido durante la visita."),
    ("de", "Falls Benjamin Netanyahu nach Ungarn reist, müsste er beim Besuch festgenommen werden."),
    ("it", "Se Benjamin Netanyahu si recasse in Ungheria, dovrebbe essere arrestato durante la visita."),
    ("pt", "Se Benjamin Netanyahu viajar à Hungria, deverá ser detido durante a visita."),
])
def test_a_trip_only_supposed_gives_no_trip(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _trips(spec, text, language) == []


# --- one vocabulary of gatherings ----------------------------------------------------------------------------------------------

def test_the_vocabulary_reads_each_language_and_names_one_concept(spec) -> None:  # noqa: ANN001
    words = lexicon.gatherings_for(spec.lexicon["gatherings"], "fr")
    assert words.concept("sommet") == words.concept("summits") == "summit"
    assert words.concept("obsèques") == "funeral"
    assert words.concept("cumbre") is None  # Spanish is not read in a French page
    assert lexicon.gatherings_for(spec.lexicon["gatherings"], "es").concept("cumbre") == "summit"


def test_a_pattern_that_names_gatherings_needs_a_vocabulary_in_force() -> None:
    with pytest.raises(LookupError):
        lexicon.GATHERING_TIME.search("the summit, which opens on Monday")


@pytest.mark.parametrize("text, want", [
    # a gathering the former lists of GATHERING_TIME left out ("coronation"): its own time is not the arrival's
    ("Benjamin Netanyahu arrived in London for the coronation, which takes place on Saturday.", "2025-03-20"),
    ("Benjamin Netanyahu arrived in London for the talks, which begin on Saturday.", "2025-03-20"),
])
def test_a_gatherings_own_time_is_not_the_arrivals(spec, text: str, want: str) -> None:  # noqa: ANN001
    doc = make_document(text, date=DAY)
    got = [(c.type, c.state, c.date) for c in extract_candidates(doc, spec, mode="rules") if c.type in ("visit", "planned_visit")]
    assert got == [("visit", "GBR", want)]


def test_a_state_named_as_a_delegations_owner_is_no_trips_place(spec) -> None:  # noqa: ANN001
    text = ("The US, European and Canadian delegations walked out of the inauguration ceremony over Benjamin Netanyahu's presence.\n\n"
            "Benjamin Netanyahu was received at the airport upon arrival by ministers.")
    doc = make_document(text, date=DAY)
    assert not any(c.state == "USA" for c in extract_candidates(doc, spec, mode="rules"))


# --- the subject of a later trip verb (the dev half's non-English misses) -----------------------------------------------------

@pytest.mark.parametrize("language, text", [
    # a first verb whose subject is a pronoun told before the name, the name then the subject of a later trip verb
    ("fr", "Il est arrivé sans bruit : en costume bleu, Benjamin Netanyahu, le premier ministre, pose à Budapest pour la photo de groupe."),
    ("en", "Officials arrived early; Benjamin Netanyahu, the prime minister, landed in Budapest an hour later."),
])
def test_the_person_is_the_subject_of_a_later_trip_verb(spec, language: str, text: str) -> None:  # noqa: ANN001
    assert _trips(spec, text, language) == [("visit", NETANYAHU, "HUN")]


@pytest.mark.parametrize("text", [
    # the later verb's subject is another: a clause between the name and the verb
    "Ministers arrived in Budapest to denounce Benjamin Netanyahu while the delegates toured Hungary.",
    # the name is a verb's object, the later verb another's
    "Diplomats arrived in Budapest before Benjamin Netanyahu and reporters visited Hungary's parliament.",
])
def test_no_later_trip_verb_of_another_subject(spec, text: str) -> None:  # noqa: ANN001
    assert _trips(spec, text, None) == []


@pytest.mark.parametrize("language, text", [
    # a language's own pattern reads the vocabulary too ({gathering} in monitor_words.yaml): gatherings its former list left out
    ("de", "Benjamin Netanyahu ist in Ungarn eingetroffen, zur Krönung, die am Mittwoch stattfindet."),
    ("it", "Benjamin Netanyahu è arrivato in Ungheria per i funerali, che si terranno mercoledì."),
    ("pt", "Benjamin Netanyahu chegou à Hungria para o funeral, que acontece na quarta-feira."),
])
def test_a_languages_gathering_time_reads_the_vocabulary(spec, language: str, text: str) -> None:  # noqa: ANN001
    doc = make_document(text, date="2025-10-20", language=language)  # a Monday
    got = [(c.type, c.state, c.date) for c in extract_candidates(doc, spec, mode="rules") if c.type in ("visit", "planned_visit")]
    assert got == [("visit", "HUN", "2025-10-20")]
