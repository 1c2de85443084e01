"""Session 42 (issue 12, task mnews136): batch 136's dev errors (docs/monitor.md, "Batch 136 (session 42)"). Each rule is
tested with sentences written for the test in the languages the monitor reads, and with controls that must not fire. The
names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.monitor.probe import typed as _typed

from iccwatch.monitor.dates import find_dates

PUTIN = "vladimir-vladimirovich-putin"


# 1. A meeting of two leaders set ahead by its noun, the person one of the two ("the summit scheduled for August 15 in Alaska,
#    USA, between X and Y", 'la cumbre entre X y Y se celebrará en Alaska'): the person's trip to the meeting's place, on its day,
#    as "X will meet Y in Alaska on August 15" is read.
@pytest.mark.parametrize(("text", "language"), [
    ("Russian Presidential Aide Yuri Ushakov stated on Saturday that the summit scheduled for August 15 in Alaska, USA, between "
     "Russian President Vladimir Putin and his American counterpart Donald Trump, will focus on a settlement.", "en"),
    ("A summit between Vladimir Putin and Donald Trump will be held in Alaska on August 15.", "en"),
    ("The summit between Vladimir Putin and Donald Trump, scheduled for August 15 in Alaska, will focus on Ukraine.", "en"),
    ("Le sommet prévu le 15 août en Alaska entre le président russe Vladimir Poutine et Donald Trump portera sur l'Ukraine.", "fr"),
    ("Un sommet entre Vladimir Poutine et Donald Trump se tiendra en Alaska le 15 août.", "fr"),
    ("La cumbre prevista para el 15 de agosto en Alaska entre el presidente ruso Vladimir Putin y Donald Trump se centrará en "
     "Ucrania.", "es"),
    ("La cumbre entre Vladimir Putin y Donald Trump se celebrará en Alaska el 15 de agosto.", "es"),
    ("Der für den 15. August in Alaska geplante Gipfel zwischen Kremlchef Wladimir Putin und Donald Trump soll sich um die "
     "Ukraine drehen.", "de"),
    ("Das Treffen zwischen Wladimir Putin und Donald Trump soll am 15. August in Alaska stattfinden.", "de"),
    ("Il vertice previsto per il 15 agosto in Alaska tra il presidente russo Vladimir Putin e Donald Trump si concentrerà "
     "sull'Ucraina.", "it"),
    ("Il vertice tra Vladimir Putin e Donald Trump si terrà in Alaska il 15 agosto.", "it"),
    ("A cúpula marcada para 15 de agosto no Alasca entre o presidente russo Vladimir Putin e Donald Trump vai tratar da "
     "Ucrânia.", "pt"),
    ("A cimeira entre Vladimir Putin e Donald Trump será realizada no Alasca a 15 de agosto.", "pt"),
])
def test_a_meeting_set_ahead_by_its_noun_is_the_persons_trip_to_come(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-08-09", "planned_visit", language=language) == [(PUTIN, "USA", "2025-08-15")]


@pytest.mark.parametrize(("text", "language"), [
    # the meeting in the person's own State: no trip
    ("The summit scheduled for August 15 in Moscow between Vladimir Putin and Donald Trump will focus on Ukraine.", "en"),
    ("La cumbre prevista para el 15 de agosto en Moscú entre Vladimir Putin y Donald Trump se centrará en Ucrania.", "es"),
    # the meeting cancelled
    ("The summit scheduled for next month in Budapest between Vladimir Putin and Donald Trump has been cancelled.", "en"),
    ("Le sommet prévu à Budapest entre Vladimir Poutine et Donald Trump a été annulé.", "fr"),
    ("La cumbre prevista en Budapest entre Vladimir Putin y Donald Trump fue cancelada.", "es"),
    ("Das geplante Treffen zwischen Wladimir Putin und Donald Trump in Budapest wurde abgesagt.", "de"),
    # the meeting only possible
    ("A meeting between Vladimir Putin and Donald Trump in Alaska could be scheduled for later this month.", "en"),
])
def test_a_meeting_set_ahead_control(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-10-23", "planned_visit", language=language) == []


@pytest.mark.parametrize(("text", "language", "state"), [
    # the meeting's place is where the sentence sets it, not a State named as the talks' topic ...
    ("La cumbre prevista para el 15 de agosto en Alaska entre Vladimir Putin y Donald Trump se centrará en Ucrania.", "es", "USA"),
    # ... nor the State of one of the pair named by its adjective
    ("A meeting between Vladimir Putin and the US president will be held in Budapest next month.", "en", "HUN"),
])
def test_a_meeting_set_ahead_goes_to_its_own_place(spec, text: str, language: str, state: str) -> None:  # noqa: ANN001
    assert [s for _, s, _ in _typed(spec, text, "2025-08-09", "planned_visit", language=language)] == [state]


# 2. A month with its day after it ("scheduled for August 15", "by March 3rd") is that day, not the month as well (the month's
#    own reading, "for August", "in May 2024", stays).
@pytest.mark.parametrize(("text", "want"), [
    ("the summit scheduled for August 15 in Alaska.", ["2025-08-15"]),
    ("due by March 3rd, the court said.", ["2025-03-03"]),
    ("set for August 15, 2025.", ["2025-08-15"]),
    ("planned for August.", ["2025-08"]),
    ("visited in May 2024 and", ["2024-05"]),
])
def test_a_month_with_its_day_is_that_day(text: str, want: list[str]) -> None:
    assert [f.date for f in find_dates(text, dt.date(2025, 8, 9), True)] == want
