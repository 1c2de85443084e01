"""Round forty's sweep (not a test; tests/dataset/ROUND40.md): a State's end and its successors, a page pinpoint against
the pages of its source, one source cited twice under two forms of its address, a single-line text or an address as a
careless paste leaves it, and the table of placeholder words (the words round 39 wrote in the checker's code).

- **a State's fact after it ended** (``end_cases``, on round 37's 21 spots where a State acts on a day): South Sudan put
  in the spot (as round 37 did), its ``since`` taken out and an ``ended`` written the day before the fact (bad) or on
  the fact's day (valid, where round 37 had a same-day control);
- **a State's end against its record** (``end_record_cases``, by hand): an end before the State came into being, a
  successor the record does not hold, the State as its own successor, a successor named twice, a successor that had
  itself ended before, an end with no sources, an end written as a bare date, an end after the record's cut-off;
  valid: an end with a successor of the record and no fact after it;
- **a page pinpoint against its source's pages** (``PAGE_FORMS`` on round 30's twelve spots, the first source of each):
  a page named on a source with no pages (``pages: 0``: ``p. 12``, ``pág. 3``, ``Seite 4``), a page beyond the count
  (``p. 40``, ``pp. 10-14``, ``pages 3, 7 and 19`` on 12 pages), the count as text and below zero; valid: ``p. 12`` of
  20 pages, ``para. 12`` on a source with no pages;
- **one source cited twice under two forms of its address** (``SAME_FORMS`` on the twelve spots): the first source
  copied after itself with its address ending in ``/`` (or without it), with the other scheme, with ``www.`` added or
  taken off, with its query's parameters in the other order (or ``?`` alone); valid: the page cited again for another
  place (another pinpoint);
- **a text or an address as a careless paste leaves it** (``PASTE_FORMS`` on the twelve spots): two spaces in a row in
  the publisher and in the title, the address carrying a campaign's tracking parameters (``utm_source``) or a click
  id (``fbclid``);
- **the table of placeholder words** (``table_cases``, on a copy of the bundled ``lookups/placeholder_words.yaml``): an
  entry without its reason or its pattern, a pattern that is no regular expression or matches the empty text, a reason
  written ``TODO``, no entry, the entries as a mapping; valid: the table as bundled.

Classes as round thirty-eight's. "Before" is main's ``src/`` at the branch point (5a746d93).

    PYTHONPATH=src python -m tests.dataset.round40_sweep OUT.json
    PYTHONPATH=src python -m tests.dataset.round40_sweep table BEFORE.json AFTER.json
"""

from __future__ import annotations

import copy
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.dataset import round29_sweep as r29
from tests.dataset import round30_sweep as r30
from tests.dataset import round31_sweep as r31
from tests.dataset import round37_sweep as r37
from tests.dataset import round38_sweep as r38
from tests.dataset import round39_sweep as r39
from tests.dataset import sweep_runner

Case = r29.Case
_load, _write, _edit = r31._load, r31._write, r37._edit
ENDS = "a State's fact after it ended"
END_RECORD = "a State's end against its record"
PAGES = "a page pinpoint against its source's pages"
SAME = "one source cited twice under two forms of its address"
PASTES = "a text or an address as a careless paste leaves it"
TABLE = "the table of placeholder words"
AGAIN = "kinds the brief named, refused already (regressions)"
NEW = r37.NEW
ENDED = ("its ended",)
REPO_DATA = r31.REPO_DATA
PLACEHOLDERS = "lookups/placeholder_words.yaml"


def _last_day(date: str) -> str:
    if len(date) == 10:
        return date
    if len(date) == 7:
        return (dt.date.fromisoformat(r31._days(date + "-01", 32)[:7] + "-01") - dt.timedelta(days=1)).isoformat()
    return f"{date}-12-31"


