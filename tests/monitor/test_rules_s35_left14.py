"""Session 35 (issue 12, task mleft14): the monitor's leftovers, fourteenth list (what batches 104-105 left). Each item is a
general rule, tested with sentences written for the test and a contrast that must not fire; the words are data in
``data/lookups/monitor_words.yaml``. The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

BASHIR = "omar-hassan-ahmad-al-bashir"
PUTIN = "vladimir-vladimirovich-putin"


# 1. A wire's dateline dates the story: a present-tense lead takes the dateline's day, not the page's (the year before when
#    the page is of early January and the dateline of December).
@pytest.mark.parametrize(("text", "page", "day"), [
    ("BISHKEK, Oct 12 (Reuters) - Russian President Vladimir Putin arrives in Kyrgyzstan for a summit.", "2023-10-13", "2023-10-12"),
    ("Putin in Kyrgyzstan for first trip abroad\nBISHKEK, Oct 12: Russian President Vladimir Putin arrives in Kyrgyzstan "
     "for a summit.", "2023-10-13", "2023-10-12"),
    ("BISHKEK, Dec 31 (Reuters) - Russian President Vladimir Putin arrives in Kyrgyzstan for a summit.", "2024-01-02", "2023-12-31"),
])
def test_a_present_lead_takes_the_wire_datelines_day(spec, text: str, page: str, day: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, page, "visit", language="en") == [(PUTIN, "KGZ", day)]


@pytest.mark.parametrize("text", [
    # no dateline: the page's day
    "Russian President Vladimir Putin arrives in Kyrgyzstan for a summit.",
    # a dateline with no day
    "BISHKEK (Reuters) - Russian President Vladimir Putin arrives in Kyrgyzstan for a summit.",
    # a dateline's day weeks before the page (an old story republished): the page's day, as before
    "BISHKEK, Aug 12 (Reuters) - Russian President Vladimir Putin arrives in Kyrgyzstan for a summit.",
])
def test_without_a_recent_dateline_day_the_present_is_the_pages(spec, text: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2023-10-13", "visit", language="en") == [(PUTIN, "KGZ", "2023-10-13")]


# 2. An agency's credit closing a line ends its sentence: the next line's 'il leader sudanese' still refers back.
@pytest.mark.parametrize(("text", "language"), [
    ("Il presidente del Sudan Omar al Bashir è arrivato nella capitale Khartoum in volo dal Sudafrica. Reuters\n"
     "Il leader sudanese si trovava a Johannesburg dal 14 giugno per partecipare a un summit.", "it"),
    ("Il presidente del Sudan Omar al Bashir è arrivato nella capitale Khartoum in volo dal Sudafrica /ANSA/\n"
     "Il leader sudanese si trovava a Johannesburg dal 14 giugno per partecipare a un summit.", "it"),
    ("Le président soudanais Omar el-Béchir est rentré à Khartoum après un sommet de l'Union africaine (AFP)\n"
     "Le dirigeant soudanais se trouvait à Johannesburg depuis le 14 juin.", "fr"),
    ("El presidente de Sudán, Omar al Bashir, regresó a Jartum tras la cumbre de la Unión Africana — EFE\n"
     "El líder sudanés se encontraba en Johannesburgo desde el 14 de junio.", "es"),
])
def test_an_agency_credit_at_a_lines_end_ends_the_sentence(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2015-06-15", "visit", language=language) == [(BASHIR, "ZAF", "2015-06-14")]


def test_an_agency_named_inside_a_wrapped_sentence_does_not_cut_it(spec) -> None:  # noqa: ANN001
    # contrast: the agency is the object of 'told', no stop, bracket, dash or slash before it: the line goes on in the next
    text = ("Officials in Johannesburg confirmed the news in a long statement to the press agency Reuters\n"
            "that Omar al-Bashir was arrested on Sunday in Johannesburg.")
    assert _typed(spec, text, "2015-06-15", "arrest", language="en") == [(BASHIR, "ZAF", "2015-06-14")]


# 5. A relative clause that tells its antecedent's act on someone else ('la RDC – qui a arrêté et remis à la Cour … un député
#    –'): the person named outside it is not put in that handover, and their visit stays.
@pytest.mark.parametrize(("text", "language"), [
    ("Le président soudanais Omar el-Béchir est arrivé mardi à Kinshasa. La RDC – qui a arrêté et remis à la Cour encore "
     "récemment un député – va-t-elle exécuter les deux mandats émis contre Omar el-Béchir ?", "fr"),
    ("Omar al-Bashir è arrivato martedì a Kampala. L'Uganda, che ha arrestato e consegnato alla Corte un comandante ribelle, "
     "arresterà Omar al-Bashir?", "it"),
])
def test_a_handover_in_a_states_relative_clause_is_not_the_persons(spec, text: str, language: str) -> None:  # noqa: ANN001
    state = "COD" if language == "fr" else "UGA"
    assert _typed(spec, text, "2014-02-26", "visit", language=language) == [(BASHIR, state, "2014-02-25")]
    assert _typed(spec, text, "2014-02-26", "surrender", language=language) == []
    assert _typed(spec, text, "2014-02-26", "arrest", language=language) == []


@pytest.mark.parametrize(("text", "language", "state"), [
    # the clause names the person: its handover is theirs
    ("Uganda, which handed Omar al-Bashir over to the Court on Tuesday, said it had kept its word.", "en", "UGA"),
    # the clause's antecedent is the person, in the passive voice
    ("Omar el-Béchir, qui a été remis à la Cour mardi par la RDC, a comparu.", "fr", None),
    # no relative clause
    ("La RDC a remis Omar el-Béchir à la Cour mardi.", "fr", None),
])
def test_a_handover_of_the_person_is_still_read(spec, text: str, language: str, state: str | None) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2014-02-26", "surrender", language=language) == [(BASHIR, state, "2014-02-25")]


# 3. A host meeting the person, the person the verb's object, in the other languages: a trip to come to the place's State,
#    as English 'Trump will meet Putin in Alaska on Friday' is read.
@pytest.mark.parametrize(("text", "language"), [
    ("Donald Trump se reunirá con Vladimir Putin el próximo viernes 15 de agosto en Alaska.", "es"),
    ("Donald Trump anunció que sostendrá una reunión cara a cara con Vladimir Putin el próximo viernes 15 de agosto en "
     "Alaska.", "es"),
    ("Donald Trump rencontrera Vladimir Poutine vendredi 15 août en Alaska.", "fr"),
    ("Donald Trump incontrerà Vladimir Putin venerdì 15 agosto in Alaska.", "it"),
    ("Donald Trump vai se encontrar com Vladimir Putin em Anchorage na sexta-feira.", "pt"),
    ("Donald Trump wird Wladimir Putin am Freitag in Anchorage treffen.", "de"),
])
def test_a_host_meeting_the_person_is_a_trip_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-08-11", "planned_visit", language=language) == [(PUTIN, "USA", "2025-08-15")]


@pytest.mark.parametrize(("text", "language"), [
    # a meeting by video: no trip
    ("Donald Trump se reunirá con Vladimir Putin por videoconferencia el viernes.", "es"),
    # a meeting in the person's own State: no trip abroad
    ("Donald Trump se reunirá con Vladimir Putin en Moscú el viernes.", "es"),
    ("Donald Trump rencontrera Vladimir Poutine à Moscou vendredi.", "fr"),
])
def test_a_meeting_by_video_or_at_home_is_no_trip(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-08-11", "planned_visit", language=language) == []
    assert _typed(spec, text, "2025-08-11", "visit", language=language) == []


# 4. Attendance lists: each person named in the list after the attendance's verb ('including', 'dont', 'entre otros',
#    'entre eles') attended, a visit to the gathering's State.
@pytest.mark.parametrize(("text", "language"), [
    ("Many heads of state attended the inauguration in Kampala on Thursday, including Omar al-Bashir.", "en"),
    ("Jeudi, à Kampala, Yoweri Museveni a prêté serment lors d’une investiture à laquelle ont participé de nombreux chefs "
     "d’Etat, dont le président soudanais, Omar el-Béchir.", "fr"),
    ("A la ceremonia de investidura celebrada el jueves en Kampala asistieron, entre otros, Omar al Bashir y Jacob Zuma.", "es"),
    ("Na cerimônia de posse de quinta-feira em Kampala participaram vários chefes de Estado, entre eles Omar al-Bashir.", "pt"),
])
def test_a_person_in_an_attendance_list_attended(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2016-05-13", "visit", language=language) == [(BASHIR, "UGA", "2016-05-12")]


@pytest.mark.parametrize(("text", "language"), [
    # the list names another; the person is named only inside what that one did
    ("Many heads of state attended the inauguration in Kampala on Thursday, including the ICC prosecutor, who again called "
     "for the arrest of Omar al-Bashir.", "en"),
    # the gathering's guests, then the person outside the list
    ("Jeudi, à Kampala, une investiture à laquelle ont participé de nombreux chefs d’Etat a été critiquée par des ONG qui "
     "réclament l’arrestation d’Omar el-Béchir.", "fr"),
])
def test_a_person_outside_the_attendance_list_did_not_attend(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2016-05-13", "visit", language=language) == []


def test_a_state_named_after_the_listed_person_is_not_the_gatherings(spec) -> None:  # noqa: ANN001
    # contrast: the State after the person is another person's ('Zimbabwe's'), not where the gathering was
    text = ("Many heads of state attended the summit, including Omar al-Bashir of Sudan and Zimbabwe's Robert Mugabe.")
    assert _typed(spec, text, "2016-05-13", "visit", language="en") == []
