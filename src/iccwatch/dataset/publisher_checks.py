"""The publishers table (``publishers.yaml``): a class and a grade that contradict each other, and a domain that would
grade too much. Run by ``checks.py`` in the order of ``CHECKS`` there.

Errors:

* a publisher of an **official class graded C or X** (``publishers.yaml``): the class says the site is the body's own,
  the grade that it cannot be relied on; one of the two is wrong (``publisher_grades``; tests/dataset/ROUND10.md);
* ``may_be_primary`` on a **news outlet or a document copy** (``publishers.yaml``): it is for a body outside the
  official classes whose own records are primary (the ISO for country codes), never for a report or a copy
  (``publisher_grades``; tests/dataset/ROUND10.md);
* a publisher **domain that is a public suffix** (``co.uk``, ``com.au``: a generic label under a country code), which
  would grade every site under it; a government's own suffix (``gov.pl``) may be listed as a government's
  (``publisher_grades``; tests/dataset/ROUND10.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from iccwatch.dataset.grading import PRIMARY_CLASSES
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet


def publisher_grades(r: RecordSet) -> Iterator[Problem]:
    table = r.lookups.get("publishers")
    rows = table.get("publishers") if isinstance(table, dict) else None
    if not isinstance(rows, list):
        return
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            continue
        domain = row.get("domain")
        if row.get("may_be_primary") is True and row.get("class") in _NEVER_PRIMARY:
            yield Problem("data/lookups/publishers.yaml", "publishers", f"publishers[{i}].may_be_primary",
                          f"{domain!r} is of class {row['class']}: a report or a copy is never the primary record of a fact "
                          "(may_be_primary is for a body whose own records are primary, e.g. the ISO for country codes)")
        if isinstance(domain, str) and _PUBLIC_SUFFIX.match(domain) and not (
                row.get("class") == "government_or_parliament" and _GOVERNMENT_SUFFIX.match(domain)):
            yield Problem("data/lookups/publishers.yaml", "publishers", f"publishers[{i}].domain",
                          f"{domain!r} is a public suffix, under which anyone registers a site: listing it grades every "
                          "site under it; list the publisher's own domain")
        if row.get("class") in PRIMARY_CLASSES and row.get("grade") in ("C", "X"):
            yield Problem("data/lookups/publishers.yaml", "publishers", f"publishers[{i}].grade",
                          f"{row.get('domain')!r} is of class {row['class']} (the body's own site) but graded {row['grade']}: "
                          "an official body's own site is at least B; if the site is not the body's own, give it the class it "
                          "has (other, document_copy, newspaper_or_broadcaster)")


#: Classes whose pages report or copy: never primary, whatever the grade.
_NEVER_PRIMARY = frozenset({"news_agency", "newspaper_or_broadcaster", "document_copy"})


#: A generic second-level label under a two-letter country code: a registry's suffix, not a publisher's domain.
_PUBLIC_SUFFIX = re.compile(r"^(?:co|com|org|net|ac|edu|gov|gob|gouv|go|govt|mil|or|ne|nic|ltd|plc|info|biz)\.[a-z]{2}$")


_GOVERNMENT_SUFFIX = re.compile(r"^(?:gov|gob|gouv|go|govt)\.[a-z]{2}$")
