"""A State's report cites every fact: each duty and each person to arrest carry the marks of the sources
behind them, each mark is a footnote with its publisher and grade (primary first), and the Court's record
numbers and the legal bases are links."""

from __future__ import annotations

import datetime as dt
import html as htmllib
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from iccwatch.cli import app
from iccwatch.facts import Facts
from iccwatch.report.build import render_html, state_report_data

#: A filing's number in the Court's record (a case number alone is not one).
FILING = re.compile(r"\bICC-\d{2}/\d{2}(?:-\d{2}/\d{2})?-\d+(?![/\d])(?:-[0-9A-Za-z]+)*")
MARKS = re.compile(r'<span class="cite">((?:\[\d+\])+)</span>')


def _parties_with_arrest_duties(facts: Facts, on: dt.date) -> list[str]:
    from iccwatch.service import ask_obligations, states_list

    out = []
    for r in states_list(facts, on, party=True):
        if any(s.get("persons_to_arrest") for s in ask_obligations(facts, r["iso3"], on).get("situations", [])):
            out.append(r["iso3"])
        if len(out) == 2:
            break
    return out


def test_duties_table_cites_its_facts_and_links_record_numbers(facts: Facts) -> None:
    """In the first two States Parties with persons to arrest, each duty row carries source marks (primary
    first) pointing at footnotes, links its legal bases and warrants' filing numbers, and every footnote
    names its publisher and grade and links its address."""
    on = dt.date(2025, 6, 30)
    states = _parties_with_arrest_duties(facts, on)
    assert states
    for iso3 in states:
        data = state_report_data(facts, iso3, on, 2025, samples=0)
        page = render_html("state.html", data)
        duties = page[page.index("<h2>Duties on"):page.index("<h2>Events")]
        rows = re.findall(r'<tbody class="duty">.*?</tbody>', duties, re.S)
        assert rows and len(rows) == len(data["duties"]["situations"])
        notes = data["footnotes"]
        for row, situation in zip(rows, data["duties"]["situations"], strict=True):
            # (session 37: each cell of a table of records names its column, data-label, for a phone's screen)
            cells = re.findall(r'<td(?: data-label="[^"]*")?>(.*?)</td>', row, re.S)
            # the duty rests on the State's acts: marked, on the line under its row (not down the narrow duty column)
            marks = re.findall(r'<tr class="row-cites"><td colspan="5">.*?<span class="cite-line">((?:\[\d+\])+)</span>', row, re.S)
            assert marks, (iso3, situation["name"])
            numbers = [int(n) for n in re.findall(r"\d+", marks[0])]
            assert all(1 <= n <= len(notes) for n in numbers)
            flags = [not notes[n - 1].get("primary") for n in numbers]
            assert flags == sorted(flags), (iso3, situation["name"])  # primary first
            assert all(c in cells[2] and 'href="' in cells[2] for c in situation["basis"])  # each legal basis linked
            for person in situation["persons_to_arrest"]:
                assert htmllib.escape(person["name"]) in cells[4]
                for w in person["warrants"]:
                    if w["cite"]:
                        assert w["cite"] in cells[4]
                    if w["case_number"]:  # named; linked to the Court's record only where it is a filing's number
                        assert w["case_number"] in cells[4]
                        linked = f'href="https://www.icc-cpi.int/court-record/{w["case_number"].lower()}"' in cells[4]
                        assert linked == bool(re.fullmatch(r"ICC-\d{2}/\d{2}(?:-\d{2}/\d{2})?-\d+(?:-[0-9A-Za-z]+)*", w["case_number"]))
        # every footnote names its publisher and grade and links the address
        foot = page[page.index('<ol class="footnotes">'):]
        foot = foot[:foot.index("</ol>")]  # session 40: the searches logged follow the sources, as an appendix
        items = re.findall(r"<li>(.*?)</li>", foot, re.S)
        assert len(items) == len(notes)
        for item, note in zip(items, notes, strict=True):
            assert f'href="{htmllib.escape(note["url"])}"' in item
            assert ("grade " + note["grade"]) in item if note.get("grade") else "ungraded" in item
            assert (", primary)" in item) == bool(note.get("primary"))


def test_a_footnotes_record_number_links_to_the_court_record(facts: Facts) -> None:
    """A filing number in a footnote's title or pinpoint is a link to the Court's record; a case number
    alone is not linked (the Court's record has no page for it)."""
    on = dt.date(2025, 6, 30)
    found = False
    for iso3 in sorted({d.state for d in facts.records.decisions.values() if d.state}):
        data = state_report_data(facts, iso3, on, 2025, samples=0)
        numbered = [n for n in data["footnotes"] if FILING.search(f"{n.get('title') or ''} {n.get('pinpoint') or ''}")]
        if not numbered:
            continue
        page = render_html("state.html", data)
        foot = page[page.index('<ol class="footnotes">'):]
        foot = foot[:foot.index("</ol>")]  # session 40: the searches logged follow the sources, as an appendix
        for n in numbered:
            number = FILING.search(f"{n.get('title') or ''} {n.get('pinpoint') or ''}").group(0)  # type: ignore[union-attr]
            assert f'court-record/{number.lower()}"' in foot, number
        found = True
        break
    assert found


@pytest.mark.xdist_group("state-pdf")  # on one worker, so the session renders the shared PDF once
@pytest.mark.parametrize(("name", "fmt", "magic"), [("r.pdf", None, b"%PDF"), ("r.html", None, b"<!doctype"), ("r.pdf", "pdf", b"%PDF")])
def test_report_format_follows_the_output_name(request: pytest.FixtureRequest, db_url: str, tmp_path: Path, name: str,
                                               fmt: str | None, magic: bytes) -> None:
    """`report state -o NAME` writes the format the name's extension (or --format) asks for, readable by
    others. (Slow: the two PDF cases each render a State's report with WeasyPrint; the name-only PDF case is
    the session's one run of `report state MNG -o r.pdf`, which test_reports.py also looks at.)"""
    if (name, fmt) == ("r.pdf", None):
        exit_code, output, out = request.getfixturevalue("state_pdf_by_cli")
    else:
        out = tmp_path / name
        args = ["report", "state", "MNG", "-o", str(out), "--db", db_url] + (["-f", fmt] if fmt else [])
        result = CliRunner().invoke(app, args)
        exit_code, output = result.exit_code, result.output
    assert exit_code == 0, output
    assert out.name == name
    assert out.read_bytes().startswith(magic)
    assert out.stat().st_mode & 0o044  # readable by others, as any file a command writes


def test_report_format_and_output_name_that_disagree_are_an_error(db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    result = CliRunner().invoke(app, ["report", "state", "MNG", "-o", str(out), "-f", "html", "--db", db_url])
    assert result.exit_code != 0 and "--format" in result.output and not out.exists()
