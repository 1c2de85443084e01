"""(Session 37) The CLI as court staff use it (docs/web.md, "Users' tasks (session 37)"): listing the warrants
outstanding and for how long. Each test failed before its fix; the figures are read from the service, never written
in."""

from __future__ import annotations

import re

from iccwatch import service
from iccwatch.facts import Facts


def _block(out: str, name: str) -> str:
    """The lines the table gives one person (a table row in a wide terminal, a stacked record in a narrow one)."""
    at = out.index(name)
    nxt = out.find("name:", at + len(name))
    return out[at:nxt if nxt > 0 else len(out)]


def test_the_persons_table_says_since_when_and_why_not(cli, facts: Facts) -> None:  # noqa: ANN001
    """Court staff listing `persons --outstanding` got a bare number of days, with no day it counts from and none it
    counts to, and an empty cell, with no reason, for a warrant whose issue day the record gives only to a month or a
    year. The table now gives the day each count starts (its outstanding since column), the reason where there is no count,
    and the day counted to."""
    code, out, err = cli("persons", "--outstanding")
    assert code == 0, err
    rows = service.persons_list(facts, None, None, None, True)
    counted = [r for r in rows if r["days_outstanding"] is not None]
    unknown = [r for r in rows if r["outstanding_unknown"]]
    assert counted and unknown, "the record holds both"
    flat = " ".join(out.split())
    for r in counted:
        block = " ".join(_block(out, r["name"]).split())
        assert re.search(re.escape(r["outstanding_since"]) + r"\D+" + str(r["days_outstanding"]) + r"\b", block), r["name"]
    for r in unknown:
        assert r["outstanding_unknown"] in " ".join(_block(out, r["name"]).split()) or r["outstanding_unknown"] in flat, r["name"]
    # session 38 (useraudit5): the day counted to is the one rule's (the rows' days_counted_to), no longer the record's day
    assert f"counted to {rows[0]['days_counted_to']}" in flat
    day, words = facts.checked_through_of(("warrants", "persons"))
    # session 39 (useraudit6): each kind's day is said where they differ ("the warrants were checked through …, the
    # persons' entries through …"), so the earlier day is named in "a change after <day> may be missing"
    assert (f"through {words}: a change after {words} may be missing" in flat) == (day < facts.checked_through)


def test_the_persons_json_keeps_its_numbers(cli, facts: Facts) -> None:  # noqa: ANN001
    """The words are the table's: --json still gives the days as a number and the day as its own key."""
    import json

    code, out, err = cli("persons", "--outstanding", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert any(isinstance(r["days_outstanding"], int) for r in rows)
    assert all(r["days_outstanding"] is None or isinstance(r["days_outstanding"], int) for r in rows)


def test_a_reports_cells_name_their_column() -> None:
    """A report's table read on a phone stacks each row as "column: value" lines (base.css): each cell carries its
    column's header; a cell across the row (colspan), a table without a header row and one that is no table of records
    (no class ``stack``: it fits a phone, or scrolls in its box) are left as they were."""
    from iccwatch.report.cells import label_cells

    html = ('<table class="stack"><thead><tr><th>date</th><th>forum for\n non-compliance &amp; more</th></tr></thead>\n'
            '<tbody><tr><td>2024-09-03</td><td class="x">ASP</td></tr>\n<tr><td colspan="2">the duty rests on [1]</td></tr>'
            '</tbody></table>\n<table><tr><td>plain</td></tr></table>'
            '<table class="wide"><thead><tr><th>rank</th></tr></thead><tbody><tr><td>=1</td></tr></tbody></table>')
    out = label_cells(html)
    assert '<td data-label="date">2024-09-03</td>' in out
    assert '<td data-label="forum for non-compliance &amp; more" class="x">ASP</td>' in out
    assert '<td colspan="2">the duty rests on [1]</td>' in out
    assert "<td>plain</td>" in out and "<td>=1</td>" in out  # a table that is no table of records is left as it was
    assert label_cells(out) == out  # labelled once
    # a line separator in a text is no line break to the parser: the labels still land in their cells
    odd = html.replace("2024-09-03", "2024-09-03\u2028\r")
    assert '<td data-label="forum for non-compliance &amp; more" class="x">ASP</td>' in label_cells(odd)


def test_the_state_report_labels_its_record_tables(facts: Facts) -> None:
    """The State report's tables of records carry the labels and the class the phone's rules read; the PDF is made
    from the same HTML (its print rules ignore both)."""
    from iccwatch.report.build import render_html, state_report_data

    data = state_report_data(facts, "TJK", facts.checked_through, facts.checked_through.year - 1, samples=20)
    html = render_html("state.html", data)
    stacked = re.findall(r'<table class="stack">(.*?)</table>', html, re.S)
    assert len(stacked) >= 2  # the duties and at least one more (the index's pillars)
    for t in stacked:
        heads = [" ".join(h.split()) for h in re.findall(r"<th>(.*?)</th>", t, re.S)]
        cells = re.findall(r"<td( data-label=\"[^\"]*\")?", t)
        assert heads and all(f'data-label="{h}"' in t for h in heads if "<" not in h and "'" not in h)
        assert cells.count("") < len(cells)  # the cells across the row only are left unlabelled


def test_a_search_for_a_misspelt_state_offers_it(cli, facts: Facts) -> None:  # noqa: ANN001
    """`iccwatch search` with a State's name missing a letter said nothing matched and offered no State."""
    for st in sorted(facts.records.states.values(), key=lambda s: s.iso3):
        if " " in st.name or len(st.name) < 8:
            continue
        q = st.name[:5] + st.name[6:]
        code, out, err = cli("search", q)
        assert code == 0, err
        if out.startswith("Nothing in the record matches"):
            assert f"{st.name} ({st.iso3})" in " ".join(out.split())
            return
    raise AssertionError("no State's name to misspell")
