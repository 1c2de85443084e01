"""Session 36 (issue 12, task mleft17): the monitor's leftovers, seventeenth list (what this session's helpers left). Each item
is a general rule, tested with sentences written for the test and contrasts that must not fire; the words are data in
``data/lookups/monitor_words.yaml``. The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

YEKATOM = "alfred-yekatom"
NGAISSONA = "patrice-edouard-ngaissona"
DAY = "2025-05-07"  # a Wednesday: 'Tuesday' is 2025-05-06


# 1. A self-surrender to a State's authorities or police is that State's arrest (tests/monitor/realnews/README.md); a
#    surrender to the Court is a surrender; the reflexive 'se rendre à' a place is a trip.
@pytest.mark.parametrize(("text", "language"), [
    ("Alfred Yekatom s'est rendu aux autorités des Pays-Bas mardi.", "fr"),
    ("Alfred Yekatom s'est livré mardi à la police néerlandaise.", "fr"),
    ("Alfred Yekatom se entregó a las autoridades neerlandesas el martes.", "es"),
    ("Alfred Yekatom si è consegnato alle autorità olandesi martedì.", "it"),
    ("Alfred Yekatom stellte sich am Dienstag den niederländischen Behörden.", "de"),
    ("Alfred Yekatom entregou-se às autoridades neerlandesas na terça-feira.", "pt"),
    ("Alfred Yekatom turned himself in to Dutch authorities on Tuesday.", "en"),
    ("Alfred Yekatom surrendered to the police in the Netherlands on Tuesday.", "en"),
])
def test_a_self_surrender_to_a_states_authorities_is_its_arrest(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "arrest", language=language) == [(YEKATOM, "NLD", "2025-05-06")]
    assert _typed(spec, text, DAY, "surrender", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Alfred Yekatom s'est rendu mardi à la CPI.", "fr"),
    ("Alfred Yekatom se entregó a la CPI el martes.", "es"),
    ("Alfred Yekatom si è consegnato alla CPI martedì.", "it"),
    ("Alfred Yekatom surrendered to the ICC on Tuesday.", "en"),
])
def test_a_self_surrender_to_the_court_is_a_surrender(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "surrender", language=language) == [(YEKATOM, None, "2025-05-06")]
    assert _typed(spec, text, DAY, "arrest", language=language) == []


def test_a_hand_in_then_the_handover_is_both(spec) -> None:  # noqa: ANN001
    text = "Alfred Yekatom se entregó a las autoridades neerlandesas el martes y fue trasladado a la CPI el miércoles."
    assert _typed(spec, text, DAY, "arrest", language="es") == [(YEKATOM, "NLD", "2025-05-06")]
    assert _typed(spec, text, DAY, "surrender", language="es") == [(YEKATOM, "NLD", "2025-05-07")]


@pytest.mark.parametrize("text", [
    "Alfred Yekatom s'est rendu à La Haye mardi.",  # travelled there
    "Alfred Yekatom s'est rendu au sommet de Rome mardi.",  # attended
    "Alfred Yekatom ne s'est pas rendu aux autorités des Pays-Bas mardi.",  # denied
])
def test_the_reflexive_se_rendre_a_a_place_is_no_surrender(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "surrender", language="fr") == []
    assert _typed(spec, text, DAY, "arrest", language="fr") == []


# 2. The nameless arrest in English: told first by a description ("A former militia leader wanted by the ICC"), the arrest goes
#    to the one person under warrant named in the next two sentences (the Court named as the description's agent is no one
#    arrested).
@pytest.mark.parametrize("text", [
    "A former militia leader wanted by the ICC has been arrested in France. The prosecutor confirmed the arrest. It is "
    "Patrice-Édouard Ngaïssona.",
    "A Central African militia chief wanted by the International Criminal Court was arrested in France on Wednesday. "
    "Patrice-Édouard Ngaïssona had been on the run for years.",
])
def test_a_nameless_arrest_in_english_is_the_person_named_next(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2018-12-12", "arrest", language="en") == [(NGAISSONA, "FRA", "2018-12-12")]


@pytest.mark.parametrize("text", [
    # two persons under warrant named after: whose arrest it was, the text does not say
    "A former militia leader wanted by the ICC has been arrested in France. The prosecutor confirmed the arrest. It is "
    "Patrice-Édouard Ngaïssona, not Alfred Yekatom.",
    # the person named only three sentences later
    "A former militia leader wanted by the ICC has been arrested in France. The prosecutor confirmed the arrest. The press "
    "recalled the case. Patrice-Édouard Ngaïssona is wanted.",
])
def test_a_nameless_arrest_in_english_with_no_single_person_next_is_no_ones(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2018-12-12", "arrest", language="en") == []


# 3. Warrants whose persons are named in the next sentence ('They concern X and Y'): the warrants go to them (this was already
#    read in every language when the task was written; the tests keep it), not when the warrants were only asked for.
@pytest.mark.parametrize(("text", "language"), [
    ("The Court issued two warrants of arrest on Tuesday. They concern Alfred Yekatom and Patrice-Edouard Ngaïssona, two "
     "militia leaders.", "en"),
    ("La CPI a émis deux mandats d'arrêt mardi. Ils visent Alfred Yekatom et Patrice-Edouard Ngaïssona.", "fr"),
    ("La CPI emitió dos órdenes de arresto el martes. Se dirigen contra Alfred Yekatom y Patrice-Edouard Ngaïssona.", "es"),
    ("La CPI ha emesso martedì due mandati d'arresto. Riguardano Alfred Yekatom e Patrice-Edouard Ngaïssona.", "it"),
    ("Der IStGH hat am Dienstag zwei Haftbefehle erlassen. Sie richten sich gegen Alfred Yekatom und Patrice-Edouard "
     "Ngaïssona.", "de"),
    ("O TPI emitiu na terça-feira dois mandados de prisão. Eles visam Alfred Yekatom e Patrice-Edouard Ngaïssona.", "pt"),
])
def test_warrants_go_to_the_persons_named_next(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "warrant_issued", language=language) == [(YEKATOM, None, "2025-05-06"),
                                                                             (NGAISSONA, None, "2025-05-06")]


@pytest.mark.parametrize(("text", "language"), [
    ("The prosecutor asked the judges for two warrants of arrest on Tuesday. They concern Alfred Yekatom and Patrice-Edouard "
     "Ngaïssona.", "en"),
    ("Le procureur a demandé deux mandats d'arrêt mardi. Ils visent Alfred Yekatom et Patrice-Edouard Ngaïssona.", "fr"),
    ("La Fiscalía pidió el martes dos órdenes de arresto. Se dirigen contra Alfred Yekatom y Patrice-Edouard Ngaïssona.", "es"),
    # the persons named three sentences later
    ("The Court issued two warrants of arrest on Tuesday. The judges sat in closed session. The registry said little. They "
     "concern Alfred Yekatom and Patrice-Edouard Ngaïssona.", "en"),
])
def test_warrants_asked_for_or_named_far_after_go_to_no_one(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "warrant_issued", language=language) == []


# 4. A place told by its city's adjective beside a word of place: the city's State (the adjectives listed one by one).
@pytest.mark.parametrize(("text", "language", "state"), [
    ("Alfred Yekatom wurde am Dienstag am Berliner Flughafen festgenommen.", "de", "DEU"),
    ("Alfred Yekatom a été arrêté mardi à l'aéroport parisien.", "fr", "FRA"),
    ("Alfred Yekatom è stato arrestato martedì presso l'aeroporto romano.", "it", "ITA"),
    ("Alfred Yekatom è stato arrestato martedì nella stazione milanese.", "it", "ITA"),
    ("Alfred Yekatom fue detenido el martes en el aeropuerto madrileño.", "es", "ESP"),
    ("Alfred Yekatom foi preso na terça-feira no aeroporto parisiense.", "pt", "FRA"),
])
def test_a_place_told_by_its_citys_adjective(spec, text: str, language: str, state: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "arrest", language=language) == [(YEKATOM, state, "2025-05-06")]


@pytest.mark.parametrize(("text", "language"), [
    # the Court's seat by its adjective is the Court, no place of arrest
    ("Alfred Yekatom wurde am Dienstag auf Ersuchen des Haager Strafgerichtshofs festgenommen.", "de"),
    # a city's adjective beside no word of place (a newspaper)
    ("Alfred Yekatom wurde am Dienstag festgenommen, teilte die Berliner Zeitung mit.", "de"),
])
def test_a_citys_adjective_beside_no_place_is_no_place(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, DAY, "arrest", language=language) == [(YEKATOM, None, "2025-05-06")]
