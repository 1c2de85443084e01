"""A State report's duties table put each duty's footnote marks after its word ("obliged[11][33][34]...") in the
narrow duty column, where they stacked down the column two or three to a line (Hungary's report: up to six lines
of marks for one duty, a page longer). The marks now go on a line of their own under the situation's row, across
the table. Measured on the layout WeasyPrint gives the report (its line boxes), as the PDF is made."""

from __future__ import annotations

import re
from typing import Any

from iccwatch.facts import Facts

CODE = "HUN"  # a State bound in every situation the record holds (a duty per situation, each with its marks)


def _rows(facts: Facts) -> tuple[list[dict[str, Any]], list[list[list[str]]]]:
    """The duties of the State report on the record's check date and, for each row of the duties table as WeasyPrint
    lays it out, each cell's lines of text."""
    from iccwatch.report.build import TEMPLATES, _env, state_report_data, weasyprint_html

    data = state_report_data(facts, CODE, facts.checked_through, facts.checked_through.year - 1, samples=20)
    html = _env().get_template("state.html").render(**data)
    table = re.search(r"<h2>Duties on .*?</table>", html, re.S)
    assert table, "the report has a duties table"
    page = ('<!doctype html><html><head><meta charset="utf-8"><style>{% include "base.css" %}</style></head><body>'
            + table.group(0) + "</body></html>")
    document = weasyprint_html()(string=_env().from_string(page).render(), base_url=str(TEMPLATES)).render()

    def text(box: Any) -> str:
        return getattr(box, "text", "") + "".join(text(c) for c in getattr(box, "children", []))

    def lines(box: Any) -> list[str]:
        out: list[str] = []
        for child in getattr(box, "children", []):
            if type(child).__name__ == "LineBox":
                out.append(" ".join(text(child).split()))
            else:
                out += lines(child)
        return out

    def rows(box: Any) -> Any:
        if type(box).__name__ == "TableRowBox":
            yield [lines(cell) for cell in box.children]
        else:
            for child in getattr(box, "children", []):
                yield from rows(child)

    laid = [r for p in document.pages for r in rows(p._page_box)]
    return data["duties"]["situations"], [r for r in laid if r[0] != ["situation"]]  # the header row aside (on every page)


def test_a_duty_s_marks_do_not_stack_down_its_column(facts: Facts) -> None:
    situations, rows = _rows(facts)
    assert len(situations) >= 5, "a State with many duties"
    marks = [len(re.findall(r"\[\d+\]", s["cite"])) for s in situations]
    assert max(marks) >= 6, "some duty rests on many sources (the case that stacked)"
    main = [r for r in rows if len(r) == 5]
    cites = [r for r in rows if len(r) == 1]
    assert len(main) == len(situations)
    for s, r in zip(situations, main, strict=True):
        duty = r[1]
        # the duty's cell holds its word, no mark: one line (it held up to six lines of marks)
        assert len(duty) == 1 and not re.search(r"\[\d+\]", duty[0]), (s["name"], duty)
    # each duty's marks sit on one line across the table, every one of them
    assert len(cites) == sum(1 for s in situations if s["cite"])
    for s, (cell,) in zip([s for s in situations if s["cite"]], cites, strict=True):
        assert len(cell) == 1, (s["name"], cell)
        assert re.findall(r"\[\d+\]", cell[0]) == re.findall(r"\[\d+\]", s["cite"])
