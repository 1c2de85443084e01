"""Round twenty-nine's sweep (not a test; tests/dataset/ROUND29.md): contradictions between records. Rounds 27 and 28
wrote one wrong field at a time; here every mutation is well formed in itself and contradicts another record (or another
field of its own record that another record bears on).

Generated part: the links the loader relates are read from the models (every field holding a slug or a State code, in a
record and in its sub-records; the kind it names is the field's name, singular or plural, or ``states`` for a State code;
the five names that do not say their kind are in ``_TARGET_BY_NAME``). For each link held in the small record (with round
four's extra records; up to ``PER_LINK`` records of the kind), two mutations:

- **dated before what it names**: the record's own date (or, for a link inside a sub-record, the sub-record's) moved to
  the day before the named record's first date (a decision before the trip it rules on, a response before its finding, a
  ratification before the treaty's adoption, a warrant before its situation was referred ...). A link whose order the
  law does not fix is listed in ``NO_ORDER`` with why, and its mutation is counted as legitimate;
- **an id of another case**: the id replaced by that of an existing record of the same kind that belongs to another case
  (it reaches, through the records' links, none of the persons and situations the record reaches by its other links).

Hand-written part (``HAND``): the Statute's date rules and the other contradictions of the brief (a surrender before the
warrant, an event after the person's death, a withdrawal's effect not a year after its notification, an entry into force
not on Art. 126's day, a trip recorded twice, an alias that is another person's name, a source dated after the record's
``checked_through`` or before the fact it states ...).

Each answer is classified: "refused, named" (an error, new against the base, names one of the files the contradiction
is between, a record and a field); "warned" (only a new warning does); "named partly" (a new error names neither a
record nor a field, or another file); "silent"; "crash".

    PYTHONPATH=src python -m tests.dataset.round29_sweep OUT.json
    PYTHONPATH=src python -m tests.dataset.round29_sweep table BEFORE.json [AFTER.json]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import traceback
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from tests.dataset import round27_sweep as r27
from tests.dataset import sweep_runner

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

#: Records of a kind swept per link (the first and the last holding it, by key).
PER_LINK = 10_000

#: Reference fields whose name does not say the kind they name.
_TARGET_BY_NAME = {"appeal_of": "decisions", "follows": "decisions", "related_decisions": "decisions",
                   "unsc_resolution": "instruments", "renews": "instruments"}

#: Links whose order the law does not fix (a mutation of them dated before the named record is legitimate), with why.
NO_ORDER: dict[tuple[str, str], str] = {}

#: Records that may name a person after the person's death (kind -> whether this record may, and why).
AFTER_DEATH: dict[str, tuple[Callable[[dict[str, Any]], bool], str]] = {
    "decisions": (lambda rec: rec.get("kind") in ("proceedings_terminated", "warrant_withdrawn"),
                  "the Court terminates the proceedings against a deceased person by a ruling"),
    "positions": (lambda rec: True, "a State's or court's view may name a person after his death"),
}

#: Links the small record holds nowhere, given to the sweep's base (each legitimate: the base stays at 0 errors).
BASE_LINKS: dict[str, dict[str, Any]] = {
    "responses/2013-02-13-asp-president-letter-chad.yaml": {"decision": "2010-08-27-chad", "situation": "darfur-sudan"},
    "positions/icc-appeals-jordan-2019.yaml": {"states": ["JOR"], "persons": ["omar-hassan-ahmad-al-bashir"],
                                                "situations": ["darfur-sudan"]},
    "statements/js-2020-06-23.yaml": {"drafters": ["ZAF"]},
}
#: A list the base gives a statement from its own signatories (every signatory must be among the States it was open to).
OPEN_TO_ALL_SIGNATORIES = "statements/js-2020-06-23.yaml"


# --- the links, from the models -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    kind: str  # the referring record's kind
    path: str  # dotted, a sub-record's field as "participation.*.instrument"
    target: str  # the kind named
    many: bool  # a list of ids


def _target(name: str, shape: str) -> str | None:
    from iccwatch.dataset.records import KIND_KEYS

    if shape == "iso3":
        return "states"
    if name in _TARGET_BY_NAME:
        return _TARGET_BY_NAME[name]
    for kind in (name, name + "s"):
        if kind in KIND_KEYS:
            return kind
    return None


def _links_of(model: type[BaseModel], kind: str, prefix: str, key: str | None) -> list[Link]:
    out = []
    for name, info in model.model_fields.items():
        ann, _, meta = r27._unwrap(info.annotation)
        shape, _ = r27._shape(ann, meta + list(info.metadata))
        if shape == "list" and typing.get_args(ann):
            inner, _, imeta = r27._unwrap(typing.get_args(ann)[0])
            ishape = r27._shape(inner, imeta)[0]
            if ishape in ("slug", "iso3") and (t := _target(name, ishape)):
                out.append(Link(kind, prefix + name, t, True))
            elif isinstance(inner, type) and issubclass(inner, BaseModel) and not prefix:
                out += _links_of(inner, kind, f"{name}.*.", None)
        elif shape in ("slug", "iso3") and name != key and (t := _target(name, shape)):
            out.append(Link(kind, prefix + name, t, False))
        elif shape == "model" and isinstance(ann, type) and not prefix:
            out += _links_of(ann, kind, f"{name}.", None)
    return out


def links() -> list[Link]:
    """Every reference field of every record kind's model (and of its sub-records), with the kind it names."""
    from iccwatch.dataset.records import KINDS

    out = []
    for kind in KINDS:
        model, key = KINDS[kind]
        out += _links_of(model, kind, "", key)
    return out


