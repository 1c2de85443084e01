"""Round thirty's sweep (not a test; tests/dataset/ROUND30.md): the sources a reviewer doubts. Every case is a record that
looks well formed but whose citation cannot be trusted.

The spots are read from the base record: for every kind of record that carries sources (``record_walks.KINDS_WITH_SOURCES``),
the first record of the base (by file name) holding a source list, and in it the first list (the record's own, else the
first sub-record's: a State's participation, a warrant's status). The publishers are read from the base's
``publishers.yaml``: for every class the policy does not count as primary (``grading.PRIMARY_CLASSES``), the first domain
of that class at each grade. The host forms (``www.``, ``m.``, ``amp.``, capitals, a final dot) and the wrappers (an archive
capture, a search engine's cache, a translation proxy, a shortener) are applied to one page of a news outlet. Groups:

- **primary from a publisher the policy does not count as primary**: the first source of the spot moved to a page of that
  domain, still ``kind: primary``; a grade-X domain (a content farm, a wiki mirror, a scraper ...) cited at all;
- **the page under another form**: one news page, cited as primary, under each host form and each wrapper; a capture of
  a grade-X page, and of an unlisted site, cited as a copy (secondary, ``copy_of``); a capture of the Court's page cited as
  a copy (valid);
- **no address, or a document number of the wrong form**: the address removed, empty, not http(s), without its scheme; a
  pinpoint that is a Court filing number, an Assembly document number or a depositary notification written wrongly;
- **dates**: a source dated after ``checked_through``; years before the fact it states; a date that is not a date; a
  search for the missing primary made on a day in the future;
- **the fact's sources**: a fact whose sources are all secondary with no ``primary_gap``; a ``primary_gap`` on a fact that
  cites a read primary; one source listed twice; a pinpoint empty, blank, or not text;
- **one address, two descriptions**: a source of the spot cited again in another record with another publisher, or
  graded secondary where the first record grades it primary.

Each answer is classified as round twenty-nine's (``round29_sweep.classify``): refused, named (a new error names the file,
the record and the source's field); refused by another rule; warned; named partly; silent; crash; valid.

    PYTHONPATH=src python -m tests.dataset.round30_sweep OUT.json
    PYTHONPATH=src python -m tests.dataset.round30_sweep table BEFORE.json [AFTER.json]
"""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.dataset import round27_sweep as r27
from tests.dataset import round29_sweep as r29
from tests.dataset import sweep_runner

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

Case = r29.Case
REMOVE = r27._REMOVE

#: The base's Court page (a primary page a capture may copy) and a news page's path.
COURT_PAGE = "https://www.icc-cpi.int/darfur/albashir"
PAGE_PATH = "/2019/04/11/a-report.html"
#: A capture's timestamp (after every base record's source date is not needed: the capture is cited with no date).
STAMP = "20240101000000"


def _load(data: Path, rel: str) -> dict[str, Any]:
    return load_yaml((data / rel).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _sources_at(obj: dict[str, Any]) -> str | None:
    """The dotted path of the record's first source list: its own, else its first sub-record's."""
    if isinstance(obj.get("sources"), list) and obj["sources"]:
        return "sources"
    for name, value in obj.items():
        if isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, dict) and isinstance(item.get("sources"), list) and item["sources"]:
                    return f"{name}.{i}.sources"
    return None


def _sub_sources_at(obj: dict[str, Any]) -> str | None:
    """The dotted path of the record's first sub-record's source list (a participation's, a status's, an office's)."""
    for name, value in obj.items():
        if isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, dict) and isinstance(item.get("sources"), list) and item["sources"]:
                    return f"{name}.{i}.sources"
    return None


def spots(data: Path, sub: bool = False) -> list[tuple[str, str, str]]:
    """(kind, file under data/, the dotted path of its source list) for each kind that carries sources: the first
    record's first list; with ``sub``, the first sub-record's list of each kind that has one."""
    from iccwatch.dataset.record_walks import KINDS_WITH_SOURCES

    out = []
    for kind in KINDS_WITH_SOURCES:
        for p in sorted((data / kind).glob("*.yaml")):
            at = (_sub_sources_at if sub else _sources_at)(_load(data, f"{kind}/{p.name}"))
            if at is not None:
                out.append((kind, f"{kind}/{p.name}", at))
                break
    return out


#: On a sub-record's list (swept after the record's own), the labels of each group kept (the rest is the same code).
SUB_LABELS = ("newspaper_or_broadcaster graded B", "graded X", "an archive capture of an unlisted site", "the address removed",
              "a Court filing number written wrongly", "a source dated after checked_through", "four years before",
              "a date that is not a date", "every source secondary", "one source listed twice", "an empty pinpoint")


