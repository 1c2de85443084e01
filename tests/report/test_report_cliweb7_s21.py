"""Session 21's look at the PDF reports as a reader (cliweb7)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from tests.report.conftest import GAPS_GROUP

#: A title cut at every length from 20 to 119 characters: the text before a note's address then ends at every
#: point of its line (the fault showed at a few of them only).
TITLE = ("Decision on the non-compliance by a State with the request for the arrest and surrender of a suspect "
         "and referral of the matter to the Assembly of States Parties and the Security Council")


def _first_lines(notes: list[dict[str, Any]]) -> list[list[str]]:
    """Each note's lines of text as the PDF lays out the reports' list of sources (``_footnotes.html`` with the
    reports' CSS), read from WeasyPrint's laid-out boxes."""
    from iccwatch.report.build import TEMPLATES, _env, weasyprint_html

    html = _env().from_string('<!doctype html><html><head><meta charset="utf-8"><style>{% include "base.css" %}</style>'
                              '</head><body>{% include "_footnotes.html" %}</body></html>').render(footnotes=notes)
    document = weasyprint_html()(string=html, base_url=str(TEMPLATES)).render()

    def text(box: Any) -> str:
        return getattr(box, "text", "") + "".join(text(c) for c in getattr(box, "children", []))

    def lines(box: Any) -> Any:
        for child in getattr(box, "children", []):
            if type(child).__name__ == "LineBox":
                yield " ".join(text(child).split())
            elif not str(getattr(child, "element_tag", "")).endswith("::marker"):
                yield from lines(child)

    def items(box: Any) -> Any:
        children = getattr(box, "children", [])
        if getattr(box, "element_tag", None) == "li" and any(str(getattr(c, "element_tag", "")).endswith("::marker") for c in children):
            yield list(lines(box))  # a note's first part (the part on a later page has no number)
        else:
            for child in children:
                yield from items(child)

    return [item for page in document.pages for item in items(page._page_box)]


def test_a_sources_first_line_never_ends_after_its_first_word() -> None:
    """WeasyPrint ended a note's first line after its first word ("35. JURIST" alone, the rest below) when the
    text before the address nearly filled the line (failed before the fix: 2 of these 300 notes). Every
    length of the text before the address is tried; no first line may hold a single word where more fit."""
    notes = []
    for publisher in ("JURIST (University of Pittsburgh School of Law)", "Reuters", "International Criminal Court"):
        for n in range(20, 120):
            url = f"https://example.org/{n}/" + TITLE[:n].lower().replace(" ", "-")
            notes.append({"publisher": publisher, "title": TITLE[:n], "date": "2015-06-14", "grade": "B", "url": url})
    laid_out = _first_lines(notes)
    assert len(laid_out) == len(notes)
    alone = [item[0] for item in laid_out if len(item) > 1 and len(item[0].split()) == 1]
    assert alone == []


def _centroids() -> dict[str, dict[str, float]]:
    from iccwatch.settings import default_vendor_dir

    path = default_vendor_dir() / "centroids.json"
    assert path.exists(), "the dashboard's assets hold the small States' points (scripts/web-assets.sh)"
    return dict(json.loads(path.read_text(encoding="utf-8")))


def _circles(svg: str) -> list[str]:
    """The labels of the circles drawn on a map (vl-convert labels each mark with its fields)."""
    return [label.replace("\u2212", "-") for label in  # the SVG writes a minus sign, not a hyphen
            re.findall(r'<path aria-label="([^"]*)" role="graphics-symbol" aria-roledescription="circle"', svg)]


def test_a_state_too_small_to_see_on_the_printed_map_gets_a_circle() -> None:
    """The gaps map drew each State only as its outline: a State of a square degree or two was a speck of 3 px
    (Djibouti vanished). A State smaller than SMALL_ON_PRINT is now also a ringed circle at its point, in the
    colour of its count; a larger one is not (failed before the fix: no circle at all)."""
    from iccwatch.report import charts
    from iccwatch.settings import default_vendor_dir

    centroids = _centroids()
    by_area = sorted(centroids.items(), key=lambda kv: kv[1]["area"])
    tiny = next(k for k, c in by_area if c["area"] < charts.SMALL_ON_PRINT / 2)
    large = next(k for k, c in reversed(by_area) if c["area"] > charts.SMALL_ON_PRINT * 4)
    rows = [{"numeric": tiny, "name": "Tiny", "failures": 2}, {"numeric": large, "name": "Large", "failures": 1}]
    points = charts.small_state_points(rows, centroids)
    assert [p["name"] for p in points] == ["Tiny"]
    topology = json.loads((default_vendor_dir() / "countries-50m.json").read_text(encoding="utf-8"))
    circles = _circles(charts.to_svg(charts.failures_map(rows, topology, points)))
    assert len(circles) == 1
    assert f"lat: {centroids[tiny]['lat']}" in circles[0] and "failures to arrest: 2" in circles[0]


@pytest.mark.xdist_group(GAPS_GROUP)
def test_the_gaps_report_circles_and_names_its_small_states(gaps_html: tuple[dict[str, Any], str], facts) -> None:  # noqa: ANN001
    """In the gaps report itself: one circle for each State with a failure whose outline is smaller than
    SMALL_ON_PRINT, and the line under the map names each of them (and no other State)."""
    from iccwatch.report import charts

    data, html = gaps_html
    centroids = _centroids()
    states = [facts.records.states[iso3] for iso3 in {f["state"] for f in data["gaps"]["failures"]}]
    small = sorted(st.name for st in states if (c := centroids.get(st.numeric)) and c["area"] < charts.SMALL_ON_PRINT)
    assert data["map_circled"] == small
    assert len(_circles(data["map"])) == len(small)
    caption = re.search(r'<p class="meta map-circled">(.*?)</p>', html)
    if small:
        assert caption and caption.group(1).endswith(", ".join(small) + ".")
    else:
        assert caption is None


@pytest.fixture(scope="module")
def index_report(db_url: str, facts, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str, bytes]:  # noqa: ANN001
    """`report index --year 2025` as HTML and as PDF, made the way a reader makes them, and the data they show."""
    from typer.testing import CliRunner

    from iccwatch.cli import app
    from iccwatch.report.build import index_report_data

    out = tmp_path_factory.mktemp("index-report")
    for name in ("i.html", "i.pdf"):
        result = CliRunner().invoke(app, ["report", "index", "--year", "2025", "-o", str(out / name), "--db", db_url])
        assert result.exit_code == 0, result.output
    return index_report_data(facts, 2025), (out / "i.html").read_text(encoding="utf-8"), (out / "i.pdf").read_bytes()


def test_the_index_report_ranks_each_group_apart_in_bands_with_every_states_interval(index_report, facts) -> None:  # noqa: ANN001
    """There was no index report (`report` had state and gaps only). It now has one table per peer group, each
    State once, in its group's table, with its rank interval; each band's heading counts the States under it."""
    from iccwatch import service

    data, html, _ = index_report
    ranking = service.index_ranking(facts, 2025, None, 1000, 42)
    tables = re.findall(r'<h2>([^<]+)</h2>.*?<table class="index-table">(.*?)</table>', html, re.S)
    assert [t[0] for t in tables] == [g["label"] for g in data["groups"]] and len(tables) >= 2
    shown = 0
    for (_, table), group in zip(tables, data["groups"], strict=True):
        members = {r["name"]: r for r in ranking["states"] if r["group"] == group["id"]}
        bands = re.split(r'<tr class="band-head"><th colspan="5">', table)[1:]
        for band in bands:
            rows = re.findall(r"<tr><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td>", band)
            heading = band[:band.index("</th>")]
            assert heading.startswith("Not ranked") or f": {len(rows)} State" in heading
            for rank, interval, name in rows:
                r = members[name.replace("&#39;", "'").replace("&amp;", "&")]
                low, high = r["rank_interval"]
                assert interval == f"{low}–{high}" and rank.lstrip("=") == str(r["rank"])
                shown += 1
    assert shown == len(ranking["states"])


def test_the_index_reports_pdf_repeats_a_tables_header_on_each_page(index_report) -> None:  # noqa: ANN001
    """A table running over pages shows its column names again on each page (a reader of page 4 sees what the
    numbers are), and every page carries its number and the report's title."""
    import pypdfium2 as pdfium

    _, _, pdf = index_report
    doc = pdfium.PdfDocument(pdf)
    pages = [" ".join(doc[i].get_textpage().get_text_range().split()) for i in range(len(doc))]
    assert len(pages) > 2
    for n, text in enumerate(pages, 1):
        assert f"page {n} of {len(pages)}" in text and "Due-diligence index 2025" in text
        if re.search(r"\b\d+\.\d (\d+/\d+)", text):  # a page with ranked rows
            assert "rank rank interval State score (0-100) coverage" in text, f"page {n}"