def _ended(day: str, **more: Any) -> Callable[[Path], None]:
    """South Sudan's ``since`` taken out and an ``ended`` on ``day`` written in its place (its since's sources)."""
    def change(o: dict[str, Any]) -> None:
        since = o.pop("since")
        o["ended"] = {"date": day, "sources": copy.deepcopy(since["sources"]), **more}
    return _edit(f"states/{NEW}.yaml", change)


def end_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for label, rel, field, date, change in r37._state_spots(data):
        last = _last_day(date)
        for valid, end in ((False, r31._days(date if len(date) == 10 else date + "-01", -1)), (True, last)):
            if valid and label.startswith(r37.NO_CONTROL):
                continue
            tag = f"ended {end}" + (" (valid: the fact's last day)" if valid else "")
            out.append(Case(f"{rel}: {label} ({NEW}), dated {date}, {tag}", ENDS, (rel,),
                            edit=r29._do(_edit(rel, change), _ended(end)), fields=(field,), valid=valid,
                            why=f"{field} {NEW} on {date}, ended {end}", mentions=() if valid else ENDED))
    return out


def end_record_cases(data: Path) -> list[Case]:
    own = f"states/{NEW}.yaml"
    out: list[Case] = []

    def case(label: str, edit: Callable[[Path], None], fields: tuple[str, ...], mentions: tuple[str, ...] = (),
             valid: bool = False) -> None:
        out.append(Case(f"{own}: {label}", END_RECORD, (own,), edit=edit, fields=fields, valid=valid, why=label, mentions=mentions))

    def ended(change: Callable[[dict[str, Any]], None]) -> Callable[[Path], None]:
        def edit(o: dict[str, Any]) -> None:
            o["ended"] = {"date": "2026-05-01", "successors": ["SDN"], "sources": copy.deepcopy(o["since"]["sources"])}
            change(o)
        return _edit(own, edit)

    case("an end before the State came into being (2011-07-01 < since 2011-07-09)",
         ended(lambda o: o["ended"].update(date="2011-07-01")), ("ended.date",), ("came into being",))
    case("a successor the record does not hold (YUG)", ended(lambda o: o["ended"].update(successors=["YUG"])),
         ("ended.successors.0",), ("not a State of the record",))
    case("the State named as its own successor", ended(lambda o: o["ended"].update(successors=[NEW])), ("ended.successors.0",),
         ("own successor",))
    case("a successor named twice", ended(lambda o: o["ended"].update(successors=["SDN", "SDN"])), ("ended.successors.1",),
         ("twice",))
    case("a successor that had itself ended before (SDN ended 2012-01-01)",
         r29._do(ended(lambda o: None), _edit("states/SDN.yaml", lambda o: o.update(
             ended={"date": "2012-01-01", "sources": copy.deepcopy(o["sources"][:1])}))), ("ended.successors.0",),
         ("had itself ended",))
    case("an end with no sources", ended(lambda o: o["ended"].pop("sources")), ("ended.sources",))
    case("an end written as a bare date", ended(lambda o: o.update(ended="2026-05-01")), ("ended",))
    case("an end after the record's cut-off (2031-01-01)", ended(lambda o: o["ended"].update(date="2031-01-01")), ("ended.date",))
    case("an end with a successor of the record and no fact after it (valid)", ended(lambda o: None), (), valid=True)
    return out


def _src0(change: Callable[[dict[str, Any]], None]) -> Callable[[list[Any]], Any]:
    def on(sources: list[Any]) -> list[Any]:
        change(sources[0])
        return sources
    return on


