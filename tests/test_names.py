"""The personal-name normaliser shared by the loader, the CLI and the text pipeline."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iccwatch.dataset.names import name_key, name_matches, normalise_name, spelling_table
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


@pytest.mark.parametrize(("query", "pid"), [
    ("Omar el-Béchir", "omar-hassan-ahmad-al-bashir"),      # a variant of data/lookups/name_variants.yaml
    ("Umar al Bashir", "omar-hassan-ahmad-al-bashir"),      # a spelling group (Omar/Umar), the article dropped
    ("Muammar Qadhafi", "muammar-mohammed-abu-minyar-gaddafi"),
    ("Seif el-Islam Kadhafi", "saif-al-islam-gaddafi"),
    ("Sergei Shoygu", "sergei-kuzhugetovich-shoigu"),       # y/i folded
    ("Ahmad Haroun", "ahmad-muhammad-harun"),               # ou/u folded
    ("Netanyahou", "benjamin-netanyahu"),
    ("Abdallah Senoussi", "abdullah-al-senussi"),
    ("Abdel Rahman", "ali-muhammad-ali-abd-al-rahman"),     # 'Abd-Al-Rahman': Abdel = Abd + the article
    ("Lvova Belova", "maria-alekseyevna-lvova-belova"),     # a hyphen or a space
    ("LvovaBelova", "maria-alekseyevna-lvova-belova"),
    ("Mohamed Deif", "mohammed-diab-ibrahim-al-masri"),
    ("Vladimir Vladimirovitch Poutine", "vladimir-vladimirovich-putin"),  # French: tch/ch folded, Poutine a spelling
])
def test_transliterated_and_alternative_spellings(facts: Facts, query: str, pid: str) -> None:
    assert facts.person(query).id == pid


def test_name_key_is_general() -> None:
    assert name_key("Abd-Al-Rahman") == name_key("Abd ar-Rahman") == ("abd", "rahman")
    assert name_key("El Hishri") == name_key("al-Hishri") == ("hishri",)
    assert name_key("Saʿid") == name_key("Said")
    assert name_key("Łukasz") == name_key("Lukasz")
    assert name_key("al") == ("al",), "a name that is only the article keeps it"
    table = spelling_table({"spellings": [{"spellings": ["Muhammad", "Mohammed"], "reason": "r"}]})
    assert name_key("Mohammed Ali", table) == name_key("Muhammad Ali", table)
    assert name_key("Mohammed Ali") != name_key("Muhammad Ali"), "spelling groups are data, not code"


@pytest.mark.parametrize("query", ["Gbagbo", "Gaddafi", "Kadhafi", "Hassan", "Al-Masri"])
def test_a_name_that_fits_several_persons_is_an_error_listing_them(facts: Facts, query: str) -> None:
    with pytest.raises(UnknownPerson, match="several persons") as err:
        facts.person(query)
    assert str(err.value).count("(") >= 2, "each candidate is named with its id"
    assert len(facts.find_persons(query)) >= 2


def test_an_ambiguous_name_in_a_what_if_is_an_error_too(facts: Facts) -> None:
    from iccwatch.facts import Assumption

    with pytest.raises(UnknownPerson, match="Simone Gbagbo"):
        facts.with_assumptions([Assumption.parse("custody Gbagbo 2011-12-01")])


@pytest.mark.parametrize(("query", "pid"), [
    ("Laurent Gbagbo", "laurent-koudou-gbagbo"),    # an alias of two words is decisive
    ("Simone Gbagbo", "simone-gbagbo"),             # a full name is decisive
    ("Al Hassan", "al-hassan-ag-abdoul-aziz-ag-mohamed-ag-mahmoud"),
    ("Bashir", "omar-hassan-ahmad-al-bashir"),      # a one-word alias no other person's name contains
    ("Almasri", "osama-elmasry-njeem"),
])
def test_decisive_names(facts: Facts, query: str, pid: str) -> None:
    assert facts.person(query).id == pid


def test_variants_table_names_only_known_persons(records) -> None:  # noqa: ANN001
    """The checker rejects a variant of an unknown person, a spelling in two groups, one variant for two persons."""
    from dataclasses import replace

    from iccwatch.dataset.checks import _name_variants

    table = {"about": "x", "sources": [], "spellings": [{"spellings": ["Omar", "Umar"], "reason": "r"},
                                                        {"spellings": ["Umar", "Oumar"], "reason": "r"}],
             "persons": {"nobody-at-all": [{"name": "Nobody", "reason": "r"}],
                         "simone-gbagbo": [{"name": "Madame Gbagbo", "reason": "r"}],
                         "laurent-koudou-gbagbo": [{"name": "Madame Gbagbo", "reason": "r"}]}}
    bad = replace(records, lookups={**records.lookups, "name_variants": table})
    found = [(p.field, p.message) for p in _name_variants(bad)]
    assert any(f == "persons.nobody-at-all" and "unknown person" in m for f, m in found)
    assert any(f == "spellings[1]" for f, _ in found)
    assert any("also a variant of" in m for _, m in found)
    assert not list(_name_variants(records)), "the record's own table is clean"


def test_a_state_named_with_the_article(facts: Facts) -> None:
    assert facts.state("The Gambia").iso3 == facts.state("Gambia").iso3 == "GMB"


@pytest.mark.parametrize(("query", "iso3"), [
    ("Turkey", "TUR"), ("UK", "GBR"), ("Britain", "GBR"), ("DRC", "COD"), ("Burma", "MMR"), ("Swaziland", "SWZ"),
    ("Macedonia", "MKD"), ("US", "USA"), ("U.S.", "USA"), ("UAE", "ARE"), ("Brunei", "BRN"), ("The Gambia", "GMB"),
    ("Ivory Coast", "CIV"), ("Republic of Congo", "COG"), ("hun", "HUN"), ("HU", "HUN"),
])
def test_states_asked_by_everyday_and_former_names(facts: Facts, query: str, iso3: str) -> None:
    """Users type the names news uses (data/lookups/state_names.yaml), not only ISO names and codes."""
    assert facts.state(query).iso3 == iso3


def test_state_names_have_no_stray_spaces(records) -> None:  # noqa: ANN001
    for iso3, names in records.lookups["state_names"]["names"].items():
        assert all(n == n.strip() and n for n in names), iso3
