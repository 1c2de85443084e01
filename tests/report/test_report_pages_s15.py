"""The reports as printed pages (session 15 review, issues 9 and 16): every table within the page, a
statement against the Court said to be one, empty sections saying so, facts without a read primary
source marked and listed, events worded as the dashboard words them, and what the report covers stated."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pypdfium2 as pdfium
import pytest
from tests.report.conftest import GAPS_GROUP

from iccwatch import service
from iccwatch.facts import Facts
from iccwatch.report.build import (
    TEMPLATES,
    forum_words,
    render_html,
    state_report_data,
    weasyprint_html,
)

ON = dt.date(2026, 7, 1)


def _boxes(box: Any) -> Iterator[Any]:
    yield box
    for child in getattr(box, "children", None) or []:
        yield from _boxes(child)


def _render(html: str) -> Any:
    return weasyprint_html()(string=html, base_url=str(TEMPLATES)).render()


def _overflowing(document: Any) -> list[tuple[int, str, float]]:
    """Each laid-out box whose border edge passes the page's right margin: (page, box, by how many px)."""
    out = []
    for number, page in enumerate(document.pages, 1):
        page_box = page._page_box
        right = page_box.content_box_x() + page_box.width
        for box in _boxes(page_box):
            if box is page_box or not hasattr(box, "border_width"):
                continue
            edge = box.border_box_x() + box.border_width()
            if edge > right + 0.5:
                out.append((number, type(box).__name__, round(edge - right, 1)))
    return out


