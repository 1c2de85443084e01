"""Text as the dashboard and the reports show it, written once for both: stored codes in words, the Court's
record numbers and legal citations linked, backquoted commands set as code, and the template partials both
render (``TEMPLATES``). Below both ``web`` and ``report``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from iccwatch.law.citations import citation_url
from iccwatch.model.terms import code_words

#: The partials both the dashboard and the reports include (e.g. ``art16.html``, a situation's Art. 16 paragraph).
TEMPLATES = Path(__file__).with_name("templates")

#: A filing in the Court's record (ICC-02/05-01/09-397, ICC-01/22-143): the numbers its record pages are
#: found by. A case or situation number alone (ICC-02/05-01/09, ICC-01/22) has no such page and stays text.
ICC_RECORD = re.compile(r"\bICC-\d{2}/\d{2}(?:-\d{2}/\d{2})?-\d+(?![/\d])(?:-[0-9A-Za-z]+)*")


def label(value: Any) -> str:
    """A stored value as people read it: snake_case to words (`model.terms.code_words`), lists joined, a
    yes/no for a boolean, nothing for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(label(v) for v in value)
    return code_words(str(value))


def court_record_url(number: str) -> str:
    """The Court's record page of a filing's number."""
    return f"https://www.icc-cpi.int/court-record/{number.strip().lower()}"


def record_pieces(text: str | None) -> list[tuple[str, str | None]]:
    """``text`` split into (piece, link), the Court's record numbers linked to their court-record page."""
    text = text or ""
    out: list[tuple[str, str | None]] = []
    pos = 0
    for m in ICC_RECORD.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], None))
        out.append((m.group(0), court_record_url(m.group(0))))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def link_records(text: Any) -> Markup:
    """Text (escaped) with the Court's record numbers linked to the Court's record of them."""
    return Markup("".join(f'<a class="rec" href="{escape(url)}">{escape(piece)}</a>' if url else str(escape(piece))
                          for piece, url in record_pieces("" if text is None else str(text))))


def link_citation(citation: str) -> Markup:
    """A legal citation ("RS art 89(1)") linked to the official text, where there is one."""
    url = citation_url(citation)
    return Markup(f'<a class="cit" href="{escape(url)}">{escape(citation)}</a>') if url else Markup(escape(citation))


def code_spans(text: Any) -> Markup:
    """Text with its `backquoted` commands and paths set as code (the rest escaped), never shown as literal
    backquotes; with an unpaired backquote, the text as it is."""
    parts = str("" if text is None else text).split("`")
    if len(parts) % 2 == 0:
        return Markup(escape(str("" if text is None else text)))
    return Markup("".join(str(escape(p)) if i % 2 == 0 else f"<code>{escape(p)}</code>" for i, p in enumerate(parts)))