# --- the base record, read as plain data ----------------------------------------------------------------------


def _records(data: Path) -> dict[str, dict[str, dict[str, Any]]]:
    from iccwatch.dataset.records import KIND_KEYS

    out: dict[str, dict[str, dict[str, Any]]] = {}
    for kind, (_, key) in KIND_KEYS.items():
        out[kind] = {}
        for p in sorted((data / kind).glob("*.yaml")):
            rec = load_yaml(p.read_text(encoding="utf-8"))
            out[kind][str(rec.get(key, p.stem))] = rec
    return out


def _date_fields(model: type[BaseModel]) -> list[str]:
    out = []
    for name, info in model.model_fields.items():
        ann, _, meta = r27._unwrap(info.annotation)
        if r27._shape(ann, meta + list(info.metadata))[0] == "date" and name not in ("end_date", "effective_until", "status_as_of",
                                                                                      "retracted", "covers_to", "end"):
            out.append(name)
    return out


def _first_date(model: type[BaseModel], rec: dict[str, Any]) -> tuple[str, str] | None:
    """The record's own first date the model's field order gives (a warrant's ``issued``, an instrument's ``adopted``)."""
    for name in _date_fields(model):
        if rec.get(name):
            return name, str(rec[name])
    return None


def _values(rec: dict[str, Any], path: str) -> list[tuple[str, Any]]:
    """(concrete dotted path, value) of a link's path in a record."""
    if ".*." in path:
        head, _, tail = path.partition(".*.")
        return [(f"{head}.{i}.{tail}", sub.get(tail)) for i, sub in enumerate(rec.get(head) or []) if isinstance(sub, dict)
                and sub.get(tail) is not None]
    if "." in path:
        head, _, tail = path.partition(".")
        sub = rec.get(head)
        return [(path, sub.get(tail))] if isinstance(sub, dict) and sub.get(tail) is not None else []
    return [(path, rec[path])] if rec.get(path) not in (None, []) else []


def _reach(recs: dict[str, dict[str, dict[str, Any]]], lk: list[Link], kind: str, key: str, skip: str | None = None,
           depth: int = 2, origin: tuple[str, str] | None = None) -> set[tuple[str, str]]:
    """The persons and situations a record reaches through its links (``skip``: a concrete path left out), and through
    the warrants of a person it names (other than ``origin``, the record mutated)."""
    origin = origin or (kind, key)
    out: set[tuple[str, str]] = set()
    if kind in ("persons", "situations"):
        out.add((kind, key))
    if kind == "persons" and depth:
        for wid, w in recs["warrants"].items():
            if w.get("person") == key and ("warrants", wid) != origin:
                out |= _reach(recs, lk, "warrants", wid, None, depth - 1, origin) - {("persons", key)}
                out.add(("persons", key))
    if depth == 0:
        return out
    rec = recs[kind][key]
    for link in lk:
        if link.kind != kind or link.target not in ("persons", "situations", "events", "decisions", "warrants"):
            continue
        for path, value in _values(rec, link.path):
            if path == skip:
                continue
            for v in value if isinstance(value, list) else [value]:
                if str(v) in recs.get(link.target, {}):
                    out |= _reach(recs, lk, link.target, str(v), None, depth - 1, origin)
    return out


