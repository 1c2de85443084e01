"""Round twenty-eight's sweep (not a test; tests/dataset/ROUND28.md), round twenty-seven's widened: every lookup table the
loader reads (each field of its model and of the first, second and last entry of each list or mapping of sub-records it
holds), the second and last entry of each list of sub-records of round twenty-seven's records (it swept the first), and
five mutations round twenty-seven did not make: a control character and a zero-width space inside a text, a text of
10,000 characters, a key written twice in one mapping, a key of the wrong case (``Date:``), and a value that is a YAML
alias. Generated from the models, as round twenty-seven's is.

An error on a field inside an entry of a list or mapping must name the entry (its index or key in the problem's field),
not only the field: ``status_history[1].date``, not ``date``.

    PYTHONPATH=src python -m tests.dataset.round28_sweep OUT.json [--fast]
    PYTHONPATH=src python -m tests.dataset.round28_sweep table BEFORE.json [AFTER.json]
"""

from __future__ import annotations

import json
import re
import sys
import traceback
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from tests.dataset import round27_sweep as r27

from iccwatch.dataset import check_dataset
from iccwatch.dataset.yaml_io import dump_yaml, load_yaml

DATA = Path(__file__).resolve().parents[2] / "data"
#: A bundled table is swept on the first entries of each list and of each top-level mapping (a copy made at each run from
#: data/lookups, so the sweep follows the tables): every entry reads through the same model.
KEPT = 3

#: The records of round twenty-seven (their second and last sub-records) and every lookup table the loader reads.
RECORDS: dict[str, str] = {k: v for k, v in r27.RECORDS.items() if k != "lookups"}


def lookup_files() -> dict[str, str]:
    from iccwatch.dataset.loader import LOOKUP_MODELS

    return {f"lookups/{stem}": f"lookups/{stem}.yaml" for stem in sorted(LOOKUP_MODELS)}


FILES: dict[str, str] = RECORDS | lookup_files()
SENTINEL = "b15-sentinel-value"
LONG = "x" * 10_000


def _model(kind: str) -> type[BaseModel]:
    from iccwatch.dataset.loader import LOOKUP_MODELS

    if kind.startswith("lookups/"):
        return LOOKUP_MODELS[kind.partition("/")[2]]
    return r27._model(kind)


def _model_of(ann: Any) -> type[BaseModel] | None:
    inner, _, _ = r27._unwrap(ann)
    return inner if isinstance(inner, type) and issubclass(inner, BaseModel) else None


def _positions(n: int, roles: tuple[str, ...]) -> list[tuple[str, int]]:
    at = {"first": 0, "second": 1, "last": n - 1}
    out: list[tuple[str, int]] = []
    for role in roles:
        i = at[role]
        if 0 <= i < n and i not in [j for _, j in out]:
            out.append((role, i))
    return out


def fields_of(model: type[BaseModel], record: Any, prefix: str, roles: tuple[str, ...], seen: set[Any], top: bool,
              later: bool = False) -> list[tuple[r27.Field, bool]]:
    """The fields ``model`` knows and, for each list or mapping of sub-records the record holds, the fields of its entries
    at ``roles`` (each sub-model once per role); each with whether it is in an entry after a first (``later``)."""
    out: list[tuple[r27.Field, bool]] = []
    record = record if isinstance(record, dict) else {}
    for name, info in model.model_fields.items():
        ann, nullable, meta = r27._unwrap(info.annotation)
        shape, enum = r27._shape(ann, meta + list(info.metadata))
        min_len = any(getattr(m, "min_length", 0) for m in info.metadata)
        item = ""
        if shape == "list" and typing.get_args(ann):
            item = r27._shape(*r27._unwrap(typing.get_args(ann)[0])[::2])[0]
        if top:
            out.append((r27.Field(prefix + name, shape, info.is_required(), nullable, shape == "list" and not min_len, enum,
                                  r27._future_allowed(model, name), item), later))
        value = record.get(name)
        args = typing.get_args(ann)
        if shape == "model" and isinstance(value, dict) and (sub := _model_of(ann)) and (sub, prefix.count(".")) not in seen:
            seen.add((sub, prefix.count(".")))
            out += fields_of(sub, value, f"{prefix}{name}.", roles, seen, True, later)
        elif shape == "list" and isinstance(value, list) and args and (sub := _model_of(args[0])):
            for role, i in _positions(len(value), roles):
                if isinstance(value[i], dict) and (sub, role) not in seen:
                    seen.add((sub, role))
                    out += fields_of(sub, value[i], f"{prefix}{name}.{i}.", roles, seen, True, later or role != "first")
        elif shape == "dict" and isinstance(value, dict) and len(args) == 2 and (sub := _model_of(args[1])):
            keys = list(value)
            for role, i in _positions(len(keys), roles):
                if isinstance(value[keys[i]], dict) and (sub, role) not in seen and "." not in str(keys[i]):
                    seen.add((sub, role))
                    out += fields_of(sub, value[keys[i]], f"{prefix}{name}.{keys[i]}.", roles, seen, True, later or role != "first")
    return out


