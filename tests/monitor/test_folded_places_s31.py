"""The accent-folded places are found by a look-up at each word's start (session 31, for speed); these tests hold it to what one
regular expression of all the forms finds, on the dev half's texts and on edge cases of our own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from iccwatch.monitor.gazetteer import (
    _fold,
    _folded_matches,
    _folded_places,
    add_folded_places,
    pipeline,
)

DEV = Path(__file__).parent / "realnews" / "dev"


_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _by_regex(folded: str, unique: dict[str, str]) -> list[tuple[int, int, str]]:
    key = tuple(unique)
    if key not in _PATTERNS:  # compiled once per set of forms (some ten thousand alternatives)
        alts = "|".join(re.escape(f) for f in sorted(unique, key=len, reverse=True))
        _PATTERNS[key] = re.compile(rf"(?<!\w)(?:{alts})(?!\w)")
    pattern = _PATTERNS[key]
    return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(folded)]


def test_the_lookup_finds_what_the_pattern_finds_on_the_dev_texts(spec) -> None:  # noqa: ANN001
    unique, by_first = _folded_places(spec._json)
    # the texts that hold a letter the fold changes (an unaccented text never reaches the look-up), every third of them
    texts = [t for p in sorted(DEV.glob("*.txt")) if not (t := p.read_text(encoding="utf-8")).isascii()][::3]
    assert len(texts) > 50
    found = 0
    for text in texts:
        folded = _fold(text)
        got = _folded_matches(folded, by_first)
        assert got == _by_regex(folded, unique)
        found += len(got)
    assert found > 0  # the dev texts name accented places: a look-up that found none would prove nothing


@pytest.mark.parametrize("text", [
    "Sao Paulo", "Sao Paulos", "xSao Paulo", "Sao Paulo.", "en Sao Paulo y Bogota", "Sao-Paulo", "", " ", "Bogota!Bogota",
    "Rio de Janeiro de Janeiro", "SAO PAULO", "sao paulo",
])
def test_edges_agree_with_the_pattern(spec, text: str) -> None:  # noqa: ANN001
    unique, by_first = _folded_places(spec._json)
    assert _folded_matches(text, by_first) == _by_regex(text, unique)


def test_a_form_beginning_with_no_word_character_is_found() -> None:
    by_first = {"": ("'s-Hertogenbosch",), "Den": ("Den Bosch",)}
    unique = {"'s-Hertogenbosch": "NLD", "Den Bosch": "NLD"}
    for text in ["in 's-Hertogenbosch today", "x's-Hertogenbosch", "Den Bosch and 's-Hertogenbosch", "'s-Hertogenboschx"]:
        assert _folded_matches(text, by_first) == _by_regex(text, unique)


def test_an_accented_place_becomes_a_mention(spec) -> None:  # noqa: ANN001
    unique, _ = _folded_places(spec._json)
    plain = next(f for f in sorted(unique) if f.isascii() and " " not in f and len(f) > 5 and "a" in f)
    accented = plain.replace("a", "á", 1)
    doc = pipeline(spec)(f"Er kam am Montag nach {accented}.")
    add_folded_places(doc, spec)
    got = [(m.text, m.id_) for m in doc.spans["mentions"] if m.label_ == "PLACE"]
    assert (accented, unique[plain]) in got
