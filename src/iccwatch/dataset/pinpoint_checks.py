"""What a source's ``pinpoint`` numbers. Run by ``checks.py`` in the order of ``CHECKS`` there (tests/dataset/ROUND19.md,
ROUND20.md); the page and paragraph ranges are the context checks' (``context_checks.py``).

Errors:

* a **pinpoint range that ends before it starts** under a label the context checks' rule does not read (characters,
  lines, items, rows, notes, footnotes, minutes, slides, columns, entries): ``characters 500-400``; an abbreviated end
  (``lines 112-13``) is read as the context checks read ``pp. 112-13`` (``pinpoint_ranges``);
* a **pinpoint whose location is numbered below zero** (``characters -5-60``, ``p. -3``, ``para. −4``): a page,
  paragraph, article, line, character or other unit is counted from zero or one, so a minus sign before the first
  number is a slip (``negative_pinpoints``).

Round forty (tests/dataset/ROUND40.md): a **page pinpoint against its source's ``pages``**: a page named (``p.``, ``pp.``,
``page(s)``, ``pág(s).``, ``pag(s).``, ``Seite(n)``) on a source with no pages (``pages: 0``: a web page, a post) or beyond
its count (``pages_of_sources``). A source whose ``pages`` is not written is not read (an address does not say).

Round thirty-six (tests/dataset/ROUND36.md): a range is read whatever dash it is written with (``RANGE_DASH``: the
hyphen, the non-breaking hyphen, the figure, en and em dashes, the minus sign) and in words (``14 to 12``, ``3 through
5``), here and in the context checks' page and paragraph rule: ``characters 500—400`` and ``lines 20 to 10`` end before
they start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_walks import per_record_problems, record_sources
from iccwatch.dataset.records import RecordSet

#: The dashes a range is written with: the hyphen-minus, the hyphen, the non-breaking hyphen, the figure dash, the en
#: dash, the em dash and the minus sign (round 36: ``pp. 14—12`` was not read as a range at all).
RANGE_DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2212]"
#: Between a range's two numbers: a dash, or the word ``to`` or ``through`` (``paras. 4 to 6``).
RANGE_TO = r"(?:\s*" + RANGE_DASH + r"\s*|\s+(?:to|through)\s+)"

#: A range under a label of units the context checks' page and paragraph rule does not read.
_PIN_UNITS = re.compile(r"\b(?:characters?|chars?|lines?|items?|rows?|notes?|footnotes?|fns?|nn|minutes?|mins?|slides?|columns?|cols?|"
                        r"entries|entry)\.?\s*(\d+)" + RANGE_TO + r"(\d+)\b", re.I)


#: A location label followed by a minus sign (hyphen-minus, minus sign, en dash) and a number: "characters -5-60".
#: A label that follows a slash or a hyphen is a part of a document's symbol, not a location (session 49: the
#: Assembly's resolution "ICC-ASP/S-1/Res.1" was read as "S. -1"; a filing such as "ICC-01/14-P-1" the same way).
_BELOW_ZERO = re.compile(r"(?<![/\-\u2010\u2011])\b(?:pages?|pp?|paragraphs?|paras?|arts?|articles?|sections?|ss?|characters?|chars?|lines?|items?|"
                         r"rows?|notes?|footnotes?|fns?|nn|minutes?|mins?|slides?|columns?|cols?|entries|entry)\.?\s*"
                         r"[-\u2212\u2013]\s*\d", re.I)


#: (round 40) Page numbers under a page label (English, and the labels of the other languages the record cites: ``pág.``,
#: ``pag.``, ``Seite``; ``S.`` is a section, round 37), a list or a range of them: ``pp. 12-14``, ``pages 3, 7 and 9``.
_PAGES = re.compile(r"\b(?:pp?|pages?|p\u00e1gs?|pags?|seiten?)\.?\s*(\d+(?:(?:" + RANGE_TO + r"|\s*,\s*|\s+(?:and|&)\s+)\d+)*)\b",
                    re.I)
_RANGE = re.compile(r"(\d+)" + RANGE_TO + r"(\d+)")


def _pages_named(pinpoint: str) -> list[int]:
    """The page numbers a pinpoint names under a page label, a range's abbreviated end read in full (``pp. 112-13``)."""
    out: list[int] = []
    for m in _PAGES.finditer(pinpoint):
        run = m.group(1)
        for r in _RANGE.finditer(run):
            start, end = r.group(1), r.group(2)
            if len(end) < len(start):
                end = start[: len(start) - len(end)] + end
            out.append(int(end))
        out += [int(n) for n in re.findall(r"\d+", run)]
    return out


def pages_of_sources(r: RecordSet) -> Iterator[Problem]:
    return per_record_problems(r, _pages_beyond)


def _pages_beyond(obj: Any) -> Iterator[tuple[str, str]]:
    """(round 40) A page pinpoint on a source whose ``pages`` says it has no pages (0), or fewer than the page named."""
    for at, src in record_sources(obj):
        if src.pages is None or not src.pinpoint:
            continue
        named = _pages_named(src.pinpoint)
        if not named:
            continue
        if src.pages == 0:
            yield (f"{at}.pinpoint", f"pinpoint {src.pinpoint[:60]!r} names a page, but the source has no pages (pages: 0): "
                   "point at a paragraph, a section or a heading, or give the document's page count")
        elif max(named) > src.pages:
            yield (f"{at}.pinpoint", f"pinpoint {src.pinpoint[:60]!r} names page {max(named)}, but the document has "
                   f"{src.pages} pages (pages: {src.pages}): correct the page or the count")


def pinpoint_ranges(r: RecordSet) -> Iterator[Problem]:
    return per_record_problems(r, _backward_ranges)


def negative_pinpoints(r: RecordSet) -> Iterator[Problem]:
    return per_record_problems(r, _below_zero)


def _backward_ranges(obj: Any) -> Iterator[tuple[str, str]]:
    for at, src in record_sources(obj):
        if not src.pinpoint:
            continue
        for m in _PIN_UNITS.finditer(src.pinpoint):
            start, end = m.group(1), m.group(2)
            if len(end) < len(start):  # "lines 112-13": the end's leading digits are the start's
                end = start[: len(start) - len(end)] + end
            if int(end) < int(start):
                yield (f"{at}.pinpoint", f"pinpoint {src.pinpoint[:60]!r}: the range {m.group(1)}-{m.group(2)} ends before it "
                       "starts")
                break


def _below_zero(obj: Any) -> Iterator[tuple[str, str]]:
    for at, src in record_sources(obj):
        if not src.pinpoint:
            continue
        m = _BELOW_ZERO.search(src.pinpoint)
        if m:
            yield (f"{at}.pinpoint", f"pinpoint {src.pinpoint[:60]!r}: {m.group(0)!r} numbers a location below zero "
                   "(pages, paragraphs, lines and characters are counted from zero or one): correct the number")
