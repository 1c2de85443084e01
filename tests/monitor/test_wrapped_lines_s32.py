"""Session 32: a text hard-wrapped at a fixed width (an e-mail, a saved page, a text file ingested by hand) is read as the
same sentences as the text unwrapped; a headline, a dateline or a caption on a line of its own still ends where it ends.

The texts were written for this test, about persons the record holds (their names used as examples)."""

from __future__ import annotations

import textwrap

import pytest
from tests.monitor.probe import rule_candidates

from iccwatch.monitor import lexicon
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.mentions import _wrapped, unwrap

PARAGRAPHS = [
    ("Sudan's President Omar Al-Bashir arrived in N'Djamena on Monday for a summit of regional leaders, "
     "despite the warrant of the International Criminal Court for his arrest.", "2013-02-19"),
    ("Vladimir Putin, who is wanted by the International Criminal Court over the deportation of children, "
     "landed in Ulaanbaatar on Monday evening for a two-day visit to Mongolia.", "2024-09-03"),
    ("Police in Berlin arrested Khaled Mohamed Ali El Hishri on Wednesday on a warrant issued by the "
     "International Criminal Court, the federal prosecutor said.", "2025-07-18"),
]


@pytest.mark.parametrize("width", [44, 52, 70])  # a column narrower than 40 characters is left to `_wrapped` alone
@pytest.mark.parametrize(("text", "date"), PARAGRAPHS)
def test_a_wrapped_paragraph_gives_what_the_unwrapped_one_gives(spec, text: str, date: str, width: int) -> None:
    whole = rule_candidates(spec, text, date)
    assert whole, "the unwrapped paragraph must give a fact for this test to mean anything"
    assert rule_candidates(spec, textwrap.fill(text, width), date) == whole


def test_the_evidence_of_a_wrapped_sentence_is_the_whole_sentence(spec) -> None:
    from iccwatch.monitor.extract import extract_candidates
    text, date = PARAGRAPHS[0]
    wrapped = textwrap.fill(text, 40)
    found = extract_candidates(make_document(wrapped, date=date), spec, mode="rules")
    assert found
    evidence = " ".join(found[0].evidence.sentence.split())
    assert "summit" in evidence and "Bashir" in evidence


@pytest.mark.parametrize(("line", "after", "joined"), [
    ("Omar Al-Bashir arrived in N'Djamena,", "Chad, on Monday", True),     # a comma ends no headline
    ("the warrant of the International Criminal Court for", "his arrest", True),  # a preposition leads on
    ("Putin visits Mongolia", "in defiance of ICC warrant", True),           # the next line goes on in lower case
    ("Putin visits Mongolia despite ICC warrant", "The Russian president landed on Monday.", False),  # a headline
    ("ULAANBAATAR, Sept 3 (Reuters) -", "Vladimir Putin landed on Monday.", False),  # a dateline
    ("Photo: Reuters", "Vladimir Putin landed on Monday.", False),          # a caption
    ("the summit opened in Addis Ababa, where leaders met the", "• Omar Al-Bashir", False),  # a list's item
])
def test_what_a_line_end_joins(spec, line: str, after: str, joined: bool) -> None:
    text = line + "\n" + after
    assert _wrapped(line, text, len(line) + 1, lexicon.wrap_end(spec.lexicon)) is joined


def test_unwrap_keeps_the_length_and_the_blank_lines(spec) -> None:
    text = "Putin visits Mongolia\n\nVladimir Putin, who is wanted by the\nInternational Criminal Court, landed in\nUlaanbaatar on Monday."
    out = unwrap(text, lexicon.wrap_end(spec.lexicon))
    assert len(out) == len(text)
    assert out.startswith("Putin visits Mongolia\n\n")
    assert "wanted by the International Criminal Court, landed in Ulaanbaatar on Monday." in out
