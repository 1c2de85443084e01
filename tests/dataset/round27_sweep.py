"""Round twenty-seven's sweep (not a test; tests/dataset/ROUND27.md): for one record of every kind of the small record
(with round four's extra records), every field its model knows (the record's own fields, and the fields of the first
item of each list of sub-records it holds), each mutation a contributor could write by hand, generated from the model:
so a new field is swept without a new line here.

Each mutation says from the model whether it is legitimately valid (an optional field removed, ``null`` where the
model allows it, ``[]`` for a list that may be empty); every other one must be refused naming the file, the record and
the field. ``outcome`` checks one mutation and classifies the answer:

- "refused, named": an error names the changed file, a record and the field (or a field inside it);
- "named partly": an error names the file but not the record or not the field, or names only another file;
- "silent": no error (``valid`` when the model says the mutation is legitimate);
- "crash": the checker raised.

    PYTHONPATH=src python -m tests.dataset.round27_sweep OUT.json      # every mutation's outcome
    PYTHONPATH=src python -m tests.dataset.round27_sweep table BEFORE.json [AFTER.json]
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import traceback
import types
import typing
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from tests.dataset.probe_harness import EXTRA, SMALL

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

#: The record swept for each kind (file under data/ → the model that reads it). The lookup table and the two top-level
#: files are read by the loader's own models.
RECORDS: dict[str, str] = {
    "states": "states/JOR.yaml",
    "instruments": "instruments/rome-statute.yaml",
    "situations": "situations/darfur-sudan.yaml",
    "persons": "persons/omar-hassan-ahmad-al-bashir.yaml",
    "warrants": "warrants/bosco-ntaganda-1.yaml",
    "events": "events/2010-07-21-omar-hassan-ahmad-al-bashir-chad.yaml",
    "decisions": "decisions/2010-08-27-chad.yaml",
    "responses": "responses/2013-02-13-asp-president-letter-chad.yaml",
    "statements": "statements/js-2020-06-23.yaml",
    "measures": "measures/alb-2022-03-02-situation-referral-ukraine.yaml",
    "positions": "positions/icc-appeals-jordan-2019.yaml",
    "requests": "requests/2009-03-06-icc-omar-hassan-ahmad-al-bashir-jor.yaml",
    "assertions": "assertions.yaml",
    "meta": "meta.yaml",
    "lookups": "lookups/search_routes.yaml",
}

FUTURE = "2099-01-01"
NO_ID = "no-such-record"
NO_STATE = "QQQ"  # a user-assigned code of ISO 3166-1: never a State's


def _model(kind: str) -> type[BaseModel]:
    from iccwatch.dataset.loader import LOOKUP_MODELS, Assertions
    from iccwatch.dataset.records import KINDS

    if kind == "assertions":
        return Assertions
    if kind == "meta":
        from iccwatch.model import Meta

        return Meta
    if kind == "lookups":
        return LOOKUP_MODELS[Path(RECORDS["lookups"]).stem]
    return KINDS[kind][0]


# --- what a field is, read from its annotation ----------------------------------------------------------------


def _unwrap(ann: Any) -> tuple[Any, bool, list[Any]]:
    """(the annotation without None and Annotated, whether None is allowed, the validators' metadata)."""
    meta: list[Any] = []
    nullable = False
    while True:
        origin = typing.get_origin(ann)
        if origin is typing.Annotated:
            meta += list(getattr(ann, "__metadata__", ()))
            ann = typing.get_args(ann)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(ann) if a is not type(None)]
            nullable = nullable or len(args) < len(typing.get_args(ann))
            if len(args) != 1:
                return ann, nullable, meta
            ann = args[0]
        else:
            return ann, nullable, meta


@dataclass(frozen=True)
class Field:
    path: str  # dotted, list items by index: "participation.0.date"
    shape: str  # "str", "date", "slug", "iso3", "enum", "bool", "int", "list", "model", "dict"
    required: bool
    nullable: bool
    list_may_be_empty: bool
    enum: tuple[Any, ...] = ()
    future_allowed: bool = False
    item: str = ""  # a list's items' shape


def _future_allowed(model: type[BaseModel], name: str) -> bool:
    """The checker's own table of dates that may lie ahead (cutoff_checks.LEEWAY, whatever the record says)."""
    from iccwatch.dataset.cutoff_checks import LEEWAY

    lee = LEEWAY.get((model.__name__, name))
    return lee is not None and not lee.future and lee.when is None


