"""Session 40 (issue 12, task mleft29): the monitor's leftovers noticed by this session's news helpers (docs/monitor.md,
"Batch 129/130/131 (session 40)"). Each rule is tested with sentences written for the test in at least two of the languages
the monitor reads where the phenomenon exists in them, and with contrasts that must not fire. The names are the record's,
used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NETANYAHU = "benjamin-netanyahu"
PUTIN = "vladimir-vladimirovich-putin"


# 1. 'durante su visita anunciada/prevista a X' with no day: a trip to come, not a visit on the page's day.
@pytest.mark.parametrize(("text", "language"), [
    ("Amnistía pidió a Hungría detener a Benjamin Netanyahu durante su visita anunciada a Hungría.", "es"),
    ("Amnistía pidió a Hungría detener a Benjamin Netanyahu durante su visita prevista a Hungría.", "es"),
    ("Amnesty ha chiesto all'Ungheria di arrestare Benjamin Netanyahu durante la sua visita prevista in Ungheria.", "it"),
    ("A Anistia pediu à Hungria que prenda Benjamin Netanyahu durante sua visita prevista à Hungria.", "pt"),
    ("La visita anunciada de Benjamin Netanyahu a Hungría preocupa a las organizaciones.", "es"),
    ("La visita annunciata di Benjamin Netanyahu in Ungheria preoccupa le organizzazioni.", "it"),
])
def test_a_visit_announced_with_no_day_is_a_trip_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2025-04-01", "planned_visit", language=language)] == [(NETANYAHU, "HUN")]
    assert _typed(spec, text, "2025-04-01", "visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Hungría no detuvo a Benjamin Netanyahu durante su visita a Hungría.", "es"),
    ("L'Ungheria non ha arrestato Benjamin Netanyahu durante la sua visita in Ungheria.", "it"),
])
def test_a_visit_with_no_participle_stays_a_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-01", "planned_visit", language=language) == []


# 2. A trip awaited in the past tense with its day ("was expected in Russia on Thursday"): a trip to come on that day.
@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin was expected in Mongolia on Tuesday.", "en"),
    ("Vladimir Putin was due in Ulaanbaatar on Tuesday for talks.", "en"),
    ("Vladimir Poutine était attendu mardi en Mongolie.", "fr"),
])
def test_a_trip_awaited_in_the_past_with_its_day(spec, text: str, language: str) -> None:  # noqa: ANN001
    # the page of Monday 2 September 2024: Tuesday is 3 September
    assert _typed(spec, text, "2024-09-02", "planned_visit", language=language) == [(PUTIN, "MNG", "2024-09-03")]
    assert _typed(spec, text, "2024-09-02", "visit", language=language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Vladimir Putin was expected in Mongolia, but the trip was called off.", "en"),
    ("Vladimir Putin was expected in Mongolia for talks.", "en"),
    ("Vladimir Poutine était attendu en Mongolie, mais le voyage a été annulé.", "fr"),
])
def test_a_trip_awaited_in_the_past_with_no_day_gives_none(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2024-09-02", "planned_visit", language=language) == []


# 3. A French, Italian, German or Portuguese finding naming the person's State in the leading clause: the failing State is the
#    failure verb's subject.
@pytest.mark.parametrize(("text", "language"), [
    ("La Chambre préliminaire II de la Cour pénale internationale a conclu qu'en ne procédant pas à l'arrestation du président "
     "russe, Vladimir Poutine, alors qu'il se trouvait sur son territoire, la Mongolie a manqué à ses obligations.", "fr"),
    ("La Camera preliminare II della Corte penale internazionale ha concluso che, non arrestando il presidente russo Vladimir "
     "Putin mentre si trovava sul suo territorio, la Mongolia è venuta meno ai suoi obblighi.", "it"),
    ("Die Vorverfahrenskammer II des Internationalen Strafgerichtshofs stellte fest, dass die Mongolei ihre Pflichten verletzt "
     "hat, indem sie den russischen Präsidenten Wladimir Putin nicht festnahm.", "de"),
    ("A Câmara de Questões Preliminares II do Tribunal Penal Internacional concluiu que, ao não prender o presidente russo, "
     "Vladimir Putin, enquanto estava em seu território, a Mongólia descumpriu suas obrigações.", "pt"),
])
def test_the_failing_state_is_the_failure_verbs_subject(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2024-10-24", "noncompliance_finding", language=language)] == [
        (PUTIN, "MNG")]


@pytest.mark.parametrize(("text", "language"), [
    ("La Cour pénale internationale a estimé qu'en ne procédant pas à l'arrestation du président de la Fédération de Russie, "
     "Vladimir Poutine, la Mongolie a manqué à ses obligations.", "fr"),
    ("Non arrestando il presidente della Russia Vladimir Putin, la Mongolia è venuta meno ai suoi obblighi, ha stabilito la "
     "Corte penale internazionale.", "it"),
    ("Ao não prender o presidente da Rússia, Vladimir Putin, a Mongólia descumpriu as suas obrigações, decidiu o Tribunal Penal "
     "Internacional.", "pt"),
])
def test_a_state_named_as_the_persons_title_is_not_the_failing_one(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert [(p, s) for p, s, _ in _typed(spec, text, "2024-10-24", "noncompliance_finding", language=language)] == [
        (PUTIN, "MNG")]


@pytest.mark.parametrize(("text", "language"), [
    ("The Pre-Trial Chamber found that the Republics of Chad and Djibouti failed to comply with the Court's request to arrest "
     "Omar Al Bashir.", "en"),
    ("La Chambre préliminaire a conclu que le Tchad et Djibouti ont manqué à leurs obligations en n'arrêtant pas Omar el-Béchir.", "fr"),
])
def test_states_named_before_the_failure_are_all_kept(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert sorted(s for _, s, _ in _typed(spec, text, "2016-07-11", "noncompliance_finding", language=language)) == ["DJI", "TCD"]
