"""Session 15: the dev half's remaining errors read as general mechanisms (issue 12), each tested with sentences written
for the purpose in other wordings (not copied from the real-news set) and contrast cases that must not fire."""

from __future__ import annotations

import pytest
from tests.monitor.probe import facts_of as _facts

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

PUTIN = "vladimir-vladimirovich-putin"
BASHIR = "omar-hassan-ahmad-al-bashir"
DUTERTE = "rodrigo-roa-duterte"
NETANYAHU = "benjamin-netanyahu"


def _dated(spec, text: str, date: str, kind: str) -> set[tuple[str | None, str | None, str | None]]:  # noqa: ANN001
    doc = make_document(text, date=date)
    return {(c.person, c.state, c.date) for c in extract_candidates(doc, spec, mode="rules") if c.type == kind}


# --- the place one came from is not the State of the police that act ---------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    # the origin, then "and police …": no State's police is named
    ("Rodrigo Duterte was arrested on Tuesday after flying in from Hong Kong and police escorted him to an air base.", {None}),
    # contrast: the police's own State named
    ("Rodrigo Duterte was arrested on Tuesday by Hong Kong police.", {"CHN"}),
    # contrast: the arrest's place named beside the origin
    ("Rodrigo Duterte was arrested in Manila on Tuesday after coming back from Hong Kong and police drove him away.", {"PHL"}),
])
def test_the_origin_is_not_the_police_state(spec, text: str, want: set[str | None]) -> None:  # noqa: ANN001
    got = {s for p, s in _facts(spec, text, "2025-03-12", "arrest") if p == DUTERTE}
    assert got == want
