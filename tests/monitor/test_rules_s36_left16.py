"""Session 36 (issue 12, task mleft16): the monitor's leftovers, sixteenth list (what session 35 left). Each item is a general
rule, tested with sentences written for the test and a contrast that must not fire; the words are data in
``data/lookups/monitor_words.yaml`` (places in ``places.yaml`` and ``state_names.yaml``). The names are the record's, used as
examples (no State or person is special-cased)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.monitor.probe import typed as _typed

BASHIR = "omar-hassan-ahmad-al-bashir"
PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
NGAISSONA = "patrice-edouard-ngaissona"


# 1. A meeting told in the past, the person its object: a visit of the person to the place's State, dated by the meeting.
@pytest.mark.parametrize(("text", "language"), [
    ("Donald Trump met Vladimir Putin in Anchorage on Friday.", "en"),
    ("Donald Trump met Vladimir Putin in Alaska on Friday.", "en"),
    ("Donald Trump se reunió con Vladimir Putin en Alaska el viernes.", "es"),
    ("Donald Trump se encontró con el presidente ruso, Vladimir Putin, en Anchorage el viernes.", "es"),
    ("Donald Trump a rencontré Vladimir Poutine à Anchorage vendredi.", "fr"),
    ("Donald Trump ha incontrato Vladimir Putin ad Anchorage venerdì.", "it"),
    ("Donald Trump se encontrou com Vladimir Putin no Alasca na sexta-feira.", "pt"),
    ("Donald Trump traf Wladimir Putin am Freitag in Anchorage.", "de"),
])
def test_a_meeting_told_in_the_past_is_the_persons_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-08-18", "visit", language=language) == [(PUTIN, "USA", "2025-08-15")]


@pytest.mark.parametrize(("text", "language"), [
    # by video or by phone: no one travelled
    ("Donald Trump met Vladimir Putin by video on Friday.", "en"),
    ("Donald Trump se reunió con Vladimir Putin por videoconferencia el viernes.", "es"),
    # in the person's own capital: no trip abroad
    ("Donald Trump met Vladimir Putin in Moscow on Friday.", "en"),
    ("Donald Trump a rencontré Vladimir Poutine à Moscou vendredi.", "fr"),
    # the person's envoy met, not the person
    ("Donald Trump met Vladimir Putin's envoy in Anchorage on Friday.", "en"),
    ("Donald Trump a rencontré l'envoyé de Vladimir Poutine à Anchorage vendredi.", "fr"),
    # the ICC prosecutor met: no person under warrant
    ("Donald Trump met with the ICC prosecutor in Anchorage on Friday.", "en"),
    # the person named far after the verb, in what the meeting prepared
    ("Sergei Lavrov met President Ukhnaagiin Khurelsukh in Ulaanbaatar on Tuesday to prepare a visit by Vladimir Putin next "
     "year.", "en"),
])
def test_a_meeting_at_home_remote_or_with_another_is_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-08-18", "visit", language=language) == []


# 2. The States' names in the languages the monitor reads: each State of a trip the record holds is found by its name in each
#    language (the CLDR's, as Babel ships it; European and Brazilian Portuguese both), except the names the data leaves out with
#    its reason (question_state_names.yaml ``not_read``). Babel is the ``lookups`` extra (pyproject.toml): skipped without it.
def _trip_states(facts: Any) -> list[str]:
    return sorted({e.state for e in facts.records.events.values() if e.state})


def test_each_trip_states_name_resolves_in_each_language(spec, facts) -> None:  # noqa: ANN001
    babel = pytest.importorskip("babel")
    from iccwatch.monitor.gazetteer import add_folded_places, pipeline
    from iccwatch.monitor.mentions import _mentions, _resolve_state

    not_read = set(facts.records.lookups["question_state_names"]["not_read"]["names"])
    nlp = pipeline(spec)
    missed = []
    states = _trip_states(facts)
    assert len(states) > 50
    for locale in ("fr", "es", "pt_BR", "pt_PT", "it", "de"):
        names = babel.Locale.parse(locale).territories
        for iso3 in states:
            name = names[facts.records.states[iso3].iso2]
            if name in not_read:
                continue
            text = f"Vladimir Putin est là: {name}, depuis mardi."
            doc = nlp(text)
            add_folded_places(doc, spec)
            if iso3 not in {_resolve_state(m, text, text, spec)[0] for m in _mentions(doc, spec)}:
                missed.append((locale, iso3, name))
    assert missed == []


@pytest.mark.parametrize(("text", "language", "state"), [
    ("Vladimir Putin visitou a França na terça-feira.", "pt", "FRA"),  # not the Brazilian city 'Franca'
    ("Vladimir Putin chegou ao Alasca na terça-feira.", "pt", "USA"),
    ("Vladimir Putin llegó a Yeda el martes.", "es", "SAU"),
    ("Vladimir Poutine est arrivé mardi à Abou Dhabi.", "fr", "ARE"),
    ("Vladimir Putin chegou a Nova Iorque na terça-feira.", "pt", "USA"),
])
def test_the_forms_the_gazetteer_lacked_place_a_visit(spec, text: str, language: str, state: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-08-13", "visit", language=language) == [(PUTIN, state, "2025-08-12")]


# 3. An opening participle after a wire's dateline is read as it is at the head of the sentence.
@pytest.mark.parametrize(("text", "language"), [
    ("ABUJA (AFP) - Arrivé dimanche, le président soudanais Omar el-Béchir est reparti lundi.", "fr"),
    ("ABUJA (EFE).- Llegado el domingo, el presidente sudanés Omar al Bashir se marchó el lunes.", "es"),
    ("Llegado el domingo a Abuja, el presidente sudanés Omar al Bashir se marchó el lunes.", "es"),
    ("ABUJA (Lusa) - Chegado no domingo, o presidente sudanês Omar al-Bashir partiu na segunda-feira.", "pt"),
    ("ABUJA (ANSA) - Arrivato domenica, il presidente sudanese Omar al Bashir è ripartito lunedì.", "it"),
])
def test_an_opening_participle_after_a_dateline_is_an_arrival(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2014-02-25", "visit", language=language) == [(BASHIR, "NGA", "2014-02-23")]


@pytest.mark.parametrize(("text", "language"), [
    # the opening's subject is another person
    ("ABUJA (AFP) - Arrivé dimanche, le ministre nigérian a parlé d'Omar el-Béchir.", "fr"),
    ("ABUJA (EFE).- Llegado el domingo, el ministro nigeriano habló de Omar al Bashir.", "es"),
])
def test_an_opening_participle_of_another_is_not_the_persons(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2014-02-25", "visit", language=language) == []


# 4. The futures of the trip-to-come verbs in each language.
@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Poutine ira en Mongolie mardi.", "fr"),
    ("Vladimir Poutine visitera la Mongolie mardi.", "fr"),
    ("Vladimir Poutine fera une visite en Mongolie mardi.", "fr"),
    ("Vladimir Poutine sera en Mongolie mardi.", "fr"),
    ("Vladimir Poutine prendra part au sommet d'Oulan-Bator mardi.", "fr"),
    ("Vladimir Putin andrà in Mongolia martedì.", "it"),
    ("Vladimir Putin sarà in Mongolia martedì.", "it"),
    ("Vladimir Putin effettuerà una visita in Mongolia martedì.", "it"),
    ("Vladimir Putin prenderà parte al vertice di Ulan Bator martedì.", "it"),
    ("Vladimir Putin volerà in Mongolia martedì.", "it"),
    ("Vladimir Putin assisterà al vertice di Ulan Bator martedì.", "it"),
    ("Vladimir Putin irá a Mongolia el martes.", "es"),
    ("Vladimir Putin estará en Mongolia el martes.", "es"),
    ("Vladimir Putin realizará una visita a Mongolia el martes.", "es"),
    ("Vladimir Putin tomará parte en la cumbre de Ulán Bator el martes.", "es"),
    ("Vladimir Putin estará na Mongólia na terça-feira.", "pt"),
    ("Vladimir Putin realizará uma visita à Mongólia na terça-feira.", "pt"),
    ("Vladimir Putin vai fazer uma visita à Mongólia na terça-feira.", "pt"),
    ("Vladimir Putin assistirá à cúpula em Ulan Bator na terça-feira.", "pt"),
    ("Vladimir Putin vai participar da cúpula em Ulan Bator na terça-feira.", "pt"),
    ("Wladimir Putin wird am Dienstag in die Mongolei fahren.", "de"),
    ("Wladimir Putin wird am Dienstag am Gipfel in Ulan Bator teilnehmen.", "de"),
])
def test_each_languages_future_of_a_trip_is_read(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-08-11", "planned_visit", language=language) == [(PUTIN, "MNG", "2025-08-12")]


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Poutine ne sera pas en Mongolie mardi.", "fr"),
    ("Vladimir Putin non sarà in Mongolia martedì.", "it"),
    ("Vladimir Putin no estará en Mongolia el martes.", "es"),
    ("Vladimir Putin não estará na Mongólia na terça-feira.", "pt"),
    ("Vladimir Poutine sera à la tête de la délégation mardi.", "fr"),
])
def test_a_future_denied_or_of_no_place_is_no_trip(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-08-11", "planned_visit", language=language) == []


def test_a_visit_made_with_the_states_article_in_french(spec) -> None:  # noqa: ANN001
    text = "Vladimir Poutine a visité la Mongolie mardi."
    assert _typed(spec, text, "2025-08-11", "visit", language="fr") == [(PUTIN, "MNG", "2025-08-05")]


# 5. A State's leaving told with a weekday before its future, and a person's stay in the present beside it: both are read.
@pytest.mark.parametrize(("text", "day"), [
    ("A Hungria anunciou, esta quinta-feira, que vai sair do TPI, no mesmo dia em que Benjamin Netanyahu se encontra de visita a "
     "Budapeste.", "2025-04-03"),
    ("A Hungria anunciou que vai sair do TPI, no mesmo dia em que Benjamin Netanyahu se encontra de visita a Budapeste.", "2025-04-03"),
])
def test_a_stay_beside_a_withdrawal_is_read(spec, text: str, day: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "withdrawal_announced", language="pt") == [(None, "HUN", day)]
    assert _typed(spec, text, "2025-04-03", "visit", language="pt") == [(NETANYAHU, "HUN", day)]


def test_a_withdrawal_naming_a_person_without_a_stay_gives_no_visit(spec) -> None:  # noqa: ANN001
    text = "A Hungria anunciou, esta quinta-feira, que vai sair do TPI, que emitiu um mandado contra Benjamin Netanyahu."
    assert _typed(spec, text, "2025-04-03", "visit", language="pt") == []
    assert _typed(spec, text, "2025-04-03", "withdrawal_announced", language="pt") == [(None, "HUN", "2025-04-03")]


# 6. An arrest told first without the name: the person under warrant named within the next two sentences, alone.
@pytest.mark.parametrize(("text", "language"), [
    ("Un ancien chef de milice recherché par la CPI a été arrêté en France. Le parquet a confirmé l'interpellation. Il s'agit "
     "de Patrice-Édouard Ngaïssona.", "fr"),
    ("Un ancien chef de milice recherché par la CPI a été arrêté en France. Les autorités françaises ont arrêté sur leur "
     "territoire un ancien chef des milices anti-balaka, Patrice-Édouard Ngaïssona, pour crimes de guerre.", "fr"),
    ("Un antiguo jefe de milicia buscado por la CPI fue detenido en Francia. La fiscalía confirmó la detención. Se trata de "
     "Patrice-Édouard Ngaïssona.", "es"),
    ("Um antigo chefe de milícia procurado pelo TPI foi detido em França. O Ministério Público confirmou a detenção. Trata-se de "
     "Patrice-Édouard Ngaïssona.", "pt"),
])
def test_a_nameless_arrest_is_the_person_named_next(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2018-12-12", "arrest", language=language) == [(NGAISSONA, "FRA", "2018-12-12")]


@pytest.mark.parametrize("text", [
    # two persons under warrant named after: whose arrest it was, the text does not say
    "Un ancien chef de milice recherché par la CPI a été arrêté en France. Le parquet a confirmé l'interpellation. Il s'agit de "
    "Patrice-Édouard Ngaïssona, et non d'Alfred Yekatom.",
    # the person named only three sentences later
    "Un ancien chef de milice a été arrêté en France. Le parquet a confirmé l'interpellation. La presse a rappelé l'affaire. "
    "Patrice-Édouard Ngaïssona est recherché.",
])
def test_a_nameless_arrest_with_no_single_person_next_is_no_ones(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2018-12-12", "arrest", language="fr") == []
