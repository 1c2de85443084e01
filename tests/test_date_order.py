"""One date order for every list sorted by a date (issue 9, docs/house.md point 4): ``model/dates.py``
``date_sort_key`` (first day, then precision, then text). A month given without its day begins on the
same day as its first day, so sorting the text would put ``2010-12`` before ``2010-12-01``; the key puts
the day first, and the views, exports, reports and web tables use it."""

from __future__ import annotations

import ast
import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from iccwatch import service
from iccwatch.facts import Facts
from iccwatch.model.dates import DateSpan, date_sort_key

SRC = Path(__file__).resolve().parents[1] / "src" / "iccwatch"


def test_a_day_sorts_before_its_month_and_a_month_before_its_year() -> None:
    dates = ["2011-01", "2010-12", "2010", "2010-12-01", "2010-11-30", "2010-01-01", "2010-12-02"]
    ordered = sorted(dates, key=date_sort_key)
    assert ordered == ["2010-01-01", "2010", "2010-11-30", "2010-12-01", "2010-12", "2010-12-02", "2011-01"]
    assert sorted(dates) != ordered  # the text order differs exactly where a month or year meets its first day
    # The key agrees with DateSpan.sort_key (the law's order) wherever both apply.
    assert ordered == sorted(dates, key=lambda d: DateSpan.parse(d).sort_key)


def test_missing_dates_sort_first_and_a_date_object_as_its_day() -> None:
    assert sorted(["2020-05", None, "", dt.date(2020, 5, 1)], key=date_sort_key)[:2] in ([None, ""], ["", None])
    assert date_sort_key(dt.date(2020, 5, 1)) < date_sort_key("2020-05")
    with pytest.raises(ValueError, match="not an ISO 8601 date"):
        date_sort_key("5 May 2020")


def _pair(records: Any, kind: str, field: str) -> tuple[Any, Any]:
    """Two copies of a record of ``kind`` with a day-precise ``field``: one dated to the first of its month, one
    to the month alone, the month one first in the record."""
    one = next(x for x in getattr(records, kind).values() if DateSpan.parse(getattr(x, field) or "1").exact)
    month = str(getattr(one, field))[:7]
    by_month = one.model_copy(update={"id": f"{one.id}-by-month", field: month})
    by_day = one.model_copy(update={"id": f"{one.id}-by-day", field: f"{month}-01"})
    return by_month, by_day


@pytest.mark.parametrize(("kind", "view"), [("events", service.events_list), ("decisions", service.decisions_list),
                                            ("statements", service.statements_list)])
def test_a_list_puts_a_day_before_its_month(records: Any, kind: str, view: Any) -> None:
    by_month, by_day = _pair(records, kind, "date")
    facts = Facts(replace(records, **{kind: {by_month.id: by_month, by_day.id: by_day}}))
    ids = [r["id"] for r in view(facts)]
    assert ids == [by_day.id, by_month.id], "sorted as text, the month would come first"


def test_the_record_lists_are_in_the_one_date_order(facts: Facts) -> None:
    for name, rows in (("events", service.events_list(facts)), ("decisions", service.decisions_list(facts)),
                       ("statements", service.statements_list(facts))):
        keys = [date_sort_key(r.get("date")) for r in rows]
        assert keys == sorted(keys), name


def test_a_web_table_sorts_a_date_column_by_the_date_order() -> None:
    from iccwatch.web.pages import sort_key

    cells = ["2010-12", "2010-12-01", None, "2009"]
    assert sorted(cells, key=sort_key) == ["2009", "2010-12-01", "2010-12", None]
    assert sort_key("2024-02-30") > sort_key("2024-02-28")  # no real day: sorted as text, after the dates


# Where a list is sorted by a date, the key is date_sort_key: no lambda that hands sorted/min/max a date's text.
_DATE_FIELDS = {"date", "issued", "investigation_opened", "since"}
#: The layers that show lists; the law, the checker and the monitor order spans by DateSpan.
_LAYERS = ("service", "assess", "report", "web", "api", "cli", "facts.py", "charts.py")


def _text_sorts(path: Path) -> list[int]:
    def is_date_text(node: ast.AST) -> bool:
        if isinstance(node, ast.BoolOp):
            return any(is_date_text(v) for v in node.values)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "str" and node.args:
            return is_date_text(node.args[0])
        if isinstance(node, ast.Attribute):
            return node.attr in _DATE_FIELDS
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            return node.slice.value in _DATE_FIELDS
        return False

    found = []
    for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(n, ast.Call) and (getattr(n.func, "id", None) or getattr(n.func, "attr", None)) in ("sorted", "sort", "min", "max"):
            for kw in n.keywords:
                if kw.arg == "key" and isinstance(kw.value, ast.Lambda):
                    body = kw.value.body
                    parts = body.elts if isinstance(body, ast.Tuple) else [body]
                    if any(is_date_text(p) for p in parts):
                        found.append(n.lineno)
    return found


def test_no_list_is_sorted_by_a_dates_text() -> None:
    found = {str(p.relative_to(SRC)): lines for p in sorted(SRC.rglob("*.py"))
             if p.relative_to(SRC).parts[0] in _LAYERS and (lines := _text_sorts(p))}
    assert found == {}, f"sort by date_sort_key(...): {found}"


def test_the_rule_sees_a_text_sort(tmp_path: Path) -> None:
    f = tmp_path / "x.py"
    f.write_text("sorted(xs, key=lambda e: e.date)\nxs.sort(key=lambda w: w.issued or '')\n"
                 "sorted(xs, key=lambda t: t['date'])\nsorted(xs, key=lambda x: (not x.court, x.date or ''))\n"
                 "sorted(xs, key=lambda e: date_sort_key(e.date))\n")
    assert _text_sorts(f) == [1, 2, 3, 4]