#: (label, pages, pinpoint, valid, the field an error names, relative to the source).
PAGE_FORMS: tuple[tuple[str, Any, str, bool, str], ...] = (
    ("a page on a source with no pages (pages: 0, p. 12)", 0, "p. 12", False, "pinpoint"),
    ("a page on a source with no pages (pages: 0, pág. 3)", 0, "pág. 3", False, "pinpoint"),
    ("a page on a source with no pages (pages: 0, Seite 4)", 0, "Seite 4", False, "pinpoint"),
    ("a page beyond the count (pages: 12, p. 40)", 12, "p. 40", False, "pinpoint"),
    ("a range ending beyond the count (pages: 12, pp. 10-14)", 12, "pp. 10-14", False, "pinpoint"),
    ("a list ending beyond the count (pages: 12, pages 3, 7 and 19)", 12, "pages 3, 7 and 19", False, "pinpoint"),
    ("the count written as text (pages: '12')", "12", "p. 3", False, "pages"),
    ("the count below zero (pages: -1)", -1, "p. 3", False, "pages"),
    ("a page within the count (valid: pages: 20, p. 12)", 20, "p. 12", True, ""),
    ("a paragraph on a source with no pages (valid: pages: 0, para. 12)", 0, "para. 12", True, ""),
)


def page_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for kind, rel, at in r30.spots(data):
        s0 = r30._src(at)
        for label, pages, pin, valid, field in PAGE_FORMS:
            change = _src0(lambda s, pages=pages, pin=pin: s.update(pages=pages, pinpoint=pin))
            out.append(Case(f"{kind}:{Path(rel).stem}:{at}: {label}", PAGES, (rel,), edit=r39._on_list(rel, at, change),
                            fields=() if valid else (f"{s0}.{field}",), valid=valid, why=label,
                            mentions=("pages",) if field == "pinpoint" else ()))
    return out


def _scheme(url: str) -> str:
    return url.replace("https://", "http://", 1) if url.startswith("https://") else url.replace("http://", "https://", 1)


def _www(url: str) -> str:
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{rest[4:]}" if rest.startswith("www.") else f"{scheme}://www.{rest}"


def _slash(url: str) -> str:
    base, hash_, frag = url.partition("#")
    head, q, query = base.partition("?")
    head = head[:-1] if head.endswith("/") and head.count("/") > 3 else head + "/"
    return head + q + query + hash_ + frag


def _query(url: str) -> str:
    base, hash_, frag = url.partition("#")
    head, q, query = base.partition("?")
    parts = query.split("&") if q else []
    return head + ("?" + "&".join(reversed(parts)) if len(parts) > 1 else "?") + hash_ + frag


#: (label, the second citation's address from the first's, valid (the second cites another place)).
SAME_FORMS: tuple[tuple[str, Callable[[str], str], bool], ...] = (
    ("the same source again, its address with or without a final /", _slash, False),
    ("the same source again, its address with the other scheme", _scheme, False),
    ("the same source again, its address with www. added or taken off", _www, False),
    ("the same source again, its query's parameters in another order (or ? alone)", _query, False),
    ("the same page again for another place (valid: another pinpoint)", _slash, True),
)


def same_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for kind, rel, at in r30.spots(data):
        for label, form, valid in SAME_FORMS:
            def change(sources: list[Any], form: Callable[[str], str] = form, valid: bool = valid) -> list[Any]:
                again = {**copy.deepcopy(sources[0]), "url": form(sources[0]["url"])}
                if valid:
                    again["pinpoint"] = "the second place named (section 9)"
                return [sources[0], again, *sources[1:]]
            out.append(Case(f"{kind}:{Path(rel).stem}:{at}: {label}", SAME, (rel,), edit=r39._on_list(rel, at, change),
                            fields=() if valid else (r30._src(at, 1),), valid=valid, why=label))
    return out


def _tracked(query: str) -> Callable[[str], str]:
    def add(url: str) -> str:
        base, hash_, frag = url.partition("#")
        return base + ("&" if "?" in base else "?") + query + hash_ + frag
    return add


def _two_spaces(text: str) -> str:
    return text.replace(" ", "  ", 1) if " " in text else text + "  report"


#: (label, the key of the first source, the new value from the old (or the source's address)).
PASTE_FORMS: tuple[tuple[str, str, Callable[[str], str]], ...] = (
    ("two spaces in a row in the publisher", "publisher", _two_spaces),
    ("two spaces in a row in the title", "title", _two_spaces),
    ("the address carrying a campaign's tracking parameters (utm_source, utm_medium)", "url",
     _tracked("utm_source=twitter&utm_medium=social")),
    ("the address carrying a click id (fbclid)", "url", _tracked("fbclid=IwAR0abcdef123")),
)