def _shape(ann: Any, meta: list[Any]) -> tuple[str, tuple[Any, ...]]:
    names = " ".join(getattr(getattr(m, "func", None), "__name__", "") for m in meta)
    origin = typing.get_origin(ann)
    if origin is typing.Literal:
        return "enum", typing.get_args(ann)
    if origin is list:
        return "list", ()
    if origin is dict:
        return "dict", ()
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return "model", ()
    if ann is bool:
        return "bool", ()
    if ann in (int, float):
        return "int", ()
    if "date" in names or "day" in names:
        return "date", ()
    if "slug" in names:
        return "slug", ()
    if "iso3" in names:
        return "iso3", ()
    return "str", ()


def fields_of(model: type[BaseModel], record: dict[str, Any], prefix: str = "", seen: set[type[BaseModel]] | None = None) -> list[Field]:
    """Every field ``model`` knows, and the fields of the first sub-record of each list of sub-records ``record`` holds
    (a sub-record's model once: one Source, one Participation; ``seen`` holds those already swept)."""
    seen = set() if seen is None else seen
    out = []
    for name, info in model.model_fields.items():
        ann, nullable, meta = _unwrap(info.annotation)
        shape, enum = _shape(ann, meta + list(info.metadata))
        min_len = any(getattr(m, "min_length", 0) for m in info.metadata)
        item = ""
        if shape == "list" and typing.get_args(ann):
            item_ann, _, item_meta = _unwrap(typing.get_args(ann)[0])
            item = _shape(item_ann, item_meta)[0]
        out.append(Field(prefix + name, shape, info.is_required(), nullable, shape == "list" and not min_len, enum,
                         _future_allowed(model, name), item))
        value = record.get(name)
        if shape == "list" and isinstance(value, list) and value and isinstance(value[0], dict):
            item, _, _ = _unwrap(typing.get_args(ann)[0])
            if isinstance(item, type) and issubclass(item, BaseModel) and item not in seen:
                seen.add(item)
                out += fields_of(item, value[0], f"{prefix}{name}.0.", seen)
    return out


# --- the mutations ---------------------------------------------------------------------------------------------

_REMOVE = object()


@dataclass(frozen=True)
class Mutation:
    kind: str
    file: str
    field: str
    what: str
    value: Any  # _REMOVE to remove the field
    valid: bool  # the model says the mutation is legitimate
    extra_name: str | None = None  # for an unknown field: the name written
    copy_to: str | None = None  # for a duplicate: the record copied unchanged into this second file

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.field}:{self.what}"


def _get(obj: Any, path: str) -> Any:
    for k in path.split("."):
        if isinstance(obj, list):
            obj = obj[int(k)] if k.isdigit() and int(k) < len(obj) else None
        elif isinstance(obj, dict):
            obj = obj.get(k)
        else:
            return None
    return obj


def _set(obj: Any, path: str, value: Any, extra_name: str | None = None) -> None:
    *head, last = path.split(".")
    for k in head:
        obj = obj[int(k)] if k.isdigit() else obj[k]
    if extra_name is not None:
        obj[extra_name] = value
    elif value is _REMOVE:
        obj.pop(last, None)
    else:
        obj[last] = value


def _misspelt(name: str) -> str:
    """A contributor's slip: two letters swapped (``soruces``), or a letter doubled where a swap changes nothing."""
    i = 2 if len(name) > 3 else 0
    swapped = name[:i] + name[i + 1] + name[i] + name[i + 2:] if len(name) > i + 1 else name + name[-1]
    return swapped if swapped != name else name[:i] + name[i] + name[i:]


def _keys(data: Path) -> dict[str, list[str]]:
    return {folder.name: sorted(p.stem for p in folder.glob("*.yaml")) for folder in data.iterdir() if folder.is_dir()}


