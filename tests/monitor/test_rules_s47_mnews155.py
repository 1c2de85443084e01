"""Session 47 (issue 12, task mnews155): trips made and planned, and a government's refusal, in shapes batch 155's dev
pages showed the rules missed, written for their general form in the languages each family covers:

- a State named with the plural article's contraction before it, Portuguese 'nos', 'aos', 'nas', 'às' ('desembarcou nos
  Estados Unidos', 'viajará aos Estados Unidos') and Italian 'negli', 'nei', 'nelle', 'agli', 'ai' ('si recherà negli Stati
  Uniti', 'nei Paesi Bassi'): a place someone is in or goes to, as French 'aux États-Unis' and Spanish 'a los Estados Unidos'
  were already read;
- Portuguese 'vai à Índia', 'vai a Budapeste', 'vão aos Estados Unidos': the present of 'ir' before a capitalised place, a
  trip to come (not 'não vai', not in a condition, not 'vai a julgamento');
- the warrant's own noun with a passive of carrying it out, denied ('a ordem de prisão não será cumprida', 'le mandat ne sera
  pas exécuté', 'la orden no será ejecutada', 'il mandato non sarà eseguito'): a refusal, as German 'dass der Haftbefehl
  nicht vollstreckt wird' and English 'will not be executed' were already read.

The sentences are written for the tests (none copied from a page of the set), with controls that must not change. The
names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NET = "benjamin-netanyahu"
PUT = "vladimir-vladimirovich-putin"
DAY = "2025-04-07"  # a Monday

PLURAL_ARTICLE = [
    ("pt", "Benjamin Netanyahu desembarcou nos Estados Unidos na noite de domingo.", "visit", NET, "USA"),
    ("pt", "Vladimir Putin chegou nas Filipinas para uma visita oficial.", "visit", PUT, "PHL"),
    ("pt", "Benjamin Netanyahu viajará aos Estados Unidos no próximo mês.", "planned_visit", NET, "USA"),
    ("pt", "Vladimir Putin viajará às Filipinas no próximo mês.", "planned_visit", PUT, "PHL"),
    ("it", "Benjamin Netanyahu è arrivato negli Stati Uniti nella notte.", "visit", NET, "USA"),
    ("it", "Benjamin Netanyahu si recherà negli Stati Uniti il mese prossimo.", "planned_visit", NET, "USA"),
    ("it", "Vladimir Putin si recherà nei Paesi Bassi il mese prossimo.", "planned_visit", PUT, "NLD"),
    ("it", "Vladimir Putin si recherà nelle Filippine il mese prossimo.", "planned_visit", PUT, "PHL"),
]


@pytest.mark.parametrize(("language", "text", "kind", "person", "state"), PLURAL_ARTICLE,
                         ids=[f"{p[0]}{i}" for i, p in enumerate(PLURAL_ARTICLE)])
def test_a_state_after_the_plural_articles_contraction_is_the_trips_place(spec, language: str, text: str, kind: str,  # noqa: ANN001
                                                                           person: str, state: str) -> None:
    got = _typed(spec, text, DAY, kind, language=language)
    assert [(p, s) for p, s, _ in got] == [(person, state)]


# Controls, read before the change and after it: the same trips in French, Spanish and English, and the singular articles.
PLURAL_CONTROLS = [
    ("fr", "Benjamin Netanyahou se rendra aux Pays-Bas le mois prochain.", "planned_visit", NET, "NLD"),
    ("es", "Benjamin Netanyahu viajará a los Países Bajos el próximo mes.", "planned_visit", NET, "NLD"),
    ("en", "Benjamin Netanyahu will travel to the Netherlands next month.", "planned_visit", NET, "NLD"),
    ("pt", "Benjamin Netanyahu viajará para os Estados Unidos no próximo mês.", "planned_visit", NET, "USA"),
    ("pt", "Benjamin Netanyahu chegou à Hungria nesta segunda-feira.", "visit", NET, "HUN"),
    ("it", "Benjamin Netanyahu si recherà in Ungheria il mese prossimo.", "planned_visit", NET, "HUN"),
]


@pytest.mark.parametrize(("language", "text", "kind", "person", "state"), PLURAL_CONTROLS,
                         ids=[f"{p[0]}{i}" for i, p in enumerate(PLURAL_CONTROLS)])
def test_controls_the_same_trips_in_other_words_stay_read(spec, language: str, text: str, kind: str, person: str,  # noqa: ANN001
                                                          state: str) -> None:
    got = _typed(spec, text, DAY, kind, language=language)
    assert [(p, s) for p, s, _ in got] == [(person, state)]


GOES_TO = [
    ("Vladimir Putin vai à Índia em dezembro para a cimeira anual.", "IND"),
    ("Benjamin Netanyahu vai a Budapeste na próxima semana.", "HUN"),
    ("Vladimir Putin vai ao Cazaquistão no próximo mês.", "KAZ"),
    ("Benjamin Netanyahu vai aos Estados Unidos na próxima semana para se reunir com o presidente.", "USA"),
]


@pytest.mark.parametrize(("text", "state"), GOES_TO, ids=[f"pt{i}" for i in range(len(GOES_TO))])
def test_portuguese_vai_a_before_a_place_is_a_trip_to_come(spec, text: str, state: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, DAY, "planned_visit", language="pt")
    assert [s for _, s, _ in got] == [state]
    assert _typed(spec, text, DAY, "visit", language="pt") == []


# Controls: a trip denied, only supposed, 'vai a julgamento', 'vai ao encontro de', and another person going there.
GOES_TO_CONTROLS = [
    "Vladimir Putin não vai ao Brasil para a cimeira.",
    "Se Vladimir Putin vai ao Brasil, será preso.",
    "Caso Benjamin Netanyahu vá à Irlanda, será detido.",
    "Vladimir Putin vai a julgamento à revelia, dizem os juristas.",
    "Lula vai à Rússia para a cimeira com Vladimir Putin.",
]


@pytest.mark.parametrize("text", GOES_TO_CONTROLS, ids=[f"pt{i}" for i in range(len(GOES_TO_CONTROLS))])
def test_controls_no_trip_from_vai_a_denied_supposed_or_anothers(spec, text: str) -> None:  # noqa: ANN001
    for kind in ("planned_visit", "visit"):
        assert _typed(spec, text, DAY, kind, language="pt") == []


NOT_CARRIED_OUT = [
    ("pt", "O primeiro-ministro húngaro garantiu que a ordem de prisão contra Benjamin Netanyahu não será cumprida na Hungria."),
    ("pt", "O governo húngaro assegurou que o mandado contra Benjamin Netanyahu não seria executado na Hungria."),
    ("fr", "Le Premier ministre hongrois a assuré que le mandat d'arrêt contre Benjamin Netanyahou ne sera pas exécuté en Hongrie."),
    ("es", "El primer ministro húngaro aseguró que la orden de arresto contra Benjamin Netanyahu no será ejecutada en Hungría."),
    ("es", "El Gobierno húngaro aseguró que la orden contra Benjamin Netanyahu no se cumplirá en Hungría."),
    ("it", "Il premier ungherese ha assicurato che il mandato d'arresto contro Benjamin Netanyahu non sarà eseguito in Ungheria."),
]


@pytest.mark.parametrize(("language", "text"), NOT_CARRIED_OUT, ids=[f"{t[0]}{i}" for i, t in enumerate(NOT_CARRIED_OUT)])
def test_a_warrant_that_will_not_be_carried_out_is_a_refusal(spec, language: str, text: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-11-22", "refusal", language=language)
    assert [(p, s) for p, s, _ in got] == [(NET, "HUN")]


# Controls: the same passive affirmed (a pledge to comply), a fear or a demand, and the English and German already read.
CARRIED_OUT_CONTROLS = [
    ("pt", "O governo português garantiu que o mandado contra Benjamin Netanyahu será cumprido.", []),
    ("pt", "A organização teme que o mandado contra Benjamin Netanyahu não seja cumprido pela Hungria.", []),
    ("fr", "La France assure que le mandat contre Benjamin Netanyahou sera exécuté.", []),
    ("es", "España asegura que la orden contra Benjamin Netanyahu será ejecutada.", []),
    ("it", "Il governo italiano ha assicurato che il mandato contro Benjamin Netanyahu sarà eseguito.", []),
    ("en", "Hungary's prime minister said the arrest warrant against Benjamin Netanyahu will not be executed in Hungary.",
     [(NET, "HUN")]),
    ("de", "Der ungarische Regierungschef versicherte, dass der Haftbefehl gegen Benjamin Netanjahu in Ungarn nicht "
     "vollstreckt wird.", [(NET, "HUN")]),
]


@pytest.mark.parametrize(("language", "text", "want"), CARRIED_OUT_CONTROLS,
                         ids=[f"{t[0]}{i}" for i, t in enumerate(CARRIED_OUT_CONTROLS)])
def test_controls_a_pledge_or_a_fear_is_no_refusal(spec, language: str, text: str, want: list) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2024-11-22", "refusal", language=language)
    assert [(p, s) for p, s, _ in got] == want


# (session 47) German declines the adjective of the three States named 'Vereinigt-' after an article or a preposition: the
# declined forms are names of those States (data/lookups/state_names.yaml, monitor.extra_names), as the nominative and 'USA'.
DECLINED = [
    ("Benjamin Netanjahu ist am Montag in den Vereinigten Staaten eingetroffen.", "visit", NET, "USA"),
    ("Benjamin Netanjahu reist nächste Woche in die Vereinigten Staaten.", "planned_visit", NET, "USA"),
    ("Wladimir Putin reist nächste Woche in die Vereinigten Arabischen Emirate.", "planned_visit", PUT, "ARE"),
    ("Wladimir Putin ist am Montag in den Vereinigten Arabischen Emiraten eingetroffen.", "visit", PUT, "ARE"),
    ("Wladimir Putin reist nächste Woche in das Vereinigte Königreich.", "planned_visit", PUT, "GBR"),
    ("Benjamin Netanjahu ist am Montag im Vereinigten Königreich eingetroffen.", "visit", NET, "GBR"),
]


@pytest.mark.parametrize(("text", "kind", "person", "state"), DECLINED, ids=[f"de{i}" for i in range(len(DECLINED))])
def test_german_declined_vereinigt_names_are_the_states(spec, text: str, kind: str, person: str, state: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, DAY, kind, language="de")
    assert [(p, s) for p, s, _ in got] == [(person, state)]


# Controls: 'USA' as before; the State as the attribute of an office or a government is no place of a trip.
DECLINED_CONTROLS = [
    ("Benjamin Netanjahu reist nächste Woche in die USA.", "planned_visit", [(NET, "USA")]),
    ("Die Regierung des Vereinigten Königreichs erklärte, Benjamin Netanjahu werde festgenommen, falls er einreise.", "visit", []),
    ("Die Regierung des Vereinigten Königreichs erklärte, Benjamin Netanjahu werde festgenommen, falls er einreise.",
     "planned_visit", []),
]


@pytest.mark.parametrize(("text", "kind", "want"), DECLINED_CONTROLS, ids=[f"de{i}" for i in range(len(DECLINED_CONTROLS))])
def test_controls_german_usa_and_an_offices_state(spec, text: str, kind: str, want: list) -> None:  # noqa: ANN001
    got = _typed(spec, text, DAY, kind, language="de")
    assert [(p, s) for p, s, _ in got] == want
