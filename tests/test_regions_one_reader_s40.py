"""One reader of data/lookups/regions.yaml (session 40, a review finding of session 39): the question reader's regions
and the index's ``?region=`` resolve every name and adjective of a region to the same region, with the same States."""

from __future__ import annotations

import pytest

from iccwatch.errors import FieldError
from iccwatch.facts import Facts
from iccwatch.service import question
from iccwatch.service.index_regions import region_named, region_names, regions


def test_every_name_and_adjective_resolves_alike_in_questions_and_on_the_index(facts: Facts) -> None:
    defined = question._defined_regions(facts)
    assert defined, "the bundled lookups define regions"
    for key, region in region_names(facts).items():
        asked = defined[key]
        assert (asked.name, asked.states) == (region["name"], tuple(region["states"]))
        assert region_named(facts, key.title())["name"] == region["name"]


def test_an_adjective_a_region_lists_selects_it_on_the_index(facts: Facts) -> None:
    with_adjective = next(r for r in regions(facts) if r["adjectives"])
    assert region_named(facts, with_adjective["adjectives"][0])["name"] == with_adjective["name"]
    assert region_named(facts, "the " + with_adjective["name"].upper())["name"] == with_adjective["name"]


def test_a_name_no_region_has_is_an_error_on_the_field(facts: Facts) -> None:
    with pytest.raises(FieldError) as err:
        region_named(facts, "Atlantis")
    assert err.value.field == "region" and regions(facts)[0]["name"] in str(err.value)
