"""Read ``data/`` into a RecordSet, collecting every problem with its file, record and field.

The loader is strict: an unknown folder or file, an unknown field, a malformed value or malformed
YAML is a problem, never silently absorbed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from iccwatch.dataset.grading import PublisherTable
from iccwatch.dataset.problems import Problem
from iccwatch.dataset.records import KINDS, RecordSet
from iccwatch.dataset.yaml_io import read_yaml
from iccwatch.model import Meta

TOP_LEVEL_FILES = {"meta.yaml", "assertions.yaml", "README.md"}
LOOKUP_FILES = {"state_names", "demonyms", "places", "publishers", "map_points"}


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validation_problems(file: str, record: str | None, exc: ValidationError) -> list[Problem]:
    problems = []
    for err in exc.errors():
        field = _loc(err["loc"]) or None
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown field (not part of the schema)"
        elif err["type"] == "missing":
            msg = "required field is missing"
        problems.append(Problem(file, record, field, msg))
    return problems


def _read(path: Path, root: Path, problems: list[Problem]) -> Any:
    rel = str(path.relative_to(root.parent)) if root.parent in path.parents else str(path)
    try:
        return read_yaml(path)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        problems.append(Problem(rel, None, None, f"malformed YAML{where}: {problem}"))
    except UnicodeDecodeError as exc:
        problems.append(Problem(rel, None, None, f"not UTF-8 text: {exc}"))
    return None


def load_records(root: Path) -> tuple[RecordSet | None, list[Problem]]:
    """Load every record under ``root`` (the data/ folder). Returns the records (None if meta is
    unreadable) and the problems found while reading and validating each file."""
    problems: list[Problem] = []
    root = root.resolve()
    if not root.is_dir():
        return None, [Problem(str(root), None, None, "data folder not found")]

    def rel(path: Path) -> str:
        return str(path.relative_to(root.parent))

    meta: Meta | None = None
    meta_path = root / "meta.yaml"
    if not meta_path.exists():
        problems.append(Problem(rel(meta_path), None, None, "missing: the record must say what it knows up to"))
    else:
        raw = _read(meta_path, root, problems)
        if raw is not None:
            try:
                meta = Meta.model_validate(raw)
            except ValidationError as exc:
                problems.extend(validation_problems(rel(meta_path), "meta", exc))
    records = RecordSet(meta=meta) if meta else RecordSet(meta=Meta(checked_through="1900", title="?", licence="?"))

    for entry in sorted(root.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_file():
            if entry.name not in TOP_LEVEL_FILES:
                problems.append(Problem(rel(entry), None, None, "unexpected file in data/ (not a known record kind)"))
            continue
        if entry.name == "lookups":
            _load_lookups(entry, root, records, problems)
            continue
        if entry.name not in KINDS:
            problems.append(
                Problem(rel(entry), None, None, f"unknown record folder; known kinds are {', '.join(KINDS)}")
            )
            continue
        model, key_field = KINDS[entry.name]
        target = records.of_kind(entry.name)
        for path in sorted(entry.iterdir()):
            if path.name.startswith("."):
                continue
            if path.suffix != ".yaml" or not path.is_file():
                problems.append(Problem(rel(path), None, None, "not a .yaml record file"))
                continue
            _load_one(path, rel(path), model, key_field, entry.name, target, records, problems)
    return (records if meta else None), problems


def _load_one(
    path: Path,
    relpath: str,
    model: type[BaseModel],
    key_field: str,
    kind: str,
    target: dict[str, Any],
    records: RecordSet,
    problems: list[Problem],
) -> None:
    before = len(problems)
    raw = _read(path, path.parents[1], problems)
    if raw is None:
        if len(problems) == before:
            problems.append(Problem(relpath, path.stem, None, "empty file"))
        return
    if not isinstance(raw, dict):
        problems.append(Problem(relpath, path.stem, None, f"a record must be a mapping, not {type(raw).__name__}"))
        return
    record_name = str(raw.get(key_field, path.stem))
    try:
        obj = model.model_validate(raw)
    except ValidationError as exc:
        problems.extend(validation_problems(relpath, record_name, exc))
        return
    key = getattr(obj, key_field)
    if key in target:
        problems.append(Problem(relpath, key, key_field, f"duplicate id: also in {records.files[(kind, key)]}"))
        return
    if key != path.stem:
        problems.append(Problem(relpath, key, key_field, f"key {key!r} does not match the file name {path.stem!r}"))
        return
    target[key] = obj
    records.files[(kind, key)] = relpath


def _load_lookups(folder: Path, root: Path, records: RecordSet, problems: list[Problem]) -> None:
    for path in sorted(folder.iterdir()):
        relpath = str(path.relative_to(root.parent))
        if path.suffix != ".yaml" or path.stem not in LOOKUP_FILES:
            problems.append(Problem(relpath, None, None, f"unknown lookup table; known: {', '.join(sorted(LOOKUP_FILES))}"))
            continue
        raw = _read(path, root, problems)
        if raw is None:
            continue
        if not isinstance(raw, dict) or "sources" not in raw or not raw["sources"]:
            problems.append(Problem(relpath, path.stem, "sources", "a lookup table must name its sources"))
            continue
        if path.stem == "publishers":  # validated here so a bad entry names its file and field
            try:
                PublisherTable.model_validate(raw)
            except ValidationError as exc:
                problems.extend(validation_problems(relpath, path.stem, exc))
                continue
        records.lookups[path.stem] = raw
