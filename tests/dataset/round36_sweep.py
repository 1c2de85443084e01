"""Round thirty-six's sweep (not a test; tests/dataset/ROUND36.md): a pinpoint's form (ranges written in words or with
look-alike dashes, a paragraph sign, a range ending in a bare label, a number given twice), records that contradict
another file, a source's fields against one another, and the index's weights as written text. Every case looks well
formed to the eye.

The spots are read from the base (round 35's), not listed by hand:

- **a pinpoint's form** (``PIN_FORMS``): the first source of each of round 30's twelve spots (the first source list of
  each kind that carries sources) given a pinpoint whose range runs in words to nowhere (``pages 3 to``) or backwards
  (``paras. 14 to 12``), with an em dash, a minus sign or a non-breaking hyphen for the hyphen (backwards, or to
  nowhere), a bare paragraph sign (``¶``), a paragraph sign numbering 0 or a range backwards, a range whose end is a bare
  label (``p. 12-p.``, ``page 3 to page``), a range to nowhere after a numbered suffix (``para. 12bis-``), one number
  twice (``pp. 12, 12``), a range of Roman page numbers, of sections, under a Spanish or German label backwards
  (``pp. xii-iv``, ``sections 4 to 2``, ``párr. 14-12``, ``Rn. 14-12``); controls (valid): ``¶ 12``, ``paras. 4 to 6``,
  ``pp. 112-13``, ``p. 12, para. 12``, ``pp. iv-xii``, ``párr. 12-14``;
- **a copy_of written as part of an address** (``COPY_FORMS``): on the same twelve spots, a source added: a copy on a
  ``document_copy`` site whose ``copy_of`` is only a fragment, only a query, a path, an address relative to
  the scheme, without its scheme (``www.``, or a host and a path), with a space, a bare scheme, an ``ftp`` or a
  ``mailto`` address; controls: a title and date, a whole address, a document's number, a whole address glossed in
  brackets;
- **records against another file** (the brief's list, each record valid alone): a second warrant issued after the death
  the first records, a surrender before the warrant, a trip to a State on a day before the State's ``since``, a finding
  that names a situation or a person the record does not hold, a statement signed twice under two codes, an office
  taken up in the Court's custody, the Court's request to arrest a person already in its custody;
- **a source's fields against one another** (one spot): one address cited primary and secondary on one fact, an
  address with a space or only a fragment, ``read: true`` (no such field), ``copy_of`` its own address or on the Court's
  own page, a web address as the pinpoint;
- **the index's weights as written** (text, not data: what YAML makes of it): a pillar or an indicator written twice,
  a weight written ``yes``, ``0x1``, ``1:30`` (YAML 1.1's base 60), ``50%``, ``1_0``, ``1e-1`` (YAML 1.1 reads an
  exponent only after a dot: text, refused as one); control: ``.5``.

Classes as round thirty's. The weights are classified as round 34's (``WeightsError`` naming the file and the field).

    PYTHONPATH=src python -m tests.dataset.round36_sweep OUT.json
    PYTHONPATH=src python -m tests.dataset.round36_sweep table BEFORE.json [AFTER.json]
"""

from __future__ import annotations

import copy
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.dataset import round29_sweep as r29
from tests.dataset import round30_sweep as r30
from tests.dataset import round31_sweep as r31
from tests.dataset import round35_sweep as r35
from tests.dataset import sweep_runner

Case = r29.Case
_load, _write, _set = r31._load, r31._write, r31._set
REPO_DATA = Path(__file__).resolve().parents[2] / "data"
PINS = "a pinpoint's form"
XREC = "records against another file"
SRC = "a source's fields against one another"
COPY = "a copy_of written as part of an address"
WEIGHTS = "the index's weights as written"

#: (label, pinpoint, valid).
PIN_FORMS: tuple[tuple[str, str, bool], ...] = (
    ("a range in words to nowhere", "pages 3 to", False),
    ("a range in words backwards", "paras. 14 to 12", False),
    ("a range with an em dash, backwards", "pp. 14\u201412", False),
    ("a range with a minus sign, backwards", "pp. 14\u221212", False),
    ("a range with a non-breaking hyphen, backwards", "paras. 14\u201112", False),
    ("a range with an em dash to nowhere", "paras. 12\u2014", False),
    ("a bare paragraph sign", "\u00b6", False),
    ("a paragraph sign numbering 0", "\u00b6 0", False),
    ("two paragraph signs, a range backwards", "\u00b6\u00b6 14-12", False),
    ("a range ending in a bare label", "p. 12-p.", False),
    ("a range to nowhere after a numbered suffix", "para. 12bis-", False),
    ("one number twice", "pp. 12, 12", False),
    ("a range of Roman page numbers backwards", "pp. xii-iv", False),
    ("a range in words ending in a bare label", "page 3 to page", False),
    ("a range of sections backwards", "sections 4 to 2", False),
    ("a Spanish paragraph label, a range backwards", "p\u00e1rr. 14-12", False),
    ("a German margin number, a range backwards", "Rn. 14-12", False),
    ("a paragraph sign and a number (valid)", "\u00b6 12", True),
    ("a range in words (valid)", "paras. 4 to 6", True),
    ("an abbreviated range (valid)", "pp. 112-13", True),
    ("one number under two labels (valid)", "p. 12, para. 12", True),
    ("a range of Roman page numbers (valid)", "pp. iv-xii", True),
    ("a Spanish paragraph label, a range (valid)", "p\u00e1rr. 12-14", True),
)