# --- the mutations ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mutation(r27.Mutation):
    text_edit: str | None = None  # "duplicate key" or "alias": written in the file's text, not its parse
    rename_to: str | None = None  # a key of the wrong case: the field written under this name


_get = r27._get  # a value at a dotted path (list indices as numbers), None where the path ends early


def _parent(obj: Any, path: str) -> tuple[Any, str]:
    *head, last = path.split(".")
    for k in head:
        obj = obj[int(k)] if isinstance(obj, list) else obj[k]
    return obj, last


def mutations(base: Path) -> list[Mutation]:
    """Every mutation of every swept file (records: the second and last sub-records, with the five new mutations on the
    record's own fields too; lookup tables: every field)."""
    data = base
    keys = r27._keys(data) | {rel.split("/")[0]: sorted({*r27._keys(data).get(rel.split("/")[0], []), Path(rel).stem})
                              for rel in r27.EXTRA}
    out: list[Mutation] = []
    seen: set[Any] = set()
    seen_lookups: set[Any] = set()  # each sub-model of the tables once per role (many tables share _Entry, _Names ...)
    for kind, rel in FILES.items():
        text = (base / rel).read_text(encoding="utf-8")
        record = load_yaml(text)
        lookup = kind.startswith("lookups/")
        fields = fields_of(_model(kind), record, "", ("first", "second", "last") if lookup else ("second", "last"),
                           seen_lookups if lookup else seen, True)
        later_paths = {f.path for f, later in fields if later}
        for f in (f for f, _ in fields):
            value = _get(record, f.path)
            parent = _get(record, f.path.rpartition(".")[0]) if "." in f.path else record
            present = isinstance(parent, dict) and f.path.rpartition(".")[2] in parent
            own = not lookup and "." not in f.path  # a record's own field: round 27 made the old mutations

            def add(what: str, v: Any, valid: bool = False, f: r27.Field = f, kind: str = kind, rel: str = rel, **kw: Any) -> None:
                out.append(Mutation(kind, rel, f.path, what, v, valid, **kw))

            later = lookup and f.path in later_paths  # a table's entry after its first: the brief set
            if not own:
                _old(add, f, value, present, keys.get(kind, []), kind, brief=later, empty_ok=_all_optional(_model(kind), f))
            textual = f.shape in ("str", "slug", "iso3", "date", "enum")
            if textual and not later:
                sample = value if isinstance(value, str) and len(value) > 1 else "ab"
                add("a control character", sample[:1] + "\x07" + sample[1:])
                add("a zero-width space", sample[:1] + "\u200b" + sample[1:])
                add("10,000 characters", LONG, valid=f.shape == "str" and not _bounded(_model(kind), f.path, record))
            if present:
                add("a key written twice", value, text_edit="duplicate key")
                add("a YAML alias", value, text_edit="alias")
                name = f.path.rpartition(".")[2]
                if name != name.capitalize():
                    add("a key of the wrong case", value, rename_to=name.capitalize())
    return out


