"""The document numbers a source's ``pinpoint`` opens with (tests/dataset/ROUND30.md). Run by ``checks.py`` in the order of
``CHECKS`` there.

A pinpoint may name the cited document by its number. Three publishers number their documents in a fixed form, and a
number of one of their families written in another form names no document a reader can find:

* the **Court's record** (``ICC-02/05-01/09-302``, ``ICC-01/22``): a number opening ``ICC-`` and digits and a slash is a
  situation's, a case's or a filing's (``model.court_number.COURT_NUMBER``);
* the **Assembly of States Parties** (``ICC-ASP/23/Res.5``, ``ICC-ASP/20/20``): ``ICC-ASP/`` and the session's number;
* the **UN depositary** (``C.N.185.2019.TREATIES-XVIII.10``; before 2009, ``C.N.612.2008.TREATIES-6``): ``C.N.``, the
  notification's number, the four-digit year, ``TREATIES-`` and the chapter (and the treaty's number in it).

Error: a pinpoint whose first word is of one of those families but not of its form (``ICC-2/05-01/09-302``,
``ICC-ASP/Res.5``, ``C.N.185.19.TREATIES-XVIII.10``). The Court's press release numbers (``ICC-CPI-20210124-PR1559``,
``ICC-OTP-...``, before 2009 ``ICC-20071019-257``) are left alone: the Court's own pages print some of them in other
forms (``ICC-CPI-2021024-PR1559`` on the release of 24 January 2021), and a pinpoint copies the number as printed.

Error (round thirty-four, ``numbers_on_news_pages``): a pinpoint that opens with a number of one of those families, of its
form, on a page of a publisher ``publishers.yaml`` classes as a news outlet (``newspaper_or_broadcaster``,
``news_agency``). A pinpoint says where in the cited page the fact is stated (docs/data-format.md), and a number is a
pinpoint only on the document that bears it: a news outlet's report is not the Court's filing, the Assembly's document or
the depositary's notification, so the source is the document itself (cite it, with its number) or the pinpoint should
say where in the report. A copy of the document elsewhere (a class ``document_copy``, an NGO's or a university's copy, an
unlisted site) is left alone: the table does not say it is not the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from iccwatch.dataset.grading import PublisherIndex
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.record_walks import each_source, per_record_problems, record_sources
from iccwatch.dataset.records import RecordSet
from iccwatch.model.court_number import DOCUMENT, PROCEEDINGS, SUFFIXES

#: family name -> (the start that says a number is of the family, the whole first word's form, an example).
FAMILIES: dict[str, tuple[re.Pattern[str], re.Pattern[str], str]] = {
    "the Court's record": (re.compile(r"^ICC-(?:\w{1,3}/|RoC)", re.I),
                           re.compile(rf"^{PROCEEDINGS}(?:{DOCUMENT}{SUFFIXES})?$"), "ICC-02/05-01/09-302"),
    "the Assembly of States Parties": (re.compile(r"^ICC-ASP\b", re.I),
                                       re.compile(r"^ICC-ASP/\d{1,2}/[A-Za-z0-9.]+(?:[/-][A-Za-z0-9.]+)*$"), "ICC-ASP/23/Res.5"),
    "the UN depositary": (re.compile(r"^C\.?\s?N\.", re.I),
                          re.compile(r"^C\.N\.\d{1,4}\.(?:19|20)\d\d\.TREATIES-(?:[IVXL]+(?:\.\d+)?|\d+)$"),
                          "C.N.185.2019.TREATIES-XVIII.10"),
}
#: A pinpoint's first word: up to a space, a comma, a colon or a semicolon.
_FIRST_WORD = re.compile(r"^[^\s,:;]+")


def _first_word(pinpoint: str) -> str:
    """The first word without a final full stop or a closing bracket it does not open (``...XVIII.10).``)."""
    m = _FIRST_WORD.match(pinpoint.strip())
    word = m.group(0) if m else ""
    while word and (word[-1] == "." or (word[-1] == ")" and word.count(")") > word.count("("))
                    or (word[-1] == "]" and word.count("]") > word.count("["))):
        word = word[:-1]
    return word


def document_numbers(r: RecordSet) -> Iterator[Problem]:
    return per_record_problems(r, _numbers)


def number_problem(pinpoint: str) -> str | None:
    """What is wrong with the document number ``pinpoint`` opens with, or None."""
    word = _first_word(pinpoint)
    for family, (start, form, example) in FAMILIES.items():
        if start.match(word) and not (family == "the Court's record" and word.upper().startswith("ICC-ASP")):
            if form.match(word):
                return None
            return (f"{word!r} opens like a number of {family} but is not of its form ({example}): copy the number as the "
                    "document prints it")
    return None


#: The classes of ``publishers.yaml`` whose pages report: none of them is a numbered document of the families above.
NEWS_CLASSES = frozenset({"newspaper_or_broadcaster", "news_agency"})


def document_family(pinpoint: str) -> str | None:
    """The family (a key of ``FAMILIES``) of the well-formed document number ``pinpoint`` opens with, or None."""
    word = _first_word(pinpoint)
    for family, (start, form, _example) in FAMILIES.items():
        if start.match(word) and not (family == "the Court's record" and word.upper().startswith("ICC-ASP")) and form.match(word):
            return family
    return None


def numbers_on_news_pages(r: RecordSet) -> Iterator[Problem]:
    """A document number of the Court, the Assembly or the depositary as the pinpoint of a news outlet's page."""
    if "publishers" not in r.lookups:
        return
    index = PublisherIndex.from_lookups(r.lookups)
    for f, key, at, src in each_source(r):
        if not isinstance(src.pinpoint, str) or (family := document_family(src.pinpoint)) is None:
            continue
        pub = index.lookup(str(src.url))
        if pub is not None and pub.publisher_class in NEWS_CLASSES:
            yield Problem(f, key, f"{at}.pinpoint",
                          f"{_first_word(src.pinpoint)!r}, a document number of {family}, as the pinpoint of a page of "
                          f"{pub.domain} ({pub.publisher_class}): a number is a pinpoint only on the document that bears it; "
                          "cite that document itself with its number, or say where in this report the fact is stated")


def _numbers(obj: Any) -> Iterator[tuple[str, str]]:
    for at, src in record_sources(obj):
        if isinstance(src.pinpoint, str) and (why := number_problem(src.pinpoint)):
            yield f"{at}.pinpoint", why