def pin_cases(data: Path, forms: tuple[tuple[str, str, bool], ...] | None = None, group: str = PINS) -> list[Case]:
    """Each pinpoint form of ``forms`` (this round's PIN_FORMS by default) on every spot that holds a source."""
    out: list[Case] = []
    for kind, rel, at in r30.spots(data):
        s0 = r30._src(at)
        for label, pin, valid in PIN_FORMS if forms is None else forms:
            out.append(Case(f"{kind}:{Path(rel).stem}:{at}: a pinpoint, {label} ({pin!r})", group, (rel,),
                            edit=r30._edit_source(rel, at, pinpoint=pin), fields=(f"{s0}.pinpoint",), valid=valid, why=pin))
    return out


#: (label, copy_of, valid): what a copy names, written as part of an address.
COPY_FORMS: tuple[tuple[str, str, bool], ...] = (
    ("only a fragment", "#para-3", False),
    ("only a query", "?id=302", False),
    ("a path without its host", "/news/pre-trial-chamber-i-issues-warrant", False),
    ("an address relative to the scheme", "//www.icc-cpi.int/news/x", False),
    ("an address without its scheme", "www.icc-cpi.int/news/x", False),
    ("a host and path without the scheme", "icc-cpi.int/news/x", False),
    ("an address with a space", "https://www.icc-cpi.int/news/a report", False),
    ("a bare scheme", "https://", False),
    ("an ftp address", "ftp://icc-cpi.int/x.pdf", False),
    ("a mailto address", "mailto:pio@icc-cpi.int", False),
    ("the original's title and date (valid)", "the Court's press release of 4 March 2009", True),
    ("the original's whole address (valid)", "https://www.icc-cpi.int/news/x", True),
    ("the original's number (valid)", "ICC-02/05-01/09-1", True),
    ("a whole address glossed in brackets (valid)", "https://www.icc-cpi.int/news/x (the Court's release of 4 March 2009)", True),
)


def copy_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    row = next(r for r in r30.publishers(data) if r["class"] == "document_copy")
    page = f"https://{row['domain']}{r30.PAGE_PATH}"
    for kind, rel, at in r30.spots(data):
        n = len(r30._get(_load(data, rel), at))
        for label, value, valid in COPY_FORMS:
            copy_src = {"url": page, "publisher": row["name"], "kind": "secondary", "copy_of": value}

            def add(fact: dict[str, Any], srcs: list[dict[str, Any]], copy_src: dict[str, Any] = copy_src) -> None:
                srcs.append(dict(copy_src))
            out.append(Case(f"{kind}:{Path(rel).stem}:{at}: a copy on {row['domain']} whose copy_of is {label} ({value!r})", COPY,
                            (rel,), edit=r30._edit_fact(rel, at, add), fields=(f"{at}.{n}.copy_of",), valid=valid, why=value))
    return out


def _edit(rel: str, change: Callable[[Any], None]) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        obj = _load(data, rel)
        change(obj)
        _write(data, rel, obj)
    return edit


def _add(rel: str, obj: dict[str, Any]) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        _write(data, rel, copy.deepcopy(obj))
    return edit


def _copy_repo(rel: str) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        (data / rel).write_text((REPO_DATA / rel).read_text(encoding="utf-8"), encoding="utf-8")
    return edit


