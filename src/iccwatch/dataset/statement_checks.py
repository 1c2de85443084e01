"""Statements and their signatories: the count a title gives, and a title that says States Parties. Run by ``checks.py`` in
the order of ``CHECKS`` there.

Errors:

* a **statement whose title counts other signatories** than it announces (``by 66 States`` beside
  ``announced_signatories: 67``, or beside a complete list of 67 when no count is announced) (``title_counts``;
  tests/dataset/ROUND8.md);
* a statement's **title counting the signatories in words** (``sixty-eight States``) other than the announced count or
  the complete list (the figures are compared already) (``counts_in_words``; tests/dataset/ROUND12.md).

Warnings (the record may be right and must then say why):

* a signatory that was **not a State Party** on the day of a statement whose title says it is by States Parties
  (``parties_statements``; tests/dataset/ROUND8.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from iccwatch.dataset.parties import (
    parties_on,  # the checker's own reading of the participation acts
)
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import RecordSet
from iccwatch.model.dates import parse_partial_date

#: "by 67 States", "67 States Parties", "of 40 countries": a count of signatories in a statement's title.
_TITLE_COUNT = re.compile(r"\b(\d{1,3})\s+(?:States?|countries|nations|governments)\b", re.I)


def title_counts(r: RecordSet) -> Iterator[Problem]:
    for key, s in r.statements.items():
        m = _TITLE_COUNT.search(s.title or "")
        if not m:
            continue
        said = int(m.group(1))
        known = s.announced_signatories if s.announced_signatories is not None else (len(s.signatories) if s.complete else None)
        if known is not None and said != known:
            what = "announced_signatories" if s.announced_signatories is not None else "complete list of signatories"
            yield Problem(r.files[("statements", key)], key, "title",
                          f"the title counts {said} States, the {what} {known}: correct one of them")


_PARTIES_TITLE = re.compile(r"\bStates Parties\b", re.I)


def parties_statements(r: RecordSet) -> Iterator[Problem]:
    for key, s in r.statements.items():
        if not s.date or not _PARTIES_TITLE.search(s.title or "") or len(s.date) != 10:
            continue
        parties = set(parties_on(r, parse_partial_date(s.date)[0]))
        for i, iso3 in enumerate(s.signatories):
            if iso3 in r.states and iso3 not in parties:
                yield Problem(r.files[("statements", key)], key, f"signatories[{i}]",
                              f"{iso3} was not a State Party on {s.date} by the record, but the title says the statement is by "
                              "States Parties: correct the title or the list, or say in the note who joined", "warning")


_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
          "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]


_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _number_words() -> dict[str, int]:
    words = {w: n for n, w in enumerate(_UNITS)}
    for t in range(2, 10):
        words[_TENS[t]] = t * 10
        for u in range(1, 10):
            for sep in ("-", " "):
                words[f"{_TENS[t]}{sep}{_UNITS[u]}"] = t * 10 + u
    for n, w in list(words.items()):
        if 0 < w < 100:
            words[f"one hundred and {n}"] = 100 + w
            words[f"one hundred {n}"] = 100 + w
    words["one hundred"] = 100
    return words


_WORDS = _number_words()


_WORD_COUNT = re.compile(r"\b(" + "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True)) +
                         r")\s+(?:States?|countries|nations|governments)\b", re.I)


def counts_in_words(r: RecordSet) -> Iterator[Problem]:
    for key, s in r.statements.items():
        m = _WORD_COUNT.search(s.title or "")
        if not m:
            continue
        said = _WORDS[re.sub(r"\s+", " ", m.group(1).lower())]
        known = s.announced_signatories if s.announced_signatories is not None else (len(s.signatories) if s.complete else None)
        if known is not None and said != known:
            what = "announced_signatories" if s.announced_signatories is not None else "complete list of signatories"
            yield Problem(r.files[("statements", key)], key, "title",
                          f"the title counts {m.group(1)!r} ({said}) States, the {what} {known}: correct one of them")
