"""Strict YAML reading and stable YAML writing for the record.

Reading: dates stay text (validated as ISO 8601 by the model, never silently turned into objects)
and only ``true``/``false`` are booleans, so ``NO`` (Norway's alpha-2) or ``on`` stay strings.
Writing: keys in model order, block style, Unicode kept, so a reviewer reads a clean diff.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

# libyaml's parser when PyYAML was built with it (about ten times faster); the pure-Python one otherwise.
# Resolvers and constructors stay Python-level either way, so the two read every file alike.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class StrictLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """SafeLoader without the timestamp resolver and with YAML 1.2 booleans."""


StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf")
)


def _no_duplicate_keys(loader: StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    mapping: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node, deep=deep)
    return mapping


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicate_keys)


def load_yaml(text: str) -> Any:
    """Parse YAML text strictly (see module docstring). Raises yaml.YAMLError on malformed input."""
    return yaml.load(text, Loader=StrictLoader)  # noqa: S506 - StrictLoader derives from SafeLoader


def read_yaml(path: Path) -> Any:
    return load_yaml(path.read_text(encoding="utf-8"))


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:  # repeated sources are written out, not as anchors
        return True


def _str_representer(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    # Quote anything a YAML 1.1 reader could misread (dates, yes/no, numbers) so older tools agree.
    if re.match(r"^\d{4}(-\d{2}){0,2}$", data) or data.lower() in {"yes", "no", "on", "off", "y", "n", "true", "false", "null", "~"}:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_representer)


def dump_yaml(data: Any) -> str:
    """Serialise record data as block-style YAML with keys in the given order."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)


def write_yaml(path: Path, data: Any) -> None:
    """Write YAML atomically: a temporary file beside the target, then a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(dump_yaml(data), encoding="utf-8")
    tmp.replace(path)