def xrec_cases(data: Path) -> list[Case]:
    out: list[Case] = []

    def case(label: str, files: tuple[str, ...], edit: Callable[[Path], None], fields: tuple[str, ...], why: str = "") -> None:
        out.append(Case(f"{files[0]}: {label}", XREC, files, edit=edit, fields=fields, why=why))

    # a warrant issued after the death another warrant of the person records
    warrants = r31._warrants(data)
    rel, w = next((rel, w) for rel, w in warrants if not any(s.get("status") in ("surrendered", "arrested")
                                                             for s in w["status_history"]))
    first = w["status_history"][0]
    dead = {"status": "deceased", "date": r31._days(str(w["issued"]), 365 * 2), "sources": first["sources"]}
    later = r31._days(str(w["issued"]), 365 * 4)
    new_id = f"{w['id']}-later"
    new = f"warrants/{new_id}.yaml"
    twin = {**copy.deepcopy(w), "id": new_id, "issued": later, "status_history": [{**copy.deepcopy(first), "date": later}]}
    twin.pop("unsealed", None)
    case(f"a warrant issued on {later}, after the death {w['id']} records", (new, rel),
         r29._do(_edit(rel, lambda o: o["status_history"].append(dead)), _add(new, twin)), ("issued",), "issued after death")
    case(f"a summons issued on {later}, after the death {w['id']} records", (new, rel),
         r29._do(_edit(rel, lambda o: o["status_history"].append(dead)), _add(new, {**twin, "kind": "summons_to_appear"})), ("issued",),
         "a summons after death")
    # a surrender before the warrant
    rel2, w2 = next((rel, w) for rel, w in warrants if any(s.get("status") == "surrendered" for s in w["status_history"]))
    i = next(i for i, s in enumerate(w2["status_history"]) if s.get("status") == "surrendered")
    case(f"{w2['id']} surrendered the day before it was issued", (rel2,),
         _set(rel2, f"status_history.{i}.date", r31._days(str(w2["issued"]), -1)), (f"status_history.{i}.date",
                                                                                        f"status_history.{i}", "issued"))
    # a trip to a State on a day before the State's since
    events = sorted((data / "events").glob("*.yaml"))
    erel = f"events/{events[-1].name}"
    ev = _load(data, erel)
    since = str(load_since(REPO_DATA / "states/SSD.yaml"))
    day = r31._days(since, -30)
    nid = f"{day}-{ev['person']}-south-sudan"
    trip = {**copy.deepcopy(ev), "id": nid, "date": day, "state": "SSD"}
    trip.pop("followup", None)
    case(f"a trip to SSD on {day}, before its since ({since})", (f"events/{nid}.yaml",),
         r29._do(_copy_repo("states/SSD.yaml"), _add(f"events/{nid}.yaml", trip)), ("state", "date"), "before the State existed")
    # a finding naming a situation or a person the record does not hold
    drel = f"decisions/{sorted((data / 'decisions').glob('*.yaml'))[0].name}"
    d = _load(data, drel)
    case("a finding on a situation the record does not hold", (drel,), _set(drel, "situation", "no-such-situation"),
         ("situation",))
    if d.get("persons"):
        case("a finding about a person the record does not hold", (drel,), _set(drel, "persons", ["no-such-person"]),
             ("persons", "persons.0"))
    # a statement signed twice under two codes
    srel = f"statements/{sorted((data / 'statements').glob('*.yaml'))[0].name}"
    st = _load(data, srel)
    n = len(st["signatories"])
    code = st["signatories"][0]
    numeric = str(_load(data, f"states/{code}.yaml")["numeric"])
    for label, again in (("in lower case", code.lower()), ("by its numeric code", numeric), ("with a space after it", code + " ")):
        case(f"{code} signing again {label} ({again!r})", (srel,), _edit(srel, lambda o, again=again: o["signatories"].append(again)),
             (f"signatories.{n}", "signatories"), "one State, two codes")
    # an office taken up in the Court's custody; the Court's request to arrest a person already in its custody
    person = w2["person"]
    prel = f"persons/{person}.yaml"
    p = _load(data, prel)
    surrendered = str(w2["status_history"][i]["date"])
    start = r31._days(surrendered, 30)
    if p.get("offices"):
        office = {**copy.deepcopy(p["offices"][0]), "kind": "head_of_state", "title": "President", "start": start}
        office.pop("end", None)
        case(f"head of State from {start}, in the Court's custody since {surrendered}", (prel,),
             _edit(prel, lambda o: o["offices"].append(office)), (f"offices.{len(p['offices'])}.start",
                                                                  f"offices.{len(p['offices'])}"))
    qrel = f"requests/{sorted((data / 'requests').glob('*.yaml'))[0].name}"
    case(f"the Court's request to arrest {person} on {start}, in its custody since {surrendered}", (qrel,),
         r29._do(_set(qrel, "person", person), _set(qrel, "date", start)), ("date", "person"))
    return out


def load_since(path: Path) -> str:
    from iccwatch.dataset.yaml_io import load_yaml

    return str(load_yaml(path.read_text(encoding="utf-8"))["since"]["date"])