def publishers(data: Path) -> list[dict[str, Any]]:
    """The first domain of each class outside the policy's primary classes, at each grade (a row without
    ``may_be_primary``), from the base's table."""
    from iccwatch.dataset.grading import PRIMARY_CLASSES

    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for row in sorted(_load(data, "lookups/publishers.yaml")["publishers"], key=lambda r: r["domain"]):
        if row["class"] in PRIMARY_CLASSES or row.get("may_be_primary"):
            continue
        seen.setdefault((row["class"], row["grade"]), row)
    return [seen[k] for k in sorted(seen)]


def _news_domain(data: Path) -> str:
    """The first grade-B newspaper of the base's table: the page the host forms are written on."""
    return next(r["domain"] for r in sorted(_load(data, "lookups/publishers.yaml")["publishers"], key=lambda r: r["domain"])
                if r["class"] == "newspaper_or_broadcaster" and r["grade"] == "B" and r["domain"].count(".") == 1)


def _listed(data: Path) -> set[str]:
    return {r["domain"] for r in _load(data, "lookups/publishers.yaml")["publishers"]}


def host_forms(domain: str) -> dict[str, str]:
    """One page of ``domain`` under each form of its host and each wrapper (name -> address)."""
    page = f"https://{domain}{PAGE_PATH}"
    return {
        "www.": f"https://www.{domain}{PAGE_PATH}",
        "m.": f"https://m.{domain}{PAGE_PATH}",
        "amp.": f"https://amp.{domain}{PAGE_PATH}",
        "an upper-case host": f"https://{domain.upper()}{PAGE_PATH}",
        "a final dot on the host": f"https://{domain}.{PAGE_PATH}",
        "an archive capture": f"https://web.archive.org/web/{STAMP}/{page}",
        "an archive capture of the http www. form": f"https://web.archive.org/web/{STAMP}/http://www.{domain}{PAGE_PATH}",
        "an archive.today capture": f"https://archive.ph/{STAMP}/{page}",
        "a search engine's cache": f"https://webcache.googleusercontent.com/search?q=cache:{domain}{PAGE_PATH}",
        "a translation proxy": f"https://{domain.replace('-', '--').replace('.', '-')}.translate.goog{PAGE_PATH}",
        "a mirror path": f"https://r.jina.ai/{page}",
        "a URL shortener": "https://bit.ly/3aBcDeF",
    }


def _src(path: str, i: int = 0) -> str:
    return f"{path}.{i}"


def _edit_source(rel: str, at: str, **changes: Any) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        obj = _load(data, rel)
        src = _get(obj, f"{at}.0")
        for k, v in changes.items():
            if v is REMOVE:
                src.pop(k, None)
            else:
                src[k] = v
        (data / rel).write_text(dump_yaml(obj), encoding="utf-8")
    return edit


def _get(obj: Any, path: str) -> Any:
    for k in path.split("."):
        obj = obj[int(k)] if k.isdigit() else obj[k]
    return obj


def _edit_fact(rel: str, at: str, change: Callable[[dict[str, Any], list[dict[str, Any]]], None]) -> Callable[[Path], None]:
    """``change(fact, sources)`` on the fact holding the list at ``at``."""
    def edit(data: Path) -> None:
        obj = _load(data, rel)
        fact = obj if at == "sources" else _get(obj, at.rsplit(".", 1)[0])
        change(fact, fact["sources"])
        (data / rel).write_text(dump_yaml(obj), encoding="utf-8")
    return edit


def _fact_date(data: Path, kind: str, rel: str, at: str) -> str | None:
    from iccwatch.dataset.records import KINDS

    obj = _load(data, rel)
    if at != "sources":
        d = _get(obj, at.rsplit(".", 1)[0]).get("date")
        return str(d) if d else None
    first = r29._first_date(KINDS[kind][0], obj)
    return first[1] if first else None


def _years_before(date: str, years: int) -> str:
    d = dt.date.fromisoformat(date[:10]) if len(date) >= 10 else dt.date(int(date[:4]), 1, 1)
    return d.replace(year=d.year - years, day=min(d.day, 28)).isoformat()


def _checked_through(data: Path, kind: str) -> str:
    meta = _load(data, "meta.yaml")
    return str((meta.get("coverage") or {}).get(kind, {}).get("checked_through") or meta["checked_through"])


