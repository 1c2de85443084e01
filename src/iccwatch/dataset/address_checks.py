"""Sources' addresses that name one page twice (tests/dataset/ROUND18.md; run by ``checks.py`` in the order of ``CHECKS``
there), and the address rules that doors other than the checker apply before a record holds the address
(``copied_address_problem``).

* (error) a source's ``copy_of`` naming the **source's own page under another form of its address** (``http`` for
  ``https``, ``www.`` added, an escape written otherwise);
* (warning) **one page cited twice on one fact** under two addresses that differ by a **fragment** (``#para3``: give
  the place in ``pinpoint``), a final **``index.html``** (or ``.htm``, ``.php``) or a **mobile host** (``m.``,
  ``mobile.``), beside round seven's forms (scheme, ``www.``, final slash, escapes, query order)
  (``same_page_addresses``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.dataset.round7_checks import _page
from iccwatch.dataset.sources_policy import FactRef, per_record_facts


def copied_address_problem(url: str) -> str | None:
    """What the record's checks say of an address copied from a browser or a sentence (tracking parameters, a text
    fragment, pasted punctuation, a host ending in a dot), for the doors that take an address before a record holds it
    (``monitor ingest``'s front matter, ``review accept --source-url``): refused there, naming the option or the file,
    not only once the written record is checked."""
    from iccwatch.dataset.round9_checks import _address_problem as pasted
    from iccwatch.dataset.round10_checks import _address_problem as followed

    return followed(url) or pasted(url)


_INDEX_PAGE = re.compile(r"/index\.(?:html?|php)$", re.I)


def _same_page(url: str) -> str:
    """Round seven's page (``_page``) without the fragment, a final ``index.html`` and a mobile host."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    for prefix in ("m.", "mobile."):
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix):]
            break
    rebuilt = parts._replace(netloc=host, path=_INDEX_PAGE.sub("/", parts.path), fragment="").geturl()
    return _page(rebuilt).rsplit("#", 1)[0]


def same_page_addresses(r: RecordSet) -> Iterator[Problem]:
    return per_record_facts(r, _addresses_of)


def _addresses_of(refs: tuple[FactRef, ...]) -> Iterator[Problem]:
    for ref in refs:
        seen: dict[str, int] = {}
        sources = ref.sources
        for i, s in enumerate(sources):
            url = str(s.url)
            copy = (s.copy_of or "").strip()
            if (copy.startswith(("http://", "https://")) and copy.rstrip("/") != url.rstrip("/")
                    and _page(copy).rsplit("#", 1)[0] == _page(url).rsplit("#", 1)[0]):
                yield Problem(ref.file, ref.key, ref.field(f"sources[{i}].copy_of"),
                              f"{copy[:120]!r} is the source's own page ({url[:120]!r}) under another form of its address: name the "
                              "original document the page copies, or leave copy_of out")
            page = _same_page(url)
            j = seen.get(page)
            if j is not None and _page(str(sources[j].url)) != _page(url):
                yield Problem(ref.file, ref.key, ref.field(f"sources[{i}].url"),
                              f"{url[:120]!r} is the page of sources[{j}] ({str(sources[j].url)[:120]!r}) under another address (a "
                              "fragment, a final index page or a mobile host): cite it once, with the place in pinpoint", "warning")
            seen.setdefault(page, i)
