"""What a source's ``copy_of`` names: the original document a page republishes. Run by ``checks.py`` in the order of
``CHECKS`` there (tests/dataset/ROUND22.md).

Errors:

* a source's **copy_of naming a page that is no original**: an address there on a domain the publishers' table grades X
  (a wiki mirror, a content farm, a scraper) or classes ``document_copy`` (a site of copies) is itself a copy or no source
  at all, so the original is still unnamed. The rule reads the table (``data/lookups/publishers.yaml``), never a named
  site (``copy_of_originals``);
* sources on one fact whose **``copy_of`` addresses loop** (a copy of a copy of itself): a copy names the original it
  copies, which is not itself a copy of the copy (``copy_of_loops``; tests/dataset/ROUND17.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

from iccwatch.dataset.grading import PublisherIndex
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_walks import KINDS_WITH_SOURCES, record_sources
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.sources_policy import iter_facts

#: Publishers' classes whose pages are copies of other documents (``publishers.yaml``): never an original.
COPY_CLASSES = frozenset({"document_copy"})


def copy_of_originals(r: RecordSet) -> Iterator[Problem]:
    if "publishers" not in r.lookups:
        return
    index = PublisherIndex.from_lookups(r.lookups)
    for kind in KINDS_WITH_SOURCES:
        for key, obj in r.of_kind(kind).items():
            for at, src in record_sources(obj):
                original = (src.copy_of or "").strip()
                if urlsplit(original).scheme.lower() not in ("http", "https"):
                    continue  # an original named by its title and date
                pub = index.lookup(original)
                if pub is None or (pub.grade != "X" and pub.publisher_class not in COPY_CLASSES):
                    continue
                why = f"graded X ({pub.reason})" if pub.grade == "X" else f"a site of copies ({pub.publisher_class}: {pub.reason})"
                yield Problem(r.file_of(kind, key), key, f"{at}.copy_of",
                              f"copy_of names a page on {pub.domain}, {why}: that page is not the original document; name the "
                              "original (its address, or its title and date) or leave copy_of out")


def copy_of_loops(r: RecordSet) -> Iterator[Problem]:
    for ref in iter_facts(r):
        sources = ref.sources
        copies = {s.url: s.copy_of for s in sources if s.copy_of and s.copy_of.startswith(("http://", "https://"))}
        if len(copies) < 2:
            continue
        for i, s in enumerate(sources):
            seen = {s.url}
            nxt = copies.get(s.url)
            while nxt in copies and nxt not in seen:
                seen.add(nxt)
                nxt = copies[nxt]
            if nxt == s.url and len(seen) > 1:
                yield Problem(ref.file, ref.key, ref.field(f"sources[{i}].copy_of"),
                              f"{s.url} is a copy of {s.copy_of}, which the same fact cites as a copy of it (a loop): a copy names "
                              "the original it copies")
