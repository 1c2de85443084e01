"""Round thirty-five's sweep (not a test; tests/dataset/ROUND35.md): dates written with digits or dashes of another
script, the same dates given to the CLI, the API and the monitor, the Court's places (``court_places.yaml``, which no
round had swept), and one person recorded twice under names that differ only by Unicode. Every case looks well formed
to the eye.

The spots are read from the base (round 34's, with ``court_places.yaml`` copied in), not listed by hand:

- **dates in another script** (``DIGIT_FORMS``): the first date of each of round 32's nine dated spots (a State's first
  participation, a warrant's ``issued`` and first status, an event, a decision, a statement, a response, a situation's
  ``referral_date``, an instrument's ``adopted``) written with full-width, Arabic-Indic, Devanagari or Bengali digits, with
  a non-breaking hyphen, a minus sign or an en dash for the hyphens, and with a line break after it;
- **what the CLI, the API and the monitor are given**: the same forms given as a question's day (``parse_day``: the CLI's
  ``--on``, the API's ``on=``), as a list's end (``parse_until``: ``--until``) and as a saved text's front-matter date
  (``monitor.documents.read_path``); three everyday forms that are not ISO 8601 (``2014/09/11``, ``11-09-2014``,
  ``20140911``) to the first two; controls: the plain day, and a day with spaces around it (documented as taken);
- **the Court's places**: the table's first entry given a State code in lower case, with a space after it, an unknown
  one, an old one (``HOL``); a name listed twice, a name with a zero-width space; a second entry of the same name in
  another State, and in the same State under the other kind; a place whose name is a State's name;
- **one person twice**: a copy of the base's first person under another id, named as the first in NFD, in upper case,
  with a no-break space, with a Cyrillic letter; an alias of another person that is the first's name in NFD; a person's id
  with a Cyrillic letter.

Classes as round thirty's. The CLI's and API's date readers are classified by their error (``InputError``, a
``ValueError``): refused, named when it names the value given; "answered" when the day is read (the cases ask whether
that reading is the one the user meant).

    PYTHONPATH=src python -m tests.dataset.round35_sweep OUT.json
    PYTHONPATH=src python -m tests.dataset.round35_sweep table BEFORE.json [AFTER.json]
"""

from __future__ import annotations

import shutil
import sys
import traceback
import unicodedata
from pathlib import Path
from typing import Any

from tests.dataset import round29_sweep as r29
from tests.dataset import round30_sweep as r30
from tests.dataset import round31_sweep as r31
from tests.dataset import round32_sweep as r32
from tests.dataset import round34_sweep as r34
from tests.dataset import sweep_runner

Case = r29.Case
_load, _write, _set = r32._load, r32._write, r32._set
REPO_DATA = Path(__file__).resolve().parents[2] / "data"
PLACES = "lookups/court_places.yaml"
INPUTS = "what the CLI, the API and the monitor are given"
DATES = "dates in another script"
COURT = "the Court's places"
PERSONS = "one person twice"


def _digits(text: str, zero: int) -> str:
    return "".join(chr(zero + int(ch)) if ch.isascii() and ch.isdigit() else ch for ch in text)


#: A day written in forms that look like it: (label, function of the ISO day).
DIGIT_FORMS: tuple[tuple[str, Any], ...] = (
    ("full-width digits", lambda d: _digits(d, 0xFF10)),
    ("Arabic-Indic digits", lambda d: _digits(d, 0x0660)),
    ("Devanagari digits", lambda d: _digits(d, 0x0966)),
    ("Bengali digits in the year", lambda d: _digits(d[:4], 0x09E6) + d[4:]),
    ("non-breaking hyphens", lambda d: d.replace("-", "\u2011")),
    ("minus signs for the hyphens", lambda d: d.replace("-", "\u2212")),
    ("en dashes for the hyphens", lambda d: d.replace("-", "\u2013")),
    ("a line break after it", lambda d: d + "\n"),
)


def date_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    for kind, at, field in r32.DATED:
        for p in sorted((data / kind).glob("*.yaml")):
            obj = _load(data, f"{kind}/{p.name}")
            holder = r30._get(obj, at) if at else obj
            if isinstance(holder, dict) and holder.get(field) and len(str(holder[field])) >= 10:
                break
        else:
            continue
        rel = f"{kind}/{p.name}"
        path = f"{at}.{field}" if at else field
        day = str(holder[field])[:10]
        for label, form in DIGIT_FORMS:
            value = form(day)
            # a final line break was read as a block scalar's syntax until round 41, which refuses it on a one-line field
            # (docs/data-format.md, "Bad records, round 41"): every form here is refused on the field
            out.append(Case(f"{rel}: {path} with {label} ({value!r})",
                            DATES, (rel,), edit=_set(rel, path, value), fields=(path,), why=f"{day} as {value!r}"))
    # the State's numeric code (ISO 3166-1) in another script's digits
    rel = f"states/{sorted((data / 'states').glob('*.yaml'))[0].name}"
    code = str(_load(data, rel)["numeric"])
    for label, zero in (("full-width digits", 0xFF10), ("Arabic-Indic digits", 0x0660)):
        value = _digits(code, zero)
        out.append(Case(f"{rel}: numeric with {label} ({value!r})", DATES, (rel,), edit=_set(rel, "numeric", value),
                        fields=("numeric",), why=f"{code} as {value!r}"))
    return out