def _bounded(model: type[BaseModel], path: str, record: Any) -> bool:
    """Whether the text field at ``path`` has a length limit in its model (then 10,000 letters are refused; a pattern
    may match them)."""
    from iccwatch.dataset.loader import _model_at

    parts = [int(p) if p.isdigit() else p for p in path.split(".")]
    where = _model_at(model, tuple(parts[:-1])) if len(parts) > 1 else model
    if where is None or not isinstance(parts[-1], str) or parts[-1] not in where.model_fields:
        return False
    info = where.model_fields[parts[-1]]
    _, _, meta = r27._unwrap(info.annotation)
    return any(getattr(m, "max_length", None) for m in [*info.metadata, *meta])


def _all_optional(model: type[BaseModel], f: r27.Field) -> bool:
    """Whether the field is a sub-record whose fields all have defaults (``{}`` is then legitimate)."""
    from iccwatch.dataset.loader import _model_at

    if f.shape != "model":
        return False
    where = _model_at(model, tuple(int(p) if p.isdigit() else p for p in f.path.split(".")))
    return where is not None and not any(i.is_required() for i in where.model_fields.values())


def _old(add: Any, f: r27.Field, value: Any, present: bool, keys: list[str], kind: str, brief: bool = False,
         empty_ok: bool = False) -> None:
    """Round twenty-seven's mutations of one field; ``brief`` (an entry after the first: the same model, read again; what
    is asked of it is that the error names the entry) those that break it each way once: removed, empty, null, the
    wrong shape, a misspelt name."""
    if present:
        add("removed", r27._REMOVE, valid=not f.required)
    add('""', "")
    if brief:
        add("null", None, valid=f.nullable)
        add("a scalar for a list" if f.shape == "list" else "a list for a scalar", "x" if f.shape == "list" else [value or "x"])
        add("misspelt", value if value is not None else "x", extra_name=r27._misspelt(f.path.split(".")[-1]))
        return
    r27.shape_mutations(add, f, value, empty_ok)
    if f.shape == "slug":
        add("an id that does not exist", r27.NO_ID)
    if f.shape == "iso3":
        add("a State that does not exist", r27.NO_STATE)
    listed = list(value)[:-1] if isinstance(value, list) else []
    if f.item == "slug":
        add("an id that does not exist", [*listed, r27.NO_ID])
    if f.item == "iso3":
        add("a State that does not exist", [*listed, r27.NO_STATE])
    add("misspelt", value if value is not None else "x", extra_name=r27._misspelt(f.path.split(".")[-1]))


# --- the base and a check -------------------------------------------------------------------------------------


def _table_path(rel: str) -> Path:
    return DATA / rel


def _trim(obj: Any, depth: int = 0) -> Any:
    """A bundled table with each long list or mapping cut to its first entries (the sweep reads the model, not the mass)."""
    if isinstance(obj, list):
        if len(obj) <= 12 and not any(isinstance(v, (dict, list)) for v in obj):
            return list(obj)  # a short list of words is a field's value (a year's twelve months), not entries
        return [_trim(v, depth + 1) for v in obj[:KEPT]]
    if isinstance(obj, dict):
        items = list(obj.items())
        entries = depth == 1 and (len(items) > 12 or all(isinstance(v, dict) for _, v in items))  # entries, not a model's fields
        # a table's own top level is its model's fields, never cut for its length (question_words grew past 40 fields in
        # session 46 and lost its required ones)
        if (entries and len(items) > KEPT) or (depth > 0 and len(items) > 40):
            items = items[:KEPT]
        return {k: _trim(v, depth + 1) for k, v in items}
    return obj


