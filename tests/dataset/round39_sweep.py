"""Round thirty-nine's sweep (not a test; tests/dataset/ROUND39.md): a source's fields as a careless import writes them,
a record's keys and shape as a careless import writes them, and records against one another in orders no round tried.

- **a source's fields, as an import writes them** (``SOURCE_FORMS`` on round 30's twelve spots, the first source of
  each): the source written as its address alone (a string, not a mapping); the list written as a mapping keyed by
  address; the address as a list of two; the date as a mapping of year, month and day; the note as a list of lines;
  the kind capitalised (``Primary``); an empty title; the publisher written ``~``; the title left with no value
  (``title:``); the note written as the text ``None`` (an import's ``str(None)``); the publisher written ``nan`` (a
  spreadsheet's empty cell); the address ending in a no-break space; a key of the source in capitals (``Kind``);
- **a record's keys and shape** (``SHAPE_FORMS`` on the first file of each of the twelve record folders): the key
  ``id`` with a trailing space; the key ``id`` with a Cyrillic look-alike letter; the id's value with a Cyrillic
  look-alike letter; an optional field left with no value (``~``); a list with an empty item (``-`` alone); the record written as a one-item list; the record nested under its own id; the record written as
  one string of JSON (an import that encoded it twice). Valid: the record written as JSON (YAML's flow style reads it
  as the same record);
- **a lookup table's sources** (``TABLE_FORMS`` on the first source of each of the base's nine tables): its title
  left with no value; its publisher written ``nan``;
- **records against one another** (by hand, each record moved to another day with its id and file): a response dated
  before the decision it answers; a request for arrest dated before any warrant of its person; a trip a decision names
  moved after the decision; a State's referral dated before the Court's jurisdiction began, and before the situation's
  first referral. Valid: the response the day after the decision, the request the day the warrant was issued.

Classes as round thirty-eight's.

    PYTHONPATH=src python -m tests.dataset.round39_sweep OUT.json
    PYTHONPATH=src python -m tests.dataset.round39_sweep table BEFORE.json [AFTER.json]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.dataset import round29_sweep as r29
from tests.dataset import round30_sweep as r30
from tests.dataset import round31_sweep as r31
from tests.dataset import round37_sweep as r37
from tests.dataset import round38_sweep as r38
from tests.dataset import sweep_runner

Case = r29.Case
_load, _write, _edit = r31._load, r31._write, r37._edit
SOURCES = "a source's fields, as an import writes them"
SHAPES = "a record's keys and shape"
CROSS = "records against one another"
TABLES = "a lookup table's sources"
FOLDERS = r38.FOLDERS
#: Cyrillic letters that look like Latin ones (a careless copy from a page typeset in another script).
LOOKALIKE = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "i": "\u0456", "c": "\u0441", "p": "\u0440", "s": "\u0455", "j": "\u0458",
             "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422"}


def _lookalike(text: str) -> str:
    """``text`` with its first letter that has a Cyrillic look-alike replaced by it."""
    for i, ch in enumerate(text):
        if ch in LOOKALIKE:
            return text[:i] + LOOKALIKE[ch] + text[i + 1:]
    raise ValueError(text)


def _on_source(rel: str, at: str, change: Callable[[list[Any]], None]) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        obj = _load(data, rel)
        change(r30._get(obj, at))
        _write(data, rel, obj)
    return edit


def _on_list(rel: str, at: str, change: Callable[[list[Any]], Any]) -> Callable[[Path], None]:
    """Replace the list at ``at`` by ``change(list)``."""
    def edit(data: Path) -> None:
        obj = _load(data, rel)
        *head, last = at.split(".")
        into = r30._get(obj, ".".join(head)) if head else obj
        into[int(last) if last.isdigit() else last] = change(into[int(last) if last.isdigit() else last])
        _write(data, rel, obj)
    return edit


def _set0(key: str, value: Any) -> Callable[[list[Any]], None]:
    def change(sources: list[Any]) -> None:
        sources[0][key] = value
    return change


def _rename0(old: str, new: str) -> Callable[[list[Any]], None]:
    def change(sources: list[Any]) -> None:
        s = sources[0]
        sources[0] = {(new if k == old else k): v for k, v in s.items()}
    return change


def _date_mapping(sources: list[Any]) -> None:
    d = str(sources[0].get("date") or "2015-06-01")
    y, m, dd = (d.split("-") + ["01", "01"])[:3]
    sources[0]["date"] = {"year": int(y), "month": int(m), "day": int(dd)}


def _note_lines(sources: list[Any]) -> None:
    note = str(sources[0].get("note") or "read in the stored copy. The page gives the day")
    words = note.split()
    half = max(1, len(words) // 2)
    sources[0]["note"] = [" ".join(words[:half]), " ".join(words[half:]) or "(continued)"]


#: (label, the change of the list, the field an error must name, relative to the source ``{s0}`` or the list ``{at}``).
SOURCE_FORMS: tuple[tuple[str, Callable[[list[Any]], Any], str, bool], ...] = (
    ("the source written as its address alone", lambda s: [s[0]["url"], *s[1:]], "{s0}", False),
    ("the list written as a mapping keyed by address", lambda s: {x["url"]: {k: v for k, v in x.items() if k != "url"} for x in s},
     "{at}", False),
    ("the address as a list of two", lambda s: (_set0("url", [s[0]["url"], s[0]["url"] + "?print=1"])(s), s)[1], "{s0}.url", False),
    ("the date as a mapping of year, month and day", lambda s: (_date_mapping(s), s)[1], "{s0}.date", False),
    ("the note as a list of lines", lambda s: (_note_lines(s), s)[1], "{s0}.note", False),
    ("the kind capitalised (Primary/Secondary)", lambda s: (_set0("kind", str(s[0]["kind"]).capitalize())(s), s)[1], "{s0}.kind", False),
    ("an empty title", lambda s: (_set0("title", "")(s), s)[1], "{s0}.title", False),
    ("the publisher written ~", lambda s: (_set0("publisher", None)(s), s)[1], "{s0}.publisher", False),
    ("the title left with no value (title:)", lambda s: (_set0("title", None)(s), s)[1], "{s0}.title", False),
    ("the note written as the text None (an import's str(None))", lambda s: (_set0("note", "None")(s), s)[1], "{s0}.note", False),
    ("the publisher written as the text nan (a spreadsheet's empty cell)", lambda s: (_set0("publisher", "nan")(s), s)[1],
     "{s0}.publisher", False),
    ("the address ending in a no-break space", lambda s: (_set0("url", s[0]["url"] + "\u00a0")(s), s)[1], "{s0}.url", False),
    ("the key kind written Kind", lambda s: (_rename0("kind", "Kind")(s), s)[1], "{s0}", False),
)


def source_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for kind, rel, at in r30.spots(data):
        s0 = r30._src(at)
        for label, change, field, valid in SOURCE_FORMS:
            out.append(Case(f"{kind}:{Path(rel).stem}:{at}: {label}", SOURCES, (rel,), edit=_on_list(rel, at, change),
                            fields=(field.format(s0=s0, at=at),), valid=valid, why=label))
    return out


#: (label, the key of a table's first source, the value written).
TABLE_FORMS: tuple[tuple[str, str, Any], ...] = (
    ("a lookup table's source: its title left with no value", "title", None),
    ("a lookup table's source: its publisher written as the text nan", "publisher", "nan"),
)


def table_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for path in sorted((data / "lookups").glob("*.yaml")):
        rel = f"lookups/{path.name}"
        if not _load(data, rel).get("sources"):
            continue
        for label, key, value in TABLE_FORMS:
            def change(o: dict[str, Any], key: str = key, value: Any = value) -> None:
                o["sources"][0][key] = value
            out.append(Case(f"{rel}: {label}", TABLES, (rel,), edit=_edit(rel, change), fields=(f"sources.0.{key}",), why=label))
    return out


def _text(rel: str, change: Callable[[Any, str, str], str]) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        p = data / rel
        p.write_bytes(change(_load(data, rel), p.read_text(encoding="utf-8"), Path(rel).parent.name).encode("utf-8"))
    return edit


def _key_renamed(obj: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    return {(new if k == old else k): v for k, v in obj.items()}


def _id_key(obj: dict[str, Any]) -> str:
    return "iso3" if "iso3" in obj and "id" not in obj else "id"


def _optional_null(folder: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """The record with its first text field whose model's default is None (left out, it is none) written with no value
    (``~``); else a ``note`` (every kind's, default None) written so."""
    from iccwatch.dataset.records import KINDS

    fields = KINDS[folder][0].model_fields

    def change(o: dict[str, Any]) -> dict[str, Any]:
        for k, v in o.items():
            if k in fields and not fields[k].is_required() and fields[k].default is None and isinstance(v, str):
                return {**o, k: None}
        return {**o, "note": None}
    return change


def _empty_item(o: dict[str, Any]) -> dict[str, Any]:
    """The record's first list with an empty item (``-`` alone) after its first item."""
    for k, v in o.items():
        if isinstance(v, list) and v:
            return {**o, k: [v[0], None, *v[1:]]}
    raise ValueError("no list")


#: (label, valid, the new text from (the record, its text, its folder), the fields an error may name (any, if empty)).
SHAPE_FORMS: tuple[tuple[str, bool, Callable[[Any, str, str], str], tuple[str, ...]], ...] = (
    ("the key id with a trailing space", False,
     lambda o, t, f: r31.dump_yaml(_key_renamed(o, _id_key(o), _id_key(o) + " ")), ()),
    ("the key id with a Cyrillic look-alike letter", False,
     lambda o, t, f: r31.dump_yaml(_key_renamed(o, _id_key(o), _lookalike(_id_key(o)))), ()),
    ("the id's value with a Cyrillic look-alike letter", False,
     lambda o, t, f: r31.dump_yaml({**o, _id_key(o): _lookalike(str(o[_id_key(o)]))}), ()),
    ("an optional field of the record left with no value", False, lambda o, t, f: r31.dump_yaml(_optional_null(f)(o)), ()),
    ("a list of the record with an empty item", False, lambda o, t, f: r31.dump_yaml(_empty_item(o)), ()),
    ("the record written as a one-item list", False, lambda o, t, f: r31.dump_yaml([o]), ()),
    ("the record nested under its own id", False, lambda o, t, f: r31.dump_yaml({str(o[_id_key(o)]): o}), ()),
    ("the record written as one string of JSON (encoded twice)", False,
     lambda o, t, f: r31.dump_yaml(json.dumps(o, ensure_ascii=False)), ()),
    ("the record written as JSON (valid: the same record)", True, lambda o, t, f: json.dumps(o, ensure_ascii=False, indent=1) + "\n", ()),
)


def shape_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for folder in FOLDERS:
        rel = r38._first(data, folder)
        for label, valid, change, fields in SHAPE_FORMS:
            out.append(Case(f"{rel}: {label}", SHAPES, (rel,), edit=_text(rel, change), fields=fields, valid=valid, why=label))
    return out


def cross_cases(data: Path) -> list[Case]:
    out: list[Case] = []

    def case(label: str, files: tuple[str, ...], edit: Callable[[Path], None], fields: tuple[str, ...], valid: bool = False) -> None:
        out.append(Case(f"{files[0]}: {label}", CROSS, files, edit=edit, fields=fields, valid=valid, why=label))

    def redated(rel: str, old: str, new: str, label: str, fields: tuple[str, ...], valid: bool = False,
                change: Callable[[dict[str, Any]], None] | None = None) -> None:
        """The record moved to another day, its id (which begins with or holds its day) and file renamed with it."""
        moved = f"{Path(rel).parent}/{Path(rel).stem.replace(old, new)}.yaml"

        def edit(data: Path) -> None:
            obj = _load(data, rel)
            obj["id"], obj["date"] = str(obj["id"]).replace(old, new), new
            if change is not None:
                change(obj)
            (data / rel).unlink()
            _write(data, moved, obj)
        case(label, (moved,), edit, fields, valid=valid)

    rs = "responses/2013-02-13-asp-president-letter-chad.yaml"
    redated(rs, "2013-02-13", "2010-08-01", "a response dated before the decision it answers (2010-08-01 < 2010-08-27)", ("date", "decision"))
    redated(rs, "2013-02-13", "2010-08-28", "a response dated the day after the decision it answers (valid: 2010-08-28)", (), valid=True)
    rq = "requests/2009-03-06-icc-omar-hassan-ahmad-al-bashir-jor.yaml"
    redated(rq, "2009-03-06", "2009-03-01", "a request for arrest dated before any warrant of its person (2009-03-01 < 2009-03-04)",
            ("date", "person"))
    redated(rq, "2009-03-06", "2009-03-04", "a request for arrest dated the day the warrant was issued (valid: 2009-03-04)", (), valid=True)
    ev = "events/2010-07-21-omar-hassan-ahmad-al-bashir-chad.yaml"
    de = "decisions/2010-08-27-chad.yaml"
    redated(ev, "2010-07-21", "2010-09-01", "a trip a decision names, moved after the decision (2010-09-01 > 2010-08-27)", ("date", "events"))
    moved_trip = out[-1]

    def trip_and_reference(data: Path, edit: Callable[[Path], None] = moved_trip.edit) -> None:  # type: ignore[assignment]
        edit(data)
        r31._set(de, "events", [str(e).replace("2010-07-21", "2010-09-01") for e in _load(data, de)["events"]])(data)
    out[-1] = Case(moved_trip.id, CROSS, (de, *moved_trip.files), edit=trip_and_reference, fields=("events", "date"),
                   why=moved_trip.why)
    me = "measures/alb-2022-03-02-situation-referral-ukraine.yaml"
    redated(me, "2022-03-02", "2002-03-02", "a State's referral dated before the Court's jurisdiction began (2002-03-02 < 2002-07-01)",
            ("date", "state"))
    redated(me, "2022-03-02", "2021-03-02", "a State's referral dated before the situation's first referral (2021-03-02 < 2022-03-01)",
            ("date",))
    return out


def cases(data: Path) -> list[Case]:
    return [*source_cases(data), *shape_cases(data), *table_cases(data), *cross_cases(data)]


outcome = r38.outcome
classify = r38.classify
base_copy = r38.base_copy


def run(out: Path) -> None:
    sweep_runner.run(out, base_copy, cases, outcome)


def table(before: Path, after: Path | None = None) -> str:
    return r30.table(before, after)


if __name__ == "__main__":
    sweep_runner.main(sys.argv[1:], run, table, base_copy, cases)
