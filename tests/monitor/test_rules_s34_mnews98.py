"""Session 34 (issue 12, task mnews98): readings written on batches 98-99's dev errors. Each test holds sentences written for
it (not copied from the real-news set) and contrasts that must not fire. The wordings are general: a surrender told in French by
the Court's custody as the destination ('transféré à la garde de la CPI'), and the arrival at the Court's seat of the person so
transferred (no visit); a French refusal to hand over with an adverb between the verb and 'de' ('refuse toujours de remettre X,
…, à la CPI'); a Spanish surrender told by the reflexive ('se ha entregado a las autoridades …', 'se entregó al Tribunal Penal
Internacional') or by the Court's other Spanish name ('entregado al Tribunal Penal Internacional'); an Italian arrest told as
the outcome of an act ('ha portato all'arresto di X'), its State by the Italian demonym of Germany ('le autorità tedesche'), and
a person named as the name of a case ('nel caso X') who is not the one the act is told of. No State or person is special-cased:
the names are the record's, used as examples, and each sentence's day comes after the person's warrant."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed

KATANGA = "germain-katanga"
HARUN = "ahmad-muhammad-harun"
EL_HISHRI = "khaled-mohamed-ali-el-hishri"
ALMASRI = "osama-elmasry-njeem"
# a page of Wednesday 2025-05-07 (Saturday is 2025-05-03, Monday 2025-05-05, Tuesday 2025-05-06)
DAY = "2025-05-07"


# --- 1. French: the Court's custody as the destination ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "state", "date"), [
    ("Germain Katanga a été transféré samedi à la garde de la CPI par les autorités congolaises.", "COD", "2025-05-03"),
    ("Germain Katanga a été remis lundi sous la garde de la Cour pénale internationale.", None, "2025-05-05"),
])
def test_a_transfer_to_the_courts_custody_is_a_surrender(spec, text: str, state: str | None, date: str) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "surrender", language="fr") == [(KATANGA, state, date)], text


def test_a_transfer_only_possible_is_no_surrender(spec) -> None:  # noqa: ANN001
    text = "Germain Katanga pourrait être transféré à la garde de la CPI dans les prochains jours."
    assert typed(spec, text, DAY, "surrender", language="fr") == [], text


def test_the_arrival_at_the_seat_of_a_person_so_transferred_is_no_visit(spec) -> None:  # noqa: ANN001
    text = ("Germain Katanga est arrivé mercredi matin à La Haye, aux Pays-Bas, accompagné par des agents de la CPI. "
            "Il avait été transféré à la garde de la CPI samedi.")
    assert typed(spec, text, DAY, "visit", language="fr") == [], text
    assert typed(spec, text, DAY, "surrender", language="fr") == [(KATANGA, None, "2025-05-03")], text


def test_an_arrival_in_the_netherlands_with_no_custody_told_stays_a_visit(spec) -> None:  # noqa: ANN001
    # the contrast: nothing tells a custody, so the arrival is a trip (the rule above does not drop every arrival there)
    text = "Germain Katanga est arrivé mercredi matin à Amsterdam, aux Pays-Bas."
    assert typed(spec, text, DAY, "visit", language="fr") == [(KATANGA, "NLD", DAY)], text


# --- 2. French: a refusal to hand over with an adverb, the person described at length -----------------------------------------

@pytest.mark.parametrize("text", [
    "Le Soudan refuse toujours de remettre Ahmad Harun, ancien ministre d'État chargé des affaires humanitaires du pays, "
    "à la Cour pénale internationale.",
    "Le Soudan refuse donc de livrer Ahmad Harun à la CPI.",
])
def test_a_refusal_to_hand_over_with_an_adverb_is_read(spec, text: str) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "refusal", language="fr") == [(HARUN, "SDN", None)], text


@pytest.mark.parametrize("text", [
    # a refusal denied, a handover accepted
    "Le Soudan ne refuse pas de remettre Ahmad Harun à la CPI.",
    "Le Soudan a accepté de remettre Ahmad Harun, ancien ministre d'État chargé des affaires humanitaires du pays, "
    "à la Cour pénale internationale.",
])
def test_a_handover_not_refused_is_no_refusal(spec, text: str) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "refusal", language="fr") == [], text


# --- 3. Spanish: a person's own surrender, the Court by its other name ---------------------------------------------------------

@pytest.mark.parametrize(("text", "state", "date"), [
    ("El exministro Ahmad Harun se entregó el martes al Tribunal Penal Internacional.", None, "2025-05-06"),
    ("Ahmad Harun fue entregado el martes al Tribunal Penal Internacional por las autoridades de Sudán.", "SDN", "2025-05-06"),
])
def test_a_spanish_surrender_by_the_reflexive_or_the_courts_other_name(spec, text: str, state: str | None, date: str) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "surrender", language="es") == [(HARUN, state, date)], text


@pytest.mark.parametrize("text", [
    # a surrender asked for, supposed, refused; a handover to another tribunal
    "La Fiscalía pidió que Ahmad Harun se entregue al Tribunal Penal Internacional.",
    "Si Ahmad Harun se entrega al Tribunal Penal Internacional, será juzgado en La Haya.",
    "Ahmad Harun se negó a entregarse al Tribunal Penal Internacional.",
    "Ahmad Harun fue entregado al Tribunal Penal Internacional para la ex Yugoslavia.",
])
def test_a_spanish_surrender_not_made_is_none(spec, text: str) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "surrender", language="es") == [], text


# --- 4. Italian: the arrest as the outcome of an act, its State by the demonym, a case's name ---------------------------------

@pytest.mark.parametrize(("text", "state", "date"), [
    ("La collaborazione della polizia francese ha portato all'arresto martedì dell'ex comandante Germain Katanga.", "FRA", "2025-05-06"),
    ("L'indagine ha portato lunedì all'arresto di Germain Katanga a Parigi.", "FRA", "2025-05-05"),
])
def test_an_arrest_told_as_the_outcome_of_an_act(spec, text: str, state: str, date: str) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "arrest", language="it") == [(KATANGA, state, date)], text


@pytest.mark.parametrize("text", [
    # an arrest only possible, one asked for
    "La collaborazione potrebbe portare all'arresto di Germain Katanga.",
    "La Procura ha chiesto l'arresto di Germain Katanga.",
])
def test_an_arrest_not_made_is_none(spec, text: str) -> None:  # noqa: ANN001
    assert typed(spec, text, DAY, "arrest", language="it") == [], text


# a page of Friday 2025-07-18 (Wednesday is 2025-07-16); both warrants are older
LATER = "2025-07-18"


def test_the_german_authorities_credit_the_arrest(spec) -> None:  # noqa: ANN001
    text = ("La Corte ha ringraziato le autorità tedesche per la loro cooperazione, \"che ha portato\" all'arresto il 16 luglio "
            "di Khaled Mohamed Ali El Hishri.")
    assert typed(spec, text, LATER, "arrest", language="it") == [(EL_HISHRI, "DEU", "2025-07-16")], text


def test_the_german_demonym_alone_makes_no_trip(spec) -> None:  # noqa: ANN001
    text = "Il cancelliere tedesco ha incontrato Benjamin Netanyahu a Gerusalemme."
    assert typed(spec, text, LATER, "visit", language="it") == [], text


def test_a_person_named_as_a_cases_name_is_not_the_one_arrested(spec) -> None:  # noqa: ANN001
    text = ("Khaled Mohamed Ali El Hishri è stato arrestato mercoledì dalle autorità tedesche. Berlino intende estradare il "
            "cittadino libico arrestato, in contrasto con quanto avvenuto nel caso Almasri.")
    got = typed(spec, text, LATER, "arrest", language="it")
    assert [g for g in got if g[0] == ALMASRI] == [], got
    assert (EL_HISHRI, "DEU", "2025-07-16") in got, got


# (session 36) The set's labelling rule since task mleft17 (tests/monitor/realnews/README.md): giving oneself up to a State's
# authorities is that State's arrest; to the Court, a surrender. The first case above moved here from the surrenders.
def test_a_spanish_surrender_to_a_states_authorities_is_its_arrest(spec) -> None:  # noqa: ANN001
    text = "El exministro Ahmad Harun se ha entregado este miércoles a las autoridades sudanesas."
    assert typed(spec, text, DAY, "arrest", language="es") == [(HARUN, "SDN", DAY)], text