# --- the mutations --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    id: str
    group: str  # "dated before what it names", "an id of another case", or "hand"
    files: tuple[str, ...]  # the files the contradiction is between (under data/); the first is written
    edit: Callable[[Path], None] | None = None  # a hand case's change
    path: str = ""  # a generated case: the dotted path set ...
    value: Any = None  # ... to this value
    valid: bool = False
    why: str = ""
    fields: tuple[str, ...] = ()  # a hand case: the fields an error may name (any, if empty)
    write: str | None = None  # a generated case: the file written, where it is not the first of ``files``
    mentions: tuple[str, ...] = ()  # a generated case: an error names the contradiction if it names one of these


def _day_before(date: str) -> str:
    from iccwatch.model import DateSpan

    return (DateSpan.parse(date).first - dt.timedelta(days=1)).isoformat()


def generated(data: Path) -> list[Case]:
    from iccwatch.dataset.records import KINDS

    recs = _records(data)
    lk = links()
    out: list[Case] = []
    for link in lk:
        holders = [(k, rec) for k, rec in recs[link.kind].items() if _values(rec, link.path)]
        for key, rec in holders[:1] + holders[1:][-(PER_LINK - 1):]:
            rel = f"{link.kind}/{_file_of(data, link.kind, key)}"
            path, value = _values(rec, link.path)[0]
            named = value[-1] if isinstance(value, list) else value
            tpath = f"{link.target}/{_file_of(data, link.target, str(named))}" if str(named) in recs[link.target] else None
            if "." in link.path:
                head = path.rpartition(".")[0]
                sub_model = _sub_model(KINDS[link.kind][0], link.path)
                own = _first_date(sub_model, r27._get(rec, head) or {}) if sub_model else None
                own_path = f"{head}.{own[0]}" if own else None
            else:
                own = _first_date(KINDS[link.kind][0], rec)
                own_path = own[0] if own else None
            # a State named on a day before it existed (its ``since`` moved after the record's day)
            if link.target == "states" and tpath is not None and own and own_path and len(own[1]) == 10:
                after = (dt.date.fromisoformat(own[1]) + dt.timedelta(days=1)).isoformat()
                out.append(Case(f"{link.kind}:{key}:{link.path}->{link.target}:named before the State existed",
                                "named before the State existed", (rel,), path="since",
                                value={"date": after, "sources": [DEPOSITARY]}, write=tpath,
                                why=f"{path} {named} on {own_path} {own[1]}; {named}'s since -> {after}", mentions=(str(named),)))
            # a person named after the person's death (a deceased status on the person's first warrant the day before)
            if link.target == "persons" and own and own_path and link.kind != "warrants":
                wid = next((w for w, wr in recs["warrants"].items() if wr.get("person") == named), None)
                if wid is not None:
                    may, reason = AFTER_DEATH.get(link.kind, (lambda rec: False, ""))
                    why = reason if may(rec) else ""
                    wrel = f"warrants/{_file_of(data, 'warrants', wid)}"
                    died = _day_before(own[1])
                    out.append(Case(f"{link.kind}:{key}:{link.path}->{link.target}:after the person's death", "after the person's death",
                                    (rel,), edit=_append(wrel, "status_history", {"status": "deceased", "date": died,
                                                                                        "sources": [ICC_SRC]}),
                                    valid=bool(why), why=why or f"{own_path} {own[1]}; {wid} deceased on {died}",
                                    fields=(own_path.split(".")[0], link.path.split(".")[0]), mentions=(str(named),)))
            # dated before what it names
            if tpath is not None:
                tmodel = KINDS[link.target][0]
                tdate = _first_date(tmodel, recs[link.target][str(named)])
                if tdate and own and own_path:
                    why = NO_ORDER.get((link.kind, link.path), "")
                    out.append(Case(f"{link.kind}:{key}:{link.path}->{link.target}:dated before what it names",
                                    "dated before what it names", (rel, tpath), path=own_path, value=_day_before(tdate[1]),
                                    valid=bool(why), why=why or f"{own_path} {own[1]} -> the day before {link.target}'s {tdate[0]} {tdate[1]}",
                                    mentions=(str(named), tdate[1])))
            # an id of another case
            if link.target in ("persons", "situations", "events", "decisions", "warrants"):
                mine = _reach(recs, lk, link.kind, key, skip=path)
                if not mine:
                    continue
                dims = {k for k, _ in mine}  # another case: none of the persons and situations, on a dimension both have
                other = next((k for k in recs[link.target] if k != named and (theirs := _reach(recs, lk, link.target, k))
                              and not theirs & mine and dims & {d for d, _ in theirs}), None)
                if other is None:
                    continue
                new = [*value[:-1], other] if isinstance(value, list) else other
                out.append(Case(f"{link.kind}:{key}:{link.path}->{link.target}:an id of another case", "an id of another case",
                                (rel, f"{link.target}/{_file_of(data, link.target, other)}"), path=path, value=new,
                                why=f"{path}: {named} -> {other}", mentions=(other, str(named))))
    return out


