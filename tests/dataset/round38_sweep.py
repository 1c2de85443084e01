"""Round thirty-eight's sweep (not a test; tests/dataset/ROUND38.md): a record's files as files (a byte-order mark,
CRLF, tabs, a name with spaces or in the other case, an empty file, a symlink out of ``data/``, a file in another kind's folder);
a source's read date against its own date and today, a content farm or mirror cited as primary, one address twice in one
fact's sources; records against one another (a trip or a surrender the person's warrants do not allow on its day, a
request or a finding about a State that could not be its object, one event twice under two ids).

- **a record's files** (``FILE_FORMS`` on the first file of each of the base's twelve record folders): bad: tabs for
  indentation, a comment alone, an empty file, spaces in the file's name, the name in the other case, a symlink to a copy
  outside ``data/``, the file moved into another kind's folder; valid (by docs/data-format.md: "A UTF-8 byte-order mark
  and CRLF line ends change no value and are read through"): a byte-order mark, CRLF line ends;
- **a source's read date and kind** (``source_cases`` on round 30's twelve spots, the first source of each): the
  note says it was read (``read (DAY) in the stored copy``, ``read on DAY``) the day before its own date, or a month
  after today; the host is a mirror (a ``reference`` site graded X) or a document farm (``document_copy`` graded X)
  cited as primary; the same address listed again under the other kind, or again under the same kind. Valid: read on its
  own date, read in the past after it, a note giving the day of a search before it (not of a reading). And a lookup
  table's source read before its own date and in the future (valid: read after it);
- **records against one another** (by hand): a trip before the person's first warrant was issued (a year, a day; of
  two persons); a second surrender to the Court of a person in its custody (a status and an event); a request by a
  State to itself; a finding of non-compliance naming no trip, about a State neither party nor bound on its day; a
  warrant issued after its person's death recorded on another warrant; one trip, finding, measure, response, position,
  statement and request recorded twice under two ids. Valid: a trip the day the warrant was issued, a finding about a
  State bound on its day, a request of the same day to another State, a trip of the same day to another State.

Classes as round thirty's; for the files, "refused, named" is an error on the case's file (its new name, where the
case renames it) with a record; "named partly" is an error naming the file but no record.

    PYTHONPATH=src python -m tests.dataset.round38_sweep OUT.json
    PYTHONPATH=src python -m tests.dataset.round38_sweep table BEFORE.json [AFTER.json]
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.dataset import round29_sweep as r29
from tests.dataset import round30_sweep as r30
from tests.dataset import round31_sweep as r31
from tests.dataset import round37_sweep as r37
from tests.dataset import sweep_runner

Case = r29.Case
_load, _write, _edit = r31._load, r31._write, r37._edit
FILES = "a record's files"
SOURCES = "a source's read date and kind"
CROSS = "records against one another"
FOLDERS = ("decisions", "events", "instruments", "measures", "persons", "positions", "requests", "responses",
           "situations", "statements", "states", "warrants")
#: Where a case moves a file "into another kind's folder": a folder whose records have other fields.
OTHER_FOLDER = {"decisions": "events", "events": "decisions", "instruments": "measures", "measures": "instruments",
                "persons": "states", "positions": "responses", "requests": "positions", "responses": "requests",
                "situations": "warrants", "statements": "positions", "states": "persons", "warrants": "situations"}
#: Outside every sweep's ``data/`` (a symlink's target).
OUTSIDE = Path(tempfile.gettempdir()) / "round38-outside"


def _days(date: str, n: int) -> str:
    return r31._days(date, n)


def _first(data: Path, folder: str) -> str:
    return f"{folder}/{sorted(p.name for p in (data / folder).glob('*.yaml'))[0]}"


def _text(rel: str, change: Callable[[str], str]) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        p = data / rel
        p.write_bytes(change(p.read_text(encoding="utf-8")).encode("utf-8"))
    return edit


def _bytes(rel: str, change: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        p = data / rel
        p.write_bytes(change(p.read_bytes()))
    return edit


def _move(rel: str, to: str) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        (data / to).parent.mkdir(parents=True, exist_ok=True)
        (data / rel).rename(data / to)
    return edit


def _symlink_out(rel: str) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        OUTSIDE.mkdir(parents=True, exist_ok=True)
        target = OUTSIDE / Path(rel).name
        target.write_bytes((data / rel).read_bytes())
        (data / rel).unlink()
        os.symlink(target, data / rel)
    return edit


def _tabs(text: str) -> str:
    """Each line's indent of two spaces written as a tab (the first nested line is enough for the parser)."""
    return "\n".join(("\t" * ((len(line) - len(line.lstrip(" "))) // 2) + line.lstrip(" ")) if line.startswith("  ") else line
                     for line in text.split("\n"))


#: (label, valid, the change: a function of (file under data/) giving (the edit, the file the error should name)).
FILE_FORMS: tuple[tuple[str, bool, Callable[[str], tuple[Callable[[Path], None], str]]], ...] = (
    ("a byte-order mark (valid)", True, lambda rel: (_bytes(rel, lambda b: b"\xef\xbb\xbf" + b), rel)),
    ("CRLF line ends (valid)", True, lambda rel: (_bytes(rel, lambda b: b.replace(b"\n", b"\r\n")), rel)),
    ("tabs for indentation", False, lambda rel: (_text(rel, _tabs), rel)),
    ("a comment alone", False, lambda rel: (_text(rel, lambda t: "# nothing here yet\n"), rel)),
    ("an empty file", False, lambda rel: (_text(rel, lambda t: ""), rel)),
    ("spaces in the file's name", False, lambda rel: (_move(rel, rel.replace(".yaml", " copy.yaml")), rel.replace(".yaml", " copy.yaml"))),
    ("the file's name in the other case", False,
     lambda rel: (_move(rel, f"{Path(rel).parent}/{Path(rel).stem.swapcase()}.yaml"), f"{Path(rel).parent}/{Path(rel).stem.swapcase()}.yaml")),
    ("a symlink to a copy outside data/", False, lambda rel: (_symlink_out(rel), rel)),
    ("the file in another kind's folder", False,
     lambda rel: (_move(rel, f"{OTHER_FOLDER[Path(rel).parent.name]}/{Path(rel).name}"),
                  f"{OTHER_FOLDER[Path(rel).parent.name]}/{Path(rel).name}")),
)


def file_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for folder in FOLDERS:
        rel = _first(data, folder)
        for label, valid, make in FILE_FORMS:
            edit, named = make(rel)
            out.append(Case(f"{rel}: {label}", FILES, (named,), edit=edit, fields=(), valid=valid, why=label))
    return out


def _source_date(data: Path, kind: str, rel: str, at: str) -> str:
    src = r30._get(_load(data, rel), f"{at}.0")
    return str(src.get("date") or r30._fact_date(data, kind, rel, at) or "2015-06-01")


def _day_before(date: str) -> str:
    """The day before a day, a month or a year (its first day)."""
    first = date if len(date) == 10 else (date + "-01" if len(date) == 7 else date + "-01-01")
    return _days(first, -1)


def _with_source(rel: str, at: str, change: Callable[[list[dict[str, Any]]], None]) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        obj = _load(data, rel)
        change(r30._get(obj, at))
        _write(data, rel, obj)
    return edit


def _again(kind: str | None) -> Callable[[list[dict[str, Any]]], None]:
    def change(sources: list[dict[str, Any]]) -> None:
        twin = copy.deepcopy(sources[0])
        if kind is not None:
            twin["kind"] = "secondary" if twin["kind"] == "primary" else "primary"
            twin.pop("copy_of", None)
        sources.append(twin)
    return change


def source_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    for kind, rel, at in r30.spots(data):
        s0 = r30._src(at)
        own = _source_date(data, kind, rel, at)
        before = _day_before(own)
        forms: list[tuple[str, Callable[[Path], None], str, bool]] = [
            (f"read the day before its own date ({before} < {own})",
             r30._edit_source(rel, at, date=own, note=f"read ({before}) in the stored copy"), f"{s0}.note", False),
            (f"read on a day before its own date, in words ({before} < {own})",
             r30._edit_source(rel, at, date=own, note=f"the release, read on {before}"), f"{s0}.note", False),
            (f"read a month after today ({future})", r30._edit_source(rel, at, date=own, note=f"read ({future})"), f"{s0}.note", False),
            ("a wiki mirror graded X cited as primary",
             r30._edit_source(rel, at, url="https://www.absoluteastronomy.com/topics/International_Criminal_Court", kind="primary",
                              copy_of=r30.REMOVE), f"{s0}", False),
            ("a document farm graded X cited as primary",
             r30._edit_source(rel, at, url="https://5dok.net/article/international-criminal-court.html", kind="primary",
                              copy_of=r30.REMOVE), f"{s0}", False),
            ("the same address again under the other kind", _with_source(rel, at, _again("other")), at, False),
            ("the same address again under the same kind", _with_source(rel, at, _again(None)), at, False),
            (f"read on its own date (valid: {own})", r30._edit_source(rel, at, date=own, note=f"read ({own if len(own) == 10 else own[:7] + '-28' if len(own) == 7 else own + '-12-28'})"),
             f"{s0}.note", True),
            ("read in the past, after its own date (valid: 2026-12-02)",
             r30._edit_source(rel, at, date=own, note="read (2026-12-02)"), f"{s0}.note", True),
            (f"searched on a day before its own date (valid: {before})",
             r30._edit_source(rel, at, date=own, note=f"found in a search of {before}; read (2026-12-02)"), f"{s0}.note", True),
        ]
        for label, edit, field, valid in forms:
            out.append(Case(f"{kind}:{Path(rel).stem}:{at}: {label}", SOURCES, (rel,), edit=edit, fields=(field,),
                            valid=valid, why=label))
    lk = "lookups/search_routes.yaml"
    for label, date, note, valid in (
            ("a lookup table's source read the day before its own date (2019-12-31 < 2020-01-01)", "2020-01-01",
             "cited for its address only; read (2019-12-31)", False),
            (f"a lookup table's source read a month after today ({future})", None, f"read ({future})", False),
            ("a lookup table's source read after its own date (valid: 2026-12-02)", "2020-01-01", "read (2026-12-02)", True)):
        def change(o: dict[str, Any], date: str | None = date, note: str = note) -> None:
            o["sources"][0]["note"] = note
            if date:
                o["sources"][0]["date"] = date
        out.append(Case(f"{lk}: {label}", SOURCES, (lk,), edit=_edit(lk, change), fields=("sources.0.note",), valid=valid, why=label))
    return out


def _copy_as(rel: str, new_id: str, change: Callable[[dict[str, Any]], None] | None = None) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        obj = _load(data, rel)
        obj["id"] = new_id
        if change is not None:
            change(obj)
        _write(data, f"{Path(rel).parent}/{new_id}.yaml", obj)
    return edit


def cross_cases(data: Path) -> list[Case]:
    out: list[Case] = []

    def case(label: str, files: tuple[str, ...], edit: Callable[[Path], None], fields: tuple[str, ...], valid: bool = False) -> None:
        out.append(Case(f"{files[0]}: {label}", CROSS, files, edit=edit, fields=fields, valid=valid, why=label))

    ev = "events/2017-03-29-omar-hassan-ahmad-al-bashir-jordan.yaml"
    e = _load(data, ev)

    def trip(day: str, person: str = "omar-hassan-ahmad-al-bashir", valid: bool = False, label: str = "") -> None:
        new = f"{day}-{person}-chad"
        case(label, (f"events/{new}.yaml",), _copy_as(ev, new, lambda o: o.update(date=day, person=person, state="TCD",
                                                                              followup="A visit (round 38's case)")),
             ("date", "person"), valid=valid)
    trip("2008-03-04", label="a trip a year before the person's first warrant was issued (2008-03-04 < 2009-03-04)")
    trip("2009-03-03", label="a trip the day before the person's first warrant was issued (2009-03-03)")
    trip("2009-03-04", valid=True, label="a trip the day the warrant was issued (valid: 2009-03-04)")
    trip("2022-03-17", "vladimir-vladimirovich-putin",
         label="a trip of another person, a year before that person's warrant (2022-03-17 < 2023-03-17)")
    wa = "warrants/bosco-ntaganda-1.yaml"
    w = _load(data, wa)
    surrendered = w["status_history"][1]
    second = copy.deepcopy(surrendered)
    second["date"] = "2015-06-01"

    def surrender_again(o: dict[str, Any]) -> None:
        o["status_history"].insert(2, copy.deepcopy(second))
    case("a second surrender to the Court, in its custody since 2013-03-22 (2015-06-01)", (wa,), _edit(wa, surrender_again),
         ("status_history",))
    bev = "events/2008-05-24-jean-pierre-bemba-gombo-belgium.yaml"
    case("a surrender event of a person in the Court's custody since 2008-07-03 (2010-05-24)", (bev,),
         _copy_as(bev, "2010-05-24-jean-pierre-bemba-gombo-belgium", lambda o: o.update(date="2010-05-24", action="surrender")),
         ("date", "action", "person"))
    out[-1] = Case(out[-1].id, CROSS, ("events/2010-05-24-jean-pierre-bemba-gombo-belgium.yaml",), edit=out[-1].edit,
                   fields=out[-1].fields, why=out[-1].why)
    rq = "requests/2009-03-06-icc-omar-hassan-ahmad-al-bashir-jor.yaml"
    case("a request by a State to itself (JOR requesting JOR)", (rq,), r31._set(rq, "requesting", "JOR"), ("requesting", "requested_state"))
    de = "decisions/2010-08-27-chad.yaml"
    def finding(state: str) -> Callable[[dict[str, Any]], None]:
        def change(o: dict[str, Any]) -> None:
            o.update(state=state, finding="non_compliance", later_rulings_gap="none recorded (round 38's case)")
            o.pop("events", None)
        return change
    case("a finding of non-compliance naming no trip, about a State neither party nor bound on its day (RUS)", (de,),
         _edit(de, finding("RUS")), ("state",))
    case("a finding of non-compliance naming no trip, about a State bound on its day (valid: TCD, a party since 2007)", (de,),
         _edit(de, finding("TCD")), ("state",), valid=True)
    o2 = "warrants/omar-hassan-ahmad-al-bashir-2.yaml"
    o1 = "warrants/omar-hassan-ahmad-al-bashir-1.yaml"

    def died(o: dict[str, Any]) -> None:
        src = copy.deepcopy(o["status_history"][0]["sources"])
        o["status_history"].append({"status": "deceased", "date": "2010-01-01", "sources": src})
        o["status_history"] = [s for s in o["status_history"] if str(s["date"]) <= "2010-01-01"]
    case("a warrant issued after its person's death, recorded on another warrant (2010-07-12 > 2010-01-01)", (o2, o1),
         _edit(o1, died), ("issued", "status_history", "person"))
    case("one trip recorded twice under two ids", (ev,),
         _copy_as(ev, "2017-03-29-omar-hassan-ahmad-al-bashir-jordan-2"), ())
    out[-1] = Case(out[-1].id, CROSS, (ev, f"events/{e['id']}-2.yaml"), edit=out[-1].edit, fields=(), why=out[-1].why)
    case("one trip recorded twice, the second under a month's date (2017-03)", (ev,),
         _copy_as(ev, "2017-03-omar-hassan-ahmad-al-bashir-jordan", lambda o: o.update(date="2017-03")), ())
    out[-1] = Case(out[-1].id, CROSS, (ev, "events/2017-03-omar-hassan-ahmad-al-bashir-jordan.yaml"), edit=out[-1].edit, fields=(),
                   why=out[-1].why)
    case("one finding recorded twice under two ids", (de,), _copy_as(de, "2010-08-27-chad-2"), ())
    out[-1] = Case(out[-1].id, CROSS, (de, "decisions/2010-08-27-chad-2.yaml"), edit=out[-1].edit, fields=(), why=out[-1].why)
    for rel in ("measures/alb-2022-03-02-situation-referral-ukraine.yaml", "responses/2013-02-13-asp-president-letter-chad.yaml",
                "positions/icc-appeals-jordan-2019.yaml", "statements/js-2020-06-23.yaml", "requests/2009-03-06-icc-omar-hassan-ahmad-al-bashir-jor.yaml"):
        twin = f"{Path(rel).parent}/{Path(rel).stem}-again.yaml"
        case(f"one {Path(rel).parent.name[:-1]} recorded twice under two ids", (rel,), _copy_as(rel, Path(twin).stem), ())
        out[-1] = Case(out[-1].id, CROSS, (rel, twin), edit=out[-1].edit, fields=(), why=out[-1].why)
    rq2 = "requests/2009-03-06-icc-omar-hassan-ahmad-al-bashir-tcd.yaml"
    case("a request of the same day to another State (valid: TCD)", (rq2,),
         _copy_as(rq, Path(rq2).stem, lambda o: o.update(requested_state="TCD")), (), valid=True)
    case("a trip of the same person to another State on the same day (valid)", (ev,),
         _copy_as(ev, "2017-03-29-omar-hassan-ahmad-al-bashir-chad", lambda o: o.update(state="TCD")), (), valid=True)
    return out


def cases(data: Path) -> list[Case]:
    return [*file_cases(data), *source_cases(data), *cross_cases(data)]


def _snapshot(data: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in data.rglob("*") if p.is_file() and not p.is_symlink()}


def _restore(data: Path, snap: dict[Path, bytes]) -> None:
    for p in sorted(data.rglob("*"), reverse=True):
        if p.is_symlink() or (p.is_file() and p not in snap):
            p.unlink()
        elif p.is_dir() and not any(p.iterdir()) and not any(q.is_relative_to(p) for q in snap):
            p.rmdir()
    for p, b in snap.items():
        if not p.exists() or p.read_bytes() != b:
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(b)


def outcome(c: Case, data: Path) -> tuple[str, list[str]]:
    from iccwatch.dataset import check_dataset

    if data not in r29._BASE:
        r29._BASE[data] = {str(p) for p in check_dataset(data)[1]}
    snap = _snapshot(data)
    try:
        assert c.edit is not None
        c.edit(data)
        # a case citing a source copied from the spot: the warnings on the copy's citation are not the case's
        problems = [p for p in check_dataset(data)[1] if str(p) not in r29._BASE[data]]
    except Exception:
        return "crash", [traceback.format_exc()[-400:]]
    finally:
        _restore(data, snap)
    return classify(c, problems)


def classify(c: Case, problems: list[Any]) -> tuple[str, list[str]]:
    """Round thirty-seven's classes; a file's case is named by any error on its file with a record."""
    return r37.classify(c, problems)


def base_copy(target: Path) -> Path:
    """Round 37's base (South Sudan's record copied in)."""
    return r37.base_copy(target)


def run(out: Path) -> None:
    sweep_runner.run(out, base_copy, cases, outcome)


CLASSES = r30.CLASSES


def table(before: Path, after: Path | None = None) -> str:
    return r30.table(before, after)


if __name__ == "__main__":
    sweep_runner.main(sys.argv[1:], run, table, base_copy, cases)