def _pdf_text(document: Any) -> str:
    pdf = pdfium.PdfDocument(document.write_pdf())
    return " ".join(" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf)))


def _signer_of_a_statement_against(facts: Facts) -> str:
    against = [s for s in facts.records.statements.values() if s.stance == "against" and s.signatories]
    assert against, "the record holds a statement against the Court"
    return sorted(against, key=lambda s: s.id)[0].signatories[0]


@pytest.fixture(scope="module")
def against_pdf(facts: Facts) -> tuple[dict[str, Any], Any, str]:
    """The report of a State that signed a statement against the Court, laid out and its text read back."""
    code = _signer_of_a_statement_against(facts)
    data = state_report_data(facts, code, ON, 2025, samples=20)
    document = _render(render_html("state.html", data))
    return data, document, _pdf_text(document)


@pytest.mark.xdist_group(GAPS_GROUP)
def test_the_failures_table_stays_within_the_page(gaps_pdf: tuple[dict[str, Any], Any]) -> None:
    """Its record numbers do not break, and they used to push the table 36 px past the right margin."""
    assert _overflowing(gaps_pdf[1]) == []


def test_a_state_report_stays_within_the_page(against_pdf: tuple[dict[str, Any], Any, str]) -> None:
    assert _overflowing(against_pdf[1]) == []


def test_a_statement_against_the_court_says_so(facts: Facts, against_pdf: tuple[dict[str, Any], Any, str]) -> None:
    data, _, text = against_pdf
    against = [s for s in data["statements"] if s.get("stance") == "against"]
    assert against
    for s in against:
        assert f"{s['date']}: {' '.join(s['title'].split())} (against the Court)" in text
    supporting = [s for s in data["statements"] if s.get("stance") != "against"]
    for s in supporting:
        assert f"{' '.join(s['title'].split())} (against the Court)" not in text


def test_statements_and_measures_each_have_their_heading(against_pdf: tuple[dict[str, Any], Any, str]) -> None:
    data, _, text = against_pdf
    _, _, rest = text.partition("Statements signed")
    statements, _, measures = rest.partition("Measures: laws, agreements, sanctions, proceedings")
    measures = measures.split("Due-diligence index", 1)[0]
    assert data["statements"] and data["measures"], "the State chosen has statements and measures recorded"
    for s in data["statements"]:
        assert f"{s['date']}: " in statements
    for m in data["measures"]:
        assert f"{m['date']}" in measures and f"{m['date']}: " not in statements


def test_facts_without_a_read_primary_are_marked_and_listed(facts: Facts, against_pdf: tuple[dict[str, Any], Any, str]) -> None:
    data, _, text = against_pdf
    code = data["state"].iso3
    expected = sum(1 for a in facts.state(code).participation if a.primary_gap)
    expected += sum(1 for s in data["statements"] if s.get("primary_gap"))
    expected += sum(1 for m in data["measures"] if m.get("primary_gap"))
    assert expected, "the State chosen has facts with a primary gap"
    gaps = data["primary_gaps"]
    assert len(gaps) >= expected
    assert [g["n"] for g in gaps] == list(range(1, len(gaps) + 1))
    listed = text.split("Primary sources not read", 1)[1].split("Sources", 1)[0]
    for g in gaps:
        assert f"primary source not read: gap {g['n']})" in text
        assert g["what"].split(",")[0] in listed
    for a in facts.state(code).participation:  # each shown up to its first appended search
        if a.primary_gap:
            assert " ".join(a.primary_gap.split())[:60] in " ".join(listed.split())


def test_a_state_without_any_act_says_so(facts: Facts) -> None:
    none = sorted(c for c, st in facts.records.states.items() if not st.participation)
    assert none, "the record has States with no act"
    html = render_html("state.html", state_report_data(facts, none[0], ON, 2025, samples=20))
    relation = html.split("Relation to the Rome Statute", 1)[1].split("<h2>", 1)[0]
    assert "No act recorded" in relation
    assert "<th>date</th><th>instrument</th>" not in relation  # no table of headings without rows


def test_events_read_as_on_the_dashboard(facts: Facts) -> None:
    cancelled = sorted({e.state for e in facts.records.events.values() if e.action == "visit_cancelled"})
    assert cancelled
    data = state_report_data(facts, cancelled[0], ON, 2025, samples=20)
    html = render_html("state.html", data)
    rows = [e for e in data["events"] if e["action"] == "visit_cancelled"]
    assert rows
    for e in rows:
        assert (e["action_text"], e["outcome_text"]) == service.event_texts(e)
        assert e["outcome_text"].startswith("visit cancelled")
        # (session 37: a cell of a table of records names its column, data-label, for a phone's screen)
        assert f'<td data-label="assessment" class="outcome-{e["outcome"]}">{e["outcome_text"]}</td>' in html


@pytest.mark.parametrize(("forum", "words"), [("none", "not referred"), ("ASP+UNSC", "ASP and UNSC"), ("UNSC", "UNSC"), (None, "")])
def test_a_referral_reads_as_the_cli_words_it(forum: str | None, words: str) -> None:
    assert forum_words(forum) == words


@pytest.mark.xdist_group(GAPS_GROUP)
def test_the_reports_say_what_they_cover(facts: Facts, gaps_pdf_text: str,
                                         against_pdf: tuple[dict[str, Any], Any, str]) -> None:
    meta = facts.records.meta
    gaps_text = gaps_pdf_text
    assert "What this report covers" in gaps_text
    for kind in ("events", "decisions", "responses"):
        assert f"{kind} checked through {meta.checked_through_of(kind)}" in gaps_text
    assert "ASP+UNSC" not in gaps_text
    data, _, text = against_pdf
    assert "What this report covers" in text and f"checked through {meta.checked_through}" in text
    late = state_report_data(facts, data["state"].iso3, dt.date.fromisoformat(meta.checked_through) + dt.timedelta(days=1), 2025, samples=20)
    notice = late["coverage_notice"]
    assert notice and "`" in notice  # the CLI's wording, its command in backticks ...
    late_html = render_html("state.html", late)
    assert notice.split("`")[0] in late_html
    assert f"<code>{notice.split('`')[1]}</code>" in late_html and "`" not in late_html  # ... set as code on paper


def test_a_shortened_gap_names_a_command_that_gives_it_in_full(facts: Facts, against_pdf: tuple[dict[str, Any], Any, str]) -> None:
    """The list says where the full text is; that command exists and holds each gap the report shortens."""
    import json

    from typer.testing import CliRunner

    from iccwatch.cli import app
    from iccwatch.report.build import GAP_FULL_TEXT

    command = GAP_FULL_TEXT.split()
    assert command[0] == "iccwatch"
    result = CliRunner().invoke(app, command[1:])
    assert result.exit_code == 0, result.output
    full = {g["primary_gap"] for g in json.loads(result.output)["primary_gaps"]}
    code = against_pdf[0]["state"].iso3
    shortened = [a.primary_gap for a in facts.state(code).participation if a.primary_gap and len(a.primary_gap) > 300]
    for gap in shortened or [a.primary_gap for a in facts.state(code).participation if a.primary_gap]:
        assert gap in full


def _text(box: Any) -> str:
    return " ".join(b.text for b in _boxes(box) if getattr(b, "text", None))


def test_no_page_opens_a_table_with_the_rest_of_a_row_left_behind(facts: Facts) -> None:
    """An event's explanation (a row under it with an empty first cell) stays on the event's page: a page
    never begins a table's body with it (Hungary's report of 2026-07-01 left one on the next page)."""
    data = state_report_data(facts, "HUN", ON, 2025, samples=20)
    assert len(data["events"]) >= 3
    document = _render(render_html("state.html", data))
    orphans = []
    for number, page in enumerate(document.pages, 1):
        for table in (b for b in _boxes(page._page_box) if type(b).__name__ == "TableBox"):
            rows = [row for group in table.children if not group.is_header for row in group.children]
            if rows and rows[0].children and not _text(rows[0].children[0]).strip():
                orphans.append((number, _text(rows[0])[:60]))
    assert orphans == []


def test_an_indicator_without_facts_says_so(against_pdf: tuple[dict[str, Any], Any, str]) -> None:
    """As on the dashboard: an indicator with neither a note nor a fact behind it reads "none recorded in
    the window", never an empty cell."""
    data, _, text = against_pdf
    bare = [i for i in data["index"]["indicators"] if not i.get("note") and not i.get("evidence")]
    assert bare, "the State chosen has an indicator with nothing behind it"
    assert text.count("none recorded in the window") >= len(bare)


@pytest.mark.xdist_group(GAPS_GROUP)
def test_a_record_number_not_linked_is_a_case_or_situation_number(facts: Facts, gaps_pdf_text: str) -> None:
    """The note under the tables says so: a decision's number is either a filing's in a situation or case (linked)
    or another number of the Court's record left unlinked (a case's, situation's or regulation 46(3) request's
    alone, a transcript's), never anything else."""
    from iccwatch.markup import ICC_RECORD
    from iccwatch.model.court_number import COURT_NUMBER
    from iccwatch.report.build import RECORD_KEY

    numbers = [d.record_number for d in facts.records.decisions.values() if d.record_number]
    assert numbers
    for number in numbers:
        assert ICC_RECORD.search(number) or COURT_NUMBER.fullmatch(number.strip()), number
    assert " ".join(RECORD_KEY.split()) in gaps_pdf_text


def _stranded_headings(document: Any) -> list[tuple[int, str]]:
    """Each page ending on a heading, or on a heading and (part of) its introduction, their content on the next."""
    out = []
    for number, page in enumerate(document.pages, 1):
        html = page._page_box.children[0]
        body = next(b for b in html.children if getattr(b, "element_tag", "") == "body")
        blocks = [b for b in body.children if getattr(b, "element_tag", None)]
        if len(blocks) < 2 or number == len(document.pages):
            continue
        last, before = blocks[-1], blocks[-2]
        if last.element_tag == "h2" or (before.element_tag == "h2" and "meta" in (last.element.get("class") or "")):
            out.append((number, _text(last)[:40]))
    return out


def test_no_page_ends_on_a_heading_or_its_introduction(facts: Facts) -> None:
    """A section's heading and its introduction stay with its first item (Ethiopia's report of 2026-12-02
    ended a page on the heading and half the introduction of "Primary sources not read")."""
    for code in ("ETH", "HUN"):
        document = _render(render_html("state.html", state_report_data(facts, code, dt.date(2026, 12, 2), 2025, samples=20)))
        assert _stranded_headings(document) == [], code
