"""Round forty-one's sweep (not a test; tests/dataset/ROUND41.md): what a careless tool, a spreadsheet's export or a
contributor's slip leaves in a record, of kinds no earlier round tried.

- **a file's bytes as a careless tool leaves them** (``BYTE_FORMS`` on one record of each of ten kinds): a NUL byte, lines
  ending in CR LF in part of the file or in CR alone, a zero-width space or a soft hyphen inside the record's id, a
  zero-width joiner inside a date, a right-to-left mark or override in a text, a text of 20,000 characters;
- **a date as another calendar or format writes it** (``DATE_FORMS`` on the first date of the same ten records): a day
  and month in the other order with slashes, an ISO week, an hour past 24, an ISO ordinal day, a date with its time and
  zone, a date in the Thai solar calendar's years;
- **a number where text belongs and the reverse, deep in nested fields** (``TYPE_FORMS`` on the ten records' first
  nested source): a title or a publisher written as a number, a pinpoint written as true, a note as a number; and by
  hand a nationality by its numeric code, a count as text;
- **records against one another** (by hand): a decision citing a case of another situation, a response to a decision the
  record does not hold or about another State, or dated before it, States in a cycle of successors (of two and of
  three, ending on different days and on one day), a birth date after the warrant (a field the model does not hold);
- **files in the wrong form** (by hand): one record split across two files with the same id, a record's file under
  another extension (``.yml``, ``.yaml.bak``, ``.json``, none), a directory where a record's or a table's file is
  expected, an empty file;
- **a lookup table whose words collide** (by hand): a place, a demonym or a State's name given to two States;
- **round 40's leftovers** (``LEFT_FORMS`` on round 30's twelve spots): the first source's address or title ending in a
  line break, the same source again with an anchor added or changed and nothing else apart; valid: the same page with
  an anchor for another place;
- **controls**: each record with every line ending in CR LF, a response naming its finding's State, a note as a block.

    PYTHONPATH=src python -m tests.dataset.round41_sweep OUT.json
    PYTHONPATH=src python -m tests.dataset.round41_sweep table BEFORE.json AFTER.json
"""

from __future__ import annotations

import copy
import re
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
BYTES = "a file's bytes as a careless tool leaves them"
DATES = "a date as another calendar or format writes it"
TYPES = "a number where text belongs and the reverse, deep in nested fields"
AGAINST = "records against one another"
FILES = "files in the wrong form"
WORDS = "a lookup table whose words collide"
LEFTOVERS = "round 40's leftovers"
CONTROLS = "controls"

#: One record of each of ten kinds of the base, with its id's key.
RECORDS: tuple[tuple[str, str], ...] = (
    ("states/SSD.yaml", "iso3"),
    ("persons/joseph-kony.yaml", "id"),
    ("warrants/joseph-kony-1.yaml", "id"),
    ("events/2008-05-24-jean-pierre-bemba-gombo-belgium.yaml", "id"),
    ("decisions/2010-08-27-chad.yaml", "id"),
    ("responses/2013-02-13-asp-president-letter-chad.yaml", "id"),
    ("statements/js-2020-06-23.yaml", "id"),
    ("measures/alb-2022-03-02-situation-referral-ukraine.yaml", "id"),
    ("situations/uganda.yaml", "id"),
    ("positions/icc-appeals-jordan-2019.yaml", "id"),
)


def _text(rel: str, change: Callable[[str], str]) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        path = data / rel
        path.write_bytes(change(path.read_bytes().decode("utf-8")).encode("utf-8"))
    return edit


def _id_line(text: str, key: str) -> re.Match[str]:
    m = re.search(rf"^{key}: ([^\n]+)$", text, re.M)
    assert m is not None
    return m


