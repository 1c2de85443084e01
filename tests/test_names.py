"""The personal-name normaliser shared by the loader, the CLI and the text pipeline."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iccwatch.dataset.names import name_matches, normalise_name
from iccwatch.facts import Facts, UnknownPerson


@given(st.text())
def test_normalise_is_idempotent(s: str) -> None:
    assert normalise_name(normalise_name(s)) == normalise_name(s)


@pytest.mark.parametrize("query", ["Al-Bashir", "Omar al-Bashir", "Omar Hassan Ahmad Al Bashir", "omar hassan ahmad al-bashir", "Bashir"])
def test_al_bashir_spellings(facts: Facts, query: str) -> None:
    assert facts.person(query).id == "omar-hassan-ahmad-al-bashir"


def test_putin_and_alias_in_parentheses(facts: Facts) -> None:
    assert facts.person("Putin").id == "vladimir-vladimirovich-putin"
    assert facts.person("Vladimir Putin").id == "vladimir-vladimirovich-putin"
    assert facts.person("Ali Kushayb").id == "ali-muhammad-ali-abd-al-rahman"


def test_ambiguous_and_unknown_names_are_errors(facts: Facts) -> None:
    with pytest.raises(UnknownPerson, match="several persons"):
        facts.person("Gaddafi")
    with pytest.raises(UnknownPerson, match="no person"):
        facts.person("Nobody Atall")
    assert name_matches("al", ["Omar Al-Bashir"]) == 0
