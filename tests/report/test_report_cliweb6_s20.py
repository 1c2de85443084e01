"""Session 20's look at the PDF reports as a reader (cliweb6)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from tests.report.conftest import GAPS_GROUP

#: A fill or stroke drawn with an SVG gradient: WeasyPrint, which lays out the PDF, drew the gaps map's
#: continuous legend (a gradient) as a dot, so the map's colours had no key in the PDF.
GRADIENT = re.compile(r'(fill|stroke)="url\(#gradient', re.I)


@pytest.mark.xdist_group(GAPS_GROUP)
def test_the_gaps_maps_key_is_drawn_with_a_swatch_per_count(gaps_html: tuple[dict[str, Any], str]) -> None:
    """The gaps map's key was a gradient the PDF left blank (failed before the fix): it is now one swatch for
    each number of failures a State has."""
    data, html = gaps_html
    counts: dict[str, int] = {}
    for f in data["gaps"]["failures"]:
        counts[f["state"]] = counts.get(f["state"], 0) + 1
    svg = data["map"]
    assert svg, "the gaps report draws its map"
    assert not GRADIENT.search(svg)
    legend = re.search(r'role-legend-label.*?</g>', svg, re.S)
    assert legend
    labels = re.findall(r'<text[^>]*>([^<]+)</text>', svg[legend.start():svg.index("role-legend-title") if "role-legend-title" in svg else None])
    assert sorted(int(x) for x in labels if x.strip().isdigit()) == sorted(set(counts.values()))


def test_no_chart_of_a_state_report_relies_on_a_gradient(facts) -> None:  # noqa: ANN001
    """A guard for the same fault in a State's report (timeline, pillars): none of its charts uses a gradient."""
    from iccwatch.report.build import render_html, state_report_data

    html = render_html("state.html", state_report_data(facts, "HUN", dt.date(2025, 6, 1), 2025, samples=20))
    assert "<svg" in html
    assert not GRADIENT.search(html)


def test_a_state_reports_acts_after_its_date_say_so(facts) -> None:  # noqa: ANN001
    """A State's report "on" a date listed every act of the State, those after the date too (a withdrawal notified
    the next day, taking effect a year later) with nothing to tell them from what was known that day; each act
    after the report's date now says so under its date, and none before it does."""
    from iccwatch.model.dates import DateSpan
    from iccwatch.report.build import render_html, state_report_data

    # a State with acts on both sides of a day: the day before its latest act
    st = next(s for s in sorted(facts.records.states.values(), key=lambda s: s.iso3) if len(s.participation) > 2)
    latest = max(DateSpan.parse(a.date).first for a in st.participation)
    on = latest - dt.timedelta(days=1)
    html = render_html("state.html", state_report_data(facts, st.iso3, on, 2025, samples=20))
    table = html[html.index("<th>date</th>"):]
    table = table[:table.index("</table>")]
    rows = re.findall(r"<tr><td>(\d{4}(?:-\d{2}){0,2})(.*?)</td>", table, re.S)
    assert rows
    for date, rest in rows:
        assert (f"after {on}" in rest) == (DateSpan.parse(date).first > on), (date, rest)
    assert any(f"after {on}" in rest for _, rest in rows)


def test_a_doubt_is_marked_by_confidence_never_as_a_count_of_sources(facts) -> None:  # noqa: ANN001
    """A State's act recorded with medium confidence was marked "(one source)" in the report's table, beside the
    three marks of its three sources; it is now marked "(medium confidence)", as the record says it, and no row
    claims a count of sources."""
    from iccwatch.report.build import render_html, state_report_data

    st, act = next((s, a) for s in sorted(facts.records.states.values(), key=lambda s: s.iso3)
                   for a in s.participation if a.confidence == "medium" and not a.disputed and len(a.sources) > 1)
    html = render_html("state.html", state_report_data(facts, st.iso3, dt.date(2025, 6, 1), 2025, samples=20))
    assert "one source" not in html
    table = html[html.index("<th>date</th>"):]
    rows = [r for r in table[:table.index("</table>")].split("<tr>") if r.startswith(f"<td>{act.date}")]
    assert any("medium confidence" in r for r in rows), rows