def src_cases(data: Path) -> list[Case]:
    out: list[Case] = []
    kind, rel, at = r30.spots(data)[0]
    s0 = r30._src(at)

    def case(label: str, edit: Callable[[Path], None], fields: tuple[str, ...] = (s0,)) -> None:
        out.append(Case(f"{rel}:{at}: {label}", SRC, (rel,), edit=edit, fields=fields))

    def twice(fact: dict[str, Any], srcs: list[dict[str, Any]]) -> None:
        again = copy.deepcopy(srcs[0])
        again["kind"] = "secondary" if again["kind"] == "primary" else "primary"
        srcs.append(again)
    case("one address cited primary and secondary on one fact", r30._edit_fact(rel, at, twice), (at,))
    case("an address with a space in it", r30._edit_source(rel, at, url="https://www.icc-cpi.int/news/a report"))
    case("an address that is only a fragment", r30._edit_source(rel, at, url="#para-12"))
    case("read: true, which the format has no field for", r30._edit_source(rel, at, read=True))
    src0 = r30._get(_load(data, rel), s0)
    case("copy_of its own address", r30._edit_source(rel, at, copy_of=src0["url"]))
    case("copy_of on the Court's own page, cited primary", r30._edit_source(rel, at, url=r30.COURT_PAGE, kind="primary",
                                                                             publisher="International Criminal Court",
                                                                             copy_of="Decision under article 87(7)"))
    case("a web address as the pinpoint", r30._edit_source(rel, at, pinpoint="https://www.icc-cpi.int/court-record/x"))
    return out


#: (label, what the first indicator's weight line becomes, or a line added; valid).
WEIGHT_TEXTS: tuple[tuple[str, str, bool], ...] = (
    ("a pillar written twice", "pillar twice", False),
    ("an indicator written twice", "indicator twice", False),
    ("a weight written yes", "yes", False),
    ("a weight written 0x1", "0x1", False),
    ("a weight written 1:30 (base 60 in YAML 1.1)", "1:30", False),
    ("a weight written 50%", "50%", False),
    ("a weight written 1_0", "1_0", False),
    ("a weight written .5 (valid)", ".5", True),
    ("a weight written 1e-1 (text to YAML 1.1, which reads 1.0e-1)", "1e-1", False),
)


def weight_cases() -> list[Case]:
    out = []
    for label, value, valid in WEIGHT_TEXTS:
        out.append(Case(f"weights: {label}", WEIGHTS, ("weights.yaml",), value=value, valid=valid, why=value,
                        fields=("pillars", "indicators", "acceptance_of_jurisdiction", "legal_commitment")))
    return out


def weights_text(value: str) -> str:
    from iccwatch.assess.index import DEFAULT_WEIGHTS

    text = DEFAULT_WEIGHTS.read_text(encoding="utf-8")
    line = "      acceptance_of_jurisdiction: 0.5\n"
    assert line in text
    if value == "pillar twice":
        block = text[text.index("  legal_commitment:\n"):text.index("  cooperation_record:\n")]
        return text.replace("  cooperation_record:\n", block + "  cooperation_record:\n", 1)
    if value == "indicator twice":
        return text.replace(line, line + line, 1)
    return text.replace(line, f"      acceptance_of_jurisdiction: {value}\n", 1)


def weights_outcome(c: Case, tmp: Path) -> tuple[str, list[str]]:
    from iccwatch.assess.index import WeightsError, load_weights

    target = tmp / "weights.yaml"
    target.write_text(weights_text(c.value), encoding="utf-8")
    try:
        got = load_weights(target)
    except WeightsError as exc:
        if c.valid:
            return "crash", [f"refused a valid file: {exc}"[:220]]
        named = str(target) in str(exc) and any(f in str(exc) for f in c.fields)
        return ("refused, named" if named else "named partly"), [str(exc)[:220]]
    except Exception:
        return "crash", [traceback.format_exc()[-400:]]
    read = got["pillars"]["legal_commitment"]["indicators"]["acceptance_of_jurisdiction"]
    return ("valid" if c.valid else "silent"), [] if c.valid else [f"read, the weight {read!r}"]


def cases(data: Path) -> list[Case]:
    return [*pin_cases(data), *copy_cases(data), *xrec_cases(data), *src_cases(data), *weight_cases()]


def outcome(c: Case, data: Path) -> tuple[str, list[str]]:
    if c.group == WEIGHTS:
        return weights_outcome(c, data.parent)
    if c.group in (PINS, SRC, COPY):
        return r30.outcome(c, data)
    return r31.outcome(c, data)


def base_copy(target: Path) -> Path:
    return r35.base_copy(target)


def run(out: Path) -> None:
    sweep_runner.run(out, base_copy, cases, outcome)


CLASSES = r30.CLASSES


def table(before: Path, after: Path | None = None) -> str:
    return r30.table(before, after)


if __name__ == "__main__":
    sweep_runner.main(sys.argv[1:], run, table, base_copy, cases)