#: The everyday forms that are not ISO 8601 (round 32 swept them in the record; here as a question's day).
OTHER_FORMS = (("slashes", "2014/09/11"), ("the day first", "11-09-2014"), ("no hyphens", "20140911"))


def input_cases() -> list[Case]:
    out: list[Case] = []
    day = "2014-09-11"
    for reader in ("parse_day", "parse_until"):
        for label, form in DIGIT_FORMS:
            value = form(day)
            spaces = value.strip() == day  # spaces around a day are not part of it (service.inputs: documented)
            out.append(Case(f"{reader}: a day with {label} ({value!r}){' (valid: a space around it)' if spaces else ''}", INPUTS,
                            (reader,), path=reader, value=value, fields=("on",), why=f"{day} as {value!r}", valid=spaces))
        for label, value in OTHER_FORMS:
            out.append(Case(f"{reader}: a day with {label} ({value!r})", INPUTS, (reader,), path=reader, value=value,
                            fields=("on",), why=value))
        out.append(Case(f"{reader}: the day {day} (valid)", INPUTS, (reader,), path=reader, value=day, valid=True))
        out.append(Case(f"{reader}: the day with spaces around it (valid: documented)", INPUTS, (reader,), path=reader,
                        value=f" {day} ", valid=True))
    for label, form in DIGIT_FORMS:
        value = form(day)
        spaces = value.strip() == day  # the front matter's values are read stripped (monitor.documents)
        out.append(Case(f"a saved text whose front matter date has {label} ({value!r})"
                        f"{' (valid: a space around it)' if spaces else ''}", INPUTS, ("report.md",),
                        path=r34.TEXT, value=value.replace("\n", "\\n"), fields=("date",), why=value, valid=spaces))
    return out


def court_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    table = _load(data, PLACES)
    first = table["places"][0]
    name = first["names"][0]
    state = first["state"]
    other = next(c for c in ("BEL", "FRA", "DEU") if c != state)

    def case(label: str, path: str, value: Any, field: str | None = None, valid: bool = False) -> None:
        out.append(Case(f"{PLACES}: {label}", COURT, (PLACES,), edit=_set(PLACES, path, value), fields=(field or path,),
                        valid=valid, why=repr(value)))
    case(f"the State {state} in lower case", "places.0.state", state.lower())
    case(f"the State {state} with a space after it", "places.0.state", state + " ")
    case("an unknown State code (ZZZ)", "places.0.state", "ZZZ")
    case("an old code (HOL)", "places.0.state", "HOL")
    case(f"{name!r} listed twice in one entry", "places.0.names", [*first["names"], name])
    case(f"{name!r} with a zero-width space", "places.0.names", [name[:2] + "\u200b" + name[2:], *first["names"][1:]])
    i, spaced = next((i, e) for i, e in enumerate(table["places"]) if any(" " in n for n in e["names"]))
    j, two = next((j, n) for j, n in enumerate(spaced["names"]) if " " in n)
    case(f"{two!r} with a no-break space", f"places.{i}.names.{j}", two.replace(" ", "\u00a0"), f"places.{i}.names")

    def add(entry: dict[str, Any]) -> Any:
        def edit(data: Path) -> None:
            t = _load(data, PLACES)
            t["places"].append(entry)
            _write(data, PLACES, t)
        return edit
    n = len(table["places"])
    twin = {**first, "state": other}
    out.append(Case(f"{PLACES}: {name!r} again as a place in {other}", COURT, (PLACES,), edit=add(twin),
                    fields=(f"places.{n}.names", f"places.{n}", "places.0.names"), why="one name, two States"))
    kind = "seat" if first["kind"] == "detention" else "detention"
    twin2 = {**first, "kind": kind}
    out.append(Case(f"{PLACES}: {name!r} again as the {kind} in {state}", COURT, (PLACES,), edit=add(twin2),
                    fields=(f"places.{n}.names", f"places.{n}", "places.0.names"), why="one name, two kinds"))
    names = _load(data, "lookups/state_names.yaml")["names"]
    state_name = max(names[state], key=len) if isinstance(names[state], list) else names[state]
    out.append(Case(f"{PLACES}: a place named {state_name!r}, the State's own name", COURT, (PLACES,),
                    edit=_set(PLACES, "places.0.names", [*first["names"], state_name]), fields=("places.0.names",),
                    why="a State's name is no place of the Court's"))
    return out