def _sub_model(model: type[BaseModel], path: str) -> type[BaseModel] | None:
    head = path.split(".")[0]
    ann, _, _ = r27._unwrap(model.model_fields[head].annotation)
    if typing.get_origin(ann) is list:
        ann, _, _ = r27._unwrap(typing.get_args(ann)[0])
    return ann if isinstance(ann, type) and issubclass(ann, BaseModel) else None


def _file_of(data: Path, kind: str, key: str) -> str:
    p = data / kind / f"{key}.yaml"
    if p.exists():
        return p.name
    for q in (data / kind).glob("*.yaml"):
        if f"\n{key}\n" in "\n" + q.read_text(encoding="utf-8").replace("id: ", "").replace("iso3: ", "") + "\n":
            return q.name
    return f"{key}.yaml"


# --- hand-written cases: the Statute's date rules and the brief's other contradictions -----------------------


def _set(rel: str, path: str, value: Any) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        obj = load_yaml((data / rel).read_text(encoding="utf-8"))
        r27._set(obj, path, value)
        (data / rel).write_text(dump_yaml(obj), encoding="utf-8")
    return edit


def _do(*edits: Callable[[Path], None]) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        for e in edits:
            e(data)
    return edit


def _append(rel: str, path: str, item: Any) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        obj = load_yaml((data / rel).read_text(encoding="utf-8"))
        r27._get(obj, path).append(item)
        (data / rel).write_text(dump_yaml(obj), encoding="utf-8")
    return edit


def _copy_as(rel: str, new_rel: str, changes: dict[str, Any]) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        obj = load_yaml((data / rel).read_text(encoding="utf-8"))
        obj.update(changes)
        (data / new_rel).write_text(dump_yaml(obj), encoding="utf-8")
    return edit


B = "omar-hassan-ahmad-al-bashir"
W1, W2 = f"warrants/{B}-1.yaml", f"warrants/{B}-2.yaml"
E_CHAD, E_JOR = f"events/2010-07-21-{B}-chad.yaml", f"events/2017-03-29-{B}-jordan.yaml"
D_CHAD, D_JOR = "decisions/2010-08-27-chad.yaml", "decisions/2017-12-11-jordan.yaml"
RS = "responses/2013-02-13-asp-president-letter-chad.yaml"
ST = "statements/js-2020-06-23.yaml"
ICC_SRC = {"url": "https://www.icc-cpi.int/darfur/albashir", "title": "Al Bashir Case", "publisher": "International Criminal Court",
           "kind": "primary"}
DEPOSITARY = {"url": "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-10&chapter=18", "title": "Rome Statute",
              "publisher": "United Nations", "kind": "primary"}


def _state_with(data: Path, wanted: str) -> str:
    """A State of the base whose participation holds an act ``wanted`` (its file under data/)."""
    for p in sorted((data / "states").glob("*.yaml")):
        if any(a.get("action") == wanted and a.get("instrument", "rome-statute") == "rome-statute"
               for a in load_yaml(p.read_text(encoding="utf-8")).get("participation") or []):
            return f"states/{p.name}"
    raise AssertionError(f"no State of the base has a {wanted}")


def _index_of(data: Path, rel: str, listname: str, **match: Any) -> int:
    items = load_yaml((data / rel).read_text(encoding="utf-8")).get(listname) or []
    return next(i for i, a in enumerate(items) if all(a.get(k, "rome-statute" if k == "instrument" else None) == v
                                                      for k, v in match.items()))


