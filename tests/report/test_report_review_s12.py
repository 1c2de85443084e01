"""The reports as a reader prints them (session 12 review): long notes shortened with the full text kept,
every finding footnoted and its record number linked, table headings repeated, each page naming its report."""

from __future__ import annotations

import datetime as dt
import html as htmllib
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from tests.report.conftest import GAPS_GROUP

from iccwatch.facts import Facts
from iccwatch.markup import ICC_RECORD, court_record_url
from iccwatch.report.build import (
    NOTE_LIMIT,
    render_html,
    state_report_data,
)


def _states_with_long_notes(facts: Facts) -> list[str]:
    return [code for code, st in facts.records.states.items() if any(len(a.note or "") > NOTE_LIMIT for a in st.participation)]


def test_a_long_note_is_short_in_the_table_and_whole_at_the_end(facts: Facts) -> None:
    codes = _states_with_long_notes(facts)
    assert codes, "the record has acts with notes longer than a table row shows"
    code = codes[0]
    data = state_report_data(facts, code, dt.date(2026, 7, 1), 2025, samples=20)
    html = render_html("state.html", data)
    table, _, end = html.partition("Notes in full")
    assert end, "a report with a shortened note lists the notes in full"
    long_notes = [a.note for a in facts.state(code).participation if len(a.note or "") > NOTE_LIMIT]
    text_end, text_table = (htmllib.unescape(re.sub(r"<[^>]+>", "", part)) for part in (end, table))
    for note in long_notes:
        assert " ".join(note.split()) in " ".join(text_end.split())
        assert note not in text_table  # the table row keeps to its limit
    for row in data["timeline"]:
        assert len(row["note"]) <= NOTE_LIMIT + 2
        assert bool(row["full_note"]) == (row["note"].endswith(" …"))
    assert len(data["full_notes"]) == len(long_notes)


def test_a_state_without_long_notes_has_no_notes_in_full_section(facts: Facts) -> None:
    short = [c for c, st in facts.records.states.items() if st.participation and c not in _states_with_long_notes(facts)]
    assert short
    html = render_html("state.html", state_report_data(facts, short[0], dt.date(2026, 7, 1), 2025, samples=20))
    assert "Notes in full" not in html


@pytest.mark.xdist_group(GAPS_GROUP)  # the gaps report's data and HTML: tests/report/conftest.py
def test_gaps_report_footnotes_every_other_finding_and_links_the_findings_record(gaps_html: tuple[dict, str]) -> None:
    data, html = gaps_html
    assert data["gaps"]["other_findings"]
    for d in data["gaps"]["other_findings"]:
        assert re.fullmatch(r"(\[\d+\])+", d["cite"]), d
    rows = [f for f in data["gaps"]["failures"] if f.get("finding_record")]
    assert rows
    for number in {m.group(0) for f in rows for m in ICC_RECORD.finditer(f["finding_record"])}:
        assert f'href="{court_record_url(number)}"' in html
    section = html.split("Other findings of non-compliance", 1)[1].split("<h2>", 1)[0]
    assert section.count('class="cite"') == len(data["gaps"]["other_findings"])


@pytest.mark.xdist_group(GAPS_GROUP)
def test_every_table_with_column_headings_repeats_them_on_each_page(facts: Facts, gaps_html: tuple[dict, str]) -> None:
    state = render_html("state.html", state_report_data(facts, "HUN", dt.date(2026, 7, 1), 2025, samples=20))
    for html in (state, gaps_html[1]):
        for table in re.findall(r"<table>.*?</table>", html, flags=re.S):
            first_row = re.search(r"<tr>.*?</tr>", table, flags=re.S).group(0)
            if re.fullmatch(r"<tr>(<th>[^<]*</th>)+</tr>", first_row):  # a row of column headings
                assert table.startswith("<table><thead><tr>"), first_row


@pytest.mark.xdist_group("state-pdf")
def test_each_pdf_page_names_its_report_and_its_page(state_pdf_by_cli: tuple[int, str, Path], facts: Facts) -> None:
    exit_code, output, pdf_path = state_pdf_by_cli
    assert exit_code == 0, output
    pdf = pdfium.PdfDocument(str(pdf_path))
    title = f"{facts.state('MNG').name} and the International Criminal Court"
    for i in range(len(pdf)):
        text = " ".join(pdf[i].get_textpage().get_text_range().split())
        assert f"page {i + 1} of {len(pdf)}" in text
        assert f"{title} · report on 2025-01-01" in text, (i, text[-200:])