def generated(data: Path) -> list[Case]:
    out: list[Case] = []
    pubs = publishers(data)
    news = _news_domain(data)
    listed = _listed(data)
    unlisted = next(d for d in ("example-unlisted-outlet.com", "unlisted-outlet.net") if d not in listed)
    every = spots(data)
    for kind, rel, at, sub in [(*spot, False) for spot in every] + [(*spot, True) for spot in spots(data, sub=True)]:
        s0 = _src(at)
        name = f"{kind}:{Path(rel).stem}:{at}"

        def case(label: str, group: str, edit: Callable[[Path], None], fields: tuple[str, ...] = (s0,), *, valid: bool = False,
                 why: str = "", files: tuple[str, ...] = (rel,), sub: bool = sub, name: str = name) -> None:
            if sub and not any(k in label for k in SUB_LABELS):
                return
            out.append(Case(f"{name}:{label}", group, files, edit=edit, valid=valid, why=why, fields=fields))

        g = "primary from a publisher the policy does not count as primary"
        for row in pubs:
            url = f"https://{row['domain']}{PAGE_PATH}"
            label = f"{row['class']} graded {row['grade']} cited as primary ({row['domain']})"
            case(label, g, _edit_source(rel, at, url=url, kind="primary", publisher=row["name"], copy_of=REMOVE),
                 why=row["reason"][:80])
        g = "the page under another form"
        for form, url in host_forms(news).items():
            case(f"a news page under {form}, cited as primary", g,
                 _edit_source(rel, at, url=url, kind="primary", publisher=news, copy_of=REMOVE), why=url)
        x_row = next(r for r in pubs if r["grade"] == "X")
        x_page = f"https://{x_row['domain']}{PAGE_PATH}"
        case("an archive capture of a grade-X page, cited as a copy", g,
             _edit_source(rel, at, url=f"https://web.archive.org/web/{STAMP}/{x_page}", kind="secondary", copy_of=x_page,
                          publisher="Internet Archive"), why=x_row["reason"][:80])
        u_page = f"https://{unlisted}{PAGE_PATH}"
        case("an archive capture of an unlisted site, cited as a copy", g,
             _edit_source(rel, at, url=f"https://web.archive.org/web/{STAMP}/{u_page}", kind="secondary", copy_of=u_page,
                          publisher="Internet Archive"), why="the wrapped site is classified nowhere")
        case("an archive capture of the Court's page, cited as a copy (valid)", g,
             _edit_source(rel, at, url=f"https://web.archive.org/web/{STAMP}/{COURT_PAGE}", kind="secondary",
                          copy_of=COURT_PAGE, publisher="Internet Archive", date=REMOVE), valid=True,
             why="a capture of a listed page, cited as a copy of it")

        g = "no address, or a document number of the wrong form"
        for label, value in (("the address removed", REMOVE), ("an empty address", ""), ("an ftp address", "ftp://icc-cpi.int/x.pdf"),
                             ("a mailto address", "mailto:pio@icc-cpi.int"), ("a javascript: address", "javascript:alert(1)"),
                             ("a file address", "file:///home/user/decision.pdf"), ("an address without its scheme", "www.icc-cpi.int/news"),
                             ("an address relative to the scheme", "//www.icc-cpi.int/news")):
            case(label, g, _edit_source(rel, at, url=value))
        for label, value in (("a Court filing number written wrongly", "ICC-2/05-01/09-302"),
                             ("a Court filing number with a letter for a digit", "ICC-02/O5-01/09-302"),
                             ("an Assembly document number written wrongly", "ICC-ASP/Res.5"),
                             ("a depositary notification written wrongly", "C.N.185.19.TREATIES-XVIII.10"),
                             ("a depositary notification without its year", "C.N.185.TREATIES-XVIII.10")):
            case(label, g, _edit_source(rel, at, pinpoint=value), fields=(f"{s0}.pinpoint",), why=value)

        g = "dates"
        after = (dt.date.fromisoformat(_checked_through(data, kind)[:10]) + dt.timedelta(days=40)).isoformat()
        case("a source dated after checked_through", g, _edit_source(rel, at, date=after), why=after)
        fact_date = _fact_date(data, kind, rel, at)
        if fact_date:
            early = _years_before(fact_date, 4)
            case("a source dated four years before the fact it states", g, _edit_source(rel, at, date=early, note=REMOVE),
                 why=f"fact {fact_date}, source {early}")
        for label, value in (("a date that is not a date", "last week"), ("a month 13", "2019-13-01"), ("a 30 February", "2019-02-30"),
                             ("a date written day first", "11/04/2019"), ("a date as a number", 20190411)):
            case(label, g, _edit_source(rel, at, date=value), why=str(value))

        def _future_search(fact: dict[str, Any], srcs: list[dict[str, Any]]) -> None:
            fact["primary_gap"] = "The order itself was searched for and not found in the stored material."
            fact["searched"] = [{"on": "2099-01-01", "route": "court-releases", "detail": "the Court's releases by title"}]
        case("a search for the primary made on a day in the future", g, _edit_fact(rel, at, _future_search),
             fields=(at.rsplit(".", 1)[0] + ".searched" if at != "sources" else "searched",), why="searched.on 2099-01-01")

        g = "the fact's sources"
        own = at.rsplit(".", 1)[0] + "." if at != "sources" else ""

        def _all_secondary(fact: dict[str, Any], srcs: list[dict[str, Any]]) -> None:
            for s in srcs:
                s["kind"] = "secondary"
            fact.pop("primary_gap", None)
            fact.pop("searched", None)
        case("every source secondary, no primary_gap", g, _edit_fact(rel, at, _all_secondary),
             fields=(at, own + "primary_gap"))

        def _gap_with_primary(fact: dict[str, Any], srcs: list[dict[str, Any]]) -> None:
            srcs[0].update(url=COURT_PAGE, kind="primary", publisher="International Criminal Court")
            srcs[0].pop("copy_of", None)
            fact["primary_gap"] = "No primary source states this fact; only news reports were found."
        case("a primary_gap beside a read primary", g, _edit_fact(rel, at, _gap_with_primary),
             fields=(at, own + "primary_gap"))
        case("one source listed twice", g, _edit_fact(rel, at, lambda f, s: s.append(dict(s[0]))), fields=(at,))
        for label, value in (("an empty pinpoint", ""), ("a blank pinpoint", "   "), ("a pinpoint that is a number", 12),
                             ("a pinpoint that is a list", ["p. 3"]), ("a pinpoint that is a mapping", {"page": 3})):
            case(label, g, _edit_source(rel, at, pinpoint=value), fields=(f"{s0}.pinpoint",), why=repr(value))

    # one address, two descriptions: the first spot's first source cited again in the next kind's record
    g = "one address, two descriptions"
    for (k1, rel1, at1), (k2, rel2, at2) in zip(every, every[1:] + every[:1], strict=True):
        listed = _get(_load(data, rel1), at1)
        # a source that names its publisher (not as a domain: "jpost.com" is not compared with a name)
        first = next((s for s in listed if s.get("publisher") and " " in s["publisher"]), listed[0])
        other_kind = {"kind": "secondary" if first["kind"] == "primary" else "primary"}
        for label, changes in ((("another publisher", {"publisher": "Another Publisher Ltd"}),)
                               if " " in (first.get("publisher") or "") else ()) + (
                ("another grade", other_kind),):
            again = {**first, **changes}

            def add(data: Path, rel2: str = rel2, at2: str = at2, again: dict[str, Any] = again) -> None:
                obj = _load(data, rel2)
                _get(obj, at2).append(again)
                (data / rel2).write_text(dump_yaml(obj), encoding="utf-8")
            out.append(Case(f"{k2}:{Path(rel2).stem}:{at2}:an address of {k1} cited with {label}", g, (rel2, rel1), edit=add,
                            fields=(at2, at1), why=f"{first['url']} {changes}"))
    return out