def mutations(data: Path = SMALL) -> list[Mutation]:
    """Every mutation of every swept record (the base record is the small one with the extras laid over)."""
    keys = _keys(data) | {rel.split("/")[0]: sorted({*_keys(data).get(rel.split("/")[0], []), Path(rel).stem}) for rel in EXTRA}
    out: list[Mutation] = []
    seen: dict[str, set[type[BaseModel]]] = {"record": set(), "lookups": set(), "assertions": set(), "meta": set()}
    for kind, rel in RECORDS.items():
        text = EXTRA.get(rel) or (data / rel).read_text(encoding="utf-8")
        record = load_yaml(text)
        for f in fields_of(_model(kind), record, seen=seen.get(kind, seen["record"])):
            value = _get(record, f.path)
            present = value is not None or (f.path.split(".")[-1] in (_get(record, f.path.rpartition(".")[0]) or {})
                                            if "." in f.path else f.path in record)

            def add(what: str, v: Any, valid: bool = False, extra: str | None = None, f: Field = f, kind: str = kind, rel: str = rel) -> None:
                out.append(Mutation(kind, rel, f.path, what, v, valid, extra))

            if present:
                add("removed", _REMOVE, valid=not f.required)
            add('""', "", valid=False)
            shape_mutations(add, f, value)
            if f.path != _key_field(kind):  # every slug field of the models is a reference to a record (round 27 read them all)
                if f.shape == "slug":
                    add("an id that does not exist", NO_ID)
                if f.shape == "iso3":
                    add("a State that does not exist", NO_STATE)
                listed = list(value)[:-1] if isinstance(value, list) else []  # the record's last entry mistyped
                if f.item == "slug":
                    add("an id that does not exist", [*listed, NO_ID])
                if f.item == "iso3":
                    add("a State that does not exist", [*listed, NO_STATE])
            if f.path == _key_field(kind) and isinstance(value, str):
                other = next((k for k in keys.get(kind, []) if k != value), None)
                if other:
                    add("another record's id", other)
                out.append(Mutation(kind, rel, f.path, "a copy of the record in a second file", value, False,
                                    copy_to=f"{kind}/{value}-2.yaml"))
            if "." not in f.path or f.path.count(".") == 2:
                add("misspelt", value if value is not None else "x", extra=_misspelt(f.path.split(".")[-1]))
    return out


def shape_mutations(add: Any, f: Field, value: Any, empty_ok: bool = False) -> None:
    """The mutations of one field's value by its shape (empty, null, the wrong shape, a number, bad dates, outside its
    enum or in another case, yes as text), each passed to ``add(what, value, valid=...)``; round 28 makes them too.
    ``empty_ok``: an empty mapping is legitimate here (a table all of whose fields are optional)."""
    add("[]", [], valid=f.shape == "list" and f.list_may_be_empty)
    add("{}", {}, valid=f.shape == "dict" or empty_ok)
    add("null", None, valid=f.nullable)
    if f.shape in ("list", "dict"):
        add("a scalar for a list" if f.shape == "list" else "a scalar for a mapping", "x")
    if f.shape != "list":
        add("a list for a scalar", [value if value is not None else "x"])
    if f.shape != "int":
        add("a number", 2010)
    if f.shape not in ("model", "dict"):
        add("a mapping for a scalar", {"value": value if value is not None else "x"})
    if f.shape == "date":
        add("05/12/2026", "05/12/2026")
        add("2026-13-01", "2026-13-01")
        add("2026-02-30", "2026-02-30")
        add("a time zone", "2010-07-21T10:00:00+02:00")
        add("in the future", FUTURE, valid=f.future_allowed)
    if f.shape == "enum":
        add("outside the enum", "not_a_value")
        sample = value if isinstance(value, str) else next((e for e in f.enum if isinstance(e, str)), "x")
        add("another case", sample.upper() if sample != sample.upper() else sample.lower())
    if f.shape == "bool":
        add("yes as text", "yes")


def _key_field(kind: str) -> str | None:
    from iccwatch.dataset.records import KIND_KEYS

    return KIND_KEYS[kind][1] if kind in KIND_KEYS else None


# --- a check --------------------------------------------------------------------------------------------------


def base_copy(target: Path) -> Path:
    """The small record with the extras, at ``target`` (a data/ folder)."""
    shutil.copytree(SMALL, target)
    for rel, text in EXTRA.items():
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        (target / rel).write_text(text, encoding="utf-8")
    return target


def apply(m: Mutation, data: Path) -> str:
    """Write ``m`` into its file under ``data``; return the file's text before (to restore)."""
    path = data / m.file
    before = path.read_text(encoding="utf-8")
    if m.copy_to:
        (data / m.copy_to).write_text(before, encoding="utf-8")
        return before
    obj = load_yaml(before)
    _set(obj, m.field, m.value, m.extra_name)
    path.write_text(dump_yaml(obj), encoding="utf-8")
    return before


