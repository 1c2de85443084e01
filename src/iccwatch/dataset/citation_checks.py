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
  (``facts_and_their_sources``; tests/dataset/ROUND8.md); round thirty (tests/dataset/ROUND30.md): or with **two
  publishers** whose names cannot be one body's (no shared word, neither the other's initials, neither written as a
  domain), or **graded primary in one record and secondary in another** (said once per record and address).
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
    seen: dict[str, tuple[str, str, str | None, str | None, str | None, str]] = {}
    graded_apart: set[tuple[str, str]] = set()
    for facts in of_each_record(r, _facts_of_record):
        for ref, own, sources in facts:
            yield from own
            for i, url, field, s in sources:
                where = (ref.file, field)
                if url not in seen:
                    seen[url] = (*where, s.date, s.title, s.publisher, s.kind)
                    continue
                ofile, ofield, odate, otitle, opublisher, okind = seen[url]
                if ofile == ref.file and ofield == where[1]:
                    continue
                other = f"{ofile} {ofield}"
                if s.publisher and opublisher and _other_publishers(s.publisher, opublisher):
                    yield Problem(ref.file, ref.key, ref.field(f"sources[{i}].publisher"),
                                  f"{s.url} is published by {s.publisher!r} here and {opublisher!r} at {other}: one page has one "
                                  "publisher", "warning")
                if s.kind != okind and (ref.file, url) not in graded_apart:  # said once per record and address
                    graded_apart.add((ref.file, url))
                    yield Problem(ref.file, ref.key, ref.field(f"sources[{i}].kind"),
                                  f"{s.url} is cited as {s.kind} here and {okind} at {other}: a page read that states the fact is "
                                  "primary wherever it is cited for one; say in a note why it is not here, or grade it alike",
                                  "warning")
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


#: A publisher written as its site's domain ("jpost.com").
_DOMAIN_LIKE = re.compile(r"^[\w-]+(?:\.[\w-]+)+$")

#: Words a publisher's name shares with any other's: they say nothing of which body it is.
_NAME_FILLERS = frozenset({"the", "of", "and", "for", "on", "de", "la", "le", "du", "des", "el", "y", "et", "in", "to", "a"})


@functools.lru_cache(maxsize=65536)  # a pure function of the two names
def _other_publishers(a: str, b: str) -> bool:
    """Two publishers that cannot be one page's: neither is written as a domain ("jpost.com"), their names share no word
    (without case, accents, punctuation, bracketed glosses and the words every name has; "JFJustice" holds "Justice"), neither is the initials of the
    other ("ICC", "International Criminal Court"), and neither holds the other written without its spaces."""
    def words(name: str) -> list[str]:
        return [w for w in normalised_title(unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()).split()
                if w not in _NAME_FILLERS]
    if _DOMAIN_LIKE.match(a.strip()) or _DOMAIN_LIKE.match(b.strip()):  # a site's address names its owner no other way
        return False
    wa, wb = words(a), words(b)
    if not wa or not wb or any(x in y or y in x for x in wa for y in wb if min(len(x), len(y)) >= 4) or set(wa) & set(wb):
        return False
    initials = ("".join(w[0] for w in wa), "".join(w[0] for w in wb))
    if initials[0] in wb or initials[1] in wa:
        return False
    squashed = ("".join(wa), "".join(wb))
    return not (squashed[0] in squashed[1] or squashed[1] in squashed[0] or squashed[0][:6] == squashed[1][:6])


def _compatible(a: str, b: str) -> bool:
    """Two dates of one page that can both be true (a month and a day in it)."""
    (af, al), (bf, bl) = parse_partial_date(a), parse_partial_date(b)
    return af <= bl and bf <= al
