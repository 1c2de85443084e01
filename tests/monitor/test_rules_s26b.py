"""Session 26 (issue 12, batches 62-63): general readings written from the mechanisms behind the dev errors of batches 62-63
(their test parts unread), tested with sentences written for the purpose (not copied from the real-news set), each with a
contrast that must not change. No State or person is special-cased: the names below are only the record's, used as examples."""

from __future__ import annotations

import pytest
from tests.conftest import DATA
from tests.monitor.probe import typed

from iccwatch.dataset.yaml_io import read_yaml

PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
BASHIR = "omar-hassan-ahmad-al-bashir"


def _typed(spec, text: str, kind: str, date: str, language: str | None = None) -> list[tuple[object, ...]]:  # noqa: ANN001
    return typed(spec, text, date, kind, read_as=language)


# --- a trip made told by the warrant it defied ---------------------------------------------------------------------------------

def test_a_warrant_defied_to_attend_is_a_trip_made(spec) -> None:  # noqa: ANN001
    text = "The Sudanese leader Omar al-Bashir on Thursday defied the court's arrest warrant to attend a regional summit in Kampala."
    assert _typed(spec, text, "visit", "2016-05-13") == [(BASHIR, "UGA", "2016-05-12")]
    assert _typed(spec, text, "planned_visit", "2016-05-13") == []


def test_a_warrant_to_be_defied_is_a_trip_to_come(spec) -> None:  # noqa: ANN001
    # contrast: the future keeps the purpose a trip to come
    text = "The Sudanese leader Omar al-Bashir will defy the court's arrest warrant to attend a regional summit in Kampala on Thursday."
    assert _typed(spec, text, "visit", "2016-05-10") == []
    assert _typed(spec, text, "planned_visit", "2016-05-10") == [(BASHIR, "UGA", "2016-05-12")]


def test_a_state_that_defied_the_court_tells_no_trip(spec) -> None:  # noqa: ANN001
    # contrast: the defiance is another's, and the person did not attend
    text = "Rights groups said Uganda defied the court to invite Omar al-Bashir, who did not attend the summit in Kampala."
    assert _typed(spec, text, "visit", "2016-05-13") == []


# --- a State's name written with its own diacritics (question_state_names.yaml, regenerated) ---------------------------------

def test_names_with_their_own_diacritics_are_listed() -> None:
    table = read_yaml(DATA / "lookups" / "question_state_names.yaml")["languages"]
    assert "Mongólia" in table["pt"]["MNG"] and "Sudán" in table["es"]["SDN"] and "Rússia" in table["pt"]["RUS"]
    # a name that would be another State's is still left out: 'Níger' is Niger's only, never Nigeria's
    assert "Níger" not in (table["es"].get("NGA") or []) and "Nigéria" in table["pt"]["NGA"]


def test_a_trip_to_a_state_named_with_its_diacritics(spec) -> None:  # noqa: ANN001
    text = "O presidente russo Vladimir Putin deve visitar a Mongólia na terça-feira, segundo o Kremlin."
    assert _typed(spec, text, "planned_visit", "2024-08-30", "pt") == [(PUTIN, "MNG", "2024-09-03")]


@pytest.mark.parametrize(("text", "state"), [
    ("O presidente russo Vladimir Putin viajará ao Níger na terça-feira, segundo o Kremlin.", "NER"),
    ("O presidente russo Vladimir Putin viajará à Nigéria na terça-feira, segundo o Kremlin.", "NGA"),
])
def test_two_states_named_alike_stay_apart(spec, text: str, state: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "planned_visit", "2024-08-30", "pt") == [(PUTIN, state, "2024-09-03")]


# --- Spanish: the visited State as the verb's object ---------------------------------------------------------------------------

def test_the_object_of_a_visit_to_come_is_its_destination(spec) -> None:  # noqa: ANN001
    text = "El presidente ruso Vladimir Putin visitará Kirguistán el jueves, según anunció el Kremlin."
    assert _typed(spec, text, "planned_visit", "2023-10-09", "es") == [(PUTIN, "KGZ", "2023-10-12")]


def test_a_visit_denied_stays_none(spec) -> None:  # noqa: ANN001
    # contrast: the denial is still read before the destination
    text = "El presidente ruso Vladimir Putin no visitará Kirguistán el jueves, según anunció el Kremlin."
    assert _typed(spec, text, "planned_visit", "2023-10-09", "es") == []


