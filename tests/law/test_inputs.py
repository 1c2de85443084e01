"""What a person types to ask the law engine: names (full, alias, partial, shared surnames) and dates
(a day, a month, a year, impossible dates, before the Statute). Each gives a right answer or a clear
error naming the input, never a traceback."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from tests.law.test_scenarios import scenario_facts
from typer.testing import CliRunner

from iccwatch.cli import app
from iccwatch.facts import Assumption, Facts, UnknownPerson
from iccwatch.service import ask_arrest, ask_obligations, ask_travel

BLOCK = {
    "states": [{"iso3": "XXA", "name": "Alphaland", "participation": [{"action": "ratification", "date": "2003-02-03"}]}],
    "situations": [{"id": "alpha", "name": "Alphaland", "states": ["XXA"], "trigger": "proprio_motu",
                    "investigation_opened": "2004-06-01", "status": "investigation", "status_as_of": "2004-06-01"}],
    "persons": [{"id": "laurent-k-gbagbo", "name": "Laurent Koudou Gbagbo", "aliases": ["Laurent Gbagbo", "Gbagbo"]},
                {"id": "simone-gbagbo", "name": "Simone Gbagbo"}],
    "warrants": [{"id": "simone-gbagbo-1", "person": "simone-gbagbo", "situation": "alpha", "kind": "arrest_warrant",
                  "issued": "2012-02-29"}],
}


@pytest.fixture(scope="module")
def stated(facts: Facts) -> Facts:
    return scenario_facts(Path("inputs.yaml"), BLOCK, facts)


def test_a_bare_surname_shared_by_two_persons_is_ambiguous_even_if_one_has_it_as_alias(stated: Facts) -> None:
    with pytest.raises(UnknownPerson, match="several persons"):
        ask_arrest(stated, "XXA", "Gbagbo", dt.date(2013, 1, 1))
    with pytest.raises(UnknownPerson, match="Simone Gbagbo"):
        ask_travel(stated, "gbagbo", dt.date(2013, 1, 1))


def test_full_names_aliases_and_ids_still_resolve(stated: Facts) -> None:
    assert ask_arrest(stated, "XXA", "Simone Gbagbo", dt.date(2013, 1, 1))["answer"] == "obliged"
    assert ask_arrest(stated, "XXA", "Laurent Gbagbo", dt.date(2013, 1, 1))["question"]["person"] == "laurent-k-gbagbo"
    assert ask_arrest(stated, "XXA", "laurent-k-gbagbo", dt.date(2013, 1, 1))["question"]["person"] == "laurent-k-gbagbo"
    assert ask_arrest(stated, "XXA", "Simone", dt.date(2013, 1, 1))["question"]["person"] == "simone-gbagbo"


def test_a_date_before_the_statute_is_answered_and_says_so(stated: Facts) -> None:
    for d in (ask_arrest(stated, "XXA", "Simone Gbagbo", dt.date(1999, 1, 1)), ask_obligations(stated, "XXA", dt.date(1999, 1, 1)),
              ask_travel(stated, "Simone Gbagbo", dt.date(1999, 1, 1))):
        assert any("2002-07-01" in x for x in d["doubts"]), d["doubts"]
    assert not any("2002-07-01" in x for x in ask_arrest(stated, "XXA", "Simone Gbagbo", dt.date(2013, 1, 1))["doubts"])


@pytest.mark.parametrize(("on", "said"), [
    ("2016-13", "'2016-13' is not a date"),
    ("2015-02-30", "'2015-02-30' is not a real calendar date"),
    ("2015", "'2015' is a year"),
    ("2015-06", "'2015-06' is a month"),
    ("15/06/2015", "'15/06/2015'"),
    ("tomorrow", "'tomorrow'"),
])
def test_dates_that_are_not_a_day_are_named_in_a_clear_error(db_url: str, on: str, said: str) -> None:
    for args in (["arrest", "--state", "ZAF", "--person", "Omar Al-Bashir"], ["obligations", "--state", "ZAF"],
                 ["travel", "--person", "Omar Al-Bashir"]):
        result = CliRunner().invoke(app, ["ask", *args, "--on", on, "--db", db_url])
        out = result.stdout + (result.stderr or "")
        assert result.exit_code == 2, out
        assert said in " ".join(out.split()), out
        assert "Traceback" not in out


def test_an_assumed_declaration_for_an_unknown_situation_is_an_error_naming_it(db_url: str) -> None:
    result = CliRunner().invoke(app, ["ask", "arrest", "--state", "TUR", "--person", "Vladimir Putin", "--on", "2024-01-01",
                                      "--assume", "TUR declaration_12_3 2023-01-01 for narnia", "--db", db_url])
    out = " ".join((result.stdout + (result.stderr or "")).split())
    assert result.exit_code == 2, out
    assert "unknown situation 'narnia'" in out and "ukraine" in out
    ok = CliRunner().invoke(app, ["ask", "arrest", "--state", "TUR", "--person", "Vladimir Putin", "--on", "2024-01-01",
                                  "--assume", "TUR declaration_12_3 2023-01-01 for ukraine", "--json", "--db", db_url])
    assert ok.exit_code == 0, ok.stdout


def test_a_state_named_without_accents_or_with_typographic_apostrophes_is_found(facts: Facts) -> None:
    # The same normalisation as persons' names: case, accents, punctuation.
    for typed in ("Cote d'Ivoire", "Côte d’Ivoire", "COTE D IVOIRE", "cote-d'ivoire"):
        assert ask_obligations(facts, typed, dt.date(2013, 6, 1))["question"]["state"] == "CIV", typed
    assert ask_arrest(facts, "turkiye", "Vladimir Putin", dt.date(2024, 1, 1))["question"]["state"] == "TUR"


def test_an_unknown_state_is_named_with_the_closest_names(facts: Facts) -> None:
    from iccwatch.facts import UnknownState

    with pytest.raises(UnknownState, match="Narnia"):
        ask_obligations(facts, "Narnia", dt.date(2013, 6, 1))
    # session 38 (useraudit5): the words of every other command, "did you mean Hungary (HUN)?" (it read "Did you mean 'Hungary'")
    with pytest.raises(UnknownState, match=r"did you mean Hungary \(HUN\)"):
        ask_obligations(facts, "Hungry", dt.date(2013, 6, 1))


def test_spaces_around_a_date_are_ignored(db_url: str) -> None:
    result = CliRunner().invoke(app, ["ask", "obligations", "--state", "ZAF", "--on", " 2017-01-01 ", "--json", "--db", db_url])
    assert result.exit_code == 0, result.stdout


@pytest.mark.parametrize("text", [
    "office Putin head_of_state RUS 2025-01-01 2024-01-01",   # ends before it starts
    "office Putin head_of_state RUS 2025-01-01 2025-01-01",   # an empty term
    "HUN art_98_2_agreement 2003-01-01 with XXX",             # an unknown counterparty
    "HUN art_98_2_agreement 2003-01-01 with HUN",             # an agreement with itself
    "warrant Putin withdrawn 2022-01-01",                     # withdrawn before it was issued
    "custody Putin 2020-01-01",                               # surrendered before it was issued
    "referral ukraine USA 2023-01-01",                        # only a State Party may refer (Art. 14(1))
    "USA withdrawal_notified 2025-01-01",                     # only a State Party may withdraw (Art. 127(1))
    "SAU declaration_12_3 2024-06-01 for narnia",             # a declaration for a situation the record lacks
    "SAU ad_hoc_arrangement 2024-06-01 for narnia",           # likewise an arrangement (the API asks Facts directly)
])
def test_an_impossible_assumption_is_a_clear_error(facts: Facts, text: str) -> None:
    with pytest.raises((ValueError, LookupError)):
        facts.with_assumptions([Assumption.parse(text)])


@pytest.mark.parametrize(("text", "said"), [
    ("IND signature 2024-01-01", "Art. 125(1)"),                           # signature closed on 2000-12-31
    ("IND accession 1997-01-01", "1998-07-17"),                            # before the Statute was adopted
    ("warrant Putin issued 2021-01-01 in ukraine", "Art. 58(1)"),          # before the investigation began
    ("HUN art_98_2_agreement 2003-01-01 with HUN", "itself"),              # a known State, not an unknown one
])
def test_an_assumption_the_statute_rules_out_is_a_value_error_citing_the_rule(facts: Facts, text: str, said: str) -> None:
    with pytest.raises(ValueError, match=re.escape(said)):
        facts.with_assumptions([Assumption.parse(text)])


@pytest.mark.parametrize("text", [
    "IND signature 2000-12-31",                                  # the last day signature was open
    "IND accession 1998-07-17",                                  # the day the Statute was opened for signature
    "warrant Putin issued 2022-03-02 in ukraine",                # the day the investigation was opened
])
def test_the_contrast_days_are_accepted(facts: Facts, text: str) -> None:
    facts.with_assumptions([Assumption.parse(text)])


def test_an_assumed_warrant_defaults_to_the_situation_of_an_application(facts: Facts) -> None:
    """A person with only an application (no warrant yet): an assumed warrant is in that situation."""
    person = next(p for p in facts.records.persons.values()
                  if {w.kind for w in facts.warrants_of(p.id)} == {"application"})
    situation = facts.warrants_of(person.id)[0].situation
    f = facts.with_assumptions([Assumption.parse(f"warrant {person.id} issued 2025-12-01")])
    assert {w.situation for w in f.warrants_of(person.id) if w.kind == "arrest_warrant"} == {situation}