def hand(data: Path) -> list[Case]:
    rat = _state_with(data, "entry_into_force")
    i_eif = _index_of(data, rat, "participation", action="entry_into_force", instrument="rome-statute")
    dead = {"status": "deceased", "date": "2012-01-01", "sources": [ICC_SRC]}
    ended = {"status": "proceedings_terminated", "date": "2012-01-01", "sources": [ICC_SRC]}
    notified = {"action": "withdrawal_notified", "date": "2017-03-01", "sources": [DEPOSITARY]}
    effective = {"action": "withdrawal_effective", "date": "2017-09-01", "sources": [DEPOSITARY]}
    ecr = load_yaml((data / E_CHAD).read_text(encoding="utf-8"))
    person = load_yaml((data / f"persons/{B}.yaml").read_text(encoding="utf-8"))
    other_person = load_yaml((data / "persons/joseph-kony.yaml").read_text(encoding="utf-8"))
    checked = str(load_yaml((data / "meta.yaml").read_text(encoding="utf-8"))["checked_through"])
    after_checked = (dt.date.fromisoformat(checked[:10]) + dt.timedelta(days=40)).isoformat() if len(checked) >= 10 else "2026-11-30"
    st = load_yaml((data / ST).read_text(encoding="utf-8"))
    return [
        Case("hand:a surrender dated before the warrant", "hand", (E_CHAD, W1),
             _do(_set(E_CHAD, "action", "surrender"), _set(E_CHAD, "date", "2008-07-21")), fields=("date", "action", "issued")),
        Case("hand:an arrest status dated before the warrant's issue", "hand", (W1,),
             _append(W1, "status_history", {"status": "arrested", "date": "2009-01-10", "by_state": "TCD", "sources": [ICC_SRC]}),
             fields=("status_history",)),
        Case("hand:a surrender status before the arrest status", "hand", (W1,),
             _do(_append(W1, "status_history", {"status": "arrested", "date": "2019-04-11", "by_state": "SDN", "sources": [ICC_SRC]}),
                 _append(W1, "status_history", {"status": "surrendered", "date": "2019-04-01", "sources": [ICC_SRC]})),
             fields=("status_history",)),
        Case("hand:an event after the person's recorded death", "hand", (E_JOR, W1),
             _append(W1, "status_history", dead), fields=("date", "status_history")),
        Case("hand:an event after the case's termination (every warrant of the person ended)", "hand", (E_JOR, W1, W2),
             _do(_append(W1, "status_history", ended), _append(W2, "status_history", ended)), fields=("date", "status_history")),
        Case("hand:an event after one of two warrants ended (the other in force: legitimate)", "hand", (E_JOR, W1),
             _append(W1, "status_history", ended), valid=True, why="the other warrant is still to be executed"),
        Case("hand:a status of the other warrant out of order with this one's", "hand", (W2, W1),
             _do(_append(W1, "status_history", {"status": "surrendered", "date": "2019-06-01", "sources": [ICC_SRC]}),
                 _append(W2, "status_history", {"status": "arrested", "date": "2020-01-01", "by_state": "SDN", "sources": [ICC_SRC]})),
             fields=("status_history",)),
        Case("hand:a withdrawal effective less than a year after its notification (Art. 127)", "hand", (rat,),
             _do(_append(rat, "participation", notified), _append(rat, "participation", effective)),
             fields=("participation",)),
        Case("hand:a withdrawal effective more than a year after its notification (Art. 127)", "hand", (rat,),
             _do(_append(rat, "participation", notified), _append(rat, "participation", {**effective, "date": "2018-09-01"})),
             fields=("participation",)),
        Case("hand:an entry into force not on Art. 126's day", "hand", (rat,),
             _set(rat, f"participation.{i_eif}.date", _art126_wrong(data, rat, i_eif)), fields=("participation",)),
        Case("hand:a host reported a party between its ratification and Art. 126's day", "hand", (E_CHAD,),
             _do(_set("states/TCD.yaml", f"participation.{_index_of(data, 'states/TCD.yaml', 'participation', action='ratification')}.date",
                      "2010-06-01"),
                 _set("states/TCD.yaml", f"participation.{_index_of(data, 'states/TCD.yaml', 'participation', action='entry_into_force')}.date",
                      "2010-08-01"),
                 _set(E_CHAD, "host_party_reported", True)),
             fields=("host_party_reported",)),
        Case("hand:a finding about a trip not in the record", "hand", (D_CHAD,),
             _set(D_CHAD, "events", [f"2010-08-27-{B}-kenya"]), fields=("events",)),
        Case("hand:a finding dated before the trip it rules on", "hand", (D_CHAD, E_CHAD),
             _set(D_CHAD, "date", "2010-07-20"), fields=("date", "events")),
        Case("hand:a response dated before the finding it answers", "hand", (RS, D_CHAD),
             _set(RS, "date", "2010-08-01"), fields=("date", "decision")),
        Case("hand:one trip recorded in two files", "hand", (E_CHAD, f"events/{ecr['id']}-bis.yaml"),
             _copy_as(E_CHAD, f"events/{ecr['id']}-bis.yaml", {"id": f"{ecr['id']}-bis"}), fields=("id", "date", "person", "state")),
        Case("hand:an alias that is another person's name", "hand", (f"persons/{B}.yaml", "persons/joseph-kony.yaml"),
             _set(f"persons/{B}.yaml", "aliases", [*(person.get("aliases") or []), other_person["name"]]), fields=("aliases", "name")),
        Case("hand:a signatory that did not exist on the statement's day", "hand", (ST,),
             _set(f"states/{st['signatories'][0]}.yaml", "since", {"date": "2021-01-01", "sources": [DEPOSITARY]}),
             fields=("signatories", "since", "date")),
        Case("hand:a statement of States Parties dated before the Statute bound its signatories (Art. 126)", "hand",
             ("statements/js-2002-06-01.yaml",),
             _copy_as(ST, "statements/js-2002-06-01.yaml", {"id": "js-2002-06-01", "date": "2002-06-01",
                                                            "title": "Joint statement of States Parties in support of the Court"}),
             fields=("signatories", "drafters")),
        Case("hand:a statement's announced count differs from its complete list", "hand", (ST,),
             _do(_set(ST, "complete", True), _set(ST, "announced_signatories", len(st["signatories"]) + 5)),
             fields=("announced_signatories", "signatories", "complete")),
        Case("hand:a source dated after the record's checked_through", "hand", (E_CHAD,),
             _set(E_CHAD, "sources.0.date", after_checked), fields=("sources",)),
        Case("hand:a source dated before the warrant it states", "hand", (W1,),
             _set(W1, f"sources.{_no_note(data, W1)}.date", "2005-01-01"), fields=("sources",)),
        Case("hand:a decision naming a person of another case", "hand", (D_CHAD, "persons/joseph-kony.yaml"),
             _set(D_CHAD, "persons", ["joseph-kony"]), fields=("persons", "situation")),
        Case("hand:a request of the Court to a State dated before the warrant", "hand",
             (f"requests/2009-03-06-icc-{B}-jor.yaml", W1), _set(f"requests/2009-03-06-icc-{B}-jor.yaml", "date", "2009-03-01"),
             fields=("date",)),
        Case("hand:a warrant issued before its situation was referred", "hand", (W1, "situations/darfur-sudan.yaml"),
             _set(W1, "issued", "2005-03-01"), fields=("issued", "situation")),
        Case("hand:a signature and a ratification dated before the Statute's adoption", "hand", (rat, "instruments/rome-statute.yaml"),
             _do(_set(rat, f"participation.{_index_of(data, rat, 'participation', action='signature')}.date", "1998-06-30"),
                 _set(rat, f"participation.{_index_of(data, rat, 'participation', action='ratification')}.date", "1998-07-01"),
                 _set(rat, f"participation.{i_eif}.date", "2002-07-01")),  # Art. 126 followed: the Statute's own entry into force
             fields=("participation",)),
    ]


