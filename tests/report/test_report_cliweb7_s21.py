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
