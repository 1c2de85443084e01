"""Official documents read as such: the Court's press releases and filings, the UN Secretary-General's
depositary notifications (``C.N.`` notices) and the Assembly of States Parties' documents.

Such a document states its facts precisely and is a primary source: every candidate drawn from it
carries ``source_kind: primary``. A depositary notification of a withdrawal gives a
``withdrawal_notified`` candidate read from the notice's own structure (the State, the date the action
was effected); a press release or filing gives its date from its own header when the file carries none.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlparse

from iccwatch.monitor.dates import MONTHS
from iccwatch.monitor.documents import Document

#: Hosts whose pages are the institutions' own documents (not States: the Court, the UN, the Assembly).
OFFICIAL_HOSTS = ("icc-cpi.int", "treaties.un.org", "un.org", "asp.icc-cpi.int", "legal-tools.org")

CN_NOTICE = re.compile(r"\bC\.N\.\s?\d{1,4}\.\d{4}\.TREATIES-[IVXL]+\.\d+", re.I)
ICC_PR = re.compile(r"\bICC-CPI-\d{8}-PR\d+\b|\bPress Release:\s", re.I)
ICC_FILING = re.compile(r"\bNo\.?:?\s*ICC-\d{2}/\d{2}(?:-\d{2}/\d{2})?\b|\bICC-\d{2}/\d{2}-\d{2}/\d{2}-\d+", re.I)
ASP_DOC = re.compile(r"\bICC-ASP/\d+/(?:\d+|Res\.\d+|L\.\d+)", re.I)
_DATE = r"(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})"
HEADER_DATE = re.compile(r"(?:Press Release:|Date:|Date of (?:original|issue):)\s*" + _DATE, re.I)
EFFECTED = re.compile(r"\baction was effected on\s+" + _DATE, re.I)
CN_WITHDRAWAL = re.compile(r"^\s*([A-Z][A-Z ,'’().-]{2,60}?)\s*:\s*WITHDRAWAL\b(?!\s+OF\s+(?:THE\s+)?NOTIFICATION)", re.M)


def official_kind(doc: Document) -> str | None:
    """What kind of official document ``doc`` is: un_depositary, icc_press_release, icc_filing,
    asp_document; None for anything else."""
    text = doc.text[:4000]
    if CN_NOTICE.search(text):
        return "un_depositary"
    if ICC_PR.search(text):
        return "icc_press_release"
    if ICC_FILING.search(text):
        return "icc_filing"
    if ASP_DOC.search(text):
        return "asp_document"
    host = (urlparse(doc.url).hostname or "") if doc.url else ""
    if any(host == h or host.endswith("." + h) for h in OFFICIAL_HOSTS):
        if "treaties.un.org" in host:
            return "un_depositary"
        if host.startswith("asp."):
            return "asp_document"
        return "icc_press_release" if "/news/" in (doc.url or "") else "icc_filing"
    return None


def _iso(m: re.Match[str]) -> str | None:
    try:
        return dt.date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1))).isoformat()
    except (ValueError, KeyError):
        return None


def header_date(doc: Document) -> str | None:
    """The date an official document states in its own header ("Press Release: 24 October 2024")."""
    m = HEADER_DATE.search(doc.text[:2000])
    return _iso(m) if m else None


def depositary_withdrawals(doc: Document) -> list[tuple[str, str | None, int, int]]:
    """(State name as written, date the action was effected, start, end of the line) for each
    withdrawal a depositary notification records; a withdrawal *of a notification of withdrawal* (a
    revocation) is not one."""
    effected = EFFECTED.search(doc.text)
    when = _iso(effected) if effected else None
    out = []
    for m in CN_WITHDRAWAL.finditer(doc.text):
        name = re.sub(r"\s+", " ", m.group(1)).strip(" ,")
        out.append((name, when, m.start(), doc.text.find("\n", m.end()) if "\n" in doc.text[m.end():] else len(doc.text)))
    return out