def person_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    rels = sorted((data / "persons").glob("*.yaml"))
    rel = f"persons/{rels[0].name}"
    p = _load(data, rel)
    other_rel = f"persons/{rels[1].name}"
    name = p["name"]
    accented = next((q for q in rels if any(not ch.isascii() for ch in _load(data, f"persons/{q.name}")["name"])), None)

    def twin(label: str, new_name: str) -> None:
        pid = f"{p['id']}-twin"
        new = f"persons/{pid}.yaml"
        out.append(Case(f"{new}: a copy of {p['id']} named {label} ({new_name!r})", PERSONS, (new, rel),
                        edit=r29._copy_as(rel, new, {"id": pid, "name": new_name, "aliases": []}), fields=("name", "aliases"),
                        why="one person recorded twice"))
    twin("the same", name)
    twin("in upper case", name.upper())
    twin("with a no-break space", name.replace(" ", "\u00a0", 1))
    twin("with an accent written apart (NFD) on its first 'a'", name.replace("a", "a\u0301", 1))
    twin("with a Cyrillic 'о'", name.replace("o", "\u043e", 1) if "o" in name else name.replace("a", "\u0430", 1))
    if accented is not None:
        arel = f"persons/{accented.name}"
        a = _load(data, arel)
        pid = f"{a['id']}-twin"
        new = f"persons/{pid}.yaml"
        out.append(Case(f"{new}: a copy of {a['id']} named in NFD ({a['name']!r})", PERSONS, (new, arel),
                        edit=r29._copy_as(arel, new, {"id": pid, "name": unicodedata.normalize("NFD", a["name"]),
                                                      "aliases": []}),
                        fields=("name", "aliases"), why="NFD and NFC are one name"))
    o = _load(data, other_rel)
    out.append(Case(f"{other_rel}: an alias that is {p['id']}'s name in upper case", PERSONS, (other_rel, rel),
                    edit=_set(other_rel, "aliases", [*o.get("aliases", []), name.upper()]), fields=("aliases",),
                    why="an alias of two persons"))
    bad_id = p["id"].replace("a", "\u0430", 1)
    new = f"persons/{bad_id}.yaml"
    out.append(Case(f"{new}: {p['id']}'s file under an id with a Cyrillic 'а'", PERSONS, (new,),
                    edit=r29._do(r29._copy_as(rel, new, {"id": bad_id}), lambda d, rel=rel: (d / rel).unlink()),
                    fields=("id",), why="a look-alike letter in an id"))
    return out


def cases(data: Path) -> list[Case]:
    return [*date_cases(data), *input_cases(), *court_cases(data), *person_cases(data)]


# -- outcomes -------------------------------------------------------------------------------------------------------------

def _restore(data: Path, snap: dict[Path, str]) -> None:
    """Round twenty-nine's restore, which also writes back a file a case removed (a file renamed under a new id)."""
    for p in data.rglob("*.yaml"):
        if p not in snap:
            p.unlink()
    for p, text in snap.items():
        if not p.exists() or p.read_text(encoding="utf-8") != text:
            p.write_text(text, encoding="utf-8")


r29._restore = _restore  # the same restore for every file the base holds; this one also puts back a removed file

def input_outcome(c: Case) -> tuple[str, list[str]]:
    from iccwatch.service import inputs

    try:
        got = getattr(inputs, c.path)(c.value)
    except ValueError as exc:  # InputError is one
        if c.valid:
            return "crash", [f"refused a valid day: {exc}"]
        named = repr(c.value.strip()) in str(exc) or c.value.strip() in str(exc)
        return ("refused, named" if named else "named partly"), [str(exc)[:220]]
    except Exception:
        return "crash", [traceback.format_exc()[-400:]]
    return ("valid" if c.valid else "silent"), [] if c.valid else [f"read as {got}"]


def monitor_outcome(c: Case, tmp: Path) -> tuple[str, list[str]]:
    return r34.monitor_outcome(c, tmp)


def outcome(c: Case, data: Path) -> tuple[str, list[str]]:
    if c.group == INPUTS:
        return monitor_outcome(c, data.parent) if c.files == ("report.md",) else input_outcome(c)
    return r31.outcome(c, data)


def base_copy(target: Path) -> Path:
    r34.base_copy(target)
    shutil.copy(REPO_DATA / PLACES, target / PLACES)
    return target


def run(out: Path) -> None:
    sweep_runner.run(out, base_copy, cases, outcome)


CLASSES = r30.CLASSES


def table(before: Path, after: Path | None = None) -> str:
    return r30.table(before, after)


if __name__ == "__main__":
    sweep_runner.main(sys.argv[1:], run, table, base_copy, cases)
