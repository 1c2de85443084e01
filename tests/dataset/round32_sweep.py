"""Round thirty-two's sweep (not a test; tests/dataset/ROUND32.md): the monitor's words (``monitor_words.yaml``), dates
written by hand in forms that are not ISO, references written in another spelling or case, and a State's treaty acts in
an impossible order. Every case is a record or table that looks well formed.

The spots are read from the base (round 31's, with ``data/lookups/monitor_words.yaml`` copied in), not listed by hand:

- **the monitor's words**: every pattern of the first language of ``languages`` (a ``pattern`` field, the first
  ``words`` entry of a relative-date list, the first pattern of each family), every pattern of the tables by language
  (``warrant_issue``, the first gathering's ``words``), each given a pattern that matches without reading a character
  inside a text (``\\b|x``, ``(?=\\w)``), one that matches every text (``.*``) and one that does not compile; every
  list of names of that language (``names``, ``nouns``, ``forms``) given an empty and a blank name and a name listed
  twice; every table of words by language given a word twice and a language key of the wrong form; a weekday's word
  under a second weekday; a language key of the wrong form under ``languages``;
- **dates written by hand**: the first date of each dated record kind (and of a sub-record: a participation, a status),
  written as ``2009-3-4``, ``2009-03-4``, ``2009/03/04``, ``20090304``, ``04.03.2009``, ``4 March 2009``, a date and a
  time without a zone, a date with words after it;
- **a reference by another spelling**: every link of round 29's ``links()`` the base holds, the id written in the
  other case, with ``_`` for ``-``, with ``.yaml`` after it, and with a space after it;
- **treaty acts out of order**: on the base's first State with a ratification and an entry into force of the Rome
  Statute: a withdrawal notified before the ratification, its effect before its notification, a revocation with no
  notification or after the effect, an entry into force before the ratification, the ratification twice, a signature
  after the ratification, an accession beside the ratification, a withdrawal effective with no notification.

Each answer is classified as round thirty's (``round30_sweep.classify``).

    PYTHONPATH=src python -m tests.dataset.round32_sweep OUT.json
    PYTHONPATH=src python -m tests.dataset.round32_sweep table BEFORE.json [AFTER.json]
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tests.dataset import round29_sweep as r29
from tests.dataset import round30_sweep as r30
from tests.dataset import round31_sweep as r31
from tests.dataset import sweep_runner

from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

Case = r29.Case
REPO_DATA = Path(__file__).resolve().parents[2] / "data"
WORDS = "lookups/monitor_words.yaml"
#: Patterns that match without reading a character somewhere inside a text (not at the start of an empty one).
EMPTY_INSIDE = (r"\b|x", r"(?=\w)")
MATCH_ALL = ".*"
BROKEN = "(unclosed"
#: The keys of the monitor's words whose lists are names (words read as written, not patterns).
NAME_KEYS = ("names", "nouns", "forms")
#: The patterns the model lets match nothing (``loader._EmptyOk``).
EMPTY_OK = ("month_before",)
#: How many of a language's trigger families are swept (the model reads each family's patterns alike).
FAMILIES = 6


def _load(data: Path, rel: str) -> Any:
    return load_yaml((data / rel).read_text(encoding="utf-8"))


def _write(data: Path, rel: str, obj: Any) -> None:
    (data / rel).write_text(dump_yaml(obj), encoding="utf-8")


def base_copy(target: Path) -> Path:
    r31.base_copy(target)
    shutil.copy(REPO_DATA / WORDS, target / WORDS)
    return target


def _edit(rel: str, change: Callable[[Any], None]) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        obj = _load(data, rel)
        change(obj)
        _write(data, rel, obj)
    return edit


def _set(rel: str, path: str, value: Any) -> Callable[[Path], None]:
    def change(obj: Any) -> None:
        *head, last = path.split(".")
        into = r30._get(obj, ".".join(head)) if head else obj
        into[int(last) if isinstance(into, list) else last] = value
    return _edit(rel, change)


def _rename_key(rel: str, path: str, old: str, new: str) -> Callable[[Path], None]:
    def change(obj: Any) -> None:
        into = r30._get(obj, path) if path else obj
        into[new] = into.pop(old)
    return _edit(rel, change)


def _days(date: str, n: int) -> str:
    return (dt.date.fromisoformat(date[:10]) + dt.timedelta(days=n)).isoformat()


def _year_after(date: str) -> str:
    """The same day a year later (Art. 127(1)'s day; 28 February for 29 February)."""
    d = dt.date.fromisoformat(date)
    return (d.replace(year=d.year + 1) if (d.month, d.day) != (2, 29) else d.replace(year=d.year + 1, day=28)).isoformat()


def _patterns(obj: Any, at: str) -> Iterator[str]:
    """The dotted path of every pattern under ``obj``: a ``pattern`` field, and the first of each list of entries
    holding one (a family's, a relative date's)."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            here = f"{at}.{k}"
            if k == "pattern" and isinstance(v, str):
                yield here
            elif isinstance(v, list) and v and isinstance(v[0], dict):
                yield from _patterns(v[0], f"{here}.0")
            elif isinstance(v, dict) and k == "families":  # the same rule reads every family: the first FAMILIES of them
                for fam in list(v)[:FAMILIES]:
                    yield from _patterns({fam: v[fam]}, here)
            elif isinstance(v, dict):
                yield from _patterns(v, here)


def _name_lists(obj: Any, at: str) -> Iterator[str]:
    """The dotted path of the first list of names under each key of ``obj`` (a weekday's, a demonym's, a noun list)."""
    seen: set[str] = set()

    def walk(o: Any, here: str, parent: str) -> Iterator[str]:
        if isinstance(o, dict):
            for k, v in o.items():
                if k in NAME_KEYS and isinstance(v, list) and v and all(isinstance(x, str) for x in v):
                    if parent not in seen:
                        seen.add(parent)
                        yield f"{here}.{k}"
                elif isinstance(v, dict):
                    yield from walk(v, f"{here}.{k}", k if parent in ("", "names", "states") else parent)
                elif isinstance(v, list) and v and isinstance(v[0], dict):
                    yield from walk(v[0], f"{here}.{k}.0", k)
    yield from walk(obj, at, "")


def words_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    g = "the monitor's words"
    rel = WORDS
    obj = _load(data, rel)
    lang = next(iter(obj["languages"]))
    first = obj["languages"][lang]

    def case(label: str, edit: Callable[[Path], None], fields: tuple[str, ...], why: str = "", valid: bool = False) -> None:
        out.append(Case(f"{rel}: {label}", g, (rel,), edit=edit, fields=fields, why=why, valid=valid))

    # patterns of one language, and of the tables by language
    paths = list(_patterns(first, f"languages.{lang}"))
    by_language = [f"warrant_issue.nouns.{lang}", f"warrant_issue.verbs.{lang}", f"gatherings.nouns.0.words.{lang}",
                   "gatherings.nouns.0.words.en"]
    for path in [*paths, *by_language]:
        for label, value in (*((f"a pattern that matches an empty text inside a text ({p})", p) for p in EMPTY_INSIDE),
                             (f"a pattern that matches every text ({MATCH_ALL})", MATCH_ALL),
                             ("a pattern that does not compile", BROKEN)):
            # a month's words may match nothing (the model's _EmptyOk: "en mars" or "mars" alone read as the month)
            ok = path.split(".")[-2] in EMPTY_OK and value != BROKEN
            case(f"{path}: {label}{' (valid: may match nothing)' if ok else ''}", _set(rel, path, value),
                 (path.rsplit(".", 1)[0], path), why=repr(value), valid=ok)
    # lists of names of one language
    for path in _name_lists(first, f"languages.{lang}"):
        names = r30._get(obj, path)
        case(f"{path}: an empty name", _set(rel, path, [*names, ""]), (path,))
        case(f"{path}: a blank name", _set(rel, path, [*names, "  "]), (path,))
        case(f"{path}: {names[0]!r} listed twice", _set(rel, path, [*names, names[0]]), (path,))
    # a weekday's word under a second weekday
    days = first["weekdays"]["names"]
    keys = list(days)
    for a, b in zip(keys[:3], keys[1:4], strict=True):
        case(f"languages.{lang}.weekdays.names: {days[a][0]!r} of {a} also under {b}",
             _set(rel, f"languages.{lang}.weekdays.names.{b}", [*days[b], days[a][0]]),
             (f"languages.{lang}.weekdays", f"languages.{lang}"), why="one word read as two weekdays")
    # the tables of words by language
    for table in [k for k, v in obj.items() if isinstance(v, dict) and isinstance(v.get("words"), dict)
                  and all(isinstance(x, list) for x in v["words"].values())]:
        words = obj[table]["words"]
        wl = next(iter(words))
        case(f"{table}.words.{wl}: {words[wl][0]!r} listed twice", _set(rel, f"{table}.words.{wl}", [*words[wl], words[wl][0]]),
             (f"{table}.words.{wl}", f"{table}.words", table))
        case(f"{table}.words.{wl}: an empty word", _set(rel, f"{table}.words.{wl}", [*words[wl], ""]),
             (f"{table}.words.{wl}", f"{table}.words", table))
        for code in (wl.upper(), "xx", "fra"):
            case(f"{table}.words: the language {wl} written {code!r}", _rename_key(rel, f"{table}.words", wl, code),
                 (f"{table}.words", table, f"{table}.words.{code}"))
    # the language keys of the monitor's words
    for code in (lang.upper(), "xx", {"fr": "fra", "es": "spa", "de": "deu", "it": "ita", "pt": "por"}.get(lang, "zzz"), "en"):
        case(f"languages: the language {lang} written {code!r}", _rename_key(rel, "languages", lang, code),
             ("languages", f"languages.{code}"))
    return out


# -- dates written by hand --------------------------------------------------------------------------------------------

def _hand_dates(day: str) -> list[tuple[str, str]]:
    """The day written by hand in forms that are not ISO 8601's (a form that gives the ISO text again is left out)."""
    d = dt.date.fromisoformat(day[:10])
    forms = [("month and day without their zeros", f"{d.year}-{d.month}-{d.day}"),
            ("the day without its zero", f"{d.year}-{d.month:02d}-{d.day}"),
            ("the month without its zero", f"{d.year}-{d.month}-{d.day:02d}"),
            ("with slashes", f"{d.year}/{d.month:02d}/{d.day:02d}"), ("without separators", f"{d.year}{d.month:02d}{d.day:02d}"),
            ("day first, with dots", f"{d.day:02d}.{d.month:02d}.{d.year}"), ("in words", f"{d.day} {d.strftime('%B')} {d.year}"),
            ("with a time and no zone", f"{day[:10]} 12:00:00"), ("with words after it", f"{day[:10]} (approx.)")]
    seen = {day[:10]}
    return [(label, v) for label, v in forms if not (v in seen or seen.add(v))]


#: The date fields read, per kind: (the path to a dated record or sub-record, the date field).
DATED = (("states", "participation.0", "date"), ("warrants", "", "issued"), ("warrants", "status_history.0", "date"),
         ("events", "", "date"), ("decisions", "", "date"), ("statements", "", "date"), ("responses", "", "date"),
         ("situations", "", "referral_date"), ("instruments", "", "adopted"))


def date_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    g = "dates written by hand"
    for kind, at, field in DATED:
        for p in sorted((data / kind).glob("*.yaml")):
            obj = _load(data, f"{kind}/{p.name}")
            holder = r30._get(obj, at) if at else obj
            if isinstance(holder, dict) and holder.get(field):
                break
        else:
            continue
        rel = f"{kind}/{p.name}"
        path = f"{at}.{field}" if at else field
        day = str(holder[field])
        if len(day) < 10:
            continue
        for label, value in _hand_dates(day):
            out.append(Case(f"{rel}: {path} {label} ({value})", g, (rel,), edit=_set(rel, path, value), fields=(path,),
                            why=f"{day} as {value!r}"))
    return out


# -- references by another spelling -----------------------------------------------------------------------------------

def _spellings(value: str, target: str) -> list[tuple[str, str]]:
    other = value.lower() if target == "states" else value.upper()
    out = [("in the other case", other), ("with .yaml after it", value + ".yaml"), ("with a space after it", value + " ")]
    if "-" in value:
        out.append(("with _ for -", value.replace("-", "_")))
    return out


def reference_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    g = "a reference by another spelling"
    recs = r29._records(data)
    done: set[tuple[str, str]] = set()
    for lk in r29.links():
        for key, rec in recs.get(lk.kind, {}).items():
            vals = r29._values(rec, lk.path)
            if not vals:
                continue
            path, value = vals[0]
            if lk.many:
                if not isinstance(value, list) or not value or not isinstance(value[-1], str):
                    continue
                path, value = f"{path}.{len(value) - 1}", value[-1]
            if not isinstance(value, str) or (lk.kind, lk.path) in done:
                continue
            done.add((lk.kind, lk.path))
            rel = f"{lk.kind}/{r29._file_of(data, lk.kind, key)}"
            for label, wrong in _spellings(value, lk.target):
                out.append(Case(f"{rel}: {path} {label} ({wrong!r})", g, (rel,), edit=_set(rel, path, wrong),
                                fields=(path, path.rsplit(".", 1)[0]), why=f"{lk.target} {value!r}"))
            break
    return out


# -- a State's treaty acts out of order -------------------------------------------------------------------------------

def treaty_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    g = "treaty acts out of order"
    for p in sorted((data / "states").glob("*.yaml")):
        st = _load(data, f"states/{p.name}")
        acts = {(a["instrument"], a["action"]): i for i, a in enumerate(st.get("participation") or [])}
        if ("rome-statute", "ratification") in acts and ("rome-statute", "entry_into_force") in acts and not any(
                a[1].startswith("withdrawal") for a in acts):
            break
    else:
        return out
    rel = f"states/{p.name}"
    part = st["participation"]
    rat = part[acts[("rome-statute", "ratification")]]
    eif_i = acts[("rome-statute", "entry_into_force")]
    eif = part[eif_i]
    srcs = rat["sources"]
    n = len(part)

    def act(action: str, date: str, **more: Any) -> dict[str, Any]:
        """A treaty act citing the ratification's own sources (and its ``primary_gap``, where it gives one)."""
        gap = {"primary_gap": rat["primary_gap"]} if rat.get("primary_gap") else {}
        return {"instrument": "rome-statute", "action": action, "date": date, "sources": srcs, **gap, **more}

    def add(*acts_: dict[str, Any]) -> Callable[[Path], None]:
        return _set(rel, "participation", [*part, *acts_])

    at = (f"participation.{n}", f"participation.{n + 1}", f"participation.{n + 2}")
    rday, eday = str(rat["date"]), str(eif["date"])
    cases = [
        ("a withdrawal notified before the ratification", add(act("withdrawal_notified", _days(rday, -30)),
                                                               act("withdrawal_effective", _days(rday, 335))), at[:2]),
        ("a withdrawal taking effect before its notification", add(act("withdrawal_notified", _days(eday, 3000)),
                                                                    act("withdrawal_effective", _days(eday, 2900))), at[:2]),
        ("a withdrawal effective with no notification", add(act("withdrawal_effective", _days(eday, 3000))), at[:1]),
        ("a withdrawal revoked with no notification", add(act("withdrawal_revoked", _days(eday, 3000))), at[:1]),
        ("a withdrawal revoked after it took effect", add(act("withdrawal_notified", _days(eday, 3000)),
                                                           act("withdrawal_effective", _year_after(_days(eday, 3000))),
                                                           act("withdrawal_revoked", _days(eday, 3400))), at),
        ("a withdrawal notified twice", add(act("withdrawal_notified", _days(eday, 3000)),
                                             act("withdrawal_notified", _days(eday, 3100))), at[:2]),
        ("the ratification recorded twice, on two days", add(act("ratification", _days(rday, 40))), at[:1]),
        ("an accession beside the ratification", add(act("accession", _days(rday, 40))), at[:1]),
        ("a signature after the ratification", add(act("signature", _days(rday, 10))), at[:1]),
        ("an entry into force before the ratification", _set(rel, f"participation.{eif_i}.date", _days(rday, -10)),
         (f"participation.{eif_i}",)),
        ("a withdrawal announced before the ratification", add(act("withdrawal_announced", _days(rday, -30))), at[:1]),
        ("a withdrawal notified on the ratification's day", add(act("withdrawal_notified", rday),
                                                                 act("withdrawal_effective", _days(rday, 365))), at[:2]),
    ]
    for label, edit, fields in cases:
        out.append(Case(f"{rel}: {label}", g, (rel,), edit=edit, fields=fields,
                        why=f"ratification {rday}, entry into force {eday}"))
    return out


def cases(data: Path) -> list[Case]:
    return [*words_cases(data), *date_cases(data), *reference_cases(data), *treaty_cases(data)]


outcome = r31.outcome


def run(out: Path) -> None:
    sweep_runner.run(out, base_copy, cases, outcome)


CLASSES = r30.CLASSES


def table(before: Path, after: Path | None = None) -> str:
    return r30.table(before, after)


if __name__ == "__main__":
    sweep_runner.main(sys.argv[1:], run, table)
