"""Round thirty-three's sweep (not a test; tests/dataset/ROUND33.md): records that are each valid but contradict one
another across files, names in records and lookups written with characters that look like others or show nothing, and
numbers no record can hold. Every case is a record or table that looks well formed.

The spots are read from the base (round 32's), not listed by hand:

- **records that contradict each other**: the base's first person with a warrant recording an arrest and a surrender
  (the one in the Court's custody from then on) given a trip to another State, a transit, an arrest, a surrender, an
  arrest and release on a day the warrant has them in custody; the base's first person whose warrant records no custody
  given a surrender and an arrest before any warrant was issued; a surrender event naming another State, or another day
  of handover, than the warrant; the base's first visit recorded twice under two ids (on the same day, a day later, a
  month later); a ruling of each stage of a case (confirmation, conviction, acquittal, sentence, appeal judgment) made
  by a Chamber of another division;
- **look-alike and invisible characters**: the first name of each lookup of names (demonyms, places, map points, State
  names, publishers, the Court's names of the monitor's first language) and of the records (a person's name and first
  alias, a State's name) written with a Cyrillic or Greek letter in a Latin word, a zero-width space, a word joiner, a
  left-to-right or right-to-left mark, a right-to-left override, a byte-order mark inside, an accent written apart
  (NFD), a zero-width joiner between Latin letters, a full-width letter, a variation selector, a tag character;
- **numbers no record can hold**: a statement's announced count of signatories above the States there are (10**20,
  2**63, 1000), as a float, a boolean, a text; the sanity bounds of ``assertions.yaml`` (10**20); a map point's
  coordinate infinite or not a number.

Each answer is classified as round thirty's (``round30_sweep.classify``).

    PYTHONPATH=src python -m tests.dataset.round33_sweep OUT.json
    PYTHONPATH=src python -m tests.dataset.round33_sweep table BEFORE.json [AFTER.json]
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tests.dataset import round29_sweep as r29
from tests.dataset import round30_sweep as r30
from tests.dataset import round31_sweep as r31
from tests.dataset import round32_sweep as r32
from tests.dataset import sweep_runner

Case = r29.Case
_load, _write, _set, _days = r32._load, r32._write, r32._set, r32._days
_do = r29._do
base_copy = r32.base_copy
CUSTODY = ("arrested", "surrendered", "appeared_voluntarily")
ENDS = ("released", "acquitted", "proceedings_terminated", "warrant_withdrawn", "deceased", "escaped")


def _warrants(data: Path) -> list[tuple[str, dict[str, Any]]]:
    return [(f"warrants/{p.name}", _load(data, f"warrants/{p.name}")) for p in sorted((data / "warrants").glob("*.yaml"))]


def _events(data: Path) -> list[tuple[str, dict[str, Any]]]:
    return [(f"events/{p.name}", _load(data, f"events/{p.name}")) for p in sorted((data / "events").glob("*.yaml"))]


def _event(data: Path, key: str, template: dict[str, Any], **fields: Any) -> Callable[[Path], None]:
    """A new event ``key`` made of ``template`` (its sources and wording) with ``fields`` changed."""
    def edit(data: Path) -> None:
        rec = {k: v for k, v in template.items() if k not in ("surrendered", "surrendered_unknown", "host_party_reported")}
        rec.update({"id": key, **fields})
        _write(data, f"events/{key}.yaml", rec)
    return edit


# -- records that contradict each other across files ----------------------------------------------------------------

def contradiction_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    g = "records that contradict each other"
    held = next((rel, w) for rel, w in _warrants(data)
                if {"arrested", "surrendered"} <= {s["status"] for s in w["status_history"]})
    wrel, w = held
    person = w["person"]
    hist = w["status_history"]
    surr = next(s for s in hist if s["status"] == "surrendered")
    surr_day = str(surr["date"])
    ends = [str(s["date"]) for s in hist if s["status"] in ENDS and str(s["date"]) > surr_day]
    in_custody = _days(surr_day, 400)
    assert not ends or in_custody < min(ends)
    erel, ev = _events(data)[0]
    visit = next(e for _, e in _events(data) if e["action"] == "no_arrest")
    other = next(c for c in ("ZAF", "KEN", "NGA", "UGA") if c != surr.get("by_state") and (data / "states" / f"{c}.yaml").exists())

    def trip(label: str, state: str, day: str, action: str, **more: Any) -> None:
        key = f"{day}-{person}-{label.replace(' ', '-')}"
        out.append(Case(f"{person}: {label} in {state} on {day}, in the Court's custody since {surr_day}", g,
                        (f"events/{key}.yaml", wrel), edit=_event(data, key, visit, person=person, state=state, date=day,
                                                                 action=action, **more),
                        fields=("date", "person", "action", "trip"), why=f"surrendered {surr_day}; no release before {day}"))
    trip("a visit", other, in_custody, "no_arrest")
    trip("a transit", other, _days(in_custody, 10), "no_arrest", trip="transit")
    trip("an overflight", other, _days(in_custody, 20), "no_arrest", trip="overflight")
    trip("an arrest", other, _days(in_custody, 30), "arrest")
    trip("a surrender", other, _days(in_custody, 40), "surrender", surrendered_unknown="the sources do not say")
    trip("an arrest and release", other, _days(in_custody, 50), "arrest_and_release")
    # a person the record never held, arrested or surrendered before any warrant was issued, or with no custody after it
    free = next((rel, x) for rel, x in _warrants(data) if not {s["status"] for s in x["status_history"]} & set(CUSTODY))
    frel, fw = free
    fperson = fw["person"]
    first_issued = min(str(x["issued"]) for _, x in _warrants(data) if x["person"] == fperson)
    for label, day, action in (("a surrender before any warrant", _days(first_issued, -200), "surrender"),
                               ("an arrest before any warrant", _days(first_issued, -100), "arrest"),
                               ("a surrender the warrant does not record", _days(first_issued, 100), "surrender"),
                               ("an arrest the warrant does not record", _days(first_issued, 110), "arrest")):
        key = f"{day}-{fperson}-{action}"
        more = {"surrendered_unknown": "the sources do not say"} if action == "surrender" else {}
        out.append(Case(f"{fperson}: {label} ({day}, first warrant {first_issued})", g, (f"events/{key}.yaml", frel),
                        edit=_event(data, key, visit, person=fperson, state=other, date=day, action=action, **more),
                        fields=("date", "person", "action"), why=f"warrants of {fperson} record no custody"))
    # a surrender event naming another State or day than the warrant
    sev = next(((r, e) for r, e in _events(data) if e["person"] == person and e["action"] == "surrender"), None)
    if sev is not None:
        srel, se = sev
        out.append(Case(f"{srel}: the surrender by {other}, the warrant's by {surr.get('by_state')}", g, (srel, wrel),
                        edit=_set(srel, "state", other), fields=("state", "date"), why="one surrender, two States"))
        out.append(Case(f"{srel}: handed over a month after the warrant's surrender ({surr_day})", g, (srel, wrel),
                        edit=_set(srel, "surrendered", {"date": _days(surr_day, 30), "stated_by": [0]}),
                        fields=("surrendered", "surrendered.date"), why="one handover, two days"))
        out.append(Case(f"{srel}: handed over before the arrest", g, (srel, wrel),
                        edit=_set(srel, "surrendered", {"date": _days(str(se["date"]), -5), "stated_by": [0]}),
                        fields=("surrendered", "surrendered.date"), why="handed over before the arrest"))
    # the same visit twice under two ids
    vrel = next(r for r, e in _events(data) if e is visit or e["id"] == visit["id"])
    for label, shift in (("on the same day", 0), ("a day later", 1), ("a month later", 30)):
        day = _days(str(visit["date"]), shift)
        key = f"{day}-{visit['person']}-{visit['state'].lower()}-again"
        out.append(Case(f"{vrel}: recorded again as {key} {label}", g, (f"events/{key}.yaml", vrel),
                        edit=_event(data, key, visit, date=day, host_party_reported=visit.get("host_party_reported")),
                        fields=("id", "date"), why="every field but id and date the same"))
    # controls: a second visit to the State on its own occasion, a visit a month later with the sources rewritten
    day = _days(str(visit["date"]), 30)
    key = f"{day}-{visit['person']}-{visit['state'].lower()}-second"
    out.append(Case(f"{vrel}: a second visit a month later, with its own occasion (valid)", g, (f"events/{key}.yaml", vrel),
                    edit=_event(data, key, visit, date=day, occasion="a second visit, on its own occasion",
                                followup="a follow-up of its own"),
                    fields=("id", "date"), valid=True))
    # a ruling of a stage made by a Chamber of another division
    sources = hist[-1]["sources"]
    situation = w["situation"]
    first_day = _days(surr_day, 200)
    wrong = {"confirmation_of_charges": ("Trial Chamber III", "Appeals Chamber"),
             "conviction": ("Pre-Trial Chamber II", "Appeals Chamber"),
             "acquittal": ("Pre-Trial Chamber II", "Appeals Chamber"),
             "sentence": ("Pre-Trial Chamber II",),
             "appeal_judgment": ("Trial Chamber III", "Pre-Trial Chamber II")}
    for i, (kind, chambers) in enumerate(wrong.items()):
        for chamber in chambers:
            key = f"{_days(first_day, i)}-{person}-{kind.replace('_', '-')}-{chamber.split()[0].lower()}"
            out.append(Case(f"decisions/{key}.yaml: a {kind} by the {chamber}", g, (f"decisions/{key}.yaml",),
                            edit=r31._ruling(key, kind, _days(first_day, i), person, situation, sources, chamber=chamber),
                            fields=("chamber", "kind"), why=f"{kind} is not a ruling of the {chamber.split(' Chamber')[0]} division"))
    # controls: a sentence reviewed by the Appeals Chamber after the conviction (Art. 110(3)), a confirmation by a Pre-Trial Chamber
    convicted = next((str(x["date"]) for x in hist if x["status"] == "convicted"), None)
    for kind, chamber, day in (("sentence", "Appeals Chamber", _days(convicted, 100) if convicted else None),
                               ("confirmation_of_charges", "Pre-Trial Chamber II", _days(first_day, 10))):
        if day is None:
            continue
        key = f"{day}-{person}-{kind.replace('_', '-')}-control"
        out.append(Case(f"decisions/{key}.yaml: a {kind} by the {chamber} (valid)", g, (f"decisions/{key}.yaml",),
                        edit=r31._ruling(key, kind, day, person, situation, sources, chamber=chamber),
                        fields=("chamber",), valid=True))
    return out


# -- look-alike and invisible characters ----------------------------------------------------------------------------

_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+)*$")
_CYRILLIC = {"a": "\u0430", "o": "\u043e", "e": "\u0435", "c": "\u0441", "p": "\u0440"}
_GREEK = {"o": "\u03bf", "a": "\u03b1", "i": "\u03b9", "v": "\u03bd"}
#: The lookups whose values are names, in the base (the first name of each is swept).
NAME_LOOKUPS = ("demonyms", "places", "map_points", "state_names", "publishers")


def _first_name(obj: Any, at: str = "") -> Iterator[str]:
    """The dotted path of every text under ``obj`` that is a plain name (capitalised words), skipping the prose and
    the sources."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("about", "sources", "reason", "note", "description", "url", "pattern"):
                continue
            yield from _first_name(v, f"{at}.{k}" if at else str(k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _first_name(v, f"{at}.{i}")
    elif isinstance(obj, str) and _NAME.match(obj) and len(obj) >= 5 and any(c in obj for c in "aoe"):
        yield at


def _swap(text: str, table: dict[str, str]) -> str:
    i = next(i for i, c in enumerate(text) if c in table)
    return text[:i] + table[text[i]] + text[i + 1:]


def _nfd(text: str) -> str:
    nfd = unicodedata.normalize("NFD", text)
    if nfd != text:
        return nfd
    i = text.index("e") if "e" in text else text.index("a")
    return text[:i + 1] + "\u0301" + text[i + 1:]


def _fullwidth(text: str) -> str:
    return chr(0xFF21 + ord(text[0]) - ord("A")) + text[1:]


#: The forms of a name: (label, how it is written).
FORMS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("a Cyrillic letter in a Latin word", lambda t: _swap(t, _CYRILLIC)),
    ("a Greek letter in a Latin word", lambda t: _swap(t, _GREEK) if any(c in t for c in _GREEK) else "Α" + t[1:]),
    ("a zero-width space inside", lambda t: t[:2] + "\u200b" + t[2:]),
    ("a word joiner inside", lambda t: t[:2] + "\u2060" + t[2:]),
    ("a right-to-left mark after it", lambda t: t + "\u200f"),
    ("a left-to-right mark before it", lambda t: "\u200e" + t),
    ("a right-to-left override inside", lambda t: t[:1] + "\u202e" + t[1:]),
    ("a byte-order mark inside", lambda t: t[:3] + "\ufeff" + t[3:]),
    ("an accent written apart (NFD)", _nfd),
    ("a zero-width joiner between Latin letters", lambda t: t[:2] + "\u200d" + t[2:]),
    ("a full-width first letter", _fullwidth),
    ("a variation selector after a Latin letter", lambda t: t[:2] + "\ufe0f" + t[2:]),
    ("a tag character after it", lambda t: t + "\U000e0041"),
)


def character_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    g = "look-alike and invisible characters"
    spots: list[tuple[str, str, tuple[str, ...]]] = []
    for name in NAME_LOOKUPS:
        rel = f"lookups/{name}.yaml"
        if (data / rel).exists():
            path = next(_first_name(_load(data, rel)), None)
            if path:
                spots.append((rel, path, ()))
    words = _load(data, r32.WORDS)
    lang = next(iter(words["languages"]))
    names = words["languages"][lang]["court"]["names"]
    i = next((i for i, n in enumerate(names) if _NAME.match(n) and any(c in n for c in "aoe")), None)
    if i is not None:
        spots.append((r32.WORDS, f"languages.{lang}.court.names.{i}", ()))
    prel = f"persons/{sorted((data / 'persons').glob('*.yaml'))[0].name}"
    spots += [(prel, "name", ()), (prel, "aliases.0", ()), ("states/" + sorted((data / "states").glob("*.yaml"))[0].name, "name", ())]
    for rel, path, _ in spots:
        value = r30._get(_load(data, rel), path)
        for label, form in FORMS:
            wrong = form(value)
            field = path.rsplit(".", 1)[0] if path.rsplit(".", 1)[-1].isdigit() else path
            out.append(Case(f"{rel}: {path} {value!r} with {label}", g, (rel,), edit=_set(rel, path, wrong),
                            fields=(path, field, path.split(".")[0]), why=ascii(wrong)))
    return out


# -- numbers no record can hold -------------------------------------------------------------------------------------

def number_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    g = "numbers no record can hold"
    srel = f"statements/{sorted((data / 'statements').glob('*.yaml'))[0].name}"
    st = _load(data, srel)
    unlisted = {"complete": False}

    def statement(label: str, value: Any, valid: bool = False) -> None:
        def edit(data: Path) -> None:
            obj = _load(data, srel)
            obj.update(unlisted)
            obj["announced_signatories"] = value
            _write(data, srel, obj)
        out.append(Case(f"{srel}: announced_signatories {label}", g, (srel,), edit=edit, fields=("announced_signatories",),
                        why=f"{len(st['signatories'])} listed, not complete", valid=valid))
    statement("10**20", 10**20)
    statement("2**63 (past a 64-bit integer)", 2**63)
    statement("1000 (more than the States there are)", 1000)
    statement("as a float (67.5)", 67.5)
    statement("as a boolean (true)", True)
    statement("as a text ('67')", "67")
    statement("negative (-1)", -1)
    arel = "assertions.yaml"
    a = _load(data, arel)
    kind = next(iter(a["counts"]))
    day = next(iter(a.get("parties_on") or {"2025-01-01": 0}))
    # the assertions' problems are named by their section (the record: ``counts``, ``parties_on``) and key (the field:
    # the kind, the day), the model's by the file and the dotted path: either names the case
    for label, path, key, value in ((f"counts.{kind}.max 10**20", f"counts.{kind}.max", kind, 10**20),
                                    (f"counts.{kind}.min 2**63", f"counts.{kind}.min", kind, 2**63),
                                    (f"parties_on {day} 10**20", f"parties_on.{day}", str(day), 10**20),
                                    (f"parties_on {day} 2**63", f"parties_on.{day}", str(day), 2**63),
                                    (f"parties_on {day} as a float", f"parties_on.{day}", str(day), 78.5)):
        out.append(Case(f"{arel}: {label}", g, (arel,), edit=_set(arel, path, value), fields=(path, path.rsplit(".", 1)[0], key),
                        why=repr(value)))
    mrel = "lookups/map_points.yaml"
    if (data / mrel).exists():
        code = next(iter(_load(data, mrel)["points"]))
        for label, field, value in (("lat infinite", "lat", float("inf")), ("lon not a number", "lon", float("nan")),
                                    ("lat 10**20", "lat", 10**20)):
            out.append(Case(f"{mrel}: points.{code}.{label}", g, (mrel,), edit=_set(mrel, f"points.{code}.{field}", value),
                            fields=(f"points.{code}.{field}", f"points.{code}", "points"), why=repr(value)))
    return out


def cases(data: Path) -> list[Case]:
    return [*contradiction_cases(data), *character_cases(data), *number_cases(data)]


outcome = r31.outcome


def run(out: Path) -> None:
    sweep_runner.run(out, base_copy, cases, outcome)


CLASSES = r30.CLASSES


def table(before: Path, after: Path | None = None) -> str:
    return r30.table(before, after)


if __name__ == "__main__":
    if sys.argv[1] == "table":
        print(table(Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) > 3 else None))
    elif sys.argv[1] == "list":
        for c in r32.sweep_runner.sweep_cases(base_copy, cases):
            print(c.group, "|", c.id, "|", c.why)
    else:
        run(Path(sys.argv[1]))
