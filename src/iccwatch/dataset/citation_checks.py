"""How a fact's sources are described across the record: a fact's prose beside what it cites, and one address described two
ways. Run by ``checks.py`` in the order of ``CHECKS`` there.

Warnings (the record may be right and must then say why):

* a note, summary or follow-up that **leans on unnamed reports** ("according to reports", "reportedly", "it is said",
  "media reports") on a fact that cites no news report (``facts_and_their_sources``; tests/dataset/ROUND8.md);
* a **primary_gap that only says no primary was found** ("no primary found", a short bare negation) on a fact that cites
  a primary source (a gap naming the document it is about is left alone) (``facts_and_their_sources``;
  tests/dataset/ROUND8.md);
* **one address described two ways across the record**: cited with two dates that cannot both be true, or with two
  titles that share less than half their words (without bracketed glosses, case and punctuation)
  (``facts_and_their_sources``; tests/dataset/ROUND8.md).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.sources_policy import FactRef, of_each_record
from iccwatch.model.dates import parse_partial_date

_UNNAMED_REPORTS = re.compile(
    r"\b(?:according to (?:some |several |unconfirmed |media |press |news )?reports|reportedly|it is said|it was said|"
    r"it is reported|it was reported|is rumou?red|was rumou?red|(?:media|press|news) reports? (?:say|said|suggest|suggested|claim|claimed)|"
    r"reports (?:say|said|suggest|suggested|claim|claimed)|sources (?:say|said|claim|claimed))\b", re.I)


_PROSE = ("note", "followup", "summary")


#: A primary_gap that says, with no more, that no primary was found ("no primary found", "none read"): it
#: contradicts a primary cited on the same fact. A gap naming the document it is about is left alone.
_BARE_GAP = re.compile(r"^\s*(?:no|none|not|nothing)\b[^:;,()]{0,60}$", re.I)


_GLOSS = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")


@functools.lru_cache(maxsize=65536)  # a pure function of the text; every check of the record asks it for every title
def normalised_title(text: str | None) -> str:
    """A title as a reader compares it: without the record's bracketed glosses, case, quotes or punctuation."""
    text = _GLOSS.sub(" ", unicodedata.normalize("NFKC", text or "").casefold())
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def facts_and_their_sources(r: RecordSet) -> Iterator[Problem]:
    seen: dict[str, tuple[str, str, str | None, str | None]] = {}
    for facts in of_each_record(r, _facts_of_record):
        for ref, own, sources in facts:
            yield from own
            for i, url, field, s in sources:
                where = (ref.file, field)
                if url not in seen:
                    seen[url] = (*where, s.date, s.title)
                    continue
                ofile, ofield, odate, otitle = seen[url]
                if ofile == ref.file and ofield == where[1]:
                    continue
                other = f"{ofile} {ofield}"
                if s.date and odate and not _compatible(s.date, odate):
                    yield Problem(ref.file, ref.key, ref.field(f"sources[{i}].date"),
                                  f"{s.url} is dated {s.date} here and {odate} at {other}: one page has one date", "warning")
                title = normalised_title(s.title) or None
                if title and otitle and _other_titles(title, normalised_title(otitle)):
                    yield Problem(ref.file, ref.key, ref.field(f"sources[{i}].title"),
                                  f"{s.url} is titled {s.title!r} here and {otitle!r} at {other}: one page has one title", "warning")


def _facts_of_record(refs: tuple[FactRef, ...]) -> Iterator[tuple[FactRef, tuple[Problem, ...], tuple[tuple[int, str, str, Any], ...]]]:
    """For each fact of one record: its own problems (unnamed reports, a bare primary gap) and its sources as
    (index, address without its final '/', field path, source): what ``_facts_and_sources`` compares across records."""
    for ref in refs:
        sources = ref.sources
        news = any(s.kind == "secondary" for s in sources)
        fact = ref.fact
        own: list[Problem] = []
        for name in _PROSE:
            text = fact.__dict__.get(name)
            if isinstance(text, str) and not news and (m := _UNNAMED_REPORTS.search(text)):
                own.append(Problem(ref.file, ref.key, ref.field(name),
                                   f"leans on unnamed reports ({m.group(0)!r}) but the fact cites no report: cite them, or say "
                                   "whose report it is", "warning"))
        gap = fact.__dict__.get("primary_gap")
        if isinstance(gap, str) and _BARE_GAP.match(gap) and any(s.kind == "primary" for s in sources):
            own.append(Problem(ref.file, ref.key, ref.field("primary_gap"),
                               "says no primary was found, but the fact cites a primary source: name the document the gap is about, or drop it",
                               "warning"))
        yield ref, tuple(own), tuple((i, s.url.rstrip("/"), ref.field(f"sources[{i}]"), s) for i, s in enumerate(sources))


@functools.lru_cache(maxsize=65536)  # a pure function of the two titles; each check compares the same pairs again
def _other_titles(a: str, b: str) -> bool:
    """Two titles that cannot be one page's: fewer than half the words of the shorter are in the longer (a
    shortened title, a gloss or another spelling keeps most of its words; a translation or another page does not)."""
    wa, wb = set(a.split()), set(b.split())
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return len(short & long_) * 2 < len(short)


def _compatible(a: str, b: str) -> bool:
    """Two dates of one page that can both be true (a month and a day in it)."""
    (af, al), (bf, bl) = parse_partial_date(a), parse_partial_date(b)
    return af <= bl and bf <= al