def _in_id(key: str, mark: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        m = _id_line(text, key)
        value = m.group(1)
        return text[:m.start(1)] + value[:2] + mark + value[2:] + text[m.end(1):]
    return change


def _first_date_line(text: str) -> re.Match[str]:
    m = re.search(r"^(\s*-?\s*)?([a-z_]+): ['\"]?(\d{4}-\d{2}-\d{2})['\"]?$", text, re.M)
    assert m is not None, text[:200]
    return m


def _in_date(mark: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        m = _first_date_line(text)
        d = m.group(3)
        return text[:m.start(3)] + d[:4] + mark + d[4:] + text[m.end(3):]
    return change


def _crlf_half(text: str) -> str:
    lines = text.split("\n")
    half = len(lines) // 2
    return "\r\n".join(lines[:half]) + "\n" + "\n".join(lines[half:]) if half > 1 else text.replace("\n", "\r\n", 1)


def _nul(text: str) -> str:
    i = text.index("\n", text.index("\n") + 1)
    return text[:i] + "\x00" + text[i:]


def _first_text_line(text: str) -> re.Match[str]:
    m = re.search(r"^(\s*-?\s*)(title|name|publisher|summary|held_by): ([A-Za-z][^\n'\"]*)$", text, re.M)
    assert m is not None, text[:200]
    return m


def _in_text(mark: str, at_start: bool = True) -> Callable[[str], str]:
    def change(text: str) -> str:
        m = _first_text_line(text)
        value = m.group(3)
        new = mark + value if at_start else value[:3] + mark + value[3:]
        return text[:m.start(3)] + new + text[m.end(3):]
    return change


def _long_text(text: str) -> str:
    m = _first_text_line(text)
    return text[:m.end(3)] + " " + " ".join(["word"] * 4000) + text[m.end(3):]


#: (label, the change of the file's text from its id's key).
BYTE_FORMS: tuple[tuple[str, Callable[[str], Callable[[str], str]]], ...] = (
    ("a NUL byte at the end of the second line", lambda key: _nul),
    ("half the file's lines ending in CR LF (mixed line endings)", lambda key: _crlf_half),
    ("every line ending in CR alone (an old Mac's line endings)", lambda key: lambda t: t.replace("\n", "\r")),
    ("a zero-width space (U+200B) inside the id", lambda key: _in_id(key, "\u200b")),
    ("a soft hyphen (U+00AD) inside the id", lambda key: _in_id(key, "\u00ad")),
    ("a zero-width joiner (U+200D) inside the first date", lambda key: _in_date("\u200d")),
    ("a right-to-left mark (U+200F) before the first name or title", lambda key: _in_text("\u200f")),
    ("a right-to-left override (U+202E) inside the first name or title", lambda key: _in_text("\u202e", at_start=False)),
    ("the first name or title 20,000 characters long", lambda key: _long_text),
)


def byte_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for rel, key in RECORDS:
        for label, form in BYTE_FORMS:
            out.append(Case(f"{rel}: {label}", BYTES, (rel,), edit=_text(rel, form(key)), why=label))
    return out


def _set_date(value: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        m = _first_date_line(text)
        return text[:m.start(3) - (1 if text[m.start(3) - 1] in "'\"" else 0)] + f"'{value}'" + \
            text[m.end(3) + (1 if m.end(3) < len(text) and text[m.end(3)] in "'\"" else 0):]
    return change


#: (label, the date from the first date of the record).
DATE_FORMS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("the first date as day/month/year with slashes (06/12/2026)", lambda d: f"{d[8:10]}/{d[5:7]}/{d[:4]}"),
    ("the first date as an ISO week (2010-W27)", lambda d: f"{d[:4]}-W27"),
    ("the first date with an hour past 24 (T25:00)", lambda d: f"{d}T25:00"),
    ("the first date as an ISO ordinal day (2010-190)", lambda d: f"{d[:4]}-190"),
    ("the first date with its time and zone (T10:00:00Z)", lambda d: f"{d}T10:00:00Z"),
    ("the first date in the Thai solar calendar's years (+543)", lambda d: f"{int(d[:4]) + 543}{d[4:]}"),
)


def date_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for rel, _key in RECORDS:
        text = (data / rel).read_text(encoding="utf-8")
        m = _first_date_line(text)
        for label, form in DATE_FORMS:
            out.append(Case(f"{rel}: {label}", DATES, (rel,), edit=_text(rel, _set_date(form(m.group(3)))), why=label,
                            fields=()))
    return out


def _first_sources(obj: Any, at: str = "") -> tuple[list[Any], str] | None:
    """The first nested ``sources`` list under ``obj`` (not the record's own), with its dotted path."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "sources" and at and isinstance(v, list) and v:
                return v, f"{at}.sources"
            if (found := _first_sources(v, f"{at}.{k}" if at else str(k))) is not None:
                return found
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            if (found := _first_sources(v, f"{at}.{i}")) is not None:
                return found
    return None


def _nested_or_own(obj: dict[str, Any]) -> tuple[list[Any], str]:
    found = _first_sources(obj)
    return found if found is not None else (obj["sources"], "sources")


#: (label, the key of the first nested source, its new value).
TYPE_FORMS: tuple[tuple[str, str, Any], ...] = (
    ("the nested source's title written as a number (2024)", "title", 2024),
    ("the nested source's publisher written as a number (1.5)", "publisher", 1.5),
    ("the nested source's pinpoint written as true", "pinpoint", True),
    ("the nested source's note written as a number (12)", "note", 12),
)


def type_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for rel, _key in RECORDS:
        _src, at = _nested_or_own(_load(data, rel))
        for label, key, value in TYPE_FORMS:
            def change(o: dict[str, Any], key: str = key, value: Any = value) -> None:
                _nested_or_own(o)[0][0][key] = value
            out.append(Case(f"{rel}: {label}", TYPES, (rel,), edit=_edit(rel, change), fields=(f"{at}.0.{key}",), why=label))
    return out


def _case(out: list[Case], group: str, label: str, files: tuple[str, ...], edit: Callable[[Path], None],
          fields: tuple[str, ...] = (), valid: bool = False, mentions: tuple[str, ...] = ()) -> None:
    out.append(Case(f"{files[0]}: {label}", group, files, edit=edit, fields=fields, valid=valid, why=label, mentions=mentions))


def _ended(successors: list[str], day: str = "2026-05-01") -> Callable[[dict[str, Any]], None]:
    def change(o: dict[str, Any]) -> None:
        o["ended"] = {"date": day, "successors": successors, "sources": copy.deepcopy(o["sources"][:1])}
    return change


def hand_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    kony, chad, resp = "persons/joseph-kony.yaml", "decisions/2010-08-27-chad.yaml", "responses/2013-02-13-asp-president-letter-chad.yaml"
    ssd, sdn, tcd = "states/SSD.yaml", "states/SDN.yaml", "states/TCD.yaml"
    # numbers and text, by hand
    _case(out, TYPES, "a nationality written by its numeric code (800)", (kony,),
          _edit(kony, lambda o: o.update(nationality=[800])), ("nationality",))
    _case(out, TYPES, "a State's numeric code written as a number (728)", (ssd,), _edit(ssd, lambda o: o.update(numeric=728)),
          ("numeric",))
    _case(out, TYPES, "a warrant's case number written as a list of its parts", ("warrants/joseph-kony-1.yaml",),
          _edit("warrants/joseph-kony-1.yaml", lambda o: o.update(case_number=["ICC", "02/04", "01/05"])), ("case_number",))
    _case(out, TYPES, "a statement's count of signatories written as text ('67')", ("statements/js-2020-06-23.yaml",),
          _edit("statements/js-2020-06-23.yaml", lambda o: o.update(announced_signatories="67")), ("announced_signatories",))
    _case(out, TYPES, "a situation's referring State written as a mapping", ("situations/uganda.yaml",),
          _edit("situations/uganda.yaml", lambda o: o.update(referring_states=[{"UGA": "Uganda"}])), ("referring_states",))
    # records against one another
    _case(out, AGAINST, "a decision citing a case of another situation (Uganda's ICC-02/04-01/05 under Darfur)", (chad,),
          _edit(chad, lambda o: o.update(record_number="ICC-02/04-01/05")), ("record_number",))
    _case(out, AGAINST, "a response to a decision the record does not hold", (resp,),
          _edit(resp, lambda o: o.update(decision="2011-01-01-chad")), ("decision",))
    _case(out, AGAINST, "a response to a decision about another State (Jordan's)", (resp,),
          _edit(resp, lambda o: o.update(decision="2017-12-11-jordan")), ("decision",))
    _case(out, AGAINST, "a response dated before the decision it answers", (resp,),
          _edit(resp, lambda o: o.update(date="2010-08-01")), ("date", "decision"))
    _case(out, AGAINST, "a State whose successor names it as its own successor (a cycle of two)", (ssd, sdn),
          r29._do(_edit(ssd, _ended(["SDN"])), _edit(sdn, _ended(["SSD"], "2026-04-01"))), ("ended.successors.0",))
    _case(out, AGAINST, "three States each the successor of the next (a cycle of three)", (ssd, sdn, tcd),
          r29._do(_edit(ssd, _ended(["SDN"])), _edit(sdn, _ended(["TCD"], "2026-04-01")),
                  _edit(tcd, _ended(["SSD"], "2026-03-01"))), ("ended.successors.0",))
    _case(out, AGAINST, "two States ending on one day, each the other's successor (a cycle of two)", (sdn, ssd),
          r29._do(_edit(ssd, _ended(["SDN"])), _edit(sdn, _ended(["SSD"]))), ("ended.successors",), mentions=("cycle",))
    _case(out, AGAINST, "three States ending on one day, each the successor of the next (a cycle of three)", (ssd, sdn, tcd),
          r29._do(_edit(ssd, _ended(["SDN"])), _edit(sdn, _ended(["TCD"])), _edit(tcd, _ended(["SSD"]))),
          ("ended.successors",), mentions=("cycle",))
    _case(out, AGAINST, "a person's birth date after the warrant (a field the model does not hold)", (kony,),
          _edit(kony, lambda o: o.update(born="2010-01-01")), ("born",))
    # files in the wrong form
    for new, label in (("persons/joseph-kony-copy.yaml", "one record split across two files with the same id"),
                       ("persons/joseph-kony.yml", "a record's file copied under the extension .yml"),
                       ("persons/joseph-kony.YAML", "a record's file copied under the extension in capitals (.YAML)")):
        _case(out, FILES, label, (new,), lambda data, new=new: (data / new).write_bytes((data / kony).read_bytes()))
    for new, label in (("persons/joseph-kony.yaml.bak", "a record's file renamed .yaml.bak (its record gone)"),
                       ("persons/joseph-kony.json", "a record's file renamed .json (its record gone)"),
                       ("persons/joseph-kony", "a record's file renamed without an extension (its record gone)"),
                       ("persons/joseph-kony.yml", "a record's file renamed .yml (its record gone)")):
        _case(out, FILES, label, (new,), lambda data, new=new: (data / kony).rename(data / new))
    _case(out, FILES, "a directory where a record's file is expected (persons/x.yaml/)", ("persons/x.yaml",),
          lambda data: (data / "persons/x.yaml").mkdir())
    _case(out, FILES, "a directory where a lookup table is expected (lookups/places.yaml/)", ("lookups/places.yaml",),
          lambda data: ((data / "lookups/places.yaml").unlink(), (data / "lookups/places.yaml").mkdir()) and None)
    _case(out, FILES, "an empty record file", ("persons/x.yaml",), lambda data: (data / "persons/x.yaml").write_text(""))
    _case(out, FILES, "a record file holding only a comment", ("persons/x.yaml",),
          lambda data: (data / "persons/x.yaml").write_text("# to do\n"))
    # a lookup table whose words collide
    _case(out, WORDS, "a place given to two States (Abuja under NGA and under GHA)", ("lookups/places.yaml",),
          _text("lookups/places.yaml", lambda t: t.replace("  Abuja: NGA\n", "  Abuja: NGA\n  'Abuja ': GHA\n", 1)),
          ("places",))
    _case(out, WORDS, "a demonym given to two States (Afghan under AFG and ALB)", ("lookups/demonyms.yaml",),
          _edit("lookups/demonyms.yaml", lambda o: o["demonyms"]["ALB"].append("Afghan")), ("demonyms.ALB",))
    _case(out, WORDS, "a State's name given to two States (Albania under AFG)", ("lookups/state_names.yaml",),
          _edit("lookups/state_names.yaml", lambda o: o["names"]["AFG"].append("Albania")), ("names",))
    _case(out, WORDS, "a place given to two States under two cases of its name (abuja under GHA)", ("lookups/places.yaml",),
          _edit("lookups/places.yaml", lambda o: o["places"].update(abuja="GHA")), ("places",))
    _case(out, WORDS, "a place named as a State of another (Chad under NGA)", ("lookups/places.yaml",),
          _edit("lookups/places.yaml", lambda o: o["places"].update(Chad="NGA")), ("places.Chad",))
    return out


def _with_fragment(url: str) -> str:
    base = url.partition("#")[0]
    return base + "#section-2"


#: (label, the change of the spot's sources, valid, the field an error names, relative to the spot's sources).
LEFT_FORMS: tuple[tuple[str, Callable[[list[Any]], Any], bool, str], ...] = (
    ("the first source's address ending in a line break", lambda ss: ss[0].update(url=ss[0]["url"] + "\n"), False, "0.url"),
    ("the first source's title ending in a line break",
     lambda ss: ss[0].update(title=(ss[0].get("title") or "A Title of the Page") + "\n"), False, "0.title"),
    ("the same source again, its address with a fragment added or changed (#section-2), nothing else apart",
     lambda ss: ss.insert(1, {**copy.deepcopy(ss[0]), "url": _with_fragment(ss[0]["url"])}), False, "1"),
    ("the same page again with a fragment, for another place (valid: another pinpoint)",
     lambda ss: ss.insert(1, {**copy.deepcopy(ss[0]), "url": _with_fragment(ss[0]["url"]), "pinpoint": "section 2"}), True, ""),
)


def leftover_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for kind, rel, at in r30.spots(data):
        for label, change, valid, field in LEFT_FORMS:
            def on(sources: list[Any], change: Callable[[list[Any]], Any] = change) -> list[Any]:
                change(sources)
                return sources
            out.append(Case(f"{kind}:{Path(rel).stem}:{at}: {label}", LEFTOVERS, (rel,), edit=r39._on_list(rel, at, on),
                            fields=() if valid else (f"{at}.{field}",), valid=valid, why=label))
    return out


def control_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for rel, _key in RECORDS:
        _case(out, CONTROLS, "every line ending in CR LF (a Windows checkout; valid)", (rel,),
              _text(rel, lambda t: t.replace("\n", "\r\n")), valid=True)
    _case(out, CONTROLS, "a response naming the State of the finding it answers (valid)",
          ("responses/2013-02-13-asp-president-letter-chad.yaml",),
          _edit("responses/2013-02-13-asp-president-letter-chad.yaml", lambda o: o.update(states=["TCD", "JOR"])), valid=True)
    _case(out, CONTROLS, "a note written as a block ending in its line break (valid)", ("persons/joseph-kony.yaml",),
          _edit("persons/joseph-kony.yaml", lambda o: o["offices"][0].update(note="A note on two\n")), valid=True)
    return out


def cases(data: Path) -> list[Case]:
    return [*byte_cases(data), *date_cases(data), *type_cases(data), *hand_cases(data), *leftover_cases(data),
            *control_cases(data)]


def _undo_dirs(data: Path, snap: dict[Path, bytes]) -> None:
    """A directory a case made where the base has a file (or which the base does not hold) is taken away, so that
    round 38's restore can write the file back."""
    import shutil

    for p in sorted(data.rglob("*"), reverse=True):
        if p.is_dir() and (p in snap or p.suffix in (".yaml", ".yml")):
            shutil.rmtree(p)


def outcome(c: Case, data: Path, classes: Callable[[Case, list[Any]], tuple[str, list[str]]] | None = None) -> tuple[str, list[str]]:
    """Round 38's outcome, with a directory a case made in a file's place taken away before the restore; ``classes``:
    another round's classes in place of this one's (round 43's)."""
    from iccwatch.dataset import check_dataset

    if data not in r29._BASE:
        r29._BASE[data] = {str(p) for p in check_dataset(data)[1]}
    snap = r38._snapshot(data)
    try:
        assert c.edit is not None
        c.edit(data)
        problems = [p for p in check_dataset(data)[1] if str(p) not in r29._BASE[data]]
    except Exception:
        import traceback

        return "crash", [traceback.format_exc()[-400:]]
    finally:
        _undo_dirs(data, snap)
        r38._restore(data, snap)
    return (classes or classify)(c, problems)


classify = r38.classify
base_copy = r38.base_copy


run, table = sweep_runner.standard(base_copy, cases, outcome)


if __name__ == "__main__":
    sweep_runner.main(sys.argv[1:], run, table, base_copy, cases)
