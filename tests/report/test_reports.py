"""Reports render in HTML and PDF, and the PDF is looked at: its first page is not blank."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdfium2 as pdfium

from iccwatch.facts import Facts
from iccwatch.report.build import gaps_report_data, render_html, state_report_data, write_report

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def _ink(png_path: Path) -> float:
    import numpy as np
    from PIL import Image

    pixels = np.asarray(Image.open(png_path).convert("L"))
    return float((pixels < 200).mean())


def test_state_report_html_has_every_section_and_footnotes(facts: Facts) -> None:
    data = state_report_data(facts, "HUN", dt.date(2026, 7, 1), 2025, samples=50)
    html = render_html("state.html", data)
    for heading in ("Relation to the Rome Statute", "Duties on", "Events", "Decisions of the Court", "Due-diligence index", "Sources"):
        assert heading in html
    assert "<svg" in html  # charts inline, nothing loaded from outside
    assert "src=\"http" not in html
    assert len(data["footnotes"]) > 5
    assert "disputed" in html  # the doubt about Hungary's withdrawal is shown


def test_state_report_pdf_first_page_is_not_blank(facts: Facts, tmp_path: Path) -> None:
    data = state_report_data(facts, "MNG", dt.date(2025, 1, 1), 2024, samples=50)
    pdf_path = tmp_path / "mng.pdf"
    write_report(render_html("state.html", data), pdf_path, "pdf")
    pdf = pdfium.PdfDocument(str(pdf_path))
    assert len(pdf) >= 2
    ARTIFACTS.mkdir(exist_ok=True)
    png = ARTIFACTS / "report-MNG-page1.png"
    pdf[0].render(scale=1.0).to_pil().save(png)
    assert _ink(png) > 0.01


def test_gaps_report_pdf(facts: Facts, tmp_path: Path) -> None:
    data = gaps_report_data(facts)
    out = tmp_path / "gaps.pdf"
    write_report(render_html("gaps.html", data), out, "pdf")
    pdf = pdfium.PdfDocument(str(out))
    ARTIFACTS.mkdir(exist_ok=True)
    png = ARTIFACTS / "report-gaps-page1.png"
    pdf[0].render(scale=1.0).to_pil().save(png)
    assert _ink(png) > 0.01
    assert data["gaps"]["summary"]["failures"] > 0
