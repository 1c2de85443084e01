"""Canonical citations and where to read the official text.

One form everywhere: ``RS art 86``, ``RS art 89(1)``, ``RS art 127(2)``, ``RPE rule 44(2)``,
``UNSC res 1593 (2005)``, ``UN Charter art 25``, ``VCLT art 68``, and rulings by their ICC record
number (``ICC-02/05-01/09-397``).
"""

from __future__ import annotations

import re

from iccwatch.model.court_number import FILING as COURT_FILING

ROME_STATUTE_PDF = "https://www.icc-cpi.int/sites/default/files/RS-Eng.pdf"
RULES_PDF = "https://www.icc-cpi.int/sites/default/files/Publications/Rules-of-Procedure-and-Evidence.pdf"
VCLT_PDF = "https://legal.un.org/ilc/texts/instruments/english/conventions/1_1_1969.pdf"
UN_CHARTER = "https://www.un.org/en/about-us/un-charter/full-text"


#: A ruling's record number down to the filing (ICC-02/05-01/09-397, ICC-01/22-90, a transcript
#: ICC-02/05-03/09-T-4, a regulation 46(3) filing ICC-RoC46(3)-01/18-37), citable on its own; a case number
#: alone (ICC-02/05-01/09) or a situation number (ICC-01/22) is not one (model.court_number).
FILING = COURT_FILING


def rs(article: str) -> str:
    """``rs("127(1)")`` → ``RS art 127(1)``."""
    return f"RS art {article}"


def rule(number: str) -> str:
    """``rule("44(2)")`` → ``RPE rule 44(2)`` (the Court's Rules of Procedure and Evidence)."""
    return f"RPE rule {number}"


def citation_url(citation: str) -> str | None:
    """The official text a citation points to, where there is one."""
    if citation.startswith("RS art"):
        return ROME_STATUTE_PDF
    if citation.startswith("RPE rule"):
        return RULES_PDF
    if citation.startswith("VCLT"):
        return VCLT_PDF
    if citation.startswith("UN Charter"):
        return UN_CHARTER
    m = re.match(r"UNSC res (\d+) \((\d{4})\)", citation)
    if m:
        return f"https://undocs.org/S/RES/{m.group(1)}({m.group(2)})"
    # A filing's record page (a transcript's or a regulation 46(3) filing's address is not known: none).
    m = re.match(r"(ICC-\d{2}/\d{2}(?:-\d{2}/\d{2})?-\d+)(?![/\d])", citation)
    if m:
        return "https://www.icc-cpi.int/court-record/" + m.group(1).lower()
    return None
