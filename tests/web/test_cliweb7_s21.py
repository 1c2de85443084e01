"""Session 21's walk through the dashboard as a reader (cliweb7)."""

from __future__ import annotations

import re


def test_about_folds_each_kinds_gaps_under_its_row_with_their_count(client) -> None:  # noqa: ANN001
    """About the data: what each kind of record is known to lack is a fold under the kind's row, spanning every
    column and saying how many items it holds (the list had been a narrow seventh column that ran the page to
    33,000 px); the table's header no longer has a column for it."""
    body = client.get("/about").text
    table = body[body.index('aria-label="Records by kind"'):]
    table = table[:table.index("</table>")]
    columns = len(re.findall(r"<th scope=\"col\">", table[:table.index("</thead>")]))
    assert "Known to be incomplete</th>" not in table
    folds = re.findall(r'<tr class="incomplete"><td colspan="(\d+)"[^>]*><details><summary>([^<]*)</summary>'
                       r'<ul class="items">(.*?)</ul></details></td></tr>', table, re.S)
    assert folds, "at least one kind of record lists what it is known to lack"
    for colspan, summary, items in folds:
        assert int(colspan) == columns
        n = len(re.findall(r"<li>", items))
        assert summary.endswith(f"known to be incomplete ({n} {'item' if n == 1 else 'items'})")
