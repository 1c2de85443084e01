"""The rules' own candidates for a sentence, as the rules tests compare them (the statistical filter has its own
tests in test_mfilter.py)."""

from __future__ import annotations

from typing import Any

from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates


def rule_candidates(spec: Any, text: str, date: str = "2025-05-07") -> list[tuple[Any, ...]]:
    """(type, person, State, date) of the rules' candidates in ``text`` dated ``date`` (2025-05-07: a Wednesday)."""
    return [(c.type, c.person, c.state, c.date) for c in extract_candidates(make_document(text, date=date), spec, mode="rules")]


def facts_of(spec: Any, text: str, date: str, kind: str) -> set[tuple[str | None, str | None]]:
    """(person, State) of the rules' candidates of ``kind`` in ``text`` dated ``date``."""
    return {(c.person, c.state) for c in extract_candidates(make_document(text, date=date), spec, mode="rules") if c.type == kind}


def typed(spec: Any, text: str, date: str, kind: str, title: str | None = None, language: str | None = None,
          read_as: str | None = None) -> list[tuple[Any, ...]]:
    """(person, State, date) of the rules' candidates of ``kind`` in ``text`` dated ``date``, sorted; ``title`` and
    ``language`` are given to the document as its headline and language, ``read_as`` asserts the language the document
    is read in when none is given (a test of one language's readings fails plainly when the text is read as another)."""
    doc = make_document(text, title=title, date=date, language=language)
    if read_as is not None:
        assert doc.language == read_as, text
    return sorted(((c.person, c.state, c.date) for c in extract_candidates(doc, spec, mode="rules") if c.type == kind), key=str)
