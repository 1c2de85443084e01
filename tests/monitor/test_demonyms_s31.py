"""Session 31 (issue 12, mdemonym): the demonyms the monitor reads in its six languages. Every State that one of the five
other languages lists (data/lookups/monitor_words.yaml, ``languages.<code>.demonyms.states``) has a demonym in English
(data/lookups/demonyms.yaml) and in each of the five, or is left out of that language with its reason, keyed by the
State's code (``left_out``); the forms added this session (German 'burkinisch', 'nigrisch'; Italian 'nigerino',
'burkinabé'; Portuguese 'queniano', 'burundês', ...) give the inflected forms a title or a noun phrase takes, each for its
own State; and a table that lists a State and leaves it out at once is refused, naming the State."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from iccwatch.dataset.loader import MonitorWords
from iccwatch.monitor.gazetteer import normalise

DATA = Path(__file__).resolve().parents[2] / "data" / "lookups"


@pytest.fixture(scope="module")
def words() -> dict[str, Any]:
    return yaml.safe_load((DATA / "monitor_words.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def english() -> dict[str, Any]:
    return yaml.safe_load((DATA / "demonyms.yaml").read_text(encoding="utf-8"))


def _scope(words: dict[str, Any]) -> set[str]:
    """The States the five other languages' lists cover: any State one of them lists."""
    return {code for entry in words["languages"].values() for code in entry["demonyms"]["states"]}


def test_the_five_languages_are_the_ones_read(words: dict[str, Any]) -> None:
    assert sorted(words["languages"]) == ["de", "es", "fr", "it", "pt"]


def test_every_state_listed_in_one_language_is_listed_or_left_out_with_its_reason_in_each(words: dict[str, Any]) -> None:
    scope = _scope(words)
    assert len(scope) >= 40, "the lists cover the States the Court's situations, cases and trips name"
    gaps = []
    for lang, entry in sorted(words["languages"].items()):
        table = entry["demonyms"]
        left_out = table.get("left_out") or {}
        for code in sorted(scope):
            listed = code in table["states"]
            why = str(left_out.get(code) or "").strip()
            if listed == bool(why):  # neither, or both
                gaps.append(f"{lang}.{code}: {'listed and left out' if listed else 'neither listed nor left out with a reason'}")
    assert not gaps, gaps


def test_every_state_in_scope_has_an_english_demonym(words: dict[str, Any], english: dict[str, Any]) -> None:
    have = set(english["demonyms"]) | set(english.get("monitor_extra") or {})
    assert not sorted(_scope(words) - have)


def test_a_state_left_out_is_left_out_only_where_no_form_is_listed(words: dict[str, Any]) -> None:
    """No code is left out that the language lists, nor left out of a language for a State no language lists (a stale
    reason after a State's form was added, or a typo in a code)."""
    scope = _scope(words)
    for lang, entry in words["languages"].items():
        left_out = set(entry["demonyms"].get("left_out") or {})
        assert not left_out & set(entry["demonyms"]["states"]), lang
        assert left_out <= scope, (lang, sorted(left_out - scope))


@pytest.mark.parametrize(("lang", "code", "form"), [
    ("de", "BFA", "burkinisch"), ("de", "NER", "nigrisch"), ("de", "BDI", "burundisch"), ("de", "CHL", "chilenisch"), ("it", "NER", "nigerino"), ("it", "BFA", "burkinabé"),
    ("pt", "KEN", "queniano"), ("pt", "BDI", "burundês"), ("pt", "BFA", "burkinabé"), ("es", "NER", "nigerino"),
    ("es", "NGA", "nigeriano"), ("es", "RWA", "ruandés"), ("es", "SSD", "sursudanés"), ("es", "MAR", "marroquí"),
    ("es", "EGY", "egipcio"), ("es", "JOR", "jordano"), ("it", "NGA", "nigeriano"), ("it", "USA", "statunitense"),
])
def test_the_forms_added_are_listed_with_a_cited_source(words: dict[str, Any], lang: str, code: str, form: str) -> None:
    assert form in words["languages"][lang]["demonyms"]["states"][code]["names"]
    # the form is quoted in a source's pinpoint or note (the source that gives it)
    assert any(form in f"{s.get('pinpoint', '')} {s.get('note', '')}" for s in words["sources"]), form


@pytest.mark.parametrize(("form", "code"), [
    # German declines the adjective before its noun: "der nigrische Präsident", "des burkinischen Präsidenten"
    ("nigrische", "NER"), ("nigrischen", "NER"), ("burkinische", "BFA"), ("burkinischen", "BFA"), ("Burkinischer", "BFA"),
    # Italian and Portuguese agree in gender and number after the noun: "la presidente nigerina", "os atletas quenianos"
    ("nigerina", "NER"), ("nigerini", "NER"), ("quenianos", "KEN"), ("queniana", "KEN"), ("burundesa", "BDI"),
    ("burkinabé", "BFA"),
    # Spanish: "el presidente ruandés", "las autoridades sursudanesas", "los soldados marroquíes"
    ("ruandesa", "RWA"), ("sursudanesas", "SSD"), ("marroquíes", "MAR"), ("egipcia", "EGY"), ("nigerinos", "NER"),
    ("nigerianas", "NGA"), ("statunitensi", "USA"), ("burundischen", "BDI"), ("chilenische", "CHL"),
])
def test_each_form_is_read_as_its_own_states(spec: Any, form: str, code: str) -> None:
    owners = {iso3 for iso3, ds in spec.demonyms.items() if normalise(form) in {normalise(d) for d in ds}}
    assert owners == {code}, (form, owners)


@pytest.mark.parametrize(("form", "code"), [("nigeriano", "NER"), ("nigerianisch", "NER"), ("nigerisch", "NER"), ("nigerino", "NGA"),
                                            ("sudanés", "SSD"), ("sudanese", "SSD")])
def test_a_neighbours_form_is_not_read_as_the_state(spec: Any, form: str, code: str) -> None:
    """Italian and Spanish 'nigeriano' is Nigeria's and 'nigerino' Niger's (the sources that give them say so); Sudan's
    'sudanés' is not South Sudan's ('sursudanés')."""
    assert normalise(form) not in {normalise(d) for d in spec.demonyms.get(code, [])}


def test_a_state_listed_and_left_out_at_once_is_refused_naming_it(words: dict[str, Any]) -> None:
    bad = copy.deepcopy(words)
    bad["languages"]["de"]["demonyms"]["left_out"]["BFA"] = "a reason"
    with pytest.raises(ValidationError, match="BFA"):
        MonitorWords.model_validate(bad)


def test_a_state_left_out_without_a_reason_is_refused_naming_it(words: dict[str, Any]) -> None:
    bad = copy.deepcopy(words)
    bad["languages"]["pt"]["demonyms"]["left_out"]["TCD"] = " "
    with pytest.raises(ValidationError, match="TCD"):
        MonitorWords.model_validate(bad)


def test_the_table_as_committed_is_valid(words: dict[str, Any]) -> None:
    MonitorWords.model_validate(words)