def base_copy(target: Path) -> Path:
    """Round 27's base (the small record with the extras) with every lookup table the small record lacks, trimmed."""
    r27.base_copy(target)
    for rel in lookup_files().values():
        if not (target / rel).exists():
            (target / rel).write_text(dump_yaml(_trim(load_yaml(_table_path(rel).read_text(encoding="utf-8")))), encoding="utf-8")
    cited = "\n".join(p.read_text(encoding="utf-8") for p in target.rglob("*.yaml") if p.parent.name != "lookups")
    for path in (target / "lookups").glob("*.yaml"):  # an entry for an address's domain no record cites is left out
        table = load_yaml(path.read_text(encoding="utf-8"))
        for key, value in table.items():
            if isinstance(value, list) and len(value) > KEPT and all(isinstance(v, dict) and "domain" in v for v in value):
                table[key] = value[:KEPT] + [v for v in value[KEPT:] if str(v["domain"]) in cited]
                path.write_text(dump_yaml(table), encoding="utf-8")
    for _ in range(20):  # an entry of a trimmed table that names what the small record lacks is left out
        errors = [p for p in check_dataset(target)[1] if p.severity == "error"]
        if not errors:
            return target
        for p in errors:
            if not (p.file.startswith("data/lookups/") and p.field):
                raise AssertionError(f"the sweep's base is refused: {p}")
            obj = load_yaml((target.parent / p.file).read_text(encoding="utf-8"))
            # (session 48) an entry whose field a trimmed table left invalid is left out; where that field is itself missing
            # (a required field taken out by an earlier pass: "required field is missing"), the entry holding it goes, up to
            # an optional table (question_words' number_words, whose languages' units the trim cut)
            path = r27._dotted(p.field)
            while path:
                try:
                    parent, last = _parent(obj, path)
                except (KeyError, IndexError, ValueError, TypeError):
                    break  # an entry left out already in this pass
                if isinstance(parent, list) and last.isdigit() and int(last) < len(parent):
                    del parent[int(last)]
                    break
                if isinstance(parent, dict) and last in parent:
                    parent.pop(last)
                    break
                path = path.rpartition(".")[0]
            else:
                continue
            (target.parent / p.file).write_text(dump_yaml(obj), encoding="utf-8")
    raise AssertionError("the sweep's base cannot be fitted to the small record")


def _dump(obj: Any) -> str:
    """YAML text of ``obj`` by libyaml's emitter (dump_yaml's pure-Python one took most of a big table's check): not the
    record's style, but read back the same, and only the mutated file is written so."""
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(obj, Dumper=dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10**6)


#: A file's parse by its text: each mutation changes a copy (marshal's, much cheaper than a parse of a big table).
_PARSED: dict[str, bytes] = {}


def _write(m: Mutation, before: str) -> str:
    import marshal

    if before not in _PARSED:
        _PARSED.clear()
        _PARSED[before] = marshal.dumps(load_yaml(before))
    obj = marshal.loads(_PARSED[before])
    parent, last = _parent(obj, m.field)
    if m.extra_name is not None:
        parent[m.extra_name] = m.value
    elif m.value is r27._REMOVE:
        parent.pop(last, None)
    elif m.rename_to:
        parent[m.rename_to] = parent.pop(last)
    elif not m.text_edit:
        parent[last] = m.value
    if not m.text_edit:
        return _dump(obj)
    parent[last] = SENTINEL
    lines = _dump(obj).split("\n")
    at = next(i for i, line in enumerate(lines) if line.endswith(f": {SENTINEL}"))
    head = lines[at][: -len(SENTINEL)]
    written = json.dumps(m.value, ensure_ascii=False)
    if m.text_edit == "duplicate key":
        lead = re.match(r"^\s*(?:- )?", head)
        assert lead is not None
        lines[at] = f"{head}{written}\n{' ' * lead.end()}{head[lead.end():]}{written}"
    else:  # an alias of the first plain value written before it (or, for the file's first, after it: undefined then)
        lines[at] = head + "*b15"
        scalar = re.compile(r"^(\s*(?:- )?[\w-]+: )([^\s&*\[{|>'\"].*)$")
        j = next((i for i, line in enumerate(lines) if i != at and scalar.match(line)), None)
        if j is not None:
            lines[j] = scalar.sub(r"\1&b15 \2", lines[j])
    return "\n".join(lines)