# --- weeks told from the document's own, in the other languages ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Der russische Präsident Wladimir Putin wird in der kommenden Woche in der Mongolei erwartet.", "de"),
    ("El presidente ruso Vladimir Putin visitará Mongolia la próxima semana, según anunció el Kremlin.", "es"),
    ("O presidente russo Vladimir Putin deve visitar a Mongólia na próxima semana, segundo o Kremlin.", "pt"),
])
def test_next_week_gives_the_month_of_the_week_told(spec, text: str, language: str) -> None:  # noqa: ANN001
    # a document of Thursday 29 August: the week after is in September
    assert _typed(spec, text, "planned_visit", "2024-08-29", language) == [(PUTIN, "MNG", "2024-09")]


def test_a_week_in_a_page_dated_to_its_month_gives_that_month(spec) -> None:  # noqa: ANN001
    # contrast: a page dated only to its month has no day to count a week from
    text = "Der russische Präsident Wladimir Putin wird in der kommenden Woche in der Mongolei erwartet."
    assert _typed(spec, text, "planned_visit", "2024-08", "de") == [(PUTIN, "MNG", "2024-08")]


# --- German: a visit to be paid ------------------------------------------------------------------------------------------------

def test_a_visit_to_be_paid_in_reported_speech_is_a_trip_to_come(spec) -> None:  # noqa: ANN001
    text = ("Das Präsidialamt in Kirgisistan teilte mit, dass Wladimir Putin dem Land am Donnerstag auf Einladung des "
            "Präsidenten einen Staatsbesuch abstatten werde.")
    # (the weekday's tense is read before it, and the verb ends this clause: only the kind and the State are asserted here)
    assert [(p, st) for p, st, _ in _typed(spec, text, "planned_visit", "2023-10-09", "de")] == [(PUTIN, "KGZ")]
    assert _typed(spec, text, "visit", "2023-10-09", "de") == []


def test_a_visit_to_be_paid_dated_by_its_weekday(spec) -> None:  # noqa: ANN001
    text = "Wladimir Putin werde am Donnerstag in Kirgisistan einen Staatsbesuch abstatten, teilte das Präsidialamt mit."
    assert _typed(spec, text, "planned_visit", "2023-10-09", "de") == [(PUTIN, "KGZ", "2023-10-12")]


def test_a_visit_paid_is_no_trip_to_come(spec) -> None:  # noqa: ANN001
    # contrast: the separable verb in the past tells the visit made, never one to come
    text = "Der russische Präsident Wladimir Putin stattete der Mongolei am Dienstag einen Staatsbesuch ab."
    assert _typed(spec, text, "planned_visit", "2024-09-05", "de") == []


# --- a refusal told before any warrant -----------------------------------------------------------------------------------------

REFUSED = ("The prime minister Benjamin Netanyahu avoided stopping in countries that have declared they would not comply with "
           "an ICC arrest warrant, such as the Czech Republic.")


def test_a_refusal_written_before_the_warrant_is_none(spec) -> None:  # noqa: ANN001
    # the warrant for Netanyahu was issued on 21 November 2024: a page of July 2024 tells a stance on a warrant to come
    assert _typed(spec, REFUSED, "refusal", "2024-07-10") == []


def test_the_same_refusal_after_the_warrant_is_read(spec) -> None:  # noqa: ANN001
    # contrast: the same words after the warrant's issue
    assert _typed(spec, REFUSED, "refusal", "2025-07-10") == [(NETANYAHU, "CZE", None)]


# --- a romanisation of a name ('Beshir') --------------------------------------------------------------------------------------

def test_a_name_in_another_romanisation_is_the_person(spec) -> None:  # noqa: ANN001
    text = "Sudanese President Omar Al-Beshir, who is wanted by the International Criminal Court, is due to visit Ndjamena on Wednesday."
    assert _typed(spec, text, "planned_visit", "2010-07-20") == [(BASHIR, "TCD", "2010-07-21")]


def test_a_namesake_in_that_romanisation_is_not_the_person(spec) -> None:  # noqa: ANN001
    # contrast: another first name makes a namesake
    text = "Ali Beshir, a Sudanese trader, is due to visit Ndjamena on Wednesday."
    assert [p for p, _, _ in _typed(spec, text, "planned_visit", "2010-07-20") if p == BASHIR] == []


def test_a_part_of_this_month_gives_the_month(spec) -> None:  # noqa: ANN001
    text = "El presidente ruso Vladimir Putin visitará Kirguistán a mediados de mes, según anunció el Kremlin."
    assert _typed(spec, text, "planned_visit", "2023-10-02", "es") == [(PUTIN, "KGZ", "2023-10")]
