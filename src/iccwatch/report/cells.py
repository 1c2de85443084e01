"""Each table cell of a report labelled with its column's header (``data-label``), so that on a phone's screen a row
of a table of records (class ``stack``) reads as a list of "header: value" lines (base.css) instead of a table cut
off at the screen's edge (session 37). The PDF (print media) lays the tables out as before: the attribute is only
read by the screen's rules."""

from __future__ import annotations

from html import escape
from html.parser import HTMLParser
from typing import Any


class _Cells(HTMLParser):
    """Finds, for each ``<td>`` of a table of records (class ``stack``) with a header row, the offset just after
    ``<td`` and its column's header.
    A cell spanning several columns (``colspan``) is a line across the row and gets no label; a table nested in a
    cell keeps its own headers."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[dict[str, Any]] = []  # the open tables, innermost last: headers, the header text being read, column
        self.inserts: list[tuple[tuple[int, int], str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        t = self.tables[-1] if self.tables else None
        if tag == "table":
            stack = "stack" in (dict(attrs).get("class") or "").split()
            self.tables.append({"headers": [], "th": None, "in_head": False, "col": 0, "stack": stack})
        elif t is None:
            return
        elif tag == "thead":
            t["in_head"] = True
        elif tag == "tr":
            t["col"] = 0
        elif tag == "th" and t["in_head"]:
            t["th"] = []
        elif tag == "td":
            span = dict(attrs).get("colspan")
            if (t["stack"] and not span and t["col"] < len(t["headers"]) and t["headers"][t["col"]]
                    and not dict(attrs).get("data-label")):
                self.inserts.append((self.getpos(), t["headers"][t["col"]]))
            t["col"] += int(span) if span and span.isdigit() else 1

    def handle_endtag(self, tag: str) -> None:
        if not self.tables:
            return
        t = self.tables[-1]
        if tag == "table":
            self.tables.pop()
        elif tag == "thead":
            t["in_head"] = False
        elif tag == "th" and t["th"] is not None:
            t["headers"].append(" ".join("".join(t["th"]).split()))
            t["th"] = None

    def handle_data(self, data: str) -> None:
        if self.tables and self.tables[-1]["th"] is not None:
            self.tables[-1]["th"].append(data)


def label_cells(html: str) -> str:
    """``html`` with ``data-label="header"`` on each cell of a table of records (class ``stack``) whose ``<thead>``
    names its columns; other tables (which fit a phone, or scroll in their box) are left as they were."""
    parser = _Cells()
    parser.feed(html)
    parser.close()
    if not parser.inserts:
        return html
    # the parser counts lines by "\n" alone (a "\r" or "\u2028" in a text is no line break to it, as splitlines has it)
    starts = [0]
    for part in html.split("\n"):
        starts.append(starts[-1] + len(part) + 1)
    out: list[str] = []
    last = 0
    for (row, col), header in parser.inserts:
        at = starts[row - 1] + col + len("<td")
        out += [html[last:at], f' data-label="{escape(header, quote=True)}"']
        last = at
    out.append(html[last:])
    return "".join(out)
