"""Session 42 (issue 12, task mtrap138): rules written on the dev part of batch 138 (docs/monitor.md, "Batch 138 (session
42)"). Each rule is tested with sentences written for the test in several of the languages the monitor reads, and with
controls that must not change. The names are the record's, used as examples (no State or person is special-cased)."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

PUTIN = "vladimir-vladimirovich-putin"
ALMASRI = "osama-elmasry-njeem"


# 1. A refusal told with the place where the speaker was when speaking ("when he was in Dubai, the President had said Putin
#    would not be arrested at the summit in Brazil", 'quando estava em Dubai', 'lorsqu'il était à Dubaï'): that place is not
#    the State that refuses; the State the refusal is about is (batch 138's dev part: a refusal given to the speaker's city).
@pytest.mark.parametrize(("text", "language"), [
    ("Em outras ocasiões, como quando estava em Dubai para a COP28, o presidente havia dito que Vladimir Putin não seria preso "
     "caso decidisse comparecer na cúpula do G20, que será realizada no Rio de Janeiro.", "pt"),
    ("On other occasions, when he was in Dubai for the climate talks, the president had said that Vladimir Putin would not be "
     "arrested if he attended the G20 summit to be held in Rio de Janeiro.", "en"),
    ("En d'autres occasions, lorsqu'il était à Dubaï pour la COP28, le président avait dit que Vladimir Poutine ne serait pas "
     "arrêté s'il assistait au sommet du G20 prévu à Rio de Janeiro.", "fr"),
    ("En otras ocasiones, cuando estaba en Dubái para la COP28, el presidente había dicho que Vladimir Putin no sería detenido "
     "si asistía a la cumbre del G20 que se celebrará en Río de Janeiro.", "es"),
])
def test_the_speakers_place_is_not_the_refusing_state(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = [(p, s) for p, s, _ in _typed(spec, text, "2023-12-04", "refusal", language=language)]
    assert got == [(PUTIN, "BRA")], got


@pytest.mark.parametrize(("text", "language", "state"), [
    # a place named as the summit's, with no speaker's stay: the refusal is still that State's (unchanged)
    ("The president said that Vladimir Putin would not be arrested if he attended the G20 summit in Rio de Janeiro.", "en", "BRA"),
    # the speaker's place is the only State named: nothing else to give, it stays (the rule drops it only for another State)
    ("When he was in Brazil, the president said Vladimir Putin would not be arrested.", "en", "BRA"),
])
def test_the_speakers_place_control(spec, text: str, language: str, state: str) -> None:  # noqa: ANN001
    got = [(p, s) for p, s, _ in _typed(spec, text, "2023-12-04", "refusal", language=language)]
    assert got == [(PUTIN, state)], got


# 2. An arrest told with a release and a return after it, in one sentence ("X, arrested on Sunday and released two days later,
#    returned to Libya", 'arrestato domenica e rilasciato dopo 48 ore, ha fatto ritorno in Libia'): the place the person
#    returned to after the release is not where the arrest happened (batch 138's dev part: an arrest in Turin given to Libya).
@pytest.mark.parametrize(("text", "language"), [
    ("Osama Elmasry Njeem, arrestato domenica scorsa e rilasciato dopo 48 ore, ha fatto ritorno ieri in Libia, accolto a Tripoli.", "it"),
    ("Osama Elmasry Njeem was arrested on Sunday and released two days later, and he returned to Libya on Tuesday, welcomed in Tripoli.", "en"),
    ("Osama Elmasry Njeem, arrêté dimanche et libéré deux jours plus tard, est rentré en Libye mardi, accueilli à Tripoli.", "fr"),
    ("Osama Elmasry Njeem, detenido el domingo y liberado dos días después, regresó el martes a Libia, recibido en Trípoli.", "es"),
])
def test_a_return_after_the_release_is_not_the_arrests_place(spec, text: str, language: str) -> None:  # noqa: ANN001
    got = _typed(spec, text, "2025-01-22", "arrest", language=language)
    assert got and all(s != "LBY" for _, s, _ in got), got


@pytest.mark.parametrize(("text", "language", "state"), [
    # the arrest's own place before the release stays the arrest's
    ("Osama Elmasry Njeem was arrested in Italy on Sunday and released two days later, and he returned to Libya on Tuesday.", "en", "ITA"),
    ("Osama Elmasry Njeem, arrestato in Italia domenica e rilasciato dopo 48 ore, ha fatto ritorno in Libia.", "it", "ITA"),
    # an arrest on a return, with no release between: where the return ends (unchanged)
    ("Osama Elmasry Njeem was arrested upon his return to Libya on Sunday.", "en", "LBY"),
])
def test_a_return_after_the_release_control(spec, text: str, language: str, state: str) -> None:  # noqa: ANN001
    got = [(p, s) for p, s, _ in _typed(spec, text, "2025-01-22", "arrest", language=language)]
    assert got == [(ALMASRI, state)], got
