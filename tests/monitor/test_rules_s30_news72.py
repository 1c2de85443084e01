"""Session 30 (issue 12, task mnews72): the readings written on the dev parts of real-news batches 72-73. Each test holds
sentences written for it (not copied from the real-news set) and contrasts that must not fire. The wordings are general
(a person giving himself up to an armed group or to soldiers rather than to the Court, in English and in Spanish; a transfer
to the detention centre named by the Court's city in Portuguese); no State or person is special-cased: the names are the
record's, used as examples."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

ONGWEN = "dominic-ongwen"
SAIF = "saif-al-islam-gaddafi"
GBAGBO = "laurent-koudou-gbagbo"
NTAGANDA = "bosco-ntaganda"


# --- giving oneself up to rebels, a militia or fighters is no surrender to the Court -------------------------------------

@pytest.mark.parametrize("captors", [
    "the Seleka rebels", "a local militia", "CAR's Seleka rebels", "rebel fighters", "a band of gunmen",
])
def test_surrendering_to_an_armed_group_is_no_surrender_to_the_court(spec, captors: str) -> None:  # noqa: ANN001
    text = f"The army said on Tuesday that Dominic Ongwen had surrendered to {captors} before being handed to US troops."
    assert _typed(spec, text, "2015-01-07", "surrender", language="en") == []


def test_surrendering_to_an_armed_group_in_a_state_is_an_arrest_there(spec) -> None:  # noqa: ANN001
    text = "Dominic Ongwen surrendered to rebel fighters in the Central African Republic on Monday, the army said."
    assert _typed(spec, text, "2015-01-07", "surrender", language="en") == []
    assert [(p, s) for p, s, _ in _typed(spec, text, "2015-01-07", "arrest", language="en")] == [(ONGWEN, "CAF")]


@pytest.mark.parametrize("text", [
    "Dominic Ongwen surrendered to the International Criminal Court on Monday.",
    "Dominic Ongwen was surrendered to the ICC by the Central African Republic on Monday.",
])
def test_a_surrender_to_the_court_is_still_read(spec, text: str) -> None:  # noqa: ANN001
    assert [p for p, _, _ in _typed(spec, text, "2015-01-21", "surrender", language="en")] == [ONGWEN]


# --- the same in Spanish: "se entregó a un grupo de milicianos" is taken into custody, not handed to the Court ------------

@pytest.mark.parametrize("captors", [
    "a un grupo de milicianos", "a los rebeldes", "a unos soldados", "a una milicia local", "a las fuerzas del gobierno",
])
def test_giving_oneself_up_to_captors_in_spanish_is_an_arrest(spec, captors: str) -> None:  # noqa: ANN001
    text = f"Saif al-Islam se entregó ayer sin resistencia {captors} en el sur de Libia."
    assert _typed(spec, text, "2011-11-20", "arrest", language="es", read_as=None) == [(SAIF, "LBY", "2011-11-19")]
    assert _typed(spec, text, "2011-11-20", "surrender", language="es") == []


@pytest.mark.parametrize("text", [
    "Saif al-Islam se negó ayer a entregarse a los rebeldes en Libia.",  # refused to give himself up
    "Saif al-Islam podría entregarse a los rebeldes en Libia.",          # only supposed
    "Saif al-Islam entregó ayer un mensaje a los rebeldes en Libia.",    # handed a thing over
])
def test_no_spanish_arrest_without_giving_oneself_up_to_captors(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2011-11-20", "arrest", language="es") == []


# --- a transfer to the detention centre named by the Court's city, in Portuguese ----------------------------------------

@pytest.mark.parametrize("text", [
    "O antigo presidente Laurent Gbagbo foi transferido terça-feira para o centro de detenção de Haia.",
    "Laurent Gbagbo foi levado na terça-feira para o centro de detenção de Haia.",
    "Laurent Gbagbo foi transferido na terça-feira para o centro de detenção em Haia.",
])
def test_a_transfer_to_the_detention_centre_of_the_hague_in_portuguese(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2011-11-30", "surrender", language="pt") == [(GBAGBO, None, "2011-11-29")]


@pytest.mark.parametrize("text", [
    "Laurent Gbagbo visitou na terça-feira o centro de detenção de Haia.",             # a visit to the building
    "Laurent Gbagbo não foi transferido para o centro de detenção de Haia na terça-feira.",  # denied
    "Laurent Gbagbo foi transferido terça-feira para o centro de detenção de Korhogo.",   # a national prison
])
def test_no_portuguese_surrender_without_a_transfer_to_the_court_s_centre(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2011-11-30", "surrender", language="pt") == []


# --- a date before "and" belongs to the first verb when the second verb's clause tells its own ---------------------------

YEKATOM = "alfred-yekatom"


@pytest.mark.parametrize("text", [
    "Alfred Yekatom was arrested in Bangui on October 29 and handed to International Criminal Court custody on November 17.",
    "Alfred Yekatom was arrested in Bangui on October 29 and was then transferred to the International Criminal Court on "
    "November 17.",
    "Alfred Yekatom was arrested in Bangui on October 29 and handed to International Criminal Court (ICC) custody on November 17.",
])
def test_a_second_coordinated_act_is_dated_by_its_own_clause(spec, text: str) -> None:  # noqa: ANN001
    assert [d for _, _, d in _typed(spec, text, "2018-11-23", "surrender", language="en")] == ["2018-11-17"]


def test_a_second_coordinated_act_without_a_date_of_its_own_is_not_moved(spec) -> None:  # noqa: ANN001
    # no date in the second clause: the rule leaves the picker's choice as it was (the same day, as far as the text tells)
    text = "Alfred Yekatom was arrested in Bangui on October 29 and handed to International Criminal Court custody."
    assert [d for _, _, d in _typed(spec, text, "2018-11-23", "surrender", language="en")] == ["2018-10-29"]


# (session 36) Giving oneself up to one's country's justice is that State's arrest by the set's labelling rule since task mleft17
# (tests/monitor/realnews/README.md): this case left the contrasts above; the State is not named, so none is read.
def test_giving_oneself_up_to_ones_countrys_justice_is_an_arrest(spec) -> None:  # noqa: ANN001
    text = "Saif al-Islam se entregó ayer a la justicia de su país."
    assert _typed(spec, text, "2011-11-20", "arrest", language="es") == [(SAIF, None, "2011-11-19")]
