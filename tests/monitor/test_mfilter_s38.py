"""Session 38: the filter's cue families are English words, read only in English pages (and pages of no known
language); in a page in another language only the families without words (a question mark, quotes) are read, so
Portuguese 'no dia 3' ('on the 3rd') is no negation cue."""

from __future__ import annotations

from typing import Any

from iccwatch.monitor import mfilter
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates


def _cues(spec: Any, text: str, language: str, date: str = "2024-09-04") -> set[str]:
    doc = make_document(text, date=date, language=language)
    cands = extract_candidates(doc, spec, mode="rules")
    assert cands, f"no candidate read from {text!r}"
    return {f for c in cands for f in mfilter.features(c, doc, bow=False, spec=spec) if f.startswith(("cue=", "doc_cue="))}


def test_an_english_word_in_a_portuguese_page_is_no_cue(spec) -> None:  # noqa: ANN001
    cues = _cues(spec, "Vladimir Putin chegou no dia 3 de setembro a Ulan Bator, onde foi recebido pelo presidente.", "pt")
    assert "cue=neg" not in cues and "doc_cue=neg" not in cues


def test_the_wordless_cues_are_read_in_every_language(spec) -> None:  # noqa: ANN001
    cues = _cues(spec, "Vladimir Putin chegou na terça-feira a Ulan Bator? O Kremlin disse: \"sim\".", "pt")
    assert {"doc_cue=question", "doc_cue=quote"} <= cues


def test_an_english_page_keeps_its_worded_cues(spec) -> None:  # noqa: ANN001
    cues = _cues(spec, "Vladimir Putin arrived in Ulaanbaatar on Tuesday, though he did not meet the press.", "en")
    assert "cue=neg" in cues