def outcome(m: Mutation, data: Path, fast: bool = False) -> tuple[str, list[str]]:
    """As round 27's: ``fast`` takes the loader's answer where it names file, record and entry."""
    path = data / m.file
    before = path.read_text(encoding="utf-8")
    try:
        path.write_text(_write(m, before), encoding="utf-8")
        if fast:
            found = classify(m, _file_alone(data, m.file))
            if found[0] == "refused, named":
                return found
        problems = check_dataset(data)[1]
    except Exception:
        return "crash", [traceback.format_exc()[-400:]]
    finally:
        path.write_text(before, encoding="utf-8")
    return classify(m, problems)


def _file_alone(data: Path, rel: str) -> list[Any]:
    """The loader's problems with one file, read alone as the loader reads it among the others (a record: read and
    validated, its key against its file name; a lookup table: read, and its entries against its model)."""
    from iccwatch.dataset import loader
    from iccwatch.dataset.records import KINDS, RecordSet
    from iccwatch.model import Meta

    path, problems = data / rel, []
    relpath = f"data/{rel}"
    kind = rel.partition("/")[0]
    if kind == "lookups":
        _, raw = loader._read_with_text(path, data, problems, blanks=False)
        if isinstance(raw, dict):
            problems += loader._lookup_problems(relpath, path.stem, raw)
        return problems
    if kind in KINDS:
        records = RecordSet(meta=Meta(checked_through="1900", title="?", licence="?"))
        loader._load_one(path, relpath, *KINDS[kind], kind, {}, records, problems)
        return problems
    from iccwatch.dataset.loader import load_records

    return load_records(data)[1]


def classify(m: Mutation, problems: list[Any]) -> tuple[str, list[str]]:
    """Round 27's classes; a field inside an entry is named only with its entry (its index or key in the field)."""
    import dataclasses

    result, shown = r27._classify(dataclasses.replace(m, extra_name=m.rename_to) if m.rename_to else m, problems)
    if result != "refused, named" or "." not in m.field:
        return result, shown
    entry = m.field.rpartition(".")[0]
    errors = [p for p in problems if p.severity == "error" and p.file == f"data/{m.file}" and p.record]
    if any(r27._dotted(p.field or "").startswith(entry + ".") or r27._dotted(p.field or "") == entry for p in errors):
        return result, shown
    return "named partly", [str(p)[:200] for p in errors[:2]]


def run(out: Path, fast: bool = False) -> None:
    r27.run(out, fast, base=base_copy, made=mutations, outcome_of=outcome)


def table(before: Path, after: Path | None = None) -> str:
    """ROUND28.md's summary: round 27's table by file, and what was not refused, named grouped by class and mutation
    (with a count and the first example: the list by mutation ran to a thousand lines)."""
    saved = r27.RECORDS
    r27.RECORDS = FILES  # the table's rows, by file
    try:
        text = r27.table(before, after)
    finally:
        r27.RECORDS = saved
    out, label = [], 0
    for line in text.split("\n"):
        if line.startswith("- `"):
            continue
        out.append(line)
        if line.startswith("Not refused, named"):
            res = json.loads([before, after][label].read_text())  # type: ignore[union-attr]
            label += 1
            groups: dict[tuple[str, str], list[Any]] = {}
            for r in res:
                if not r["result"].startswith(("refused, named", "valid")):
                    groups.setdefault((r["result"], r["what"]), []).append(r)
            out += [f"- {res_} / {what}: {len(rs)}, e.g. `{rs[0]['id']}`: {rs[0]['problems'][0].strip().splitlines()[-1][:160] if rs[0]['problems'] else ''}"
                    for (res_, what), rs in sorted(groups.items())]
    return "\n".join(out)


if __name__ == "__main__":
    if sys.argv[1] == "table":
        print(table(Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) > 3 else None))
    else:
        run(Path(sys.argv[1]), fast="--fast" in sys.argv)