def outcome(m: Mutation, data: Path, fast: bool = False) -> tuple[str, list[str]]:
    """Check ``m`` on the base record at ``data`` (restored after): the class and the errors shown. ``fast``: where the
    loader alone refuses the mutation naming the file, record and field, that is the answer (``check_dataset`` returns
    the loader's problems and adds its own; it takes none away), without the cross-record checks."""
    before = apply(m, data)
    try:
        if fast:
            from iccwatch.dataset.loader import load_records

            found = _classify(m, load_records(data)[1])
            if found[0] == "refused, named":
                return found
        problems = check_dataset(data)[1]
    except Exception:
        return "crash", [traceback.format_exc()[-400:]]
    finally:
        (data / m.file).write_text(before, encoding="utf-8")
        if m.copy_to:
            (data / m.copy_to).unlink()
    return _classify(m, problems)


def _classify(m: Mutation, problems: list[Any]) -> tuple[str, list[str]]:
    errors = [p for p in problems if p.severity == "error"]
    if not errors:
        return ("valid" if m.valid else "silent"), []
    if m.valid:  # legitimate by the model: a cross-record rule may refuse what it now contradicts
        return "valid", [str(p)[:200] for p in errors[:2]]
    names = {f"data/{m.file}", f"data/{m.copy_to}"}
    mine = [p for p in errors if p.file in names]
    field = m.field.rpartition(".")[0] + "." + m.extra_name if m.extra_name and "." in m.field else m.extra_name or m.field

    last = field.rpartition(".")[2]

    def names_field(p: Any) -> bool:  # as the problem's field, or (a rule on two fields) in its words
        f = _dotted(p.field or "")
        return f == field or f.startswith(field + ".") or bool(re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", p.message))

    named = [p for p in mine if p.record and names_field(p)]
    shown = [str(p)[:200] for p in (named or mine or errors)[:2]]
    if named:
        return "refused, named", shown
    return "named partly", shown


def _dotted(field: str) -> str:
    """A problem's field path (``participation[0].date``) written as the sweep writes it (``participation.0.date``)."""
    return re.sub(r"\[(\d+)\]", r".\1", field)


def run(out: Path, fast: bool = False, base: Any = None, made: Any = None, outcome_of: Any = None) -> None:
    """Every mutation's outcome written to ``out`` (JSON), with the counts by class printed; round 28 passes its own base
    copy, mutations (made from that copy) and outcome."""
    import tempfile

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        data = (base or base_copy)(Path(tmp) / "data")
        for m in (made(data) if made else mutations()):
            result, shown = (outcome_of or outcome)(m, data, fast)
            results.append({"id": m.id, "kind": m.kind, "field": m.field, "what": m.what, "valid": m.valid, "result": result,
                            "problems": shown})
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    print(Counter(r["result"] for r in results))


def table(before: Path, after: Path | None = None) -> str:
    """ROUND27.md's summary: by kind, how many mutations ended in each class, before (and after)."""
    rows = []
    for label, path in (("before", before), ("after", after)):
        if path is None:
            continue
        res = json.loads(path.read_text())
        for r in res:  # a mutation the model allows: passes, or is refused by a rule on more than its type
            if r["result"] == "valid":
                r["result"] = "valid, refused by a rule" if r["problems"] else "valid, passes"
        classes = ["refused, named", "named partly", "silent", "crash", "valid, passes", "valid, refused by a rule"]
        rows.append(f"\n{label}: " + ", ".join(f"{c} {sum(r['result'] == c for r in res)}" for c in classes) + f" (of {len(res)})\n")
        rows.append("| kind | mutations | " + " | ".join(classes) + " |")
        rows.append("|---|---|" + "---|" * len(classes))
        for kind in RECORDS:
            mine = [r for r in res if r["kind"] == kind]
            rows.append(f"| {kind} | {len(mine)} | " + " | ".join(str(sum(r["result"] == c for r in mine)) for c in classes) + " |")
        rows.append("\nNot refused, named (and not valid):\n")
        rows += [f"- `{r['id']}`: {r['result']}; {r['problems'][0] if r['problems'] else ''}" for r in res
                 if not r["result"].startswith(("refused, named", "valid"))]
    return "\n".join(rows)


if __name__ == "__main__":
    if sys.argv[1] == "table":
        print(table(Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) > 3 else None))
    else:
        run(Path(sys.argv[1]), fast="--fast" in sys.argv)
