from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from iccwatch.cli import app
from iccwatch.facts import Facts

#: The xdist group of the tests that read the gaps report's shared data, render and PDF (``gaps_report``): on
#: one worker, so the run computes them once (the data alone costs ~2 s, the render ~1 s, the PDF ~1.4 s).
GAPS_GROUP = "gaps-report"


@pytest.fixture(scope="session")
def state_pdf_by_cli(db_url: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, Path]:
    """`report state MNG -o r.pdf` run once (a PDF render with WeasyPrint costs seconds): its exit code, its
    output and the file it wrote. The tests that need a State's PDF made the way a reader makes it read this
    one file and never change it."""
    out = tmp_path_factory.mktemp("state-pdf") / "r.pdf"
    result = CliRunner().invoke(app, ["report", "state", "MNG", "-o", str(out), "--on", "2025-01-01", "--year", "2024",
                                      "--db", db_url])
    return result.exit_code, result.output, out


@pytest.fixture(scope="session")
def gaps_data(facts: Facts) -> dict[str, Any]:
    """The gaps report's data (``gaps_report_data``), computed once per process: the tests read it, never change it."""
    from iccwatch.report.build import gaps_report_data

    return gaps_report_data(facts)


@pytest.fixture(scope="session")
def gaps_html(gaps_data: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The gaps report's data and its HTML (``render_html``)."""
    from iccwatch.report.build import render_html

    return gaps_data, render_html("gaps.html", gaps_data)


@pytest.fixture(scope="session")
def gaps_pdf(gaps_html: tuple[dict[str, Any], str]) -> tuple[dict[str, Any], Any]:
    """The gaps report laid out as its PDF is (WeasyPrint, as ``write_report`` lays it out; one render per
    process): its data and the laid-out document."""
    from iccwatch.report.build import TEMPLATES, weasyprint_html

    data, html = gaps_html
    return data, weasyprint_html()(string=html, base_url=str(TEMPLATES)).render()


@pytest.fixture(scope="session")
def gaps_pdf_bytes(gaps_pdf: tuple[dict[str, Any], Any]) -> bytes:
    """The gaps report's PDF, written once from the one render (``gaps_pdf``)."""
    return bytes(gaps_pdf[1].write_pdf())


@pytest.fixture(scope="session")
def gaps_pdf_text(gaps_pdf_bytes: bytes) -> str:
    """The text of the gaps report's PDF as pdfium reads it back, pages joined, runs of white space as one space."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(gaps_pdf_bytes)
    return " ".join(" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf)))
