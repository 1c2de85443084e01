"""Numbers of the Court's record: what a decision's or position's ``record_number`` may be.

A number begins with the proceedings it belongs to:

- a situation (``ICC-01/22``) or a case in it (``ICC-02/05-01/09``);
- proceedings on a request made before any situation exists, under regulation 46(3) of the Regulations
  of the Court (``ICC-RoC46(3)-01/18``): they carry no situation's number.

A **filing number** adds the document's own number: a filing (``ICC-02/05-01/09-139``, ``ICC-01/22-90``)
or the transcript of a hearing, where oral rulings and initial appearances are recorded
(``ICC-02/05-03/09-T-4-ENG``); then optional suffixes (``-Red``, ``-Corr``, ``-tENG``, ``-ENG``) and, in a
``record_number``, an appeal label (``ICC-01/09-02/11-1032 (OA5)``). A situation or case number alone
names no one document.
"""

from __future__ import annotations

import re

#: The proceedings a number belongs to: a situation, a case in it, or a regulation 46(3) request.
PROCEEDINGS = r"ICC-(?:\d{2}/\d{2}(?:-\d{2}/\d{2})?|RoC46\(3\)-\d{2}/\d{2})"
#: A document's own number in them: a filing's (-139) or a hearing transcript's (-T-4, -T-001).
DOCUMENT = r"-(?:T-)?\d+(?![\d/])"
#: Suffixes of a document's number: its version or language (-Red, -Corr, -Anx1, -tENG, -CONF-ENG).
SUFFIXES = r"(?:-[A-Za-z0-9]+)*"
#: An appeal label after the number, as the Court's headers print it: ``(OA5)``, ``(A)``.
APPEAL_LABEL = r"(?: \([A-Z]+ ?\d*\))?"

#: A whole ``record_number`` that is a filing number.
FILING_NUMBER = rf"^{PROCEEDINGS}{DOCUMENT}{SUFFIXES}{APPEAL_LABEL}$"
#: The start of a value that is a filing number, down to the document's own number (citable on its own).
FILING = re.compile(rf"^{PROCEEDINGS}{DOCUMENT}")
#: A filing number with its suffixes (but not its appeal label): one document.
FILING_DOCUMENT = re.compile(rf"^{PROCEEDINGS}{DOCUMENT}{SUFFIXES}")
#: Any number of the Court's record: proceedings alone, or a filing number.
COURT_NUMBER = re.compile(rf"^{PROCEEDINGS}(?:{DOCUMENT}{SUFFIXES}{APPEAL_LABEL})?$")
#: Proceedings numbered apart from any situation (a request under regulation 46(3)).
UNSITUATED = re.compile(r"^ICC-RoC")


#: What a ``record_number`` names, in the words the outputs give (``record_number_kind``): one document of the
#: record (a filing or a hearing's transcript), or only the proceedings it belongs to (a case, a situation, or a
#: regulation 46(3) request), where the document's own number was searched for and not found.
NUMBER_KINDS = ("filing", "case", "situation", "request")


def number_kind(value: str | None) -> str | None:
    """What ``value`` numbers: ``filing`` (one document: a filing or a hearing's transcript), ``case`` (a case number
    alone), ``situation`` (a situation number alone) or ``request`` (a regulation 46(3) request's number alone);
    ``None`` for no value or one that is no number of the Court's record. Read from the number's shape, the same
    patterns the checker reads, so the kind a user is told cannot disagree with the number itself."""
    if not value or COURT_NUMBER.match(value) is None:
        return None
    if is_filing_number(value):
        return "filing"
    if UNSITUATED.match(value):
        return "request"
    return "case" if re.match(r"^ICC-\d{2}/\d{2}-\d{2}/\d{2}$", value) else "situation"


def is_filing_number(value: str | None) -> bool:
    """Whether ``value`` is a whole filing number (not a case or situation number alone)."""
    return bool(value) and re.match(FILING_NUMBER, value or "") is not None


def number_words(value: str) -> str:
    """A record number as the outputs write it beside a ruling: a filing's number alone, any other with what it numbers
    ("ICC-01/18 (situation number only)"), as the decisions list writes it (session 39: the ask answer gave a
    situation's number where a reader looks for the filing's)."""
    kind = number_kind(value)
    return value if kind in (None, "filing") else f"{value} ({kind} number only)"