def paste_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for kind, rel, at in r30.spots(data):
        for label, key, form in PASTE_FORMS:
            def change(s: dict[str, Any], key: str = key, form: Callable[[str], str] = form) -> None:
                s[key] = form(str(s.get(key) or ("The Publisher of Record" if key == "publisher" else "A Title of the Page")))
            out.append(Case(f"{kind}:{Path(rel).stem}:{at}: {label}", PASTES, (rel,), edit=r39._on_list(rel, at, _src0(change)),
                            fields=(f"{r30._src(at)}.{key}",), why=label))
    return out


def _table(change: Callable[[dict[str, Any]], Any]) -> Callable[[Path], None]:
    """The bundled table copied into the base with ``change`` made to it (what ``change`` returns is not read)."""
    def edit(data: Path) -> None:
        obj = _load(REPO_DATA, PLACEHOLDERS)
        change(obj)
        _write(data, PLACEHOLDERS, obj)
    return edit


def table_cases(data: Path) -> list[Case]:
    out: list[Case] = []

    def case(label: str, change: Callable[[dict[str, Any]], Any], fields: tuple[str, ...], valid: bool = False) -> None:
        out.append(Case(f"{PLACEHOLDERS}: {label}", TABLE, (PLACEHOLDERS,), edit=_table(change), fields=fields, valid=valid, why=label))

    case("an entry without its reason", lambda o: o["words"][0].pop("reason"), ("words.0.reason",))
    case("an entry without its pattern", lambda o: o["words"][1].pop("pattern"), ("words.1.pattern",))
    case("a pattern that is no regular expression ('(todo')", lambda o: o["words"][1].update(pattern="(todo"), ("words.1.pattern",))
    case("a pattern that matches the empty text ('n?a?')", lambda o: o["words"][2].update(pattern="n?a?"), ("words.2.pattern",))
    case("a reason written TODO", lambda o: o["words"][3].update(reason="TODO"), ("words.3.reason",))
    case("no entry (words: [])", lambda o: o.update(words=[]), ("words",))
    case("the entries as a mapping of pattern to reason",
         lambda o: o.update(words={w["pattern"]: w["reason"] for w in o["words"]}), ("words",))
    case("the table as bundled (valid)", lambda o: None, (), valid=True)
    return out


def _withdrawal_in_six_months(o: dict[str, Any]) -> None:
    for a in o["participation"]:
        if a["action"] == "withdrawal_effective":
            a["date"] = r31._days(next(b["date"] for b in o["participation"] if b["action"] == "withdrawal_notified"), 182)
            a.pop("derived_from", None)


def _death_before_surrender(o: dict[str, Any]) -> None:
    o["status_history"].insert(1, {"status": "deceased", "date": "2012-01-01",
                                   "sources": copy.deepcopy(o["status_history"][0]["sources"])})


def _cover_backwards(o: dict[str, Any]) -> None:
    a = next(a for a in o["participation"] if a.get("covers_from") and a.get("covers_to"))
    a["covers_from"], a["covers_to"] = "2014-01-01", "2013-01-01"


def _custody_backwards(o: dict[str, Any]) -> None:
    o.setdefault("custody", []).append({"held_by": "COD", "since": "2013-03-20", "until": "2013-03-18",
                                        "sources": copy.deepcopy(o["status_history"][1]["sources"])})


def _copied_as(rel: str, new: str, key: str, value: str) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        _write(data, new, {**_load(data, rel), key: value})
    return edit


def _bom_inside(rel: str) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        text = (data / rel).read_text(encoding="utf-8")
        i = text.index("\n") + 1
        (data / rel).write_text(text[:i] + "\ufeff" + text[i:], encoding="utf-8")
    return edit


