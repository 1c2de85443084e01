"""Reports render in HTML and PDF, and the PDF is looked at: its first page is not blank."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from tests.report.conftest import GAPS_GROUP

from iccwatch.facts import Facts
from iccwatch.report.build import render_html, state_report_data

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


@pytest.mark.xdist_group("state-pdf")  # on one worker, so the session renders the shared PDF once
def test_state_report_pdf_first_page_is_not_blank(state_pdf_by_cli: tuple[int, str, Path]) -> None:
    """A State's report as `report state MNG -o r.pdf` renders it (WeasyPrint, a few seconds; the session's
    one run, shared with test_report_sources.py): at least two pages, the first with ink."""
    exit_code, output, pdf_path = state_pdf_by_cli
    assert exit_code == 0, output
    pdf = pdfium.PdfDocument(str(pdf_path))
    assert len(pdf) >= 2
    ARTIFACTS.mkdir(exist_ok=True)
    png = ARTIFACTS / "report-MNG-page1.png"
    pdf[0].render(scale=1.0).to_pil().save(png)
    assert _ink(png) > 0.01


@pytest.mark.xdist_group(GAPS_GROUP)  # the gaps report's one render: tests/report/conftest.py
def test_gaps_report_pdf(gaps_data: dict, gaps_pdf_bytes: bytes) -> None:
    """The gaps report as a PDF (WeasyPrint: the slowest render, a long table of failures; laid out and written
    as ``write_report`` does, once for the tests that read it): its first page has ink."""
    data = gaps_data
    pdf = pdfium.PdfDocument(gaps_pdf_bytes)
    ARTIFACTS.mkdir(exist_ok=True)
    png = ARTIFACTS / "report-gaps-page1.png"
    pdf[0].render(scale=1.0).to_pil().save(png)
    assert _ink(png) > 0.01
    assert data["gaps"]["summary"]["failures"] > 0


def test_state_report_names_each_person_once_and_keeps_the_check_date_out_of_the_doubts(facts: Facts) -> None:
    data = state_report_data(facts, "SDN", dt.date(2026, 7, 1), 2025, samples=20)
    situations = data["duties"]["situations"]
    assert situations and all(len({p["person"] for p in s["persons_to_arrest"]}) == len(s["persons_to_arrest"]) for s in situations)
    assert not any(d.startswith("the record was checked through") for d in data["relation"]["doubts"])
    html = render_html("state.html", data)
    assert "non compliance" not in html and "non_compliance" not in html  # the finding in words


@pytest.mark.xdist_group(GAPS_GROUP)
def test_gaps_chart_shows_every_year_between_the_first_and_last_failure(gaps_data: dict) -> None:
    from iccwatch.report.build import _every_year
    from iccwatch.report.charts import failures_by_year

    data = gaps_data
    years = sorted({int(f["date"][:4]) for f in data["gaps"]["failures"]})
    spec = _every_year(failures_by_year([{"year": str(y), "what_followed": "x"} for y in years]), [{"year": str(y)} for y in years])
    assert spec["encoding"]["x"]["scale"]["domain"] == [str(y) for y in range(years[0], years[-1] + 1)]
    html = render_html("gaps.html", data)
    assert ">64.0<" not in html and not any(f">{v}<" in html for v in data["gaps"]["summary"].values() if isinstance(v, float) and v.is_integer())