def _no_note(data: Path, rel: str) -> int:
    """The first source of a record with no note (a note may say why a source is dated before the act)."""
    return next(i for i, src in enumerate(load_yaml((data / rel).read_text(encoding="utf-8"))["sources"]) if not src.get("note"))


def _art126_wrong(data: Path, rel: str, i: int) -> str:
    """The entry into force moved a month from the record's (the record's own follows Art. 126)."""
    d = str(load_yaml((data / rel).read_text(encoding="utf-8"))["participation"][i]["date"])
    first = dt.date.fromisoformat(d[:10])
    return (first.replace(day=1) + dt.timedelta(days=40)).replace(day=1).isoformat()


# --- a check --------------------------------------------------------------------------------------------------


def cases(data: Path) -> list[Case]:
    return generated(data) + hand(data)


def _snapshot(data: Path) -> dict[Path, str]:
    return {p: p.read_text(encoding="utf-8") for p in data.rglob("*.yaml")}


def _restore(data: Path, snap: dict[Path, str]) -> None:
    for p in data.rglob("*.yaml"):
        if p not in snap:
            p.unlink()
    for p, text in snap.items():
        if p.read_text(encoding="utf-8") != text:
            p.write_text(text, encoding="utf-8")


_BASE: dict[Path, set[str]] = {}