def _first_with(obj: Any, key: str, at: str = "") -> tuple[dict[str, Any], str] | None:
    """The first mapping under ``obj`` holding ``key`` (its sources and about aside), with its dotted path."""
    if isinstance(obj, dict):
        if key in obj and at:
            return obj, at
        for k, v in obj.items():
            if k in ("sources", "about"):
                continue
            if (found := _first_with(v, key, f"{at}.{k}" if at else str(k))) is not None:
                return found
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            if (found := _first_with(v, key, f"{at}.{i}")) is not None:
                return found
    return None


def again_cases(data: Path) -> list[Case]:
    """The brief's kinds the probes found refused already (ROUND40.md), kept as regressions: records against one
    another in the wrong order, ids that collide or only look alike, a byte-order mark inside a file, and each lookup
    table's first entry without its reason (or pattern)."""
    out: list[Case] = []

    def case(label: str, files: tuple[str, ...], edit: Callable[[Path], None], fields: tuple[str, ...]) -> None:
        out.append(Case(f"{files[0]}: {label}", AGAIN, files, edit=edit, fields=fields, why=label))

    kony = "persons/joseph-kony.yaml"
    case("a withdrawal effective six months after its notification", ("states/BDI.yaml",),
         _edit("states/BDI.yaml", _withdrawal_in_six_months), ("participation",))
    case("a surrender after the death the warrant records", ("warrants/bosco-ntaganda-1.yaml",),
         _edit("warrants/bosco-ntaganda-1.yaml", _death_before_surrender), ("status_history",))
    case("a declaration's period ending before it starts", ("states/UKR.yaml",), _edit("states/UKR.yaml", _cover_backwards),
         ("participation",))
    case("a custody spell ending before it starts", ("warrants/bosco-ntaganda-1.yaml",),
         _edit("warrants/bosco-ntaganda-1.yaml", _custody_backwards), ("custody",))
    case("a person copied under the id in capitals", ("persons/Joseph-Kony.yaml",),
         _copied_as(kony, "persons/Joseph-Kony.yaml", "id", "Joseph-Kony"), ("id",))
    case("a person copied under the id with a Unicode hyphen (U+2010)", ("persons/joseph\u2010kony.yaml",),
         _copied_as(kony, "persons/joseph\u2010kony.yaml", "id", "joseph\u2010kony"), ("id",))
    case("a person copied under the id with a final hyphen", ("persons/joseph-kony-.yaml",),
         _copied_as(kony, "persons/joseph-kony-.yaml", "id", "joseph-kony-"), ("id",))
    case("a State's file copied under its code in lower case", ("states/ssd.yaml",),
         _copied_as(f"states/{NEW}.yaml", "states/ssd.yaml", "iso3", NEW), ("iso3",))
    case("a byte-order mark inside a file (after its first line)", (kony,), _bom_inside(kony), ())
    for path in sorted((data / "lookups").glob("*.yaml")):
        rel = f"lookups/{path.name}"
        for key in ("reason", "pattern", "patterns"):
            found = _first_with(_load(data, rel), key)
            if found is None:
                continue
            at = found[1]

            def drop(o: dict[str, Any], key: str = key) -> None:
                entry = _first_with(o, key)
                assert entry is not None
                entry[0].pop(key)
            case(f"a lookup table's first entry without its {key} ({at})", (rel,), _edit(rel, drop), (f"{at}.{key}",))
    return out


def cases(data: Path) -> list[Case]:
    return [*end_cases(data), *end_record_cases(data), *page_cases(data), *same_cases(data), *paste_cases(data), *table_cases(data), *again_cases(data)]


outcome = r38.outcome
classify = r38.classify
base_copy = r38.base_copy


def run(out: Path) -> None:
    sweep_runner.run(out, base_copy, cases, outcome)


def table(before: Path, after: Path | None = None) -> str:
    return r30.table(before, after)


if __name__ == "__main__":
    sweep_runner.main(sys.argv[1:], run, table, base_copy, cases)
