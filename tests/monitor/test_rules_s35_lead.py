"""Session 35 (issue 12, the lead after merging): a presence told in the present with a negation just before the verb is no
visit in Spanish and Portuguese, for every pattern of presence (the parity table's 'está em visita' and the older 'está en'
had no guard, while their neighbours 'está de visita a' had one); the affirmative still reads."""

from __future__ import annotations

import pytest
from tests.monitor.probe import typed as _typed

NETANYAHU = "benjamin-netanyahu"


@pytest.mark.parametrize(("text", "language"), [
    ("Benjamin Netanyahu está en Hungría, dijo el Gobierno.", "es"),
    ("Benjamin Netanyahu está em visita à Hungria, disse o Governo.", "pt"),
    ("Benjamin Netanyahu está na Hungria, disse o Governo.", "pt"),
])
def test_a_presence_in_the_present_is_a_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "visit", language=language) == [(NETANYAHU, "HUN", "2025-04-03")]


@pytest.mark.parametrize(("text", "language"), [
    ("Benjamin Netanyahu no está en Hungría, dijo el Gobierno.", "es"),
    ("Benjamin Netanyahu não está em visita à Hungria, disse o Governo.", "pt"),
    ("Benjamin Netanyahu não está na Hungria, disse o Governo.", "pt"),
])
def test_a_presence_denied_just_before_the_verb_is_no_visit(spec, text: str, language: str) -> None:  # noqa: ANN001
    assert _typed(spec, text, "2025-04-03", "visit", language=language) == []