def cases(data: Path) -> list[Case]:
    return generated(data)


def base_copy(target: Path) -> Path:
    """Round twenty-nine's base (the small record, round four's extras, the links it held nowhere)."""
    return r29.base_copy(target)


def outcome(c: Case, data: Path) -> tuple[str, list[str]]:
    """The case checked on the base at ``data`` (restored after), classified by ``classify``."""
    if data not in r29._BASE:
        r29._BASE[data] = {str(p) for p in check_dataset(data)[1]}
    snap = r29._snapshot(data)
    try:
        assert c.edit is not None
        c.edit(data)
        problems = [p for p in check_dataset(data)[1] if str(p) not in r29._BASE[data]]
    except Exception:
        return "crash", [traceback.format_exc()[-400:]]
    finally:
        r29._restore(data, snap)
    return classify(c, problems)


def classify(c: Case, problems: list[Any]) -> tuple[str, list[str]]:
    """Round twenty-nine's classes; "named" is an error on one of the case's files, with a record, whose field is (or is
    inside) one of the case's fields (``sources.0`` names ``sources.0.url``)."""
    names = {f"data/{f}" for f in c.files}
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity != "error"]

    def named(p: Any) -> bool:
        if p.file not in names or not p.record or not p.field:
            return False
        field = r27._dotted(p.field)
        return any(field == f or field.startswith(f + ".") for f in c.fields)
    shown = [str(p)[:220] for p in errors[:2]]
    if c.valid:
        return "valid", shown
    if any(named(p) for p in errors):
        return "refused, named", [str(p)[:220] for p in errors if named(p)][:2]
    if errors:
        return "named partly", shown
    if any(named(p) for p in warnings):
        return "warned", [str(p)[:220] for p in warnings if named(p)][:2]
    return "silent", [str(p)[:220] for p in warnings[:2]]


def run(out: Path) -> None:
    sweep_runner.run(out, base_copy, cases, outcome)


CLASSES = ["refused, named", "warned", "named partly", "silent", "crash", "valid"]


def table(before: Path, after: Path | None = None) -> str:
    r29.CLASSES[:] = CLASSES
    return r29.table(before, after)


if __name__ == "__main__":
    sweep_runner.main(sys.argv[1:], run, table)