def outcome(c: Case, data: Path) -> tuple[str, list[str]]:
    if data not in _BASE:
        _BASE[data] = {str(p) for p in check_dataset(data)[1]}
    snap = _snapshot(data)
    try:
        if c.edit is not None:
            c.edit(data)
        else:
            _set(c.write or c.files[0], c.path, c.value)(data)
        problems = [p for p in check_dataset(data)[1] if str(p) not in _BASE[data]]
    except Exception:
        return "crash", [traceback.format_exc()[-400:]]
    finally:
        _restore(data, snap)
    return classify(c, problems)


def classify(c: Case, problems: list[Any]) -> tuple[str, list[str]]:
    names = {f"data/{f}" for f in c.files}
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity != "error"]

    def named(p: Any) -> bool:
        if p.file not in names or not p.record or not p.field:
            return False
        return not c.fields or any(r27._dotted(p.field).split(".")[0] == f or f in p.message for f in c.fields) or \
            c.edit is None
    def says(p: Any) -> bool:  # names the contradiction: the other record (its id, its date), not only the file
        return not c.mentions or any(m in p.message or m in (p.field or "") for m in c.mentions)
    if c.valid:
        return "valid", [str(p)[:220] for p in errors[:2]]
    if any(named(p) and says(p) for p in errors):
        return "refused, named", [str(p)[:220] for p in errors if named(p) and says(p)][:2]
    if any(named(p) for p in errors):
        return "refused by another rule", [str(p)[:220] for p in errors if named(p)][:2]
    if errors:
        return "named partly", [str(p)[:220] for p in errors[:2]]
    if any(named(p) for p in warnings):
        return "warned", [str(p)[:220] for p in warnings if named(p)][:2]
    return "silent", [str(p)[:220] for p in warnings[:2]]


def base_copy(target: Path) -> Path:
    """Round 27's base (the small record with round four's extras), with the links it holds nowhere (``BASE_LINKS``)."""
    r27.base_copy(target)
    for rel, changes in BASE_LINKS.items():
        obj = load_yaml((target / rel).read_text(encoding="utf-8"))
        obj.update(changes)
        (target / rel).write_text(dump_yaml(obj), encoding="utf-8")
    obj = load_yaml((target / OPEN_TO_ALL_SIGNATORIES).read_text(encoding="utf-8"))
    obj["open_to"] = sorted(obj["signatories"])
    (target / OPEN_TO_ALL_SIGNATORIES).write_text(dump_yaml(obj), encoding="utf-8")
    return target


def run(out: Path) -> None:
    sweep_runner.run(out, base_copy, cases, outcome)


CLASSES = ["refused, named", "refused by another rule", "warned", "named partly", "silent", "crash", "valid"]


def table(before: Path, after: Path | None = None) -> str:
    rows: list[str] = []
    for label, path in (("before", before), ("after", after)):
        if path is None:
            continue
        res = json.loads(path.read_text())
        rows.append(f"\n{label}: " + ", ".join(f"{c} {sum(r['result'] == c for r in res)}" for c in CLASSES) + f" (of {len(res)})\n")
        rows.append("| group | cases | " + " | ".join(CLASSES) + " |")
        rows.append("|---|---|" + "---|" * len(CLASSES))
        for g in sorted({r["group"] for r in res}):
            mine = [r for r in res if r["group"] == g]
            rows.append(f"| {g} | {len(mine)} | " + " | ".join(str(sum(r["result"] == c for r in mine)) for c in CLASSES) + " |")
        rows.append("\nNot refused, named:\n")
        rows += [f"- `{r['id']}` ({r['why']}): {r['result']}; {r['problems'][0] if r['problems'] else ''}" for r in res
                 if r["result"] not in ("refused, named", "valid")]
    return "\n".join(rows)


if __name__ == "__main__":
    sweep_runner.main(sys.argv[1:], run, table)
